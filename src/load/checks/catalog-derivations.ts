import { DERIVATIONS } from '../../derivations/index.js';
import { own } from '../../util/own.js';
import type { CatalogCheck } from './types.js';

/** A derived fact names a known derivation and a declared, non-derived source fact of the right type. */
export const catalogDerivations: CatalogCheck = {
  name: 'catalog-derivations',
  run(catalog, report) {
    for (const fact of Object.values(catalog.facts)) {
      if (!fact.derive) continue;
      const element = `fact:${fact.id}`;
      const derivation = DERIVATIONS.get(fact.derive.fn);
      if (!derivation) {
        report(element, ['derive', 'fn'], 'unknown-derivation', { fn: fact.derive.fn });
        continue;
      }
      // own(): `from: constructor` must not find Object.prototype.constructor.
      const source = own(catalog.facts, fact.derive.from);
      if (!source || source.derive) {
        report(element, ['derive', 'from'], 'unknown-fact', { id: fact.derive.from });
        continue;
      }
      if (source.type !== derivation.from || fact.type !== derivation.type) {
        // Not a comparison: the derivation's own message says what it reads and gives (see messages).
        report(element, ['derive'], 'value-type-mismatch', {
          id: fact.id,
          factType: fact.type,
          fn: derivation.name,
          from: source.id,
          fromType: source.type,
          needs: derivation.from,
          gives: derivation.type,
        });
      }
    }
  },
};
