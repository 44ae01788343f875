import { TongbanError } from '../errors.js';
import type { PROFILE_PROBLEMS } from '../model/errors.js';
import type { OutcomeRules } from '../model/outcome-rules.js';
import type { Profile } from '../model/profile.js';
import type { Session, StartOptions } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import { MAX_CONDITION_DEPTH, NamedGraph } from '../rules/named-graph.js';
import type { OperatorSet } from '../rules/registry.js';
import { bounded, describeValue } from '../util/quote.js';
import { knownMemo, memoOf } from './memo.js';
import { checkToday } from './today.js';

/**
 * The checks of what a portal hands the runtime: profiles, compiled themes, sessions and options. A value no
 * portal should pass is a `TongbanError` with a documented code, before anything reads it — never a
 * TypeError or a stack overflow from deep inside. What the checks bound is listed in docs/hardening.md.
 */

/** How deep a profile's facts may nest (the server example refuses deeper ones before they arrive here). */
export const MAX_FACT_DEPTH = 32;
/** How many values a profile's facts may hold in all (lists and mappings counted with their members). */
export const MAX_FACT_VALUES = 100_000;
/** How deep a compiled theme's JSON may nest (a loaded theme stays far below it). */
export const MAX_THEME_DEPTH = 200;

const PROFILE_KEYS = new Set(['kind', 'name', 'facts', 'licences', 'tags', 'completed']);
const LICENCE_KEYS = new Set(['licence', 'number', 'issuer', 'issued', 'expires']);

type ProfileProblem = (typeof PROFILE_PROBLEMS)[number];

function profileError(problem: ProfileProblem, member?: string, limit?: number): TongbanError {
  return new TongbanError('invalid-profile', {
    problem,
    ...(member === undefined ? {} : { member }),
    ...(limit === undefined ? {} : { limit }),
  });
}

/**
 * A profile given to `start`, `restore`, `switchProfile` or `recommend`, checked: an object with `kind`
 * person or enterprise, an optional text `name`, `facts` a mapping of JSON data at most `MAX_FACT_DEPTH`
 * deep and `MAX_FACT_VALUES` values, `licences` a list of licences with text members, `tags` and `completed`
 * lists of text (the lists and `facts` may be left out: empty). Returns the profile with the missing lists
 * filled in; throws TongbanError `invalid-profile` otherwise.
 */
export function checkProfile(value: unknown): Profile {
  try {
    return readProfile(value);
  } catch (error) {
    if (error instanceof TongbanError) throw error;
    // A proxy or getter that throws while the profile is read.
    throw profileError('unreadable');
  }
}

function readProfile(value: unknown): Profile {
  if (!isRecord(value)) throw profileError('not-an-object');
  for (const key of Object.keys(value))
    if (!PROFILE_KEYS.has(key)) throw profileError('unknown-member', bounded(key));
  const { kind, name, facts = {}, licences = [], tags = [], completed = [] } = value;
  if (kind !== 'person' && kind !== 'enterprise') throw profileError('kind');
  if (name !== undefined && typeof name !== 'string') throw profileError('name');
  if (!isRecord(facts)) throw profileError('facts');
  checkFacts(facts);
  if (
    !Array.isArray(licences) ||
    !licences.every(
      (licence: unknown) =>
        isRecord(licence) &&
        typeof licence.licence === 'string' &&
        Object.entries(licence).every(([k, v]) =>
          k === 'data' ? isRecord(v) : LICENCE_KEYS.has(k) && typeof v === 'string',
        ),
    )
  )
    throw profileError('licences');
  // A licence's data items (证照数据项) are JSON data within the same limits as facts.
  for (const [i, licence] of (licences as Record<string, unknown>[]).entries())
    if (isRecord(licence.data)) checkFacts(licence.data, `licences.${i}.data`);
  if (!isTextList(tags)) throw profileError('tags');
  if (!isTextList(completed)) throw profileError('completed');
  return {
    kind,
    ...(name === undefined ? {} : { name }),
    facts: facts as Profile['facts'],
    licences: licences as Profile['licences'],
    tags,
    completed,
  };
}

/** Facts are JSON data within the limits: walked without recursion, each value once. */
function checkFacts(facts: Record<string, unknown>, at = 'facts'): void {
  const stack: { value: unknown; depth: number; path: string }[] = Object.keys(facts).map((key) => ({
    value: facts[key],
    depth: 1,
    path: `${at}.${bounded(key)}`,
  }));
  let count = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (++count > MAX_FACT_VALUES) throw profileError('too-large', undefined, MAX_FACT_VALUES);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw profileError('fact-value', bounded(path));
      continue;
    }
    if (typeof value !== 'object' || !isPlainData(value)) throw profileError('fact-value', bounded(path));
    if (depth >= MAX_FACT_DEPTH) throw profileError('too-deep', bounded(path), MAX_FACT_DEPTH);
    for (const key of Object.keys(value))
      stack.push({
        value: (value as Record<string, unknown>)[key],
        depth: depth + 1,
        path: path.length > 200 ? path : `${path}.${key}`,
      });
  }
}

/** A plain list or mapping as JSON gives (not a Date, bytes, a Map, a class instance). */
function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const checkedThemes = new WeakSet<object>();

/**
 * A compiled theme given to the runtime, checked once per theme object: the members the runtime reads are
 * there and of the right kind, its JSON nests at most `MAX_THEME_DEPTH` deep (walked without recursion), and
 * its named conditions have no cycle and nest at most `MAX_CONDITION_DEPTH` deep through each other (what
 * the loader guarantees). Throws TongbanError `invalid-theme` otherwise.
 */
export function checkTheme(value: unknown): CompiledTheme {
  if (typeof value === 'object' && value !== null && checkedThemes.has(value)) return value as CompiledTheme;
  if (!isRecord(value)) throw new TongbanError('invalid-theme', { problem: 'not-an-object' });
  const member = (name: string, ok: boolean) => {
    if (!ok) throw new TongbanError('invalid-theme', { problem: 'member', member: name });
  };
  member('id', typeof value.id === 'string');
  member('hash', typeof value.hash === 'string');
  member('questions', Array.isArray(value.questions));
  member('items', Array.isArray(value.items));
  member('notices', Array.isArray(value.notices));
  member('triggers', Array.isArray(value.triggers));
  member('conditions', isRecord(value.conditions));
  member('catalog', isRecord(value.catalog));
  const catalog = value.catalog as Record<string, unknown>;
  for (const table of ['items', 'materials', 'facts', 'departments', 'venues', 'licences'])
    member(`catalog.${table}`, isRecord(catalog[table]));
  (value.questions as unknown[]).forEach((question, i) => {
    member(`questions.${i}`, isRecord(question) && typeof question.id === 'string');
  });
  const deep = tooDeep(value, MAX_THEME_DEPTH);
  if (deep) throw new TongbanError('invalid-theme', { problem: 'too-deep', limit: MAX_THEME_DEPTH });
  const graph = new NamedGraph(value.conditions as CompiledTheme['conditions']);
  const cycle = graph.cycle();
  if (cycle) throw new TongbanError('invalid-theme', { problem: 'condition-cycle', member: cycle[0] ?? '' });
  const [tooDeepName] = graph.tooDeep();
  if (tooDeepName !== undefined)
    throw new TongbanError('invalid-theme', {
      problem: 'condition-too-deep',
      member: tooDeepName,
      limit: MAX_CONDITION_DEPTH,
    });
  // Only a frozen theme (as the loader gives) is remembered: another may still change after this check.
  if (Object.isFrozen(value)) checkedThemes.add(value);
  return value as unknown as CompiledTheme;
}

/**
 * Whether a value nests objects deeper than `limit`: walked without recursion, shared objects once. The stack
 * is two parallel arrays (values and their depths) rather than a frame object per member: a theme has tens of
 * thousands of objects, each walked once per theme object checked.
 */
function tooDeep(value: object, limit: number): boolean {
  const seen = new Set<object>();
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const member of Object.values(current))
      if (member !== null && typeof member === 'object') {
        values.push(member);
        depths.push(depth + 1);
      }
  }
  return false;
}

/**
 * A session given to `next`, `answer`, `change`, `back`, `outcome`, `checklist` or `serialize`, checked once
 * per session object: its theme (as `checkTheme`), answers by question id as `{ value }`, a trail of text
 * ids, and a `today` that is a date. Throws TongbanError `invalid-session` (or `invalid-theme`) otherwise.
 */
export function checkSession(value: unknown): Session {
  if (typeof value === 'object' && value !== null && knownMemo(value)?.checked) return value as Session;
  const fail = (member?: string): never => {
    throw new TongbanError('invalid-session', member === undefined ? {} : { member });
  };
  if (!isRecord(value)) return fail();
  if (!isRecord(value.theme)) return fail('theme');
  checkTheme(value.theme);
  if (!isRecord(value.answers)) return fail('answers');
  for (const answer of Object.values(value.answers))
    if (!isRecord(answer) || !('value' in answer)) fail('answers');
  if (!isTextList(value.trail)) fail('trail');
  if (value.today !== undefined) checkToday(value.today as string);
  if (value.operators !== undefined) checkOperators(value.operators);
  if (value.rules !== undefined) checkRules(value.rules);
  if (Object.isFrozen(value)) memoOf(value as unknown as Session).checked = true;
  return value as unknown as Session;
}

/**
 * Marks a session the transitions made from a checked one as checked: it is valid by construction, and
 * checking each new session's answers again would make every step cost as much as the session is long.
 */
export function vouchFor(session: Session): Session {
  memoOf(session).checked = true;
  return session;
}

/** `start`'s (and `restore`'s) options, checked; the profile comes back with its missing lists filled in. */
export function checkStartOptions(options: unknown): StartOptions {
  if (options === undefined) return {};
  if (!isRecord(options))
    throw new TongbanError('invalid-argument', {
      name: 'options',
      ...describeValue(options),
      rule: 'options-object',
    });
  const today = options.today === undefined ? undefined : checkToday(options.today as string);
  const profile = options.profile === undefined ? undefined : checkProfile(options.profile);
  if (options.operators !== undefined) checkOperators(options.operators);
  const rules = options.rules === undefined ? undefined : checkRules(options.rules);
  return {
    ...(profile === undefined ? {} : { profile }),
    ...(today === undefined ? {} : { today }),
    ...(options.operators === undefined ? {} : { operators: options.operators as OperatorSet }),
    ...(rules === undefined ? {} : { rules }),
  };
}

/**
 * Outcome rules replacing the defaults: an object whose members are rules `OutcomeRules` names, each a
 * function (what a rule returns is the portal's policy, not checked here).
 */
export function checkRules(value: unknown): Partial<OutcomeRules> {
  const fail = (): never => {
    throw new TongbanError('invalid-argument', {
      name: 'rules',
      ...describeValue(value),
      rule: 'outcome-rules',
    });
  };
  if (!isRecord(value)) return fail();
  for (const key of Object.keys(value))
    if (!OUTCOME_RULE_NAMES.has(key) || typeof value[key] !== 'function') fail();
  return value as Partial<OutcomeRules>;
}

/** The members of `OutcomeRules`: a record, so that adding a rule to the interface fails to compile here. */
const OUTCOME_RULE_NAMES = new Set(
  Object.keys({
    withholds: true,
    status: true,
    form: true,
    copies: true,
    commitment: true,
    producer: true,
    waiver: true,
    materialStatus: true,
    schedule: true,
    criticalPath: true,
    fee: true,
    visits: true,
    delivery: true,
  } satisfies Record<keyof OutcomeRules, true>),
);

/** An operator set as `createOperatorSet` makes it: something to look operators up in. */
export function checkOperators(value: unknown): OperatorSet {
  const set = value as Partial<OperatorSet> | null;
  if (
    typeof set !== 'object' ||
    set === null ||
    typeof set.has !== 'function' ||
    typeof set.resolve !== 'function'
  )
    throw new TongbanError('invalid-argument', {
      name: 'operators',
      ...describeValue(value),
      rule: 'operator-set',
    });
  return value as OperatorSet;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
