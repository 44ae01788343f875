/**
 * A problem found in a theme, catalog, profile or scenario file. Diagnostics are data: a stable code from a
 * closed list, typed params, and a position; the message is rendered from a catalog (see `src/messages`).
 */
interface Diagnostic {
    readonly severity: Severity;
    readonly code: DiagnosticCode;
    readonly message: string;
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** 1-based, in UTF-16 code units as editors count them. */
    readonly column: number;
    /** JSON Pointer into the file's document ('' for the whole file). */
    readonly pointer: string;
    readonly hint?: string;
    readonly params: DiagnosticParams;
}
type Severity = 'error' | 'warning';
type DiagnosticParams = Readonly<Record<string, string | number>>;
/**
 * Every code tongban reports. Codes are stable: tools may match on them. Each is documented with an example
 * in docs/diagnostics.md.
 */
declare const DIAGNOSTIC_CODES: readonly ["unreadable-file", "input-too-large", "invalid-encoding", "yaml-syntax", "yaml-duplicate-key", "yaml-alias-limit", "yaml-too-deep", "not-a-mapping", "forbidden-key", "unknown-key", "missing-key", "wrong-type", "invalid-value", "invalid-id", "misplaced-key", "duplicate-id", "reserved-id", "unknown-department", "unknown-venue", "unknown-licence", "unknown-material", "unknown-item", "unknown-question", "unknown-fact", "unknown-option", "unknown-operator", "unknown-condition", "unknown-derivation", "condition-cycle", "invalid-condition", "trigger-reads-question", "forward-reference", "self-reference", "value-type-mismatch", "unsupported-path", "variant-default", "item-cycle", "exclusive-option", "prefill-mismatch", "empty-range", "never-asked", "dead-end", "no-effect-question", "no-effect-option", "unused-catalog-entry", "vague-material", "item-incomplete", "duplicate-label", "case-limit", "scenario-failed", "scenario-invalid-answer"];
type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A JSON value as tongban stores it: themes, states and outcomes are made only of these. */
type Json = null | boolean | number | string | readonly Json[] | JsonObject;
/** A JSON object with read-only members. */
interface JsonObject {
    readonly [key: string]: Json;
}

/**
 * A condition in json-rules-engine's format. Authors may write a shorthand (see docs/authoring.md);
 * the loader always compiles it to this form, so a compiled theme holds nothing else.
 */
type Condition = AllCondition | AnyCondition | NotCondition | ConditionReference | LeafCondition;
/** True when every member is true (json-rules-engine: an empty list is true). */
interface AllCondition {
    readonly all: readonly Condition[];
}
/** True when some member is true (json-rules-engine: an empty list is true as well). */
interface AnyCondition {
    readonly any: readonly Condition[];
}
/** Negation of one condition. */
interface NotCondition {
    readonly not: Condition;
}
/** A reference to a named condition of the theme (`conditions:`), as json-rules-engine's `setCondition`. */
interface ConditionReference {
    readonly condition: string;
}
/** `fact <operator> value`, where `path` selects inside an object fact and `value` may name another fact. */
interface LeafCondition {
    readonly fact: string;
    readonly operator: string;
    readonly value: Json | FactReference;
    readonly path?: string;
}
/** The right-hand side of a fact-to-fact comparison. */
interface FactReference {
    readonly fact: string;
    readonly path?: string;
}
/** The outcome of a condition over partly known facts: `'unknown'` while a fact it needs is not settled. */
type Verdict = true | false | 'unknown';

/**
 * A compiled theme: plain JSON, deeply frozen, self-contained (it carries the catalog entries it uses),
 * so that a portal can precompile it and ship it to a browser with nothing but the runtime entry.
 */
interface CompiledTheme {
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
    /** The catalog entries this theme uses, copied in so the theme stands alone. */
    readonly catalog: ThemeCatalog;
    /** Where each element came from, by element key (see `elementKey`); not part of the hash. */
    readonly locations: Readonly<Record<string, SourceLocation>>;
    /** Content hash of everything above except `locations`: sessions are bound to it. */
    readonly hash: string;
}
declare const THEME_FORMAT: "tongban/theme@1";
type Audience = 'person' | 'enterprise';
interface ThemeTags {
    readonly lifeEvents: readonly string[];
    readonly crowds: readonly string[];
    readonly industries: readonly string[];
}
interface SourceLocation {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly pointer: string;
}
/** Labels are Chinese; `en` is an optional English text. */
interface Labelled {
    readonly label: string;
    readonly en?: string;
}
type QuestionType = 'single' | 'multiple' | 'yes-no' | 'number' | 'date';
type Question = ChoiceQuestion | YesNoQuestion | NumberQuestion | DateQuestion;
interface QuestionBase {
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
interface Option extends Labelled {
    readonly id: string;
    readonly help?: string;
    /** Used in case labels instead of `label`. */
    readonly short?: string;
    /** In a multiple-choice question: may only be chosen alone ("以上都没有"). */
    readonly exclusive?: boolean;
}
interface ChoiceQuestion extends QuestionBase {
    readonly type: 'single' | 'multiple';
    readonly options: readonly Option[];
}
interface YesNoQuestion extends QuestionBase {
    readonly type: 'yes-no';
    /** Case-label texts for each answer ("有专用烟道" / "无专用烟道"). */
    readonly yes: string;
    readonly no: string;
}
interface NumberQuestion extends QuestionBase {
    readonly type: 'number';
    readonly unit?: string;
    readonly min?: number;
    readonly max?: number;
    readonly integer?: boolean;
    /** Boundaries that conditions draw on this fact; they split answers into bands (cases). */
    readonly cuts: readonly Cut[];
}
interface DateQuestion extends QuestionBase {
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
interface Cut {
    readonly value: number | string;
    readonly side: 'below' | 'above' | 'point';
}
interface ThemeItem {
    readonly item: string;
    readonly when?: Condition;
}
type NoticeKind = 'info' | 'warning' | 'block' | 'not-needed';
interface Notice {
    readonly id: string;
    readonly kind: NoticeKind;
    readonly text: string;
    readonly en?: string;
    /** Legal basis of a block or of a notice. */
    readonly basis?: string;
    readonly when?: Condition;
}
/** A reason to recommend a theme from a profile alone. */
interface Trigger {
    readonly id: string;
    readonly when: Condition;
    /** A message in Chinese; `{fact.name}` placeholders are filled with the profile's values. */
    readonly message: string;
    readonly en?: string;
    /** By default a trigger whose facts are missing from the profile does not fire. */
    readonly onMissing: 'skip' | 'fire';
    /** Higher ranks first among recommendations. */
    readonly weight: number;
}
interface ThemeCatalog {
    readonly departments: Readonly<Record<string, Department>>;
    readonly venues: Readonly<Record<string, Venue>>;
    readonly licences: Readonly<Record<string, Licence>>;
    readonly materials: Readonly<Record<string, Material>>;
    readonly items: Readonly<Record<string, Item>>;
    readonly facts: Readonly<Record<string, FactDefinition>>;
}
type Level = '国家' | '省级' | '市级' | '区县' | '街镇';
interface Department {
    readonly id: string;
    readonly name: string;
    readonly en?: string;
    readonly level: Level;
}
interface Venue {
    readonly id: string;
    readonly name: string;
    readonly en?: string;
    readonly address?: string;
}
/** A kind of electronic licence (电子证照) that can stand in for a paper material. */
interface Licence {
    readonly id: string;
    readonly name: string;
    readonly en?: string;
    readonly issuer?: string;
}
type MaterialForm = '原件' | '复印件' | '电子' | '表格';
interface Material {
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
}
type Delivery = '窗口领取' | '邮寄送达' | '电子证照' | '立等可取';
interface Item {
    readonly id: string;
    readonly name: string;
    readonly en?: string;
    /** Absent only in a catalog that the `item-incomplete` check reports. */
    readonly department?: string;
    /** Defaults to the department's level. */
    readonly level?: Level;
    readonly basis: readonly string[];
    /** Time limit in working days; first variant whose condition holds wins, the last has none. */
    readonly days: readonly Variant<number>[];
    readonly fee: readonly Variant<Fee>[];
    readonly presence: readonly Variant<Presence | null>[];
    /** Materials this item produces (营业执照 from 企业设立登记). */
    readonly produces: readonly string[];
    /** Items that must be done before this one when they apply in the same case. */
    readonly after: readonly string[];
    readonly delivery: readonly Delivery[];
    readonly materials: readonly MaterialUse[];
    readonly note?: string;
}
interface Variant<T> {
    readonly when?: Condition;
    readonly value: T;
}
interface Fee {
    /** Yuan. */
    readonly amount: number;
    readonly note?: string;
}
interface Presence {
    readonly venue: string;
    /** What the visit is for ("采集指纹"). */
    readonly purpose: string;
}
/** One material as one item asks for it; form, copies and commitment default to the material's. */
interface MaterialUse {
    readonly material: string;
    readonly when?: Condition;
    readonly form?: MaterialForm;
    readonly copies?: number;
    readonly commitment?: boolean;
    readonly note?: string;
}
type FactType = 'single' | 'multiple' | 'yes-no' | 'number' | 'date' | 'list' | 'object';
/** A fact a profile can carry, or one derived from others and `today`. */
interface FactDefinition {
    readonly id: string;
    readonly label: string;
    readonly en?: string;
    readonly type: FactType;
    readonly options?: readonly Option[];
    readonly unit?: string;
    readonly derive?: Derivation;
}
/** A derived fact: `fn` from the derivation registry applied to the named facts. */
interface Derivation {
    readonly fn: string;
    readonly from: string;
    readonly monthDay?: string;
}

/** How an operator compares a fact value with a condition value, after `accepts` has passed. */
type OperatorFn = (factValue: unknown, value: unknown) => boolean;
/**
 * An operator, as json-rules-engine's `Operator`: the verdict is `accepts(factValue) && evaluate(factValue,
 * value)`. `accepts` is JRE's fact-value validator; leave it out to accept every value.
 * `evaluate` must return a boolean: the evaluator reads results with `=== true`.
 */
interface OperatorDefinition {
    readonly name: string;
    evaluate(factValue: unknown, value: unknown): boolean;
    accepts?: (factValue: unknown) => boolean;
}
/**
 * A decorator, as json-rules-engine's `OperatorDecorator`: `deco:op` evaluates to `accepts(factValue) &&
 * evaluate(factValue, value, op)`, where `next` is the decorated operator (its own `accepts` included).
 */
interface DecoratorDefinition {
    readonly name: string;
    evaluate(factValue: unknown, value: unknown, next: OperatorFn): boolean;
    accepts?: (factValue: unknown) => boolean;
}

/** The operators a theme's conditions may use: json-rules-engine's defaults plus a portal's own. */
interface OperatorSet {
    /** The operator for a name such as `greaterThan` or `someFact:not:in`, or undefined if it does not resolve. */
    resolve(name: string): OperatorFn | undefined;
    /** Whether `resolve(name)` finds an operator. */
    has(name: string): boolean;
    /** Names of the undecorated operators, defaults first. */
    readonly operatorNames: readonly string[];
    /** Names of the decorators, defaults first. */
    readonly decoratorNames: readonly string[];
}
/** Operators and decorators a portal adds; a name already taken replaces it, as JRE's `addOperator` does. */
interface CustomOperators {
    readonly operators?: readonly OperatorDefinition[];
    readonly decorators?: readonly DecoratorDefinition[];
}
/** Builds an operator set from JRE's defaults and `custom`; resolved names are cached. */
declare function createOperatorSet(custom?: CustomOperators): OperatorSet;
/** The set of JRE's default operators and decorators, shared. */
declare const defaultOperatorSet: OperatorSet;

/**
 * What a portal already knows about a person (一人一档) or an enterprise (一企一档). Facts are addressed by
 * the names the catalog declares (`person.hukou`, `enterprise.registered`); derived facts are computed from
 * them and the session's `today`.
 */
interface Profile {
    readonly kind: 'person' | 'enterprise';
    readonly name?: string;
    readonly facts: Readonly<Record<string, Json>>;
    readonly licences: readonly LicenceOnFile[];
    readonly tags: readonly string[];
    /** Item ids already completed (办结). */
    readonly completed: readonly string[];
}
/** An electronic licence (电子证照) on file. */
interface LicenceOnFile {
    readonly licence: string;
    readonly number?: string;
    readonly issuer?: string;
    /** `YYYY-MM-DD`. */
    readonly issued?: string;
    /** `YYYY-MM-DD`; absent for licences that do not expire. */
    readonly expires?: string;
}

/** An answer's value: an option id, option ids, yes/no, a number, or a `YYYY-MM-DD` date. */
type AnswerValue = string | readonly string[] | boolean | number;
interface Answer {
    readonly value: AnswerValue;
    /** Set when the value came from the profile rather than from the user. */
    readonly prefilled?: true;
}
/**
 * A questionnaire session: immutable, created by `start` and advanced by pure transitions. It holds the theme
 * and options by reference; `serialize` turns the rest into compact JSON and `restore` reads it back.
 */
interface Session {
    readonly theme: CompiledTheme;
    readonly profile?: Profile;
    /** `YYYY-MM-DD`; derived facts that need the date are absent without it. */
    readonly today?: string;
    readonly operators?: OperatorSet;
    /** Answers by question id, user answers and prefilled ones alike. */
    readonly answers: Readonly<Record<string, Answer>>;
    /** User answers in the order they were given: `back` undoes the last one. */
    readonly trail: readonly string[];
}
interface StartOptions {
    readonly profile?: Profile;
    readonly today?: string;
    readonly operators?: OperatorSet;
}
/** What `next` returns: the question to ask now, or completion. */
type Step = QuestionStep | CompleteStep;
interface QuestionStep {
    readonly done: false;
    readonly question: Question;
    /** The options to show, for choice questions. */
    readonly options: readonly Option[];
    readonly progress: Progress;
}
interface CompleteStep {
    readonly done: true;
    readonly case: CaseKey;
    readonly progress: Progress;
}
interface Progress {
    /** Questions answered so far that are still asked (prefilled included). */
    readonly answered: number;
    /** An upper bound of the questions still to ask, this one included. */
    readonly remaining: number;
}
/** The smallest-granularity case a complete session reached. */
interface CaseKey {
    /** Canonical and stable: `question=value` pairs in question order joined by `&`; number and date answers by band. */
    readonly key: string;
    /** Readable: "首次申领 · 个人旅游 · 本市户籍 · 年满16周岁". */
    readonly label: string;
    readonly parts: readonly CasePart[];
}
interface CasePart {
    readonly question: string;
    readonly key: string;
    readonly label: string;
}
/** The result of a transition: a new session, or a typed rejection that leaves the session as it was. */
type Transition = Accepted | Rejected;
interface Accepted {
    readonly ok: true;
    readonly session: Session;
    /** Answers removed because their questions are no longer asked. */
    readonly dropped: readonly DroppedAnswer[];
}
interface Rejected {
    readonly ok: false;
    readonly session: Session;
    readonly error: SessionError;
}
interface DroppedAnswer {
    readonly question: string;
    readonly value: AnswerValue;
    readonly reason: 'no-longer-asked' | 'invalid-after-update' | 'unknown-question';
}
type SessionErrorCode = 'unknown-question' | 'not-asked' | 'already-answered' | 'not-answered' | 'wrong-type' | 'unknown-option' | 'duplicate-option' | 'exclusive-option' | 'empty-choice' | 'out-of-range' | 'not-integer' | 'invalid-date' | 'nothing-to-undo';
/** A rejected answer or transition, as data. */
interface SessionError {
    readonly code: SessionErrorCode;
    readonly question?: string;
    readonly message: string;
    readonly params: Readonly<Record<string, string | number>>;
}
type RestoreErrorCode = 'not-json' | 'bad-shape' | 'unsupported-version' | 'other-theme' | 'tampered';
/** The result of `restore`. */
type Restored = {
    readonly ok: true;
    readonly session: Session;
    readonly dropped: readonly DroppedAnswer[];
    readonly updated: boolean;
} | {
    readonly ok: false;
    readonly error: {
        readonly code: RestoreErrorCode;
        readonly message: string;
    };
};
/** Which items already apply and which are still open while the user answers. */
interface Checklist {
    readonly applies: readonly ChecklistEntry[];
    readonly open: readonly ChecklistEntry[];
}
interface ChecklistEntry {
    readonly item: string;
    readonly name: string;
    readonly department?: string;
}

/**
 * What a case yields for the citizen: status, items, one merged material list, one workflow, totals, and why
 * each entry is there. Plain JSON; its schema is `schemas/outcome.schema.json`.
 */
interface Outcome {
    readonly format: typeof OUTCOME_FORMAT;
    readonly theme: {
        readonly id: string;
        readonly title: string;
        readonly version: string;
        readonly hash: string;
    };
    /** True when the session is not complete: entries may still change as questions are answered. */
    readonly provisional: boolean;
    readonly case: CaseKey | null;
    readonly status: OutcomeStatus;
    readonly notices: readonly OutcomeNotice[];
    readonly items: readonly OutcomeItem[];
    readonly materials: readonly OutcomeMaterial[];
    readonly workflow: Workflow;
    readonly totals: Totals;
    readonly merge: MergeFigures;
}
declare const OUTCOME_FORMAT: "tongban/outcome@1";
/** `ready`: items to do; `not-needed`: a notice says nothing is needed; `blocked`: a blocking notice applies. */
type OutcomeStatus = 'ready' | 'not-needed' | 'blocked';
/** Why an entry is in the outcome: the condition and the facts it read, with their values. */
interface Reason {
    /** Absent when the entry applies unconditionally. */
    readonly condition?: Condition;
    readonly facts: readonly ReasonFact[];
    /** Readable, e.g. "业务类型 = 首次申领；年龄 ≥ 16". */
    readonly text: string;
}
interface ReasonFact {
    readonly fact: string;
    /** The question or fact label. */
    readonly label: string;
    readonly value: Json;
    /** The value as shown (option labels, units). */
    readonly display: string;
    readonly source: 'answer' | 'prefilled' | 'profile' | 'derived';
}
interface OutcomeNotice {
    readonly id: string;
    readonly kind: NoticeKind;
    readonly text: string;
    readonly basis?: string;
    readonly reason: Reason;
}
interface OutcomeItem {
    readonly id: string;
    readonly name: string;
    readonly department?: {
        readonly id: string;
        readonly name: string;
    };
    readonly level?: Level;
    readonly basis: readonly string[];
    /** Working days; absent when the item has no time limit. */
    readonly days?: number;
    readonly fee?: {
        readonly amount: number;
        readonly note?: string;
    };
    readonly presence?: {
        readonly venue: {
            readonly id: string;
            readonly name: string;
        };
        readonly purpose: string;
    };
    readonly produces: readonly string[];
    readonly delivery: readonly Delivery[];
    readonly reason: Reason;
}
/** How the applicant deals with a material after merging. */
type MaterialStatus = 'submit' | 'passed-on' | 'waived';
interface OutcomeMaterial {
    readonly id: string;
    readonly name: string;
    /** The strongest form any item asks for: 表格 over 原件 over 复印件 over 电子 (see docs/outcomes.md). */
    readonly form: MaterialForm;
    /** The highest number of copies any item asks for. */
    readonly copies: number;
    readonly status: MaterialStatus;
    /** Set when `passed-on`: the item of this case that produces it. */
    readonly producedBy?: {
        readonly id: string;
        readonly name: string;
    };
    /** Set when `waived`: the electronic licence on file that replaces it (免提交). */
    readonly waivedBy?: {
        readonly id: string;
        readonly name: string;
    };
    /** Items that accept a signed commitment instead of this proof (告知承诺). */
    readonly commitment: readonly string[];
    readonly usedBy: readonly MaterialUseInOutcome[];
    readonly note?: string;
    readonly source?: string;
    readonly reason: Reason;
}
interface MaterialUseInOutcome {
    readonly item: string;
    readonly form: MaterialForm;
    readonly copies: number;
    /** The item's own note on this material ("作为经营布局图…"). */
    readonly note?: string;
}
interface Workflow {
    readonly steps: readonly WorkflowStep[];
    /** Item ids by stage: the items of one stage can run in parallel once the previous stages are done. */
    readonly stages: readonly (readonly string[])[];
    readonly criticalPath: {
        readonly days: number;
        readonly items: readonly string[];
    };
}
interface WorkflowStep {
    readonly item: string;
    readonly stage: number;
    readonly dependsOn: readonly WorkflowEdge[];
    /** Earliest start and finish, in working days from the start of the case. */
    readonly start: number;
    readonly finish: number;
}
interface WorkflowEdge {
    readonly item: string;
    /** `produces`: this step needs a material the other produces; `after`: explicit ordering. */
    readonly because: 'produces' | 'after';
    readonly material?: string;
}
interface Totals {
    readonly days: {
        readonly critical: number;
        readonly sum: number;
        readonly saved: number;
    };
    readonly fee: {
        readonly total: number;
        readonly breakdown: readonly FeeLine[];
    };
    readonly visits: {
        readonly count: number;
        readonly list: readonly Visit[];
    };
    readonly delivery: readonly Delivery[];
}
interface FeeLine {
    readonly item: string;
    readonly amount: number;
    readonly note?: string;
}
interface Visit {
    readonly venue: {
        readonly id: string;
        readonly name: string;
        readonly address?: string;
    };
    readonly items: readonly string[];
    readonly purposes: readonly string[];
}
/** The figures a portal shows: "材料从17份减至2份". */
interface MergeFigures {
    /** Materials the applicant would hand in going item by item (each use counted). */
    readonly itemByItem: number;
    /** Distinct materials after merging. */
    readonly merged: number;
    /** Materials the applicant still hands in (not passed on, not waived). */
    readonly toSubmit: number;
    readonly passedOn: number;
    readonly waived: number;
    /** Working days saved by running independent steps in parallel: sum − critical path. */
    readonly daysSaved: number;
}

export { type Labelled as $, type AnswerValue as A, DIAGNOSTIC_CODES as B, type CompiledTheme as C, type DiagnosticCode as D, type DateQuestion as E, type DecoratorDefinition as F, type Delivery as G, type Department as H, type Derivation as I, type Json as J, type DroppedAnswer as K, type FactDefinition as L, type MaterialForm as M, type NoticeKind as N, type OperatorSet as O, type Profile as P, type Question as Q, type Restored as R, type Severity as S, type ThemeCatalog as T, type FactReference as U, type Verdict as V, type FactType as W, type Fee as X, type FeeLine as Y, type Item as Z, type JsonObject as _, type OutcomeStatus as a, type LeafCondition as a0, type Level as a1, type Licence as a2, type LicenceOnFile as a3, type Material as a4, type MaterialUse as a5, type MaterialUseInOutcome as a6, type MergeFigures as a7, type NotCondition as a8, type Notice as a9, type WorkflowEdge as aA, type WorkflowStep as aB, type YesNoQuestion as aC, createOperatorSet as aD, defaultOperatorSet as aE, type NumberQuestion as aa, OUTCOME_FORMAT as ab, type OperatorDefinition as ac, type OutcomeItem as ad, type OutcomeMaterial as ae, type OutcomeNotice as af, type Presence as ag, type Progress as ah, type QuestionBase as ai, type QuestionStep as aj, type QuestionType as ak, type Reason as al, type ReasonFact as am, type Rejected as an, type RestoreErrorCode as ao, type SessionError as ap, type SessionErrorCode as aq, THEME_FORMAT as ar, type ThemeItem as as, type ThemeTags as at, type Totals as au, type Trigger as av, type Variant as aw, type Venue as ax, type Visit as ay, type Workflow as az, type DiagnosticParams as b, type SourceLocation as c, type Diagnostic as d, type MaterialStatus as e, type Condition as f, type Session as g, type Outcome as h, type Option as i, type CaseKey as j, type Checklist as k, type StartOptions as l, type Transition as m, type Step as n, type Accepted as o, type AllCondition as p, type Answer as q, type AnyCondition as r, type Audience as s, type CasePart as t, type ChecklistEntry as u, type ChoiceQuestion as v, type CompleteStep as w, type ConditionReference as x, type CustomOperators as y, type Cut as z };
