/**
 * What the server example reads from a request, checked before the library sees it: the JSON body, a profile
 * and a session's state (a JSON object). Whatever does not fit is the client's error (400), never a crash.
 */
import type { IncomingMessage } from 'node:http';
import type { Profile } from '../../src/index.js';

const MAX_BODY = 256 * 1024;

/** Nesting of a profile's facts at most: deeper is refused before the session reads it. */
const MAX_FACT_DEPTH = 32;

/** An HTTP error with a JSON body `{ error: { code, message } }` (and an `Allow` header for 405). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly allow?: readonly string[],
  ) {
    super(message);
  }
}

export type Body = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The session state of a request: the JSON object `serialize` writes, sent as an object (never as JSON inside
 * a string), turned back into the text `restore` reads.
 */
export function stateOf(body: Body): { readonly text: string; readonly theme: string } {
  const { state } = body;
  if (!isRecord(state))
    throw new HttpError(
      400,
      'bad-request',
      'Send the session state as state: the JSON object the last reply gave.',
    );
  const theme = state.t;
  if (typeof theme !== 'string')
    throw new HttpError(400, 'bad-shape', 'The state names no theme: send it as the last reply gave it.');
  return { text: JSON.stringify(state), theme };
}

const PROFILE_KEYS = new Set(['kind', 'name', 'facts', 'licences', 'tags', 'completed']);
const LICENCE_KEYS = new Set(['licence', 'number', 'issuer', 'issued', 'expires', 'data']);

/**
 * A profile from the request, checked member by member and completed with empty lists: a profile that the
 * session could not read is the client's error (400), never a crash.
 */
export function profileOf(value: unknown): Profile | undefined {
  if (value === undefined || value === null) return undefined;
  const bad = (what: string): never => {
    throw new HttpError(400, 'bad-profile', `The profile is not one the service can read: ${what}.`);
  };
  if (!isRecord(value))
    return bad(
      'send an object with kind (person or enterprise) and optionally name, facts, licences, tags, completed',
    );
  for (const key of Object.keys(value))
    if (!PROFILE_KEYS.has(key)) bad(`it has an unknown member ${JSON.stringify(key.slice(0, 40))}`);
  const { kind, name, facts = {}, licences = [], tags = [], completed = [] } = value;
  if (kind !== 'person' && kind !== 'enterprise') bad('kind must be person or enterprise');
  if (name !== undefined && typeof name !== 'string') bad('name must be text');
  if (!isRecord(facts) || !isPlainJson(facts))
    bad(`facts must be a mapping of JSON values, at most ${MAX_FACT_DEPTH} levels deep`);
  const strings = (list: unknown, what: string) =>
    Array.isArray(list) && list.every((v) => typeof v === 'string')
      ? (list as string[])
      : bad(`${what} must be a list of texts`);
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

/** Whether a value is JSON data (parsed from the body) within the depth limit; walked without recursion. */
export function isPlainJson(value: unknown): boolean {
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

/** The request's body: a JSON object (empty: `{}`), at most 256 KB. */
export async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY)
        throw new HttpError(413, 'too-large', `The request body is larger than ${MAX_BODY} bytes.`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // The client went away or was cut off (a timeout): its doing, not a bug.
    throw new HttpError(400, 'aborted', 'The request body was cut off before its end; send it again.');
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-request', 'The request body is not valid JSON.');
  }
  if (!isRecord(value)) throw new HttpError(400, 'bad-request', 'The request body must be a JSON object.');
  return value;
}
