// Enumeration benchmark: cases per second, the cost of a case against one session step (answer + next),
// and heap use while streaming. Runs on the BUILT package:
//
//   npx tsup --silent && node --expose-gc bench/enumerate.mjs [--json] [--runs N]
//
// bench/run.mjs includes the table in `npm run bench` (enumerationRows).
//
// Themes: the bundled ones, and a generated one with 17 independent yes/no questions (2^17 = 131,072 cases)
// each read by an item condition, a day variant and a material use, so that every case has its own outcome.
// Times are CPU times (process.cpuUsage), steadier than wall-clock times on a busy machine; "first" is the
// first enumeration of a theme (planning and JIT warm-up included), "best" the best of the next runs.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enumerateCases } from '../dist/analyze.js';
import * as tongban from '../dist/index.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../dist/node.js';
import { yesNoTheme } from './yes-no-theme.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const GENERATED_QUESTIONS = 17;
const STEP_SAMPLES = 300;

function cpu() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One full enumeration: CPU ms, wall ms, cases. */
function enumerateOnce(theme) {
  const start = cpu();
  const wall = performance.now();
  let count = 0;
  const generator = enumerateCases(theme, { maxCases: Number.POSITIVE_INFINITY });
  for (let step = generator.next(); !step.done; step = generator.next()) count++;
  return { cpu: cpu() - start, wall: performance.now() - wall, count };
}

/**
 * Heap used every 10,000 cases of one streaming enumeration (untimed); with --expose-gc each sample is
 * taken after a collection, so it shows what the enumeration retains, not garbage waiting to be collected.
 */
function heapWhileStreaming(theme) {
  globalThis.gc?.();
  const samples = [];
  let count = 0;
  for (const _ of enumerateCases(theme, { maxCases: Number.POSITIVE_INFINITY })) {
    if (++count % 10_000 === 0) {
      globalThis.gc?.();
      samples.push(process.memoryUsage().heapUsed);
    }
  }
  return samples;
}

/** Average CPU µs of one session step (answer + next), replaying a sample of the theme's cases. */
function stepCost(theme) {
  const sample = [];
  const every = Math.max(1, Math.floor(theme.cases / STEP_SAMPLES));
  let i = 0;
  for (const c of enumerateCases(theme.theme, { maxCases: Number.POSITIVE_INFINITY })) {
    if (i++ % every === 0) sample.push(c.answers);
  }
  let steps = 0;
  const replay = () => {
    for (const answers of sample) {
      let session = tongban.start(theme.theme);
      let step = tongban.next(session);
      while (!step.done) {
        const result = tongban.answer(session, step.question.id, answers[step.question.id]);
        if (!result.ok) throw new Error(result.error.message);
        session = result.session;
        step = tongban.next(session);
        steps++;
      }
    }
  };
  replay(); // warm-up
  steps = 0;
  const start = cpu();
  replay();
  return ((cpu() - start) * 1000) / Math.max(1, steps);
}

/**
 * Enumerates the bundled themes and a generated one with `generatedQuestions` yes/no questions, each `runs`
 * times after a first run; returns one row of figures per theme.
 */
export async function enumerationRows({ runs = 3, generatedQuestions = GENERATED_QUESTIONS } = {}) {
  const themes = [];
  const cache = new CatalogCache();
  for (const file of await themeFilesIn(join(here, '..', 'themes'))) {
    const loaded = await loadThemeFile(file, { cache });
    if (loaded.result.ok) themes.push({ name: loaded.result.theme.id, theme: loaded.result.theme });
  }
  themes.push({ name: `generated (${generatedQuestions} yes/no)`, theme: yesNoTheme(generatedQuestions) });

  const rows = [];
  for (const entry of themes) {
    globalThis.gc?.();
    const first = enumerateOnce(entry.theme);
    const timedRuns = [];
    for (let r = 0; r < runs; r++) timedRuns.push(enumerateOnce(entry.theme));
    const best = timedRuns.reduce((a, b) => (b.cpu < a.cpu ? b : a), first);
    entry.cases = first.count;
    const step = stepCost(entry);
    const heap = heapWhileStreaming(entry.theme);
    const perCase = (best.cpu * 1000) / best.count;
    rows.push({
      theme: entry.name,
      cases: first.count,
      firstMs: round(first.cpu),
      bestMs: round(best.cpu),
      casesPerSecond: Math.round((best.count / best.cpu) * 1000),
      wallCasesPerSecond: Math.round((best.count / best.wall) * 1000),
      firstCasesPerSecond: Math.round((first.count / first.cpu) * 1000),
      microsPerCase: round(perCase, 2),
      microsPerStep: round(step, 2),
      caseToStep: round(perCase / step, 3),
      heapMB:
        heap.length === 0 ? null : { first: mb(heap[0]), last: mb(heap.at(-1)), max: mb(Math.max(...heap)) },
    });
  }
  return rows;
}

const HEADER = [
  'theme',
  'cases',
  'first ms',
  'best ms',
  'cases/s',
  'wall cases/s',
  'µs/case',
  'µs/step',
  'case/step',
  'heap MB first/last/max',
];

/** The rows' cells, in the order of HEADER. */
function cells(r) {
  return [
    r.theme,
    String(r.cases),
    String(r.firstMs),
    String(r.bestMs),
    String(r.casesPerSecond),
    String(r.wallCasesPerSecond),
    String(r.microsPerCase),
    String(r.microsPerStep),
    String(r.caseToStep),
    r.heapMB ? `${r.heapMB.first} / ${r.heapMB.last} / ${r.heapMB.max}` : '—',
  ];
}

/** What the figures mean, under the table. */
export function legend(runs) {
  return [
    `CPU times (wall cases/s: the same run by the clock); best of ${runs} runs after the first.`,
    'µs/step: one answer + next in a session; case/step: the cost of one enumerated case in session steps.',
  ];
}

/** The rows as a Markdown table (for bench/RESULTS.md). */
export function markdownTable(rows) {
  return [
    `| ${HEADER.join(' | ')} |`,
    `| --- | ${HEADER.slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
  ];
}

/** The rows as an aligned text table (for the terminal). */
function textTable(rows) {
  const lines = rows.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cs) => cs.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = process.argv.includes('--json');
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const rows = await enumerationRows({ runs });
  if (json) {
    console.log(JSON.stringify({ node: process.version, runs, rows }, null, 2));
  } else {
    for (const line of textTable(rows)) console.log(line);
    console.log(`\n${legend(runs).join('\n')}`);
    if (!globalThis.gc)
      console.log('Run with node --expose-gc for heap figures that start from a collected heap.');
  }
}

function round(value, digits = 0) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function mb(bytes) {
  return round(bytes / 1024 / 1024, 1);
}
