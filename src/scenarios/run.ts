import { TongbanError } from '../errors.js';
import { diagnosticOf } from '../messages/diagnostics.js';
import type { Diagnostic, DiagnosticParamsOf, SCENARIO_CHECKS } from '../model/diagnostic.js';
import type { TongbanErrorParamsOf } from '../model/errors.js';
import type { Outcome, OutcomeItem } from '../model/outcome.js';
import type { OutcomeRules } from '../model/outcome-rules.js';
import type { Profile } from '../model/profile.js';
import type { CaseKey, Session } from '../model/session.js';
import type { CompiledTheme, Question, SourceLocation } from '../model/theme.js';
import { outcome } from '../outcome/index.js';
import { questionType } from '../question-types/index.js';
import { RulesError } from '../rules/errors.js';
import type { OperatorSet } from '../rules/registry.js';
import { caseOf } from '../session/case.js';
import { answer, next, sameValue, start } from '../session/transitions.js';
import { fileStart } from '../util/location.js';
import { own } from '../util/own.js';
import type { GivenValue } from '../util/quote.js';
import type { Scenario, ScenarioExpect, ScenarioFile } from './types.js';
import { unknownIds } from './unknown-ids.js';

/** The result of one scenario: passed when it has no error (a `scenario-unknown-id` warning does not fail it). */
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
  /** Outcome rules that replace the defaults, as `start(theme, { rules })` takes them. */
  readonly rules?: Partial<OutcomeRules>;
}

/**
 * Runs each scenario through a real session: `start` with its profile and day, then each question as it is
 * asked is answered from `answers`. An answer the session rejects, a question asked but not answered, or an
 * answer to a question never asked is `scenario-invalid-answer`; each expectation the outcome does not meet
 * is `scenario-failed`, located at the expectation (at the list entry for lists). An id of a `not…` list that
 * the theme does not define is the warning `scenario-unknown-id`: that check could never fail.
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
  const failed: Fail = (element, params) =>
    diagnostics.push(
      diagnosticOf('error', 'scenario-failed', at(element), { scenario: scenario.name, ...params }),
    );
  const invalid = (
    element: string,
    params: Omit<DiagnosticParamsOf<'scenario-invalid-answer'>, 'scenario'>,
  ) =>
    diagnostics.push(
      diagnosticOf('error', 'scenario-invalid-answer', at(element), { scenario: scenario.name, ...params }),
    );
  const done = (extra: { case?: CaseKey; outcome?: Outcome } = {}): ScenarioResult => ({
    name: scenario.name,
    ok: diagnostics.every((d) => d.severity !== 'error'),
    diagnostics,
    ...extra,
  });
  for (const { list, index, id } of unknownIds(scenario.expect, theme)) {
    diagnostics.push(
      diagnosticOf('warning', 'scenario-unknown-id', at(`expect:${list}/${index}`), {
        scenario: scenario.name,
        list,
        id,
      }),
    );
  }

  let profile: Profile | undefined;
  if (scenario.profile !== undefined) {
    if ('path' in scenario.profile) {
      profile = own(options.profiles ?? {}, scenario.profile.path);
      if (!profile) {
        failed('profile', { check: 'profile-not-loaded', path: scenario.profile.path });
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
      ...(options.rules === undefined ? {} : { rules: options.rules }),
    });
  } catch (error) {
    if (error instanceof TongbanError && error.code === 'invalid-today')
      failed('today', { check: 'invalid-today', ...givenToday(error.params as GivenValue) });
    else failed('today', { check: 'cannot-start', ...startFailure(error) });
    return done();
  }

  const used = new Set<string>();
  /** `question=option` of every option offered when its question was asked. */
  const offered = new Set<string>();
  for (;;) {
    const step = next(session);
    if (step.done) break;
    const id = step.question.id;
    for (const option of step.options) offered.add(`${id}=${option.id}`);
    if (!Object.hasOwn(scenario.answers, id)) {
      invalid(Object.hasOwn(scenario.locations, 'answers') ? 'answers' : 'scenario', {
        question: id,
        problem: 'not-answered',
        ask: step.question.ask,
      });
      return done();
    }
    const result = answer(session, id, written(step.question, scenario.answers[id]));
    if (!result.ok) {
      // The refusal's own params ride along, so that its message can be given in either language.
      invalid(`answer:${id}`, {
        ...result.error.params,
        question: id,
        problem: 'refused',
        refusal: result.error.code,
      });
      return done();
    }
    used.add(id);
    session = result.session;
  }
  for (const id of Object.keys(scenario.answers)) {
    if (used.has(id)) continue;
    const question = theme.questions.find((q) => q.id === id);
    if (!question) {
      invalid(`answer:${id}`, { question: id, problem: 'no-such-question' });
      continue;
    }
    const prefilled = own(session.answers, id);
    if (prefilled?.prefilled) {
      const value = written(question, scenario.answers[id]);
      const accepted = questionType(question).accept(question, value, session.today);
      if (accepted.ok && sameValue(accepted.value, prefilled.value)) continue;
      invalid(`answer:${id}`, {
        question: id,
        problem: 'prefilled',
        prefilled: JSON.stringify(prefilled.value),
      });
      continue;
    }
    invalid(`answer:${id}`, { question: id, problem: 'not-asked' });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return done();

  const result = outcome(session);
  const kase = caseOf(session);
  checkExpectations(scenario.expect, result, kase, failed);
  contains('offered', scenario.expect.offered, (id) => offered.has(id), failed, 'option-not-offered');
  contains('not-offered', scenario.expect.notOffered, (id) => !offered.has(id), failed, 'unexpected-option');
  return done({ case: kase, outcome: result });
}

/**
 * The answer a scenario's value stands for: a text is read as the command line reads it (`yes`/`no`/`是`/`否`
 * for a yes/no question, `a+b` for several options, a decimal for a number), so that scenario files, `--answers`
 * and case keys spell answers alike; any other value is taken as written.
 */
function written(question: Question, value: unknown): unknown {
  return typeof value === 'string' ? questionType(question).fromText(question, value) : value;
}

/** Reports an expectation the scenario does not meet, at an element of the scenario. */
type Fail = (element: string, params: Omit<DiagnosticParamsOf<'scenario-failed'>, 'scenario'>) => void;

type Check = (typeof SCENARIO_CHECKS)[number];

function checkExpectations(expect: ScenarioExpect, o: Outcome, kase: CaseKey, failed: Fail): void {
  if (expect.case !== undefined && expect.case !== kase.label)
    failed('expect:case', { check: 'case', actual: kase.label, expected: expect.case });
  if (expect.key !== undefined && expect.key !== kase.key)
    failed('expect:key', { check: 'key', actual: kase.key, expected: expect.key });
  if (expect.status !== undefined && expect.status !== o.status)
    failed('expect:status', { check: 'status', actual: o.status, expected: expect.status });

  const items = new Set(o.items.map((i) => i.id));
  contains('items', expect.items, (id) => items.has(id), failed, 'missing-item');
  contains('not-items', expect.notItems, (id) => !items.has(id), failed, 'unexpected-item');
  const materials = new Map(o.materials.map((m) => [m.id, m.status]));
  contains('materials', expect.materials, (id) => materials.has(id), failed, 'missing-material');
  contains('not-materials', expect.notMaterials, (id) => !materials.has(id), failed, 'unexpected-material');
  statusOf('waived', expect.waived, materials, failed, 'not-waived');
  statusOf('passed-on', expect.passedOn, materials, failed, 'not-passed-on');
  statusOf('shared', expect.shared, materials, failed, 'not-shared');
  statusOf('generated', expect.generated, materials, failed, 'not-generated');
  statusOf('committed', expect.committed, materials, failed, 'not-committed');

  const figures = [
    ['days', expect.days, o.totals.days.critical],
    ['fee', expect.fee, o.totals.fee.total],
    ['visits', expect.visits, o.totals.visits.count],
    ['to-submit', expect.toSubmit, o.merge.toSubmit],
  ] as const;
  for (const [key, wanted, actual] of figures) {
    if (wanted !== undefined && wanted !== actual)
      failed(`expect:${key}`, { check: key, actual, expected: wanted });
  }
  const notices = new Set(o.notices.map((n) => n.id));
  contains('notices', expect.notices, (id) => notices.has(id), failed, 'missing-notice');
  contains('not-notices', expect.notNotices, (id) => !notices.has(id), failed, 'unexpected-notice');
  const delivery = new Set<string>(o.totals.delivery);
  contains('delivery', expect.delivery, (id) => delivery.has(id), failed, 'missing-delivery');
  contains('not-delivery', expect.notDelivery, (id) => !delivery.has(id), failed, 'unexpected-delivery');
  const deferred = new Set(o.materials.filter((m) => m.deferrable === true).map((m) => m.id));
  contains('deferrable', expect.deferrable, (id) => deferred.has(id), failed, 'not-deferrable');
  const booked = new Set(
    o.totals.visits.list.filter((v) => v.venue.appointment === true).map((v) => v.venue.id),
  );
  contains('appointments', expect.appointments, (id) => booked.has(id), failed, 'no-appointment');
  daysOf('item-days', expect.itemDays, o, (item) => item.days, failed);
  daysOf('statutory-days', expect.statutoryDays, o, (item) => item.statutoryDays, failed);
}

/** Checks the promised or statutory working days of the named items; an item not in the case is missing. */
function daysOf(
  key: 'item-days' | 'statutory-days',
  wanted: Readonly<Record<string, number>> | undefined,
  o: Outcome,
  days: (item: OutcomeItem) => number | undefined,
  failed: Fail,
): void {
  if (wanted === undefined) return;
  for (const [id, expected] of Object.entries(wanted)) {
    const item = o.items.find((i) => i.id === id);
    if (item === undefined) failed(`expect:${key}/${id}`, { check: 'missing-item', id });
    else {
      const actual = days(item);
      if (actual !== expected)
        failed(`expect:${key}/${id}`, {
          check: key,
          id,
          expected,
          ...(actual === undefined ? {} : { actual }),
        });
    }
  }
}

function contains(
  key: string,
  list: readonly string[] | undefined,
  holds: (id: string) => boolean,
  failed: Fail,
  check: Check,
): void {
  list?.forEach((id, i) => {
    if (!holds(id)) failed(`expect:${key}/${i}`, { check, id });
  });
}

function statusOf(
  key: 'waived' | 'passed-on' | 'shared' | 'generated' | 'committed',
  list: readonly string[] | undefined,
  materials: ReadonlyMap<string, string>,
  failed: Fail,
  check: 'not-waived' | 'not-passed-on' | 'not-shared' | 'not-generated' | 'not-committed',
): void {
  list?.forEach((id, i) => {
    const status = materials.get(id);
    if (status === key) return;
    if (status === undefined) failed(`expect:${key}/${i}`, { check: 'missing-material', id });
    else failed(`expect:${key}/${i}`, { check, id, status });
  });
}

/**
 * The `today` a session refused, as its `TongbanError` describes it: `today` when it is text, else the value
 * as JavaScript writes it or only its kind.
 */
function givenToday(
  given: GivenValue,
): Pick<DiagnosticParamsOf<'scenario-failed'>, 'today' | 'value' | 'kind'> {
  return 'text' in given ? { today: given.text } : given;
}

/**
 * Why `start` threw, as language-neutral params: the code of a `TongbanError` or `RulesError` (for
 * `invalid-argument`, the option at fault, its rule and the value given, as the error has them); any other
 * error's own message as written.
 */
function startFailure(
  error: unknown,
): Pick<
  DiagnosticParamsOf<'scenario-failed'>,
  'failure' | 'name' | 'rule' | 'text' | 'value' | 'kind' | 'detail'
> {
  if (error instanceof TongbanError) {
    if (error.code !== 'invalid-argument') return { failure: error.code };
    const { name, rule, text, value, kind } = error.params as TongbanErrorParamsOf<'invalid-argument'>;
    return {
      failure: error.code,
      name,
      rule,
      ...(text === undefined ? {} : { text }),
      ...(value === undefined ? {} : { value }),
      ...(kind === undefined ? {} : { kind }),
    };
  }
  if (error instanceof RulesError) return { failure: error.code };
  return { failure: 'other', detail: error instanceof Error ? error.message : String(error) };
}
