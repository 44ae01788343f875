import type { AnswerValue } from '../model/session.js';
import { joinFragments } from '../session/case-key-format.js';
import type { Choice } from './choices.js';
import { type Cube, type CubeLayout, holds, isFull } from './cubes.js';
import { OptionSets } from './option-sets.js';
import type { QuestionPlan, ThemePlan } from './plan.js';

/** One answer in a rule: its case-key part and its label (a band's text for numbers and dates). */
export interface RuleAnswer {
  readonly key: string;
  readonly label: string;
}

/** A question a rule constrains: the answers that lead there, and whether "not asked" does too. */
export interface RuleCell {
  readonly question: string;
  readonly answers: readonly RuleAnswer[];
  readonly notAsked: boolean;
  /**
   * Every answer leads there and "not asked" does not: the cell says only that the question was answered
   * (that the condition which asks it holds), and reads so ("已回答").
   */
  readonly answered?: true;
  /**
   * A multiple choice whose `answers` are exactly those that include one of these options (`any`), or none of
   * them (`none`): the cell reads so ("含散装食品、现制熟食或自制饮品") rather than listing every combination.
   */
  readonly options?: { readonly kind: 'any' | 'none'; readonly options: readonly RuleAnswer[] };
  /**
   * The row does not constrain the question, but every path of its situation that it matches has this one
   * answer (or leaves the question unasked): the cell is written rather than read as "任意", and matching it
   * changes nothing on those paths. A one-line rule leaves it out.
   */
  readonly implied?: true;
}

/**
 * One row of a compact rule: a path matches it when, for every listed question, its answer is one of
 * `answers` (or the question was not asked and `notAsked` holds). Questions not listed are "任意".
 */
export interface RuleRow {
  readonly cells: readonly RuleCell[];
  /** Paths it matches. */
  readonly count: number;
}

/** A path as a rule list names it: its case key, its label and the user's answers. */
export interface RulePath {
  readonly key: string;
  readonly label: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

/**
 * Turns cubes over a plan's questions into rule rows, and choices into paths. Rows share one frozen cell per
 * distinct set of a question and one answer per choice, rather than repeat them: a situation list has a cell
 * per question in each of thousands of rows, with few distinct sets.
 */
export class RuleRows {
  private readonly cells: Map<number | string, RuleCell>[] = [];
  private readonly answers: (RuleAnswer | undefined)[][] = [];
  private readonly implied: Map<number | string, RuleCell>[] = [];
  private sets: OptionSets | undefined;

  constructor(
    private readonly plan: ThemePlan,
    private readonly layout: CubeLayout,
  ) {}

  /**
   * How multiple-choice sets read as options included (`OptionSets`), made when first asked: after the walk,
   * when the choices a narrowed question appends are known.
   */
  get options(): OptionSets {
    this.sets ??= new OptionSets(this.plan, this.layout);
    return this.sets;
  }

  /**
   * The row of a cube: a cell for each question whose set is not every answer, then an implied cell
   * (`implied`) for each question the cube's `implied` words fix.
   */
  row(cube: Cube): RuleRow {
    const cells: RuleCell[] = [];
    const questions = this.plan.questions;
    for (let j = 0; j < questions.length; j++) {
      if (!isFull(this.layout, cube.bits, j))
        cells.push(this.cellOf(questions[j] as QuestionPlan, j, cube.bits));
    }
    // Implied cells after the row's own, so that a reader of `cells` meets what decides the row first.
    const { implied } = cube;
    if (implied !== undefined)
      for (let j = 0; j < questions.length; j++) {
        if (isFull(this.layout, cube.bits, j) && !isFull(this.layout, implied, j))
          cells.push(this.cellOf(questions[j] as QuestionPlan, j, implied, this.implied));
      }
    return { cells, count: cube.count };
  }

  /** A path's key, label and user's answers from its choices, as `CaseWalker.choicesInto` gives them. */
  path(choices: ArrayLike<number>): RulePath {
    const fragments: string[] = [];
    const labels: string[] = [];
    const answers: Record<string, AnswerValue> = {};
    this.plan.questions.forEach((q, j) => {
      const c = choices[j] as number;
      const choice = c >= 0 ? q.choices[c] : c === -2 ? q.prefilled : undefined;
      if (choice === undefined) return;
      fragments.push(choice.fragment);
      if (choice.label !== '') labels.push(choice.label);
      if (c >= 0) answers[q.id] = choice.value;
    });
    return { key: joinFragments(fragments), label: labels.join(' · '), answers };
  }

  /** The cell of question j for a cube's set there (kept in `memo`: the implied cells apart). */
  private cellOf(q: QuestionPlan, j: number, bits: Uint32Array, memo = this.cells): RuleCell {
    const { layout } = this;
    const from = layout.offsets[j] as number;
    const to = layout.offsets[j + 1] as number;
    const key = to - from === 1 ? (bits[from] as number) : Array.from(bits.subarray(from, to)).join(',');
    let byKey = memo[j];
    if (byKey === undefined) {
      byKey = new Map();
      memo[j] = byKey;
    }
    let cell = byKey.get(key);
    if (cell === undefined) {
      const answers: RuleAnswer[] = [];
      for (let c = 0; c < q.choices.length; c++)
        if (holds(layout, bits, j, c)) answers.push(this.answerOf(q, j, c));
      const notAsked = holds(layout, bits, j, -1);
      const answered = !notAsked && answers.length > 1 && answers.length === layout.choices[j];
      const test = answered ? undefined : this.options.test(bits, j);
      const options = this.plan.theme.questions[q.index];
      cell = Object.freeze({
        question: q.id,
        answers: Object.freeze(answers),
        notAsked,
        ...(answered ? { answered: true as const } : {}),
        ...(test === undefined || options === undefined || !('options' in options)
          ? {}
          : {
              options: Object.freeze({
                kind: test.kind,
                options: Object.freeze(
                  test.options.map((o) => {
                    const option = options.options[o] as (typeof options.options)[number];
                    return Object.freeze({ key: option.id, label: option.short ?? option.label });
                  }),
                ),
              }),
            }),
        ...(memo === this.cells ? {} : { implied: true as const }),
      });
      byKey.set(key, cell);
    }
    return cell;
  }

  private answerOf(q: QuestionPlan, j: number, c: number): RuleAnswer {
    let byChoice = this.answers[j];
    if (byChoice === undefined) {
      byChoice = [];
      this.answers[j] = byChoice;
    }
    let answer = byChoice[c];
    if (answer === undefined) {
      const choice = q.choices[c] as Choice;
      answer = Object.freeze({ key: choice.key, label: choice.label });
      byChoice[c] = answer;
    }
    return answer;
  }
}

/**
 * Whether a path matches a row, the path given as its case-key part by question id (a question missing from
 * the map was not asked).
 */
export function rowMatches(row: RuleRow, path: ReadonlyMap<string, string>): boolean {
  return row.cells.every((cell) => {
    const key = path.get(cell.question);
    return key === undefined ? cell.notAsked : cell.answers.some((a) => a.key === key);
  });
}
