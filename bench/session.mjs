/**
 * Per-answer step time of a progressive questionnaire: tongban vs SurveyJS (survey-core) vs json-rules-engine.
 *
 * The same 40-question questionnaire (single-choice questions with 3–4 options, each but the first asked only
 * when one or two earlier answers hold: equal / notEqual / in / notIn, alone or under all / any) is expressed
 * three ways: a tongban theme (YAML loaded with `tongban/load`), a SurveyJS JSON with equivalent `visibleIf`
 * expressions, and one json-rules-engine `Engine` with one rule per question. The same respondents (a fixed
 * seed) answer whatever is asked; the three engines must ask the same questions in the same order, or the
 * benchmark fails.
 *
 * A step is one answer and finding the next question to ask:
 * - tongban: `answer(session, q, v)` then `next(session)`;
 * - SurveyJS: `model.setValue(q, v)` then the first visible question without a value;
 * - json-rules-engine: `await engine.run(facts)` then the first question whose rule fired and is unanswered.
 * Setting up a session (tongban `start`, `new Model(json)`, the first question) is not timed. Engines are
 * interleaved session by session, in rotating order, after a warm-up, all in one process (so garbage left by
 * one engine may be collected during another's step: p95 is noisier than the median).
 *
 * Build the package first, then run from the repository root:
 *   npx tsup && node bench/session.mjs [--json] [--sessions 200] [--rounds 3] [--warmup 50] [--seed N]
 * `--json` prints only the numbers as JSON. Exits with 1 if the engines disagree, or with `--strict` if tongban
 * misses its targets (≥ 20× faster than SurveyJS and ≥ 5× faster than json-rules-engine, by median step).
 * bench/run.mjs imports the questionnaire and the SurveyJS scenario from here (`main` runs only when executed).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Engine } from 'json-rules-engine';
import { Model } from 'survey-core';
import { answer, next, start } from '../dist/index.js';
import { loadCatalog, loadTheme } from '../dist/load.js';

export const QUESTIONS = 40;
const TARGETS = { surveyjs: 20, jre: 5 };

// ---------------------------------------------------------------------------------------------------------
// Options.

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

const settings = {
  sessions: option('sessions', 200),
  rounds: option('rounds', 3),
  warmup: option('warmup', 50),
  seed: option('seed', 20240611),
};
const asJson = process.argv.includes('--json');
const strict = process.argv.includes('--strict');

export { random } from './random.mjs';

// ---------------------------------------------------------------------------------------------------------
// The questionnaire, engine-neutral: questions with options and a condition on one or two earlier answers.

/**
 * @typedef {{ fact: string, operator: 'equal' | 'notEqual' | 'in' | 'notIn', value: string | string[] }} Test
 * @typedef {{ id: string, options: string[], when?: { join: 'all' | 'any', tests: Test[] } }} Question
 */

/** @returns {Question[]} */
export function buildQuestionnaire(rand) {
  /** @type {Question[]} */
  const questions = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const count = rand() < 0.5 ? 3 : 4;
    const options = Array.from({ length: count }, (_, k) => `o${k + 1}`);
    const id = `q${String(i + 1).padStart(2, '0')}`;
    if (i === 0) {
      questions.push({ id, options });
      continue;
    }
    const tests = [];
    const read = new Set();
    const wanted = i >= 2 && rand() < 0.35 ? 2 : 1;
    while (tests.length < wanted) {
      // A recent earlier question, so that conditions chain.
      const j = i - 1 - Math.floor(rand() * Math.min(i, 6));
      if (read.has(j)) continue;
      read.add(j);
      const source = /** @type {Question} */ (questions[j]);
      const pick = () => source.options[Math.floor(rand() * source.options.length)];
      const kind = rand();
      if (kind < 0.4) {
        const left = pick();
        tests.push({ fact: source.id, operator: 'in', value: source.options.filter((o) => o !== left) });
      } else if (kind < 0.6) {
        tests.push({ fact: source.id, operator: 'notEqual', value: pick() });
      } else if (kind < 0.8) {
        tests.push({ fact: source.id, operator: 'notIn', value: [pick()] });
      } else {
        tests.push({ fact: source.id, operator: 'equal', value: pick() });
      }
    }
    questions.push({ id, options, when: { join: rand() < 0.5 ? 'all' : 'any', tests } });
  }
  return questions;
}

// ---------------------------------------------------------------------------------------------------------
// Expressed three ways.

export function tongbanTheme(questions) {
  const shorthand = (t) => {
    if (t.operator === 'equal') return `{ ${t.fact}: ${t.value} }`;
    if (t.operator === 'in') return `{ ${t.fact}: [${t.value.join(', ')}] }`;
    const value = Array.isArray(t.value) ? `[${t.value.join(', ')}]` : t.value;
    return `{ ${t.fact}: { ${t.operator}: ${value} } }`;
  };
  const lines = ['id: bench-forty', 'title: 四十个问题', 'version: "1"', 'audience: person', 'questions:'];
  for (const [i, q] of questions.entries()) {
    lines.push(`  - id: ${q.id}`, `    ask: 第${i + 1}题？`);
    if (q.when) {
      const tests = q.when.tests.map(shorthand);
      lines.push(`    when: ${tests.length === 1 ? tests[0] : `{ ${q.when.join}: [${tests.join(', ')}] }`}`);
    }
    lines.push(`    options: { ${q.options.map((o) => `${o}: 选项${o.slice(1)}`).join(', ')} }`);
  }
  lines.push('items:', '  filing: always');
  const catalog =
    'departments:\n  office: { name: 政务服务中心, level: 区县 }\nitems:\n  filing: { name: 备案, department: office }\n';
  const loadedCatalog = loadCatalog([{ file: 'catalog.yaml', text: catalog }]);
  if (!loadedCatalog.ok) throw new Error(`catalog: ${JSON.stringify(loadedCatalog.diagnostics)}`);
  const loaded = loadTheme({ file: 'bench.yaml', text: `${lines.join('\n')}\n` }, loadedCatalog.catalog);
  if (!loaded.ok)
    throw new Error(`theme: ${loaded.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n')}`);
  return loaded.theme;
}

export function surveyJson(questions) {
  const quote = (v) => `'${v}'`;
  const expression = (t) => {
    switch (t.operator) {
      case 'equal':
        return `{${t.fact}} = ${quote(t.value)}`;
      case 'notEqual':
        return `{${t.fact}} <> ${quote(t.value)}`;
      case 'in':
        return `{${t.fact}} anyof [${t.value.map(quote).join(', ')}]`;
      case 'notIn':
        return `{${t.fact}} noneof [${t.value.map(quote).join(', ')}]`;
    }
    throw new Error(`no expression for ${t.operator}`);
  };
  return {
    pages: [
      {
        name: 'all',
        elements: questions.map((q) => ({
          type: 'radiogroup',
          name: q.id,
          choices: q.options,
          ...(q.when
            ? {
                visibleIf: q.when.tests
                  .map((t) => `(${expression(t)})`)
                  .join(q.when.join === 'all' ? ' and ' : ' or '),
              }
            : {}),
        })),
      },
    ],
  };
}

function rulesEngine(questions) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [priority, q] of questions.entries()) {
    const leaves = (q.when?.tests ?? []).map((t) => ({ fact: t.fact, operator: t.operator, value: t.value }));
    engine.addRule({
      name: q.id,
      priority: QUESTIONS - priority,
      conditions: q.when ? { [q.when.join]: leaves } : { all: [] },
      event: { type: 'ask', params: { question: q.id } },
    });
  }
  return engine;
}

// ---------------------------------------------------------------------------------------------------------
// One respondent's session per engine: the questions asked, and the time of each step.

/** @param {(question: string) => string} choose */
export function runTongban(theme, choose, record) {
  const asked = [];
  let session = start(theme);
  let step = next(session);
  while (!step.done) {
    const question = step.question.id;
    asked.push(question);
    const value = choose(question);
    const t0 = performance.now();
    const result = answer(session, question, value);
    if (!result.ok) throw new Error(`tongban rejected ${question}=${value}: ${result.error.message}`);
    session = result.session;
    step = next(session);
    record(performance.now() - t0);
  }
  return asked;
}

function firstOpenSurveyQuestion(model) {
  for (const q of model.getAllQuestions()) if (q.isVisible && q.isEmpty()) return q.name;
  return undefined;
}

export function runSurvey(json, choose, record) {
  const asked = [];
  const model = new Model(json);
  let question = firstOpenSurveyQuestion(model);
  while (question !== undefined) {
    asked.push(question);
    const value = choose(question);
    const t0 = performance.now();
    model.setValue(question, value);
    question = firstOpenSurveyQuestion(model);
    record(performance.now() - t0);
  }
  return asked;
}

function firstOpenRule(events, order, facts) {
  const fired = new Set(events.map((e) => e.params.question));
  return order.find((id) => fired.has(id) && !(id in facts));
}

async function runRules(engine, order, choose, record) {
  const asked = [];
  const facts = {};
  let question = firstOpenRule((await engine.run({ ...facts })).events, order, facts);
  while (question !== undefined) {
    asked.push(question);
    const value = choose(question);
    const t0 = performance.now();
    facts[question] = value;
    const { events } = await engine.run({ ...facts });
    question = firstOpenRule(events, order, facts);
    record(performance.now() - t0);
  }
  return asked;
}

// ---------------------------------------------------------------------------------------------------------

function stats(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  // Microseconds.
  const us = (ms) => Math.round(ms * 1000 * 100) / 100;
  return { steps: sorted.length, medianUs: us(at(0.5)), p95Us: us(at(0.95)), meanUs: us(mean) };
}

async function main() {
  const rand = random(settings.seed);
  const questions = buildQuestionnaire(rand);
  const order = questions.map((q) => q.id);
  const theme = tongbanTheme(questions);
  const json = surveyJson(questions);
  const engine = rulesEngine(questions);

  // Respondents: one choice per question, used whenever that question is asked.
  const respondents = Array.from({ length: settings.sessions }, () => {
    const choices = new Map(questions.map((q) => [q.id, q.options[Math.floor(rand() * q.options.length)]]));
    return (question) => /** @type {string} */ (choices.get(question));
  });

  const samples = { tongban: [], surveyjs: [], jre: [] };
  const ignore = () => {};
  const engines = {
    tongban: async (choose, record) => runTongban(theme, choose, record),
    surveyjs: async (choose, record) => runSurvey(json, choose, record),
    jre: (choose, record) => runRules(engine, order, choose, record),
  };
  const names = /** @type {const} */ (['tongban', 'surveyjs', 'jre']);

  let askedTotal = 0;
  const measure = async (round, warm) => {
    const count = warm ? Math.min(settings.warmup, respondents.length) : respondents.length;
    for (let i = 0; i < count; i++) {
      const choose = /** @type {(q: string) => string} */ (respondents[i]);
      const sequences = {};
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + i + k) % names.length];
        const record = warm ? ignore : (ms) => samples[name].push(ms);
        sequences[name] = await engines[name](choose, record);
      }
      const reference = sequences.tongban.join(' ');
      for (const name of names) {
        if (sequences[name].join(' ') !== reference) {
          throw new Error(
            `engines disagree on respondent ${i}:\n  tongban:  ${reference}\n  ${name}: ${sequences[name].join(' ')}`,
          );
        }
      }
      if (!warm) askedTotal += sequences.tongban.length;
    }
  };

  await measure(0, true);
  for (let round = 0; round < settings.rounds; round++) await measure(round, false);

  const result = {
    questionnaire: {
      questions: QUESTIONS,
      meanAsked: askedTotal / (settings.sessions * settings.rounds),
    },
    settings,
    node: process.version,
    engines: {
      tongban: stats(samples.tongban),
      surveyjs: stats(samples.surveyjs),
      jre: stats(samples.jre),
    },
  };
  const { tongban, surveyjs, jre } = result.engines;
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const ratios = {
    surveyjsMedian: ratio(surveyjs.medianUs, tongban.medianUs),
    surveyjsP95: ratio(surveyjs.p95Us, tongban.p95Us),
    jreMedian: ratio(jre.medianUs, tongban.medianUs),
    jreP95: ratio(jre.p95Us, tongban.p95Us),
  };
  const targets = {
    surveyjs: { target: TARGETS.surveyjs, met: ratios.surveyjsMedian >= TARGETS.surveyjs },
    jre: { target: TARGETS.jre, met: ratios.jreMedian >= TARGETS.jre },
  };
  const report = { ...result, ratios, targets };

  if (asJson) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const row = (name, s) =>
      `${name.padEnd(20)}${String(s.steps).padStart(8)}${s.medianUs.toFixed(1).padStart(12)}${s.p95Us.toFixed(1).padStart(12)}${s.meanUs.toFixed(1).padStart(12)}`;
    const x = (n) => `${n.toFixed(1)}×`;
    const mark = (t) => (t.met ? 'met' : 'MISSED');
    console.log(
      `${QUESTIONS} questions, ${settings.sessions} respondents × ${settings.rounds} rounds (warm-up ${settings.warmup}), ` +
        `${result.questionnaire.meanAsked.toFixed(1)} questions asked per session on average; Node ${process.version}`,
    );
    console.log(
      `${'engine'.padEnd(20)}${'steps'.padStart(8)}${'median µs'.padStart(12)}${'p95 µs'.padStart(12)}${'mean µs'.padStart(12)}`,
    );
    console.log(row('tongban', tongban));
    console.log(row('SurveyJS', surveyjs));
    console.log(row('json-rules-engine', jre));
    console.log(
      `tongban vs SurveyJS:          ${x(ratios.surveyjsMedian)} faster by median, ${x(ratios.surveyjsP95)} by p95 ` +
        `(target ≥ ${TARGETS.surveyjs}×: ${mark(targets.surveyjs)})`,
    );
    console.log(
      `tongban vs json-rules-engine: ${x(ratios.jreMedian)} faster by median, ${x(ratios.jreP95)} by p95 ` +
        `(target ≥ ${TARGETS.jre}×: ${mark(targets.jre)})`,
    );
  }
  if (strict && !(targets.surveyjs.met && targets.jre.met)) process.exitCode = 1;
}

// Run only when executed, not when bench/run.mjs imports the scenario.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
