/**
 * Cold start of the CLI: wall time of fresh processes, against `node -e 0` (what any Node command costs):
 * - `node dist/cli.js --help` (goal ≤ 1.5× `node -e 0`),
 * - `node dist/cli.js validate themes/hk-macau-permit.yaml` (goal ≤ 3× `node -e 0`).
 * Each command runs once untimed (file cache), then `--runs` times (at least 10 unless `--quick`), the three
 * interleaved run by run in rotating order; the median of each is compared. Times are taken around
 * `spawnSync`, so the cost of spawning is in every figure alike. Goals are judged on wall time (what a user
 * waits); each process's own CPU time (user + system, from bench/rss-probe.mjs preloaded into all three) is
 * printed beside, as it is less disturbed by other work on a busy machine. The CLI is split into one chunk per
 * command (tsup.config.ts): `--help` loads none of them, `validate` only its own.
 *
 * Build the package first, then run from the repository root:
 *   npx tsup --silent && node bench/cold-start.mjs [--runs 15] [--quick] [--json]
 * bench/run.mjs runs it as part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReport, loadText, median, round, thousands, times } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GOALS = { help: 1.5, validate: 3 };
export const THEME = 'themes/hk-macau-permit.yaml';

const COMMANDS = {
  node: { label: 'node -e 0', args: ['-e', '0'] },
  help: { label: 'tongban --help', args: ['dist/cli.js', '--help'] },
  validate: { label: `tongban validate ${THEME}`, args: ['dist/cli.js', 'validate', THEME] },
};

const PROBE = /\n?rss-probe maxrss-kb=(\d+) cpu-us=(\d+)\n?$/;

/** One fresh process: wall ms and the process's CPU ms; throws if it fails. */
function timeOnce({ label, args }) {
  const probe = join(root, 'bench', 'rss-probe.mjs');
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', probe, ...args], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (child.status !== 0) throw new Error(`${label} exited with ${child.status}: ${child.stderr}`);
  const found = PROBE.exec(child.stderr);
  if (!found) throw new Error(`${label}: no CPU time reported`);
  return { ms, cpu: Number(found[2]) / 1000 };
}

/**
 * Times the three commands and reports both goals; returns the times in ms.
 * @param {ReturnType<typeof createReport>} report
 */
export function coldStart(report, { runs = 15 } = {}) {
  const names = /** @type {(keyof typeof COMMANDS)[]} */ (Object.keys(COMMANDS));
  for (const name of names) timeOnce(COMMANDS[name]);
  const ms = Object.fromEntries(names.map((n) => [n, /** @type {number[]} */ ([])]));
  const cpu = Object.fromEntries(names.map((n) => [n, /** @type {number[]} */ ([])]));
  const loads = [];
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = /** @type {keyof typeof COMMANDS} */ (names[(r + k) % names.length]);
      const timed = timeOnce(COMMANDS[name]);
      ms[name].push(timed.ms);
      cpu[name].push(timed.cpu);
    }
    if (r === 0 || r === runs - 1) loads.push(loadText());
  }
  const base = median(ms.node);
  const line = (name) =>
    `${COMMANDS[name].label}: median ${round(median(ms[name]), 1)} ms, min ${round(Math.min(...ms[name]), 1)} ms [${ms[name].map(thousands).join(', ')}]`;
  const runsLine = `${runs} runs each; ${loads.join(' at the start, ')} at the end`;
  const cpuLine = (name) =>
    `CPU time (user + system): ${COMMANDS[name].label} median ${round(median(cpu[name]), 1)} ms, node -e 0 ${round(median(cpu.node), 1)} ms = ${times(median(cpu[name]) / median(cpu.node))}`;
  for (const name of /** @type {const} */ (['help', 'validate'])) {
    const ratio = median(ms[name]) / base;
    report.verdict(
      `cold start, ${COMMANDS[name].label} = ${times(ratio)} node -e 0 (goal ≤ ${GOALS[name]}×)`,
      ratio <= GOALS[name],
      [line(name), line('node'), cpuLine(name), runsLine],
    );
  }
  return { ms, cpu };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at === -1 ? (args.includes('--quick') ? 3 : 15) : Number(args[at + 1]);
  const json = args.includes('--json');
  const report = createReport(json ? () => {} : undefined);
  try {
    const { ms, cpu } = coldStart(report, { runs });
    if (json) process.stdout.write(`${JSON.stringify({ ms, cpu, verdicts: report.verdicts }, null, 2)}\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
