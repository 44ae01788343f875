import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { sameAsWritten } from './yaml-numbers.js';

/**
 * Tags whose values are the plain values written without them: `!!str 1` is the text "1", `!!int "3"` the
 * number 3. Every other tag makes something JSON has no equivalent for (`!!binary` bytes, `!!timestamp` a
 * Date, `!!set` a Set) or means something tongban does not know (`!foo`, `!!js/function`), and is refused.
 */
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** Whether a node's tag, if it has one, is one of the plain tags. */
export function hasPlainTag(node: { readonly tag?: string | undefined }): boolean {
  return node.tag === undefined || PLAIN_TAGS.has(node.tag);
}

/** Whether a pair's key is a YAML 1.1 merge key (`<<: *base`): a plain, unquoted `<<`. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.value === '<<' && key.type === 'PLAIN';
}

/** Something in the syntax tree that the value must not carry on with, at an offset of the text. */
export type NodeProblem =
  | { readonly kind: 'duplicate-key'; readonly key: string; readonly offset: number }
  | { readonly kind: 'tag'; readonly tag: string; readonly offset: number }
  | { readonly kind: 'merge-key'; readonly offset: number }
  | { readonly kind: 'not-finite'; readonly source: string; readonly offset: number }
  | { readonly kind: 'imprecise'; readonly source: string; readonly read: number; readonly offset: number };

/**
 * The problems of a composed document, in one walk without recursion (the tree may be thousands of levels
 * deep): keys written twice in one mapping (each at its second writing, `1` and `"1"` too, which YAML tells
 * apart but a JavaScript object cannot), tags other than the plain ones, merge keys, and numbers that are not
 * finite or not the number written.
 */
export function nodeProblems(root: Node | null): NodeProblem[] {
  const found: NodeProblem[] = [];
  const stack: unknown[] = [];
  const push = (node: unknown) => {
    if (isMap(node) || isSeq(node)) stack.push(node);
    else if (isScalar(node)) scalar(node, found);
    if ((isMap(node) || isSeq(node)) && !hasPlainTag(node))
      found.push({ kind: 'tag', tag: node.tag ?? '', offset: node.range?.[0] ?? 0 });
  };
  push(root);
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const items = node.items;
      duplicates(items, found);
      for (let i = items.length - 1; i >= 0; i--) {
        const pair = items[i] as Pair;
        if (isMergeKey(pair.key)) found.push({ kind: 'merge-key', offset: offsetOf(pair.key) });
        push(pair.value);
        push(pair.key);
      }
    } else if (isSeq(node)) {
      const items = node.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isPair(item)) {
          push(item.value);
          push(item.key);
        } else push(item);
      }
    }
  }
  return found;
}

function scalar(node: Scalar, found: NodeProblem[]): void {
  const offset = offsetOf(node);
  if (!hasPlainTag(node)) {
    found.push({ kind: 'tag', tag: node.tag ?? '', offset });
    return;
  }
  const value = node.value;
  if (typeof value !== 'number') return;
  const source = node.source ?? String(value);
  if (!Number.isFinite(value)) found.push({ kind: 'not-finite', source, offset });
  else if (!sameAsWritten(source, value)) found.push({ kind: 'imprecise', source, read: value, offset });
}

function duplicates(items: readonly Pair[], found: NodeProblem[]): void {
  // A set only for large mappings: most have a handful of keys, compared directly.
  const seen = items.length > 16 ? new Set<string>() : undefined;
  const names: string[] = [];
  for (const pair of items) {
    if (!isScalar(pair.key)) continue;
    const value = pair.key.value;
    if (value !== null && typeof value === 'object') continue;
    const name = value === null ? '' : String(value);
    if (seen ? seen.has(name) : names.includes(name))
      found.push({ kind: 'duplicate-key', key: name, offset: offsetOf(pair.key) });
    if (seen) seen.add(name);
    else names.push(name);
  }
}

function offsetOf(node: unknown): number {
  return (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}
