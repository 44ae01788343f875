/**
 * The part of the analysis API that runs anywhere (no yaml, ajv or node:*): enumeration, checks, policy
 * diffs and scenario runs on compiled themes: the `tongban/analyze` entry.
 */

export type { RunScenariosOptions, ScenarioResult } from '../scenarios/run.js';
export { runScenarios } from '../scenarios/run.js';
export type { Scenario, ScenarioExpect, ScenarioFile } from '../scenarios/types.js';
export { analyzeLibrary, analyzeTheme, LibraryAnalysis } from './analyze.js';
export type {
  AnalysisCheck,
  AnalyzeOptions,
  CatalogCheck,
  CatalogCheckContext,
  LibraryCheck,
  LibraryPass,
  Report,
  ThemeCheck,
  ThemeCheckContext,
} from './checks/index.js';
export { ANALYSIS_CHECKS } from './checks/index.js';
export type { CaseDetail } from './detail.js';
export type {
  CaseChange,
  ChangedCase,
  ChangeGroup,
  DiffCase,
  DiffOptions,
  DiffSide,
  GroupChange,
  PolicyDiff,
  ShiftedTotal,
} from './diff.js';
export { diffThemes } from './diff.js';
export type { GrantChange, ItemAspect, ServiceChange, TriggerAspect, VenueAspect } from './diff-service.js';
export { ITEM_ASPECTS, TRIGGER_ASPECTS, VENUE_ASPECTS } from './diff-service.js';
export type { DiffSituation, SituationChange, SituationDiff, SituationLink } from './diff-situations.js';
export type { FormatDiffOptions } from './diff-text.js';
export { changeText, formatDiff, serviceChangeText } from './diff-text.js';
export type { CaseSummary, EnumerateOptions, EnumerationEnd } from './enumerate.js';
export { DEFAULT_MAX_CASES, enumerateCases } from './enumerate.js';
export type { EnumerationResults } from './explore.js';
export { exploreTheme } from './explore.js';
export type {
  ItemMaterial,
  ItemSituation,
  ItemSituationList,
  ItemSituations,
  ItemView,
  NoticeRule,
} from './item-situations.js';
export { enumerateItemSituations, itemSituationsOf } from './item-situations.js';
export type { FewOptions, OptionOffers } from './option-offers.js';
export { optionOffers } from './option-offers.js';
export { questionnaireRoutes } from './routes.js';
export { rowMatches } from './rule-rows.js';
export { outcomeSignature } from './signature.js';
export { cellText, deliveryText, questionTitle, ruleText } from './situation-text.js';
export type { RuleAnswer, RuleCell, RuleRow, Situation, SituationList } from './situations.js';
export { enumerateSituations } from './situations.js';
