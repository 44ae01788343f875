import type { Condition } from '../model/condition.js';
import type { FieldAnswer } from '../model/form.js';
import type { Json } from '../model/json.js';
import {
  type CompiledTheme,
  type Delivery,
  type DeliveryChoice,
  type Notice,
  type Option,
  QUESTION_TYPES,
  type Question,
  type ThemeItem,
  type Trigger,
} from '../model/theme.js';
import { type QuestionTypeDefinition, questionTypeNamed } from '../question-types/index.js';
import { own } from '../util/own.js';
import { childPointer, toPointer } from '../util/pointer.js';
import { text } from '../util/text.js';
import { expandCondition, type LeafOrigins } from './condition.js';
import { sources } from './normalize.js';
import { withFirstMatch } from './notice-groups.js';
import type { Reporter } from './report.js';

/** A theme as authored, normalised, before its references are checked and its catalog entries copied in. */
export type ThemeDraft = Omit<CompiledTheme, 'format' | 'hash' | 'catalog' | 'locations'> & {
  readonly catalogPaths: readonly string[];
};

/** Normalises a schema-valid theme document; conditions are compiled to json-rules-engine form. */
export function draftTheme(
  raw: Record<string, unknown>,
  reporter: Reporter,
  origins: LeafOrigins,
): ThemeDraft {
  const when = (value: unknown, pointer: string): Condition | undefined =>
    value === undefined ? undefined : expandCondition(value, pointer, reporter, origins);

  const questions: Question[] = [];
  for (const [i, q] of ((raw.questions ?? []) as Record<string, unknown>[]).entries()) {
    const type = questionTypeNamed(q.type);
    if (!type) {
      // The schema names every type, so only a schema out of step with the types gets here.
      reporter.error('invalid-value', toPointer(['questions', i, 'type']), {
        value: String(q.type),
        allowed: QUESTION_TYPES,
      });
      continue;
    }
    const condition = when(q.when, toPointer(['questions', i, 'when']));
    const base = {
      id: String(q.id),
      ask: String(q.ask),
      ...text(q, 'en'),
      ...text(q, 'help'),
      ...text(q, 'short'),
      ...(condition ? { when: condition } : {}),
      ...text(q, 'prefill'),
    };
    questions.push(withOptionConditions(type, type.draft(q, base), q, i, when));
  }

  const conditions: Record<string, Condition> = {};
  for (const [id, value] of Object.entries((raw.conditions ?? {}) as Record<string, unknown>)) {
    const condition = when(value, toPointer(['conditions', id]));
    if (condition) conditions[id] = condition;
  }

  const items = Object.entries((raw.items ?? {}) as Record<string, unknown>).map(([id, value]): ThemeItem => {
    if (value === 'always') return { item: id };
    const condition = when((value as Record<string, unknown>).when, toPointer(['items', id, 'when']));
    return condition ? { item: id, when: condition } : { item: id };
  });

  const written = Object.entries((raw.notices ?? {}) as Record<string, Record<string, unknown>>).map(
    ([id, n]): Notice => {
      const condition = when(n.when, toPointer(['notices', id, 'when']));
      return {
        id,
        kind: n.kind as Notice['kind'],
        text: String(n.text),
        ...text(n, 'en'),
        ...text(n, 'basis'),
        ...sources(n),
        ...(condition ? { when: condition } : {}),
        ...text(n, 'group'),
      };
    },
  );
  const notices = withFirstMatch(written, reporter);

  const triggers: Trigger[] = [];
  for (const [id, t] of Object.entries((raw.triggers ?? {}) as Record<string, Record<string, unknown>>)) {
    const condition = when(t.when, childPointer(toPointer(['triggers', id]), 'when'));
    if (!condition) continue;
    triggers.push({
      id,
      when: condition,
      message: String(t.message),
      ...text(t, 'en'),
      onMissing: t['on-missing'] === 'fire' ? 'fire' : 'skip',
      weight: typeof t.weight === 'number' ? t.weight : 1,
      ...text(t, 'grants'),
    });
  }

  const delivery = deliveryChoiceOf(raw.delivery);

  const fieldAnswers: Record<string, FieldAnswer> = {};
  for (const [id, f] of Object.entries((raw.fields ?? {}) as Record<string, Record<string, unknown>>)) {
    const map = f.map as Record<string, Json> | undefined;
    fieldAnswers[id] = { answer: String(f.answer), ...(map === undefined ? {} : { map: { ...map } }) };
  }

  const tags = (raw.tags ?? {}) as Record<string, unknown>;
  const list = (value: unknown) => ((value ?? []) as unknown[]).map(String);
  return {
    id: String(raw.id),
    title: String(raw.title),
    ...text(raw, 'en'),
    version: String(raw.version),
    audience: raw.audience as CompiledTheme['audience'],
    ...text(raw, 'summary'),
    ...text(raw, 'region'),
    tags: {
      lifeEvents: list(tags['life-events']),
      crowds: list(tags.crowds),
      industries: list(tags.industries),
    },
    questions,
    conditions,
    items,
    notices,
    triggers,
    ...(delivery === undefined ? {} : { delivery }),
    fieldAnswers,
    catalogPaths: raw.catalog === undefined ? [] : ([] as unknown[]).concat(raw.catalog).map(String),
  };
}

/** The question with the conditions its options were written with (`options: { x: { when } }`), expanded. */
function withOptionConditions(
  type: QuestionTypeDefinition<Question>,
  question: Question,
  raw: Readonly<Record<string, unknown>>,
  index: number,
  when: (value: unknown, pointer: string) => Condition | undefined,
): Question {
  const written = raw.options;
  if (written === null || typeof written !== 'object') return question;
  const options = type.options(question);
  let conditional = false;
  const expanded = options.map((option): Option => {
    const value = own(written as Record<string, unknown>, option.id);
    const rawWhen =
      value !== null && typeof value === 'object' ? (value as { when?: unknown }).when : undefined;
    const condition = when(rawWhen, toPointer(['questions', index, 'options', option.id, 'when']));
    if (!condition) return option;
    conditional = true;
    return { ...option, when: condition };
  });
  return conditional ? type.withOptions(question, expanded) : question;
}

/**
 * The theme's `delivery: { question, answers: { answer: method } }` as conditions on the question's answer,
 * one per answer in the author's order (a single or yes-no answer equals it).
 */
function deliveryChoiceOf(raw: unknown): DeliveryChoice | undefined {
  if (raw === undefined) return undefined;
  const r = raw as Record<string, unknown>;
  const question = String(r.question);
  const choices = Object.entries((r.answers ?? {}) as Record<string, unknown>).map(([answer, method]) => ({
    method: method as Delivery,
    when: { fact: question, operator: 'equal', value: answerValue(answer) },
  }));
  return { question, choices };
}

/** An answer key as the value a question stores: yes-no questions store booleans. */
function answerValue(answer: string): Json {
  return answer === 'true' ? true : answer === 'false' ? false : answer;
}
