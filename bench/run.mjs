/**
 * Every benchmark in one command, each goal with its figure and a PASS/FAIL line, the load average beside it,
 * and a report written to bench/RESULTS.md. Runs on the BUILT package (`npm run bench` builds first):
 *
 *   npx tsup --silent && node bench/run.mjs [--quick] [--no-write] [--no-scale-10] [--strict]
 *
 * In order (bench/README.md says what each measures; each also runs on its own):
 * 1. bench/validate.mjs: cold `tongban validate` of the scale-1 library against the floor (yaml + the generated
 *    schema validators), time and peak RSS;
 * 2. bench/cold-start.mjs: `tongban --help` and `tongban validate <one theme>` against `node -e 0`;
 * 3. bench/runtime.mjs: streaming enumeration and its heap (before the library is loaded), the heap over session
 *    steps and the per-answer step on the library's themes (heap figures first, before the peers have left
 *    their objects in this process); then the library leaves the heap;
 * 4. bench/session.mjs: the per-answer step of tongban, SurveyJS, json-rules-engine and a naive reference on
 *    the same progressive questionnaires of 10, 40, 160 and 640 questions;
 * 5. bench/runtime.mjs: the runtime bundle size;
 * 6. bench/enumerate.mjs: the enumeration table of the bundled themes (figures without a goal), and
 *    bench/situations.mjs: situations in the same pass as the enumeration of the bundled themes;
 * 7. bench/dev.mjs: `tongban dev` on the scale-1 library, a one-theme edit re-validated and pushed to the page;
 * 8. bench/validate.mjs at scale 10 (unless --quick or --no-scale-10).
 *
 * `--quick` runs small sizes (a smoke run: test/bench/smoke.test.ts); `--no-write` leaves RESULTS.md alone;
 * `--strict` exits with 1 when a goal is missed. Heap figures need `--expose-gc`: without it the script runs
 * itself again with the flag.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const { createReport, machine, writeResults } = await import('./report.mjs');
const { coldValidate } = await import('./validate.mjs');
const { coldStart } = await import('./cold-start.mjs');
const runtime = await import('./runtime.mjs');
const { sessionBenchmark } = await import('./session.mjs');
const { enumerationRows, legend, markdownTable } = await import('./enumerate.mjs');
const { devBenchmark } = await import('./dev.mjs');
const situations = await import('./situations.mjs');

const quick = args.includes('--quick');
const write = !args.includes('--no-write');
const withScale10 = !quick && !args.includes('--no-scale-10');
const SIZES = quick
  ? { scale: 0.1, validateRuns: 1, coldStartRuns: 2, tableRuns: 1, tableQuestions: 12, ...runtime.QUICK }
  : { scale: 1, validateRuns: 5, coldStartRuns: 15, tableRuns: 3, tableQuestions: 17, ...runtime.FULL };
const SCALE_10_RUNS = 2;

const info = machine(`node bench/run.mjs${args.length > 0 ? ` ${args.join(' ')}` : ''}`);
const report = createReport();
report.log(`${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB, Node ${info.node}; ${info.date} UTC`);
report.log(`${info.command}${quick ? ' (quick sizes)' : ''}\n`);
report.sampleLoad();

const scale1 = coldValidate(report, { scale: SIZES.scale, runs: SIZES.validateRuns });
coldStart(report, { runs: SIZES.coldStartRuns });
// The library's compiled themes stay in the heap only for the two benchmarks that use them: a heap holding
// 150 compiled themes makes every major collection of the others mark them too (measured on 2 cores: streaming
// enumeration 198k → 125k cases/s, situations 95k → 72k paths/s with the library held; bench/README.md).
runtime.enumeration(report, SIZES);
let themes = await runtime.loadLibrary(scale1.dir);
runtime.heapOverSteps(report, themes, SIZES);
runtime.libraryStep(report, themes, SIZES);
themes = undefined;
globalThis.gc();
await sessionBenchmark(report, { quick });
await runtime.bundleSizes(report);
const rows = await enumerationRows({ runs: SIZES.tableRuns, generatedQuestions: SIZES.tableQuestions });
report.section('Enumeration of the bundled themes (bench/enumerate.mjs)', [
  ...markdownTable(rows),
  '',
  ...legend(SIZES.tableRuns),
]);
const situationRows = await situations.situationRows({ runs: SIZES.tableRuns });
const perSecond = situations.overall(situationRows);
report.verdict(
  `situations in the same pass as the enumeration, bundled themes: ≥ ${situations.SITUATION_GOAL.toLocaleString('en-US')} paths/s: ${perSecond.toLocaleString('en-US')}`,
  perSecond >= situations.SITUATION_GOAL,
  situations.situationTable(situationRows),
);
await devBenchmark(report, { scale: SIZES.scale, edits: quick ? 5 : 20 });
if (withScale10) coldValidate(report, { scale: 10, runs: SCALE_10_RUNS });

const passed = report.verdicts.filter((v) => v.pass).length;
report.log(`${passed} of ${report.verdicts.length} goals met`);
if (write) {
  writeResults(join(here, 'RESULTS.md'), report, info, { quick });
  report.log('written: bench/RESULTS.md');
}
if (args.includes('--strict') && passed < report.verdicts.length) process.exitCode = 1;
