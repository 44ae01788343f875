import { V as Verdict, f as Condition, O as OperatorSet, C as CompiledTheme, g as Session, h as Outcome, P as Profile, J as Json, N as NoticeKind, a as OutcomeStatus, Q as Question, A as AnswerValue, i as Option, j as CaseKey, k as Checklist, l as StartOptions, R as Restored, m as Transition, n as Step } from './outcome-DVw96QOC.cjs';
export { o as Accepted, p as AllCondition, q as Answer, r as AnyCondition, s as Audience, t as CasePart, u as ChecklistEntry, v as ChoiceQuestion, w as CompleteStep, x as ConditionReference, y as CustomOperators, z as Cut, B as DIAGNOSTIC_CODES, E as DateQuestion, F as DecoratorDefinition, G as Delivery, H as Department, I as Derivation, d as Diagnostic, D as DiagnosticCode, b as DiagnosticParams, K as DroppedAnswer, L as FactDefinition, U as FactReference, W as FactType, X as Fee, Y as FeeLine, Z as Item, _ as JsonObject, $ as Labelled, a0 as LeafCondition, a1 as Level, a2 as Licence, a3 as LicenceOnFile, a4 as Material, M as MaterialForm, e as MaterialStatus, a5 as MaterialUse, a6 as MaterialUseInOutcome, a7 as MergeFigures, a8 as NotCondition, a9 as Notice, aa as NumberQuestion, ab as OUTCOME_FORMAT, ac as OperatorDefinition, ad as OutcomeItem, ae as OutcomeMaterial, af as OutcomeNotice, ag as Presence, ah as Progress, ai as QuestionBase, aj as QuestionStep, ak as QuestionType, al as Reason, am as ReasonFact, an as Rejected, ao as RestoreErrorCode, ap as SessionError, aq as SessionErrorCode, S as Severity, c as SourceLocation, ar as THEME_FORMAT, T as ThemeCatalog, as as ThemeItem, at as ThemeTags, au as Totals, av as Trigger, aw as Variant, ax as Venue, ay as Visit, az as Workflow, aA as WorkflowEdge, aB as WorkflowStep, aC as YesNoQuestion, aD as createOperatorSet, aE as defaultOperatorSet } from './outcome-DVw96QOC.cjs';

/**
 * Compiles json-rules-engine (JRE) conditions once into closures that evaluate synchronously.
 *
 * On settled facts the verdict is JRE's `Engine.run` result exactly (with `allowUndefinedFacts: true`),
 * quirks included: `all: []` and `any: []` are true, validators run before operators, a path is applied only
 * to an object fact, and where JRE's run rejects (e.g. `in` against a number) evaluation throws a RulesError
 * with code `operator-failed`. JRE evaluates every member of `all`/`any` (Promise.all), so an operator
 * that throws anywhere makes the whole run reject; we evaluate every member too rather than short-circuit.
 *
 * Three-valued extension: facts are a Map and `facts.has(name)` means the fact is settled (its value may be
 * `undefined`: settled but absent, which JRE also sees as undefined). A leaf whose fact, or whose right-hand
 * fact reference, is not settled is `'unknown'` and calls no operator. `all` is false if a member is false,
 * else unknown if one is unknown, else true; `any` is true if a member is true, else unknown if one is
 * unknown, else false; empty lists stay true; `not` swaps true and false and keeps unknown. A true or false
 * verdict therefore holds for every way the unknown facts may later settle (Kleene logic is monotone).
 */

/** Fact values by name; a name that is present is settled, even when its value is undefined. */
type Facts = ReadonlyMap<string, unknown>;
/** A compiled condition. */
type CompiledCondition = (facts: Facts) => Verdict;
/** What a condition is compiled against: the operators and the named conditions `{ condition }` refers to. */
interface CompileContext {
    readonly operators: OperatorSet;
    readonly conditions: Readonly<Record<string, Condition>>;
}
/** Compiles `condition` once; throws RulesError for an unknown operator or name, a cycle or a bad shape. */
declare function compileCondition(condition: Condition, context: CompileContext): CompiledCondition;
/** Evaluates `condition` on `facts`, compiling it on first use (cached per condition object and context). */
declare function evaluateCondition(condition: Condition, facts: Facts, context: CompileContext): Verdict;

/** Codes of the errors tongban throws: only for misuse of its API, never for bad themes or answers. */
type TongbanErrorCode = 'invalid-today' | 'invalid-theme' | 'invalid-argument';
/** Thrown when the API is called with arguments that no portal should pass (an impossible `today`). */
declare class TongbanError extends Error {
    readonly code: TongbanErrorCode;
    constructor(code: TongbanErrorCode, message: string);
}

/**
 * A condition in Chinese for people: "办理类型 = 首次申领；年龄 ≥ 16". `all` joins with "；" at the top and "且"
 * below, `any` with "或", `not` reads "并非（…）"; named conditions are followed (a cycle prints the name);
 * option ids read as their labels, yes/no answers as the question's yes/no texts, numbers with their unit.
 */
declare function conditionText(condition: Condition | undefined, theme: CompiledTheme): string;

/**
 * What a session's case yields: status, notices, items, one merged material list, one workflow, totals and
 * merge figures, each entry with its reason. Pure (no I/O, no clock) and deterministic. For a session not
 * complete yet the outcome is `provisional`: only entries whose conditions already hold are in it, and
 * `case` is null.
 */
declare function outcome(session: Session): Outcome;

/** Evaluates a theme's conditions, each compiled once per theme and operator set. */
interface Rules {
    /** The verdict of a condition; an absent condition always holds. */
    evaluate(condition: Condition | undefined, facts: Facts): Verdict;
}
/** The compiled rules of a theme with an operator set (json-rules-engine's defaults when none is given). */
declare function rulesFor(theme: CompiledTheme, operators?: OperatorSet): Rules;
/** Where a fact's value came from. */
type FactSource = 'profile' | 'derived';
/** Facts known before any question: profile facts, derived facts, licence facts and built-ins. */
interface BaseFacts {
    readonly facts: ReadonlyMap<string, unknown>;
    readonly sources: ReadonlyMap<string, FactSource>;
}
/**
 * How a missing profile fact counts: `absent` settles it as undefined (a questionnaire must decide, and
 * json-rules-engine reads missing facts as undefined); `unknown` leaves it unsettled (a reminder must not
 * fire on data the portal does not have).
 */
type Missing = 'absent' | 'unknown';
/** The facts a theme can read before any question, from a profile and a date (memoised per inputs). */
declare function baseFacts(theme: CompiledTheme, profile: Profile | undefined, today: string | undefined, missing?: Missing): BaseFacts;
/** The label of a fact for people: the question's short name or text, or the catalog's label. */
declare function factLabel(theme: CompiledTheme, fact: string): string;

/** A theme recommended for a profile, with why. */
interface Recommendation {
    readonly theme: {
        readonly id: string;
        readonly title: string;
    };
    /**
     * Ten times the weights of the fired triggers plus the number of shared tags; recommendations are sorted by
     * it, highest first (see `recommend`).
     */
    readonly score: number;
    /** One per fired trigger, in the theme's order. */
    readonly reasons: readonly RecommendationReason[];
    /** Profile tags that the theme's tags share, in the profile's order. */
    readonly tags: readonly string[];
}
interface RecommendationReason {
    readonly trigger: string;
    /** The trigger's message with `{fact}` placeholders filled from the profile (未知 for a fact it lacks). */
    readonly message: string;
    /** The English message, filled the same way, when the trigger has one. */
    readonly en?: string;
    /**
     * The facts the reason rests on, with the profile's values: those the trigger's condition reads, then those
     * its message names; facts the profile lacks are left out (they are in `missing`).
     */
    readonly facts: readonly RecommendationFact[];
    /**
     * Facts the trigger's condition reads that the profile lacks. Empty unless the trigger fired anyway: because
     * it says `on-missing: fire`, or because the facts it had settled it (`any` with one member true).
     */
    readonly missing: readonly string[];
}
/** A fact a recommendation used, as the profile gave it or as it was derived. */
interface RecommendationFact {
    readonly fact: string;
    /** The catalog's label (`往来港澳通行证剩余有效天数`). */
    readonly label: string;
    readonly value: Json;
    /** The value as shown in messages: option labels, 是/否, list entries joined with 、. */
    readonly text: string;
    /** `profile` for facts and built-ins the profile gives, `derived` for facts computed from them and today. */
    readonly source: FactSource;
}
interface RecommendOptions {
    /** `YYYY-MM-DD`: derived facts (ages, days until expiry) are computed against it. */
    readonly today: string;
    readonly operators?: OperatorSet;
}
/**
 * Ranks themes for a profile (主动提醒). A theme is recommended when one of its triggers fires or when it shares
 * a tag with the profile; only themes for the profile's kind are considered (`audience` person for a person's
 * profile, enterprise for an enterprise's).
 *
 * - A trigger fires when its condition holds on the profile's facts, derived facts, licence facts and built-ins.
 *   A fact the profile lacks is unknown, never false or empty: a trigger whose verdict depends on it does not
 *   fire, unless it says `on-missing: fire`. (A trigger can still fire with a fact missing when the facts it has
 *   settle it, e.g. `any` with one member true.) A profile value an operator cannot read counts as missing.
 * - Score: 10 × the sum of the fired triggers' weights + the number of shared tags.
 * - Order: score, then the fired weights, then the theme id (code-unit order), then the theme's hash; so the
 *   result depends on the profile, `today` and the set of themes only, not on the order they are given in.
 *
 * Pure: the same (profile, themes, today) always gives the same result. Throws TongbanError when `today` is
 * not a real `YYYY-MM-DD` date.
 */
declare function recommend(profile: Profile, themes: readonly CompiledTheme[], options: RecommendOptions): Recommendation[];

/** A text in Chinese and English. */
interface Bilingual {
    readonly zh: string;
    readonly en: string;
}
/** How an outcome's status reads, for guides, terminals and pages alike. */
declare const STATUS_LABELS: Readonly<Record<OutcomeStatus, Bilingual>>;
/** How a notice's kind reads. */
declare const NOTICE_LABELS: Readonly<Record<NoticeKind, Bilingual>>;
/** An option's label in a language: its `en` text when asked for English and the author wrote one. */
declare function optionLabel(option: Option, lang?: 'zh' | 'en'): string;
/** An answer as the citizen reads it: option labels, the yes/no texts, a number with its unit, a date. */
declare function displayAnswer(question: Question, value: AnswerValue, lang?: 'zh' | 'en'): string;

/**
 * A 办事指南 for the case, in Chinese Markdown that reads well printed: 情形, status and notices, 材料清单,
 * 办理流程, 办理时限, 费用, 跑动次数, 送达方式, 依据, and "材料从 N 份减至 M 份". Deterministic: the same
 * outcome and theme always give the same text. The theme supplies the region and summary.
 */
declare function markdownGuide(outcome: Outcome, theme: CompiledTheme): string;

/**
 * The questionnaire as a Mermaid decision graph (`flowchart TD`): questions are diamonds, items and notices
 * are leaves, and profile facts the rules read are cylinders. An arrow leads from each fact a condition
 * reads to what the condition decides (a later question, an item, a notice), labelled with the condition
 * in Chinese; what has no condition hangs off the start node; a dotted arrow shows a prefill. Deterministic.
 */
declare function mermaidQuestionnaire(theme: CompiledTheme): string;

/**
 * The case's workflow as a Mermaid `flowchart LR`: one column (subgraph) per stage, so the steps that can
 * run in parallel stand together; each step labelled with its item, department and days; edges labelled
 * with the material passed on (dotted for a plain `after` order); a start and an end node; the critical
 * path drawn thicker. Node ids are `n_` plus the item id made safe. Deterministic.
 */
declare function mermaidWorkflow(outcome: Outcome, theme: CompiledTheme): string;

/**
 * The case a session has reached, from the answers of the questions asked, in question order; before the
 * questionnaire is complete, the case so far.
 */
declare function caseOf(session: Session): CaseKey;

/**
 * The live checklist: items whose condition already holds, and items still open (their condition depends on
 * questions not answered yet). Items that certainly do not apply are in neither list.
 */
declare function checklist(session: Session): Checklist;

/** Compact JSON of a session, bound to its theme's id and content hash; the profile is not included. */
declare function serialize(session: Session): string;
/**
 * Restores a serialized session on a theme, with the profile and operators the portal passes again. With the
 * same theme hash, anything that a genuine session could not hold is an error; after a theme update, answers
 * that are still valid are kept and the others reported as dropped. Never returns a wrong session.
 */
declare function restore(theme: CompiledTheme, json: string, options?: Omit<StartOptions, 'today'>): Restored;

/**
 * Starts a session: a pure function of the theme, the profile and `today`. Questions the profile answers
 * (`prefill`) start out answered and marked as prefilled; a profile value that does not fit its question is
 * ignored and the question is asked.
 */
declare function start(theme: CompiledTheme, options?: StartOptions): Session;
/** The question to ask now with its options and progress, or the case once the questionnaire is complete. */
declare function next(session: Session): Step;
/** Answers the question asked now; any other question, or a value that does not fit, is rejected. */
declare function answer(session: Session, questionId: string, value: unknown): Transition;
/**
 * Changes an earlier answer (a user's or a prefilled one). Later answers whose questions are still asked are
 * kept; those whose questions are no longer asked are dropped and reported. The same value changes nothing.
 */
declare function change(session: Session, questionId: string, value: unknown): Transition;
/** Undoes the user's last answer: its question is asked again. Prefilled answers are not undone. */
declare function back(session: Session): Transition;

/** Where each question stands in a session. */
type QuestionState = 
/** asked and answered; its fact is settled */
'answered'
/** its condition is false: never asked, its fact is settled as absent */
 | 'skipped'
/** the question to ask now */
 | 'current'
/** after the current one: may still be asked (its condition is true or not yet decided) */
 | 'pending'
/** after the current one, with a kept answer that will count once it is reached */
 | 'pending-answered';
/** The walk of a session through its questionnaire: each question's state and the facts settled so far. */
interface Walk {
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
}
/**
 * Walks the questions in order. Until the current question every condition reads only settled facts (the
 * loader guarantees it), so each is decided. A blocking notice that certainly applies ends the walk: the
 * questions after it are not asked. After it, a condition that is already false stays false
 * whatever is answered later (three-valued logic is monotone), so answers behind it are stale; other later
 * questions count towards what may remain. Memoised per session object.
 */
declare function walk(session: Session): Walk;

export { AnswerValue, type Bilingual, CaseKey, Checklist, type CompiledCondition, CompiledTheme, Condition, type Facts, Json, NOTICE_LABELS, NoticeKind, OperatorSet, Option, Outcome, OutcomeStatus, Profile, Question, type QuestionState, type RecommendOptions, type Recommendation, type RecommendationReason, Restored, STATUS_LABELS, Session, StartOptions, Step, TongbanError, type TongbanErrorCode, Transition, Verdict, type Walk, answer, back, baseFacts, caseOf, change, checklist, compileCondition, conditionText, displayAnswer, evaluateCondition, factLabel, markdownGuide, mermaidQuestionnaire, mermaidWorkflow, next, optionLabel, outcome, recommend, restore, rulesFor, serialize, start, walk };
