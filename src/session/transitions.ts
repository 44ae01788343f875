import type { Condition } from '../model/condition.js';
import type {
  Answer,
  AnswerValue,
  DroppedAnswer,
  Session,
  StartOptions,
  Step,
  Transition,
} from '../model/session.js';
import type { CompiledTheme, Option, Question } from '../model/theme.js';
import { answerType } from '../question-types/answers.js';
import {
  hasOptionConditions,
  offeredOptions,
  offerVerdict,
  unofferedChoice,
} from '../question-types/availability.js';
import type { Refused } from '../question-types/index.js';
import { type AnswerBehaviour, refuse } from '../question-types/types.js';
import { deepFreeze } from '../util/freeze.js';
import { describeValue } from '../util/quote.js';
import { AnswerTable, answerOf, answerTable, questionIndex } from './answer-table.js';
import { caseOf } from './case.js';
import { baseFacts, rulesFor } from './environment.js';
import { refusalError, sessionError } from './errors.js';
import { questionPosition, stepQuestions } from './incremental.js';
import { checkSession, checkStartOptions, checkTheme, vouchFor } from './inputs.js';
import { sessionWith } from './memo.js';
import { answered, withAnswer } from './snapshot.js';
import { rememberWalk, type Walk, walk, walkAfter, walkProgress } from './walk.js';

/**
 * Starts a session: a pure function of the theme, the profile and `today`. Questions the profile answers
 * (`prefill`) start out answered and marked as prefilled; a profile value that does not fit its question is
 * ignored and the question is asked.
 */
export function start(theme: CompiledTheme, given: StartOptions = {}): Session {
  checkTheme(theme);
  const options = checkStartOptions(given);
  const today = options.today;
  // The session keeps the profile: freeze a copy so the caller's object is neither frozen nor shared.
  const profile = options.profile === undefined ? undefined : deepFreeze(structuredClone(options.profile));
  const known = baseFacts(theme, profile, today).facts;
  const answers: Record<string, Answer> = {};
  for (const question of theme.questions) {
    if (question.prefill === undefined) continue;
    const value = known.get(question.prefill);
    if (value === undefined) continue;
    const accepted = answerType(question).accept(question, value, today);
    if (accepted.ok) answers[question.id] = { value: accepted.value, prefilled: true };
  }
  const session: Session = deepFreeze({
    theme,
    ...(profile === undefined ? {} : { profile }),
    ...(today === undefined ? {} : { today }),
    ...(options.operators === undefined ? {} : { operators: options.operators }),
    // A copy: the session is frozen, the caller's object is not.
    ...(options.rules === undefined ? {} : { rules: { ...options.rules } }),
    answers,
    trail: [],
  });
  // Made as a transition makes its sessions, with its answer table and checked: the first answer then runs
  // the code every later one runs, where it built the table, looked the memo up by session and copied the
  // session's keys by name, code run once per session and so never in the processor's caches.
  const index = questionIndex(theme);
  const table = index === null ? undefined : AnswerTable.of(index, session.answers);
  return table === undefined ? session : sessionWith(session, table, session.trail);
}

/** The question to ask now with its options and progress, or the case once the questionnaire is complete. */
export function next(session: Session): Step {
  checkSession(session);
  const w = walk(session);
  const progress = walkProgress(w);
  const question = session.theme.questions[w.current];
  if (w.current === -1 || !question) return { done: true, case: caseOf(session), progress };
  const planned = stepQuestions(session.theme);
  if (planned !== null) {
    // No option has a condition: every option is offered, and no prefilled answer chose one that is not.
    const options = planned.options[w.current] as readonly Option[];
    return { done: false, question, options, progress };
  }
  const rules = rulesFor(session.theme, session.operators);
  const options = offeredOptions(question, (c) => rules.evaluate(c, w.facts));
  // A prefilled answer to the question asked now chose an option not offered here: it was ignored.
  const prefilled = answerOf(session, question.id);
  const ignored = prefilled?.prefilled
    ? unofferedChoice(question, prefilled.value, (c) => rules.evaluate(c, w.facts))
    : undefined;
  return {
    done: false,
    question,
    options,
    progress,
    ...(ignored ? { ignoredPrefill: { option: ignored.id, label: ignored.label } } : {}),
  };
}

/** Answers the question asked now; any other question, or a value that does not fit, is rejected. */
export function answer(session: Session, questionId: string, value: unknown): Transition {
  checkSession(session);
  const found = findQuestion(session, questionId);
  if (!found.ok) return found.rejected;
  const { question, index } = found;
  const w = walk(session);
  if (w.current !== index) {
    const code = answerOf(session, questionId) ? 'already-answered' : 'not-asked';
    return reject(session, code, questionId);
  }
  const planned = stepQuestions(session.theme);
  const type = planned === null ? answerType(question) : (planned.types[index] as AnswerBehaviour<Question>);
  const accepted = type.accept(question, value, session.today);
  if (!accepted.ok) return { ok: false, session, error: refusalError(accepted) };
  // A theme with a plan has no option conditions: every option is offered.
  const unavailable = planned === null ? notOffered(session, question, accepted.value, w) : undefined;
  if (unavailable) return { ok: false, session, error: refusalError(unavailable) };
  return commit(session, questionId, accepted.value, true);
}

/**
 * Changes an earlier answer (a user's or a prefilled one). Later answers whose questions are still asked are
 * kept; those whose questions are no longer asked are dropped and reported. The same value changes nothing.
 */
export function change(session: Session, questionId: string, value: unknown): Transition {
  checkSession(session);
  const found = findQuestion(session, questionId);
  if (!found.ok) return found.rejected;
  const { question, index } = found;
  const previous = answerOf(session, questionId);
  if (!previous) return reject(session, 'not-answered', questionId);
  const w = walk(session);
  const state = w.states[index];
  const asked =
    state === 'answered' ||
    (state === 'pending-answered' &&
      rulesFor(session.theme, session.operators).evaluate(question.when, w.facts) === true);
  if (!asked) return reject(session, 'not-asked', questionId);
  const planned = stepQuestions(session.theme);
  const type = planned === null ? answerType(question) : (planned.types[index] as AnswerBehaviour<Question>);
  const accepted = type.accept(question, value, session.today);
  if (!accepted.ok) return { ok: false, session, error: refusalError(accepted) };
  // A theme with a plan has no option conditions: every option is offered.
  const unavailable = planned === null ? notOffered(session, question, accepted.value, w) : undefined;
  if (unavailable) return { ok: false, session, error: refusalError(unavailable) };
  if (sameValue(previous.value, accepted.value)) return { ok: true, session, dropped: [] };
  return commit(session, questionId, accepted.value, false);
}

/** Undoes the user's last answer: its question is asked again. Prefilled answers are not undone. */
export function back(session: Session): Transition {
  checkSession(session);
  const last = session.trail.at(-1);
  if (last === undefined) return reject(session, 'nothing-to-undo');
  // The same session without its last answer; the theme, profile and other answers are shared, frozen already.
  const answers = { ...session.answers };
  delete answers[last];
  const trail = Object.freeze(session.trail.slice(0, -1));
  const updated: Session = Object.freeze({ ...session, answers: Object.freeze(answers), trail });
  rememberWalk(updated, walkAfter(updated, updated.answers, [last], walk(session)));
  return { ok: true, session: vouchFor(updated), dropped: [] };
}

/** Sets one answer, then drops the answers it made stale; `fresh` appends the question to the trail. */
function commit(session: Session, questionId: string, value: AnswerValue, fresh: boolean): Transition {
  const table = answerTable(session);
  if (table === undefined) return commitById(session, questionId, value, fresh);
  const answers = table.with(table.index.positions.get(questionId) as number, deepFreeze({ value }));
  const after = walkAfter(session, answers, [questionId]);
  const dropped = droppedAnswers(after.stale, (id) => answers.get(id));
  let trail: readonly string[] = fresh ? [...session.trail, questionId] : session.trail;
  if (dropped.length > 0) trail = trail.filter((id) => !after.stale.includes(id));
  const kept = dropped.length === 0 ? answers : answers.without(after.stale);
  const updated = sessionWith(session, kept, Object.freeze(trail));
  // Dropping stale answers changes no fact (their questions are skipped): only the stale list empties.
  rememberWalk(updated, dropped.length === 0 ? after : walkAfter(updated, kept, after.stale, after));
  return { ok: true, session: vouchFor(updated), dropped };
}

/** `commit` for a theme whose question ids repeat: the answers are copied by id. */
function commitById(session: Session, questionId: string, value: AnswerValue, fresh: boolean): Transition {
  const answers = withAnswer(session, questionId, value);
  const after = walkAfter(session, answers, [questionId]);
  const dropped = droppedAnswers(after.stale, (id) => answers[id]);
  const updated = answered(session, answers, questionId, fresh, after.stale);
  rememberWalk(
    updated,
    dropped.length === 0 ? after : walkAfter(updated, updated.answers, after.stale, after),
  );
  return { ok: true, session: vouchFor(updated), dropped };
}

function droppedAnswers(
  stale: readonly string[],
  answerTo: (id: string) => Answer | undefined,
): DroppedAnswer[] {
  return stale.map((id) => ({
    question: id,
    value: (answerTo(id) as Answer).value,
    reason: 'no-longer-asked',
  }));
}

/**
 * The refusal of an answer that chooses an option whose condition is false after the settled facts, or
 * undefined when every option it chooses is offered (or still may be).
 */
function notOffered(session: Session, question: Question, value: AnswerValue, w: Walk): Refused | undefined {
  // Most questions' options have no conditions: then every answer is offered, without a closure or a lookup.
  if (!hasOptionConditions(question)) return undefined;
  const rules = rulesFor(session.theme, session.operators);
  const evaluate = (c: Condition) => rules.evaluate(c, w.facts);
  if (offerVerdict(question, value, evaluate, session.today) !== false) return undefined;
  const option = unofferedChoice(question, value, (c) => evaluate(c) !== false);
  if (!option) return undefined;
  return refuse('unavailable-option', question, { option: option.id, label: option.label });
}

type Found =
  | { readonly ok: true; readonly question: Question; readonly index: number }
  | { readonly ok: false; readonly rejected: Transition };

function findQuestion(session: Session, questionId: string): Found {
  const index = questionPosition(session.theme, questionId);
  const question = session.theme.questions[index];
  if (!question) {
    // `question` is an id for programs: a given id that is not text stands as its kind's token.
    const given = describeValue(questionId);
    return {
      ok: false,
      rejected: reject(
        session,
        'unknown-question',
        'text' in given ? given.text : 'value' in given ? given.value : given.kind,
      ),
    };
  }
  return { ok: true, question, index };
}

function reject(session: Session, code: Parameters<typeof sessionError>[0], question?: string): Transition {
  return { ok: false, session, error: sessionError(code, question === undefined ? {} : { question }) };
}

/** Whether two normalised answers are the same. */
export function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
