import { isSupportedPath } from '../../rules/path.js';
import { own } from '../../util/own.js';
import { suggestionFor } from '../../util/suggest.js';
import { walkCondition } from '../walk.js';
import type { ThemeCheck, ThemeContext } from './theme-context.js';

/**
 * Every fact, operator, path and named condition a condition names exists; named conditions do not refer
 * to each other in a cycle.
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

function reportCycle(context: ThemeContext): void {
  const named = context.draft.conditions;
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): boolean => {
    if (state.get(name) === 'done') return false;
    if (state.get(name) === 'open') {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      context.report(`condition:${name}`, [], 'condition-cycle', { cycle }, { key: true });
      return true;
    }
    state.set(name, 'open');
    stack.push(name);
    const targets: string[] = [];
    const condition = own(named, name);
    if (condition) walkCondition(condition, { reference: (r) => targets.push(r.condition) });
    for (const target of targets) if (own(named, target) && visit(target)) return true;
    stack.pop();
    state.set(name, 'done');
    return false;
  };
  for (const name of Object.keys(named)) if (visit(name)) return;
}
