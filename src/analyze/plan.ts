import type { Condition } from '../model/condition.js';
import type { Profile } from '../model/profile.js';
import type { AnswerValue, Session } from '../model/session.js';
import type { CompiledTheme, Material, MaterialForm, NoticeKind, Question } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { type CompiledCondition, compileCondition } from '../rules/compile.js';
import { defaultOperatorSet, type OperatorSet } from '../rules/registry.js';
import { baseFacts } from '../session/environment.js';
import { start } from '../session/transitions.js';
import { own } from '../util/own.js';
import { type Choice, choicesOf } from './choices.js';
import { factsReadBy } from './conditions.js';

/** Options shared by enumeration, checks and diffs. */
export interface EnumerateOptions {
  /** Stop after this many cases (default 100,000; `Infinity` for no limit). */
  readonly maxCases?: number;
  /** Prefilled questions (`prefill`) take the profile's value and are not branched on. */
  readonly profile?: Profile;
  /** `YYYY-MM-DD`: resolves `today±N` date bounds and derived facts. */
  readonly today?: string;
  readonly operators?: OperatorSet;
}

/** A question as the enumeration walks it. */
export interface QuestionPlan {
  readonly index: number;
  readonly id: string;
  /** Index of its condition in `ThemePlan.conditions`, -1 when the question is always asked. */
  readonly when: number;
  readonly choices: readonly Choice[];
  /** The profile's answer when the question is prefilled. */
  readonly prefilled: Choice | undefined;
}

/** An item of the theme with its catalog entry; every `when` is an index into `ThemePlan.conditions` (-1: none). */
export interface ItemPlan {
  readonly id: string;
  readonly name: string;
  readonly when: number;
  readonly uses: readonly {
    readonly when: number;
    /** Index in `ThemePlan.materials`. */
    readonly material: number;
    /** As the item asks for it (the material's defaults filled in). */
    readonly form: MaterialForm;
    readonly copies: number;
    readonly commitment: boolean;
  }[];
  readonly days: readonly { readonly when: number; readonly value: number }[];
  readonly fee: readonly { readonly when: number; readonly amount: number }[];
  readonly presence: readonly { readonly when: number; readonly venue: string | null }[];
  /** Indices in `ThemePlan.materials` of what it produces. */
  readonly produces: readonly number[];
  /** Indices in `ThemePlan.items` of the items it comes after. */
  readonly after: readonly number[];
}

export interface NoticePlan {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly when: number;
}

/**
 * A theme compiled for enumeration. Every distinct condition the walk or an outcome reads is compiled once
 * and numbered; its level is the last question it reads (-1: none), and it is evaluated each time that
 * question's fact is set, so that a verdict is computed once per node, not once per case.
 */
export interface ThemePlan {
  readonly theme: CompiledTheme;
  /** The session every case starts from (prefilled answers included). */
  readonly base: Session;
  readonly baseFacts: ReadonlyMap<string, unknown>;
  readonly questions: readonly QuestionPlan[];
  readonly items: readonly ItemPlan[];
  readonly notices: readonly NoticePlan[];
  /** Material ids the items use or produce. */
  readonly materials: readonly string[];
  /** By material: its name. */
  readonly materialNames: readonly string[];
  /** By material: the items (indices in `items`) that produce it, in the theme's order. */
  readonly producers: readonly (readonly number[])[];
  /** By material: 1 when its electronic licence is on file and valid (it is waived unless passed on). */
  readonly waivable: Uint8Array;
  /** By material: 1 when it is a form generated from the merged form (`fill`). */
  readonly generated: Uint8Array;
  /** By material: 1 when it has a commitment clause. */
  readonly clause: Uint8Array;
  /** By material: the condition of its data sharing; -1 always, -2 not shared. */
  readonly sharedWhen: Int32Array;
  readonly conditions: readonly CompiledCondition[];
  /** By condition: the indices of the questions it reads, ascending. */
  readonly reads: readonly (readonly number[])[];
  /** Conditions that read no question, evaluated once. */
  readonly initial: readonly number[];
  /** By question index: the conditions whose last question it is. */
  readonly atLevel: readonly (readonly number[])[];
  /** Conditions of blocking notices. */
  readonly blocks: readonly number[];
  /** By question index: the conditions of blocking notices that read it (they may hold before all is known). */
  readonly blocksAt: readonly (readonly number[])[];
}

/** Compiles a theme for enumeration with a profile, a date and operators. */
export function planTheme(theme: CompiledTheme, options: EnumerateOptions = {}): ThemePlan {
  const base = start(theme, {
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.operators === undefined ? {} : { operators: options.operators }),
  });
  const context = { operators: options.operators ?? defaultOperatorSet, conditions: theme.conditions };
  const position = new Map(theme.questions.map((q, i) => [q.id, i]));
  const conditions: CompiledCondition[] = [];
  const levels: number[] = [];
  const reads: number[][] = [];
  const byObject = new Map<Condition, number>();
  const byText = new Map<string, number>();
  const index = (condition: Condition | undefined): number => {
    if (condition === undefined) return -1;
    const known = byObject.get(condition);
    if (known !== undefined) return known;
    // Equal conditions share a verdict. Written by the same loader, equal conditions have their keys in the
    // same order, so their JSON texts are equal too; an unequal text only costs a verdict computed twice.
    const text = JSON.stringify(condition);
    let at = byText.get(text);
    if (at === undefined) {
      at = conditions.length;
      conditions.push(compileCondition(condition, context));
      const questions = [...factsReadBy(condition, theme.conditions)]
        .map((fact) => position.get(fact))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b);
      reads.push(questions);
      levels.push(questions.at(-1) ?? -1);
      byText.set(text, at);
    }
    byObject.set(condition, at);
    return at;
  };
  const today = base.today;
  const questions = theme.questions.map((question, i): QuestionPlan => {
    const answer = own(base.answers, question.id);
    return {
      index: i,
      id: question.id,
      when: index(question.when),
      choices: choicesOf(question, theme, today),
      prefilled: answer?.prefilled ? choiceFor(question, answer.value) : undefined,
    };
  });
  const materialIds: string[] = [];
  const materialIndex = new Map<string, number>();
  const material = (id: string): number => {
    let at = materialIndex.get(id);
    if (at === undefined) {
      at = materialIds.length;
      materialIds.push(id);
      materialIndex.set(id, at);
    }
    return at;
  };
  const entries = theme.items.flatMap((entry) => {
    const item = own(theme.catalog.items, entry.item);
    return item ? [{ entry, item }] : [];
  });
  const itemIndex = new Map(entries.map(({ item }, i) => [item.id, i]));
  const items = entries.map(
    ({ entry, item }): ItemPlan => ({
      id: item.id,
      name: item.name,
      when: index(entry.when),
      uses: item.materials.flatMap((use) => {
        const entry = own(theme.catalog.materials, use.material);
        if (!entry) return [];
        return [
          {
            when: index(use.when),
            material: material(use.material),
            form: use.form ?? entry.form,
            copies: use.copies ?? entry.copies,
            commitment: use.commitment ?? entry.commitment,
          },
        ];
      }),
      days: item.days.map((v) => ({ when: index(v.when), value: v.value })),
      fee: item.fee.map((v) => ({ when: index(v.when), amount: v.value.amount })),
      presence: item.presence.map((v) => ({ when: index(v.when), venue: v.value?.venue ?? null })),
      produces: item.produces.map(material),
      after: item.after.flatMap((id) => {
        const at = itemIndex.get(id);
        return at === undefined || id === item.id ? [] : [at];
      }),
    }),
  );
  const producers: number[][] = materialIds.map(() => []);
  items.forEach((item, i) => {
    for (const m of item.produces) (producers[m] as number[]).push(i);
  });
  const waivables = new Uint8Array(materialIds.length);
  const generated = new Uint8Array(materialIds.length);
  const clause = new Uint8Array(materialIds.length);
  const sharedWhen = new Int32Array(materialIds.length).fill(-2);
  materialIds.forEach((id, m) => {
    const entry = own(theme.catalog.materials, id);
    if (entry && waivable(entry, base)) waivables[m] = 1;
    if (entry?.fill !== undefined) generated[m] = 1;
    if (entry?.clause !== undefined) clause[m] = 1;
    if (entry?.shared) sharedWhen[m] = index(entry.shared.when);
  });
  const notices = theme.notices.map((n) => ({ id: n.id, kind: n.kind, when: index(n.when) }));
  const atLevel: number[][] = theme.questions.map(() => []);
  const initial: number[] = [];
  levels.forEach((level, c) => {
    if (level < 0) initial.push(c);
    else (atLevel[level] as number[]).push(c);
  });
  const blocks = notices.filter((n) => n.kind === 'block').map((n) => n.when);
  const blocksAt: number[][] = theme.questions.map(() => []);
  for (const c of blocks) {
    if (c < 0) continue;
    for (const q of reads[c] as number[]) (blocksAt[q] as number[]).push(c);
  }
  return {
    theme,
    base,
    baseFacts: baseFacts(theme, base.profile, base.today).facts,
    questions,
    items,
    notices,
    materials: materialIds,
    materialNames: materialIds.map((id) => own(theme.catalog.materials, id)?.name ?? id),
    producers,
    waivable: waivables,
    generated,
    clause,
    sharedWhen,
    conditions,
    reads,
    initial,
    atLevel,
    blocks,
    blocksAt,
  };
}

/** The choice of a given (accepted) value: its key and label as `caseOf` computes them. */
export function choiceFor(question: Question, value: AnswerValue): Choice {
  const { key, label } = questionType(question).casePart(question, value);
  return { value, fragment: `${question.id}=${key}`, key, label };
}

/** As `licenceOnFile` in src/outcome/materials.ts: a valid licence of the material's kind is on file. */
function waivable(material: Material, session: Session): boolean {
  const kind = material.licence;
  const profile = session.profile;
  if (kind === undefined || !profile) return false;
  const today = session.today;
  return profile.licences.some(
    (l) => l.licence === kind && (l.expires === undefined || (today !== undefined && l.expires >= today)),
  );
}
