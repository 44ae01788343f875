/**
 * The per-answer step of a progressive questionnaire, four engines on the same questionnaires: tongban,
 * SurveyJS (survey-core), one json-rules-engine run per answer, and a naive reference (conditions compiled to
 * closures once, one immer `produce` per answer, the visible list recomputed by a loop). bench/questionnaire.mjs
 * builds the questionnaires (10, 40, 160 and 640 questions) and bench/engines.mjs says what a step is for each.
 *
 * The same respondents (a fixed seed) answer whatever is asked. Before anything is timed, every engine runs the
 * first respondents of every size and must ask the same questions in the same order and end with the same
 * visible questions; every timed session is checked again. Then, round after round, each size's sessions run
 * with the engines interleaved session by session in rotating order, all in this process; with
 * `--expose-gc` (added by re-running itself) a minor collection before each session leaves the previous
 * engine's garbage out of the next one's steps. Each step is timed by the clock and by the process's CPU time
 * (bench/engines.mjs `stepClock`); its time is the smaller of the two, which a shared machine disturbs far
 * less than either (bench/session-figures.mjs says why, summarizes the steps per engine and size, the median
 * and p95 of each round, then the median of the rounds' figures, and judges the goals). The 1-minute load
 * average is sampled after each size's sessions.
 *
 * Goals, at 40 questions: ≥ 100× faster than SurveyJS, ≥ 20× faster than json-rules-engine, no slower than the
 * naive reference (by median step), a p95 ≤ 50 µs; and the step at 640 questions ≤ 3× the step at 40.
 *
 * Build the package first, then run from the repository root:
 *   npx tsup --silent && node bench/session.mjs [--quick] [--rounds 3] [--sizes 10,40,160,640] [--json]
 *   npx tsup --silent && node bench/session.mjs --check 20 [--sizes 10,40]
 * `--quick` runs one round of one to three sessions per size, each checked as it runs but without a check
 * before (a smoke run); `--check N` runs only the check, untimed, with N respondents per size. Exits with 1
 * if the engines disagree, or with `--strict` if a goal is missed. bench/run.mjs runs it in `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { calibrate, ENGINES, prepareEngines } from './engines.mjs';
import { buildQuestionnaire, buildRespondents } from './questionnaire.mjs';
import { createReport, load1, loadText } from './report.mjs';
import { judge, printFigures, summarize } from './session-figures.mjs';

export const SIZES = [10, 40, 160, 640];
/** Sessions per round for each size: about 1,300–1,700 steps per engine and round. */
const FULL = { rounds: 3, check: 3, sessions: { 10: 200, 40: 100, 160: 20, 640: 4 } };
const QUICK = { rounds: 1, check: 0, sessions: { 10: 3, 40: 2, 160: 1, 640: 1 } };

/** A minor collection, when the process has `--expose-gc`: the next engine starts with an empty nursery. */
const minorGc = () => globalThis.gc?.({ type: 'minor' });

/**
 * Runs the session benchmark and reports its goals; returns the figures.
 * @param {ReturnType<typeof createReport>} report
 * @param {{ quick?: boolean, rounds?: number, sizes?: number[] }} options
 */
export async function sessionBenchmark(report, options = {}) {
  const plan = options.quick ? QUICK : FULL;
  const rounds = Math.max(1, options.rounds ?? plan.rounds);
  const sizes = options.sizes ?? SIZES;
  const sessionsOf = (size) => plan.sessions[size] ?? Math.max(1, Math.round(4000 / size));

  const setups = sizes.map((size) => {
    const questions = buildQuestionnaire(size);
    const runners = prepareEngines(questions);
    const respondents = buildRespondents(questions, plan.check + sessionsOf(size));
    return { size, runners, respondents, asked: [], loads: [], overheads: [] };
  });
  /** samples[engine][size][round]: each step's time and wall time, in µs (bench/session-figures.mjs) */
  const samples = Object.fromEntries(ENGINES.map((e) => [e, Object.fromEntries(sizes.map((s) => [s, []]))]));

  // The check, before timing: every engine asks the same questions (also the warm-up).
  const untimed = () => () => {};
  for (const setup of setups) {
    for (let i = 0; i < plan.check; i++) await everyEngine(setup, setup.respondents[i], i, untimed);
  }

  for (let r = 0; r < rounds; r++) {
    for (let s = 0; s < setups.length; s++) {
      // Sizes in rotating order too, so that no size always runs first in a round.
      const setup = setups[(r + s) % setups.length];
      const steps = Object.fromEntries(ENGINES.map((e) => [e, { time: [], wall: [], place: [] }]));
      const overhead = calibrate();
      setup.overheads.push(overhead);
      // A session's steps are marked by their place in it (bench/session-figures.mjs `byPlace`): its first
      // answer, its last (which completes the case), or one between. A step counts as the last until the same
      // session takes another.
      const record = (name) => {
        const place = steps[name].place;
        const mark = place.length;
        return (wallMs, cpuUs) => {
          const wall = wallMs * 1000;
          if (place.length > mark) place[place.length - 1] = place.length - 1 === mark ? 'first' : 'middle';
          steps[name].wall.push(wall);
          steps[name].time.push(Math.min(wall, Math.max(0, cpuUs - overhead)));
          place.push('last');
        };
      };
      for (let i = plan.check; i < setup.respondents.length; i++) {
        setup.asked.push((await everyEngine(setup, setup.respondents[i], r + i, record)).length);
      }
      for (const e of ENGINES) samples[e][setup.size].push(steps[e]);
      setup.loads.push(load1());
    }
    report.log(`sessions: round ${r + 1} of ${rounds} done  [${loadText()}]`);
  }

  const figures = summarize(samples, setups);
  printFigures(report, figures, setups, rounds);
  judge(report, figures, setups);
  return figures;
}

/**
 * One respondent through every engine, in an order rotated by `turn`; throws if the engines disagree on the
 * questions asked or visible. Returns the questions asked.
 */
async function everyEngine(setup, respondent, turn, record) {
  const runs = {};
  for (let k = 0; k < ENGINES.length; k++) {
    const name = ENGINES[(turn + k) % ENGINES.length];
    minorGc();
    runs[name] = await setup.runners[name](respondent, record(name));
  }
  const expected = runs.tongban;
  for (const name of ENGINES) {
    const got = runs[name];
    if (
      got.asked.join(' ') !== expected.asked.join(' ') ||
      got.visible.join(' ') !== expected.visible.join(' ')
    ) {
      throw new Error(
        `engines disagree at ${setup.size} questions:\n  tongban asked ${expected.asked.join(' ')}, visible ${expected.visible.join(' ')}\n  ${name} asked ${got.asked.join(' ')}, visible ${got.visible.join(' ')}`,
      );
    }
  }
  return expected.asked;
}

/**
 * The agreement check alone, untimed: `count` respondents per size through every engine. Prints one line per
 * size (respondents, questions asked on average, distinct sequences); throws if the engines disagree.
 */
export async function checkAgreement(sizes, count, log) {
  for (const size of sizes) {
    const questions = buildQuestionnaire(size);
    const setup = { size, runners: prepareEngines(questions) };
    const sequences = [];
    for (const [i, respondent] of buildRespondents(questions, count).entries()) {
      sequences.push(await everyEngine(setup, respondent, i, () => () => {}));
    }
    const asked = sequences.reduce((a, b) => a + b.length, 0) / sequences.length;
    const distinct = new Set(sequences.map((q) => q.join(' '))).size;
    log(
      `agree at ${size} questions: ${count} respondents, ${asked.toFixed(1)} questions asked on average, ${distinct} distinct sequences`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------

async function main(args) {
  if (typeof globalThis.gc !== 'function') {
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
    });
    process.exit(child.status ?? 1);
  }
  const option = (name) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? undefined : args[at + 1];
  };
  const sizes = option('sizes')?.split(',').map(Number);
  const check = option('check');
  if (check !== undefined) {
    await checkAgreement(sizes ?? SIZES, Number(check), console.log);
    return;
  }
  const json = args.includes('--json');
  const report = createReport(json ? () => {} : undefined);
  const rounds = option('rounds');
  const figures = await sessionBenchmark(report, {
    quick: args.includes('--quick'),
    ...(rounds === undefined ? {} : { rounds: Number(rounds) }),
    ...(sizes === undefined ? {} : { sizes }),
  });
  const met = report.verdicts.filter((v) => v.pass).length;
  if (json) process.stdout.write(`${JSON.stringify({ figures, verdicts: report.verdicts }, null, 2)}\n`);
  else report.log(`${met} of ${report.verdicts.length} goals met`);
  if (args.includes('--strict') && met < report.verdicts.length) process.exitCode = 1;
}

// Run only when executed, not when bench/run.mjs imports it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
