import { formatSessionError, type Lang } from '../../messages/index.js';
import type { AnswerValue } from '../../model/session.js';
import type { Option, Question } from '../../model/theme.js';
import { optionLabel } from '../../question-types/choice.js';
import { type Prompt, questionType } from '../../question-types/index.js';
import { refusalError } from '../../session/errors.js';
import { t } from '../format/style.js';
import type { Choice, Entry, Prompts } from './prompts.js';

/** What the user did at a question: answered it, or asked to go back or to change an earlier answer. */
export type Reply =
  | { readonly kind: 'answer'; readonly value: AnswerValue }
  | { readonly kind: 'back' }
  | { readonly kind: 'change' };

/** Which ways out of a question to offer besides answering it. */
export interface Nav {
  readonly back: boolean;
  readonly change: boolean;
}

/** Choice values of the navigation entries: option ids never start with `:`. */
export const BACK = ':back';
export const CHANGE = ':change';
/** The value of "choose again" in the menu a multiple choice confirmed empty opens. */
const AGAIN = ':again';
/** What to type at a number or date question to go back, or to change an earlier answer. */
export const BACK_KEY = '<';
export const CHANGE_KEY = '!';

interface Ask {
  readonly prompts: Prompts;
  readonly lang: Lang;
  readonly nav: Nav;
  readonly today: string | undefined;
  /** The current answer, offered as the default when changing it. */
  readonly current?: AnswerValue;
}

/** The question's text in the user's language (themes are Chinese; `en` when the author gave one). */
export function askText(question: Question, lang: Lang): string {
  return lang === 'en' && question.en ? question.en : question.ask;
}

/**
 * Asks one question with the prompt its type asks for: a select for single choice and yes/no (so that the
 * navigation entries fit in), a checkbox of the options alone for multiple choice (an exclusive option only
 * alone; confirmed empty, it offers the ways out), an input with
 * validation for numbers and dates (where `<` goes back and `!` changes an earlier answer).
 */
export async function askQuestion(question: Question, ask: Ask): Promise<Reply> {
  const prompt = questionType(question).prompt(question);
  switch (prompt.kind) {
    case 'select':
      return askSingle(question, prompt.options, ask);
    case 'checkbox':
      return askMultiple(question, prompt.options, ask);
    case 'confirm': {
      const choices: Choice<string>[] = [
        { name: `${t(ask.lang, '是', 'Yes')} — ${prompt.yes}`, value: 'yes' },
        { name: `${t(ask.lang, '否', 'No')} — ${prompt.no}`, value: 'no' },
      ];
      const current = ask.current === undefined ? undefined : ask.current === true ? 'yes' : 'no';
      const picked = await select(question, choices, current, ask);
      return typeof picked === 'string' ? { kind: 'answer', value: picked === 'yes' } : picked;
    }
    case 'input':
      return askTyped(question, prompt, ask);
  }
}

async function askSingle(question: Question, options: readonly Option[], ask: Ask): Promise<Reply> {
  const choices = options.map((o) => choiceOf(o, ask.lang));
  const picked = await select(
    question,
    choices,
    typeof ask.current === 'string' ? ask.current : undefined,
    ask,
  );
  return typeof picked === 'string' ? { kind: 'answer', value: picked } : picked;
}

async function select(
  question: Question,
  choices: readonly Choice<string>[],
  current: string | undefined,
  ask: Ask,
): Promise<string | Reply> {
  const value = await ask.prompts.select<string>({
    message: askText(question, ask.lang),
    choices: [...choices, ...navEntries(ask)],
    ...(current === undefined ? {} : { default: current }),
  });
  return navReply(value) ?? value;
}

/**
 * A checkbox of the options alone: navigation is no option, so select-all (`a`) cannot tick it. Confirming
 * with nothing ticked opens a menu of the ways out (back, change an earlier answer) or back to the choice.
 */
async function askMultiple(question: Question, options: readonly Option[], ask: Ask): Promise<Reply> {
  let current = Array.isArray(ask.current) ? (ask.current as readonly string[]) : [];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id));
  const labels = new Map(options.map((o) => [o.id, optionLabel(o, ask.lang)]));
  const navigable = ask.nav.back || ask.nav.change;
  const how = navigable
    ? t(
        ask.lang,
        '（空格选择，回车确认；不选直接回车可返回上一题或修改之前的回答）',
        ' (space to choose, enter to confirm; enter with none chosen to go back or change an earlier answer)',
      )
    : t(ask.lang, '（空格选择，回车确认）', ' (space to choose, enter to confirm)');
  for (;;) {
    const choices = options.map((o) => ({
      ...choiceOf(o, ask.lang),
      ...(o.exclusive
        ? { name: `${optionLabel(o, ask.lang)}${t(ask.lang, '（只能单选）', ' (alone only)')}` }
        : {}),
      ...(current.includes(o.id) ? { checked: true } : {}),
    }));
    const chosen = await ask.prompts.checkbox<string>({
      message: `${askText(question, ask.lang)}${how}`,
      choices,
      validate: (values) => {
        if (values.length === 0)
          return navigable ? true : t(ask.lang, '请至少选择一项', 'choose at least one');
        const alone = values.find((v) => exclusive.has(v));
        if (alone !== undefined && values.length > 1)
          return t(
            ask.lang,
            `“${labels.get(alone)}”只能单独选择`,
            `"${labels.get(alone)}" must be chosen alone`,
          );
        return true;
      },
    });
    if (chosen.length > 0) return { kind: 'answer', value: chosen };
    const way = await ask.prompts.select<string>({
      message: t(ask.lang, '没有选择任何一项', 'nothing chosen'),
      choices: [{ name: t(ask.lang, '返回选择', 'choose again'), value: AGAIN }, ...navChoices(ask)],
    });
    const nav = navReply(way);
    if (nav) return nav;
    current = [];
  }
}

async function askTyped(
  question: Question,
  prompt: Extract<Prompt, { kind: 'input' }>,
  ask: Ask,
): Promise<Reply> {
  const keys: string[] = [];
  if (ask.nav.back) keys.push(t(ask.lang, `${BACK_KEY} 返回上一题`, `${BACK_KEY} goes back`));
  if (ask.nav.change)
    keys.push(t(ask.lang, `${CHANGE_KEY} 修改之前的回答`, `${CHANGE_KEY} changes an earlier answer`));
  const what =
    prompt.pattern ??
    `${prompt.unit ?? ''}${prompt.min !== undefined || prompt.max !== undefined ? ` ${prompt.min ?? ''}–${prompt.max ?? ''}` : ''}`;
  const hint = [what.trim(), ...keys].filter((s) => s !== '').join(t(ask.lang, '；', '; '));
  const text = await ask.prompts.input({
    message: `${askText(question, ask.lang)}${hint === '' ? '' : t(ask.lang, `（${hint}）`, ` (${hint})`)}`,
    ...(ask.current === undefined ? {} : { default: String(ask.current) }),
    validate: (raw) => {
      const nav = navKey(raw.trim(), ask.nav);
      if (nav) return true;
      const checked = parseTyped(question, raw, ask.today, ask.lang);
      return checked.ok ? true : checked.message;
    },
  });
  const nav = navKey(text.trim(), ask.nav);
  if (nav) return nav;
  const checked = parseTyped(question, text, ask.today, ask.lang);
  // The prompt validated it; a prompt that did not (a scripted one) gets the error as an exception.
  if (!checked.ok) throw new Error(checked.message);
  return { kind: 'answer', value: checked.value };
}

type Typed =
  | { readonly ok: true; readonly value: AnswerValue }
  | { readonly ok: false; readonly message: string };

/** A typed number or date read and checked by the question's type, with the session's own error message. */
function parseTyped(question: Question, raw: string, today: string | undefined, lang: Lang): Typed {
  const type = questionType(question);
  const accepted = type.accept(question, type.fromText(question, raw.trim()), today);
  return accepted.ok
    ? { ok: true, value: accepted.value }
    : { ok: false, message: formatSessionError(refusalError(accepted), lang) };
}

function choiceOf(option: Option, lang: Lang): Choice<string> {
  return {
    name: optionLabel(option, lang),
    value: option.id,
    ...(option.help === undefined ? {} : { description: option.help }),
  };
}

function navChoices(ask: Ask): Choice<string>[] {
  const choices: Choice<string>[] = [];
  if (ask.nav.back) choices.push({ name: t(ask.lang, '← 上一题', '← previous question'), value: BACK });
  if (ask.nav.change)
    choices.push({ name: t(ask.lang, '修改之前的回答…', 'change an earlier answer…'), value: CHANGE });
  return choices;
}

function navEntries(ask: Ask): Entry<string>[] {
  const choices = navChoices(ask);
  return choices.length === 0 ? [] : [{ separator: '──────' }, ...choices];
}

function navReply(value: string): Reply | undefined {
  if (value === BACK) return { kind: 'back' };
  if (value === CHANGE) return { kind: 'change' };
  return undefined;
}

function navKey(text: string, nav: Nav): Reply | undefined {
  if (text === BACK_KEY && nav.back) return { kind: 'back' };
  if (text === CHANGE_KEY && nav.change) return { kind: 'change' };
  return undefined;
}
