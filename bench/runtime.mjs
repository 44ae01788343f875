/**
 * The runtime in this process, on the built package:
 * 1. streaming enumeration of a generated theme with 2^20 yes/no cases (bench/yes-no-theme.mjs): cases/s
 *    (goal ≥ 180,000; by the smaller of wall and CPU time) and the heap after a collection every ~100,000
 *    cases (goal: flat);
 * 2. the heap over 100,000 session steps on the library's themes, only the current session kept (goal: flat);
 * 3. the per-answer step (answer + next) in sessions with random answers on the library's themes;
 * 4. the runtime bundle (esbuild, minified, gzip -9; goal ≤ 25 KB) against survey-core and json-rules-engine.
 *
 * Build the package first, then run from the repository root (heap figures need --expose-gc):
 *   npx tsup --silent && node --expose-gc bench/runtime.mjs [--quick]
 * `--quick` runs small sizes on the scale-0.1 library. bench/run.mjs runs it as part of `npm run bench`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { enumerateCases } from '../dist/analyze.js';
import { answer, next, start } from '../dist/index.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../dist/node.js';
import { writeLibrary } from './library.mjs';
import { random } from './random.mjs';
import { createReport, mb, quantile, round, thousands, times } from './report.mjs';
import { yesNoTheme } from './yes-no-theme.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const GOALS = {
  casesPerSecond: 180_000,
  enumerateGrowthMB: 2,
  /** The summary and body memos of src/analyze/summary.ts hold up to 16,384 entries each, then start over. */
  enumerateMemoMB: 16,
  heapGrowthMB: 2,
  stepMedianUs: 50,
  stepP95Us: 100,
  bundleKB: 25,
};

export const FULL = {
  enumerateQuestions: 20,
  // About every 100,000 cases: a multiple of the outcome memos' 16,384, so every sample sees them equally full.
  enumerateEvery: 6 * 16_384,
  heapSteps: 100_000,
  heapEvery: 10_000,
  sessions: 3_000,
};
export const QUICK = {
  enumerateQuestions: 16,
  enumerateEvery: 16_384,
  heapSteps: 10_000,
  heapEvery: 1_000,
  sessions: 300,
};

/** The themes of a library folder, compiled; throws on the first that does not load. */
export async function loadLibrary(dir) {
  const cache = new CatalogCache();
  const themes = [];
  for (const file of await themeFilesIn(dir)) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file}: ${loaded.result.diagnostics[0]?.message}`);
    themes.push(loaded.result.theme);
  }
  return themes;
}

/** The process's CPU time in ms (user + system). */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function heapAfterGc() {
  if (typeof globalThis.gc !== 'function') throw new Error('heap figures need node --expose-gc');
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** Streaming enumeration: two goals, speed and a flat heap. */
export function enumeration(report, sizes = FULL) {
  const n = sizes.enumerateQuestions;
  const theme = yesNoTheme(n);
  const samples = [heapAfterGc()];
  let count = 0;
  let gcMs = 0;
  let gcCpuMs = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  const generator = enumerateCases(theme, { maxCases: Number.POSITIVE_INFINITY });
  for (let step = generator.next(); !step.done; step = generator.next()) {
    if (++count % sizes.enumerateEvery === 0) {
      const g = performance.now();
      const gc = cpuMs();
      samples.push(heapAfterGc());
      gcCpuMs += cpuMs() - gc;
      gcMs += performance.now() - g;
    }
  }
  const wallSeconds = (performance.now() - t0 - gcMs) / 1000;
  const cpuSeconds = (cpuMs() - c0 - gcCpuMs) / 1000;
  // The smaller of the two, as in bench/session-figures.mjs: a shared machine pauses the process, which wall
  // time counts; V8's background threads work alongside, which CPU time counts.
  const seconds = Math.min(wallSeconds, cpuSeconds);
  const rate = count / seconds;
  const [before = 0] = samples;
  const first = samples[1] ?? before;
  const last = samples.at(-1) ?? before;
  const max = Math.max(...samples);
  const growth = last - first;
  const complete = count === 2 ** n;
  report.verdict(
    `streaming enumeration of ${thousands(count)} cases = ${thousands(rate)} cases/s (goal ≥ ${thousands(GOALS.casesPerSecond)})`,
    complete && rate >= GOALS.casesPerSecond,
    [
      `${n} yes/no questions: ${round(wallSeconds, 1)} s by the clock, ${round(cpuSeconds, 1)} s of CPU time (gc samples excluded); the rate is by the smaller`,
    ],
  );
  report.verdict(
    `heap while enumerating ${thousands(count)} cases: growth ${mb(growth)} MB (goal ≤ ${GOALS.enumerateGrowthMB} MB, at most ${GOALS.enumerateMemoMB} MB above the start)`,
    complete &&
      growth <= GOALS.enumerateGrowthMB * 1024 * 1024 &&
      max - before <= GOALS.enumerateMemoMB * 1024 * 1024,
    [
      `heap after gc every ${thousands(sizes.enumerateEvery)} cases: before ${mb(before)} MB; first ${mb(first)} MB, last ${mb(last)} MB, max ${mb(max)} MB (${samples.length - 1} samples)`,
      `max − before ${mb(max - before)} MB: the outcome memos keep up to 16,384 entries each, then start over`,
    ],
  );
  return { count, casesPerSecond: rate, before, first, last, max };
}

/** A random acceptable answer to the question a step asks. */
function randomAnswer(step, rand) {
  const q = step.question;
  switch (q.type) {
    case 'single':
      return step.options[Math.floor(rand() * step.options.length)].id;
    case 'yes-no':
      return rand() < 0.5;
    case 'multiple': {
      const exclusive = step.options.filter((o) => o.exclusive);
      if (exclusive.length > 0 && rand() < 0.2) return [exclusive[0].id];
      const open = step.options.filter((o) => !o.exclusive);
      const chosen = open.filter(() => rand() < 0.5);
      return (chosen.length > 0 ? chosen : [open[0]]).map((o) => o.id);
    }
    case 'number': {
      const cut = q.cuts?.length ? q.cuts[Math.floor(rand() * q.cuts.length)].value : (q.min ?? 0);
      const value = cut + Math.floor(rand() * 3) - 1;
      return Math.min(q.max ?? value, Math.max(q.min ?? value, value));
    }
  }
  throw new Error(`no random answer for a ${q.type} question`);
}

/** One session on a theme with random answers; `record` gets the ms of each answer + next. */
function librarySession(theme, rand, record) {
  let s = start(theme, { today: '2026-01-01' });
  let step = next(s);
  while (!step.done) {
    const value = randomAnswer(step, rand);
    const t0 = performance.now();
    const result = answer(s, step.question.id, value);
    if (!result.ok) throw new Error(`${theme.id}: ${step.question.id}=${value}: ${result.error.message}`);
    s = result.session;
    step = next(s);
    record?.(performance.now() - t0);
  }
}

/** The heap over many session steps, one session kept at a time. */
export function heapOverSteps(report, themes, sizes = FULL) {
  const rand = random(11);
  // Warm up, so that what is built lazily for each theme (its compiled rules) is in the first sample.
  for (const theme of themes) librarySession(theme, rand);
  for (let i = 0; i < 200; i++) librarySession(themes[Math.floor(rand() * themes.length)], rand);
  const samples = [heapAfterGc()];
  let steps = 0;
  while (steps < sizes.heapSteps) {
    let s = start(themes[Math.floor(rand() * themes.length)], { today: '2026-01-01' });
    let step = next(s);
    while (!step.done && steps < sizes.heapSteps) {
      const result = answer(s, step.question.id, randomAnswer(step, rand));
      if (!result.ok) throw new Error(result.error.message);
      s = result.session;
      step = next(s);
      if (++steps % sizes.heapEvery === 0) samples.push(heapAfterGc());
    }
  }
  // Least-squares slope in bytes per sample interval.
  const xs = samples.map((_, i) => i);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = samples.reduce((a, b) => a + b, 0) / samples.length;
  const slope =
    xs.reduce((a, xi, i) => a + (xi - mx) * (samples[i] - my), 0) /
    xs.reduce((a, xi) => a + (xi - mx) ** 2, 0);
  const [first = 0] = samples;
  const last = samples.at(-1) ?? first;
  const growth = last - first;
  report.verdict(
    `heap over ${thousands(steps)} session steps: growth ${round(growth / 1024)} KB (goal ≤ ${GOALS.heapGrowthMB} MB)`,
    growth <= GOALS.heapGrowthMB * 1024 * 1024,
    [
      `heap after gc every ${thousands(sizes.heapEvery)} steps: first ${mb(first)} MB, last ${mb(last)} MB, max ${mb(Math.max(...samples))} MB`,
      `slope ${round(slope / 1024, 1)} KB per ${thousands(sizes.heapEvery)} steps`,
    ],
  );
  return { steps, first, last, slope };
}

/** The per-answer step on the library's themes (tongban alone: the peers run in bench/session.mjs). */
export function libraryStep(report, themes, sizes = FULL) {
  const rand = random(7);
  const warm = Math.min(50, sizes.sessions / 10);
  for (let i = 0; i < warm; i++) librarySession(themes[Math.floor(rand() * themes.length)], rand);
  const ms = [];
  for (let i = 0; i < sizes.sessions; i++)
    librarySession(themes[Math.floor(rand() * themes.length)], rand, (t) => ms.push(t));
  const sorted = Float64Array.from(ms).sort();
  const medianUs = quantile(sorted, 0.5) * 1000;
  const p95Us = quantile(sorted, 0.95) * 1000;
  report.verdict(
    `per-answer step on ${themes.length} library themes: median ${round(medianUs, 1)} µs, p95 ${round(p95Us, 1)} µs (goals ≤ ${GOALS.stepMedianUs} / ≤ ${GOALS.stepP95Us} µs)`,
    medianUs <= GOALS.stepMedianUs && p95Us <= GOALS.stepP95Us,
    [`${thousands(sorted.length)} steps in ${sizes.sessions} sessions with random answers on random themes`],
  );
  return { steps: sorted.length, medianUs, p95Us };
}

/** Bundle sizes of the runtime entry and of the peers' runtimes. */
export async function bundleSizes(report) {
  const esbuild = await import('esbuild');
  const size = async (entry) => {
    const out = await esbuild.build({
      ...entry,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0].contents;
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const imported = (contents) => ({ stdin: { contents, resolveDir: root, loader: 'js' } });
  const tongban = await size({ entryPoints: [join(root, 'dist', 'index.js')] });
  const surveyjs = await size(imported("export { Model } from 'survey-core';"));
  const jre = await size(imported("export { Engine } from 'json-rules-engine';"));
  const kb = (b) => round(b / 1024, 1);
  report.verdict(
    `runtime bundle (esbuild --minify, gzip -9) = ${kb(tongban.gzip)} KB gzip (goal ≤ ${GOALS.bundleKB} KB)`,
    tongban.gzip <= GOALS.bundleKB * 1024,
    [
      `tongban (dist/index.js): ${kb(tongban.min)} KB min, ${kb(tongban.gzip)} KB gzip`,
      `survey-core (Model):     ${kb(surveyjs.min)} KB min, ${kb(surveyjs.gzip)} KB gzip = ${times(surveyjs.gzip / tongban.gzip)} tongban`,
      `json-rules-engine:       ${kb(jre.min)} KB min, ${kb(jre.gzip)} KB gzip = ${times(jre.gzip / tongban.gzip)} tongban`,
    ],
  );
  return { tongban, surveyjs, jre };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? QUICK : FULL;
  const report = createReport();
  try {
    // Before the library is loaded: its themes in the heap slow every major collection (bench/run.mjs).
    enumeration(report, sizes);
    const { dir } = writeLibrary({ scale: quick ? 0.1 : 1 });
    const themes = await loadLibrary(dir);
    heapOverSteps(report, themes, sizes);
    libraryStep(report, themes, sizes);
    await bundleSizes(report);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
