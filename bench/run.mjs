/**
 * Performance at portal scale: every benchmark in one command, with its target, a PASS/FAIL line, and a report
 * written to bench/RESULTS.md. Runs on the BUILT package (`npm run bench` builds first):
 *
 *   npx tsup --silent && node bench/run.mjs [--quick] [--no-write] [--no-scale-10] [--strict]
 *
 * 1. cold `tongban validate` of the synthetic library (bench/library.mjs: scale 1, and scale 10 unless
 *    --quick or --no-scale-10) in fresh processes, against the floor (bench/floor.mjs: yaml parse with
 *    positions + ajv validation of the same files), interleaved run by run; median wall times;
 * 2. the per-answer step (answer + next) in sessions on randomly chosen themes of the scale-1 library, against
 *    the SurveyJS scenario of bench/session.mjs (40 questions), interleaved session by session in this process;
 * 3. streaming enumeration of a generated theme with 2^20 cases: cases/s and the heap every 100,000 cases;
 * 4. the heap over 100,000 session steps (only the current session kept), every 10,000 steps;
 * 5. the runtime bundle (esbuild, minified, gzip -9) against survey-core and json-rules-engine;
 * 6. `tongban dev` on the scale-1 library: a one-theme edit re-validated and pushed to the page (bench/dev.mjs).
 *
 * `--quick` runs small sizes (a smoke run: test/bench/smoke.test.ts); `--no-write` leaves RESULTS.md alone;
 * `--strict` exits with 1 when a target is missed. Heap figures need `--expose-gc`: without it the script runs
 * itself again with the flag. Times are wall-clock on whatever else the machine is doing: peers are always
 * measured in the same run, interleaved, and compared as ratios.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);

if (args[0] === '--phases') {
  // A fresh process that does what `tongban validate` does through the library API, phase by phase.
  const t0 = performance.now();
  const { CatalogCache, ReadAhead, loadThemeFile, themeFilesIn } = await import('../dist/node.js');
  const { analyzeLibrary } = await import('../dist/analyze.js');
  const t1 = performance.now();
  const cache = new CatalogCache();
  const themes = [];
  let catalog;
  const files = await themeFilesIn(args[1]);
  const ahead = new ReadAhead(files);
  for (const file of files) {
    const loaded = await loadThemeFile(file, { cache, read: (f) => ahead.read(f) });
    if (loaded.result.ok) themes.push(loaded.result.theme);
    catalog = loaded.catalog?.ok ? loaded.catalog.catalog : catalog;
  }
  const t2 = performance.now();
  const diagnostics = analyzeLibrary(catalog, themes, { today: new Date().toISOString().slice(0, 10) });
  const t3 = performance.now();
  const phases = { importMs: t1 - t0, loadMs: t2 - t1, analysisMs: t3 - t2, diagnostics: diagnostics.length };
  process.stdout.write(`${JSON.stringify(phases)}\n`);
  process.exit(0);
}

if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { answer, next, start } = await import('../dist/index.js');
const { enumerateCases } = await import('../dist/analyze.js');
const { CatalogCache, loadThemeFile, themeFilesIn } = await import('../dist/node.js');
const { writeLibrary } = await import('./library.mjs');
const session = await import('./session.mjs');
const { yesNoTheme } = await import('./yes-no-theme.mjs');
const devBench = await import('./dev.mjs');

const quick = args.includes('--quick');
const write = !args.includes('--no-write');
const strict = args.includes('--strict');
const withScale10 = !quick && !args.includes('--no-scale-10');

const SIZES = quick
  ? {
      scale: 0.1,
      validateRuns: 1,
      sessions: 300,
      surveySessions: 20,
      enumerateQuestions: 16,
      enumerateEvery: 16_384,
      heapSteps: 10_000,
      heapEvery: 1_000,
    }
  : {
      scale: 1,
      validateRuns: 5,
      sessions: 3_000,
      surveySessions: 200,
      enumerateQuestions: 20,
      // About every 100,000 cases: a multiple of the outcome memo's 16,384 (src/analyze/summary.ts), so that
      // every sample sees the memo equally full.
      enumerateEvery: 6 * 16_384,
      heapSteps: 100_000,
      heapEvery: 10_000,
    };
const SCALE_10_RUNS = 2;
const TARGETS = {
  validateRatio: 1.5,
  stepMedianUs: 50,
  stepP95Us: 100,
  surveyRatio: 20,
  enumerateGrowthMB: 2,
  /** The summary memo of src/analyze/summary.ts holds up to 16,384 outcomes, then starts over. */
  enumerateMemoMB: 16,
  heapGrowthMB: 2,
  bundleKB: 50,
};

const results = [];
const log = (line = '') => process.stdout.write(`${line}\n`);

/** Records a benchmark's outcome and prints it. */
function report(name, pass, lines) {
  results.push({ name, pass, lines });
  log(`${pass ? 'PASS' : 'FAIL'}  ${name}`);
  for (const line of lines) log(`      ${line}`);
  log();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes) => round(bytes / 1024 / 1024, 1);
const x = (ratio) => `${round(ratio, 2)}×`;
const thousands = (n) => Math.round(n).toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------------------
// 1. Cold validate against the floor.

function timed(command) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, command, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  return { ms, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function coldValidate(scale, runs) {
  const { dir, stats } = writeLibrary({ scale });
  log(`library scale ${scale} written to ${dir}: validating (${runs} runs each)…`);
  const validateMs = [];
  const floorMs = [];
  let diagnostics;
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first, so that neither always follows the other.
    const order = r % 2 === 0 ? ['floor', 'validate'] : ['validate', 'floor'];
    for (const which of order) {
      if (which === 'floor') {
        const floor = timed([join(here, 'floor.mjs'), dir]);
        if (floor.status !== 0) throw new Error(`floor failed: ${floor.stderr}`);
        const out = JSON.parse(floor.stdout);
        if (out.invalid > 0) throw new Error(`floor: ${out.invalid} files do not parse or validate`);
        floorMs.push(floor.ms);
      } else {
        const run = timed([join(root, 'dist', 'cli.js'), 'validate', dir, '--format', 'json']);
        if (run.status !== 0 && run.status !== 1) throw new Error(`validate failed: ${run.stderr}`);
        diagnostics = JSON.parse(run.stdout);
        validateMs.push(run.ms);
      }
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  const ratio = median(validateMs) / median(floorMs);
  // Where the time goes: the same work through the library API in one more fresh process.
  const phases = timed([fileURLToPath(import.meta.url), '--phases', dir]);
  if (phases.status !== 0) throw new Error(`phases failed: ${phases.stderr}`);
  const p = JSON.parse(phases.stdout);
  const lines = [
    `library: ${stats.themes} themes, ${stats.items} items, ${stats.materials} materials, ${stats.departments} departments, ${round(stats.bytes / 1e6, 1)} MB of YAML in ${stats.catalogFiles} catalog files and ${stats.themes} theme files; ${thousands(stats.cases.total)} cases (per theme: median ${thousands(stats.cases.median)}, max ${thousands(stats.cases.max)})`,
    `validate median ${thousands(median(validateMs))} ms [${validateMs.map(thousands).join(', ')}]`,
    `floor    median ${thousands(median(floorMs))} ms [${floorMs.map(thousands).join(', ')}]`,
    `validate / floor = ${x(ratio)} (target ≤ ${TARGETS.validateRatio}×); ${errors.length} errors, ${warnings} warnings`,
    `phases in a fresh process (library API, ${thousands(phases.ms)} ms in all): imports ${thousands(p.importMs)} ms, loading (parse, schema, link, compile) ${thousands(p.loadMs)} ms, analysis ${thousands(p.analysisMs)} ms = ${thousands(stats.cases.total / (p.analysisMs / 1000))} cases/s`,
  ];
  for (const d of errors.slice(0, 5)) lines.push(`  ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
  report(
    `cold tongban validate, library scale ${scale} (${runs} runs each)`,
    ratio <= TARGETS.validateRatio && errors.length === 0,
    lines,
  );
  return { dir, stats, validateMs, floorMs, ratio, errors: errors.length, warnings };
}

// ---------------------------------------------------------------------------------------------------------
// 2. The per-answer step at the library's scale, against SurveyJS.

async function loadLibrary(dir) {
  const cache = new CatalogCache();
  const themes = [];
  for (const file of await themeFilesIn(dir)) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file}: ${loaded.result.diagnostics[0]?.message}`);
    themes.push(loaded.result.theme);
  }
  return themes;
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

/** One session on a theme with random answers; `record` gets the time of each answer + next. */
function tongbanSession(theme, rand, record) {
  let s = start(theme, { today: '2026-01-01' });
  let step = next(s);
  let steps = 0;
  while (!step.done) {
    const value = randomAnswer(step, rand);
    const t0 = performance.now();
    const result = answer(s, step.question.id, value);
    if (!result.ok) throw new Error(`${theme.id}: ${step.question.id}=${value}: ${result.error.message}`);
    s = result.session;
    step = next(s);
    record?.(performance.now() - t0);
    steps++;
  }
  return { steps, session: s };
}

function stepStats(samples) {
  const sorted = Float64Array.from(samples).sort();
  return {
    steps: sorted.length,
    medianUs: quantile(sorted, 0.5) * 1000,
    p95Us: quantile(sorted, 0.95) * 1000,
  };
}

function perAnswerStep(themes) {
  const rand = session.random(7);
  const questions = session.buildQuestionnaire(session.random(20240611));
  const survey = session.surveyJson(questions);
  const respondents = Array.from({ length: 50 }, () => {
    const choices = new Map(questions.map((q) => [q.id, q.options[Math.floor(rand() * q.options.length)]]));
    return (question) => choices.get(question);
  });
  const tongban = [];
  const surveyjs = [];
  const warm = Math.min(50, SIZES.sessions / 10);
  for (let i = 0; i < warm; i++) {
    tongbanSession(themes[Math.floor(rand() * themes.length)], rand);
    if (i < 10) session.runSurvey(survey, respondents[i % respondents.length], () => {});
  }
  // Interleaved: a SurveyJS session after every few tongban sessions, so that both see the same machine.
  const every = Math.max(1, Math.floor(SIZES.sessions / SIZES.surveySessions));
  for (let i = 0; i < SIZES.sessions; i++) {
    tongbanSession(themes[Math.floor(rand() * themes.length)], rand, (ms) => tongban.push(ms));
    if (i % every === 0)
      session.runSurvey(survey, respondents[i % respondents.length], (ms) => surveyjs.push(ms));
  }
  const t = stepStats(tongban);
  const s = stepStats(surveyjs);
  const ratio = s.medianUs / t.medianUs;
  const pass =
    t.medianUs <= TARGETS.stepMedianUs && t.p95Us <= TARGETS.stepP95Us && ratio >= TARGETS.surveyRatio;
  report(`per-answer step (answer + next) on ${themes.length} themes`, pass, [
    `tongban:  ${thousands(t.steps)} steps in ${SIZES.sessions} sessions on random themes: median ${round(t.medianUs, 1)} µs, p95 ${round(t.p95Us, 1)} µs (targets ≤ ${TARGETS.stepMedianUs} / ≤ ${TARGETS.stepP95Us} µs)`,
    `SurveyJS: ${thousands(s.steps)} steps of the 40-question scenario (bench/session.mjs): median ${round(s.medianUs, 1)} µs, p95 ${round(s.p95Us, 1)} µs`,
    `SurveyJS / tongban = ${x(ratio)} by median, ${x(s.p95Us / t.p95Us)} by p95 (target ≥ ${TARGETS.surveyRatio}×)`,
  ]);
  return { tongban: t, surveyjs: s, ratio };
}

// ---------------------------------------------------------------------------------------------------------
// 3. Streaming enumeration with flat memory.

function heapAfterGc() {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

function enumeration() {
  const n = SIZES.enumerateQuestions;
  const theme = yesNoTheme(n);
  const samples = [heapAfterGc()];
  let count = 0;
  let gcMs = 0;
  const t0 = performance.now();
  const generator = enumerateCases(theme, { maxCases: Number.POSITIVE_INFINITY });
  for (let step = generator.next(); !step.done; step = generator.next()) {
    if (++count % SIZES.enumerateEvery === 0) {
      const g = performance.now();
      samples.push(heapAfterGc());
      gcMs += performance.now() - g;
    }
  }
  const seconds = (performance.now() - t0 - gcMs) / 1000;
  const before = samples[0];
  const first = samples[1] ?? before;
  const last = samples.at(-1);
  const max = Math.max(...samples);
  const growth = last - first;
  const pass =
    count === 2 ** n &&
    growth <= TARGETS.enumerateGrowthMB * 1024 * 1024 &&
    max - before <= TARGETS.enumerateMemoMB * 1024 * 1024;
  report(`streaming enumeration of ${thousands(count)} cases (${n} yes/no questions)`, pass, [
    `${thousands(count / seconds)} cases/s (${round(seconds, 1)} s, gc samples excluded)`,
    `heap after gc every ${thousands(SIZES.enumerateEvery)} cases: before ${mb(before)} MB; first ${mb(first)} MB, last ${mb(last)} MB, max ${mb(max)} MB (${samples.length - 1} samples)`,
    `growth last − first ${mb(growth)} MB (target ≤ ${TARGETS.enumerateGrowthMB} MB); max − before ${mb(max - before)} MB (target ≤ ${TARGETS.enumerateMemoMB} MB: the outcome memo keeps up to 16,384 outcomes, then starts over)`,
  ]);
  return { count, casesPerSecond: count / seconds, before, first, last, max };
}

// ---------------------------------------------------------------------------------------------------------
// 4. Heap over many session steps.

function heapOverSteps(themes) {
  const rand = session.random(11);
  // Warm up, so that what is built lazily for each theme (its compiled rules) is in the first sample.
  for (const theme of themes) tongbanSession(theme, rand);
  for (let i = 0; i < 200; i++) tongbanSession(themes[Math.floor(rand() * themes.length)], rand);
  const samples = [heapAfterGc()];
  let steps = 0;
  // One session at a time: each step's session replaces the previous one.
  while (steps < SIZES.heapSteps) {
    let s = start(themes[Math.floor(rand() * themes.length)], { today: '2026-01-01' });
    let step = next(s);
    while (!step.done && steps < SIZES.heapSteps) {
      const result = answer(s, step.question.id, randomAnswer(step, rand));
      if (!result.ok) throw new Error(result.error.message);
      s = result.session;
      step = next(s);
      if (++steps % SIZES.heapEvery === 0) samples.push(heapAfterGc());
    }
  }
  // Least-squares slope in bytes per sample interval.
  const xs = samples.map((_, i) => i);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = samples.reduce((a, b) => a + b, 0) / samples.length;
  const slope =
    xs.reduce((a, xi, i) => a + (xi - mx) * (samples[i] - my), 0) /
    xs.reduce((a, xi) => a + (xi - mx) ** 2, 0);
  const first = samples[0];
  const last = samples.at(-1);
  const max = Math.max(...samples);
  const growth = last - first;
  report(`heap over ${thousands(steps)} session steps`, growth <= TARGETS.heapGrowthMB * 1024 * 1024, [
    `heap after gc every ${thousands(SIZES.heapEvery)} steps: first ${mb(first)} MB, last ${mb(last)} MB, max ${mb(max)} MB`,
    `growth ${round((last - first) / 1024, 0)} KB, slope ${round(slope / 1024, 1)} KB per ${thousands(SIZES.heapEvery)} steps (target: growth ≤ ${TARGETS.heapGrowthMB} MB)`,
  ]);
  return { steps, first, last, max, slope };
}

// ---------------------------------------------------------------------------------------------------------
// 5. Bundle sizes.

async function bundleSizes() {
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
  const tongban = await size({ entryPoints: [join(root, 'src', 'index.ts')] });
  const surveyjs = await size(imported("export { Model } from 'survey-core';"));
  const jre = await size(imported("export { Engine } from 'json-rules-engine';"));
  const kb = (b) => round(b / 1024, 1);
  const pass =
    tongban.gzip <= TARGETS.bundleKB * 1024 && tongban.gzip < surveyjs.gzip && tongban.gzip < jre.gzip;
  report('runtime bundle size (esbuild --minify, gzip -9)', pass, [
    `tongban (src/index.ts): ${kb(tongban.min)} KB min, ${kb(tongban.gzip)} KB gzip (target ≤ ${TARGETS.bundleKB} KB gzip)`,
    `survey-core (Model):    ${kb(surveyjs.min)} KB min, ${kb(surveyjs.gzip)} KB gzip = ${x(surveyjs.gzip / tongban.gzip)} tongban`,
    `json-rules-engine:      ${kb(jre.min)} KB min, ${kb(jre.gzip)} KB gzip = ${x(jre.gzip / tongban.gzip)} tongban`,
  ]);
  return { tongban, surveyjs, jre };
}

// ---------------------------------------------------------------------------------------------------------

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: round(totalmem() / 1024 ** 3, 1),
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  command: `node bench/run.mjs${args.length > 0 ? ` ${args.join(' ')}` : ''}`,
};
log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}; ${machine.date} UTC`,
);
log(`${machine.command}${quick ? ' (quick sizes)' : ''}\n`);

const scale1 = coldValidate(SIZES.scale, SIZES.validateRuns);
const themes = await loadLibrary(scale1.dir);
// Heap figures first, before SurveyJS has left its objects in this process.
enumeration();
heapOverSteps(themes);
perAnswerStep(themes);
await bundleSizes();
{
  const dev = await devBench.run({ scale: SIZES.scale, edits: quick ? 5 : 20 });
  report(
    `tongban dev: a one-theme edit pushed to the page, library scale ${SIZES.scale}`,
    dev.pass,
    dev.lines,
  );
}
if (withScale10) coldValidate(10, SCALE_10_RUNS);

const passed = results.filter((r) => r.pass).length;
log(`${passed} of ${results.length} targets met`);

if (write) {
  const lines = [
    '# Benchmark results',
    '',
    'Written by `bench/run.mjs` (`npm run bench`); see bench/run.mjs for what each benchmark measures.',
    '',
    `- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB memory, Node ${machine.node}`,
    `- date: ${machine.date} UTC`,
    `- command: \`${machine.command}\`${quick ? ' (quick sizes)' : ''}`,
    '- times are wall-clock on a shared machine: peers run in the same run, interleaved, and are compared as ratios',
    '',
    '| result | benchmark |',
    '| --- | --- |',
    ...results.map((r) => `| ${r.pass ? 'PASS' : 'FAIL'} | ${r.name} |`),
    '',
    ...results.flatMap((r) => [
      `## ${r.pass ? 'PASS' : 'FAIL'}: ${r.name}`,
      '',
      ...r.lines.map((l) => `- ${l}`),
      '',
    ]),
  ];
  writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}`);
  log('written: bench/RESULTS.md');
}
if (strict && passed < results.length) process.exitCode = 1;
