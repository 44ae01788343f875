/**
 * Message parameters described as data. A spec says what each parameter of a code holds; the TypeScript type
 * of the parameters is derived from it (`ParamsOf`), and tools and tests can check parameters against it at
 * run time. Parameters are language-neutral: words of either language come from the message catalogs
 * (`src/messages`), never from the parameters.
 */

/** A closed set of tokens (`'list' | 'scalar'`), one of them or (with `list`) several. */
export interface TokenSpec {
  readonly tokens: readonly string[];
  readonly list?: true;
  readonly optional?: true;
}

/**
 * What one parameter holds:
 * - `text`: words as an author or user wrote them (an id, a key, a value, a label, a name), shown verbatim;
 * - `number`: a count, a size or a limit;
 * - `scalar`: a number or a text written in a file (a range bound that is a number or a date);
 * - `texts`: a list of texts;
 * - a `TokenSpec`: one of a closed set of tokens that the catalogs translate.
 * A trailing `?` marks a parameter that may be absent.
 */
export type ParamSpec =
  | 'text'
  | 'text?'
  | 'number'
  | 'number?'
  | 'scalar'
  | 'scalar?'
  | 'texts'
  | 'texts?'
  | TokenSpec;

/** The specs of one code's parameters, by name. */
export type ParamsSpec = Readonly<Record<string, ParamSpec>>;

/** The value of a parameter in the most general form: what tools that read any code's params must expect. */
export type ParamValue = string | number | readonly string[];

type ValueOf<S> = S extends 'text' | 'text?'
  ? string
  : S extends 'number' | 'number?'
    ? number
    : S extends 'scalar' | 'scalar?'
      ? string | number
      : S extends 'texts' | 'texts?'
        ? readonly string[]
        : S extends { readonly tokens: readonly (infer T)[]; readonly list: true }
          ? readonly T[]
          : S extends { readonly tokens: readonly (infer T)[] }
            ? T
            : never;

type IsOptional<S> = S extends `${string}?` ? true : S extends { readonly optional: true } ? true : false;

type Flat<T> = { readonly [K in keyof T]: T[K] };

/**
 * The parameters a spec describes: required ones always present, optional ones possibly absent. A union of
 * specs gives the union of their parameters.
 */
export type ParamsOf<P extends ParamsSpec> = P extends ParamsSpec
  ? Flat<
      { readonly [K in keyof P as IsOptional<P[K]> extends true ? never : K]: ValueOf<P[K]> } & {
        readonly [K in keyof P as IsOptional<P[K]> extends true ? K : never]?: ValueOf<P[K]>;
      }
    >
  : never;

/** Whether a parameter may be absent. */
export function isOptionalParam(spec: ParamSpec): boolean {
  return typeof spec === 'string' ? spec.endsWith('?') : spec.optional === true;
}

const isText = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** What a value of each kind of parameter is, by kind (the spec without its `?`). */
const KINDS: Readonly<Record<'text' | 'number' | 'scalar' | 'texts', (value: unknown) => boolean>> = {
  text: isText,
  number: isNumber,
  scalar: (v) => isText(v) || isNumber(v),
  texts: (v) => Array.isArray(v) && v.every(isText),
};

/** Whether a value present for a parameter is of the kind its spec says (a token of its set, a list of texts…). */
export function paramFits(spec: ParamSpec, value: unknown): boolean {
  if (typeof spec === 'string') return KINDS[spec.replace('?', '') as keyof typeof KINDS](value);
  const token = (v: unknown) => typeof v === 'string' && spec.tokens.includes(v);
  return spec.list ? Array.isArray(value) && value.every(token) : token(value);
}

/**
 * Whether params hold every parameter a spec requires, each of its kind: what a message may rely on. Params
 * the spec does not name are ignored (a diagnostic that carries a refusal has params of its own too).
 */
export function conformsTo(spec: ParamsSpec, params: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(spec).every(([name, s]) => {
    const value = params[name];
    return value === undefined ? isOptionalParam(s) : paramFits(s, value);
  });
}
