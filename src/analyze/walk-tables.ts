import type { QuestionPlan, ThemePlan } from './plan.js';
import { keptFacts, MAX_TABLE_ENTRIES, STATE_CHOICE, type VerdictTable } from './verdict-tables.js';

/** A verdict table walks keep (`walkTables`): `sizes` are the states it has room for, by question read. */
export interface WalkTable extends VerdictTable {
  readonly sizes: Int32Array;
}

/** The tables walks add to a plan's, and the facts they keep then. */
export interface WalkTables {
  readonly tables: readonly (WalkTable | undefined)[];
  readonly kept: Uint8Array;
}

/** Most entries of a table walks add: one per plan, so more than a plan's own (`MAX_TABLE_ENTRIES`). */
const MAX_WALK_ENTRIES = 16 * MAX_TABLE_ENTRIES;

const walkTablesByPlan = new WeakMap<ThemePlan, WalkTables>();

/**
 * By condition of a plan: a verdict table for each condition that reads questions but has no table in the plan,
 * because it reads a question whose options have conditions (whose choices grow as walks meet them) or because
 * its table would pass `MAX_TABLE_ENTRIES`; sized by the choices known when the first walk of the plan starts,
 * up to `MAX_WALK_ENTRIES`; with the facts walks must keep then (`keptFacts`). A state past a table's size is
 * run each time: the table is a memo of verdicts, never a second answer. Built once per plan: walks of the
 * permit theme ran such conditions about 50,000 times.
 */
export function walkTables(plan: ThemePlan): WalkTables {
  let known = walkTablesByPlan.get(plan);
  if (known !== undefined) return known;
  const questions = plan.questions;
  const tables = plan.reads.map((read, c): WalkTable | undefined => {
    if (plan.verdictTables[c] !== undefined || read.length === 0) return undefined;
    const strides = new Int32Array(read.length);
    const sizes = new Int32Array(read.length);
    let size = 1;
    for (let i = read.length - 1; i >= 0; i--) {
      strides[i] = size;
      sizes[i] = ((questions[read[i] as number] as QuestionPlan).choices.length + STATE_CHOICE) as number;
      size *= sizes[i] as number;
      if (size > MAX_WALK_ENTRIES) return undefined;
    }
    return { reads: Int32Array.from(read), strides, sizes, verdicts: new Int8Array(size).fill(-1) };
  });
  const all = tables.map((table, c) => table ?? plan.verdictTables[c]);
  known = { tables, kept: keptFacts(questions.length, plan.reads, all, plan.blocks) };
  walkTablesByPlan.set(plan, known);
  return known;
}

const choiceLists = new WeakMap<ThemePlan, readonly (readonly number[])[]>();

/**
 * By question, every choice index in order, built once per plan: walkers are made by the thousand (one per
 * choice when choices are compared), and a question may have 100,000 options.
 */
export function everyChoice(plan: ThemePlan): readonly (readonly number[])[] {
  let lists = choiceLists.get(plan);
  if (!lists) {
    lists = plan.questions.map((q) => q.choices.map((_, c) => c));
    choiceLists.set(plan, lists);
  }
  return lists;
}
