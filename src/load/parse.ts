import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
} from 'yaml';
import type { Locate, Position } from '../model/source.js';
import { fromPointer, toPointer } from '../util/pointer.js';
import { bounded } from '../util/quote.js';
import { plainValue } from './plain-value.js';
import { Reporter } from './report.js';
import { withoutTabFollowOns } from './tab-indent.js';
import { nodeProblems } from './yaml-nodes.js';
import { yamlSyntaxParams } from './yaml-syntax.js';

/** A file's name and text, as the loader receives it. */
export interface Source {
  readonly file: string;
  readonly text: string;
}

/** Limits that keep hostile input bounded. */
export interface ParseLimits {
  /** Largest accepted text, in UTF-16 code units (default 2 MB). */
  readonly maxBytes?: number;
  /** Most alias expansions (default 100, as yaml's own default). */
  readonly maxAliasCount?: number;
  /** Deepest nesting of mappings and lists (default 64). */
  readonly maxDepth?: number;
  /**
   * Most nodes that aliases may add to the document, each alias counting as the size of what it repeats
   * (default 10,000). `maxAliasCount` bounds how often aliases are used, not how much each one repeats:
   * 99 aliases of a list of 20,000 entries stay under it yet make every later check do 100 times the work.
   */
  readonly maxAliasNodes?: number;
}

/** A parsed file: its plain value (when it is clean enough to go on), where things are, and what went wrong. */
export interface Parsed {
  readonly value: unknown;
  readonly locate: Locate;
  readonly reporter: Reporter;
}

export type { Locate } from '../model/source.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Parses YAML text with positions; never throws, and returns `value: undefined` if the file has errors. */
export function parseSource(source: Source, limits: ParseLimits = {}): Parsed {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const lineCounter = new LineCounter();
  let locate: Locate = () => ({ line: 1, column: 1 });
  const reporter = new Reporter(source.file, (pointer, key) => locate(pointer, key));
  if (source.text.length > maxBytes) {
    reporter.error('input-too-large', '', { size: source.text.length, unit: 'chars', limit: maxBytes });
    return { value: undefined, locate, reporter };
  }
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  if (text.includes('\uFFFD')) {
    // Text decoded from bytes that are not UTF-8 carries replacement characters; point at the first.
    const offset = text.indexOf('\uFFFD');
    const at = positionOf(text, offset);
    reporter.errorAt('invalid-encoding', '', at, {});
    return { value: undefined, locate, reporter };
  }
  try {
    // yaml's own `uniqueKeys` compares each key with every earlier one (quadratic in a mapping's size, seconds
    // for 10,000 keys); duplicates are found below in linear time instead. `logLevel: 'error'`: no process
    // warnings (collection keys) on the command line's stderr.
    // `schema: 'core'` also for a `%YAML 1.1` document: a directive must not turn `y:` into `true:`, `010`
    // into 8 or plain dates into Date objects.
    const options = {
      schema: 'core',
      merge: false,
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: 'error',
    } as const;
    const doc = parseDocument(text, { ...options, lineCounter });
    locate = makeLocator(doc.contents, lineCounter);
    const errorsOf = (changed: string) => parseDocument(changed, options).errors;
    for (const error of withoutTabFollowOns(text, doc.errors, errorsOf)) {
      const [line, col] = linePos(lineCounter, error.pos[0]);
      if (error.code === 'RESOURCE_EXHAUSTION') {
        // The composer recurses and catches its own stack overflow on thousands of nested levels (it may
        // say so more than once); report it once, at the first collection deeper than the limit in the
        // partial tree (as documented) rather than where the stack ran out (which depends on its size).
        if (!reporter.diagnostics.some((d) => d.code === 'yaml-too-deep')) {
          const limit = limits.maxDepth ?? 64;
          const offset = deepNodeOffset(doc.contents, limit);
          const at = offset === undefined ? { line, column: col } : positionAt(lineCounter, offset);
          reporter.errorAt('yaml-too-deep', '', at, { limit });
        }
      } else {
        reporter.errorAt('yaml-syntax', '', { line, column: col }, yamlSyntaxParams(error.code));
      }
    }
    const maxDepth = limits.maxDepth ?? 64;
    if (!reporter.hasErrors()) {
      const plain = plainValue(doc.contents, maxDepth, limits.maxAliasCount ?? 100);
      if (plain) return { value: plain.value, locate, reporter };
    }
    return { value: carefulValue(doc, text, lineCounter, limits, reporter), locate, reporter };
  } catch (error) {
    // The yaml composer and toJS recurse; thousands of nested levels exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    reporter.error('yaml-too-deep', '', { limit: limits.maxDepth ?? 64 });
    return { value: undefined, locate, reporter };
  }
}

/**
 * The careful path from a composed document to its value: converts with yaml's own `toJS`, then checks
 * duplicate keys, alias use, depth and prototype keys one by one, reporting each problem where it is.
 * Undefined when anything was reported (syntax errors found before included).
 */
export function carefulValue(
  doc: Document.Parsed,
  text: string,
  lineCounter: LineCounter,
  limits: ParseLimits,
  reporter: Reporter,
): unknown {
  const maxDepth = limits.maxDepth ?? 64;
  for (const problem of nodeProblems(doc.contents)) {
    const at = positionAt(lineCounter, problem.offset);
    switch (problem.kind) {
      case 'duplicate-key':
        reporter.errorAt('yaml-duplicate-key', '', at, { key: problem.key });
        break;
      case 'tag':
        reporter.errorAt('yaml-unsupported', '', at, { feature: 'tag', tag: bounded(problem.tag) });
        break;
      case 'merge-key':
        reporter.errorAt('yaml-unsupported', '', at, { feature: 'merge-key' });
        break;
      case 'not-finite':
        reporter.errorAt('not-finite', '', at, { value: bounded(problem.source) });
        break;
      case 'imprecise':
        reporter.warnAt('number-precision', '', at, {
          value: bounded(problem.source),
          read: String(problem.read),
        });
    }
  }
  if (reporter.hasErrors()) return undefined;
  const maxAliasCount = limits.maxAliasCount ?? 100;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError || !(error instanceof Error)) throw error;
    const at = firstAlias(doc.contents, lineCounter);
    if (error.message.startsWith('Excessive alias')) {
      reporter.errorAt('yaml-alias-limit', '', at, { limit: maxAliasCount });
    } else {
      // yaml throws a ReferenceError for an alias whose anchor is not defined before it.
      reporter.errorAt('yaml-syntax', '', at, {
        problem: error instanceof ReferenceError ? 'unresolved-alias' : 'other',
      });
    }
    return undefined;
  }
  const tooDeep = tooDeepAt(value, maxDepth, text.includes('*'));
  if (tooDeep !== undefined) {
    reporter.error('yaml-too-deep', tooDeep, { limit: maxDepth });
    return undefined;
  }
  const maxAliasNodes = limits.maxAliasNodes ?? 10_000;
  // Every alias is written with `*`: without one there is nothing to count.
  const added = text.includes('*') ? aliasedNodes(value) : 0;
  if (added > maxAliasNodes) {
    reporter.errorAt('yaml-alias-limit', '', firstAlias(doc.contents, lineCounter), {
      limit: maxAliasNodes,
      nodes: added,
    });
    return undefined;
  }
  for (const pointer of forbiddenKeys(value)) {
    reporter.error('forbidden-key', pointer, { key: fromPointer(pointer).at(-1) ?? '' }, { key: true });
  }
  return reporter.hasErrors() ? undefined : value;
}

function makeLocator(root: Node | null, lineCounter: LineCounter): Locate {
  // Each mapping's pairs by key, built on first use: a linear search per lookup made locating every option of
  // a question with thousands of options quadratic.
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: { items: Pair[] }, segment: string): Pair | undefined => {
    // Most mappings have a handful of keys: searched directly, without an index to build and keep.
    if (map.items.length <= 16) {
      for (const p of map.items) if (isScalar(p.key) && String(p.key.value) === segment) return p;
      return undefined;
    }
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const name = isScalar(p.key) ? String(p.key.value) : undefined;
        // The first pair with a key wins, as a search from the start would find it.
        if (name !== undefined && !index.has(name)) index.set(name, p);
      }
      indexes.set(map, index);
    }
    return index.get(segment);
  };
  return (pointer, key = false) => {
    let node: unknown = root;
    let keyNode: unknown;
    for (const segment of fromPointer(pointer)) {
      if (isMap(node)) {
        const pair = pairOf(node, segment);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        keyNode = item;
        node = item;
      } else {
        break;
      }
    }
    const target = key && keyNode !== undefined ? keyNode : node;
    const range = (target as { range?: [number, number, number] } | null)?.range;
    if (!range) return { line: 1, column: 1 };
    const [line, column] = linePos(lineCounter, range[0]);
    return { line, column };
  };
}

function linePos(lineCounter: LineCounter, offset: number): [number, number] {
  const pos = lineCounter.linePos(offset);
  return [pos.line, pos.col];
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function positionAt(lineCounter: LineCounter, offset: number): Position {
  const [line, column] = linePos(lineCounter, offset);
  return { line, column };
}

/** The offset of the first mapping or list of a (partial) syntax tree nested deeper than `limit`. */
function deepNodeOffset(root: Node | null, limit: number): number | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (isMap(node) || isSeq(node)) {
      if (depth > limit) return node.range?.[0];
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

function firstAlias(root: Node | null, lineCounter: LineCounter): Position {
  let offset = 0;
  visit(root, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  const [line, column] = linePos(lineCounter, offset);
  return { line, column };
}

/**
 * The pointer of the first mapping or list nested deeper than `limit` (the root is at depth 1), or undefined
 * if there is none; computed without recursion and stopping at the first one found.
 */
function tooDeepAt(value: unknown, limit: number, aliases: boolean): string | undefined {
  // An alias is the very object of its anchor: walk an object again only where it sits deeper than before
  // (100 aliases of a list of 100,000 entries otherwise cost ten million steps). Without aliases the value is
  // a tree and each object is reached once.
  const deepest = aliases ? new Map<object, number>() : undefined;
  const stack: Frame[] = [{ value, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (current === null || typeof current !== 'object') continue;
    if (frame.depth > limit) return toPointer(pathOf(frame));
    if (deepest) {
      if ((deepest.get(current) ?? 0) >= frame.depth) continue;
      deepest.set(current, frame.depth);
    }
    // Pushed last to first, so that the first too-deep node in reading order is found first.
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const member = (current as Record<string, unknown>)[key];
      if (member !== null && typeof member === 'object')
        stack.push({ value: member, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return undefined;
}

/** A step of a walk over a parsed value: the path is kept as links to the parents, built only when needed. */
interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * How many nodes the aliases add: the size of the value with every alias written out in full, less its size
 * as written (an alias is the very object of its anchor, so shared objects are counted once as written).
 * Runs after the depth check, so the recursion is shallow and there is no cycle.
 */
function aliasedNodes(value: unknown): number {
  const sizes = new Map<object, number>();
  let written = 0;
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') {
      written++;
      return 1;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    written++;
    let total = 1;
    for (const member of Object.values(node)) total += size(member);
    sizes.set(node, total);
    return total;
  };
  const expanded = size(value);
  return expanded - written;
}

/** Pointers of every key that could reach an object's prototype. */
function forbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  // Each object once: an alias is the object of its anchor, whose keys are reported where it is written.
  const seen = new Set<object>();
  const stack: Frame[] = [{ value, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const keys = Object.keys(current);
    const array = Array.isArray(current);
    // Pushed last to first, so that an anchor (written before its aliases) is reached before them.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (!array && FORBIDDEN_KEYS.has(key)) found.push(toPointer([...pathOf(frame), key]));
      const member = (current as Record<string, unknown>)[key];
      if (member !== null && typeof member === 'object')
        stack.push({ value: member, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return found.sort();
}
