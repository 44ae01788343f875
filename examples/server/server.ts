/**
 * A stateless questionnaire server: the session travels with every request as its `serialize`d state (a JSON
 * object), so any instance can serve any request and nothing is stored. Only the runtime entry of tongban is
 * used. `GET /` lists the endpoints; `openapi.yaml` describes them all:
 *
 *   GET  /                                        → what the service is, and its endpoints
 *   GET  /themes                                  → { themes: [{ id, title, audience, tags, version, hash }] }
 *   GET  /themes/:id                              → { theme: { id, title, summary?, …, questions } }
 *   POST /themes/:id/start    { profile?, today? } → { state, step, checklist }
 *   POST /themes/:id/answer   { state, question, value, profile? } → { state, step, checklist, dropped } | 422
 *   POST /themes/:id/change   { state, question, value, profile? } → same
 *   POST /themes/:id/back     { state, profile? }  → same
 *   POST /themes/:id/outcome  { state, profile? }  → { outcome } (+ markdown with ?format=md)
 *   POST /answer, /change, /back, /outcome         → the same, the theme read from the state
 *   POST /applications        { application, profile? } → { application } normalised | 422 { errors }
 *
 * The profile is not part of the state (it stays with the portal): send it again with each request. A state
 * that `restore` refuses (not an object, tampered, another theme…) gives 400 with its code; an answer the
 * session rejects gives 422 with the typed error, and the state sent is still valid. A malformed URL, body or
 * profile is 400 too; a method a path does not take is 405 with `Allow`. Anything else is a bug: 500 with no
 * detail for the client, the error in the log.
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
  next,
  outcome,
  restore,
  type Session,
  serialize,
  start,
  TongbanError,
  type Transition,
} from '../../src/index.js';
import { formatRestoreError, formatTongbanError } from '../../src/messages/entry.js';
import { markdownGuide } from '../../src/render/index.js';
import { checkApplication } from './applications.js';
import { type Body, HttpError, profileOf, readBody, stateOf } from './input.js';
import { describeQuestion } from './questions.js';

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

type Reply = { status: number; body: unknown };
type Themes = ReadonlyMap<string, CompiledTheme>;

/** What a route's handler is given: the themes, the request, its URL and the path's parameters. */
interface Call {
  readonly themes: Themes;
  readonly request: IncomingMessage;
  readonly url: URL;
  readonly params: readonly (string | undefined)[];
}

interface Route {
  readonly pattern: RegExp;
  /** The path as `GET /` lists it. */
  readonly path: string;
  readonly summary: string;
  readonly methods: Readonly<Partial<Record<'GET' | 'POST', (call: Call) => Promise<Reply> | Reply>>>;
}

const SESSION_ACTIONS = 'start|answer|change|back|outcome';

/** The routes, in the order `GET /` lists them. */
const ROUTES: readonly Route[] = [
  { pattern: /^$/, path: '/', summary: 'what this service is, and its endpoints', methods: { GET: home } },
  {
    pattern: /^\/themes$/,
    path: '/themes',
    summary: 'the themes served, with version and content hash',
    methods: { GET: themeList },
  },
  {
    pattern: /^\/themes\/([^/]+)$/,
    path: '/themes/{id}',
    summary: 'one theme: title, summary, version, hash and its questions',
    methods: { GET: themeDetail },
  },
  {
    pattern: new RegExp(`^\\/themes\\/([^/]+)\\/(${SESSION_ACTIONS})$`),
    path: `/themes/{id}/{${SESSION_ACTIONS.replace(/\|/g, ',')}}`,
    summary: 'start a session, answer, change an answer, go back, or read the outcome (state in, state out)',
    methods: { POST: sessionAction },
  },
  {
    pattern: /^()\/(answer|change|back|outcome)$/,
    path: '/{answer,change,back,outcome}',
    summary: 'the same, the theme read from the state',
    methods: { POST: sessionAction },
  },
  {
    pattern: /^\/applications$/,
    path: '/applications',
    summary: 'check an application package: theme hash, answers replayed to the same case, form data',
    methods: { POST: submitApplication },
  },
];

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
            send(
              response,
              { status: error.status, body: { error: { code: error.code, message: error.message } } },
              error.allow ? { allow: error.allow.join(', ') } : {},
            );
          else {
            log(error);
            send(response, { status: 500, body: { error: { code: 'internal', message: INTERNAL_MESSAGE } } });
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

/** What a client reads when the server fails: the error itself goes to the log only. */
const INTERNAL_MESSAGE = 'Something went wrong in the service; please try again later.';

async function handle(themes: Themes, request: IncomingMessage): Promise<Reply> {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'bad-request', 'The address is not a well-formed URL.');
  }
  const path = url.pathname.replace(/\/+$/, '');
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const method = request.method === 'HEAD' ? undefined : request.method;
    const run = method === 'GET' || method === 'POST' ? route.methods[method] : undefined;
    if (!run) {
      const allow = Object.keys(route.methods);
      throw new HttpError(
        405,
        'method-not-allowed',
        `The address ${path || '/'} answers ${allow.join(' and ')} requests only.`,
        allow,
      );
    }
    const params = match.slice(1).map((p) => (p === undefined || p === '' ? undefined : decoded(p)));
    return run({ themes, request, url, params });
  }
  throw new HttpError(404, 'not-found', `There is nothing at ${path}; GET / lists what the service offers.`);
}

function home(): Reply {
  return {
    status: 200,
    body: {
      service: 'tongban',
      description:
        'Stateless questionnaire sessions on tongban themes (主题服务): the session state travels with each request; application packages are checked against the theme they name.',
      openapi: 'examples/server/openapi.yaml',
      endpoints: ROUTES.flatMap((r) =>
        Object.keys(r.methods).map((method) => ({ method, path: r.path, summary: r.summary })),
      ),
    },
  };
}

function themeList({ themes }: Call): Reply {
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

function themeDetail({ themes, params }: Call): Reply {
  const theme = themeOf(themes, params[0]);
  const { id, title, summary, audience, tags, version, hash } = theme;
  return {
    status: 200,
    body: {
      theme: {
        id,
        title,
        ...(summary === undefined ? {} : { summary }),
        audience,
        tags,
        version,
        hash,
        questions: theme.questions.map(describeQuestion),
      },
    },
  };
}

async function sessionAction({ themes, request, url, params }: Call): Promise<Reply> {
  const [id, action] = params;
  const body = await readBody(request);
  const profile = profileOf(body.profile);

  if (action === 'start') {
    const theme = themeOf(themes, id);
    if (body.today !== undefined && typeof body.today !== 'string')
      throw new HttpError(400, 'bad-request', 'Send today as a date written YYYY-MM-DD, such as 2026-03-02.');
    let session: Session;
    try {
      session = start(theme, {
        ...(profile ? { profile } : {}),
        ...(typeof body.today === 'string' ? { today: body.today } : {}),
      });
    } catch (error) {
      if (error instanceof TongbanError)
        throw new HttpError(400, error.code, formatTongbanError(error, 'zh'));
      throw error;
    }
    return { status: 200, body: view(session) };
  }

  const state = stateOf(body);
  const theme = themeOf(themes, id ?? state.theme);
  const restored = restore(theme, state.text, profile ? { profile } : {});
  if (!restored.ok) throw new HttpError(400, restored.error.code, formatRestoreError(restored.error, 'zh'));
  const session = restored.session;

  switch (action) {
    case 'answer':
    case 'change':
      return transition(session, action, body);
    case 'back':
      return transitionReply(back(session));
    default: {
      const result = outcome(session);
      const markdown =
        url.searchParams.get('format') === 'md' ? { markdown: markdownGuide(result, theme) } : {};
      return { status: 200, body: { outcome: result, ...markdown } };
    }
  }
}

function transition(session: Session, action: 'answer' | 'change', body: Body): Reply {
  if (typeof body.question !== 'string')
    throw new HttpError(400, 'bad-request', 'Which question is answered? Send its id as question.');
  const run = action === 'answer' ? answer : change;
  return transitionReply(run(session, body.question, body.value));
}

async function submitApplication({ themes, request }: Call): Promise<Reply> {
  const body = await readBody(request);
  const profile = profileOf(body.profile);
  if (body.application === undefined)
    throw new HttpError(400, 'bad-request', 'Send the application package as application.');
  const checked = checkApplication(themes, body.application, profile);
  return checked.ok
    ? { status: 200, body: { application: checked.application } }
    : { status: 422, body: { errors: checked.errors } };
}

/** A session as replies carry it: the state as a JSON object, the step to show and the checklist. */
function view(session: Session) {
  return {
    state: JSON.parse(serialize(session)) as unknown,
    step: next(session),
    checklist: checklist(session),
  };
}

function transitionReply(result: Transition): Reply {
  if (!result.ok) return { status: 422, body: { error: result.error } };
  return { status: 200, body: { ...view(result.session), dropped: result.dropped } };
}

function themeOf(themes: Themes, id: string | undefined): CompiledTheme {
  const theme = id === undefined ? undefined : themes.get(id);
  if (!theme)
    throw new HttpError(404, 'unknown-theme', `There is no theme "${id ?? ''}"; GET /themes lists them.`);
  return theme;
}

/** A path segment, percent-decoded; a malformed escape (`%E0%A4%A`) is the client's error. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-request', 'The address is not a well-formed URL.');
  }
}

function send(response: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}
