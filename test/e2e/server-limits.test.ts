/**
 * The server example against slow and malformed clients: explicit header, request and keep-alive timeouts and
 * a connection cap; 400 for malformed URLs, profiles and states; no internal error text sent to a client.
 * The timeouts are set small here, and each slow client is bounded by a count of the bytes it manages to send
 * (Node's own defaults, 60 s and 300 s, would let it send them all), not by a clock.
 */
import type { Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer } from '../../examples/server/server.js';
import type { CompiledTheme } from '../../src/index.js';
import { loadThemeFile } from '../../src/node/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
let theme: CompiledTheme;
const servers: Server[] = [];

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const loaded = await loadThemeFile(join(ROOT, 'themes', 'hk-macau-permit.yaml'));
  if (!loaded.result.ok) throw new Error('the theme does not load');
  theme = loaded.result.theme;
});

afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Sends `first`, then one piece every `everyMs` until the server closes the socket or `max` pieces are sent. */
async function drip(port: number, first: string, piece: string, max: number, everyMs = 50): Promise<number> {
  const socket = connect(port, '127.0.0.1');
  let closed = false;
  socket.on('close', () => {
    closed = true;
  });
  socket.on('error', () => {
    closed = true;
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(first);
  let sent = 0;
  while (!closed && sent < max) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    if (closed) break;
    socket.write(piece);
    sent++;
  }
  socket.destroy();
  return sent;
}

describe('slow clients are cut off', () => {
  test('the limits are explicit by default', () => {
    const server = createServer([theme]);
    expect({
      headersTimeout: server.headersTimeout,
      requestTimeout: server.requestTimeout,
      keepAliveTimeout: server.keepAliveTimeout,
      maxConnections: server.maxConnections,
    }).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      maxConnections: 256,
    });
  });

  test('headers sent one line at a time: the connection is closed before 400 lines', async () => {
    const port = await listen(createServer([theme], { headersTimeout: 300, requestTimeout: 600 }));
    const sent = await drip(port, 'POST /themes/hk-macau-permit/start HTTP/1.1\r\n', 'X-Drip: 1\r\n', 400);
    expect(sent).toBeLessThan(400);
  });

  test('a body sent one byte at a time: the connection is closed before 400 bytes', async () => {
    const port = await listen(createServer([theme], { headersTimeout: 300, requestTimeout: 600 }));
    const head =
      'POST /themes/hk-macau-permit/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n';
    const sent = await drip(port, head, ' ', 400);
    expect(sent).toBeLessThan(400);
  });

  test('connections over the cap are closed; those under it are served', async () => {
    const port = await listen(createServer([theme], { maxConnections: 2 }));
    const open = async (): Promise<Socket> => {
      const socket = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      return socket;
    };
    const kept = [await open(), await open()];
    // Let the server accept both before the third comes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = await open();
    const ended = await new Promise<string>((resolve) => {
      third.once('close', () => resolve('closed'));
      third.once('data', () => resolve('served'));
      third.write('GET /themes HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    expect(ended).toBe('closed');
    const reply = await new Promise<string>((resolve) => {
      const socket = kept[0] as Socket;
      socket.once('data', (data) => resolve(data.toString()));
      socket.write('GET /themes HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of [...kept, third]) socket.destroy();
  });
});

describe('malformed requests are 400, and internal errors say nothing to the client', () => {
  let base = '';
  const logged: unknown[] = [];
  // A theme whose every read throws: the bug path, with a message that must stay in the log.
  const broken = new Proxy(
    { id: 'broken' },
    {
      get(target, key) {
        if (key === 'id') return target.id;
        throw new TypeError('SECRET internal detail');
      },
    },
  ) as unknown as CompiledTheme;

  beforeAll(async () => {
    const port = await listen(createServer([theme, broken], { log: (error) => logged.push(error) }));
    base = `http://127.0.0.1:${port}`;
  });

  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', body: JSON.stringify(body) });
    return { status: response.status, text: await response.text() };
  };

  test('a malformed percent escape in the theme id', async () => {
    const r = await post('/themes/%E0%A4%A/start', {});
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/URIError|malformed URI/);
  });

  test.each([
    ['a null licence', { kind: 'person', licences: [null] }],
    ['a licence without its type', { kind: 'person', licences: [{ number: '1' }] }],
    ['facts that are not a mapping', { kind: 'person', facts: [1] }],
    ['facts null', { kind: 'person', facts: null }],
    ['tags that are not strings', { kind: 'person', tags: [1] }],
    ['an unknown member', { kind: 'person', extra: 1 }],
    ['no kind', { facts: {} }],
    // Written as text: JSON.stringify itself recurses.
    [
      'facts nested 5,000 deep',
      `{"kind":"person","facts":{"person.hukou":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    ],
  ])('a profile with %s', async (_, profile) => {
    const body = typeof profile === 'string' ? `{"profile":${profile}}` : JSON.stringify({ profile });
    const response = await fetch(`${base}/themes/hk-macau-permit/start`, { method: 'POST', body });
    const r = { status: response.status, text: await response.text() };
    expect(r.status, r.text).toBe(400);
    expect(JSON.parse(r.text).error.code).toBe('bad-profile');
    expect(r.text).not.toMatch(/TypeError|RangeError|Maximum call stack/);
  });

  test('states that are not states', async () => {
    const states: unknown[] = [
      '',
      '{"v":1,"t":"hk-macau-permit","h":"","a":[],"r":[]}',
      {},
      { t: 1 },
      { t: 'hk-macau-permit' },
      { v: 1, t: 'hk-macau-permit', h: 'x', a: 'x'.repeat(70_000), r: [] },
      [],
    ];
    for (const state of states) {
      const r = await post('/themes/hk-macau-permit/answer', { state, question: 'business', value: 'first' });
      expect(r.status, `${JSON.stringify(state).slice(0, 40)}: ${r.text}`).toBe(400);
      expect(r.text).not.toMatch(/TypeError|RangeError/);
    }
  });

  test('a bug: 500 with no detail; the error is logged', async () => {
    const r = await post('/themes/broken/start', {});
    expect(r.status).toBe(500);
    expect(JSON.parse(r.text)).toEqual({
      error: { code: 'internal', message: 'Something went wrong in the service; please try again later.' },
    });
    expect(r.text).not.toContain('SECRET');
    expect(String(logged.at(-1))).toContain('SECRET internal detail');
  });
});
