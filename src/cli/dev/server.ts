/**
 * The `tongban dev` server: loads the workspace, watches its files, and serves the page on 127.0.0.1 only —
 * its files, the state as JSON, and one server-sent event per processed save. Saves are processed one batch
 * at a time, in order. `close` stops the watcher, ends the event streams and closes the server.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DevEvent } from './protocol.js';
import { type Watcher, watchFiles } from './watch.js';
import { type FileEvent, Workspace, type WorkspaceOptions, type WorkspaceUpdate } from './workspace.js';

export interface DevOptions extends WorkspaceOptions {
  /** The port to listen on; 0 for a free one. */
  readonly port: number;
  /** The folder of the page's files (`devAssetsDir()`). */
  readonly assets: string;
  /** Called after each processed save (the command prints a line). */
  readonly onUpdate?: (update: WorkspaceUpdate, workspace: Workspace) => void;
  /** Called when processing a save fails (a bug: the server goes on with the next save). */
  readonly onError?: (error: unknown) => void;
}

export interface DevServer {
  readonly url: string;
  readonly workspace: Workspace;
  close(): Promise<void>;
}

/** The page's files, by the name the page asks for. */
const ASSETS: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/client.js': 'client.js',
  '/dev.css': 'dev.css',
  '/portal.css': 'portal.css',
  '/mermaid.min.js': 'mermaid.min.js',
};
const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * The folder of the page's built files: `dev/` beside the bundled command (dist/cli.js), or dist/dev of the
 * package when running from source. Undefined when the page has not been built.
 */
export function devAssetsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const candidate of [join(dir, 'dev'), join(dir, 'dist', 'dev')])
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** Loads the files, starts watching and serving; resolves once the page can be opened. */
export async function startDev(options: DevOptions): Promise<DevServer> {
  const workspace = new Workspace(options);
  await workspace.load();
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only this machine's names: a page elsewhere cannot reach the server through a name it controls.
    const port = (server.address() as AddressInfo).port;
    if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(request.headers.host ?? '')) {
      response.writeHead(403).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const asset = ASSETS[url.pathname];
    if (asset) {
      const body = await readFile(join(options.assets, asset)).catch(() => undefined);
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      const type = TYPES[asset.slice(asset.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      return;
    }
    if (url.pathname === '/api/state') return json(response, workspace.state());
    if (url.pathname === '/api/theme' || url.pathname === '/api/change') {
      const file = url.searchParams.get('file') ?? '';
      const found = url.pathname === '/api/theme' ? workspace.detail(file) : workspace.change(file);
      if (!found) response.writeHead(404).end();
      else json(response, found);
      return;
    }
    if (url.pathname === '/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(`retry: 500\n\n`);
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    response.writeHead(404).end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  // One batch at a time, in order: a save made while the previous one is processed waits for it.
  let queue = Promise.resolve();
  let watcher: Watcher | undefined;
  const apply = async (events: FileEvent[], startedAt: number) => {
    const update = await workspace.update(events, startedAt);
    watcher?.add(workspace.watched());
    const event: DevEvent = { revision: update.revision, files: update.files, themes: update.themes };
    const text = `event: update\ndata: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(text);
    options.onUpdate?.(update, workspace);
  };
  try {
    watcher = await watchFiles(workspace.watched(), (events, startedAt) => {
      queue = queue.then(() => apply(events, startedAt)).catch((error: unknown) => options.onError?.(error));
    });
  } catch (error) {
    server.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    workspace,
    async close() {
      await watcher?.close();
      await queue;
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function json(response: ServerResponse, value: unknown): void {
  response
    .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(value));
}
