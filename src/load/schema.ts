import type { ErrorObject } from 'ajv';
import { type DiagnosticParamsOf, JSON_TYPES } from '../model/diagnostic.js';
import type { FileKind } from '../model/source.js';
import { suggestionFor } from '../util/suggest.js';
import * as validators from './generated/validators.js';
import type { Reporter } from './report.js';

export type { FileKind } from '../model/source.js';

// The validators are compiled from the schemas at build time (scripts/generate-validators.mjs): loading
// compiles nothing and needs neither ajv nor `new Function`.
const validatorFor: Readonly<Record<FileKind, validators.GeneratedValidator>> = validators;

/** Checks a parsed file against its schema, reporting every problem located; true when it conforms. */
export function checkSchema(kind: FileKind, value: unknown, reporter: Reporter): boolean {
  const validate = validatorFor[kind];
  if (validate(value)) return true;
  for (const error of relevantErrors(validate.errors ?? [])) report(error, reporter);
  return false;
}

/** Where an error really is: a missing or extra key belongs below the object that has it. */
function effectivePointer(error: ErrorObject): string {
  const key = memberOf(error);
  return key === undefined ? error.instancePath : `${error.instancePath}/${escapeSegment(key)}`;
}

function memberOf(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return String(params.additionalProperty);
  if (error.keyword === 'required') return String(params.missingProperty);
  if (error.propertyName !== undefined) return error.propertyName;
  return undefined;
}

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

const SHAPE_KEYWORDS = new Set(['type', 'const', 'enum']);

/**
 * `anyOf` reports every branch's failure. Keep the errors of the branch that matched the shape (those below
 * the value), or, when no branch matched, one type error that lists what was expected.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'propertyNames');
  // Every pointer that has an error below it: a search of all pointers per error was quadratic (minutes for
  // 30,000 wrong-typed options).
  const above = new Set<string>();
  for (const pointer of kept.map(effectivePointer)) {
    for (let at = pointer.lastIndexOf('/'); at >= 0; at = pointer.lastIndexOf('/', at - 1)) {
      const prefix = pointer.slice(0, at);
      if (above.has(prefix)) break;
      above.add(prefix);
      if (at === 0) break;
    }
  }
  const deeper = (pointer: string) => above.has(pointer);
  const byShape = new Map<string, ErrorObject[]>();
  const result: ErrorObject[] = [];
  for (const error of kept) {
    if (SHAPE_KEYWORDS.has(error.keyword) && error.instancePath !== undefined) {
      if (deeper(error.instancePath)) continue;
      const group = byShape.get(error.instancePath) ?? [];
      group.push(error);
      byShape.set(error.instancePath, group);
    } else {
      result.push(error);
    }
  }
  for (const group of byShape.values()) {
    const first = group[0];
    if (first) result.push(group.length === 1 ? first : mergeShapes(group, first));
  }
  return dedupe(result);
}

function mergeShapes(group: readonly ErrorObject[], first: ErrorObject): ErrorObject {
  const expected = group.flatMap(expectedOf);
  return { ...first, keyword: 'type', params: { type: [...new Set(expected)] } };
}

function expectedOf(error: ErrorObject): string[] {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'type') return ([] as unknown[]).concat(params.type).map(String);
  if (error.keyword === 'const') return [JSON.stringify(params.allowedValue)];
  if (error.keyword === 'enum') return (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
  return [];
}

function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const id = `${e.keyword}|${effectivePointer(e)}|${e.keyword === 'pattern' ? '' : JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

type JsonType = (typeof JSON_TYPES)[number];

/** The JSON type of a parsed value, as `wrong-type` names what a file holds. */
function jsonTypeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return SCALAR_TYPES[typeof value] ?? 'object';
}

const SCALAR_TYPES: Readonly<Record<string, JsonType>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
};

function isJsonType(name: string): name is JsonType {
  return (JSON_TYPES as readonly string[]).includes(name);
}

const ID_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

function report(error: ErrorObject, reporter: Reporter): void {
  const params = error.params as Record<string, unknown>;
  const pointer = error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      reporter.error(
        'unknown-key',
        effectivePointer(error),
        { key, ...suggestionFor(key, allowed) },
        { key: true },
      );
      return;
    }
    case 'required':
      // At the key of the entry that lacks it (`health:`), or at the entry itself in a list.
      reporter.error('missing-key', pointer, { key: String(params.missingProperty) }, { key: true });
      return;
    case 'type': {
      // Types, and the constants (as JSON) of `const`/`enum` branches merged in by `mergeShapes`.
      const names = ([] as unknown[]).concat(params.type).map(String);
      const expected = names.filter(isJsonType);
      const values = names.filter((name) => !isJsonType(name));
      const quote =
        expected.includes('string') && (typeof error.data === 'number' || typeof error.data === 'boolean');
      reporter.error('wrong-type', pointer, {
        expected,
        ...(values.length > 0 ? { values } : {}),
        actual: jsonTypeOf(error.data),
        ...(quote ? ({ hint: 'quote-it', value: String(error.data) } as const) : {}),
      });
      return;
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue];
      // The value may be any mapping or list (`audience: { toString: x }`): never call its own methods.
      const value = shortValue(error.data);
      const names = allowed.map(String);
      reporter.error('invalid-value', pointer, { value, allowed: names, ...suggestionFor(value, names) });
      return;
    }
    case 'pattern': {
      const key = error.propertyName;
      const at = key === undefined ? pointer : `${pointer}/${escapeSegment(key)}`;
      const value = key ?? shortValue(error.data);
      if (params.pattern === ID_PATTERN)
        reporter.error('invalid-id', at, { value, ...oddCharacter(value) }, { key: key !== undefined });
      else reporter.error('invalid-value', at, { value }, { key: key !== undefined });
      return;
    }
    default:
      // A limit is a rule the value breaks (not empty, at most 100), not a list of values to choose from.
      reporter.error('invalid-value', pointer, {
        value: shortValue(error.data),
        ...limitOf(error.keyword, params),
      });
  }
}

/**
 * The first character of an id that is not ASCII (a look-alike such as the Cyrillic о, a full-width letter, a
 * zero-width space, a bidirectional override): its code point and its 1-based position, since the id looks
 * right when printed.
 */
function oddCharacter(id: string): { char?: string; at?: number } {
  let at = 0;
  for (const char of id) {
    at++;
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x7e || code < 0x21)
      return { char: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, at };
  }
  return {};
}

function shortValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[…${value.length}]`;
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : '{…}';
  return String(value);
}

/** The rule a value breaks, as `invalid-value` params: which limit, with its bound. */
function limitOf(
  keyword: string,
  params: Record<string, unknown>,
): Partial<DiagnosticParamsOf<'invalid-value'>> {
  const limit = typeof params.limit === 'number' ? params.limit : undefined;
  switch (keyword) {
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return limit === 1 || limit === undefined ? { rule: 'not-empty' } : { rule: 'at-least', limit };
    case 'maxItems':
    case 'maxProperties':
    case 'maxLength':
      return limit === undefined ? { rule: 'schema', keyword } : { rule: 'at-most', limit };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = COMPARISONS.find((c) => c === params.comparison);
      return comparison === undefined || limit === undefined
        ? { rule: 'schema', keyword }
        : { rule: 'compare', comparison, limit };
    }
    case 'uniqueItems':
      return { rule: 'unique' };
    default:
      return { rule: 'schema', keyword };
  }
}

const COMPARISONS = ['<', '<=', '>', '>='] as const;
