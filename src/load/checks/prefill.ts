import { suggestionFor } from '../../util/suggest.js';
import type { ThemeCheck } from './theme-context.js';

/** A question prefilled from the profile names a profile fact of the same type whose options it offers. */
export const prefill: ThemeCheck = {
  name: 'prefill',
  run(context) {
    context.draft.questions.forEach((question, i) => {
      if (!question.prefill) return;
      const at = ['questions', i, 'prefill'];
      const fact = context.facts.get(question.prefill);
      if (!fact || fact.source === 'question') {
        const candidates = [...context.facts.values()]
          .filter((f) => f.source !== 'question')
          .map((f) => f.id);
        const id = question.prefill;
        context.report('theme', at, 'unknown-fact', { id, ...suggestionFor(id, candidates) });
        return;
      }
      const base = { question: question.id, fact: fact.id };
      if (fact.type !== question.type) {
        const params = { ...base, reason: 'type', questionType: question.type, factType: fact.type } as const;
        context.report('theme', at, 'prefill-mismatch', params);
        return;
      }
      if ('options' in question) {
        const offered = new Set(question.options.map((o) => o.id));
        const missing = (fact.options ?? []).map((o) => o.id).filter((id) => !offered.has(id));
        if (missing.length > 0)
          context.report('theme', at, 'prefill-mismatch', { ...base, reason: 'options', missing });
      }
    });
  },
};
