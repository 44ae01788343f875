/**
 * Where one answer to a question leads to different next questions depending on earlier answers, the routing
 * graph qualifies that answer on each edge with the earlier answers that decide it ("香港（个人旅游（G），本市户籍）"),
 * so that no two edges leaving a node carry the same answer.
 */

/** One step of a walked path at a question: where it went next, and the path's earlier answers in words. */
export interface RouteStep {
  readonly to: string;
  /** Earlier question id → its answer in words, for the questions asked before this one on the path. */
  readonly before: ReadonlyMap<string, string>;
}

/**
 * Earlier answers that hold together (a conjunction): each entry lists the answers of one earlier question, any
 * of which will do ("首次申领" or "换发").
 */
export type RouteCondition = readonly (readonly string[])[];

/** A target reached with one answer, and the earlier answers under which it is (alternatives). */
export interface QualifiedTarget {
  readonly to: string;
  /** Empty when the answer alone leads there; else the alternatives, any of which leads there. */
  readonly when: readonly RouteCondition[];
}

/**
 * The targets one answer leads to and the earlier answers that decide each, found as a small decision tree:
 * at each level the earlier question that best separates the targets (the fewest paths left outside their
 * group's main target, then one asked on every remaining path, then the fewest groups, then the latest asked),
 * until each group has one target; answers of a question whose subtrees are the same are merged into one
 * condition, then each condition is cut to what it needs (`simplify`). `order` ranks the earlier answers' keys
 * in the order their questions are asked; `unasked` words a key whose question a path does not ask.
 * Deterministic: groups keep the order first met.
 */
export function qualifyTargets(
  steps: readonly RouteStep[],
  order: ReadonlyMap<string, number>,
  unasked: (question: string) => string,
): QualifiedTarget[] {
  const value = (step: RouteStep, key: string) => step.before.get(key) ?? unasked(key);
  return split(steps, new Set(), order, value).map(({ to, when }) => ({
    to,
    when: simplify(to, when, steps, value).map((all) => all.map(([, values]) => values)),
  }));
}

/** A conjunction while it is worked out: each earlier question's key with the answers any of which will do. */
type Keyed = readonly (readonly [string, readonly string[]])[];

const holds = (all: Keyed, step: RouteStep, value: (step: RouteStep, key: string) => string) =>
  all.every(([key, values]) => values.includes(value(step, key)));

/**
 * Each alternative without the answers it does not need (it still matches no path going elsewhere), then
 * without the alternatives another one already covers: "自制饮品" rather than "不售烟，预包装食品，…，自制饮品".
 */
function simplify(
  to: string,
  when: readonly Keyed[],
  steps: readonly RouteStep[],
  value: (step: RouteStep, key: string) => string,
): Keyed[] {
  const elsewhere = steps.filter((s) => s.to !== to);
  const relaxed = when.map((all) => {
    let kept = [...all];
    for (const item of all) {
      const without = kept.filter((x) => x !== item);
      if (without.length > 0 && !elsewhere.some((s) => holds(without, s, value))) kept = without;
    }
    return kept;
  });
  const here = steps.filter((s) => s.to === to);
  const covers = relaxed.map((all) => new Set(here.filter((s) => holds(all, s, value))));
  const seen = new Set<string>();
  return relaxed.filter((all, i) => {
    const key = JSON.stringify(all);
    if (seen.has(key)) return false;
    seen.add(key);
    const mine = covers[i] as Set<RouteStep>;
    // Dropped when another alternative covers all its paths and more (or the same, and comes first).
    return !covers.some(
      (other, j) =>
        j !== i &&
        [...mine].every((s) => other.has(s)) &&
        (other.size > mine.size || (other.size === mine.size && j < i)),
    );
  });
}

function split(
  steps: readonly RouteStep[],
  used: ReadonlySet<string>,
  order: ReadonlyMap<string, number>,
  value: (step: RouteStep, key: string) => string,
): { to: string; when: Keyed[] }[] {
  const targets = distinct(steps.map((s) => s.to));
  const best = targets.length === 1 ? undefined : bestQuestion(steps, used, order);
  // One target, or nothing earlier tells the targets apart (a multiple choice's other options may): unqualified.
  if (best === undefined) return targets.map((to) => ({ to, when: [] }));
  const next = new Set(used).add(best);
  // Answers whose subtrees are the same read as one condition ("首次申领或换发").
  const merged = new Map<string, { values: string[]; sub: { to: string; when: Keyed[] }[] }>();
  for (const [answer, group] of groupBy(steps, (s) => value(s, best))) {
    const sub = split(group, next, order, value);
    const key = JSON.stringify(sub);
    const entry = merged.get(key);
    if (entry) entry.values.push(answer);
    else merged.set(key, { values: [answer], sub });
  }
  // Every answer of the question leads the same way: it decides nothing here, so it is not named.
  if (merged.size === 1) return [...merged.values()][0]?.sub ?? [];
  // "Not asked" reads last among a question's answers.
  const notAsked = value({ to: '', before: new Map() }, best);
  const found = new Map<string, Keyed[]>();
  for (const { values, sub } of merged.values()) {
    values.sort((a, b) => Number(a === notAsked) - Number(b === notAsked));
    for (const { to, when } of sub) {
      const list = found.get(to) ?? [];
      found.set(to, list);
      if (when.length === 0) list.push([[best, values]]);
      else for (const all of when) list.push([[best, values], ...all]);
    }
  }
  return [...found].map(([to, when]) => ({ to, when }));
}

/** The earlier question that best separates the steps' targets, or undefined when none separates them. */
function bestQuestion(
  steps: readonly RouteStep[],
  used: ReadonlySet<string>,
  order: ReadonlyMap<string, number>,
): string | undefined {
  const candidates = new Set<string>();
  for (const s of steps) for (const q of s.before.keys()) if (!used.has(q)) candidates.add(q);
  let best: { q: string; everywhere: boolean; mixed: number; groups: number; rank: number } | undefined;
  for (const q of candidates) {
    const everywhere = steps.every((s) => s.before.has(q));
    const groups = groupBy(steps, (s) => s.before.get(q) ?? '');
    if (groups.size < 2) continue;
    // Paths left mixed: those not going where most of their group goes.
    let mixed = 0;
    for (const group of groups.values()) {
      const counts = new Map<string, number>();
      for (const s of group) counts.set(s.to, (counts.get(s.to) ?? 0) + 1);
      mixed += group.length - Math.max(...counts.values());
    }
    const rank = order.get(q) ?? 0;
    const better =
      best === undefined ||
      mixed < best.mixed ||
      (mixed === best.mixed &&
        ((everywhere && !best.everywhere) ||
          (everywhere === best.everywhere &&
            (groups.size < best.groups || (groups.size === best.groups && rank > best.rank)))));
    if (better) best = { q, everywhere, mixed, groups: groups.size, rank };
  }
  return best?.q;
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = groups.get(k);
    if (group) group.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

const distinct = (list: readonly string[]): string[] => [...new Set(list)];
