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
 * rejects gives 422 with the typed error, and the state sent is still valid.
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

export function createServer(themes: readonly CompiledTheme[]): Server {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  return createHttpServer((request, response) => {
    handle(byId, request)
      .then((reply) => send(response, reply))
      .catch((error: unknown) => {
        if (error instanceof HttpError)
          send(response, {
            status: error.status,
            body: { error: { code: error.code, message: error.message } },
          });
        else send(response, { status: 500, body: { error: { code: 'internal', message: String(error) } } });
      });
  });
}

async function handle(themes: ReadonlyMap<string, CompiledTheme>, request: IncomingMessage): Promise<Reply> {
  const url = new URL(request.url ?? '/', 'http://localhost');
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
  const [, id, action] = match;
  const body = await readBody(request);
  const profile = profileOf(body.profile);

  if (action === 'start') {
    const theme = themeOf(themes, id === undefined ? undefined : decodeURIComponent(id));
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
  const theme = themeOf(themes, id === undefined ? themeIdOf(body.state) : decodeURIComponent(id));
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

/** A profile from the request, completed with empty lists (a real portal would check it against its schema). */
function profileOf(value: unknown): Profile | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const facts = raw.facts;
  if (
    typeof value !== 'object' ||
    Array.isArray(value) ||
    (raw.kind !== 'person' && raw.kind !== 'enterprise') ||
    (facts !== undefined && (facts === null || typeof facts !== 'object' || Array.isArray(facts)))
  ) {
    throw new HttpError(400, 'bad-profile', 'profile: { kind: person|enterprise, facts?, licences?, … }');
  }
  return {
    kind: raw.kind,
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    facts: (facts ?? {}) as Profile['facts'],
    licences: list(raw.licences) as Profile['licences'],
    tags: list(raw.tags) as string[],
    completed: list(raw.completed) as string[],
  };
}

async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'too-large', `the body is over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
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
