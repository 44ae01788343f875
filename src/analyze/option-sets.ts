import type { Question } from '../model/theme.js';
import { multipleUse } from '../question-types/multiple.js';
import { factUse } from './choices.js';
import type { CubeLayout } from './cubes.js';
import type { ThemePlan } from './plan.js';

/**
 * A multiple-choice cell read by the options its answers hold: "含散装食品、现制熟食或自制饮品" (`any`: every answer
 * that includes one of them) or "不含预包装食品" (`none`: every answer that includes none of them). `options`
 * are indices into the question's options.
 */
export interface OptionTest {
  readonly kind: 'any' | 'none';
  readonly options: readonly number[];
}

/** The most options an `OptionTest` names: past it, the cell lists its answers. */
const MOST_OPTIONS = 3;

/**
 * By multiple-choice question, each option whose presence its choices tell exactly (an option conditions test,
 * or an exclusive one: not the option that stands for the untested ones) with the choices that include it, as
 * bits of the question's set. A cell whose set is exactly the choices that include one of a few of them (or
 * none) reads as that test (`test`), so "the foods include 散装食品, 现制熟食 or 自制饮品" is one short cell, not
 * 14 combinations.
 */
export class OptionSets {
  /** By question: its options' masks (undefined: not a multiple choice), and the mask of all its choices. */
  private readonly masks: (
    | { readonly byOption: (Uint32Array | undefined)[]; all: Uint32Array }
    | undefined
  )[];
  /** By question: the test of each set met (null: none), by the set's word or words: rows repeat few sets. */
  private readonly known: Map<number | string, OptionTest | null>[];

  constructor(
    plan: ThemePlan,
    private readonly layout: CubeLayout,
  ) {
    this.masks = plan.questions.map((q, j) => {
      const question = plan.theme.questions[q.index] as Question;
      const count = layout.choices[j] as number;
      const values = q.choices.slice(0, count).map((c) => c.value);
      if (!('options' in question) || count < 2 || !values.every(Array.isArray)) return undefined;
      const { tested } = multipleUse(
        question as Parameters<typeof multipleUse>[0],
        factUse(question, plan.theme),
      );
      const words = (layout.offsets[j + 1] as number) - (layout.offsets[j] as number);
      const all = new Uint32Array(words);
      const byOption = question.options.map((option) => {
        if (!tested.includes(option.id) && option.exclusive !== true) return undefined;
        const mask = new Uint32Array(words);
        values.forEach((value, c) => {
          if ((value as readonly string[]).includes(option.id)) setBit(mask, c + 1);
        });
        return mask;
      });
      values.forEach((_, c) => {
        setBit(all, c + 1);
      });
      return { byOption, all };
    });
    this.known = plan.questions.map(() => new Map());
  }

  /**
   * The test question j's set reads as: only for a set of several choices without "not asked" that is
   * exactly those including one of at most `MOST_OPTIONS` options (`any`), or none of them (`none`), the
   * shorter list of options winning; undefined otherwise.
   */
  test(bits: Uint32Array, j: number): OptionTest | undefined {
    const masks = this.masks[j];
    if (masks === undefined) return undefined;
    const from = this.layout.offsets[j] as number;
    const to = this.layout.offsets[j + 1] as number;
    const key = to - from === 1 ? (bits[from] as number) : Array.from(bits.subarray(from, to)).join(',');
    const known = this.known[j] as Map<number | string, OptionTest | null>;
    let test = known.get(key);
    if (test === undefined) {
      test = this.testOf(masks, bits.subarray(from, to)) ?? null;
      known.set(key, test);
    }
    return test ?? undefined;
  }

  private testOf(
    masks: { readonly byOption: (Uint32Array | undefined)[]; all: Uint32Array },
    set: Uint32Array,
  ): OptionTest | undefined {
    if ((set[0] as number) & 1) return undefined;
    let members = 0;
    for (const w of set) members += popcount(w);
    if (members < 2) return undefined;
    // `any`: the options whose choices all lie in the set; `none`: those whose choices all lie outside it.
    const inside: number[] = [];
    const outside: number[] = [];
    masks.byOption.forEach((mask, o) => {
      if (mask === undefined || mask.every((w) => w === 0)) return;
      if (mask.every((w, k) => (w & ~(set[k] as number)) >>> 0 === 0)) inside.push(o);
      else if (mask.every((w, k) => (w & (set[k] as number)) >>> 0 === 0)) outside.push(o);
    });
    const any = this.union(masks.byOption, inside);
    const none = this.union(masks.byOption, outside);
    for (let k = 0; k < none.length; k++) none[k] = ((masks.all[k] as number) & ~(none[k] as number)) >>> 0;
    const tests: OptionTest[] = [];
    if (inside.length > 0 && equal(any, set)) tests.push({ kind: 'any', options: inside });
    if (outside.length > 0 && equal(none, set)) tests.push({ kind: 'none', options: outside });
    const best = tests.sort((a, b) => a.options.length - b.options.length)[0];
    return best !== undefined && best.options.length <= MOST_OPTIONS ? best : undefined;
  }

  private union(byOption: readonly (Uint32Array | undefined)[], options: readonly number[]): Uint32Array {
    const out = new Uint32Array(byOption.find((m) => m !== undefined)?.length ?? 0);
    for (const o of options) {
      const mask = byOption[o] as Uint32Array;
      for (let k = 0; k < out.length; k++) out[k] = ((out[k] as number) | (mask[k] as number)) >>> 0;
    }
    return out;
  }
}

function setBit(words: Uint32Array, bit: number): void {
  words[bit >>> 5] = ((words[bit >>> 5] as number) | (1 << (bit & 31))) >>> 0;
}

function popcount(x: number): number {
  let n = 0;
  for (let w = x; w !== 0; w &= w - 1) n++;
  return n;
}

function equal(a: Uint32Array, b: Uint32Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
