/**
 * `tongban dev` at portal scale: how long a save of one theme takes to reach the page. Runs the BUILT command
 * (`npx tsup --silent` first) on a copy of the scale-1 library (bench/library.mjs: 150 themes), listens to its
 * server-sent events as the page does, and edits one theme at a time (a new `version:`, so that the theme is
 * reloaded, re-analysed, its scenario files run and a new theme served):
 *
 *   npx tsup --silent && node bench/dev.mjs [--quick] [--edits 20] [--scale 1]
 *
 * For each edit it measures, from just before the file is written:
 * - pushed: the event reaching this client (the watcher's notice, the reload and re-analysis, the event);
 * - page ready: also the state and the edited theme fetched, as the page fetches them;
 * - then the policy diff of the edit (`api/change`: every case of both versions), which the page asks for
 *   when its tab is shown.
 * The server's own figure (first file event → state ready) is read from the state. Then one edit of a catalog
 * file (every theme that uses it is reloaded) is timed the same way, for information. Goal: the median of
 * "pushed" within 200 ms. Wall-clock times, with the load average beside (bench/report.mjs); no test asserts
 * them. `devBenchmark()` is what bench/run.mjs calls; run alone, the script prints its goal the same way.
 * `--quick` runs 5 edits on the scale-0.1 library (a smoke run).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLibrary } from './library.mjs';
import { random } from './random.mjs';
import { createReport, median, quantile } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
export const TARGET_MS = 200;

const ms = (value) => `${Math.round(value)} ms`;
const sorted = (values) => [...values].sort((a, b) => a - b);

/** Starts `tongban dev` on a folder and resolves with its address once it prints it. */
function startServer(dir) {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'dev', dir, '--port', '0'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const started = performance.now();
  const url = new Promise((resolve, reject) => {
    const read = (chunk) => {
      printed += chunk.toString('utf8');
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
      if (found) resolve(found[0]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((code) => reject(new Error(`tongban dev exited with ${code}: ${printed}`)));
  });
  return {
    url,
    started,
    exited,
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}

/** Listens to the server's events; `next()` resolves with the next `update` event. */
function listen(url) {
  const waiting = [];
  const queued = [];
  let buffer = '';
  const request = get(new URL('events', url), (response) => {
    response.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (block.startsWith('event: update') && data) {
          const event = { at: performance.now(), ...JSON.parse(data) };
          const resolve = waiting.shift();
          if (resolve) resolve(event);
          else queued.push(event);
        }
        end = buffer.indexOf('\n\n');
      }
    });
  });
  return {
    next: () => (queued.length > 0 ? Promise.resolve(queued.shift()) : new Promise((r) => waiting.push(r))),
    close: () => request.destroy(),
  };
}

async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** One save of `file` with `text`: the times to the event, and to the state and theme fetched. */
async function timedSave(url, events, file, text, shown) {
  const t0 = performance.now();
  writeFileSync(file, text);
  const event = await events.next();
  const state = await getJson(new URL('api/state', url));
  if (shown) await getJson(new URL(`api/theme?file=${encodeURIComponent(shown)}`, url));
  const ready = performance.now();
  if (shown) await getJson(new URL(`api/change?file=${encodeURIComponent(shown)}`, url));
  const diffed = performance.now();
  return {
    pushed: event.at - t0,
    ready: ready - t0,
    diff: diffed - ready,
    server: state.saves[0]?.ms ?? Number.NaN,
    event,
    state,
  };
}

/** Runs the benchmark; returns its figures and the report's lines. */
export async function run({ scale = 1, edits = 20 } = {}) {
  const { dir: generated, stats } = writeLibrary({ scale });
  // A copy: the edits must not touch the library the other benchmarks validate.
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-dev-'));
  cpSync(generated, dir, { recursive: true });
  const server = startServer(dir);
  try {
    const url = await server.url;
    const startMs = performance.now() - server.started;
    const events = listen(url);
    const initial = await getJson(new URL('api/state', url));
    const errors = initial.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) throw new Error(`the library has ${errors} errors`);
    const themes = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    const rand = random(20261206);
    const samples = [];
    for (let i = 0; i < edits; i++) {
      const name = themes[Math.floor(rand() * themes.length)];
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: "bench.${i}"`);
      const sample = await timedSave(url, events, file, text, name);
      if (!sample.event.themes.includes(name))
        throw new Error(`${name}: the event names ${sample.event.themes}`);
      samples.push(sample);
    }
    const catalogFile = join(dir, 'catalog', 'departments.yaml');
    const catalogText = readFileSync(catalogFile, 'utf8').replace(/^( +name: .*)$/m, '$1（改）');
    const catalog = await timedSave(url, events, catalogFile, catalogText, undefined);
    events.close();
    const code = await server.stop();
    const pushed = samples.map((s) => s.pushed);
    const ready = samples.map((s) => s.ready);
    const serverMs = samples.map((s) => s.server);
    const diffMs = samples.map((s) => s.diff);
    const result = {
      stats,
      startMs,
      edits,
      pushed: { median: median(pushed), p95: quantile(sorted(pushed), 0.95), max: Math.max(...pushed) },
      ready: { median: median(ready), p95: quantile(sorted(ready), 0.95), max: Math.max(...ready) },
      server: { median: median(serverMs), max: Math.max(...serverMs) },
      diff: { median: median(diffMs), max: Math.max(...diffMs) },
      catalog: { pushed: catalog.pushed, ready: catalog.ready, themes: catalog.event.themes.length },
      exitCode: code,
    };
    const pass = result.pushed.median <= TARGET_MS && code === 130;
    const lines = [
      `library: ${stats.themes} themes, ${stats.items} items in ${stats.catalogFiles} catalog files; tongban dev ready (loaded, analysed, serving) after ${ms(startMs)}`,
      `one-theme edit, ${edits} edits of random themes: pushed to the page median ${ms(result.pushed.median)}, p95 ${ms(result.pushed.p95)}, max ${ms(result.pushed.max)}`,
      `  with the state and the edited theme fetched, as the page does: median ${ms(result.ready.median)}, p95 ${ms(result.ready.p95)}, max ${ms(result.ready.max)}`,
      `  then the edit's policy diff (every case of both versions; fetched when its tab is shown): median ${ms(result.diff.median)}, max ${ms(result.diff.max)}`,
      `  in the server, first file event → state ready: median ${ms(result.server.median)}, max ${ms(result.server.max)}`,
      `one catalog file edited (departments.yaml: every theme reloaded, ${result.catalog.themes} served anew): pushed ${ms(result.catalog.pushed)}, page ready ${ms(result.catalog.ready)}`,
      `stopped with SIGINT: exit code ${code}`,
    ];
    return { pass, result, lines };
  } finally {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the benchmark and reports its goal (the median time to the page) on `report`; returns the figures.
 * @param {ReturnType<typeof createReport>} report
 */
export async function devBenchmark(report, { scale = 1, edits = 20 } = {}) {
  const { pass, result, lines } = await run({ scale, edits });
  report.verdict(
    `tongban dev, a one-theme edit pushed to the page, library scale ${scale} = median ${ms(result.pushed.median)} (goal ≤ ${TARGET_MS} ms)`,
    pass,
    lines,
  );
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const quick = args.includes('--quick');
  await devBenchmark(createReport(), {
    scale: arg('scale', quick ? 0.1 : 1),
    edits: arg('edits', quick ? 5 : 20),
  });
}
