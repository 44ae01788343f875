// Situations benchmark: answer paths per second when every path is also grouped into its situation in the
// same pass (enumerateSituations: outcome signature, cube merging, then the rules), against the plain
// enumeration (enumerateCases) of the same themes. Runs on the BUILT package:
//
//   npx tsup --silent && node bench/situations.mjs [--json] [--runs N]
//
// bench/run.mjs includes it as a goal: at least 150,000 paths/s over the bundled themes together.
// Times are CPU times (process.cpuUsage): every theme is warmed up first, then each keeps its best of the rounds.

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

/** CPU ms of one run of `work`. */
function timed(work) {
  const start = cpu();
  work();
  return cpu() - start;
}

/**
 * One row per bundled theme: paths, situations, rule rows, CPU ms with and without situations. Every theme is
 * loaded and run `warmup` times before any timing, so that the first theme does not pay the compiler's warm-up for
 * the others; then the themes are timed in turn, `runs` rounds, and each keeps its best round.
 */
export async function situationRows({ runs = 5, warmup = 3 } = {}) {
  const cache = new CatalogCache();
  const options = { maxCases: Number.POSITIVE_INFINITY };
  const themes = [];
  for (const file of await themeFilesIn(join(here, '..', 'themes'))) {
    const loaded = await loadThemeFile(file, { cache });
    if (loaded.result.ok) themes.push(loaded.result.theme);
  }
  const plain = (theme) => () => {
    for (const _ of enumerateCases(theme, options));
  };
  const situations = (theme) => () => enumerateSituations(theme, options);
  for (let w = 0; w < warmup; w++)
    for (const theme of themes) {
      plain(theme)();
      situations(theme)();
    }
  const plainMs = themes.map(() => Number.POSITIVE_INFINITY);
  const situationMs = themes.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < runs; r++)
    themes.forEach((theme, i) => {
      plainMs[i] = Math.min(plainMs[i], timed(plain(theme)));
      situationMs[i] = Math.min(situationMs[i], timed(situations(theme)));
    });
  return themes.map((theme, i) => {
    const list = enumerateSituations(theme, options);
    return {
      theme: theme.id,
      paths: list.paths,
      situations: list.situations.length,
      rows: list.situations.reduce((sum, s) => sum + s.rows.length, 0),
      plainMs: Math.round(plainMs[i]),
      situationMs: Math.round(situationMs[i]),
      pathsPerSecond: Math.round((list.paths / situationMs[i]) * 1000),
      plainPathsPerSecond: Math.round((list.paths / plainMs[i]) * 1000),
    };
  });
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
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
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
