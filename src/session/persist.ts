import type { BAD_SHAPES, RestoreError, TAMPERINGS } from '../model/errors.js';
import type { Json } from '../model/json.js';
import type { Answer, DroppedAnswer, Restored, Session, StartOptions } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import { answerType } from '../question-types/answers.js';
import { parseDate } from '../util/dates.js';
import { deepFreeze } from '../util/freeze.js';
import { own } from '../util/own.js';
import { restoreError } from './errors.js';
import { checkSession, checkStartOptions, checkTheme } from './inputs.js';
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
  checkSession(session);
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
  given: Omit<StartOptions, 'today'> = {},
): Restored {
  checkTheme(theme);
  const { today: _ignored, ...options } = checkStartOptions(given);
  const parsed = parsePersisted(json, theme);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  const updated = data.h !== theme.hash;
  const fail = (problem: (typeof TAMPERINGS)[number], question: string): Restored => ({
    ok: false,
    error: restoreError('tampered', { problem, question }),
  });
  const dropped: DroppedAnswer[] = [];
  const answers: Record<string, Answer> = {};
  const today = data.d;
  // What the profile given now prefills, as `start` would: a prefilled answer is the profile's, never the
  // client's word (a state may not turn `hukou: other` from the profile into a prefilled `local`).
  const base = start(theme, { ...options, ...(today === undefined ? {} : { today }) });
  for (const [id, value, prefilled] of data.a) {
    const question = theme.questions.find((q) => q.id === id);
    if (own(answers, id)) return fail('answered-twice', id);
    if (!question) {
      if (!updated) return fail('unknown-question', id);
      dropped.push({ question: id, value: value as never, reason: 'unknown-question' });
      continue;
    }
    const accepted = answerType(question).accept(question, value, today);
    // Only a question with `prefill` can hold a prefilled answer (prefilled answers are never stale).
    const fits = accepted.ok && sameValue(accepted.value, value as never);
    if (!fits || (prefilled === 1 && question.prefill === undefined)) {
      if (!updated) return fail('answer-does-not-fit', id);
      dropped.push({ question: id, value: value as never, reason: 'invalid-after-update' });
      continue;
    }
    if (prefilled === 1) {
      const profiled = own(base.answers, id);
      if (!profiled || !sameValue(profiled.value, accepted.value)) {
        if (!updated) return fail('not-as-prefilled', id);
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
    if (answers[id]?.prefilled) return fail('prefilled-undone', id);
    trail.push(id);
  }
  const outOfOrder = updated ? undefined : trailOutOfOrder(theme, trail);
  if (outOfOrder !== undefined) return fail('trail-out-of-order', outOfOrder);
  const candidate: Session = { ...base, answers, trail };
  const stale = walk(candidate).stale;
  if (stale.length > 0 && !updated) return fail('answered-not-asked', stale[0] ?? '');
  for (const id of stale)
    dropped.push({ question: id, value: (answers[id] as Answer).value, reason: 'no-longer-asked' });
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => !stale.includes(id)));
  const session = deepFreeze({ ...base, answers: kept, trail: trail.filter((id) => !stale.includes(id)) });
  return { ok: true, session, dropped, updated };
}

/**
 * The first question of a trail that comes after a later question although no session could have answered it
 * then: a question is answered when it is the first one still to ask, so one answered after a later question
 * must have been skipped or answered by the profile at that time — which needs a condition, a prefill, or a
 * blocking notice in the theme. Undefined when the order is one a session could have taken.
 */
function trailOutOfOrder(theme: CompiledTheme, trail: readonly string[]): string | undefined {
  if (theme.notices.some((notice) => notice.kind === 'block')) return undefined;
  const position = new Map(theme.questions.map((q, i) => [q.id, i]));
  let latest = -1;
  for (const id of trail) {
    const index = position.get(id) ?? -1;
    const question = theme.questions[index];
    if (index < latest && question && question.when === undefined && question.prefill === undefined)
      return id;
    latest = Math.max(latest, index);
  }
  return undefined;
}

type ParsedPersisted =
  | { readonly ok: true; readonly data: Persisted }
  | { readonly ok: false; readonly error: RestoreError };

function parsePersisted(json: string, theme: CompiledTheme): ParsedPersisted {
  const fail = (problem: (typeof BAD_SHAPES)[number], extra: { member?: string; limit?: number } = {}) =>
    failed(restoreError('bad-shape', { problem, ...extra }));
  const failed = (error: RestoreError): ParsedPersisted => ({ ok: false, error });
  if (typeof json !== 'string') return fail('not-a-string');
  if (json.length > MAX_LENGTH) return fail('too-long', { limit: MAX_LENGTH });
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return failed(restoreError('not-json', {}));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not-an-object');
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !KEYS.has(k));
  if (extra.length > 0) return fail('unexpected-member', { member: String(extra[0]) });
  if (record.v !== 1) {
    return typeof record.v === 'number'
      ? failed(restoreError('unsupported-version', { version: record.v }))
      : fail('no-version');
  }
  if (typeof record.t !== 'string') return fail('no-theme');
  if (record.t !== theme.id)
    return failed(restoreError('other-theme', { theme: record.t, expected: theme.id }));
  if (typeof record.h !== 'string') return fail('no-hash');
  if (!/^[0-9a-f]{16}$/.test(record.h)) return fail('bad-hash');
  if (record.d !== undefined && !parseDate(record.d)) return fail('bad-today');
  const a = record.a;
  if (!Array.isArray(a) || a.length > 1000) return fail('answers-not-a-list');
  for (const entry of a) {
    const valid =
      Array.isArray(entry) &&
      (entry.length === 2 || (entry.length === 3 && entry[2] === 1)) &&
      typeof entry[0] === 'string' &&
      isAnswerValue(entry[1]);
    if (!valid) return fail('bad-answer');
  }
  const r = record.r;
  if (!Array.isArray(r) || r.length > a.length) return fail('trail-not-a-list');
  if (r.some((i) => !Number.isInteger(i) || i < 0 || i >= a.length) || new Set(r).size !== r.length) {
    return fail('bad-trail');
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
