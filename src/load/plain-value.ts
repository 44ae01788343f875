import { Alias, type Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { hasPlainTag } from './yaml-nodes.js';
import { sameAsWritten } from './yaml-numbers.js';

/** Keys that could reach an object's prototype: such files take the careful path, which reports them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown inside the walk when the document needs the careful path. */
const CAREFUL = Symbol('careful');

/**
 * By anchor name, what the node it was last set on (before the place being converted) converts to, when that
 * node is a plain scalar (`scalar: false` otherwise), and how often it was used.
 */
type Anchors = Map<string, { readonly scalar: boolean; readonly value: unknown; uses: number }>;

/**
 * The plain value of a composed document in one walk — what `doc.toJS({ maxAliasCount })` gives — when the
 * document is clean: no aliases but of plain scalars (each anchor used at most `maxAliasCount` times, as yaml
 * allows), no duplicate, forbidden or merge keys, no nesting deeper than `maxDepth`, no tags but the plain
 * ones, only plain mappings, lists and scalars with JSON-like values under scalar keys, and every number finite
 * and the number written. Undefined otherwise: the caller then converts and checks
 * the document step by step, which finds and locates whatever made this walk give up.
 *
 * Nearly every theme and catalog file is clean, and one walk that converts and checks together costs a
 * fraction of a conversion followed by a walk per check.
 */
export function plainValue(
  root: Node | null,
  maxDepth: number,
  maxAliasCount = 100,
): { readonly value: unknown } | undefined {
  try {
    return { value: convert(root, 1, { maxDepth, maxAliasCount, anchors: new Map() }) };
  } catch (error) {
    if (error === CAREFUL) return undefined;
    throw error;
  }
}

interface Walk {
  readonly maxDepth: number;
  readonly maxAliasCount: number;
  readonly anchors: Anchors;
}

/** `depth` is the depth an object made from `node` would have (the root is at depth 1, as in the depth check). */
function convert(node: unknown, depth: number, walk: Walk): unknown {
  if (node === null) return null;
  // Exact classes, compared directly (the cheapest test per node): aliases of anything but a scalar, and
  // subclasses with conversions of their own (a YAML 1.1 set or ordered map), are left to the careful path.
  const kind = (node as { constructor: unknown }).constructor;
  if (kind === Alias) return aliasedScalar(node as Alias, walk);
  if (!hasPlainTag(node as Node)) throw CAREFUL;
  // yaml resolves an alias to the last node before it with that anchor, in document order: this walk's order.
  const anchor = (node as Node).anchor;
  if (kind === Scalar) {
    const value = scalarValue(node as Scalar);
    if (anchor !== undefined) walk.anchors.set(anchor, { scalar: true, value, uses: 0 });
    return value;
  }
  if (anchor !== undefined) walk.anchors.set(anchor, { scalar: false, value: undefined, uses: 0 });
  if (depth > walk.maxDepth) throw CAREFUL;
  if (kind === YAMLMap) {
    const object: Record<string, unknown> = {};
    for (const pair of (node as YAMLMap).items) addPair(object, pair, depth, walk);
    return object;
  }
  if (kind === YAMLSeq) {
    const items = (node as YAMLSeq).items;
    const list: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item !== null && (item as { constructor: unknown }).constructor === Pair) {
        // `[key: value]` in a flow list is a one-key mapping.
        if (depth + 1 > walk.maxDepth) throw CAREFUL;
        const object: Record<string, unknown> = {};
        addPair(object, item as Pair, depth + 1, walk);
        list[i] = object;
      } else list[i] = convert(item, depth + 1, walk);
    }
    return list;
  }
  throw CAREFUL;
}

/**
 * The value of an alias of a plain scalar: one more use of its anchor, which yaml refuses past `maxAliasCount`
 * (a scalar counts once per use). An alias of anything else, or of nothing, is for the careful path.
 */
function aliasedScalar(alias: Alias, walk: Walk): unknown {
  const anchor = walk.anchors.get(alias.source);
  if (anchor === undefined || !anchor.scalar) throw CAREFUL;
  anchor.uses++;
  if (anchor.uses > walk.maxAliasCount) throw CAREFUL;
  return anchor.value;
}

/** A plain scalar's value: text, a boolean, null, or a finite number that is the number written. */
function scalarValue(node: Scalar): unknown {
  const value = node.value;
  const type = typeof value;
  if (value === null || type === 'string' || type === 'boolean') return value;
  if (type === 'number' && plainNumber(node, value as number)) return value;
  throw CAREFUL;
}

function addPair(object: Record<string, unknown>, pair: Pair, depth: number, walk: Walk): void {
  const key = pair.key;
  if (key === null || (key as { constructor: unknown }).constructor !== Scalar || !hasPlainTag(key as Scalar))
    throw CAREFUL;
  // An anchor on a key: an alias of it is for the careful path.
  const keyAnchor = (key as Scalar).anchor;
  if (keyAnchor !== undefined) walk.anchors.set(keyAnchor, { scalar: false, value: undefined, uses: 0 });
  const value = (key as Scalar).value;
  let name: string;
  if (typeof value === 'string') name = value;
  else if (typeof value === 'number' || typeof value === 'boolean') name = String(value);
  else throw CAREFUL; // null keys, merge keys (`<<`), tagged keys
  // `<<` may be a merge key: the careful path tells, and refuses it.
  if (FORBIDDEN_KEYS.has(name) || name === '<<' || Object.hasOwn(object, name)) throw CAREFUL;
  object[name] = convert(pair.value, depth + 1, walk);
}

/** A finite number that is the number written (checked digit by digit only when it could be otherwise). */
function plainNumber(node: Scalar, value: number): boolean {
  return Number.isFinite(value) && (node.source === undefined || sameAsWritten(node.source, value));
}
