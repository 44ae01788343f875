import type { Answer, Session } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import { own } from '../util/own.js';
import { memoOf } from './memo.js';
import type { QuestionPositions } from './settled-facts.js';

/**
 * A session's answers by question position, so that a transition copies an array of pointers where it
 * copied an object of answers by id (a hash table once a session holds more than a few dozen answers: most
 * of what a step cost beyond the walk on a 640-question questionnaire). `session.answers` is built from it
 * when first read, once per session (`record`), with its keys in the order the answers were first given, as
 * spreading the previous session's answers kept them.
 */

/** One answer and the place of its id among the keys of `session.answers`. */
interface Entry {
  readonly answer: Answer;
  readonly place: number;
}

const indexes = new WeakMap<CompiledTheme, QuestionPositions | null>();

/** A theme's question ids and each id's position; null when an id repeats (then answers stay by id). */
export function questionIndex(theme: CompiledTheme): QuestionPositions | null {
  let index = indexes.get(theme);
  if (index === undefined) {
    const ids = theme.questions.map((q) => q.id);
    const positions = new Map<string, number>();
    for (const [at, id] of ids.entries()) positions.set(id, at);
    index = positions.size === ids.length ? { ids, positions } : null;
    indexes.set(theme, index);
  }
  return index;
}

/** A session's answers by position; read-only, each change makes a new table. */
export class AnswerTable {
  private built: Readonly<Record<string, Answer>> | undefined;

  private constructor(
    readonly index: QuestionPositions,
    private readonly entries: readonly (Entry | undefined)[],
    /** The place the next new id takes. */
    private readonly places: number,
    built?: Readonly<Record<string, Answer>>,
  ) {
    this.built = built;
  }

  /** The table of a frozen answers object (its own keys, in their order). */
  static of(index: QuestionPositions, answers: Readonly<Record<string, Answer>>): AnswerTable | undefined {
    const entries: (Entry | undefined)[] = new Array(index.ids.length).fill(undefined);
    let place = 0;
    for (const id of Object.keys(answers)) {
      const position = index.positions.get(id);
      // An answer to no question of the theme (a hand-made session): keep answers by id.
      if (position === undefined) return undefined;
      entries[position] = { answer: answers[id] as Answer, place: place++ };
    }
    return new AnswerTable(index, entries, place, Object.isFrozen(answers) ? answers : undefined);
  }

  /** The answer of the question at `position`. */
  at(position: number): Answer | undefined {
    return this.entries[position]?.answer;
  }

  /** The answer of the question with this id. */
  get(id: string): Answer | undefined {
    const position = this.index.positions.get(id);
    return position === undefined ? undefined : this.entries[position]?.answer;
  }

  /** The table with `answer` given to the question at `position` (its id keeps its place if it had one). */
  with(position: number, answer: Answer): AnswerTable {
    const entries = this.entries.slice();
    const had = entries[position];
    entries[position] = { answer, place: had ? had.place : this.places };
    return new AnswerTable(this.index, entries, had ? this.places : this.places + 1);
  }

  /** The table without the answers of these question ids. */
  without(ids: readonly string[]): AnswerTable {
    const entries = this.entries.slice();
    for (const id of ids) {
      const position = this.index.positions.get(id);
      if (position !== undefined) entries[position] = undefined;
    }
    return new AnswerTable(this.index, entries, this.places);
  }

  /** The answers as a frozen object by id, built once. */
  record(): Readonly<Record<string, Answer>> {
    if (this.built === undefined) {
      const given: [number, number][] = [];
      this.entries.forEach((entry, position) => {
        if (entry) given.push([entry.place, position]);
      });
      given.sort((a, b) => a[0] - b[0]);
      const record: Record<string, Answer> = {};
      for (const [, position] of given)
        record[this.index.ids[position] as string] = (this.entries[position] as Entry).answer;
      this.built = Object.freeze(record);
    }
    return this.built;
  }
}

/** The answer table of a session, built from its answers on first use; undefined when ids repeat. */
export function answerTable(session: Session): AnswerTable | undefined {
  const memo = memoOf(session);
  if (memo.table === undefined) {
    const index = questionIndex(session.theme);
    memo.table = index === null ? null : (AnswerTable.of(index, session.answers) ?? null);
  }
  // Only this function and transitions (through `sessionWith`, with an AnswerTable) store a table in a memo.
  return (memo.table ?? undefined) as AnswerTable | undefined;
}

/** The answer of a session to the question with this id, without building `session.answers`. */
export function answerOf(session: Session, id: string): Answer | undefined {
  const table = answerTable(session);
  return table ? table.get(id) : own(session.answers, id);
}

/** The answers a walk reads: by id, or a table. */
export type Answers = Readonly<Record<string, Answer>> | AnswerTable;

/** The answers by id. */
export function answerRecord(answers: Answers): Readonly<Record<string, Answer>> {
  return answers instanceof AnswerTable ? answers.record() : answers;
}
