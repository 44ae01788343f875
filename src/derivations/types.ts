/** A way to compute a fact from another fact and the session's date. */
export interface Derivation {
  readonly name: string;
  /** The type the source fact must have. */
  readonly from: 'date' | 'list';
  /** The type of the derived fact. */
  readonly type: 'number' | 'list';
  /** The derived value, or undefined when the source is not usable. `today` is `YYYY-MM-DD`. */
  compute(source: unknown, today: string, monthDay?: string): unknown;
}
