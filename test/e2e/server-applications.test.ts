/**
 * `POST /applications` of the server example: the restaurant package the portal would send is accepted and
 * comes back normalised; a package of another theme version, answers that reach another case or do not finish
 * the questionnaire, and form data with a wrong field are refused with 422 and located errors; a body that is
 * not JSON is 400. Also the service's own description (`GET /`), one theme (`GET /themes/:id`) and `Allow`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../examples/server/server.js';
import {
  type ApplicationPackage,
  applicationPackage,
  type CompiledTheme,
  type Profile,
} from '../../src/index.js';
import { answered, companyProfile, FILLED, restaurantTheme } from '../support/restaurant-application.js';

let server: Server;
let base: string;
let theme: CompiledTheme;
let profile: Profile;
let application: ApplicationPackage;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

beforeAll(async () => {
  theme = await restaurantTheme();
  profile = await companyProfile();
  const built = applicationPackage(answered(theme, profile), FILLED);
  if (!built.ok) throw new Error(JSON.stringify(built));
  application = built.application;
  server = createServer([theme]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function submit(body: unknown): Promise<{ status: number; body: Json; text: string }> {
  const response = await fetch(`${base}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

describe('POST /applications', () => {
  it('accepts the restaurant package and answers with the normalised package', async () => {
    const r = await submit({ application, profile });
    expect(r.status, r.text).toBe(200);
    expect(r.body.application).toEqual(JSON.parse(JSON.stringify(application)));
    // Normalised: the prefilled values the client left out are back, fields it may not set are refused.
    const { 'business-name': _dropped, ...lean } = application.data;
    const again = await submit({ application: { ...application, data: lean, prefilled: [] }, profile });
    expect(again.status, again.text).toBe(200);
    expect(again.body.application.data['business-name']).toBe('上海示例餐饮管理有限公司');
    expect(again.body.application.prefilled).toEqual(['company-exists']);
  });

  it('refuses a wrong field with 422, its path and the Chinese message of the library', async () => {
    const r = await submit({
      application: {
        ...application,
        data: { ...application.data, 'contact-phone': '12345', 'staff-count': 0 },
      },
      profile,
    });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: Json) => [e.pointer, e.code])).toEqual([
      ['/data/contact-phone', 'format'],
      ['/data/staff-count', 'out-of-range'],
    ]);
    expect(r.body.errors[0].message).toMatch(/联系电话/);
    const missing = await submit({
      application: { ...application, data: { ...application.data, 'sign-text': '' } },
      profile,
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ pointer: '/data/sign-text', code: 'required' }),
    ]);
  });

  it('refuses another theme version, another case, unfinished or contradicting answers', async () => {
    const cases: [string, unknown, string, string][] = [
      [
        'another hash',
        { ...application, theme: { ...application.theme, hash: '0'.repeat(16) } },
        '/theme/hash',
        'theme-changed',
      ],
      [
        'an unknown theme',
        { ...application, theme: { ...application.theme, id: 'nothing' } },
        '/theme/id',
        'unknown-theme',
      ],
      [
        'another case',
        { ...application, case: { ...application.case, key: 'company-exists=no' } },
        '/case/key',
        'other-case',
      ],
      [
        'an answer left out',
        { ...application, answers: { ...application.answers, tobacco: undefined } },
        '/answers/tobacco',
        'missing-answer',
      ],
      [
        'an answer refused',
        { ...application, answers: { ...application.answers, area: -3 } },
        '/answers/area',
        'out-of-range',
      ],
      [
        'an answer never asked',
        { ...application, answers: { ...application.answers, 'sign-size': 1 } },
        '/answers/sign-size',
        'not-asked',
      ],
      ['another format', { ...application, format: 'x' }, '/format', 'unknown-format'],
      ['not an object', [application], '', 'not-an-object'],
    ];
    for (const [what, sent, pointer, code] of cases) {
      const r = await submit({ application: sent, profile });
      expect(r.status, `${what}: ${r.text}`).toBe(422);
      expect(r.body.errors, what).toEqual([expect.objectContaining({ pointer, code })]);
    }
    // Without the profile the same answers are the citizen's own: the case is the same, but nothing is
    // prefilled and the licence on file no longer waives the business licence.
    const anonymous = await submit({ application });
    expect(anonymous.status, anonymous.text).toBe(200);
    expect(anonymous.body.application.prefilled).toEqual([]);
    const licence = (list: Json[]) => list.find((m: Json) => m.id === 'business-licence')?.status;
    expect(licence(application.materials as Json[])).toBe('waived');
    expect(licence(anonymous.body.application.materials)).not.toBe('waived');
  });

  it('answers 400, never 500, to a body that is not JSON or holds no package', async () => {
    for (const body of ['{"application":', 'null', '[1]', '{}', '{"application": 1, "profile": 3}']) {
      const r = await submit(body);
      expect(r.status, `${body}: ${r.text}`).toBe(400);
      expect(r.text).not.toMatch(/TypeError|SyntaxError|at .*\.ts/);
    }
  });
});

describe('what the service says about itself', () => {
  it('GET / lists the endpoints; GET /themes/:id gives one theme', async () => {
    const home = (await fetch(`${base}/`).then((r) => r.json())) as Json;
    expect(home.service).toBe('tongban');
    expect(home.endpoints).toContainEqual(expect.objectContaining({ method: 'POST', path: '/applications' }));
    expect(home.endpoints).toContainEqual(expect.objectContaining({ method: 'GET', path: '/themes/{id}' }));
    const one = await fetch(`${base}/themes/open-restaurant`);
    expect(one.status).toBe(200);
    const body = (await one.json()) as Json;
    expect(body.theme).toMatchObject({ id: theme.id, version: theme.version, hash: theme.hash });
    const first = theme.questions[0];
    if (first?.type !== 'yes-no') throw new Error('the restaurant opens with a yes/no question');
    expect(body.theme.questions[0]).toEqual({
      id: 'company-exists',
      ask: first.ask,
      ...(first.en === undefined ? {} : { en: first.en }),
      ...(first.help === undefined ? {} : { help: first.help }),
      type: 'yes-no',
      conditional: false,
      yes: first.yes,
      no: first.no,
    });
    expect((await fetch(`${base}/themes/nothing`)).status).toBe(404);
  });

  it('GET /themes/:id gives each question with its options by label, and no conditions', async () => {
    const body = (await fetch(`${base}/themes/open-restaurant`).then((r) => r.json())) as Json;
    expect(body.theme.questions.map((q: Json) => q.id)).toEqual(theme.questions.map((q) => q.id));
    const entity = body.theme.questions.find((q: Json) => q.id === 'entity-type');
    expect(entity).toMatchObject({ type: 'single', conditional: true });
    expect(entity.options).toContainEqual({
      id: 'company',
      label: '有限责任公司',
      en: 'Limited liability company',
    });
    const area = body.theme.questions.find((q: Json) => q.id === 'area');
    expect(area).toMatchObject({ type: 'number', unit: '㎡', min: 1, max: 100000 });
    // Conditions are logic for authors: no question or option carries one.
    expect(JSON.stringify(body.theme.questions)).not.toMatch(/"when"|"cuts"|"prefill"/);
  });

  it('error replies are sentences a developer acts on, never bare words', async () => {
    const replies = [
      await fetch(`${base}/nowhere`),
      await fetch(`${base}/themes/nothing`),
      await fetch(`${base}/themes/open-restaurant/start`, { method: 'GET' }),
      await fetch(`${base}/themes/open-restaurant/start`, { method: 'POST', body: '{' }),
      await fetch(`${base}/themes/open-restaurant/start`, { method: 'POST', body: '[]' }),
      await fetch(`${base}/themes/open-restaurant/start`, { method: 'POST', body: '{"today":1}' }),
      await fetch(`${base}/themes/open-restaurant/answer`, { method: 'POST', body: '{}' }),
      await fetch(`${base}/themes/open-restaurant/start`, {
        method: 'POST',
        body: '{"profile":{"kind":"robot"}}',
      }),
      await fetch(`${base}/applications`, { method: 'POST', body: '{}' }),
    ];
    const messages = await Promise.all(
      replies.map(async (r) => ((await r.json()) as Json).error.message as string),
    );
    expect(messages).toHaveLength(replies.length);
    for (const message of messages) expect(message).toMatch(/^[A-Z].*[.?]$/su);
    expect(messages[0]).toBe('There is nothing at /nowhere; GET / lists what the service offers.');
    expect(messages[1]).toBe('There is no theme "nothing"; GET /themes lists them.');
    expect(messages[2]).toBe('The address /themes/open-restaurant/start answers POST requests only.');
    expect(messages[7]).toBe(
      'The profile is not one the service can read: kind must be person or enterprise.',
    );
  });

  it('405 replies say which methods the path takes (Allow)', async () => {
    const cases: [string, string, string][] = [
      ['POST', '/', 'GET'],
      ['DELETE', '/themes', 'GET'],
      ['POST', '/themes/open-restaurant', 'GET'],
      ['GET', '/themes/open-restaurant/start', 'POST'],
      ['GET', '/answer', 'POST'],
      ['PUT', '/applications', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      const r = await fetch(`${base}${path}`, { method });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect(((await r.json()) as Json).error.code).toBe('method-not-allowed');
    }
  });
});
