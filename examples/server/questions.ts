/**
 * A theme's questions as a client draws them: the question, its help and English text, and what can be
 * answered — options with their labels, the yes/no texts, a number's unit and range, a date's bounds. Conditions
 * are logic for authors: a client learns only whether a question (or option) depends on earlier answers, and
 * `next` says when it is asked.
 */
import type { Option, Question } from '../../src/index.js';

type Described = Record<string, string | number | boolean | readonly Record<string, string | boolean>[]>;

/** Members whose value is set, so that the reply has no `undefined`. */
function present(
  members: Record<string, string | number | boolean | undefined>,
): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(members).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | number | boolean
  >;
}

function option(o: Option): Record<string, string | boolean> {
  return present({
    id: o.id,
    label: o.label,
    en: o.en,
    help: o.help,
    exclusive: o.exclusive,
    conditional: o.when === undefined ? undefined : true,
  }) as Record<string, string | boolean>;
}

/** One question, for `GET /themes/:id`. */
export function describeQuestion(q: Question): Described {
  const base = present({
    id: q.id,
    ask: q.ask,
    en: q.en,
    help: q.help,
    type: q.type,
    conditional: q.when !== undefined,
  });
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...base, options: q.options.map(option) };
    case 'yes-no':
      return { ...base, yes: q.yes, no: q.no };
    case 'number':
      return { ...base, ...present({ unit: q.unit, min: q.min, max: q.max, integer: q.integer }) };
    case 'date':
      return { ...base, ...present({ min: q.min, max: q.max }) };
  }
}
