/**
 * A stateless questionnaire server: the session travels with every request as `serialize`d JSON (`state`), so
 * any instance can serve any request and nothing is stored. Only the runtime entry of tongban is used.
 *
 *   GET  /themes                                  → { themes: [{ id, title, audience, tags, version, hash }] }
 *   POST /themes/:id/start    { profile?, today? } → { state, step, checklist }
 *   POST /themes/:id/answer   { state, question, value, profile? } → { state, step, checklist, dropped } | 422
 *   POST /themes/:id/change   { state, question, value, profile? } → same
 *   POST /themes/:id/back     { state, profile? }  → same
 *   POST /themes/:id/outcome  { state, profile? }  → { outcome } (+ markdown with ?format=md)
 *   POST /answer, /change, /back, /outcome         → the same, the theme read from the state
 *
 * The profile is not part of the state (it stays with the portal): send it again with each request. A state
 * that `restore` refuses (not JSON, tampered, another theme…) gives 400 with its code; an answer the session
 * rejects gives 422 with the typed error, and the state sent is still valid. A malformed URL or profile is
 * 400 too. Anything else is a bug: 500 with no detail for the client, the error in the log.
 *
 * Slow clients are cut off: explicit limits on the time to send the headers and the whole request, on idle
 * kept-alive connections, and on the number of connections (`ServerOptions`).
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import {
  answer,
  back,
  type CompiledTheme,
  change,
  checklist,
  markdownGuide,
  next,
  outcome,
  type Profile,
  restore,
  type Session,
  serialize,
  start,
  TongbanError,
  type Transition,
} from '../../src/index.js';

const MAX_BODY = 256 * 1024;

/** Limits of the server (the defaults in brackets) and where internal errors are logged. */
export interface ServerOptions {
  /** Milliseconds to receive a request's headers [10,000]. */
  readonly headersTimeout?: number;
  /** Milliseconds to receive a whole request, body included [30,000]. */
  readonly requestTimeout?: number;
  /** Milliseconds a kept-alive connection may stay idle between requests [5,000]. */
  readonly keepAliveTimeout?: number;
  /** Open connections at most; more are closed as they come [256]. */
  readonly maxConnections?: number;
  /** Where errors that are bugs go (their text never reaches a client) [console.error]. */
  readonly log?: (error: unknown) => void;
}

/** Nesting of a profile's facts at most: deeper is refused before the session reads it. */
const MAX_FACT_DEPTH = 32;

/** An HTTP error with a JSON body `{ error: { code, message } }`. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Body = Record<string, unknown>;
type Reply = { status: number; body: unknown };

/** The server of these themes, with explicit time and connection limits. */
export function createServer(themes: readonly CompiledTheme[], options: ServerOptions = {}): Server {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const log = options.log ?? ((error: unknown) => console.error(error));
  const headersTimeout = options.headersTimeout ?? 10_000;
  const server = createHttpServer(
    // The timeouts are checked this often (Node's default, 30 s, would let a slow client stay that long).
    { connectionsCheckingInterval: Math.max(50, Math.min(1_000, headersTimeout / 4)) },
    (request, response) => {
      handle(byId, request)
        .then((reply) => send(response, reply))
        .catch((error: unknown) => {
          if (error instanceof HttpError)
            send(response, {
              status: error.status,
              body: { error: { code: error.code, message: error.message } },
            });
          else {
            log(error);
            send(response, { status: 500, body: { error: { code: 'internal', message: 'internal error' } } });
          }
        });
    },
  );
  server.headersTimeout = headersTimeout;
  server.requestTimeout = options.requestTimeout ?? 30_000;
  server.keepAliveTimeout = options.keepAliveTimeout ?? 5_000;
  server.maxConnections = options.maxConnections ?? 256;
  return server;
}

async function handle(themes: ReadonlyMap<string, CompiledTheme>, request: IncomingMessage): Promise<Reply> {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'bad-request', 'malformed URL');
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/themes') {
    if (request.method !== 'GET') throw new HttpError(405, 'method-not-allowed', 'use GET');
    const list = [...themes.values()].map(({ id, title, audience, tags, version, hash }) => ({
      id,
      title,
      audience,
      tags,
      version,
      hash,
    }));
    return { status: 200, body: { themes: list } };
  }
  const match = /^(?:\/themes\/([^/]+))?\/(start|answer|change|back|outcome)$/.exec(path);
  if (!match) throw new HttpError(404, 'not-found', `no route ${path}`);
  if (request.method !== 'POST') throw new HttpError(405, 'method-not-allowed', 'use POST');
  const [, encoded, action] = match;
  const id = encoded === undefined ? undefined : decoded(encoded);
  const body = await readBody(request);
  const profile = profileOf(body.profile);

  if (action === 'start') {
    const theme = themeOf(themes, id);
    if (body.today !== undefined && typeof body.today !== 'string')
      throw new HttpError(400, 'bad-request', 'today is a YYYY-MM-DD string');
    let session: Session;
    try {
      session = start(theme, {
        ...(profile ? { profile } : {}),
        ...(typeof body.today === 'string' ? { today: body.today } : {}),
      });
    } catch (error) {
      if (error instanceof TongbanError) throw new HttpError(400, error.code, error.message);
      throw error;
    }
    return { status: 200, body: view(session) };
  }

  if (typeof body.state !== 'string') throw new HttpError(400, 'bad-request', 'state (a string) is required');
  const theme = themeOf(themes, id ?? themeIdOf(body.state));
  const restored = restore(theme, body.state, profile ? { profile } : {});
  if (!restored.ok) throw new HttpError(400, restored.error.code, restored.error.message);
  const session = restored.session;

  switch (action) {
    case 'answer':
    case 'change': {
      if (typeof body.question !== 'string')
        throw new HttpError(400, 'bad-request', 'question (an id) is required');
      const run = action === 'answer' ? answer : change;
      return transition(run(session, body.question, body.value));
    }
    case 'back':
      return transition(back(session));
    default: {
      const result = outcome(session);
      const markdown =
        url.searchParams.get('format') === 'md' ? { markdown: markdownGuide(result, theme) } : {};
      return { status: 200, body: { outcome: result, ...markdown } };
    }
  }
}

function view(session: Session) {
  return { state: serialize(session), step: next(session), checklist: checklist(session) };
}

function transition(result: Transition): Reply {
  if (!result.ok) return { status: 422, body: { error: result.error } };
  return { status: 200, body: { ...view(result.session), dropped: result.dropped } };
}

function themeOf(themes: ReadonlyMap<string, CompiledTheme>, id: string | undefined): CompiledTheme {
  const theme = id === undefined ? undefined : themes.get(id);
  if (!theme) throw new HttpError(404, 'unknown-theme', `no theme "${id ?? ''}"`);
  return theme;
}

/** The theme id a serialized session names (`t`), for the routes without one; `restore` checks the rest. */
function themeIdOf(state: string): string {
  let value: unknown;
  try {
    value = JSON.parse(state);
  } catch {
    throw new HttpError(400, 'not-json', 'the state is not JSON (truncated?)');
  }
  const id = value !== null && typeof value === 'object' ? (value as { t?: unknown }).t : undefined;
  if (typeof id !== 'string') throw new HttpError(400, 'bad-shape', 'the state names no theme');
  return id;
}

/** A theme id from the path, percent-decoded; a malformed escape (`%E0%A4%A`) is the client's error. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-request', 'malformed URL');
  }
}

const PROFILE_KEYS = new Set(['kind', 'name', 'facts', 'licences', 'tags', 'completed']);
const LICENCE_KEYS = new Set(['licence', 'number', 'issuer', 'issued', 'expires', 'data']);

/**
 * A profile from the request, checked member by member and completed with empty lists: a profile that the
 * session could not read is the client's error (400), never a crash.
 */
function profileOf(value: unknown): Profile | undefined {
  if (value === undefined || value === null) return undefined;
  const bad = (what: string): never => {
    throw new HttpError(400, 'bad-profile', `profile: ${what}`);
  };
  if (!isRecord(value))
    return bad('{ kind: person|enterprise, name?, facts?, licences?, tags?, completed? }');
  for (const key of Object.keys(value))
    if (!PROFILE_KEYS.has(key)) bad(`unknown member ${JSON.stringify(key.slice(0, 40))}`);
  const { kind, name, facts = {}, licences = [], tags = [], completed = [] } = value;
  if (kind !== 'person' && kind !== 'enterprise') bad('kind is person or enterprise');
  if (name !== undefined && typeof name !== 'string') bad('name is a string');
  if (!isRecord(facts) || !isPlainJson(facts))
    bad(`facts is a mapping of JSON values, at most ${MAX_FACT_DEPTH} levels deep`);
  const strings = (list: unknown, what: string) =>
    Array.isArray(list) && list.every((v) => typeof v === 'string')
      ? (list as string[])
      : bad(`${what} is a list of strings`);
  if (
    !Array.isArray(licences) ||
    !licences.every(
      (l) =>
        isRecord(l) &&
        typeof l.licence === 'string' &&
        Object.entries(l).every(
          ([k, v]) =>
            LICENCE_KEYS.has(k) && (k === 'data' ? isRecord(v) && isPlainJson(v) : typeof v === 'string'),
        ),
    )
  )
    bad(
      'licences is a list of { licence, number?, issuer?, issued?, expires?, data? }: strings, and data a mapping of JSON values',
    );
  return {
    kind: kind as Profile['kind'],
    ...(typeof name === 'string' ? { name } : {}),
    facts: facts as Profile['facts'],
    licences: licences as Profile['licences'],
    tags: strings(tags, 'tags'),
    completed: strings(completed, 'completed'),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a value is JSON data (parsed from the body) within the depth limit; walked without recursion. */
function isPlainJson(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
      continue;
    }
    if (typeof v !== 'object' || depth >= MAX_FACT_DEPTH) return false;
    for (const child of Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
  return true;
}

async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new HttpError(413, 'too-large', `the body is over ${MAX_BODY} bytes`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // The client went away or was cut off (a timeout): its doing, not a bug.
    throw new HttpError(400, 'aborted', 'the request did not arrive whole');
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-request', 'the body is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HttpError(400, 'bad-request', 'the body is a JSON object');
  return value as Body;
}

function send(response: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}
