import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type CaseDetail, detailOf } from '../../src/analyze/detail.js';
import type { CaseSummary } from '../../src/analyze/enumerate.js';
import { type EnumerateOptions, planTheme } from '../../src/analyze/plan.js';
import type { RuleRow } from '../../src/analyze/rule-rows.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { Catalog } from '../../src/model/catalog.js';
import type { AnswerValue, Session, StartOptions } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile } from '../../src/node/load.js';
import { outcome } from '../../src/outcome/index.js';
import { answer, caseOf, next, start } from '../../src/session/index.js';

/** A path under the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

const cache = new CatalogCache();

/** Loads a theme file and its catalog; throws with the diagnostics when either does not load. */
export async function loadFile(relative: string): Promise<{ theme: CompiledTheme; catalog: Catalog }> {
  const loaded = await loadThemeFile(repoPath(relative), { cache });
  if (!loaded.result.ok) {
    const text = loaded.result.diagnostics.map(
      (d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`,
    );
    throw new Error(`${relative} does not load:\n${text.join('\n')}`);
  }
  const catalog = loaded.catalog?.ok ? loaded.catalog.catalog : undefined;
  if (!catalog) throw new Error(`${relative}: no catalog`);
  return { theme: loaded.result.theme, catalog };
}

/** The figures of a `CaseSummary`, read from a real session's `caseOf` and `outcome`. */
export function figuresOf(session: Session): Omit<CaseSummary, 'answers'> {
  const o = outcome(session);
  const kase = caseOf(session);
  return {
    key: kase.key,
    label: kase.label,
    status: o.status,
    items: o.items.map((i) => i.id),
    materials: o.merge.toSubmit,
    days: o.totals.days.critical,
    fee: o.totals.fee.total,
    visits: o.totals.visits.count,
    notices: o.notices.map((n) => n.id),
  };
}

/**
 * Replays answers through a real session: `start`, then each question as `next` asks it, answered from
 * `answers`. Every question asked must have an answer, and every answer must be used, in order.
 */
export function replay(
  theme: CompiledTheme,
  answers: Readonly<Record<string, AnswerValue>>,
  options: StartOptions = {},
): Session {
  let session = start(theme, options);
  const used: string[] = [];
  for (;;) {
    const step = next(session);
    if (step.done) break;
    const id = step.question.id;
    if (!Object.hasOwn(answers, id)) throw new Error(`"${id}" is asked but the case has no answer for it`);
    const result = answer(session, id, answers[id]);
    if (!result.ok) throw new Error(`"${id}": ${result.error.message}`);
    session = result.session;
    used.push(id);
  }
  expect(used).toEqual(Object.keys(answers));
  return session;
}

/** Every case with its detail, from the internal walker (the detail is what diffs and checks compare). */
export function* detailedCases(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
): Generator<{ key: string; answers: Record<string, AnswerValue>; detail: CaseDetail }> {
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan, { detail: true });
  let count = 0;
  while (walker.advance() && count++ < (options.maxCases ?? Number.POSITIVE_INFINITY)) {
    const summary = summarizer.summarize(walker.verdicts);
    yield { key: walker.key, answers: walker.answers(), detail: summary.detail as CaseDetail };
  }
}

export { detailOf };

/** Option cells seen by `expectOptionCells`, so that property tests can show that random themes reach them. */
export const optionCellsSeen = { any: 0, none: 0 };

/**
 * A row's multiple-choice cells that read as options included ("含…", "不含…") list exactly the enumerated
 * answers that include one of those options (or none of them), and never "not asked".
 */
export function expectOptionCells(theme: CompiledTheme, row: RuleRow, options: EnumerateOptions): void {
  let plan: ReturnType<typeof planTheme> | undefined;
  for (const cell of row.cells) {
    if (cell.options === undefined) continue;
    plan ??= planTheme(theme, options);
    optionCellsSeen[cell.options.kind]++;
    const q = plan.questions.find((p) => p.id === cell.question);
    const wanted = new Set(cell.options.options.map((o) => o.key));
    const fits = (value: unknown) => {
      const some = (value as string[]).some((id) => wanted.has(id));
      return cell.options?.kind === 'any' ? some : !some;
    };
    const expected = (q?.choices ?? []).filter((c) => fits(c.value)).map((c) => c.key);
    expect(cell.notAsked).toBe(false);
    expect(new Set(cell.answers.map((a) => a.key))).toEqual(new Set(expected));
  }
}
