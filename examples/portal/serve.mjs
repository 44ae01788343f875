// A tiny static file server for examples/portal/dist (no dependencies):
//   node examples/portal/serve.mjs [port] [--api URL]       → http://127.0.0.1:8080/
// With --api (the server example, e.g. http://127.0.0.1:8787), requests under /api/ are passed on to it, so
// that 提交 sends the application package there (same origin: no CORS needed).
// The e2e tests import `serveStatic` from here.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the files under `dir` (GET and HEAD only; nothing outside `dir`); with `options.api`, passes requests
 * under /api/ on to that server.
 */
export function serveStatic(dir, options = {}) {
  const base = resolve(dir);
  return createServer(async (request, response) => {
    if (options.api && request.url?.startsWith('/api/')) {
      await forward(request, response, options.api);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
}

/** Passes a request on to `api` (its path without /api) and relays the reply. */
async function forward(request, response, api) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  try {
    const reply = await fetch(new URL(request.url.slice('/api'.length), api), {
      method: request.method,
      headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = Buffer.from(await reply.arrayBuffer());
    response.writeHead(reply.status, {
      'content-type': reply.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response
      .writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      .end('the API server is not reachable');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('dist', import.meta.url));
  const args = process.argv.slice(2);
  const apiAt = args.indexOf('--api');
  const api = apiAt >= 0 ? args.splice(apiAt, 2)[1] : undefined;
  const port = Number(args[0] ?? process.env.PORT ?? 8080);
  serveStatic(dir, api ? { api } : {}).listen(port, '127.0.0.1', () => {
    console.log(
      `portal: http://127.0.0.1:${port}/  (serving ${dir}${api ? `, /api/ → ${api}` : ''}; build it first with node examples/portal/build.mjs)`,
    );
  });
}
