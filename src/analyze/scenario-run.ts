import type { Diagnostic, DiagnosticCode, DiagnosticParams } from '../model/diagnostic.js';
import type { Outcome, OutcomeStatus } from '../model/outcome.js';
import type { Profile } from '../model/profile.js';
import type { CaseKey, Session } from '../model/session.js';
import type { CompiledTheme, SourceLocation } from '../model/theme.js';
import { outcome } from '../outcome/index.js';
import type { OperatorSet } from '../rules/registry.js';
import { caseOf } from '../session/case.js';
import { questionType } from '../session/question-types/index.js';
import { answer, next, sameValue, start } from '../session/transitions.js';
import { own } from '../util/own.js';
import { diagnosticAt, fileStart } from './report.js';

/** A scenario file (`*.test.yaml`) as `loadScenarios` reads it. */
export interface ScenarioFile {
  readonly file: string;
  /** The theme file as written, relative to this file. */
  readonly theme: string;
  readonly scenarios: readonly Scenario[];
  /** Where the `theme` value is written. */
  readonly themeAt: SourceLocation;
}

/** One scenario: who answers, what, and what the outcome must contain. */
export interface Scenario {
  readonly name: string;
  /** Inline, or the path of a profile file as written (resolved by the caller, see `runScenarios`). */
  readonly profile?: Profile | { readonly path: string };
  readonly today?: string;
  /** Answers by question id, as written (each is checked by the session when its question is asked). */
  readonly answers: Readonly<Record<string, unknown>>;
  readonly expect: ScenarioExpect;
  /**
   * Where things are written: `scenario` (the entry), `name`, `profile`, `today`, `answers`, `answer:<id>`,
   * `expect`, `expect:<key>` (the key as written, e.g. `expect:not-items`) and `expect:<key>/<index>`.
   */
  readonly locations: Readonly<Record<string, SourceLocation>>;
}

/** What a scenario expects; lists must be contained, `not…` lists must not be. */
export interface ScenarioExpect {
  readonly case?: string;
  readonly key?: string;
  readonly status?: OutcomeStatus;
  readonly items?: readonly string[];
  readonly notItems?: readonly string[];
  readonly materials?: readonly string[];
  readonly notMaterials?: readonly string[];
  readonly waived?: readonly string[];
  readonly passedOn?: readonly string[];
  readonly days?: number;
  readonly fee?: number;
  readonly visits?: number;
  readonly notices?: readonly string[];
  readonly notNotices?: readonly string[];
}

/** The result of one scenario: passed when it has no diagnostic. */
export interface ScenarioResult {
  readonly name: string;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the questionnaire was completed. */
  readonly case?: CaseKey;
  readonly outcome?: Outcome;
}

export interface RunScenariosOptions {
  /** Profiles of scenarios that name a profile file, by the path as written. */
  readonly profiles?: Readonly<Record<string, Profile>>;
  readonly operators?: OperatorSet;
}

/**
 * Runs each scenario through a real session: `start` with its profile and day, then each question as it is
 * asked is answered from `answers`. An answer the session rejects, a question asked but not answered, or an
 * answer to a question never asked is `scenario-invalid-answer`; each expectation the outcome does not meet
 * is `scenario-failed`, located at the expectation (at the list entry for lists).
 */
export function runScenarios(
  file: ScenarioFile,
  theme: CompiledTheme,
  options: RunScenariosOptions = {},
): ScenarioResult[] {
  return file.scenarios.map((scenario) => runScenario(file, scenario, theme, options));
}

function runScenario(
  file: ScenarioFile,
  scenario: Scenario,
  theme: CompiledTheme,
  options: RunScenariosOptions,
): ScenarioResult {
  const diagnostics: Diagnostic[] = [];
  const at = (element: string): SourceLocation =>
    own(scenario.locations, element) ??
    own(scenario.locations, element.split('/')[0] ?? element) ??
    own(scenario.locations, 'scenario') ??
    fileStart(file.file);
  const report = (code: DiagnosticCode, element: string, params: DiagnosticParams) =>
    diagnostics.push(diagnosticAt('error', code, at(element), { scenario: scenario.name, ...params }));
  const failed = (element: string, zh: string, en: string) =>
    report('scenario-failed', element, { detail: `${zh} / ${en}` });
  const invalid = (element: string, question: string, zh: string, en: string) =>
    report('scenario-invalid-answer', element, { question, detail: `${zh} / ${en}` });
  const done = (extra: { case?: CaseKey; outcome?: Outcome } = {}): ScenarioResult => ({
    name: scenario.name,
    ok: diagnostics.length === 0,
    diagnostics,
    ...extra,
  });

  let profile: Profile | undefined;
  if (scenario.profile !== undefined) {
    if ('path' in scenario.profile) {
      profile = own(options.profiles ?? {}, scenario.profile.path);
      if (!profile) {
        failed(
          'profile',
          `档案文件“${scenario.profile.path}”未能读取`,
          `profile "${scenario.profile.path}" was not loaded`,
        );
        return done();
      }
    } else profile = scenario.profile;
  }
  let session: Session;
  try {
    session = start(theme, {
      ...(profile === undefined ? {} : { profile }),
      ...(scenario.today === undefined ? {} : { today: scenario.today }),
      ...(options.operators === undefined ? {} : { operators: options.operators }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    failed('today', `无法开始问卷：${reason}`, `cannot start: ${reason}`);
    return done();
  }

  const used = new Set<string>();
  for (;;) {
    const step = next(session);
    if (step.done) break;
    const id = step.question.id;
    if (!Object.hasOwn(scenario.answers, id)) {
      invalid(
        Object.hasOwn(scenario.locations, 'answers') ? 'answers' : 'scenario',
        id,
        `问到了“${step.question.ask}”，但没有给出回答`,
        `"${id}" is asked but not answered`,
      );
      return done();
    }
    const result = answer(session, id, scenario.answers[id]);
    if (!result.ok) {
      report('scenario-invalid-answer', `answer:${id}`, { question: id, detail: result.error.message });
      return done();
    }
    used.add(id);
    session = result.session;
  }
  for (const id of Object.keys(scenario.answers)) {
    if (used.has(id)) continue;
    const question = theme.questions.find((q) => q.id === id);
    if (!question) {
      invalid(`answer:${id}`, id, `主题中没有问题“${id}”`, `the theme has no question "${id}"`);
      continue;
    }
    const prefilled = own(session.answers, id);
    if (prefilled?.prefilled) {
      const accepted = questionType(question).accept(question, scenario.answers[id], session.today);
      if (accepted.ok && sameValue(accepted.value, prefilled.value)) continue;
      invalid(
        `answer:${id}`,
        id,
        `已由档案预填为 ${JSON.stringify(prefilled.value)}，不会再问`,
        `prefilled from the profile as ${JSON.stringify(prefilled.value)}; not asked`,
      );
      continue;
    }
    invalid(`answer:${id}`, id, '按这组回答，这个问题不会被提问', 'not asked with these answers');
  }
  if (diagnostics.length > 0) return done();

  const result = outcome(session);
  const kase = caseOf(session);
  checkExpectations(scenario.expect, result, kase, failed);
  return done({ case: kase, outcome: result });
}

type Fail = (element: string, zh: string, en: string) => void;

function checkExpectations(expect: ScenarioExpect, o: Outcome, kase: CaseKey, failed: Fail): void {
  if (expect.case !== undefined && expect.case !== kase.label)
    failed(
      'expect:case',
      `情形为“${kase.label}”，预期“${expect.case}”`,
      `the case is "${kase.label}", expected "${expect.case}"`,
    );
  if (expect.key !== undefined && expect.key !== kase.key)
    failed(
      'expect:key',
      `情形键为“${kase.key}”，预期“${expect.key}”`,
      `the case key is "${kase.key}", expected "${expect.key}"`,
    );
  if (expect.status !== undefined && expect.status !== o.status)
    failed(
      'expect:status',
      `状态为 ${o.status}，预期 ${expect.status}`,
      `the status is ${o.status}, expected ${expect.status}`,
    );

  const items = new Set(o.items.map((i) => i.id));
  contains('items', expect.items, (id) => items.has(id), failed, ['缺少事项', 'missing item']);
  contains('not-items', expect.notItems, (id) => !items.has(id), failed, ['不应有事项', 'unexpected item']);
  const materials = new Map(o.materials.map((m) => [m.id, m.status]));
  contains('materials', expect.materials, (id) => materials.has(id), failed, [
    '缺少材料',
    'missing material',
  ]);
  contains('not-materials', expect.notMaterials, (id) => !materials.has(id), failed, [
    '不应有材料',
    'unexpected material',
  ]);
  statusOf('waived', expect.waived, materials, failed, ['未免提交', 'is not waived']);
  statusOf('passed-on', expect.passedOn, materials, failed, ['未在流程内传递', 'is not passed on']);

  const figures = [
    ['days', expect.days, o.totals.days.critical, '个工作日', 'working days'],
    ['fee', expect.fee, o.totals.fee.total, '元', 'yuan'],
    ['visits', expect.visits, o.totals.visits.count, '次到场', 'visits'],
  ] as const;
  for (const [key, wanted, actual, zh, en] of figures) {
    if (wanted !== undefined && wanted !== actual)
      failed(`expect:${key}`, `实际 ${actual} ${zh}，预期 ${wanted}`, `${actual} ${en}, expected ${wanted}`);
  }
  const notices = new Set(o.notices.map((n) => n.id));
  contains('notices', expect.notices, (id) => notices.has(id), failed, ['缺少提示', 'missing notice']);
  contains('not-notices', expect.notNotices, (id) => !notices.has(id), failed, [
    '不应有提示',
    'unexpected notice',
  ]);
}

function contains(
  key: string,
  list: readonly string[] | undefined,
  holds: (id: string) => boolean,
  failed: Fail,
  [zh, en]: readonly [string, string],
): void {
  list?.forEach((id, i) => {
    if (!holds(id)) failed(`expect:${key}/${i}`, `${zh} ${id}`, `${en} ${id}`);
  });
}

function statusOf(
  key: 'waived' | 'passed-on',
  list: readonly string[] | undefined,
  materials: ReadonlyMap<string, string>,
  failed: Fail,
  [zh, en]: readonly [string, string],
): void {
  list?.forEach((id, i) => {
    const status = materials.get(id);
    if (status === key) return;
    if (status === undefined) failed(`expect:${key}/${i}`, `缺少材料 ${id}`, `missing material ${id}`);
    else failed(`expect:${key}/${i}`, `材料 ${id} ${zh}（${status}）`, `material ${id} ${en} (${status})`);
  });
}
