import { didYouMean } from '../../util/suggest.js';
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
        const suggestion = didYouMean(question.prefill, candidates);
        const id = question.prefill;
        context.report(
          'theme',
          at,
          'unknown-fact',
          suggestion ? { id, hint: 'did-you-mean', suggestion } : { id },
        );
        return;
      }
      const mismatch = (params: Record<string, string>) =>
        context.report('theme', at, 'prefill-mismatch', { question: question.id, fact: fact.id, ...params });
      if (fact.type !== question.type) {
        mismatch({ reason: 'type', questionType: question.type, factType: fact.type });
        return;
      }
      if ('options' in question) {
        const offered = new Set(question.options.map((o) => o.id));
        const missing = (fact.options ?? []).map((o) => o.id).filter((id) => !offered.has(id));
        if (missing.length > 0) mismatch({ reason: 'options', missing: missing.join(', ') });
      }
    });
  },
};
