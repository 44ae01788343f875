import { C as Catalog } from './scenario-run-BBSOntUF.cjs';
export { R as RunScenariosOptions, S as Scenario, a as ScenarioExpect, b as ScenarioFile, c as ScenarioResult, r as runScenarios } from './scenario-run-BBSOntUF.cjs';
import { P as Profile, O as OperatorSet, a as OutcomeStatus, C as CompiledTheme, D as DiagnosticCode, S as Severity, b as DiagnosticParams, T as ThemeCatalog, c as SourceLocation, d as Diagnostic, N as NoticeKind, M as MaterialForm, e as MaterialStatus, A as AnswerValue } from './outcome-DVw96QOC.cjs';

/** Options shared by enumeration, checks and diffs. */
interface EnumerateOptions {
    /** Stop after this many cases (default 100,000; `Infinity` for no limit). */
    readonly maxCases?: number;
    /** Prefilled questions (`prefill`) take the profile's value and are not branched on. */
    readonly profile?: Profile;
    /** `YYYY-MM-DD`: resolves `today±N` date bounds and derived facts. */
    readonly today?: string;
    readonly operators?: OperatorSet;
}

/** The figures of a theme's cases that need no outcome: how many, by status, which questions some case asks. */
interface Census {
    readonly count: number;
    /** True when more than `maxCases` cases exist: the figures are then those of the first `maxCases`. */
    readonly truncated: boolean;
    readonly byStatus: Readonly<Record<OutcomeStatus, number>>;
    /** By question index: whether some case asks it. */
    readonly asked: readonly boolean[];
    /** Cases with no item and no notice, and the first of them in enumeration order. */
    readonly deadEnds: number;
    readonly deadEnd?: {
        readonly key: string;
        readonly label: string;
    };
    /**
     * By question index, when the cases were counted over merged states: up to NODES_KEPT nodes where the
     * question branches, each as the choices that lead there (`WalkOptions.fixed`: -1 where nothing was
     * chosen), one per state. `separateChoices` starts from them instead of searching for such nodes.
     */
    readonly nodes?: readonly (readonly Int32Array[])[];
}

/**
 * What one exploration of a theme finds out, for the checks (see `exploreTheme`): the census of its cases
 * (count, `truncated` when `maxCases` stopped it, cases by status, asked questions, dead ends), and which
 * choices matter.
 */
interface EnumerationResults extends Omit<Census, 'nodes'> {
    readonly maxCases: number;
    /**
     * By question index: whether at some node where it is asked two of its choices lead to different subtrees
     * (other questions follow, or some path ends in another outcome). All false when `truncated`.
     */
    readonly matters: readonly boolean[];
    /**
     * By question index, for single-choice questions: `differs[a][b]` is true when options a and b (by option
     * index) lead to different subtrees at some node where the question is asked. Left out (undefined) for a
     * question with more than MAX_COMPARED_OPTIONS options: the table is quadratic in them. All false when
     * `truncated`.
     */
    readonly differs: readonly (readonly (readonly boolean[])[] | undefined)[];
}
/**
 * Explores every case of a theme in two passes. The first (`censusOf`) counts cases by status and dead ends
 * and marks asked questions, over states merged question by question: it reads only question, notice and
 * item conditions, and builds no outcome. The second (`separateChoices`, when the first was not truncated) tells, question by
 * question, which choices lead to different subtrees: it compares the first case below each choice at the
 * first nodes where the question is asked, which settles almost every pair at once, and enumerates whole
 * subtrees only for pairs still alike: the work of the old all-cases numbering is left to the findings.
 */
declare function exploreTheme(theme: CompiledTheme, options?: EnumerateOptions): EnumerationResults;

/** Options of the analysis: how far to enumerate, on which day, with which operators, which checks. */
interface AnalyzeOptions {
    /** Stop enumerating a theme after this many cases (default 100,000; `case-limit` warns). */
    readonly maxCases?: number;
    /** `YYYY-MM-DD`: resolves `today±N` date bounds while enumerating. */
    readonly today?: string;
    readonly operators?: OperatorSet;
    /** Run only these checks (default: all). */
    readonly only?: readonly DiagnosticCode[];
}
/** Reports a finding at an element (`question:purpose`, `option:purpose/tour-group`, `material:id-card`). */
type Report = (element: string, params: DiagnosticParams) => void;
/** What a check of one theme reads. */
interface ThemeCheckContext {
    readonly theme: CompiledTheme;
    readonly options: AnalyzeOptions;
    /** Every case of the theme, enumerated on first use and shared by the checks. */
    enumeration(): EnumerationResults;
}
/** What a check of catalog entries reads: a theme's own entries, or a whole catalog. */
interface CatalogCheckContext {
    readonly entries: ThemeCatalog;
    readonly locations: Readonly<Record<string, SourceLocation>>;
}
/** What a check across a library reads: the catalog and every theme that uses it. */
interface LibraryCheckContext {
    readonly catalog: Catalog;
    readonly themes: readonly CompiledTheme[];
}
interface CheckBase {
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    readonly description: {
        readonly zh: string;
        readonly en: string;
    };
}
/** A check of one theme (`analyzeTheme`, and each theme of `analyzeLibrary`). */
interface ThemeCheck extends CheckBase {
    readonly scope: 'theme';
    run(context: ThemeCheckContext, report: Report): void;
}
/** A check of catalog entries: a theme's in `analyzeTheme`, the whole catalog's once in `analyzeLibrary`. */
interface CatalogCheck extends CheckBase {
    readonly scope: 'catalog';
    run(context: CatalogCheckContext, report: Report): void;
}
/** A check across a library (`analyzeLibrary` only). */
interface LibraryCheck extends CheckBase {
    readonly scope: 'library';
    run(context: LibraryCheckContext, report: Report): void;
}
/** An analysis check; one per file in this folder, listed in `index.ts`. */
type AnalysisCheck = ThemeCheck | CatalogCheck | LibraryCheck;

/**
 * Every per-theme check and the catalog checks on the entries the theme carries, as located diagnostics
 * (sorted by file, line, column). Enumerates the theme's cases once (without a profile: every prefillable
 * question is branched on).
 */
declare function analyzeTheme(theme: CompiledTheme, options?: AnalyzeOptions): Diagnostic[];
/**
 * Every per-theme check on each theme, the catalog checks once on the whole catalog, and the checks across
 * the library (`unused-catalog-entry`), as located diagnostics sorted by file, line and column.
 */
declare function analyzeLibrary(catalog: Catalog, themes: readonly CompiledTheme[], options?: AnalyzeOptions): Diagnostic[];

/** Every analysis check, in the order they run; adding a check = adding a file and a line here. */
declare const ANALYSIS_CHECKS: readonly AnalysisCheck[];

/** What a case yields, entry by entry: the part of an outcome that policy diffs and checks compare. */
interface CaseDetail {
    readonly status: OutcomeStatus;
    readonly notices: readonly {
        readonly id: string;
        readonly kind: NoticeKind;
    }[];
    /** Items in the theme's order, with the days, fee and venue of the variants that hold. */
    readonly items: readonly {
        readonly id: string;
        readonly name: string;
        readonly days?: number;
        readonly fee?: number;
        readonly venue?: string;
    }[];
    /** The merged material list, in order of first use. */
    readonly materials: readonly {
        readonly id: string;
        readonly name: string;
        readonly form: MaterialForm;
        readonly copies: number;
        readonly status: MaterialStatus;
    }[];
    /** Critical-path days, total fee, visits. */
    readonly days: number;
    readonly fee: number;
    readonly visits: number;
}

/** Options of `diffThemes`: the enumeration options, applied to both themes. */
type DiffOptions = EnumerateOptions;
/** One side of a diff. */
interface DiffSide {
    readonly id: string;
    readonly title: string;
    readonly version: string;
    readonly hash: string;
    readonly cases: number;
    /** True when `maxCases` stopped its enumeration: cases past the limit are not compared. */
    readonly truncated: boolean;
}
/** A case only one side has, with what it yields. */
interface DiffCase {
    readonly key: string;
    readonly label: string;
    readonly status: OutcomeStatus;
    readonly items: readonly string[];
    readonly days: number;
    readonly fee: number;
    readonly visits: number;
}
/** What changed in one case, in a fixed order: status, items, materials, days, fee, visits, notices. */
type CaseChange = {
    readonly kind: 'status';
    readonly from: OutcomeStatus;
    readonly to: OutcomeStatus;
} | {
    readonly kind: 'item-added' | 'item-removed';
    readonly item: string;
    readonly name: string;
} | {
    readonly kind: 'material-added';
    readonly material: string;
    readonly name: string;
    readonly form: MaterialForm;
    readonly copies: number;
    readonly status: MaterialStatus;
} | {
    readonly kind: 'material-removed';
    readonly material: string;
    readonly name: string;
} | {
    readonly kind: 'material-changed';
    readonly material: string;
    readonly name: string;
    readonly form?: {
        readonly from: MaterialForm;
        readonly to: MaterialForm;
    };
    readonly copies?: {
        readonly from: number;
        readonly to: number;
    };
    readonly status?: {
        readonly from: MaterialStatus;
        readonly to: MaterialStatus;
    };
} | {
    readonly kind: 'days' | 'fee' | 'visits';
    readonly from: number;
    readonly to: number;
} | {
    readonly kind: 'notice-added' | 'notice-removed';
    readonly notice: string;
};
/** A case both sides have whose outcome differs. */
interface ChangedCase {
    readonly key: string;
    /** The new label (labels may change with option texts; cases are matched by key). */
    readonly label: string;
    readonly changes: readonly CaseChange[];
}
/** Changed cases that changed in exactly the same way. */
interface ChangeGroup {
    readonly changes: readonly CaseChange[];
    /** Keys of the cases, in the new theme's order. */
    readonly cases: readonly string[];
}
/** How a new version of a theme changes what citizens get, case by case. */
interface PolicyDiff {
    readonly old: DiffSide;
    readonly next: DiffSide;
    /** Cases only the new theme has, in its order. */
    readonly added: readonly DiffCase[];
    /** Cases only the old theme has, in its order. */
    readonly removed: readonly DiffCase[];
    /** Cases of both whose outcome differs, in the new theme's order. */
    readonly changed: readonly ChangedCase[];
    /** Cases of both with the same outcome. */
    readonly unchanged: number;
    /** `changed`, grouped by identical changes, groups in order of their first case. */
    readonly groups: readonly ChangeGroup[];
}
/**
 * Compares the outcomes of every case of two versions of a theme. Cases are matched by key (so a new cut on
 * a number question, which changes band keys, shows as cases removed and added); for each case both have,
 * the outcome entries are compared: items, materials (added, removed, form, copies, status), critical-path
 * days, fee, visits, status and notices. Deterministic: the order follows the enumeration.
 */
declare function diffThemes(old: CompiledTheme, next: CompiledTheme, options?: DiffOptions): PolicyDiff;

type Lang = 'zh' | 'en';

interface FormatDiffOptions {
    /** Example cases shown per group of changes, and cases listed as added or removed (default 5). */
    readonly examples?: number;
}
/** A policy diff as text for people, in Chinese or English (the CLI's `tongban diff`). */
declare function formatDiff(diff: PolicyDiff, lang?: Lang, options?: FormatDiffOptions): string;
/** One change as a line of text. */
declare function changeText(change: CaseChange, lang?: Lang): string;

/** One smallest-granularity case (最小颗粒度办事情形) and what it yields. */
interface CaseSummary {
    /** As `caseOf` gives it for a session with these answers. */
    readonly key: string;
    readonly label: string;
    /** The user's answers in question order; prefilled answers are left out (the profile gives them). */
    readonly answers: Readonly<Record<string, AnswerValue>>;
    readonly status: OutcomeStatus;
    /** Item ids in the theme's order. */
    readonly items: readonly string[];
    /** Materials to hand in (`outcome.merge.toSubmit`). */
    readonly materials: number;
    /** Working days on the critical path (`outcome.totals.days.critical`). */
    readonly days: number;
    /** Yuan (`outcome.totals.fee.total`). */
    readonly fee: number;
    /** On-site visits (`outcome.totals.visits.count`). */
    readonly visits: number;
}
/** How an enumeration ended. */
interface EnumerationEnd {
    /** Cases yielded. */
    readonly count: number;
    /** True when `maxCases` cases were yielded and more exist. */
    readonly truncated: boolean;
}
/** The default `maxCases`. */
declare const DEFAULT_MAX_CASES = 100000;
/**
 * Streams every case of a theme: every complete path through the questionnaire, depth first, in question
 * and choice order (see docs/analysis.md for how number, date and multiple-choice answers are partitioned).
 * Nothing is collected, so memory stays flat however many cases there are; the generator's return value
 * says how many were yielded and whether `maxCases` cut the enumeration short.
 */
declare function enumerateCases(theme: CompiledTheme, options?: EnumerateOptions): Generator<CaseSummary, EnumerationEnd, undefined>;

export { ANALYSIS_CHECKS, type AnalysisCheck, type AnalyzeOptions, type CaseChange, type CaseDetail, type CaseSummary, type CatalogCheck, type CatalogCheckContext, type ChangeGroup, type ChangedCase, DEFAULT_MAX_CASES, type DiffCase, type DiffOptions, type DiffSide, type EnumerateOptions, type EnumerationEnd, type EnumerationResults, type FormatDiffOptions, type LibraryCheck, type LibraryCheckContext, type PolicyDiff, type Report, type ThemeCheck, type ThemeCheckContext, analyzeLibrary, analyzeTheme, changeText, diffThemes, enumerateCases, exploreTheme, formatDiff };
