import type { Catalog } from '../model/catalog.js';
import type {
  CompiledTheme,
  Cut,
  FactDefinition,
  Question,
  SourceLocation,
  ThemeCatalog,
} from '../model/theme.js';
import { THEME_FORMAT } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { themeReaders } from '../rules/readers.js';
import { deepFreeze } from '../util/freeze.js';
import { hashCanonicalJson } from '../util/hash.js';
import { own } from '../util/own.js';
import type { ConditionSite } from './checks/theme-context.js';
import type { FactLookup } from './facts.js';
import type { ThemeDraft } from './theme-draft.js';
import { leafFacts, walkCondition } from './walk.js';

/**
 * Turns a checked draft into a compiled theme: number and date questions get the cuts their conditions draw,
 * the catalog entries the theme uses are copied in, the index of its conditions by the questions they read
 * (`readers`), the locations and content hash are added (an empty hash unless `hashed`), and the result is
 * deeply frozen. It is plain data: a JSON copy of it is the same theme.
 */
export function compileTheme(
  draft: ThemeDraft,
  catalog: Catalog,
  facts: FactLookup,
  sites: readonly ConditionSite[],
  /** The theme's own locations (`locationsAt`); those of the catalog entries it carries are added here. */
  ownLocations: Readonly<Record<string, SourceLocation>>,
  /** False for a theme that is only checked and dropped: nothing reads its hash. */
  hashed = true,
): CompiledTheme {
  const questions = draft.questions.map((q) => withCuts(q, sites));
  const subset = catalogSubset(draft, catalog, facts, sites);
  const { catalogPaths: _paths, ...content } = draft;
  const body = deepFreeze({ format: THEME_FORMAT, ...content, questions, catalog: subset });
  const locations = withCatalogLocations(ownLocations, subset, catalog.locations);
  // Derived from the questions, conditions and notices (hashed already), like `locations` left out of the hash.
  const { readers } = themeReaders(body);
  const theme: CompiledTheme = { ...body, readers, locations, hash: hashed ? hashCanonicalJson(body) : '' };
  return deepFreeze(theme);
}

/** The theme's own locations and those of the catalog entries it carries (`item:id`, `material:id`…). */
function withCatalogLocations(
  ownLocations: Readonly<Record<string, SourceLocation>>,
  subset: ThemeCatalog,
  catalogLocations: Readonly<Record<string, SourceLocation>>,
): Record<string, SourceLocation> {
  // Copied key by key: a theme's own locations are hundreds of keys, an object V8 keeps as a dictionary, and
  // spreading one costs about twice this loop.
  const locations: Record<string, SourceLocation> = {};
  for (const key in ownLocations) locations[key] = ownLocations[key] as SourceLocation;
  for (const [kind, table] of [
    ['item', subset.items],
    ['material', subset.materials],
    ['department', subset.departments],
    ['venue', subset.venues],
    ['licence', subset.licences],
    ['fact', subset.facts],
    ['form', subset.forms],
    ['field', subset.fields],
  ] as const) {
    for (const id of Object.keys(table)) {
      const location = own(catalogLocations, `${kind}:${id}`);
      if (location) locations[`${kind}:${id}`] = location;
    }
  }
  return locations;
}

/** The question with the cuts its conditions draw, when its type groups answers into bands. */
function withCuts(question: Question, sites: readonly ConditionSite[]): Question {
  return questionType(question).withCuts(question, () => cutsDrawn(question, sites));
}

/** The boundaries the conditions draw on a question's fact, sorted by value (see `Cut`). */
function cutsDrawn(question: Question, sites: readonly ConditionSite[]): Cut[] {
  const cuts = new Map<string, Cut>();
  for (const site of sites) {
    walkCondition(site.condition, {
      leaf: (leaf) => {
        if (leaf.fact !== question.id || leaf.path !== undefined) return;
        for (const cut of cutsOf(leaf.operator, leaf.value)) cuts.set(`${cut.value}|${cut.side}`, cut);
      },
    });
  }
  const order = { below: 0, point: 1, above: 2 };
  return [...cuts.values()].sort((a, b) =>
    a.value === b.value ? order[a.side] - order[b.side] : a.value < b.value ? -1 : 1,
  );
}

const SIDE: Record<string, [Cut['side'], Cut['side']]> = {
  // [as written, with `swap:`]; `below` puts the value in the upper band, `above` in the lower.
  lessThan: ['below', 'above'],
  lessThanInclusive: ['above', 'below'],
  greaterThan: ['above', 'below'],
  greaterThanInclusive: ['below', 'above'],
};

/** The boundaries one comparison draws on a number or date fact. */
export function cutsOf(operator: string, value: unknown): Cut[] {
  const decorators = operator.split(':');
  const base = decorators.pop() ?? operator;
  const swapped = decorators.filter((d) => d === 'swap').length % 2 === 1;
  const values = Array.isArray(value) ? value : [value];
  const usable = values.filter((v): v is number | string => typeof v === 'number' || typeof v === 'string');
  const sides = own(SIDE, base);
  if (sides && !Array.isArray(value)) return usable.map((v) => ({ value: v, side: sides[swapped ? 1 : 0] }));
  return usable.map((v) => ({ value: v, side: 'point' }));
}

function catalogSubset(
  draft: ThemeDraft,
  catalog: Catalog,
  facts: FactLookup,
  sites: readonly ConditionSite[],
): ThemeCatalog {
  const pick = <T>(table: Readonly<Record<string, T>>, ids: Iterable<string>): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const id of [...new Set(ids)].sort()) {
      const entry = own(table, id);
      if (entry !== undefined) out[id] = entry;
    }
    return out;
  };
  const items = pick(
    catalog.items,
    draft.items.map((i) => i.item),
  );
  const itemList = Object.values(items);
  const materials = pick(
    catalog.materials,
    itemList.flatMap((i) => [...i.materials.map((m) => m.material), ...i.produces]),
  );
  const forms = pick(
    catalog.forms,
    Object.values(materials).flatMap((m) => (m.fill === undefined ? [] : [m.fill])),
  );
  const fields = pick(
    catalog.fields,
    Object.values(forms).flatMap((f) => f.fields.map((entry) => entry.field)),
  );
  const sources = Object.values(fields).flatMap((f) => f.from);
  // Every named condition is a site of its own: the leaves of all sites are every fact read, without
  // following references (which made a chain of names quadratic).
  const read = new Set<string>();
  for (const source of sources) if ('fact' in source) read.add(source.fact);
  for (const site of sites)
    walkCondition(site.condition, {
      leaf: (leaf) => {
        for (const fact of leafFacts(leaf)) read.add(fact);
      },
    });
  for (const q of draft.questions) if (q.prefill) read.add(q.prefill);
  const definitions: Record<string, FactDefinition> = {};
  const addFact = (id: string) => {
    const info = facts.get(id);
    if (!info?.definition || definitions[id]) return;
    definitions[id] = info.definition;
    if (info.definition.derive) addFact(info.definition.derive.from);
  };
  for (const id of [...read].sort()) addFact(id);
  const licenceIds = [
    ...Object.values(materials).flatMap((m) => (m.licence ? [m.licence] : [])),
    ...sources.flatMap((source) => ('licence' in source ? [source.licence] : [])),
    ...Object.keys(definitions).flatMap((id) => (id.startsWith('licence.') ? [id.split('.')[1] ?? ''] : [])),
  ];
  return {
    departments: pick(catalog.departments, [
      ...itemList.flatMap((i) => (i.department ? [i.department] : [])),
      ...Object.values(materials).flatMap((m) => (m.shared ? [m.shared.department] : [])),
    ]),
    venues: pick(
      catalog.venues,
      itemList.flatMap((i) => [
        ...i.presence.flatMap((p) => (p.value ? [p.value.venue] : [])),
        ...i.delivery.flatMap((d) => (d.venue === undefined ? [] : [d.venue])),
      ]),
    ),
    licences: pick(catalog.licences, licenceIds),
    materials,
    items,
    facts: pick(definitions, Object.keys(definitions)),
    forms,
    fields,
  };
}
