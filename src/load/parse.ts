import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { fromPointer, toPointer } from '../util/pointer.js';
import { type Position, Reporter } from './report.js';

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
}

/** A parsed file: its plain value (when it is clean enough to go on), where things are, and what went wrong. */
export interface Parsed {
  readonly value: unknown;
  readonly locate: Locate;
  readonly reporter: Reporter;
}

/** Maps a JSON Pointer to a line and column: of the key when `key` is set, else of the value. */
export type Locate = (pointer: string, key?: boolean) => Position;

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
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    locate = makeLocator(doc.contents, lineCounter);
    for (const error of doc.errors) {
      const [line, col] = linePos(lineCounter, error.pos[0]);
      if (error.code === 'DUPLICATE_KEY') {
        const key = duplicateKeyName(doc.contents, text, error.pos[0]);
        reporter.errorAt('yaml-duplicate-key', '', { line, column: col }, { key });
      } else if (error.code === 'RESOURCE_EXHAUSTION') {
        // The composer recurses and catches its own stack overflow on thousands of nested levels (it may
        // say so more than once); report it once.
        if (!reporter.diagnostics.some((d) => d.code === 'yaml-too-deep')) {
          reporter.errorAt('yaml-too-deep', '', { line, column: col }, { limit: limits.maxDepth ?? 64 });
        }
      } else {
        reporter.errorAt('yaml-syntax', '', { line, column: col }, { detail: firstLine(error.message) });
      }
    }
    if (reporter.hasErrors()) return { value: undefined, locate, reporter };
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
        reporter.errorAt('yaml-syntax', '', at, { detail: firstLine(error.message) });
      }
      return { value: undefined, locate, reporter };
    }
    const maxDepth = limits.maxDepth ?? 64;
    const tooDeep = tooDeepAt(value, maxDepth);
    if (tooDeep !== undefined) {
      reporter.error('yaml-too-deep', tooDeep, { limit: maxDepth });
      return { value: undefined, locate, reporter };
    }
    for (const pointer of forbiddenKeys(value)) {
      reporter.error('forbidden-key', pointer, { key: fromPointer(pointer).at(-1) ?? '' }, { key: true });
    }
    return { value: reporter.hasErrors() ? undefined : value, locate, reporter };
  } catch (error) {
    // The yaml composer and toJS recurse; thousands of nested levels exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    reporter.error('yaml-too-deep', '', { limit: limits.maxDepth ?? 64 });
    return { value: undefined, locate, reporter };
  }
}

function makeLocator(root: Node | null, lineCounter: LineCounter): Locate {
  return (pointer, key = false) => {
    let node: unknown = root;
    let keyNode: unknown;
    for (const segment of fromPointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
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

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The repeated key: the scalar key written at `offset` (yaml's error range covers only its first character). */
function duplicateKeyName(root: Node | null, text: string, offset: number): string {
  let name: string | undefined;
  visit(root, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        name = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (name !== undefined) return name;
  const raw = text.slice(offset).split(/[:\n]/)[0] ?? '';
  return raw.trim().replace(/^["']|["']$/g, '');
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
function tooDeepAt(value: unknown, limit: number): string | undefined {
  const stack: [unknown, number, (string | number)[]][] = [[value, 1, []]];
  while (stack.length > 0) {
    const [current, depth, path] = stack.pop() as [unknown, number, (string | number)[]];
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return toPointer(path);
    // Pushed last to first, so that the first too-deep node in reading order is found first.
    for (const [key, member] of Object.entries(current).reverse())
      stack.push([member, depth + 1, [...path, key]]);
  }
  return undefined;
}

/** Pointers of every key that could reach an object's prototype. */
function forbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, (string | number)[]];
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key) && !Array.isArray(current)) found.push(toPointer([...path, key]));
      stack.push([(current as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return found.sort();
}
