// Situations benchmark: answer paths per second when every path is also grouped into its situation in the
// same pass (enumerateSituations: outcome signature, cube merging, then the rules), against the plain
// enumeration (enumerateCases) of the same themes. Runs on the BUILT package:
//
//   npx tsup --silent && node bench/situations.mjs [--json] [--runs N]
//
// bench/run.mjs includes it as a goal: at least 150,000 paths/s over the bundled themes together.
// Times are CPU times (process.cpuUsage), best of the runs after the first.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enumerateCases, enumerateSituations } from '../dist/analyze.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../dist/node.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The goal: paths per second over the bundled themes, situations included. */
export const SITUATION_GOAL = 150_000;

function cpu() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU ms of the best of `runs` runs of `work` after a first one. */
function best(work, runs) {
  work();
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = cpu();
    work();
    fastest = Math.min(fastest, cpu() - start);
  }
  return fastest;
}

/** One row per bundled theme: paths, situations, rule rows, CPU ms with and without situations. */
export async function situationRows({ runs = 3 } = {}) {
  const cache = new CatalogCache();
  const rows = [];
  for (const file of await themeFilesIn(join(here, '..', 'themes'))) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) continue;
    const theme = loaded.result.theme;
    const options = { maxCases: Number.POSITIVE_INFINITY };
    const list = enumerateSituations(theme, options);
    const plainMs = best(() => {
      for (const _ of enumerateCases(theme, options));
    }, runs);
    const situationMs = best(() => enumerateSituations(theme, options), runs);
    rows.push({
      theme: theme.id,
      paths: list.paths,
      situations: list.situations.length,
      rows: list.situations.reduce((sum, s) => sum + s.rows.length, 0),
      plainMs: Math.round(plainMs),
      situationMs: Math.round(situationMs),
      pathsPerSecond: Math.round((list.paths / situationMs) * 1000),
      plainPathsPerSecond: Math.round((list.paths / plainMs) * 1000),
    });
  }
  return rows;
}

/** Paths per second over all rows together. */
export function overall(rows) {
  const paths = rows.reduce((sum, r) => sum + r.paths, 0);
  const ms = rows.reduce((sum, r) => sum + r.situationMs, 0);
  return Math.round((paths / ms) * 1000);
}

/** The rows as a Markdown table. */
export function situationTable(rows) {
  return [
    '| theme | paths | situations | rule rows | cases ms | situations ms | paths/s (situations) | paths/s (cases only) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.theme} | ${r.paths} | ${r.situations} | ${r.rows} | ${r.plainMs} | ${r.situationMs} | ${r.pathsPerSecond} | ${r.plainPathsPerSecond} |`,
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const rows = await situationRows({ runs });
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ runs, rows, overall: overall(rows) }, null, 2));
  else {
    for (const line of situationTable(rows)) console.log(line);
    console.log(
      `\n${overall(rows)} paths/s over the bundled themes with situations (goal ${SITUATION_GOAL})`,
    );
  }
}
