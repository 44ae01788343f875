import type { Condition } from './condition.js';
import type { Field, FieldAnswer, Form, Sharing } from './form.js';

/**
 * A compiled theme: plain JSON, deeply frozen, self-contained (it carries the catalog entries it uses),
 * so that a portal can precompile it and ship it to a browser with nothing but the runtime entry.
 */
export interface CompiledTheme {
  readonly format: typeof THEME_FORMAT;
  readonly id: string;
  readonly title: string;
  readonly en?: string;
  readonly version: string;
  readonly audience: Audience;
  readonly summary?: string;
  readonly region?: string;
  readonly tags: ThemeTags;
  /** Questions in the order they are asked; a condition reads only facts settled before its question. */
  readonly questions: readonly Question[];
  /** Named conditions that `{ condition: name }` refers to. */
  readonly conditions: Readonly<Record<string, Condition>>;
  /** Items the theme includes, in the author's order, each with the condition under which it applies. */
  readonly items: readonly ThemeItem[];
  readonly notices: readonly Notice[];
  readonly triggers: readonly Trigger[];
  /** The question that asks how the applicant wants results delivered, if the theme asks. */
  readonly delivery?: DeliveryChoice;
  /** Form fields the theme fills from its questions' answers (问卷), by field id. */
  readonly fieldAnswers: Readonly<Record<string, FieldAnswer>>;
  /** The catalog entries this theme uses, copied in so the theme stands alone. */
  readonly catalog: ThemeCatalog;
  /**
   * Which conditions read each question's answer, derived from the questions, conditions and notices when the
   * theme is compiled; not part of the hash. Absent from themes compiled before it existed (sessions then
   * derive it themselves).
   */
  readonly readers?: ThemeReaders;
  /** Where each element came from, by element key (see `elementKey`); not part of the hash. */
  readonly locations: Readonly<Record<string, SourceLocation>>;
  /** Content hash of everything above except `locations`: sessions are bound to it. */
  readonly hash: string;
}

export const THEME_FORMAT = 'tongban/theme@1' as const;

/**
 * An index of a theme's conditions by the questions they read, in plain data (positions in `questions`), so
 * that a session re-evaluates after an answer only the conditions that read it.
 */
export interface ThemeReaders {
  /**
   * For each question, the positions of the later questions whose conditions read its answer (through named
   * conditions too), ascending.
   */
  readonly questions: readonly (readonly number[])[];
  /** The positions of the questions whose answers a blocking notice reads, ascending. */
  readonly blocks: readonly number[];
}

export type Audience = 'person' | 'enterprise';

export interface ThemeTags {
  readonly lifeEvents: readonly string[];
  readonly crowds: readonly string[];
  readonly industries: readonly string[];
}

export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
}

/** Labels are Chinese; `en` is an optional English text. */
export interface Labelled {
  readonly label: string;
  readonly en?: string;
}

/** The question types, in the order documentation lists them. */
export const QUESTION_TYPES = ['single', 'multiple', 'yes-no', 'number', 'date'] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

export type Question = SingleQuestion | MultipleQuestion | YesNoQuestion | NumberQuestion | DateQuestion;

export interface QuestionBase {
  /** The fact this question sets. */
  readonly id: string;
  /** The question as shown. */
  readonly ask: string;
  readonly en?: string;
  readonly help?: string;
  /** A short name used in case labels of number and date answers ("面积"). */
  readonly short?: string;
  /** Asked only when this holds; absent means always. */
  readonly when?: Condition;
  /** A profile fact that answers this question before it is asked. */
  readonly prefill?: string;
}

export interface Option extends Labelled {
  readonly id: string;
  readonly help?: string;
  /** Used in case labels instead of `label`. */
  readonly short?: string;
  /** In a multiple-choice question: may only be chosen alone ("以上都没有"). */
  readonly exclusive?: boolean;
  /**
   * Offered only when this holds; absent means always. It reads only facts settled before its question, so it
   * is decided whenever the question is asked.
   */
  readonly when?: Condition;
}

/** A question answered by choosing among options. */
export type ChoiceQuestion = SingleQuestion | MultipleQuestion;

export interface SingleQuestion extends QuestionBase {
  readonly type: 'single';
  readonly options: readonly Option[];
}

export interface MultipleQuestion extends QuestionBase {
  readonly type: 'multiple';
  readonly options: readonly Option[];
}

export interface YesNoQuestion extends QuestionBase {
  readonly type: 'yes-no';
  /** Case-label texts for each answer ("有专用烟道" / "无专用烟道"). */
  readonly yes: string;
  readonly no: string;
}

export interface NumberQuestion extends QuestionBase {
  readonly type: 'number';
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Boundaries that conditions draw on this fact; they split answers into bands (cases). */
  readonly cuts: readonly Cut[];
}

export interface DateQuestion extends QuestionBase {
  readonly type: 'date';
  /** `YYYY-MM-DD`, `today`, or `today` with an offset such as `today-18y` / `today+30d`. */
  readonly min?: string;
  readonly max?: string;
  readonly cuts: readonly Cut[];
}

/**
 * A boundary in a number or date fact: `below` puts the value itself in the upper band
 * (from `< v`, `>= v`), `above` in the lower band (from `> v`, `<= v`), and `point` makes it a band of its own.
 */
export interface Cut {
  readonly value: number | string;
  readonly side: 'below' | 'above' | 'point';
}

export interface ThemeItem {
  readonly item: string;
  readonly when?: Condition;
}

export type NoticeKind = 'info' | 'warning' | 'block' | 'not-needed';

export interface Notice {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly text: string;
  readonly en?: string;
  /** Legal basis of a block or of a notice: the law or document by title and 文号, never a URL. */
  readonly basis?: string;
  /** Author-only: where the facts were checked (URLs). Never shown to citizens. */
  readonly sources?: readonly string[];
  /**
   * The condition under which it applies. In a first-match group it already includes "and none of the group's
   * earlier notices applies", so everything that evaluates notices reads one condition.
   */
  readonly when?: Condition;
  /** Its first-match group, as written (`group:`): of a group's notices only the first that holds applies. */
  readonly group?: string;
}

/** A reason to recommend a theme from a profile alone. */
export interface Trigger {
  readonly id: string;
  readonly when: Condition;
  /** A message in Chinese; `{fact.name}` placeholders are filled with the profile's values. */
  readonly message: string;
  readonly en?: string;
  /** By default a trigger whose facts are missing from the profile does not fire. */
  readonly onMissing: 'skip' | 'fire';
  /** Higher ranks first among recommendations. */
  readonly weight: number;
  /**
   * 免申即享: the benefit the profile is granted without any application when the trigger fires (in plain
   * words, "独生子女父母奖励"); such a theme is reported as granted, not as one to apply for.
   */
  readonly grants?: string;
}

export interface ThemeCatalog {
  readonly departments: Readonly<Record<string, Department>>;
  readonly venues: Readonly<Record<string, Venue>>;
  readonly licences: Readonly<Record<string, Licence>>;
  readonly materials: Readonly<Record<string, Material>>;
  readonly items: Readonly<Record<string, Item>>;
  readonly facts: Readonly<Record<string, FactDefinition>>;
  readonly forms: Readonly<Record<string, Form>>;
  readonly fields: Readonly<Record<string, Field>>;
}

export type Level = '国家' | '省级' | '市级' | '区县' | '街镇';

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly en?: string;
  readonly level: Level;
}

export interface Venue {
  readonly id: string;
  readonly name: string;
  readonly en?: string;
  readonly address?: string;
  /** Opening hours as citizens read them ("周一至周五 9:00–17:00"). */
  readonly hours?: string;
  /**
   * Whether a visit here to apply must be booked beforehand (预约); a visit to collect a result needs booking
   * only when its 窗口领取 option says so (`DeliveryOption.appointment`).
   */
  readonly appointment?: boolean;
  /** How to book, in plain words ("通过“移民局12367”小程序预约"). */
  readonly booking?: string;
}

/** A kind of electronic licence (电子证照) that can stand in for a paper material. */
export interface Licence {
  readonly id: string;
  readonly name: string;
  readonly en?: string;
  readonly issuer?: string;
  /** The data a licence of this kind carries (证照数据项), key → label, that form fields can read. */
  readonly data?: Readonly<Record<string, string>>;
}

export type MaterialForm = '原件' | '复印件' | '电子' | '表格';

export interface Material {
  readonly id: string;
  readonly name: string;
  readonly en?: string;
  readonly form: MaterialForm;
  readonly copies: number;
  /** The electronic licence that replaces it when on file. */
  readonly licence?: string;
  /** Whether a signed commitment (告知承诺) may replace it. */
  readonly commitment: boolean;
  /** Who issues or provides it ("申请人自备", "医疗机构出具"). */
  readonly source?: string;
  readonly note?: string;
  /** The form this material is: generated from the case's merged form (一表申请), not prepared. */
  readonly fill?: string;
  /** A department obtains it by data sharing (免于提交): from where, and when. */
  readonly shared?: Sharing;
  /** Under 告知承诺, the clause of the one commitment letter that replaces it. */
  readonly clause?: string;
  /** Non-key material (容缺受理): the application is accepted without it and it is supplied afterwards. */
  readonly deferrable?: boolean;
}

export type Delivery = '窗口领取' | '邮寄送达' | '电子证照' | '立等可取';

/**
 * One way an item's result reaches the applicant: offered where its condition holds (立等可取 only for some
 * re-issues), with the fee it adds (邮寄 postage). 窗口领取 means a visit to collect the result; the others
 * save it.
 */
export interface DeliveryOption {
  readonly method: Delivery;
  readonly when?: Condition;
  /** Yuan the applicant pays for it (postage); absent: none. */
  readonly fee?: number;
  readonly note?: string;
  /**
   * Where 窗口领取 collects the result (a venue id); absent: the venue of the item's presence, else the item's
   * department, so that an item applied for online still counts the visit to collect it.
   */
  readonly venue?: string;
  /**
   * With 窗口领取: whether the visit to collect the result must be booked (预约). Absent: it need not, whatever
   * the venue says, since a venue's `appointment` is for the visits to apply there.
   */
  readonly appointment?: boolean;
}

/** The theme's question whose answer is the applicant's choice of delivery: answer → method, first that holds. */
export interface DeliveryChoice {
  readonly question: string;
  readonly choices: readonly { readonly method: Delivery; readonly when: Condition }[];
}

export interface Item {
  readonly id: string;
  readonly name: string;
  readonly en?: string;
  /** Absent only in a catalog that the `item-incomplete` check reports. */
  readonly department?: string;
  /** Defaults to the department's level. */
  readonly level?: Level;
  /** Legal basis shown to citizens: the law or document by title and 文号, never a URL. */
  readonly basis: readonly string[];
  /** Author-only: where the facts were checked (URLs). Never shown to citizens. */
  readonly sources?: readonly string[];
  /**
   * Promised time limit (承诺时限) in working days, used for scheduling; first variant whose condition holds
   * wins, the last has none.
   */
  readonly days: readonly Variant<number>[];
  /** Statutory time limit (法定时限) in working days, kept for reference: scheduling uses `days`. */
  readonly statutoryDays?: number;
  /**
   * The item whose certificate this one is issued with (随证件一并签发): when that item applies in the case, this
   * one takes no time of its own and comes after it, in its stage; otherwise it takes its own `days`.
   */
  readonly issuedWith?: string;
  readonly fee: readonly Variant<Fee>[];
  readonly presence: readonly Variant<Presence | null>[];
  /** Materials this item produces (营业执照 from 企业设立登记). */
  readonly produces: readonly string[];
  /** Items that must be done before this one when they apply in the same case. */
  readonly after: readonly string[];
  /** How the result may be delivered, each option where its condition holds. */
  readonly delivery: readonly DeliveryOption[];
  readonly materials: readonly MaterialUse[];
  readonly note?: string;
}

export interface Variant<T> {
  readonly when?: Condition;
  readonly value: T;
}

export interface Fee {
  /** Yuan. */
  readonly amount: number;
  readonly note?: string;
}

export interface Presence {
  readonly venue: string;
  /** What the visit is for ("采集指纹"). */
  readonly purpose: string;
}

/** One material as one item asks for it; form, copies and commitment default to the material's. */
export interface MaterialUse {
  readonly material: string;
  readonly when?: Condition;
  readonly form?: MaterialForm;
  readonly copies?: number;
  readonly commitment?: boolean;
  /** Overrides the material's `deferrable` (容缺受理) for this item. */
  readonly deferrable?: boolean;
  readonly note?: string;
}

/**
 * The types of facts: a question's answer, or a profile value that no question asks (`text` such as a phone
 * number, `list`, `object`).
 */
export const FACT_TYPES = [...QUESTION_TYPES, 'text', 'list', 'object'] as const;

export type FactType = (typeof FACT_TYPES)[number];

/** A fact a profile can carry, or one derived from others and `today`. */
export interface FactDefinition {
  readonly id: string;
  readonly label: string;
  readonly en?: string;
  readonly type: FactType;
  readonly options?: readonly Option[];
  readonly unit?: string;
  readonly derive?: Derivation;
}

/** A derived fact: `fn` from the derivation registry applied to the named facts. */
export interface Derivation {
  readonly fn: string;
  readonly from: string;
  readonly monthDay?: string;
}
