import type { Lang } from './words.js';

/** How the cells of a rule read: any answer, not asked, no option chosen, and how cells join. */
export const RULE_WORDS = {
  any: { zh: '任意', en: 'any' },
  notAsked: { zh: '不问', en: 'not asked' },
  answered: { zh: '已回答', en: 'answered' },
  none: { zh: '无', en: 'none' },
  or: { zh: '或', en: ' or ' },
  and: { zh: '，', en: '; ' },
} as const;

/**
 * A multiple-choice cell read by the options its answers include: "含散装食品、现制熟食或自制饮品" (any of them),
 * "不含预包装食品" or "不含散装食品、现制熟食和自制饮品中的任何一项" (none of them).
 */
export function optionTestText(kind: 'any' | 'none', labels: readonly string[], lang: Lang): string {
  const last = labels[labels.length - 1] ?? '';
  const head = labels.slice(0, -1);
  if (lang === 'en') {
    const list = head.length === 0 ? last : `${head.join(', ')} ${kind === 'any' ? 'or' : 'and'} ${last}`;
    return kind === 'any'
      ? `includes ${list}`
      : head.length === 0
        ? `excludes ${list}`
        : `excludes each of ${list}`;
  }
  if (head.length === 0) return `${kind === 'any' ? '含' : '不含'}${last}`;
  return kind === 'any' ? `含${head.join('、')}或${last}` : `不含${head.join('、')}和${last}中的任何一项`;
}
