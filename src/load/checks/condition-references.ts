import { MAX_CONDITION_DEPTH } from '../../rules/named-graph.js';
import { isSupportedPath } from '../../rules/path.js';
import { own } from '../../util/own.js';
import { suggestionFor } from '../../util/suggest.js';
import { walkCondition } from '../walk.js';
import type { ThemeCheck, ThemeContext } from './theme-context.js';

/**
 * Every fact, operator, path and named condition a condition names exists; named conditions do not refer
 * to each other in a cycle, nor nest deeper than `MAX_CONDITION_DEPTH` through each other.
 */
export const conditionReferences: ThemeCheck = {
  name: 'condition-references',
  run(context) {
    // Listed only when a name is unknown: the catalog's facts are many, and most themes name none wrongly.
    let factNames: string[] | undefined;
    const operatorNames = [...context.operators.operatorNames];
    const unknownFact = (node: object, part: 'fact' | 'value', id: string, fallback: string) => {
      factNames ??= [...context.facts.keys()];
      context.reportLeaf(node, part, 'unknown-fact', { id, ...suggestionFor(id, factNames) }, fallback);
    };
    for (const site of context.sites) {
      walkCondition(site.condition, {
        leaf: (leaf) => {
          if (!context.facts.has(leaf.fact)) unknownFact(leaf, 'fact', leaf.fact, site.element);
          const value = leaf.value;
          if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
            const other = String(value.fact);
            if (!context.facts.has(other)) unknownFact(leaf, 'value', other, site.element);
            if (typeof value.path === 'string' && !isSupportedPath(value.path)) {
              context.reportLeaf(leaf, 'value', 'unsupported-path', { path: value.path }, site.element);
            }
          }
          if (!context.operators.has(leaf.operator)) {
            const base = leaf.operator.split(':').at(-1) ?? leaf.operator;
            const params = { operator: leaf.operator, ...suggestionFor(base, operatorNames) };
            context.reportLeaf(leaf, 'operator', 'unknown-operator', params, site.element);
          }
          if (leaf.path !== undefined && !isSupportedPath(leaf.path)) {
            context.reportLeaf(leaf, 'path', 'unsupported-path', { path: leaf.path }, site.element);
          }
        },
        reference: (reference) => {
          if (own(context.draft.conditions, reference.condition)) return;
          const id = reference.condition;
          const params = { id, ...suggestionFor(id, Object.keys(context.draft.conditions)) };
          context.reportLeaf(reference, 'fact', 'unknown-condition', params, site.element);
        },
      });
    }
    reportCycle(context);
  },
};

/**
 * The first cycle among named conditions, or else each chain of names that nests deeper than the limit (where
 * it starts): found without recursion, in time linear in the number of names and references.
 */
function reportCycle(context: ThemeContext): void {
  const cycle = context.named.cycle();
  if (cycle) {
    context.report(`condition:${cycle[0]}`, [], 'condition-cycle', { cycle }, { key: true });
    return;
  }
  for (const id of context.named.tooDeep()) {
    const params = { id, limit: MAX_CONDITION_DEPTH };
    context.report(`condition:${id}`, [], 'condition-too-deep', params, { key: true });
  }
}
