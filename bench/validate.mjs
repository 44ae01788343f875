/**
 * Cold `tongban validate` of a synthetic theme library (bench/library.mjs) against the floor (bench/floor.mjs:
 * yaml parse with positions + the generated schema validators on the same files), each in fresh processes,
 * interleaved run by run. Two goals per scale: the median wall time at most 1.3× the floor's, and the median
 * peak RSS at most 2× the floor's (peak RSS, and CPU time printed beside, from bench/rss-probe.mjs, preloaded
 * in both). Then, in one more fresh process, where the time goes: the same work through the library API, phase
 * by phase (`--phases <dir>`).
 *
 * Build the package first, then run from the repository root:
 *   npx tsup --silent && node bench/validate.mjs [--scale 1] [--runs 5]
 * bench/run.mjs runs it at scale 1 and 10 as part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLibrary } from './library.mjs';
import { createReport, median, round, thousands, times } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const self = fileURLToPath(import.meta.url);
export const GOALS = { time: 1.3, rss: 2 };

const PROBE = /\n?rss-probe maxrss-kb=(\d+) cpu-us=(\d+)\n?$/;

/**
 * One fresh Node process with the probe: its wall and CPU time in ms, peak RSS in bytes, and its output. The
 * goal is judged by wall time, what a user waits: the CPU time also counts V8's collector threads, which
 * work alongside the main thread (more so on the larger heap of `validate`), so it is printed beside.
 */
function timed(args) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', join(here, 'rss-probe.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  const probed = PROBE.exec(child.stderr);
  return {
    ms,
    cpu: probed ? Number(probed[2]) / 1000 : Number.NaN,
    rss: probed ? Number(probed[1]) * 1024 : Number.NaN,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr.replace(PROBE, ''),
  };
}

/**
 * Writes the library at `scale`, times validate against the floor and reports both goals.
 * @param {ReturnType<typeof createReport>} report
 */
export function coldValidate(report, { scale = 1, runs = 5 } = {}) {
  const { dir, stats } = writeLibrary({ scale });
  report.log(`library scale ${scale} written to ${dir}: validating (${runs} runs each)…`);
  const validate = { ms: [], cpu: [], rss: [] };
  const floor = { ms: [], cpu: [], rss: [] };
  let diagnostics = [];
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first, so that neither always follows the other.
    for (const which of r % 2 === 0 ? ['floor', 'validate'] : ['validate', 'floor']) {
      if (which === 'floor') {
        const run = timed([join(here, 'floor.mjs'), dir]);
        if (run.status !== 0) throw new Error(`floor failed: ${run.stderr}`);
        const out = JSON.parse(run.stdout);
        if (out.invalid > 0) throw new Error(`floor: ${out.invalid} files do not parse or validate`);
        floor.ms.push(run.ms);
        floor.cpu.push(run.cpu);
        floor.rss.push(run.rss);
      } else {
        const run = timed([join(root, 'dist', 'cli.js'), 'validate', dir, '--format', 'json']);
        if (run.status !== 0 && run.status !== 1) throw new Error(`validate failed: ${run.stderr}`);
        diagnostics = JSON.parse(run.stdout);
        validate.ms.push(run.ms);
        validate.cpu.push(run.cpu);
        validate.rss.push(run.rss);
      }
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  const timeRatio = median(validate.ms) / median(floor.ms);
  const rssRatio = median(validate.rss) / median(floor.rss);
  const phases = timed([self, '--phases', dir]);
  if (phases.status !== 0) throw new Error(`phases failed: ${phases.stderr}`);
  const p = JSON.parse(phases.stdout);
  const mib = (bytes) => `${thousands(bytes / 1024 / 1024)} MiB`;
  const library = `library: ${stats.themes} themes, ${stats.items} items, ${stats.materials} materials, ${stats.departments} departments, ${round(stats.bytes / 1e6, 1)} MB of YAML in ${stats.catalogFiles} catalog files and ${stats.themes} theme files; ${thousands(stats.cases.total)} cases (per theme: median ${thousands(stats.cases.median)}, max ${thousands(stats.cases.max)})`;
  const checked = `${errors.length} errors, ${warnings} warnings`;
  report.verdict(
    `cold tongban validate, library scale ${scale} = ${times(timeRatio)} the floor's time (goal ≤ ${GOALS.time}×; ${runs} runs each)`,
    timeRatio <= GOALS.time && errors.length === 0,
    [
      library,
      `validate median ${thousands(median(validate.ms))} ms [${validate.ms.map(thousands).join(', ')}]; ${checked}`,
      `floor    median ${thousands(median(floor.ms))} ms [${floor.ms.map(thousands).join(', ')}]`,
      `CPU time (main and collector threads): validate median ${thousands(median(validate.cpu))} ms, floor ${thousands(median(floor.cpu))} ms = ${times(median(validate.cpu) / median(floor.cpu))}`,
      `phases in a fresh process (library API, ${thousands(phases.ms)} ms in all): imports ${thousands(p.importMs)} ms, loading (parse, schema, link, compile) ${thousands(p.loadMs)} ms, analysis ${thousands(p.analysisMs)} ms = ${thousands(stats.cases.total / (p.analysisMs / 1000))} cases/s`,
      ...errors.slice(0, 5).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`),
    ],
  );
  report.verdict(
    `peak RSS of tongban validate, library scale ${scale} = ${times(rssRatio)} the floor's (goal ≤ ${GOALS.rss}×)`,
    rssRatio <= GOALS.rss,
    [
      `validate median ${mib(median(validate.rss))} [${validate.rss.map(mib).join(', ')}]`,
      `floor    median ${mib(median(floor.rss))} [${floor.rss.map(mib).join(', ')}]`,
    ],
  );
  return { dir, stats, validate, floor, timeRatio, rssRatio, errors: errors.length, warnings };
}

/**
 * A fresh process that does what `tongban validate` does through the library API, phase by phase: the catalog
 * once, then each theme loaded, analysed and dropped in turn (`LibraryAnalysis`), the time of each phase summed
 * over the themes.
 */
async function phases(dir) {
  const t0 = performance.now();
  const { CatalogCache, ReadAhead, loadThemeFile, themeFilesIn } = await import('../dist/node.js');
  const { LibraryAnalysis } = await import('../dist/analyze.js');
  const t1 = performance.now();
  const cache = new CatalogCache();
  const files = await themeFilesIn(dir);
  const ahead = new ReadAhead(files);
  const today = new Date().toISOString().slice(0, 10);
  let analysis;
  let loadMs = 0;
  let analysisMs = 0;
  let diagnostics = 0;
  for (const file of files) {
    const l0 = performance.now();
    const loaded = await loadThemeFile(file, { cache, read: (f) => ahead.read(f) });
    const l1 = performance.now();
    loadMs += l1 - l0;
    if (loaded.result.ok && loaded.catalog?.ok) {
      analysis ??= new LibraryAnalysis(loaded.catalog.catalog, { today });
      diagnostics += analysis.add(loaded.result.theme).length;
    }
    analysisMs += performance.now() - l1;
  }
  const f0 = performance.now();
  diagnostics += analysis?.finish().length ?? 0;
  analysisMs += performance.now() - f0;
  const result = { importMs: t1 - t0, loadMs, analysisMs, diagnostics };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] === self) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const run =
    args[0] === '--phases'
      ? phases(/** @type {string} */ (args[1]))
      : Promise.resolve().then(() =>
          coldValidate(createReport(), { scale: option('scale', 1), runs: option('runs', 5) }),
        );
  run.catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
