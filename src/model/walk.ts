/** Where each question stands in a session. */
export type QuestionState =
  /** asked and answered; its fact is settled */
  | 'answered'
  /** its condition is false: never asked, its fact is settled as absent */
  | 'skipped'
  /** the question to ask now */
  | 'current'
  /** after the current one: may still be asked (its condition is true or not yet decided) */
  | 'pending'
  /** after the current one, with a kept answer that will count once it is reached */
  | 'pending-answered';

/** The walk of a session through its questionnaire: each question's state and the facts settled so far. */
export interface Walk {
  readonly states: readonly QuestionState[];
  /** Index of the question to ask now, or -1 when the questionnaire is complete. */
  readonly current: number;
  /**
   * Settled facts: the base facts, the facts of answered and skipped questions, and of kept answers behind
   * the current question whose questions are certainly asked. Everything else is unknown.
   */
  readonly facts: ReadonlyMap<string, unknown>;
  /** Answers whose questions are certainly no longer asked (their condition is false). */
  readonly stale: readonly string[];
  /** Whether a blocking notice certainly applies (不予办理): the walk then ends, nothing more is asked. */
  readonly blocked: boolean;
}
