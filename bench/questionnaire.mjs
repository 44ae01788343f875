/**
 * The progressive questionnaire of the session benchmark (bench/session.mjs), engine-neutral, and the same
 * questionnaire expressed for each engine: a tongban theme, a SurveyJS JSON with `visibleIf` expressions, a
 * json-rules-engine `Engine` with one rule per question, and the naive reference's closures.
 *
 * Every question is a single choice among 3 or 4 options; every question but the first is asked only when one
 * or two earlier answers hold (`equal`, `notEqual`, `in`, `notIn`, alone or under `all` / `any`), reading
 * recent questions so that conditions chain. A question that is not asked leaves its fact absent; all four
 * engines read an absent fact the way json-rules-engine does (`equal` and `in` false, `notEqual` and `notIn`
 * true), so they ask the same questions for the same answers (bench/session.mjs checks it).
 *
 * Deterministic from a seed (bench/random.mjs); the questionnaire of each size has its own seed, so a size's
 * questionnaire does not depend on which other sizes are run.
 */
import { Engine } from 'json-rules-engine';
import { loadCatalog, loadTheme } from '../dist/load.js';
import { random } from './random.mjs';

export const DEFAULT_SEED = 20240611;

/**
 * @typedef {'equal' | 'notEqual' | 'in' | 'notIn'} Operator
 * @typedef {{ fact: string, operator: Operator, value: string | string[] }} Test
 * @typedef {{ id: string, options: string[], when?: { join: 'all' | 'any', tests: Test[] } }} Question
 */

/** A progressive questionnaire of `size` questions, the same for the same size and seed. @returns {Question[]} */
export function buildQuestionnaire(size, seed = DEFAULT_SEED) {
  const rand = random(seed + size);
  const digits = String(size).length;
  /** @type {Question[]} */
  const questions = [];
  for (let i = 0; i < size; i++) {
    const count = rand() < 0.5 ? 3 : 4;
    const options = Array.from({ length: count }, (_, k) => `o${k + 1}`);
    const id = `q${String(i + 1).padStart(digits, '0')}`;
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
      const pick = () => /** @type {string} */ (source.options[Math.floor(rand() * source.options.length)]);
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

/**
 * `count` respondents, each with one choice per question that they give whenever that question is asked.
 * @returns {((question: string) => string)[]}
 */
export function buildRespondents(questions, count, seed = DEFAULT_SEED) {
  const rand = random(seed + 7919 * questions.length + 1);
  return Array.from({ length: count }, () => {
    const choices = new Map(questions.map((q) => [q.id, q.options[Math.floor(rand() * q.options.length)]]));
    return (question) => /** @type {string} */ (choices.get(question));
  });
}

// ---------------------------------------------------------------------------------------------------------
// The questionnaire for each engine.

/** The questionnaire as a tongban theme, loaded with the built package's loader (`tongban/load`). */
export function tongbanTheme(questions) {
  const shorthand = (t) => {
    if (t.operator === 'equal') return `{ ${t.fact}: ${t.value} }`;
    if (t.operator === 'in') return `{ ${t.fact}: [${t.value.join(', ')}] }`;
    const value = Array.isArray(t.value) ? `[${t.value.join(', ')}]` : t.value;
    return `{ ${t.fact}: { ${t.operator}: ${value} } }`;
  };
  const lines = [
    `id: bench-${questions.length}`,
    `title: ${questions.length}个问题`,
    'version: "1"',
    'audience: person',
    'questions:',
  ];
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

/** The questionnaire as SurveyJS JSON: one page of radio groups with equivalent `visibleIf` expressions. */
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

/** The questionnaire as one json-rules-engine `Engine`: one rule per question, whose event asks it. */
export function rulesEngine(questions) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [index, q] of questions.entries()) {
    const leaves = (q.when?.tests ?? []).map((t) => ({ fact: t.fact, operator: t.operator, value: t.value }));
    engine.addRule({
      name: q.id,
      priority: questions.length - index,
      conditions: q.when ? { [q.when.join]: leaves } : { all: [] },
      event: { type: 'ask', params: { question: q.id } },
    });
  }
  return engine;
}

/**
 * The naive reference's form: each condition compiled once to a closure over the answers (a plain object of
 * question id → option), with json-rules-engine's reading of absent facts.
 * @returns {{ id: string, visible: (answers: Record<string, string>) => boolean }[]}
 */
export function naiveQuestionnaire(questions) {
  const leaf = (t) => {
    const { fact, value } = t;
    switch (t.operator) {
      case 'equal':
        return (answers) => answers[fact] === value;
      case 'notEqual':
        return (answers) => answers[fact] !== value;
      case 'in':
        return (answers) => /** @type {string[]} */ (value).includes(answers[fact]);
      case 'notIn':
        return (answers) => !(/** @type {string[]} */ (value).includes(answers[fact]));
    }
    throw new Error(`no closure for ${t.operator}`);
  };
  return questions.map((q) => {
    if (!q.when) return { id: q.id, visible: () => true };
    const tests = q.when.tests.map(leaf);
    const [a, b] = tests;
    if (b === undefined) return { id: q.id, visible: /** @type {NonNullable<typeof a>} */ (a) };
    const first = /** @type {NonNullable<typeof a>} */ (a);
    return {
      id: q.id,
      visible: q.when.join === 'all' ? (s) => first(s) && b(s) : (s) => first(s) || b(s),
    };
  });
}
