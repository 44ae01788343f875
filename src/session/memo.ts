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
 * transition makes is a `MadeSession`, which carries its memo in a private field (JSON, `structuredClone`,
 * spreads and copies leave it out). Any other session's memo is kept in `memos`. A WeakMap entry per step made
 * every minor garbage collection visit each step's dead keys: those collections took most of a step's tail.
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

const memos = new WeakMap<Session, SessionMemo>();

const NO_ANSWERS: Readonly<Record<string, Answer>> = Object.freeze({});

/**
 * `answers` of a session a transition made: read from the table in its memo. One function for every such
 * session, so that they share their shape (a getter per session would give each its own hidden class).
 */
function answersOfSession(this: MadeSession): Readonly<Record<string, Answer>> {
  return MadeSession.memoOf(this)?.table?.record() ?? NO_ANSWERS;
}

/**
 * A session a transition made: the members of a session, assigned in the order `start` gives them, with
 * `answers` an enumerable accessor (so that its JSON, copies and spreads hold the answers) read from the answer
 * table in its memo when first read. A class with the memo in a private field, rather than a copy of the
 * previous session's keys with the memo defined as a hidden member: that copy went through the session's keys
 * by name and called `Object.defineProperty` twice, which a step's first answer paid cold (after other work)
 * as much as the rest of `answer` together.
 */
class MadeSession {
  readonly #memo: SessionMemo;
  declare readonly theme: Session['theme'];
  declare readonly profile?: Session['profile'];
  declare readonly today?: Session['today'];
  declare readonly operators?: Session['operators'];
  declare readonly rules?: Session['rules'];
  declare readonly answers: Session['answers'];
  declare readonly trail: Session['trail'];

  constructor(from: Session, table: RememberedTable, trail: readonly string[]) {
    this.#memo = { session: this as unknown as Session, table, checked: true };
    const self = this as { -readonly [K in keyof Session]: Session[K] };
    self.theme = from.theme;
    // Only the members the session had, as `start` leaves out those not given (a session's keys stay its keys).
    if (from.profile !== undefined) self.profile = from.profile;
    if (from.today !== undefined) self.today = from.today;
    if (from.operators !== undefined) self.operators = from.operators;
    if (from.rules !== undefined) self.rules = from.rules;
    // A session made otherwise (a portal's, with members of its own) keeps those members too.
    if (!(#memo in from)) copyOthers(from, this);
    Object.defineProperty(this, 'answers', { get: answersOfSession, enumerable: true });
    self.trail = trail;
    Object.freeze(this);
  }

  /** The memo of a session made here; undefined for any other object. */
  static memoOf(value: object): SessionMemo | undefined {
    return #memo in value ? (value as MadeSession).#memo : undefined;
  }
}

const MEMBERS = new Set(['theme', 'profile', 'today', 'operators', 'rules', 'answers', 'trail']);

/** Copies the members of `from` that are not a session's own. */
function copyOthers(from: Session, to: object): void {
  for (const key of Object.keys(from))
    if (!MEMBERS.has(key))
      (to as Record<string, unknown>)[key] = (from as unknown as Record<string, unknown>)[key];
}

/** The memo of an object, if it has one. */
export function knownMemo(value: object): SessionMemo | undefined {
  return MadeSession.memoOf(value) ?? memos.get(value as Session);
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

/**
 * A new frozen session: the members of `session`, `trail` replaced and `answers` read from `table` when first
 * read; its memo says it is checked and holds the table.
 */
export function sessionWith(session: Session, table: RememberedTable, trail: readonly string[]): Session {
  return new MadeSession(session, table, trail) as unknown as Session;
}
