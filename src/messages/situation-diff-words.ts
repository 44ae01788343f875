import { formatNumber } from '../util/number.js';
import { countOf, type Lang } from './words.js';

/**
 * The words of the situation section of a policy diff (`tongban diff`). Parameters are counts and texts
 * already in the reader's language (a situation's name is the text of its rule, see `SituationWords.name`).
 */
export interface SituationWords {
  /** The section's heading, with the counts of both versions and of the situations that stay as they were. */
  readonly heading: (old: number, next: number, unchanged: number) => string;
  readonly none: string;
  /** A situation's name from the texts of its rule's rows (any of them), `more` rows left unshown. */
  readonly name: (rows: readonly string[], more: number) => string;
  /** "(12 paths)": the paths a situation covers. */
  readonly paths: (n: number) => string;
  readonly changed: (name: string) => string;
  /** The old name of a situation whose rule reads differently now. */
  readonly formerly: (name: string) => string;
  readonly sameOutcome: string;
  /** Paths a situation gained (the new version) or lost (the old one), with the paths it shares. */
  readonly gained: (n: number) => string;
  readonly lost: (n: number) => string;
  readonly merged: (from: number, name: string) => string;
  readonly mergedFrom: (name: string, shared: number) => string;
  readonly split: (name: string, into: number) => string;
  readonly splitInto: (name: string, shared: number) => string;
  readonly regrouped: (from: number, into: number) => string;
  readonly regroupedFrom: (index: number, name: string) => string;
  readonly regroupedInto: (index: number, name: string, from: readonly number[]) => string;
  readonly added: (name: string) => string;
  readonly removed: (name: string) => string;
  readonly more: (n: number) => string;
  /** How many situations changed in each way ("拆分 3 个，合并 2 处"), when more changes than are listed. */
  readonly kinds: (counts: Readonly<Record<SituationChangeKind, number>>) => string;
  /** Said when the changes are only counted, not listed. */
  readonly unlisted: (n: number) => string;
}

/** The ways a situation changes, in the order `kinds` names them. */
export type SituationChangeKind = 'changed' | 'merged' | 'split' | 'regrouped' | 'added' | 'removed';

const KIND_ORDER: readonly SituationChangeKind[] = [
  'changed',
  'merged',
  'split',
  'regrouped',
  'added',
  'removed',
];

const kindsText = (
  counts: Readonly<Record<SituationChangeKind, number>>,
  names: Readonly<Record<SituationChangeKind, string>>,
  and: string,
  unit = '',
) =>
  KIND_ORDER.filter((k) => counts[k] > 0)
    .map((k) => `${names[k]} ${formatNumber(counts[k])}${unit}`)
    .join(and);

const zh: SituationWords = {
  heading: (old, next, unchanged) =>
    `情形的变化（结果相同的路径为一个情形；旧版 ${formatNumber(old)} 个，新版 ${formatNumber(next)} 个，不变 ${formatNumber(unchanged)} 个）：`,
  none: '没有情形发生变化。',
  name: (rows, more) =>
    `情形${rows.map((r) => `「${r}」`).join('或')}${more > 0 ? `等（另有 ${countOf(more, 'rule', 'zh')}）` : ''}`,
  paths: (n) => `（${countOf(n, 'path', 'zh')}）`,
  changed: (name) => `~ ${name}现在：`,
  formerly: (name) => `（原为${name}）`,
  sameOutcome: '结果不变',
  gained: (n) => `覆盖的路径：新增 ${formatNumber(n)} 条`,
  lost: (n) => `覆盖的路径：减少 ${formatNumber(n)} 条`,
  merged: (from, name) => `* ${formatNumber(from)} 个情形合并为 1 个：${name}`,
  mergedFrom: (name, shared) => `原${name}（其中 ${countOf(shared, 'path', 'zh')}）：`,
  split: (name, into) => `/ ${name}分为 ${formatNumber(into)} 个情形：`,
  splitInto: (name, shared) => `→ ${name}（其中 ${countOf(shared, 'path', 'zh')}）：`,
  regrouped: (from, into) => `# ${formatNumber(from)} 个情形重新划分为 ${formatNumber(into)} 个：`,
  regroupedFrom: (index, name) => `原 ${index}. ${name}`,
  regroupedInto: (index, name, from) => `新 ${index}. ${name}（来自原 ${from.join('、')}）`,
  added: (name) => `+ 新增${name}：`,
  removed: (name) => `- 删除${name}：`,
  more: (n) => `（另有 ${formatNumber(n)} 个）`,
  kinds: (counts) =>
    `  其中：${kindsText(
      counts,
      {
        changed: '结果或路径变化',
        merged: '合并',
        split: '拆分',
        regrouped: '重新划分',
        added: '新增',
        removed: '删除',
      },
      '，',
      ' 处',
    )}`,
  unlisted: (n) => `  （这 ${formatNumber(n)} 处变化不逐一列出：结果的变化已按回答归组列在上文）`,
};

const en: SituationWords = {
  heading: (old, next, unchanged) =>
    `Situations changed (paths with the same outcome form a situation; ${formatNumber(old)} before, ${formatNumber(next)} after, ${formatNumber(unchanged)} unchanged):`,
  none: 'No situation changes.',
  name: (rows, more) =>
    `the situation ${rows.map((r) => `“${r}”`).join(' or ')}${more > 0 ? ` (and ${countOf(more, 'rule', 'en')} more)` : ''}`,
  paths: (n) => ` (${countOf(n, 'path', 'en')})`,
  changed: (name) => `~ ${name} now:`,
  formerly: (name) => `(formerly ${name})`,
  sameOutcome: 'same outcome',
  gained: (n) => `now also covers ${countOf(n, 'path', 'en')}`,
  lost: (n) => `no longer covers ${countOf(n, 'path', 'en')} (gone)`,
  merged: (from, name) => `* ${formatNumber(from)} situations merged into one: ${name}`,
  mergedFrom: (name, shared) => `formerly ${name} (${countOf(shared, 'path', 'en')} of it):`,
  split: (name, into) => `/ ${name} split into ${formatNumber(into)}:`,
  splitInto: (name, shared) => `→ ${name} (${countOf(shared, 'path', 'en')} of it):`,
  regrouped: (from, into) => `# ${formatNumber(from)} situations regrouped into ${formatNumber(into)}:`,
  regroupedFrom: (index, name) => `old ${index}. ${name}`,
  regroupedInto: (index, name, from) => `new ${index}. ${name} (from old ${from.join(', ')})`,
  added: (name) => `+ new: ${name}:`,
  removed: (name) => `- removed: ${name}:`,
  more: (n) => `(and ${formatNumber(n)} more)`,
  kinds: (counts) =>
    `  of which: ${kindsText(
      counts,
      {
        changed: 'outcome or paths changed',
        merged: 'merged',
        split: 'split',
        regrouped: 'regrouped',
        added: 'added',
        removed: 'removed',
      },
      ', ',
    )}`,
  unlisted: (n) =>
    `  (these ${formatNumber(n)} changes are not listed one by one: the outcome changes are grouped by answers above)`,
};

/** The situation words in a language. */
export const SITUATION_WORDS: Readonly<Record<Lang, SituationWords>> = { zh, en };
