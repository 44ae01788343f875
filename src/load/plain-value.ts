import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, YAMLMap, YAMLSeq } from 'yaml';

/** Keys that could reach an object's prototype: such files take the careful path, which reports them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown inside the walk when the document needs the careful path. */
const CAREFUL = Symbol('careful');

/**
 * The plain value of a composed document in one walk — what `doc.toJS()` gives — when the document is clean:
 * no aliases, no duplicate or forbidden keys, no nesting deeper than `maxDepth`, only plain mappings, lists
 * and scalars with JSON-like values under scalar keys. Undefined otherwise: the caller then converts and checks
 * the document step by step, which finds and locates whatever made this walk give up.
 *
 * Nearly every theme and catalog file is clean, and one walk that converts and checks together costs a
 * fraction of a conversion followed by a walk per check.
 */
export function plainValue(root: Node | null, maxDepth: number): { readonly value: unknown } | undefined {
  try {
    return { value: convert(root, 1, maxDepth) };
  } catch (error) {
    if (error === CAREFUL) return undefined;
    throw error;
  }
}

/** `depth` is the depth an object made from `node` would have (the root is at depth 1, as in the depth check). */
function convert(node: unknown, depth: number, maxDepth: number): unknown {
  if (node === null) return null;
  if (isScalar(node)) {
    const value = node.value;
    const type = typeof value;
    if (value === null || type === 'string' || type === 'number' || type === 'boolean') return value;
    throw CAREFUL;
  }
  if (depth > maxDepth || isAlias(node)) throw CAREFUL;
  // Subclasses (a YAML 1.1 set or ordered map) have conversions of their own.
  if (isMap(node) && node.constructor === YAMLMap) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) addPair(object, pair, depth, maxDepth);
    return object;
  }
  if (isSeq(node) && node.constructor === YAMLSeq) {
    const items = node.items;
    const list: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (isPair(item)) {
        // `[key: value]` in a flow list is a one-key mapping.
        if (depth + 1 > maxDepth) throw CAREFUL;
        const object: Record<string, unknown> = {};
        addPair(object, item, depth + 1, maxDepth);
        list[i] = object;
      } else list[i] = convert(item, depth + 1, maxDepth);
    }
    return list;
  }
  throw CAREFUL;
}

function addPair(object: Record<string, unknown>, pair: Pair, depth: number, maxDepth: number): void {
  const key = pair.key;
  if (!isScalar(key)) throw CAREFUL;
  const value = key.value;
  const type = typeof value;
  let name: string;
  if (type === 'string') name = value as string;
  else if (type === 'number' || type === 'boolean') name = String(value);
  else throw CAREFUL; // null keys, merge keys (`<<`), tagged keys
  if (FORBIDDEN_KEYS.has(name) || Object.hasOwn(object, name)) throw CAREFUL;
  object[name] = convert(pair.value, depth + 1, maxDepth);
}
