/** A question whose answer is not a settled fact (its slot in `SettledFacts`). */
export const UNSETTLED: unique symbol = Symbol('unsettled');

/** The question ids of a theme and each id's position. */
export interface QuestionPositions {
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

/**
 * The settled facts of a walk as a read-only Map that copies nothing: the base facts, each overridden by the
 * fact of the question of the same id when that one is settled. A question's fact is its slot (a value,
 * `undefined` for a question not asked, or `UNSETTLED`), except that questions from `limit` on read as
 * unsettled and those from `stopAt` on as not asked. Iterates as a Map of the base facts filled question by
 * question would. A transition copies the slots (an array) where it copied a Map before.
 */
export class SettledFacts implements ReadonlyMap<string, unknown> {
  constructor(
    private readonly base: ReadonlyMap<string, unknown>,
    private readonly questions: QuestionPositions,
    private readonly slots: readonly unknown[],
    /** Questions from here on read as unsettled: a condition sees only the questions before its own. */
    public limit: number,
    /** Questions from here on (before `limit`) read as not asked: a blocking notice stopped the walk. */
    private readonly stopAt: number,
  ) {}

  private slot(index: number): unknown {
    if (index >= this.limit) return UNSETTLED;
    return index >= this.stopAt ? undefined : this.slots[index];
  }

  get(id: string): unknown {
    const index = this.questions.positions.get(id);
    if (index !== undefined) {
      const value = this.slot(index);
      if (value !== UNSETTLED) return value;
    }
    return this.base.get(id);
  }

  has(id: string): boolean {
    const index = this.questions.positions.get(id);
    if (index !== undefined && this.slot(index) !== UNSETTLED) return true;
    return this.base.has(id);
  }

  get size(): number {
    let size = this.base.size;
    this.questions.ids.forEach((id, index) => {
      if (this.slot(index) !== UNSETTLED && !this.base.has(id)) size++;
    });
    return size;
  }

  *entries(): MapIterator<[string, unknown]> {
    for (const [id, value] of this.base) {
      const index = this.questions.positions.get(id);
      const own = index === undefined ? UNSETTLED : this.slot(index);
      yield [id, own === UNSETTLED ? value : own];
    }
    for (const [index, id] of this.questions.ids.entries()) {
      const value = this.slot(index);
      if (value !== UNSETTLED && !this.base.has(id)) yield [id, value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<unknown> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  forEach(
    visit: (value: unknown, key: string, map: ReadonlyMap<string, unknown>) => void,
    self?: unknown,
  ): void {
    for (const [id, value] of this.entries()) visit.call(self, value, id, this);
  }
}
