import fc from 'fast-check';
import { DIAGNOSTIC_PARAM_SPECS, type DiagnosticCode } from '../../src/model/diagnostic.js';
import {
  paramFits as fits,
  isOptionalParam as optional,
  type ParamSpec,
  type ParamsSpec,
  type ParamValue,
} from '../../src/model/params.js';

/**
 * Checking params against their specs (`src/model/params.ts`) at run time, finding words of a language that
 * did not come from the params, and generating params from specs for property tests.
 */

/** CJK ideographs, CJK punctuation and full-width forms: what an English message must not hold by itself. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Whether a param holds what the author or user wrote (shown verbatim, in any language). */
export function isWritten(spec: ParamSpec): boolean {
  return typeof spec === 'string' && !spec.startsWith('number');
}

/** What is wrong with params for a spec: missing, unexpected or ill-typed params (empty when they conform). */
export function paramProblems(spec: ParamsSpec, params: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(params)) if (!Object.hasOwn(spec, name)) problems.push(`unexpected ${name}`);
  for (const [name, s] of Object.entries(spec)) {
    const value = params[name];
    if (value === undefined) {
      if (!optional(s)) problems.push(`missing ${name}`);
      continue;
    }
    if (!fits(s, value)) problems.push(`${name}: ${JSON.stringify(value)} does not fit ${JSON.stringify(s)}`);
  }
  return problems;
}

/** A message with the values of written params taken out: what the catalog itself said. */
export function withoutWritten(
  message: string,
  spec: ParamsSpec,
  params: Readonly<Record<string, unknown>>,
): string {
  const written = Object.entries(params)
    .filter(([name]) => {
      const s = spec[name];
      return s !== undefined && isWritten(s);
    })
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .map(String)
    .filter((text) => text !== '')
    // Longest first, so that a text inside another is not cut out of it first.
    .sort((a, b) => b.length - a.length);
  let rest = message;
  for (const text of written) rest = rest.split(text).join('');
  return rest;
}

/** Params for a spec: ASCII texts, small numbers, any token; optional params present or not. */
export function paramsArbitrary(spec: ParamsSpec): fc.Arbitrary<Record<string, ParamValue>> {
  const entries = Object.entries(spec).map(([name, s]) => [name, valueArbitrary(s)] as const);
  const required = entries.filter(([name]) => !optional(spec[name] as ParamSpec)).map(([name]) => name);
  return fc.record(Object.fromEntries(entries), { requiredKeys: required }) as fc.Arbitrary<
    Record<string, ParamValue>
  >;
}

const text = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

function valueArbitrary(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  if (typeof spec === 'string') {
    const kind = spec.replace('?', '');
    if (kind === 'text') return text;
    if (kind === 'number') return fc.integer({ min: 0, max: 1_000_000 });
    if (kind === 'scalar') return fc.oneof(text, fc.integer({ min: -1000, max: 1000 }));
    return fc.array(text, { minLength: 1, maxLength: 3 });
  }
  const token = fc.constantFrom(...spec.tokens);
  return spec.list ? fc.array(token, { minLength: 1, maxLength: 3 }) : token;
}

/**
 * What is wrong with a diagnostic as a portal would show it in English: params that do not fit its code's
 * spec, or Chinese in its English message or hint that does not come from what the file says.
 */
export function englishProblems(
  d: { readonly code: DiagnosticCode; readonly params: object },
  render: (lang: 'en') => string,
): string[] {
  const spec = DIAGNOSTIC_PARAM_SPECS[d.code];
  const params = d.params as Readonly<Record<string, unknown>>;
  const english = render('en');
  const rest = withoutWritten(english, spec, params);
  return [...paramProblems(spec, params), ...(CJK.test(rest) ? [`Chinese in English: ${english}`] : [])];
}
