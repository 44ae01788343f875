import type { Condition, LeafCondition } from '../model/condition.js';
import type { Json } from '../model/json.js';
import type { LeafOrigins } from '../model/source.js';
import { childPointer } from '../util/pointer.js';
import type { Reporter } from './report.js';

export type { LeafOrigin, LeafOrigins } from '../model/source.js';

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const FULL_KEYS = new Set(['fact', 'operator', 'value', 'path']);

/**
 * Compiles an authored condition (shorthand or json-rules-engine form, already schema-checked) into the
 * json-rules-engine form, recording where each leaf came from; returns undefined after reporting if malformed.
 */
export function expandCondition(
  raw: unknown,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): Condition | undefined {
  if (!isRecord(raw)) {
    reporter.error('invalid-condition', pointer, { reason: 'not-mapping' });
    return undefined;
  }
  const keys = Object.keys(raw);
  const booleans = BOOLEAN_KEYS.filter((k) => k in raw);
  if (booleans.length > 0 || 'condition' in raw) {
    if (keys.length !== 1) {
      reporter.error('invalid-condition', pointer, { reason: 'combinator-alone' });
      return undefined;
    }
    const only = keys[0] as string;
    const member = raw[only];
    if (only === 'condition') {
      const reference = { condition: String(member) };
      const at = childPointer(pointer, 'condition');
      origins.set(reference, { file: reporter.file, factAt: at, factIsKey: false, valueAt: at });
      return reference;
    }
    if (only === 'not') {
      const inner = expandCondition(member, childPointer(pointer, 'not'), reporter, origins);
      return inner && { not: inner };
    }
    const list = Array.isArray(member) ? member : [];
    const parts = list.map((c, i) =>
      expandCondition(c, childPointer(childPointer(pointer, only), i), reporter, origins),
    );
    if (parts.some((p) => p === undefined)) return undefined;
    return only === 'all' ? { all: parts as Condition[] } : { any: parts as Condition[] };
  }
  if (keys.some((k) => FULL_KEYS.has(k))) return expandFull(raw, pointer, reporter, origins);
  const leaves: Condition[] = [];
  for (const fact of keys) {
    leaves.push(...expandFactTest(fact, raw[fact], childPointer(pointer, fact), reporter, origins));
  }
  return leaves.length === 1 ? leaves[0] : { all: leaves };
}

function expandFull(
  raw: Record<string, unknown>,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): Condition | undefined {
  const missing = ['fact', 'operator', 'value'].filter((k) => !(k in raw));
  const extra = Object.keys(raw).filter((k) => !FULL_KEYS.has(k));
  if (missing.length > 0 || extra.length > 0) {
    const params =
      missing.length > 0
        ? ({ reason: 'full-missing', missing } as const)
        : ({ reason: 'full-extra', extra } as const);
    reporter.error('invalid-condition', pointer, params);
    return undefined;
  }
  const leaf: LeafCondition = {
    fact: String(raw.fact),
    operator: String(raw.operator),
    value: raw.value as Json,
    ...(typeof raw.path === 'string' ? { path: raw.path } : {}),
  };
  origins.set(leaf, {
    file: reporter.file,
    factAt: childPointer(pointer, 'fact'),
    factIsKey: false,
    valueAt: childPointer(pointer, 'value'),
    operatorAt: childPointer(pointer, 'operator'),
    ...('path' in raw ? { pathAt: childPointer(pointer, 'path') } : {}),
  });
  return leaf;
}

function expandFactTest(
  fact: string,
  test: unknown,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): Condition[] {
  const make = (operator: string, value: Json, valueAt: string, written = false): LeafCondition => {
    const leaf: LeafCondition = { fact, operator, value };
    const at = written ? { operatorAt: valueAt, operatorIsKey: true } : {};
    origins.set(leaf, { file: reporter.file, factAt: pointer, factIsKey: true, valueAt, ...at });
    return leaf;
  };
  if (Array.isArray(test)) return [make('in', test as Json, pointer)];
  if (isRecord(test)) {
    if ('fact' in test) {
      reporter.error('invalid-condition', pointer, { reason: 'fact-reference' });
      return [];
    }
    return Object.keys(test).map((operator) =>
      make(operator, test[operator] as Json, childPointer(pointer, operator), true),
    );
  }
  return [make('equal', test as Json, pointer)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
