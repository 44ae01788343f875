/**
 * The four engines of the session benchmark (bench/session.mjs), each running one respondent's session on the
 * questionnaire of bench/questionnaire.mjs. A step is one answer and finding what to ask next:
 * - tongban: `answer(session, q, v)` then `next(session)` (the built package's public entry);
 * - SurveyJS: `model.setValue(q, v)` then the first visible question without a value;
 * - json-rules-engine: `await engine.run(facts)` then the first question whose rule fired and is unanswered;
 * - naive: one immer `produce` that records the answer, then the visible list recomputed by a loop over the
 *   compiled closures, and the first visible question without an answer.
 * Setting up a session (tongban `start`, `new Model(json)`, the first question) is not timed. Each step is
 * timed by `stepClock`: `record` gets its wall-clock milliseconds and the process's CPU microseconds. Each run
 * returns the questions asked, in order, and the questions visible at the end (untimed), so that the engines
 * can be checked to agree.
 */
import { produce } from 'immer';
import { Model } from 'survey-core';
import { answer, next, start, walk } from '../dist/index.js';
import { naiveQuestionnaire, rulesEngine, surveyJson, tongbanTheme } from './questionnaire.mjs';

/** @typedef {{ asked: string[], visible: string[] }} Run */
/** @typedef {(question: string) => string} Respondent */
/** @typedef {(wallMs: number, cpuUs: number) => void} Recorder */

/**
 * Times steps by the clock and by the process's CPU time (`process.cpuUsage`, user + system): on a shared
 * machine a step of milliseconds is often paused while other processes run, which inflates its wall time but
 * not its CPU time. The CPU window holds part of the two `cpuUsage` calls: bench/session.mjs measures that
 * with empty steps (`calibrate`) and subtracts it.
 * @param {Recorder} record
 */
export function stepClock(record) {
  let cpu0 = process.cpuUsage();
  let t0 = 0;
  return {
    begin() {
      cpu0 = process.cpuUsage();
      t0 = performance.now();
    },
    end() {
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      record(wall, cpu.user + cpu.system);
    },
  };
}

export const ENGINES = /** @type {const} */ (['tongban', 'surveyjs', 'jre', 'naive']);
export const ENGINE_LABELS = {
  tongban: 'tongban',
  surveyjs: 'SurveyJS',
  jre: 'json-rules-engine',
  naive: 'naive',
};

/**
 * The questionnaire prepared once for every engine; returns one runner per engine.
 * @returns {Record<(typeof ENGINES)[number], (choose: Respondent, record: Recorder) => Promise<Run>>}
 */
export function prepareEngines(questions) {
  const theme = tongbanTheme(questions);
  const json = surveyJson(questions);
  const engine = rulesEngine(questions);
  const order = questions.map((q) => q.id);
  const compiled = naiveQuestionnaire(questions);
  return {
    tongban: async (choose, record) => runTongban(theme, choose, record),
    surveyjs: async (choose, record) => runSurvey(json, choose, record),
    jre: (choose, record) => runRules(engine, order, choose, record),
    naive: async (choose, record) => runNaive(compiled, choose, record),
  };
}

/** @returns {Run} */
function runTongban(theme, choose, record) {
  const clock = stepClock(record);
  const asked = [];
  let session = start(theme);
  let step = next(session);
  while (!step.done) {
    const question = step.question.id;
    asked.push(question);
    const value = choose(question);
    clock.begin();
    const result = answer(session, question, value);
    if (!result.ok) throw new Error(`tongban rejected ${question}=${value}: ${result.error.message}`);
    session = result.session;
    step = next(session);
    clock.end();
  }
  const { states } = walk(session);
  const visible = theme.questions.filter((_, i) => states[i] === 'answered').map((q) => q.id);
  return { asked, visible };
}

function firstOpenSurveyQuestion(model) {
  for (const q of model.getAllQuestions()) if (q.isVisible && q.isEmpty()) return q.name;
  return undefined;
}

/** @returns {Run} */
function runSurvey(json, choose, record) {
  const clock = stepClock(record);
  const asked = [];
  const model = new Model(json);
  let question = firstOpenSurveyQuestion(model);
  while (question !== undefined) {
    asked.push(question);
    const value = choose(question);
    clock.begin();
    model.setValue(question, value);
    question = firstOpenSurveyQuestion(model);
    clock.end();
  }
  const visible = model
    .getAllQuestions()
    .filter((q) => q.isVisible)
    .map((q) => q.name);
  return { asked, visible };
}

function firstOpenRule(events, order, facts) {
  const fired = new Set(events.map((e) => e.params.question));
  return { fired, question: order.find((id) => fired.has(id) && !(id in facts)) };
}

/** @returns {Promise<Run>} */
async function runRules(engine, order, choose, record) {
  const clock = stepClock(record);
  const asked = [];
  const facts = {};
  let open = firstOpenRule((await engine.run({ ...facts })).events, order, facts);
  while (open.question !== undefined) {
    const question = open.question;
    asked.push(question);
    const value = choose(question);
    clock.begin();
    facts[question] = value;
    const { events } = await engine.run({ ...facts });
    open = firstOpenRule(events, order, facts);
    clock.end();
  }
  return { asked, visible: order.filter((id) => open.fired.has(id)) };
}

/** The visible questions in order: every condition evaluated again on the answers. */
function visibleList(compiled, answers) {
  const visible = [];
  for (const q of compiled) if (q.visible(answers)) visible.push(q.id);
  return visible;
}

function firstUnanswered(visible, answers) {
  for (const id of visible) if (!Object.hasOwn(answers, id)) return id;
  return undefined;
}

/** @param {ReturnType<typeof naiveQuestionnaire>} compiled @returns {Run} */
function runNaive(compiled, choose, record) {
  const clock = stepClock(record);
  const asked = [];
  /** @type {{ answers: Record<string, string>, trail: string[] }} */
  let state = { answers: {}, trail: [] };
  let visible = visibleList(compiled, state.answers);
  let question = firstUnanswered(visible, state.answers);
  while (question !== undefined) {
    const id = question;
    asked.push(id);
    const value = choose(id);
    clock.begin();
    state = produce(state, (draft) => {
      draft.answers[id] = value;
      draft.trail.push(id);
    });
    visible = visibleList(compiled, state.answers);
    question = firstUnanswered(visible, state.answers);
    clock.end();
  }
  return { asked, visible };
}

/** The CPU µs an empty step shows (the median of `count`): part of the `cpuUsage` calls, subtracted. */
export function calibrate(count = 2000) {
  const cpu = [];
  const clock = stepClock((_, us) => cpu.push(us));
  for (let i = 0; i < count; i++) {
    clock.begin();
    clock.end();
  }
  cpu.sort((a, b) => a - b);
  return cpu[Math.floor(cpu.length / 2)] ?? 0;
}
