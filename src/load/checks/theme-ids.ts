import { own } from '../../util/own.js';
import { suggestionFor } from '../../util/suggest.js';
import { RESERVED_IDS } from '../facts.js';
import type { ThemeCheck } from './theme-context.js';

/** Question ids are unique and not reserved words; every included item exists in the catalog. */
export const themeIds: ThemeCheck = {
  name: 'theme-ids',
  run(context) {
    const seen = new Map<string, number>();
    const questions = (context.raw.questions ?? []) as { id?: unknown }[];
    questions.forEach((question, i) => {
      const id = String(question.id);
      if (RESERVED_IDS.has(id))
        context.report('theme', ['questions', i, 'id'], 'reserved-id', { id, kind: 'question' });
      const first = seen.get(id);
      if (first !== undefined) {
        context.report('theme', ['questions', i, 'id'], 'duplicate-id', {
          kind: 'question',
          id,
          other: `questions/${first}`,
        });
      } else {
        seen.set(id, i);
      }
    });
    for (const entry of context.draft.items) {
      if (own(context.catalog.items, entry.item)) continue;
      const suggestion = suggestionFor(entry.item, Object.keys(context.catalog.items));
      context.report(
        `theme-item:${entry.item}`,
        [],
        'unknown-item',
        { id: entry.item, ...suggestion },
        { key: true },
      );
    }
  },
};
