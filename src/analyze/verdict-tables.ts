/**
 * Most entries of one condition's table: the product over the questions it reads of their choices plus two
 * (skipped, prefilled). Past it the condition is evaluated each time.
 */
export const MAX_TABLE_ENTRIES = 4096;

/** Where a question stands on a walk's path, as a table index reads it: not asked. */
export const STATE_SKIPPED = 0;
/** Answered by the profile. */
export const STATE_PREFILLED = 1;
/** Choice c taken: `STATE_CHOICE + c`. */
export const STATE_CHOICE = 2;

/** The table of one condition: its verdict by the states of the questions it reads. */
export interface VerdictTable {
  /** The questions it reads, ascending, and the stride of each in `verdicts`. */
  readonly reads: Int32Array;
  readonly strides: Int32Array;
  /** 0 false, 1 true, 2 unknown, -1 not computed yet. */
  readonly verdicts: Int8Array;
}

/**
 * By condition of a plan (`reads`: the questions each reads, ascending): the table of its verdicts, filled as
 * walks compute them, by the states of the questions it reads (`STATE_*`), shared by every walk of the plan.
 * A condition's verdict on a path depends only on the facts it reads, and while a walk evaluates it every
 * question it reads is settled: skipped (absent), prefilled (the profile's value) or one of its choices, whose
 * value the plan fixes. So a verdict computed once stands for every path that reaches the same states, and
 * walks that pass the same states thousands of times (every case below a node, every walker of the exact
 * comparisons) look it up instead of running the condition again. No table for a condition that reads no
 * question (evaluated once anyway), one that reads a question whose options have conditions (`choices`
 * undefined: its choices grow as walks meet them), or one whose table would pass MAX_TABLE_ENTRIES.
 */
/**
 * By question: whether walks keep its fact in their fact map as they go (1), or set it only when a table
 * misses (0). A fact must be kept when a condition without a table reads it, or a blocking notice's
 * condition (`blocks`), which walks run on partial facts whenever one of its facts is set.
 */
export function keptFacts(
  questions: number,
  reads: readonly (readonly number[])[],
  tables: readonly (VerdictTable | undefined)[],
  blocks: readonly number[],
): Uint8Array {
  const kept = new Uint8Array(questions);
  reads.forEach((read, c) => {
    if (tables[c] === undefined) for (const q of read) kept[q] = 1;
  });
  for (const c of blocks) if (c >= 0) for (const q of reads[c] ?? []) kept[q] = 1;
  return kept;
}

export function verdictTables(
  reads: readonly (readonly number[])[],
  choices: (question: number) => number | undefined,
): (VerdictTable | undefined)[] {
  return reads.map((read): VerdictTable | undefined => {
    if (read.length === 0) return undefined;
    const strides = new Int32Array(read.length);
    let size = 1;
    for (let i = read.length - 1; i >= 0; i--) {
      const count = choices(read[i] as number);
      if (count === undefined) return undefined;
      strides[i] = size;
      size *= count + STATE_CHOICE;
      if (size > MAX_TABLE_ENTRIES) return undefined;
    }
    return { reads: Int32Array.from(read), strides, verdicts: new Int8Array(size).fill(-1) };
  });
}
