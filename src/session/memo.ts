import type { Answer, Session } from '../model/session.js';
import type { Walk } from '../model/walk.js';

/**
 * What a memo keeps of a session's answer table (answer-table.ts, which reads and writes it): declared here by
 * what this module reads of it, so that the memo does not import the table it is imported by.
 */
export interface RememberedTable {
  /** The answers by id. */
  record(): Readonly<Record<string, Answer>>;
}

/**
 * What the runtime remembers about one session object: derived from it, never part of it. A session a
 * transition makes carries its memo in a member keyed by a symbol of this module, not enumerable (JSON,
 * `structuredClone` and spreads leave it out) and naming its session (a copy that carries it along is not
 * taken for the session). Any other session's memo is kept in `memos`. A WeakMap entry per step made every
 * minor garbage collection visit each step's dead keys: those collections took most of a step's tail.
 */
export interface SessionMemo {
  readonly session: Session;
  /** The session's walk (src/session/walk.ts). */
  walk?: Walk;
  /** Its answers by question position, or null when its theme's question ids repeat (answer-table.ts). */
  table?: RememberedTable | null;
  /** Whether it passed `checkSession` or was made by a transition from one that did (inputs.ts). */
  checked?: boolean;
}

const MEMO: unique symbol = Symbol('tongban.session-memo');
const memos = new WeakMap<Session, SessionMemo>();

/** The memo of an object, if it has one. */
export function knownMemo(value: object): SessionMemo | undefined {
  const carried = (value as { readonly [MEMO]?: SessionMemo })[MEMO];
  if (carried !== undefined && carried.session === value) return carried;
  return memos.get(value as Session);
}

/** The memo of a session, made empty on first use. */
export function memoOf(session: Session): SessionMemo {
  let memo = knownMemo(session);
  if (memo === undefined) {
    memo = { session };
    memos.set(session, memo);
  }
  return memo;
}

const NO_ANSWERS: Readonly<Record<string, Answer>> = Object.freeze({});

/**
 * `answers` of a session a transition made: read from the table in its memo. One function for every such
 * session, so that they share their shape (a getter per session would give each its own hidden class).
 */
function answersOfSession(this: { readonly [MEMO]?: SessionMemo }): Readonly<Record<string, Answer>> {
  return this[MEMO]?.table?.record() ?? NO_ANSWERS;
}

/**
 * A new frozen session: the members of `session`, `trail` replaced and `answers` read from `table` when first
 * read (an enumerable accessor, so its JSON, copies and spreads hold the answers as before); its memo says
 * it is checked and holds the table.
 */
export function sessionWith(session: Session, table: RememberedTable, trail: readonly string[]): Session {
  const members: Record<string, unknown> = {};
  const source = session as unknown as Record<string, unknown>;
  for (const key of Object.keys(session)) {
    if (key === 'answers') Object.defineProperty(members, key, { get: answersOfSession, enumerable: true });
    else members[key] = key === 'trail' ? trail : source[key];
  }
  const updated = members as unknown as Session;
  const memo: SessionMemo = { session: updated, table, checked: true };
  Object.defineProperty(members, MEMO, { value: memo });
  return Object.freeze(updated);
}
