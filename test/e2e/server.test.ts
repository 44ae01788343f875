/**
 * The stateless server example: two instances on two ports serve one session in turns (the state travels with
 * each request), and every state and the outcome equal those of the same session driven in-process.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../examples/server/server.js';
import {
  answer,
  back,
  type CompiledTheme,
  change,
  checklist,
  next,
  outcome,
  type Profile,
  type Session,
  serialize,
  start,
  type Transition,
} from '../../src/index.js';
import { loadProfile } from '../../src/load/index.js';
import { CatalogCache, loadThemeFile, readSource } from '../../src/node/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-11-27';

let themes: CompiledTheme[];
let profile: Profile;
const servers: Server[] = [];
let A: string;
let B: string;

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const cache = new CatalogCache();
  themes = [];
  for (const id of ['hk-macau-permit', 'open-restaurant']) {
    const loaded = await loadThemeFile(join(ROOT, 'themes', `${id}.yaml`), { cache });
    if (!loaded.result.ok) throw new Error(`${id} does not load`);
    themes.push(loaded.result.theme);
  }
  const read = await readSource(join(ROOT, 'examples', 'profiles', 'shanghai-resident.yaml'));
  if (!read.ok) throw new Error('the example profile is unreadable');
  const loaded = loadProfile(read.source);
  if (!loaded.ok) throw new Error('the example profile does not load');
  profile = loaded.profile;
  A = await listen(createServer(themes));
  B = await listen(createServer(themes));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

async function post(base: string, path: string, body: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** A session's state as the server's replies carry it: the JSON object `serialize` writes. */
function stateOf(session: Session): Json {
  return JSON.parse(serialize(session));
}

/** The same transition in-process: the server's reply must carry exactly this session's state. */
function accept(result: Transition): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

describe('stateless server example', () => {
  it('serves one session from two instances in turns, as in-process', async () => {
    const theme = themes[0] as CompiledTheme;
    let local = start(theme, { profile, today: TODAY });
    const started = await post(A, '/themes/hk-macau-permit/start', { profile, today: TODAY });
    expect(started.status).toBe(200);
    expect(started.body.state).toEqual(stateOf(local));
    expect(started.body.step.question.id).toBe('business');
    let state: Json = started.body.state;

    // Answer on B, A, B, … the session is in the request, never on either server.
    const bases = [B, A];
    const script: [string, unknown][] = [
      ['business', 'first'],
      ['filed-status', 'none'],
      ['endorse-now', true],
      ['purpose', 'tour-individual'],
      ['destination', 'both'],
      ['tour-entries', 'twice'],
      ['collect', 'window'],
    ];
    for (const [i, [question, value]] of script.entries()) {
      const base = bases[i % 2] as string;
      const reply = await post(base, '/themes/hk-macau-permit/answer', { state, question, value, profile });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      local = accept(answer(local, question, value));
      expect(reply.body.state).toEqual(stateOf(local));
      expect(reply.body.step).toEqual(JSON.parse(JSON.stringify(next(local))));
      expect(reply.body.checklist).toEqual(checklist(local));
      state = reply.body.state;
    }
    expect(next(local).done).toBe(true);

    // Change on B (the theme read from the state), back on A, answer again on B.
    const changed = await post(B, '/change', { state, question: 'destination', value: 'macau', profile });
    expect(changed.status).toBe(200);
    local = accept(change(local, 'destination', 'macau'));
    expect(changed.body.state).toEqual(stateOf(local));
    expect(changed.body.dropped).toEqual([
      { question: 'tour-entries', value: 'twice', reason: 'no-longer-asked' },
    ]);
    state = changed.body.state;

    const undone = await post(A, '/back', { state, profile });
    expect(undone.status).toBe(200);
    local = accept(back(local));
    expect(undone.body.state).toEqual(stateOf(local));
    state = undone.body.state;

    // Back undid the last answer (the delivery choice): answer it again.
    const again = await post(B, '/answer', { state, question: 'collect', value: 'window', profile });
    local = accept(answer(local, 'collect', 'window'));
    expect(again.body.state).toEqual(stateOf(local));
    expect(again.body.step.done).toBe(true);
    state = again.body.state;

    // The outcome on A equals the in-process one; the household registration the profile prefilled is in the
    // case, so the profile travelled. (The exit-entry window checks the ID card itself: nothing is waived.)
    const result = await post(A, '/outcome?format=md', { state, profile });
    expect(result.status).toBe(200);
    expect(result.body.outcome).toEqual(JSON.parse(JSON.stringify(outcome(local))));
    expect(result.body.outcome.case.key).toContain('hukou=local');
    expect(result.body.outcome.materials.find((m: Json) => m.id === 'exit-entry-id-card')?.status).toBe(
      'submit',
    );
    expect(result.body.markdown).toMatch(/^# 往来港澳通行证和签注签发 · 办事指南/);
  });

  it('rejects a wrong answer with 422 and the typed error, and bad states with 400 and the code', async () => {
    const started = await post(B, '/themes/open-restaurant/start', { today: TODAY });
    const state: Json = started.body.state;

    const wrong = await post(A, '/themes/open-restaurant/answer', {
      state,
      question: 'company-exists',
      value: 'x',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'wrong-type', question: 'company-exists' });
    const notAsked = await post(A, '/answer', { state, question: 'tobacco', value: true });
    expect(notAsked.status).toBe(422);
    expect(notAsked.body.error.code).toBe('not-asked');
    const nothing = await post(B, '/back', { state });
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.code).toBe('nothing-to-undo');

    const answered = await post(A, '/answer', { state, question: 'company-exists', value: false });
    expect(answered.status).toBe(200);
    const persisted = structuredClone(answered.body.state);
    persisted.a[0][1] = 'maybe';
    const tampered = await post(B, '/answer', {
      state: persisted,
      question: 'hire-staff',
      value: true,
    });
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.code).toBe('tampered');

    // The state is the JSON object itself: JSON inside a string is refused, as is anything else.
    for (const wrapped of [JSON.stringify(state), [state], 7, null]) {
      const refused = await post(A, '/themes/open-restaurant/outcome', { state: wrapped });
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'bad-request' } } });
    }
    const partial = await post(A, '/themes/open-restaurant/outcome', { state: { ...state, a: undefined } });
    expect(partial).toMatchObject({ status: 400, body: { error: { code: 'bad-shape' } } });
    const other = await post(A, '/themes/hk-macau-permit/outcome', { state });
    expect(other).toMatchObject({ status: 400, body: { error: { code: 'other-theme' } } });
    const badToday = await post(A, '/themes/open-restaurant/start', { today: '2026-02-30' });
    expect(badToday).toMatchObject({ status: 400, body: { error: { code: 'invalid-today' } } });
    const unknown = await post(A, '/themes/nothing/start', {});
    expect(unknown.status).toBe(404);

    const list = (await fetch(`${B}/themes`).then((r) => r.json())) as { themes: Json[] };
    expect(list.themes.map((t: Json) => t.id)).toEqual(['hk-macau-permit', 'open-restaurant']);
  });
});
