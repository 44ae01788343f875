/**
 * Concurrency: 1,000 sessions driven at once through the asynchronous boundaries a portal has — a microtask,
 * a macrotask (setImmediate, setTimeout) or several between any two steps, in random order, and the state
 * carried as JSON from step to step (`serialize` → `restore`, as examples/server does) — give exactly what the
 * same sessions give when run one by one: deep-equal transcripts (every transition's result and what it
 * dropped) and outcomes. A subset of 100 goes over HTTP to two instances of examples/server/server.ts in
 * turns, concurrently.
 *
 * Why it matters: json-rules-engine keeps one `status` per engine (RUNNING / FINISHED); a run that finishes
 * sets FINISHED for every run in flight, which then skip their remaining rules — events are lost when one
 * engine serves concurrent requests (its issue #303, "Rule chaining not working with Promise.all"). tongban
 * evaluates conditions itself, synchronously, and keeps no mutable state between calls: sessions and themes
 * are deeply frozen values, every transition is a synchronous pure function, and the only module-level state
 * is memoisation keyed by those immutable objects in WeakMaps — `rulesFor` and `baseFacts`
 * (src/session/environment.ts: compiled conditions per theme and operator set; base facts per theme, frozen
 * profile copy and date), `walk` (src/session/walk.ts: per session object), compiled named conditions
 * (src/rules/compile.ts) and the options-by-id index (src/question-types/choice.ts). A cache entry is
 * computed within one synchronous call and never changes afterwards, so no interleaving can observe a partial
 * one; the tests below also check that sharing those caches (one theme object, one operator set, for all
 * sessions) gives the results of sessions that share nothing.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer } from '../../examples/server/server.js';
import { loadProfile } from '../../src/load/index.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { Profile } from '../../src/model/profile.js';
import type { Session, StartOptions } from '../../src/model/session.js';
import type { CompiledTheme, Question } from '../../src/model/theme.js';
import { readSource } from '../../src/node/files.js';
import { outcome } from '../../src/outcome/index.js';
import { createOperatorSet } from '../../src/rules/index.js';
import { answer, back, change, next, restore, serialize, start } from '../../src/session/index.js';
import { loadFile, repoPath } from '../analyze/support.js';
import { arbitraryAnswerFor, arbitraryLoadedTheme, GENERATED_TODAY } from '../support/arbitrary-theme.js';

const SESSIONS = 1_000;
const HTTP_SESSIONS = 100;
const TODAY = '2026-11-27';

// ---------------------------------------------------------------------------------------------------------
// Deterministic choices: a small seeded generator per session, so that the same session makes the same
// choices whether it runs alone or among a thousand. The hops between steps use another generator.

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A value `answer` accepts for `question`, drawn from the generator's answers with a seed. */
function validValue(question: Question, today: string | undefined, seed: number): unknown {
  return fc.sample(arbitraryAnswerFor(question, today), { numRuns: 1, seed })[0];
}

const INVALID: readonly unknown[] = ['x', 42, -1, true, [], ['x'], null, '2025-02-30', 1e21, { a: 1 }];

type Action =
  | { readonly kind: 'answer' | 'change'; readonly question: string; readonly value: unknown }
  | { readonly kind: 'back' };

/** The next action of a session, from its current state: mostly valid answers, some invalid, changes, backs. */
function decide(session: Session, rnd: () => number): Action {
  const step = next(session);
  const r = rnd();
  const seed = Math.floor(rnd() * 2 ** 31);
  if (!step.done && r < 0.7)
    return {
      kind: 'answer',
      question: step.question.id,
      value: validValue(step.question, session.today, seed),
    };
  if (!step.done && r < 0.8)
    return { kind: 'answer', question: step.question.id, value: INVALID[seed % INVALID.length] };
  const answered = session.theme.questions.filter((q) => Object.hasOwn(session.answers, q.id));
  const question = answered[seed % Math.max(1, answered.length)];
  if (r < 0.92 && question)
    return { kind: 'change', question: question.id, value: validValue(question, session.today, seed) };
  return { kind: 'back' };
}

// ---------------------------------------------------------------------------------------------------------
// Ports: where a session's transitions happen. Every port takes and gives the state as JSON.

interface Reply {
  readonly state: string;
  /** What the transition said: `ok`, or the error code; and the questions whose answers it dropped. */
  readonly said: string;
}

interface Port {
  start(): Promise<string>;
  apply(state: string, action: Action): Promise<Reply>;
  outcome(state: string): Promise<unknown>;
}

interface Plan {
  readonly index: number;
  readonly theme: CompiledTheme;
  readonly options: StartOptions;
  readonly seed: number;
  readonly steps: number;
}

interface Run {
  readonly transcript: readonly string[];
  readonly state: string;
  readonly outcome: unknown;
}

function restoreOrThrow(plan: Plan, state: string): Session {
  const { today: _today, ...rest } = plan.options;
  const restored = restore(plan.theme, state, rest);
  if (!restored.ok)
    throw new Error(`session ${plan.index}: ${restored.error.code} ${restored.error.message}`);
  return restored.session;
}

function transition(session: Session, action: Action) {
  if (action.kind === 'answer') return answer(session, action.question, action.value);
  if (action.kind === 'change') return change(session, action.question, action.value);
  return back(session);
}

function said(result: ReturnType<typeof transition>): string {
  return result.ok ? `ok ${result.dropped.map((d) => d.question).join(',')}` : result.error.code;
}

/** In-process, synchronous, the session kept as an object: the reference run. */
function runAlone(plan: Plan): Run {
  let session = start(plan.theme, plan.options);
  const rnd = random(plan.seed);
  const transcript: string[] = [];
  for (let i = 0; i < plan.steps; i++) {
    const action = decide(session, rnd);
    const result = transition(session, action);
    transcript.push(`${JSON.stringify(action)} → ${said(result)}`);
    session = result.session;
  }
  return { transcript, state: serialize(session), outcome: JSON.parse(JSON.stringify(outcome(session))) };
}

/** A pause of a random kind: none, microtasks, setImmediate, setTimeout, or a mix. */
async function hop(rnd: () => number): Promise<void> {
  const r = rnd();
  if (r < 0.15) return;
  if (r < 0.4) {
    for (let i = Math.floor(rnd() * 5); i >= 0; i--) await Promise.resolve();
  } else if (r < 0.6) {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
  } else if (r < 0.85) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  } else {
    await new Promise<void>((resolve) => setTimeout(resolve, Math.floor(rnd() * 3)));
  }
}

/** In-process, but across awaits, the state only as JSON between steps (restored at every step). */
function asyncPort(plan: Plan, hops: () => number): Port {
  return {
    async start() {
      await hop(hops);
      return serialize(start(plan.theme, plan.options));
    },
    async apply(state, action) {
      await hop(hops);
      const session = restoreOrThrow(plan, state);
      await hop(hops);
      const result = transition(session, action);
      await hop(hops);
      return { state: serialize(result.session), said: said(result) };
    },
    async outcome(state) {
      await hop(hops);
      return JSON.parse(JSON.stringify(outcome(restoreOrThrow(plan, state))));
    },
  };
}

/** The same driver for every port: decisions come from the state, as a portal's page would make them. */
async function drive(plan: Plan, port: Port): Promise<Run> {
  const rnd = random(plan.seed);
  let state = await port.start();
  const transcript: string[] = [];
  for (let i = 0; i < plan.steps; i++) {
    const action = decide(restoreOrThrow(plan, state), rnd);
    const reply = await port.apply(state, action);
    transcript.push(`${JSON.stringify(action)} → ${reply.said}`);
    state = reply.state;
  }
  return { transcript, state, outcome: await port.outcome(state) };
}

// ---------------------------------------------------------------------------------------------------------

let bundled: CompiledTheme[] = [];
let profiles: Profile[] = [];
let plans: Plan[] = [];
/** One operator set shared by a third of the sessions (another object than the defaults). */
const sharedOperators = createOperatorSet();

async function readProfile(path: string): Promise<Profile> {
  const read = await readSource(repoPath(path));
  if (!read.ok) throw new Error(`${path} is unreadable`);
  const loaded = loadProfile(read.source);
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.profile;
}

beforeAll(async () => {
  bundled = [];
  for (const file of ['themes/open-restaurant.yaml', 'themes/convenience-store.yaml', 'themes/newborn.yaml'])
    bundled.push((await loadFile(file)).theme);
  profiles = [
    await readProfile('examples/profiles/new-restaurant-company.yaml'),
    await readProfile('examples/profiles/expecting-family.yaml'),
  ];
  const generated = fc.sample(arbitraryLoadedTheme(), { numRuns: 40, seed: 1_000 });
  const rnd = random(303);
  plans = Array.from({ length: SESSIONS }, (_, index) => {
    // Bundled themes first (the HTTP subset uses the first HTTP_SESSIONS), then bundled and generated mixed.
    const useBundled = index < HTTP_SESSIONS || rnd() < 0.4;
    const theme = (
      useBundled ? bundled[index % bundled.length] : generated[index % generated.length]
    ) as CompiledTheme;
    const profile = rnd() < 0.5 ? profiles[index % profiles.length] : undefined;
    const operators = index >= HTTP_SESSIONS && rnd() < 0.33 ? sharedOperators : undefined;
    const today = useBundled ? TODAY : GENERATED_TODAY;
    const options: StartOptions = {
      today,
      ...(profile === undefined ? {} : { profile }),
      ...(operators === undefined ? {} : { operators }),
    };
    return { index, theme, options, seed: Math.floor(rnd() * 2 ** 31), steps: 5 + Math.floor(rnd() * 20) };
  });
});

describe(`${SESSIONS} concurrent sessions give what they give one by one`, () => {
  let alone: Run[] = [];

  test('the reference: each session alone, synchronously', () => {
    alone = plans.map(runAlone);
    // The scripts do something: answers, refusals, changes that drop answers, backs, complete sessions.
    const all = alone.flatMap((r) => r.transcript).join('\n');
    for (const needle of ['"kind":"answer"', '"kind":"change"', '"kind":"back"', '→ ok', '→ wrong-type'])
      expect(all).toContain(needle);
    expect(all).toMatch(/→ ok \S/);
    expect(alone.filter((r) => (r.outcome as Outcome).status !== undefined).length).toBe(SESSIONS);
    const transitions = alone.flatMap((r) => r.transcript);
    console.log(
      `concurrency: ${SESSIONS} sessions, ${transitions.length} transitions (${transitions.filter((t) => !t.includes('→ ok')).length} refused, ${transitions.filter((t) => /→ ok \S/.test(t)).length} dropping answers), ${alone.filter((r) => r.transcript.length > 0 && (r.outcome as Outcome).status !== undefined).length} outcomes`,
    );
  });

  test('all at once, through awaits and JSON states, in random interleavings (three orders)', async () => {
    for (const seed of [1, 2, 3]) {
      const hops = random(seed);
      const order: number[] = [];
      const runs = await Promise.all(
        plans.map(async (plan) => {
          const run = await drive(plan, asyncPort(plan, hops));
          order.push(plan.index);
          return run;
        }),
      );
      // Interleaved indeed: sessions did not finish in the order they started.
      expect(order).not.toEqual([...order].sort((a, b) => a - b));
      runs.forEach((run, i) => {
        expect(run.transcript, `session ${i}`).toEqual(alone[i]?.transcript);
        expect(run.state, `session ${i}`).toBe(alone[i]?.state);
        expect(run.outcome, `session ${i}`).toEqual(alone[i]?.outcome);
      });
    }
  }, 300_000);

  test('shared caches: one theme object and operator set for all, or copies for each, give the same', () => {
    // Each session on its own deep copy of its theme (no cache shared with any other session).
    const copies = plans.slice(0, 200).map((plan) => {
      const theme = JSON.parse(JSON.stringify(plan.theme)) as CompiledTheme;
      const options = {
        ...plan.options,
        ...(plan.options.operators ? { operators: createOperatorSet() } : {}),
      };
      return runAlone({ ...plan, theme, options });
    });
    copies.forEach((run, i) => {
      expect(run.transcript).toEqual(alone[i]?.transcript);
      expect(run.outcome).toEqual(alone[i]?.outcome);
    });
  });

  test('sessions and themes are frozen values: nothing a caller holds can be changed under another', () => {
    const plan = plans[0] as Plan;
    const session = start(plan.theme, plan.options);
    expect(Object.isFrozen(plan.theme) && Object.isFrozen(plan.theme.questions)).toBe(true);
    expect(
      Object.isFrozen(session) && Object.isFrozen(session.answers) && Object.isFrozen(session.trail),
    ).toBe(true);
    if (session.profile) {
      expect(Object.isFrozen(session.profile)).toBe(true);
      // The caller's profile is copied, not frozen or shared.
      expect(session.profile).not.toBe(plan.options.profile);
      expect(Object.isFrozen(plan.options.profile)).toBe(false);
    }
  });

  describe(`${HTTP_SESSIONS} of them over HTTP, two server instances in turns, all at once`, () => {
    const servers: Server[] = [];
    let bases: string[] = [];

    beforeAll(async () => {
      bases = [];
      for (let i = 0; i < 2; i++) {
        const server = createServer(bundled);
        servers.push(server);
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      }
    });

    afterAll(async () => {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    });

    // biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field
    async function post(base: string, path: string, body: unknown): Promise<{ status: number; body: any }> {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    }

    function httpPort(plan: Plan): Port {
      let turn = plan.index;
      const base = () => bases[turn++ % 2] as string;
      const profile = plan.options.profile;
      const withProfile = (body: Record<string, unknown>) => (profile ? { ...body, profile } : body);
      const path = (action: string) => `/themes/${plan.theme.id}/${action}`;
      return {
        async start() {
          const reply = await post(base(), path('start'), withProfile({ today: plan.options.today }));
          expect(reply.status).toBe(200);
          // The server carries the state as a JSON object; the port's is its text (key order is kept).
          return JSON.stringify(reply.body.state);
        },
        async apply(state, action) {
          const body =
            action.kind === 'back'
              ? withProfile({ state: JSON.parse(state) })
              : withProfile({ state: JSON.parse(state), question: action.question, value: action.value });
          const reply = await post(base(), path(action.kind), body);
          if (reply.status === 422) return { state, said: reply.body.error.code as string };
          expect(reply.status, JSON.stringify(reply.body)).toBe(200);
          const dropped = (reply.body.dropped as { question: string }[]).map((d) => d.question);
          return { state: JSON.stringify(reply.body.state), said: `ok ${dropped.join(',')}` };
        },
        async outcome(state) {
          const reply = await post(base(), path('outcome'), withProfile({ state: JSON.parse(state) }));
          expect(reply.status).toBe(200);
          return reply.body.outcome;
        },
      };
    }

    test('the same transcripts, states and outcomes as alone', async () => {
      const subset = plans.slice(0, HTTP_SESSIONS);
      // Values JSON cannot carry (none of the scripts' answers need them) would differ over HTTP.
      const runs = await Promise.all(subset.map((plan) => drive(plan, httpPort(plan))));
      runs.forEach((run, i) => {
        expect(run.transcript, `session ${i}`).toEqual(alone[i]?.transcript);
        expect(run.state, `session ${i}`).toBe(alone[i]?.state);
        expect(run.outcome, `session ${i}`).toEqual(alone[i]?.outcome);
      });
    }, 300_000);
  });
});
