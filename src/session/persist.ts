import type { Json } from '../model/json.js';
import type {
  Answer,
  DroppedAnswer,
  Restored,
  RestoreErrorCode,
  Session,
  StartOptions,
} from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import { parseDate } from '../profile/derivations/dates.js';
import { deepFreeze } from '../util/freeze.js';
import { own } from '../util/own.js';
import { questionType } from './question-types/index.js';
import { sameValue, start } from './transitions.js';
import { walk } from './walk.js';

/**
 * The persisted form, kept short for URLs and cookies: `v` format version, `t` theme id, `h` theme hash,
 * `d` today, `a` answers in question order as `[id, value]` (`[id, value, 1]` when prefilled), `r` the trail
 * as indices into `a`.
 */
interface Persisted {
  v: 1;
  t: string;
  h: string;
  d?: string;
  a: [string, Json, 1?][];
  r: number[];
}

const MAX_LENGTH = 64 * 1024;
const KEYS = new Set(['v', 't', 'h', 'd', 'a', 'r']);

/** Compact JSON of a session, bound to its theme's id and content hash; the profile is not included. */
export function serialize(session: Session): string {
  const order = session.theme.questions.map((q) => q.id).filter((id) => own(session.answers, id));
  const a = order.map((id): [string, Json, 1?] => {
    const answer = session.answers[id] as Answer;
    return answer.prefilled ? [id, answer.value as Json, 1] : [id, answer.value as Json];
  });
  const persisted: Persisted = {
    v: 1,
    t: session.theme.id,
    h: session.theme.hash,
    ...(session.today === undefined ? {} : { d: session.today }),
    a,
    r: session.trail.map((id) => order.indexOf(id)),
  };
  return JSON.stringify(persisted);
}

/**
 * Restores a serialized session on a theme, with the profile and operators the portal passes again. With the
 * same theme hash, anything that a genuine session could not hold is an error; after a theme update, answers
 * that are still valid are kept and the others reported as dropped. Never returns a wrong session.
 */
export function restore(
  theme: CompiledTheme,
  json: string,
  options: Omit<StartOptions, 'today'> = {},
): Restored {
  const parsed = parsePersisted(json, theme);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  const updated = data.h !== theme.hash;
  const fail = (message: string): Restored => ({ ok: false, error: { code: 'tampered', message } });
  const dropped: DroppedAnswer[] = [];
  const answers: Record<string, Answer> = {};
  const today = data.d;
  // What the profile given now prefills, as `start` would: a prefilled answer is the profile's, never the
  // client's word (a state may not turn `hukou: other` from the profile into a prefilled `local`).
  const base = start(theme, { ...options, ...(today === undefined ? {} : { today }) });
  for (const [id, value, prefilled] of data.a) {
    const question = theme.questions.find((q) => q.id === id);
    if (own(answers, id)) return fail(`question "${id}" is answered twice`);
    if (!question) {
      if (!updated) return fail(`no question "${id}" in this theme`);
      dropped.push({ question: id, value: value as never, reason: 'unknown-question' });
      continue;
    }
    const accepted = questionType(question).accept(question, value, today);
    // Only a question with `prefill` can hold a prefilled answer (prefilled answers are never stale).
    const fits = accepted.ok && sameValue(accepted.value, value as never);
    if (!fits || (prefilled === 1 && question.prefill === undefined)) {
      if (!updated) return fail(`the answer to "${id}" does not fit the question`);
      dropped.push({ question: id, value: value as never, reason: 'invalid-after-update' });
      continue;
    }
    if (prefilled === 1) {
      const profiled = own(base.answers, id);
      if (!profiled || !sameValue(profiled.value, accepted.value)) {
        if (!updated) return fail(`the answer to "${id}" is not what the profile given prefills`);
        dropped.push({ question: id, value: value as never, reason: 'invalid-after-update' });
        continue;
      }
    }
    answers[id] = prefilled === 1 ? { value: accepted.value, prefilled: true } : { value: accepted.value };
  }
  const trail: string[] = [];
  for (const index of data.r) {
    const id = data.a[index]?.[0];
    if (id === undefined || !own(answers, id)) continue;
    if (answers[id]?.prefilled) return fail(`a prefilled answer ("${id}") cannot be undone`);
    trail.push(id);
  }
  const candidate: Session = { ...base, answers, trail };
  const stale = walk(candidate).stale;
  if (stale.length > 0 && !updated) return fail(`"${stale[0]}" is answered but not asked`);
  for (const id of stale)
    dropped.push({ question: id, value: (answers[id] as Answer).value, reason: 'no-longer-asked' });
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => !stale.includes(id)));
  const session = deepFreeze({ ...base, answers: kept, trail: trail.filter((id) => !stale.includes(id)) });
  return { ok: true, session, dropped, updated };
}

type ParsedPersisted =
  | { readonly ok: true; readonly data: Persisted }
  | { readonly ok: false; readonly error: { readonly code: RestoreErrorCode; readonly message: string } };

function parsePersisted(json: string, theme: CompiledTheme): ParsedPersisted {
  const fail = (code: RestoreErrorCode, message: string): ParsedPersisted => ({
    ok: false,
    error: { code, message },
  });
  if (typeof json !== 'string') return fail('bad-shape', 'a serialized session is a string');
  if (json.length > MAX_LENGTH)
    return fail('bad-shape', `a serialized session is at most ${MAX_LENGTH} characters`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('not-json', 'the serialized session is not JSON (truncated?)');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail('bad-shape', 'not an object');
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !KEYS.has(k));
  if (extra.length > 0) return fail('bad-shape', `unexpected member "${extra[0]}"`);
  if (record.v !== 1) {
    return typeof record.v === 'number'
      ? fail('unsupported-version', `format version ${record.v} is not supported`)
      : fail('bad-shape', 'missing format version');
  }
  if (typeof record.t !== 'string') return fail('bad-shape', 'missing theme id');
  if (record.t !== theme.id)
    return fail('other-theme', `the session belongs to theme "${record.t}", not "${theme.id}"`);
  if (typeof record.h !== 'string' || !/^[0-9a-f]{16}$/.test(record.h))
    return fail('bad-shape', 'missing theme hash');
  if (record.d !== undefined && !parseDate(record.d)) return fail('bad-shape', 'today is not a date');
  const a = record.a;
  if (!Array.isArray(a) || a.length > 1000) return fail('bad-shape', 'answers are not a list');
  for (const entry of a) {
    const valid =
      Array.isArray(entry) &&
      (entry.length === 2 || (entry.length === 3 && entry[2] === 1)) &&
      typeof entry[0] === 'string' &&
      isAnswerValue(entry[1]);
    if (!valid) return fail('bad-shape', 'an answer is not [question, value]');
  }
  const r = record.r;
  if (!Array.isArray(r) || r.length > a.length) return fail('bad-shape', 'the trail is not a list');
  if (r.some((i) => !Number.isInteger(i) || i < 0 || i >= a.length) || new Set(r).size !== r.length) {
    return fail('bad-shape', 'the trail does not point at answers');
  }
  return { ok: true, data: record as unknown as Persisted };
}

function isAnswerValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length <= 1000 && value.every((v) => typeof v === 'string');
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}
