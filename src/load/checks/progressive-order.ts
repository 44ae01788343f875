import { leafFacts, walkCondition } from '../walk.js';
import type { ConditionSite, ThemeCheck, ThemeContext } from './theme-context.js';

/**
 * A question's condition reads only facts settled before it is asked: earlier questions, profile and derived
 * facts. So the questionnaire never decides on an unknown. Triggers read no question at all.
 */
export const progressiveOrder: ThemeCheck = {
  name: 'progressive-order',
  run(context) {
    for (const site of context.sites) {
      if (site.kind !== 'question' && site.kind !== 'trigger') continue;
      walkCondition(site.condition, {
        leaf: (leaf) => {
          for (const fact of leafFacts(leaf)) check(context, site, leaf, fact);
        },
        reference: (reference) => {
          // Each name's facts are gathered once, however many questions refer to it.
          for (const fact of context.named.factsOf(reference.condition))
            check(context, site, reference, fact);
        },
      });
    }
  },
};

function check(context: ThemeContext, site: ConditionSite, node: object, fact: string): void {
  const info = context.facts.get(fact);
  if (info?.source !== 'question' || info.index === undefined) return;
  if (site.kind === 'trigger') {
    context.reportLeaf(node, 'fact', 'trigger-reads-question', { id: fact }, site.element);
    return;
  }
  const index = site.questionIndex ?? 0;
  const question = context.draft.questions[index]?.id ?? '';
  if (info.index === index) {
    context.reportLeaf(node, 'fact', 'self-reference', { question }, site.element);
  } else if (info.index > index) {
    context.reportLeaf(
      node,
      'fact',
      'forward-reference',
      { question, id: fact, hint: 'reorder-questions' },
      site.element,
    );
  }
}
