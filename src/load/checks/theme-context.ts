import type { Catalog } from '../../model/catalog.js';
import type { Condition } from '../../model/condition.js';
import type { Diagnostic, DiagnosticCode, DiagnosticParamsOf } from '../../model/diagnostic.js';
import type { Material, SourceLocation } from '../../model/theme.js';
import { questionType } from '../../question-types/index.js';
import type { OperatorSet } from '../../rules/registry.js';
import { own } from '../../util/own.js';
import { fromPointer, toPointer } from '../../util/pointer.js';
import type { LeafOrigin, LeafOrigins } from '../condition.js';
import type { FactLookup } from '../facts.js';
import { NamedFacts } from '../named-facts.js';
import type { Locate } from '../parse.js';
import { Reporter } from '../report.js';
import type { ThemeDraft } from '../theme-draft.js';

/** Where a condition sits: the element that holds it and what kind of element that is. */
export interface ConditionSite {
  readonly condition: Condition;
  readonly kind: 'question' | 'theme-item' | 'notice' | 'trigger' | 'named' | 'catalog';
  /** Element key of the holder (`question:purpose`, `item:food-licence`). */
  readonly element: string;
  /** For question conditions: the question's position. */
  readonly questionIndex?: number;
}

/** Everything a theme check may read, and the ways it reports. */
export interface ThemeContext {
  readonly draft: ThemeDraft;
  /** The theme document as parsed and schema-checked, for checks that look at what was written. */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly catalog: Catalog;
  readonly facts: FactLookup;
  readonly operators: OperatorSet;
  readonly sites: readonly ConditionSite[];
  /** The named conditions as a graph: cycles, nesting through names, facts read through them. */
  readonly named: NamedFacts;
  /** Reports at an element (of the theme or the catalog) and a pointer below it. */
  report<C extends DiagnosticCode>(
    element: string,
    below: readonly (string | number)[],
    code: C,
    params: DiagnosticParamsOf<C>,
    options?: { readonly key?: boolean; readonly warning?: boolean },
  ): void;
  /**
   * Reports at the fact name, the value, the operator or the path of a leaf (or at a named reference); an
   * operator that is only implied (`{ area: 1 }`) falls back to the value, a path that is not written to the fact.
   */
  reportLeaf<C extends DiagnosticCode>(
    node: object,
    part: 'fact' | 'value' | 'operator' | 'path',
    code: C,
    params: DiagnosticParamsOf<C>,
    fallback: string,
  ): void;
}

/** One load-time check over a theme linked to its catalog; checks are listed in `theme.ts`. */
export interface ThemeCheck {
  readonly name: string;
  run(context: ThemeContext): void;
}

/** Builds the context of one theme's checks; diagnostics go into `into`. */
export function themeContext(args: {
  draft: ThemeDraft;
  /** Where the theme's elements are written, built on first call. */
  locations: () => Readonly<Record<string, SourceLocation>>;
  raw: Readonly<Record<string, unknown>>;
  catalog: Catalog;
  facts: FactLookup;
  operators: OperatorSet;
  themeFile: string;
  themeLocate: Locate;
  origins: LeafOrigins;
  into: Diagnostic[];
}): ThemeContext {
  const { draft, catalog, into } = args;
  const reporters = new Map<string, Reporter>();
  const reporterFor = (file: string): Reporter | undefined => {
    let reporter = reporters.get(file);
    if (!reporter) {
      const locate = file === args.themeFile ? args.themeLocate : catalog.locators.get(file);
      if (!locate) return undefined;
      reporter = new Reporter(file, locate, into);
      reporters.set(file, reporter);
    }
    return reporter;
  };
  const emit = <C extends DiagnosticCode>(
    file: string,
    pointer: string,
    code: C,
    params: DiagnosticParamsOf<C>,
    options: { readonly key?: boolean; readonly warning?: boolean },
  ) => {
    const reporter = reporterFor(file);
    if (!reporter) return;
    if (options.warning) reporter.warn(code, pointer, params, { key: options.key ?? false });
    else reporter.error(code, pointer, params, { key: options.key ?? false });
  };
  return {
    draft,
    raw: args.raw,
    catalog,
    facts: args.facts,
    operators: args.operators,
    sites: conditionSites(draft, catalog),
    named: new NamedFacts(draft.conditions),
    report(element, below, code, params, options = {}) {
      const location = own(args.locations(), element) ?? own(catalog.locations, element);
      if (!location) return;
      emit(location.file, toPointer([...fromPointer(location.pointer), ...below]), code, params, options);
    },
    reportLeaf(node, part, code, params, fallback) {
      const origin: LeafOrigin | undefined = args.origins.get(node) ?? catalog.origins.get(node);
      if (!origin) {
        this.report(fallback, [], code, params);
        return;
      }
      if (part === 'operator' && origin.operatorAt !== undefined) {
        emit(origin.file, origin.operatorAt, code, params, { key: origin.operatorIsKey === true });
      } else if (part === 'path' && origin.pathAt !== undefined) {
        emit(origin.file, origin.pathAt, code, params, {});
      } else if (part === 'fact' || part === 'path') {
        emit(origin.file, origin.factAt, code, params, { key: origin.factIsKey });
      } else {
        emit(origin.file, origin.valueAt, code, params, {});
      }
    },
  };
}

/** The catalog materials the theme's items use, each once. */
export function themeMaterials(draft: Pick<ThemeDraft, 'items'>, catalog: Catalog): Material[] {
  const found = new Map<string, Material>();
  for (const entry of draft.items) {
    for (const use of own(catalog.items, entry.item)?.materials ?? []) {
      const material = own(catalog.materials, use.material);
      if (material) found.set(material.id, material);
    }
  }
  return [...found.values()];
}

/** Every condition the theme evaluates: its own and those of the catalog items it includes. */
function conditionSites(draft: ThemeDraft, catalog: Catalog): ConditionSite[] {
  const sites: ConditionSite[] = [];
  draft.questions.forEach((q, i) => {
    if (q.when)
      sites.push({ condition: q.when, kind: 'question', element: `question:${q.id}`, questionIndex: i });
    // An option's condition is read when its question is asked: the same order rules as the question's own.
    for (const option of questionType(q).options(q)) {
      if (option.when === undefined) continue;
      const element = `option:${q.id}/${option.id}`;
      sites.push({ condition: option.when, kind: 'question', element, questionIndex: i });
    }
  });
  for (const [id, condition] of Object.entries(draft.conditions)) {
    sites.push({ condition, kind: 'named', element: `condition:${id}` });
  }
  for (const entry of draft.items) {
    if (entry.when)
      sites.push({ condition: entry.when, kind: 'theme-item', element: `theme-item:${entry.item}` });
  }
  for (const notice of draft.notices) {
    if (notice.when) sites.push({ condition: notice.when, kind: 'notice', element: `notice:${notice.id}` });
  }
  for (const trigger of draft.triggers) {
    sites.push({ condition: trigger.when, kind: 'trigger', element: `trigger:${trigger.id}` });
  }
  for (const choice of draft.delivery?.choices ?? [])
    sites.push({ condition: choice.when, kind: 'named', element: 'delivery' });
  for (const entry of draft.items) {
    const item = own(catalog.items, entry.item);
    if (!item) continue;
    const element = `item:${item.id}`;
    const conditions = [
      ...item.materials.map((use) => use.when),
      ...item.days.map((v) => v.when),
      ...item.fee.map((v) => v.when),
      ...item.presence.map((v) => v.when),
      ...item.delivery.map((option) => option.when),
    ];
    for (const condition of conditions) if (condition) sites.push({ condition, kind: 'catalog', element });
  }
  for (const material of themeMaterials(draft, catalog)) {
    const shared = material.shared?.when;
    if (shared) sites.push({ condition: shared, kind: 'catalog', element: `material:${material.id}` });
    const form = material.fill === undefined ? undefined : own(catalog.forms, material.fill);
    for (const entry of form?.fields ?? [])
      if (entry.when) sites.push({ condition: entry.when, kind: 'catalog', element: `form:${form?.id}` });
  }
  return sites;
}
