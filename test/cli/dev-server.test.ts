/**
 * The `tongban dev` server without a browser: it listens on 127.0.0.1 only, answers this machine's names only,
 * serves the state and the theme, pushes one event per save, and closes its streams and watchers on `close`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevEvent, DevState, ThemeDetail } from '../../src/cli/dev/protocol.js';
import { type DevServer, startDev } from '../../src/cli/dev/server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const THEME = 'themes/marriage.yaml';
let folder: string;
let server: DevServer;

function fetchText(path: string, options: { host?: string; method?: string } = {}) {
  const url = new URL(path, server.url);
  return new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString('utf8');
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, type: String(response.headers['content-type']) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tongban-dev-server-'));
  cpSync(join(ROOT, 'themes'), join(folder, 'themes'), { recursive: true });
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'assets', 'index.html'), '<!doctype html><title>dev</title>');
  server = await startDev({
    themesDir: join(folder, 'themes'),
    today: '2026-11-27',
    cwd: folder,
    lang: 'zh',
    port: 0,
    assets: join(folder, 'assets'),
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the tongban dev server', () => {
  it('listens on loopback and serves the page, the state and a theme', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetchText('/');
    expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>dev</title>' });
    expect(page.type).toContain('text/html');
    const state = JSON.parse((await fetchText('/api/state')).body) as DevState;
    expect(state.themes.map((t) => t.file)).toContain(THEME);
    const detail = JSON.parse((await fetchText(`/api/theme?file=${THEME}`)).body) as ThemeDetail;
    expect(detail.theme.id).toBe('marriage');
    // Source locations are relative to the working directory: no machine paths in the page.
    expect(Object.values(detail.theme.locations)[0]?.file).toBe(THEME);
    expect((await fetchText('/api/theme?file=themes/none.yaml')).status).toBe(404);
    expect((await fetchText('/nothing')).status).toBe(404);
  });

  it('answers only requests for this machine, and only reads', async () => {
    expect((await fetchText('/api/state', { host: 'example.com' })).status).toBe(403);
    expect((await fetchText('/api/state', { method: 'POST' })).status).toBe(405);
  });

  it('pushes one event per save, naming the theme that changed', async () => {
    const events: DevEvent[] = [];
    const stream = await new Promise<import('node:http').IncomingMessage>((resolve) => {
      get(new URL('/events', server.url), resolve);
    });
    let buffer = '';
    const received = new Promise<void>((resolve) => {
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        for (const block of buffer.split('\n\n').slice(0, -1)) {
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (block.startsWith('event: update') && data) events.push(JSON.parse(data) as DevEvent);
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
        if (events.length > 0) resolve();
      });
    });
    const file = join(folder, THEME);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, 'version: "2099.1"'));
    await received;
    expect(events).toEqual([{ revision: 1, files: [THEME], themes: [THEME] }]);
    const state = JSON.parse((await fetchText('/api/state')).body) as DevState;
    expect(state.saves[0]).toMatchObject({ revision: 1, files: [THEME], themes: [THEME], errors: 0 });
    stream.destroy();
  });
});
