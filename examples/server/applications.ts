/**
 * `POST /applications`: an application package (`applicationPackage`) checked against the theme it names. The
 * theme's content hash must be the one answered; the answers are replayed on a fresh session (the profile sent
 * alongside prefills as it did in the portal) and must reach the same case; the form data must fit that case's
 * merged form. Then the package is rebuilt from the replayed session, normalised, by the same library function.
 */
import {
  APPLICATION_FORMAT,
  type ApplicationPackage,
  answer,
  applicationPackage,
  type CompiledTheme,
  next,
  type Profile,
  type Session,
  start,
  TongbanError,
} from '../../src/index.js';
import { formatTongbanError } from '../../src/messages/entry.js';
import { isRecord } from './input.js';

/** One problem of a package, located by a JSON Pointer into it (`/data/phone`, `/theme/hash`). */
export interface ApplicationError {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

export type ApplicationCheck =
  | { readonly ok: true; readonly application: ApplicationPackage }
  | { readonly ok: false; readonly errors: readonly ApplicationError[] };

const refuse = (pointer: string, code: string, message: string): ApplicationCheck => ({
  ok: false,
  errors: [{ pointer, code, message }],
});

/** Checks a submitted package against the server's themes (see the module comment). */
export function checkApplication(
  themes: ReadonlyMap<string, CompiledTheme>,
  given: unknown,
  profile: Profile | undefined,
): ApplicationCheck {
  if (!isRecord(given)) return refuse('', 'not-an-object', 'the application is a JSON object');
  if (given.format !== APPLICATION_FORMAT)
    return refuse('/format', 'unknown-format', `the format is "${APPLICATION_FORMAT}"`);
  const named = isRecord(given.theme) ? given.theme : {};
  const theme = typeof named.id === 'string' ? themes.get(named.id) : undefined;
  if (!theme) return refuse('/theme/id', 'unknown-theme', 'no such theme on this server');
  if (named.hash !== theme.hash)
    return refuse(
      '/theme/hash',
      'theme-changed',
      `the theme is now version ${theme.version} (hash ${theme.hash}): answer the questionnaire again`,
    );
  if (given.today !== undefined && typeof given.today !== 'string')
    return refuse('/today', 'wrong-type', 'today is a YYYY-MM-DD string');
  if (!isRecord(given.answers)) return refuse('/answers', 'wrong-type', 'answers is a JSON object');
  let session: Session;
  try {
    session = start(theme, {
      ...(profile ? { profile } : {}),
      ...(typeof given.today === 'string' ? { today: given.today } : {}),
    });
  } catch (error) {
    if (error instanceof TongbanError) return refuse('/today', error.code, formatTongbanError(error, 'zh'));
    throw error;
  }
  const replayed = replay(session, given.answers);
  if (!replayed.ok) return replayed;
  session = replayed.session;
  const key = isRecord(given.case) ? given.case.key : undefined;
  const reached = next(session);
  if (reached.done && key !== reached.case.key)
    return refuse('/case/key', 'other-case', `the answers reach the case "${reached.case.key}"`);
  const built = applicationPackage(session, given.data);
  if (built.ok) return { ok: true, application: built.application };
  if (built.reason === 'incomplete')
    return refuse('/answers', 'incomplete', 'the answers do not complete the questionnaire');
  return {
    ok: false,
    errors: built.errors.map((e) => ({ pointer: `/data${e.pointer}`, code: e.code, message: e.message })),
  };
}

/**
 * The answers replayed in the order the questionnaire asks them: each question asked is answered from the
 * package; a question it does not answer, an answer refused, an answer to a question never asked, or one that
 * contradicts the profile's prefilled answer is located at `/answers/<question>`.
 */
function replay(
  fresh: Session,
  answers: Record<string, unknown>,
): { ok: true; session: Session } | { ok: false; errors: ApplicationError[] } {
  let session = fresh;
  const at = (id: string) => `/answers/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const fail = (pointer: string, code: string, message: string) => ({
    ok: false as const,
    errors: [{ pointer, code, message }],
  });
  for (;;) {
    const step = next(session);
    if (step.done) break;
    const id = step.question.id;
    if (!Object.hasOwn(answers, id)) return fail(at(id), 'missing-answer', `no answer to "${id}"`);
    const result = answer(session, id, answers[id]);
    if (!result.ok) return fail(at(id), result.error.code, result.error.message);
    session = result.session;
  }
  for (const [id, value] of Object.entries(answers)) {
    const held = Object.hasOwn(session.answers, id) ? session.answers[id] : undefined;
    if (!held) return fail(at(id), 'not-asked', `"${id}" is not asked on this path`);
    // Values as the library holds them (the package was written from them): the same JSON.
    if (JSON.stringify(held.value) !== JSON.stringify(value))
      return fail(at(id), 'not-as-prefilled', `"${id}" differs from the profile's answer`);
  }
  return { ok: true, session };
}
