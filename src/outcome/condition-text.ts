import { CONDITION_WORDS, type ConditionWords } from '../messages/condition-words.js';
import type { Lang } from '../messages/words.js';
import type { Condition, LeafCondition } from '../model/condition.js';
import type { CompiledTheme } from '../model/theme.js';
import { own } from '../util/own.js';
import { displayValue, type FactDomain, factDomain } from './display.js';

/** The text of a reason with no condition: the entry applies in every case of the theme. */
export const ALWAYS_TEXT = CONDITION_WORDS.zh.always;

// `not:` on these reads as the opposite operator exactly (json-rules-engine defines each pair as negations);
// comparisons are not negated into their complement because an absent fact fails both `<` and `≥`.
const NEGATED: Readonly<Record<string, string>> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
};

/** Where a node is rendered: at the top (members joined by "；"), inside brackets, or under all / any. */
type Position = 'top' | 'group' | 'and' | 'or';

/**
 * A condition in Chinese for people: "办理类型 = 首次申领；年龄 ≥ 16". `all` joins with "；" at the top and "且"
 * below, `any` with "或", `not` reads "并非（…）"; named conditions are followed (a cycle prints the name);
 * option ids read as their labels, yes/no answers as the question's yes/no texts, numbers with their unit.
 * In English (`lang`), the connectives and brackets are English; theme texts stay as written.
 */
export function conditionText(
  condition: Condition | undefined,
  theme: CompiledTheme,
  lang: Lang = 'zh',
): string {
  const words = CONDITION_WORDS[lang];
  if (condition === undefined) return words.always;
  return render(condition, theme, 'top', [], words);
}

function render(
  node: Condition,
  theme: CompiledTheme,
  position: Position,
  seen: readonly string[],
  w: ConditionWords,
): string {
  if ('all' in node) return join(node.all, w.topAnd, w.and, 'and', theme, position, seen, w);
  if ('any' in node) return join(node.any, w.or, w.or, 'or', theme, position, seen, w);
  if ('not' in node) return w.not(render(node.not, theme, 'group', seen, w));
  if ('condition' in node) {
    const name = node.condition;
    const target = own(theme.conditions, name);
    // Compiled themes have no cycles among named conditions; refuse to loop on a hand-made one anyway.
    if (target === undefined || seen.includes(name)) return `〔${name}〕`;
    return render(target, theme, position, [...seen, name], w);
  }
  return leafText(node, theme, w);
}

function join(
  members: readonly Condition[],
  topSeparator: string,
  separator: string,
  kind: 'and' | 'or',
  theme: CompiledTheme,
  position: Position,
  seen: readonly string[],
  w: ConditionWords,
): string {
  // json-rules-engine holds an empty `all` or `any` true.
  if (members.length === 0) return w.holds;
  if (members.length === 1) return render(members[0] as Condition, theme, position, seen, w);
  const parts = members.map((m) => render(m, theme, kind, seen, w));
  if (position === 'top') return parts.join(topSeparator);
  const text = parts.join(separator);
  // Brackets only where the reader could mix up 且 and 或.
  return position === 'group' || position === kind ? text : w.group(text);
}

function leafText(leaf: LeafCondition, theme: CompiledTheme, w: ConditionWords): string {
  const domain = factDomain(theme, leaf.fact);
  const decorators = leaf.operator.split(':');
  const base = decorators.pop() ?? leaf.operator;
  const yesNo = yesNoText(leaf, domain, decorators, base);
  if (yesNo !== undefined) return yesNo;
  const left = leaf.path === undefined ? domain.label : `${domain.label}${w.group(leaf.path)}`;
  return apply(decorators, base, left, rightText(leaf, domain, theme, w), w);
}

/** `{ flue: false }` on a yes/no question with its own texts reads as the text: "无专用烟道". */
function yesNoText(
  leaf: LeafCondition,
  domain: FactDomain,
  decorators: readonly string[],
  base: string,
): string | undefined {
  if (domain.yes === undefined || domain.no === undefined) return undefined;
  if (domain.yes === '是' && domain.no === '否') return undefined;
  if (leaf.path !== undefined || typeof leaf.value !== 'boolean') return undefined;
  const negations = decorators.filter((d) => d === 'not').length;
  if (negations !== decorators.length || (base !== 'equal' && base !== 'notEqual')) return undefined;
  const positive = (base === 'equal') === (negations % 2 === 0);
  return leaf.value === positive ? domain.yes : domain.no;
}

function rightText(leaf: LeafCondition, domain: FactDomain, theme: CompiledTheme, w: ConditionWords): string {
  const value = leaf.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
    const other = factDomain(theme, String(value.fact));
    return typeof value.path === 'string' ? `${other.label}${w.group(value.path)}` : other.label;
  }
  if (Array.isArray(value)) return `{${value.map((v) => displayValue(domain, v)).join(w.list)}}`;
  if (value === null) return w.nothing;
  return displayValue(domain, value);
}

/** Applies decorators left to right, as the rules engine nests them, to the two sides' texts. */
function apply(
  decorators: readonly string[],
  base: string,
  left: string,
  right: string,
  w: ConditionWords,
): string {
  const [first, ...rest] = decorators;
  switch (first) {
    case undefined:
      return `${left} ${own(w.operators, base) ?? base} ${right}`;
    case 'not': {
      const negated = rest.length === 0 ? own(NEGATED, base) : undefined;
      return negated ? apply([], negated, left, right, w) : w.not(apply(rest, base, left, right, w));
    }
    case 'swap':
      return apply(rest, base, right, left, w);
    case 'someFact':
      return apply(rest, base, w.any(left), right, w);
    case 'everyFact':
      return apply(rest, base, w.every(left), right, w);
    case 'someValue':
      return apply(rest, base, left, w.any(right), w);
    case 'everyValue':
      return apply(rest, base, left, w.every(right), w);
    default:
      // A decorator a portal registered: shown by name, so that nothing is silently dropped.
      return `${first}${w.group(apply(rest, base, left, right, w))}`;
  }
}
