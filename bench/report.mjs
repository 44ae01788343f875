/**
 * What every benchmark shares: small statistics, the machine and its load average, and the report that prints
 * each goal as a `PASS` or `FAIL` line (with the load average beside it) and writes bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
export const thousands = (n) => Math.round(n).toLocaleString('en-US');
export const times = (ratio) => `${round(ratio, 2)}×`;
export const mb = (bytes) => round(bytes / 1024 / 1024, 1);

/** The value below which a fraction `q` of the sorted values lie (nearest rank). */
export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The 1-minute load average now. */
export const load1 = () => loadavg()[0] ?? 0;

/** The load averages (1, 5, 15 minutes) as printed beside figures. */
export function loadText(averages = loadavg()) {
  return `load ${averages.map((v) => v.toFixed(2)).join(' ')}`;
}

/**
 * A 1-minute load average above this means other work shared the machine: the benchmark's own process
 * accounts for about 1, its child processes briefly for more.
 */
export const BUSY_LOAD = 1 + cpus().length / 4;

/** The machine and the command, for the report's header. */
export function machine(command) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    command,
  };
}

/**
 * A report: `verdict` prints a goal as `PASS  …` or `FAIL  …` with the load average beside it, then its
 * detail lines indented; `section` prints figures without a goal. Both are kept for RESULTS.md.
 */
export function createReport(log = (line = '') => process.stdout.write(`${line}\n`)) {
  const verdicts = [];
  const sections = [];
  const loads = [];
  return {
    verdicts,
    sections,
    loads,
    log,
    /** Records and prints one goal; `name` says the goal and the figure measured. */
    verdict(name, pass, lines = []) {
      const load = loadavg();
      loads.push(load[0] ?? 0);
      verdicts.push({ name, pass, load, lines });
      log(`${pass ? 'PASS' : 'FAIL'}  ${name}  [${loadText(load)}]`);
      for (const line of lines) log(`      ${line}`);
      log();
    },
    /** Records and prints figures that have no goal of their own (tables, phases). */
    section(title, lines) {
      const load = loadavg();
      loads.push(load[0] ?? 0);
      sections.push({ title, load, lines });
      log(`${title}  [${loadText(load)}]`);
      for (const line of lines) log(`  ${line}`);
      log();
    },
    /** Notes the load average at a moment of measurement (for the header's range). */
    sampleLoad() {
      loads.push(load1());
    },
  };
}

/** Writes RESULTS.md from a report: the machine, date, load, command, the goals, then the details. */
export function writeResults(file, report, info, { quick = false } = {}) {
  const peak = Math.max(...report.loads);
  const low = Math.min(...report.loads);
  const passed = report.verdicts.filter((v) => v.pass).length;
  const lines = [
    '# Benchmark results',
    '',
    'Written by `bench/run.mjs` (`npm run bench`); bench/README.md says what each benchmark measures and how to',
    'run it on its own.',
    '',
    `- machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB memory, Node ${info.node}`,
    `- date: ${info.date} UTC`,
    `- command: \`${info.command}\`${quick ? ' (quick sizes)' : ''}`,
    `- load average (1 min) while measuring: ${low.toFixed(2)} to ${peak.toFixed(2)} on ${info.cores} cores`,
    peak > BUSY_LOAD
      ? `- **the machine was shared**: the load average rose above ${BUSY_LOAD} (this benchmark accounts for about 1), so absolute times are inflated and child processes (cold start, validate) wait their turn; peers run in the same run, interleaved, and are compared as ratios, and session steps and the enumeration rate are timed by the smaller of wall and CPU time, which sharing disturbs less (bench/README.md)`
      : '- peers run in the same run, interleaved, and are compared as ratios (bench/README.md)',
    `- ${passed} of ${report.verdicts.length} goals met`,
    '',
    '| result | goal: measured | load (1 / 5 / 15 min) |',
    '| --- | --- | --- |',
    ...report.verdicts.map(
      (v) => `| ${v.pass ? 'PASS' : 'FAIL'} | ${v.name} | ${v.load.map((l) => l.toFixed(2)).join(' / ')} |`,
    ),
    '',
  ];
  for (const s of report.sections) {
    lines.push(`## ${s.title}`, '', `${loadText(s.load)}`, '', ...s.lines, '');
  }
  const detailed = report.verdicts.filter((v) => v.lines.length > 0);
  if (detailed.length > 0) lines.push('## Details', '');
  for (const v of detailed) {
    lines.push(`### ${v.pass ? 'PASS' : 'FAIL'}: ${v.name}`, '', ...v.lines.map((l) => `- ${l}`), '');
  }
  writeFileSync(file, `${lines.join('\n').trimEnd()}\n`);
}
