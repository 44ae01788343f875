import type { Condition } from '../model/condition.js';
import type { Notice } from '../model/theme.js';
import { toPointer } from '../util/pointer.js';
import type { Reporter } from './report.js';

/**
 * Gives each notice of a first-match group (`group:`) the condition under which it applies: its own `when`
 * and none of the earlier notices of its group. Decision-tree services ("if … else if … otherwise") are then
 * ordinary conditions, so sessions, the analysis and json-rules-engine read one definition. A notice after a
 * group member without `when` could never apply: `unreachable-notice`.
 */
export function withFirstMatch(notices: readonly Notice[], reporter: Reporter): Notice[] {
  const earlier = new Map<string, Condition[]>();
  const always = new Map<string, string>();
  return notices.map((notice) => {
    const group = notice.group;
    if (group === undefined) return notice;
    const otherwise = always.get(group);
    if (otherwise !== undefined) {
      const params = { id: notice.id, group, by: otherwise };
      reporter.error('unreachable-notice', toPointer(['notices', notice.id]), params, { key: true });
      return notice;
    }
    const before = earlier.get(group) ?? [];
    if (notice.when === undefined) always.set(group, notice.id);
    else earlier.set(group, [...before, notice.when]);
    if (before.length === 0) return notice;
    // json-rules-engine's `any` of an empty list is true, so `before` is never empty here.
    const noneBefore: Condition = { not: before.length === 1 ? (before[0] as Condition) : { any: before } };
    return { ...notice, when: notice.when === undefined ? noneBefore : { all: [notice.when, noneBefore] } };
  });
}
