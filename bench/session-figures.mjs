/**
 * The figures of the session benchmark (bench/session.mjs): step times summarized per engine and size, the
 * table, and the goals judged. A step's time is the smaller of its wall time and the process's CPU time over
 * it: both bound the time the main thread worked, and each is inflated by what the other is not (a step of
 * milliseconds on a shared machine is often paused while other processes run, which its wall time counts;
 * V8's background threads compile and collect at the same time, which the process's CPU time counts). On a
 * quiet machine it is the wall time. Wall times are printed beside.
 */
import { ENGINE_LABELS, ENGINES } from './engines.mjs';
import { median, quantile, times } from './report.mjs';

export const GOALS = { surveyjs: 100, jre: 20, naive: 1, p95Us: 50, incremental: 3 };

/** Median and p95 of some step times in µs. */
function spread(us) {
  const sorted = Float64Array.from(us).sort();
  return { medianUs: quantile(sorted, 0.5), p95Us: quantile(sorted, 0.95) };
}

/** The steps of one round by their place in a session (first, middle, last): count, median and p95 each. */
function byPlace(round) {
  const places = {};
  for (const place of PLACES) {
    const times = round.time.filter((_, i) => round.place?.[i] === place);
    places[place] = { steps: times.length, ...spread(times) };
  }
  return places;
}

const PLACES = /** @type {const} */ (['first', 'middle', 'last']);

/** The median over rounds of each round's median and p95. */
function overRounds(perRound) {
  return {
    medianUs: median(perRound.map((p) => p.medianUs)),
    p95Us: median(perRound.map((p) => p.p95Us)),
  };
}

/**
 * Per engine and size: steps, step and wall figures (median over rounds of each round's median and p95, in
 * µs), and each round's figures.
 * @param {Record<string, Record<number, { time: number[], wall: number[] }[]>>} samples
 */
export function summarize(samples, setups) {
  const figures = {};
  for (const e of ENGINES) {
    figures[e] = {};
    for (const { size } of setups) {
      const rounds = samples[e][size].map((r) => ({
        steps: r.time.length,
        time: spread(r.time),
        wall: spread(r.wall),
        places: byPlace(r),
      }));
      figures[e][size] = {
        steps: rounds.reduce((a, b) => a + b.steps, 0),
        time: overRounds(rounds.map((r) => r.time)),
        wall: overRounds(rounds.map((r) => r.wall)),
        rounds,
      };
    }
  }
  return figures;
}

const us = (v) => (v >= 100 ? String(Math.round(v)) : v.toFixed(1));
const range = (values, digits = 2) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};

/** The table of every engine at every size, as a report section. */
export function printFigures(report, figures, setups, rounds) {
  const lines = [
    `${rounds} round(s). Per engine and size: the median over rounds of each round's median and p95 step. A step's time is the smaller of its wall time and the process's CPU time over it (process.cpuUsage, less the cost of reading it, measured before each round): a shared machine pauses long steps, which wall time counts, and V8's background threads work at the same time, which CPU time counts. × tongban: the engine's median / tongban's (by step time, then by wall time); load: the 1-minute load average after each round of that size.`,
    '',
    '| questions | asked per session | engine | steps | median µs | p95 µs | wall median µs | wall p95 µs | medians by round µs | × tongban | × tongban, wall | load |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const setup of setups) {
    const asked = setup.asked.reduce((a, b) => a + b, 0) / Math.max(1, setup.asked.length);
    const base = figures.tongban[setup.size];
    for (const e of ENGINES) {
      const f = figures[e][setup.size];
      lines.push(
        `| ${setup.size} | ${asked.toFixed(1)} | ${ENGINE_LABELS[e]} | ${f.steps} | ${us(f.time.medianUs)} | ${us(f.time.p95Us)} | ${us(f.wall.medianUs)} | ${us(f.wall.p95Us)} | ${f.rounds.map((r) => us(r.time.medianUs)).join(', ')} | ${times(f.time.medianUs / base.time.medianUs)} | ${times(f.wall.medianUs / base.wall.medianUs)} | ${range(setup.loads)} |`,
      );
    }
  }
  const has = (size) => setups.some((s) => s.size === size);
  lines.push('');
  if (has(40) && has(640)) {
    const growth = (e, by) => times(figures[e][640][by].medianUs / figures[e][40][by].medianUs);
    lines.push(
      `step at 640 / step at 40 questions (median): ${ENGINES.map((e) => `${ENGINE_LABELS[e]} ${growth(e, 'time')}`).join(', ')}`,
    );
  }
  lines.push(
    `cost of reading the CPU time, subtracted from every step: ${range(
      setups.flatMap((s) => s.overheads),
      0,
    )} µs`,
  );
  report.section('Per-answer step (answer + what to ask next), same questionnaires, four engines', lines);
}

/** One place's figures over rounds, as text: "first 5.7% of steps: median 9.1 µs, p95 70.2 µs". */
function placeText(rounds, place) {
  const steps = rounds.reduce((a, r) => a + r.places[place].steps, 0);
  const all = rounds.reduce((a, r) => a + r.steps, 0);
  const f = overRounds(rounds.map((r) => r.places[place]));
  return `${place} ${((100 * steps) / Math.max(1, all)).toFixed(1)}% of steps: median ${us(f.medianUs)} µs, p95 ${us(f.p95Us)} µs`;
}

/** The goals at 40 questions and the incremental goal, judged by step time. */
export function judge(report, figures, setups) {
  const loadsOf = (size) => setups.find((s) => s.size === size)?.loads;
  const at40 = loadsOf(40);
  if (at40) {
    const t = figures.tongban[40];
    const ratio = (e, by = 'time') => figures[e][40][by].medianUs / t[by].medianUs;
    const byRound = (e) =>
      figures[e][40].rounds
        .map((r, i) => times(r.time.medianUs / (t.rounds[i]?.time.medianUs ?? Number.NaN)))
        .join(', ');
    const vs = (e, goal, words) =>
      report.verdict(
        `per-answer step at 40 questions, ${ENGINE_LABELS[e]} / tongban = ${times(ratio(e))} (goal ≥ ${goal}×${words})`,
        ratio(e) >= goal,
        [
          `median ${us(figures[e][40].time.medianUs)} µs against tongban's ${us(t.time.medianUs)} µs; by round ${byRound(e)}`,
          `wall median ${us(figures[e][40].wall.medianUs)} µs against tongban's ${us(t.wall.medianUs)} µs = ${times(ratio(e, 'wall'))}; load ${range(at40)}`,
        ],
      );
    vs('surveyjs', GOALS.surveyjs, '');
    vs('jre', GOALS.jre, '');
    vs('naive', GOALS.naive, ': no slower than the naive reference');
    report.verdict(
      `per-answer step at 40 questions, tongban p95 = ${us(t.time.p95Us)} µs (goal ≤ ${GOALS.p95Us} µs)`,
      t.time.p95Us <= GOALS.p95Us,
      [
        `p95 by round: ${t.rounds.map((r) => `${us(r.time.p95Us)} µs`).join(', ')}`,
        `wall p95 ${us(t.wall.p95Us)} µs; load ${range(at40)}`,
        `by place in a session (median over rounds of each round's median / p95; a session's first answer follows another engine's session): ${PLACES.map((p) => placeText(t.rounds, p)).join('; ')}`,
      ],
    );
  }
  const at640 = loadsOf(640);
  if (at40 && at640) {
    const [t40, t640] = [figures.tongban[40], figures.tongban[640]];
    const growth = t640.time.medianUs / t40.time.medianUs;
    report.verdict(
      `incremental step, tongban at 640 / at 40 questions = ${times(growth)} (goal ≤ ${GOALS.incremental}×)`,
      growth <= GOALS.incremental,
      [
        `median ${us(t640.time.medianUs)} µs at 640, ${us(t40.time.medianUs)} µs at 40`,
        `wall median ${us(t640.wall.medianUs)} µs at 640, ${us(t40.wall.medianUs)} µs at 40 = ${times(t640.wall.medianUs / t40.wall.medianUs)}; load ${range([...at40, ...at640])}`,
      ],
    );
  }
}
