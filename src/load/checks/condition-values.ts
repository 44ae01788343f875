import type { LeafCondition } from '../../model/condition.js';
import { expectation, factValues } from '../../question-types/index.js';
import { own } from '../../util/own.js';
import { suggestionFor } from '../../util/suggest.js';
import type { FactInfo } from '../facts.js';
import { walkCondition } from '../walk.js';
import type { ThemeCheck, ThemeContext } from './theme-context.js';

/**
 * A comparison can hold: each fact type says what each built-in comparison expects of its value (a choice
 * fact its own option ids, a yes/no fact true/false, a number numbers, a date dates; a multiple choice is
 * tested with `contains`, a single one is not); see `src/question-types/`.
 */
export const conditionValues: ThemeCheck = {
  name: 'condition-values',
  run(context) {
    for (const site of context.sites) {
      walkCondition(site.condition, { leaf: (leaf) => checkLeaf(context, leaf, site.element) });
    }
  },
};

function checkLeaf(context: ThemeContext, leaf: LeafCondition, element: string): void {
  const info = context.facts.get(leaf.fact);
  if (!info || leaf.path !== undefined || isFactReference(leaf.value)) return;
  // Only `not:` keeps the meaning of the operator's right-hand side; other decorators reshape it.
  const base = leaf.operator.replace(/^(not:)+/, '');
  const expect = expectation(info.type, base);
  if (expect === undefined) return;
  // When the operator cannot apply to this type of fact at all (`contains` on a single choice), point at it.
  const mismatch = (part: 'value' | 'operator' = 'value') =>
    context.reportLeaf(
      leaf,
      part,
      'value-type-mismatch',
      {
        id: leaf.fact,
        factType: info.type,
        operator: leaf.operator,
        value: JSON.stringify(leaf.value),
      },
      element,
    );
  if (expect === 'never') {
    mismatch('operator');
    return;
  }
  const values = expect === 'members' ? leaf.value : [leaf.value];
  if (!Array.isArray(values)) {
    mismatch();
    return;
  }
  for (const value of values) {
    if (!factValues(info.type).fits(value, info.options)) {
      if (info.options && typeof value === 'string') reportOption(context, leaf, info, value, element);
      else mismatch();
      return;
    }
  }
}

function reportOption(
  context: ThemeContext,
  leaf: LeafCondition,
  info: FactInfo,
  value: string,
  element: string,
): void {
  const ids = (info.options ?? []).map((o) => o.id);
  const params = { question: info.id, value, ...suggestionFor(value, ids) };
  context.reportLeaf(leaf, 'value', 'unknown-option', params, element);
}

function isFactReference(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    own(value as Record<string, unknown>, 'fact') !== undefined
  );
}
