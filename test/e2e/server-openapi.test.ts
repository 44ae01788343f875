/**
 * examples/server/openapi.yaml against the running server: `node examples/server/main.mjs 0` is started as a
 * user would start it (its one line on stdout says where it listens), and the reply of every operation the
 * description lists, successes and errors alike, is validated with ajv (draft 2020-12, as OpenAPI 3.1 uses)
 * against the response schema the description gives for that path, method and status.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ApplicationPackage, applicationPackage, type Profile } from '../../src/index.js';
import {
  answered,
  companyProfile,
  FILLED,
  ROOT,
  restaurantTheme,
  TODAY,
} from '../support/restaurant-application.js';

// biome-ignore lint/suspicious/noExplicitAny: the description and the replies are read as plain JSON
type Json = any;

const BASE_ID = 'https://tongban.test/';
const DOC_ID = `${BASE_ID}examples/server/openapi.yaml`;
const doc: Json = parse(readFileSync(join(ROOT, 'examples', 'server', 'openapi.yaml'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
for (const name of ['common', 'profile', 'outcome'])
  ajv.addSchema(
    JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')),
    `${BASE_ID}schemas/${name}.schema.json`,
  );
ajv.addSchema({ ...doc, $id: DOC_ID });

let child: ChildProcess;
let base: string;
let logLine: string;
let profile: Profile;
let application: ApplicationPackage;
/** The operations and statuses checked, as `METHOD path status`. */
const checked = new Set<string>();

beforeAll(async () => {
  const theme = await restaurantTheme();
  profile = await companyProfile();
  const built = applicationPackage(answered(theme, profile), FILLED);
  if (!built.ok) throw new Error(JSON.stringify(built));
  application = built.application;
  child = spawn(process.execPath, [join(ROOT, 'examples', 'server', 'main.mjs'), '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  logLine = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`main.mjs exited (${code}): ${stderr}`)));
  });
  base = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(logLine)?.[1] ?? '';
}, 60_000);

afterAll(() => {
  child?.kill();
});

/** The schema of a documented reply: path template, method, status (a `$ref`ed response is followed). */
function responseSchema(path: string, method: string, status: number): { $ref: string } {
  // A method a path does not take is no operation: its reply is the description's shared 405.
  if (status === 405)
    return { $ref: `${DOC_ID}#/components/responses/MethodNotAllowed/content/application~1json/schema` };
  const operation = doc.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${path} is not described`);
  let response = operation.responses[String(status)];
  let pointer = `#/paths/${pointerSegment(path)}/${method.toLowerCase()}/responses/${status}`;
  if (response?.$ref) {
    pointer = response.$ref;
    response = doc.components.responses[response.$ref.split('/').at(-1)];
  }
  if (!response?.content) throw new Error(`${method} ${path} → ${status} is not described`);
  return { $ref: `${DOC_ID}${pointer}/content/application~1json/schema` };
}

function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Sends a request and validates the reply against the description; returns the reply's body. */
async function call(method: string, path: string, url: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${base}${url}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const reply: Json = await response.json();
  const validate = ajv.compile(responseSchema(path, method, response.status));
  expect(validate(reply), `${method} ${url} → ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(
    true,
  );
  if (response.status === 405)
    expect(response.headers.get('allow'), `${method} ${url}`).toMatch(/^(GET|POST)/);
  checked.add(`${method} ${path} ${response.status}`);
  return { status: response.status, ...reply };
}

describe('the OpenAPI description of the server example', () => {
  it('says where the server listens in one line', () => {
    expect(logLine).toMatch(/^tongban server listening on http:\/\/127\.0\.0\.1:\d+\/ {2}\(\d+ themes,/);
  });

  it('is OpenAPI 3.1 and describes every endpoint the service lists', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const home = await call('GET', '/', '/');
    const listed = home.endpoints.flatMap((e: Json) => {
      const choices = /\{([a-z,]+,[a-z,]+)\}/.exec(e.path);
      const paths = choices?.[1] ? choices[1].split(',').map((c) => e.path.replace(choices[0], c)) : [e.path];
      return paths.map((p: string) => `${e.method} ${p}`);
    });
    const described = Object.entries(doc.paths).flatMap(([path, item]: [string, Json]) =>
      Object.keys(item)
        .filter((k) => k === 'get' || k === 'post')
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(new Set(listed)).toEqual(new Set(described));
  });

  it('matches the replies of a whole session, an application and the errors', async () => {
    await call('GET', '/themes', '/themes');
    await call('GET', '/themes/{id}', '/themes/open-restaurant');
    await call('GET', '/themes/{id}', '/themes/nothing');
    await call('POST', '/', '/');
    await call('POST', '/themes/{id}/start', '/themes/open-restaurant/start', { today: '2026-02-30' });
    const started = await call('POST', '/themes/{id}/start', '/themes/open-restaurant/start', {
      profile,
      today: TODAY,
    });
    let state = started.state;
    const refused = await call('POST', '/themes/{id}/answer', '/themes/open-restaurant/answer', {
      state,
      question: 'hire-staff',
      value: 'perhaps',
      profile,
    });
    expect(refused.status).toBe(422);
    const first = await call('POST', '/themes/{id}/answer', '/themes/open-restaurant/answer', {
      state,
      question: 'hire-staff',
      value: true,
      profile,
    });
    state = first.state;
    state = (await call('POST', '/answer', '/answer', { state, question: 'dishes', value: ['hot'], profile }))
      .state;
    state = (
      await call('POST', '/themes/{id}/change', '/themes/open-restaurant/change', {
        state,
        question: 'hire-staff',
        value: false,
        profile,
      })
    ).state;
    await call('POST', '/change', '/change', { state, question: 'nothing', value: 1, profile });
    state = (
      await call('POST', '/change', '/change', { state, question: 'dishes', value: ['hot', 'cold'], profile })
    ).state;
    state = (await call('POST', '/themes/{id}/back', '/themes/open-restaurant/back', { state, profile }))
      .state;
    await call('POST', '/back', '/back', { state: JSON.stringify(state), profile });
    state = (await call('POST', '/back', '/back', { state, profile })).state;
    await call('POST', '/back', '/back', { state, profile });
    await call('POST', '/themes/{id}/outcome', '/themes/open-restaurant/outcome?format=md', {
      state,
      profile,
    });
    await call('POST', '/outcome', '/outcome', { state, profile });
    await call('POST', '/outcome', '/outcome', { state: { ...state, t: 'nothing' }, profile });
    await call('POST', '/themes/{id}/outcome', '/themes/open-restaurant/outcome', '{');

    const accepted = await call('POST', '/applications', '/applications', { application, profile });
    expect(accepted.status).toBe(200);
    const wrong = await call('POST', '/applications', '/applications', {
      application: { ...application, data: { ...application.data, 'opening-date': '2026-02-30' } },
      profile,
    });
    expect(wrong.status).toBe(422);
    await call('POST', '/applications', '/applications', '{"application": ');
    await call('GET', '/applications', '/applications');

    // Every operation described was checked with a success.
    for (const [path, item] of Object.entries(doc.paths) as [string, Json][])
      for (const method of Object.keys(item).filter((k) => k === 'get' || k === 'post'))
        expect(checked, `${method} ${path}`).toContain(`${method.toUpperCase()} ${path} 200`);
  });
});
