import { RulesError } from './errors.js';

/**
 * The subset of JSONPath that conditions may use in `path`, resolved exactly as jsonpath-plus
 * (`JSONPath({ path, json, wrap: false })`, json-rules-engine's default path resolver) resolves it:
 *
 *   path    := '$' segment*
 *   segment := '.' name | '[' index ']' | "['" key "']" | '["' key '"]'
 *   name    := a letter, `_` or `$`, then letters, digits, `_`, `$` or `-`   (letters include 中文)
 *   index   := 0 | [1-9][0-9]*          (an array index, or an object key made of digits)
 *   key     := letters, digits, spaces and `_ $ - .`, not `$` alone and not `..`
 *
 * Everything else (filters, wildcards, slices, unions, `..` descent, `^`, `~`) is refused. Names that
 * jsonpath-plus reads as syntax are refused too: `$` alone is the root (`$.$` is not a key lookup), `..` is
 * descent, and an empty key `['']` misbehaves; the other characters refused here are jsonpath-plus's
 * separators and markers (`'"[]~^;,*@()?:%` and the backtick).
 *
 * Each step reads only an own property (jsonpath-plus checks `Object.hasOwn`), so `$.constructor` or
 * `$.__proto__` read inherited members of nothing: they are undefined unless the object itself has such a key.
 * As in jsonpath-plus, a step also works on a string (`$.name.length`, `$.name[0]`) and an array's
 * `length`; a falsy value (0, '', false, null) has no members.
 */

const NAME = /^[\p{L}_$][\p{L}\p{N}_$-]*/u;
const INDEX = /^\[(0|[1-9][0-9]*)\]/;
const KEY = /^\[(['"])([\p{L}\p{N}_$. -]+)\1\]/u;

/** The keys a supported path reads, in order, or undefined if the path is outside the subset. */
export function parsePath(path: string): readonly string[] | undefined {
  if (typeof path !== 'string' || !path.startsWith('$')) return undefined;
  const keys: string[] = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const step = nextKey(rest);
    if (step === undefined || step.key === '$' || step.key === '..') return undefined;
    keys.push(step.key);
    rest = rest.slice(step.length);
  }
  return keys;
}

function nextKey(rest: string): { key: string; length: number } | undefined {
  if (rest.startsWith('.')) {
    const name = NAME.exec(rest.slice(1))?.[0];
    return name === undefined ? undefined : { key: name, length: 1 + name.length };
  }
  const index = INDEX.exec(rest);
  if (index !== null) return { key: index[1] as string, length: index[0].length };
  const quoted = KEY.exec(rest);
  if (quoted !== null) return { key: quoted[2] as string, length: quoted[0].length };
  return undefined;
}

/** Whether `path` is in the supported JSONPath subset (see the top of src/rules/path.ts). */
export function isSupportedPath(path: string): boolean {
  return parsePath(path) !== undefined;
}

/** Compiles a supported path into a function resolving it as jsonpath-plus does; throws RulesError otherwise. */
export function compilePath(path: string): (json: unknown) => unknown {
  const keys = parsePath(path);
  if (keys === undefined) throw new RulesError('unsupported-path', { problem: 'not-supported', path });
  return (json) => {
    // jsonpath-plus returns undefined for a falsy document, even for `$`.
    if (!json) return undefined;
    let value: unknown = json;
    for (const key of keys) {
      // jsonpath-plus: `val && Object.hasOwn(val, loc)` (hasOwnProperty boxes strings, as hasOwn does).
      if (!value || !Object.hasOwn(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
}

/** `JSONPath({ path, json, wrap: false })` for a supported path; throws RulesError for any other path. */
export function resolvePath(json: unknown, path: string): unknown {
  return compilePath(path)(json);
}

/**
 * json-rules-engine's rule for a condition's `path` (almanac.js `factValue`): the path is applied only to a
 * non-null object (arrays included); any other fact value is compared as it is, path ignored.
 */
export function compileFactPath(path: string): (factValue: unknown) => unknown {
  const resolve = compilePath(path);
  return (factValue) =>
    factValue !== null && typeof factValue === 'object' ? resolve(factValue) : factValue;
}
