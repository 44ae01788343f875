/**
 * Shared helpers of the hardening tests: prototype sentinels, wall time and heap measurements, and the
 * checks every diagnostic must pass (a known code, a file, line ≥ 1 and column ≥ 1).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';
import { parseDocument } from 'yaml';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/model/diagnostic.js';

// ---------------------------------------------------------------------------------------------------------
// Prototype sentinels

const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype],
  ['Map.prototype', Map.prototype],
];
const SNAPSHOT = new Map(
  PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]),
);
const ORIGINAL = {
  toString: Object.prototype.toString,
  hasOwnProperty: Object.prototype.hasOwnProperty,
  valueOf: Object.prototype.valueOf,
  constructor: Object.prototype.constructor,
  getPrototypeOf: Object.getPrototypeOf({}),
};

/** Nothing loaded or restored has reached a built-in prototype: no new, removed or replaced member. */
export function expectNoPollution(what = ''): void {
  for (const [name, proto] of PROTOTYPES) {
    expect(Reflect.ownKeys(proto).map(String).sort(), `${name} changed ${what}`).toEqual(SNAPSHOT.get(name));
  }
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x']) {
    expect(probe[key], `({}).${key} ${what}`).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[key], `[].${key} ${what}`).toBeUndefined();
  }
  expect(Object.prototype.toString).toBe(ORIGINAL.toString);
  expect(Object.prototype.hasOwnProperty).toBe(ORIGINAL.hasOwnProperty);
  expect(Object.prototype.valueOf).toBe(ORIGINAL.valueOf);
  expect(Object.prototype.constructor).toBe(ORIGINAL.constructor);
  expect(Object.getPrototypeOf({})).toBe(ORIGINAL.getPrototypeOf);
}

// ---------------------------------------------------------------------------------------------------------
// Measurements

setFlagsFromString('--expose-gc');
/** The garbage collector, exposed in this process for the memory measurements. */
export const collectGarbage = runInNewContext('gc') as () => void;

export interface Measured<T> {
  readonly result: T;
  /** Wall time in milliseconds. */
  readonly ms: number;
  /** Heap growth right after the call, garbage included: a lower bound of the peak (MB). */
  readonly heapMB: number;
  /** Heap growth after a full collection, with the result still held (MB). */
  readonly retainedMB: number;
}

const MB = 1024 * 1024;

/** Runs `fn` once, measuring its wall time and its heap growth. */
export function measure<T>(fn: () => T): Measured<T> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = fn();
  const ms = performance.now() - started;
  const heapMB = (process.memoryUsage().heapUsed - before) / MB;
  collectGarbage();
  const retainedMB = (process.memoryUsage().heapUsed - before) / MB;
  return { result, ms, heapMB, retainedMB };
}

/** The same for an asynchronous call. */
export async function measureAsync<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  const heapMB = (process.memoryUsage().heapUsed - before) / MB;
  collectGarbage();
  const retainedMB = (process.memoryUsage().heapUsed - before) / MB;
  return { result, ms, heapMB, retainedMB };
}

/** Runs `fn` once, measuring only its wall time (no garbage collection: cheap enough for loops). */
export function time<T>(fn: () => T): { readonly result: T; readonly ms: number } {
  const started = performance.now();
  const result = fn();
  return { result, ms: performance.now() - started };
}

/** How many times its baseline a load may take (the ratio stays under 5 on the corpus; see hostile.test.ts). */
export const WORK_FACTOR = 15;

/** A fixed document of 256 KB (4,000 small mappings): the part of a baseline that does not depend on the file. */
const REFERENCE = Array.from(
  { length: 4_000 },
  (_, i) =>
    `k${i}: { id: q${i}, ask: 问题${i}？, options: { a: 甲, b: 乙 }, when: { q${i}: { equal: ${i} } } }`,
).join('\n');

function parseMs(text: string): number {
  const started = performance.now();
  try {
    parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
  } catch {
    // A nesting that overflows the parser's stack: the time until then is the baseline.
  }
  return performance.now() - started;
}

/**
 * The baseline of a load, measured now on this machine: a plain `yaml` parse of the same text (the work every
 * loader starts with) plus one of a fixed 256 KB document (so that tiny files get a floor that slows down with
 * the machine too). Whatever else runs at the same time slows the baseline and the load alike.
 */
export function baselineMs(text: string): number {
  return parseMs(text) + parseMs(REFERENCE);
}

/** A load took at most `WORK_FACTOR` times its baseline: no blow-up, whatever the machine's load. */
export function expectWithinBaseline(ms: number, baseline: number, what: string): void {
  expect(
    ms,
    `${what}: ${ms.toFixed(0)} ms, over ${WORK_FACTOR}× its baseline of ${baseline.toFixed(0)} ms (a yaml parse of the same text and of a 256 KB document)`,
  ).toBeLessThanOrEqual(WORK_FACTOR * baseline);
  ratios.push(ms / baseline);
}

const ratios: number[] = [];

/** The largest load-to-baseline ratio seen so far in this file (printed with the maxima). */
export function largestRatio(): number {
  return ratios.length === 0 ? 0 : Math.max(...ratios);
}

/** The largest measurements seen, by label, printed once at the end of a file. */
export class Maxima {
  private readonly rows = new Map<
    string,
    { ms: number; heapMB: number; retainedMB: number; at: string; heap: boolean }
  >();

  /** Every measurement over the one-second target, by group and file. */
  private readonly slow: string[] = [];

  add(group: string, at: string, measured: { ms: number; heapMB?: number; retainedMB?: number }): void {
    if (measured.ms > 1_000) this.slow.push(`${group}: ${at} ${measured.ms.toFixed(0)} ms`);
    const m = { heapMB: 0, retainedMB: 0, ...measured };
    const heap = measured.heapMB !== undefined;
    const row = this.rows.get(group);
    if (!row || m.ms > row.ms) {
      this.rows.set(group, {
        ms: m.ms,
        heapMB: Math.max(m.heapMB, row?.heapMB ?? 0),
        retainedMB: Math.max(m.retainedMB, row?.retainedMB ?? 0),
        at,
        heap,
      });
    } else {
      row.heapMB = Math.max(row.heapMB, m.heapMB);
      row.retainedMB = Math.max(row.retainedMB, m.retainedMB);
    }
  }

  get(group: string) {
    return this.rows.get(group);
  }

  report(title: string): string {
    const lines = [...this.rows].map(
      ([group, r]) =>
        `  ${group.padEnd(34)} max ${r.ms.toFixed(0).padStart(5)} ms (${r.at})${r.heap ? `; heap +${r.heapMB.toFixed(0)} MB, retained +${r.retainedMB.toFixed(0)} MB` : ''}`,
    );
    const slow = this.slow.length === 0 ? 'none' : `\n    ${this.slow.join('\n    ')}`;
    return `${title}\n${lines.join('\n')}\n  over 1 s: ${slow}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Diagnostics

const KNOWN_CODES = new Set<string>(DIAGNOSTIC_CODES);

/** Every diagnostic is located in one of `files`, with a known code and a message (checked without `expect` per
 * diagnostic: a file may have 100,000 of them). */
export function expectLocated(diagnostics: readonly Diagnostic[], files: readonly string[], what = ''): void {
  const bad = diagnostics.filter(
    (d) =>
      !KNOWN_CODES.has(d.code) ||
      !files.includes(d.file) ||
      !Number.isInteger(d.line) ||
      d.line < 1 ||
      !Number.isInteger(d.column) ||
      d.column < 1 ||
      typeof d.message !== 'string' ||
      d.message.trim().length === 0 ||
      (d.severity !== 'error' && d.severity !== 'warning'),
  );
  expect(
    bad.slice(0, 5).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`),
    `${what}: diagnostics that are not located (${bad.length})`,
  ).toEqual([]);
}

/** No Node stack trace in an output: neither `    at fn (file:line)` frames nor error class heads. */
export function expectNoStackTrace(text: string, what = ''): void {
  expect(text, `${what}: stack frames`).not.toMatch(/^\s+at .+/m);
  expect(text, `${what}: error heads`).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
}
