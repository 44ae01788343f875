import type { Catalog } from '../model/catalog.js';
import type { FactDefinition, FactType, Option, Question } from '../model/theme.js';

/** What a condition may know about a fact it reads. */
export interface FactInfo {
  readonly id: string;
  readonly source: 'question' | 'profile' | 'derived' | 'builtin';
  readonly type: FactType;
  readonly options?: readonly Option[];
  /** For questions: the position in the questionnaire. */
  readonly index?: number;
  /** The definition a compiled theme carries for profile, derived and built-in facts. */
  readonly definition?: FactDefinition;
}

/** Facts every theme can read without declaring them. */
const BUILTINS: readonly FactDefinition[] = [
  { id: 'today', label: '今天', en: 'today', type: 'date' },
  { id: 'profile.tags', label: '档案标签', en: 'profile tags', type: 'list' },
  { id: 'profile.licences', label: '已归集的电子证照', en: 'licences on file', type: 'list' },
  { id: 'profile.completed', label: '已办结事项', en: 'completed items', type: 'list' },
];

/** Names no question may take: they are condition keywords or built-in facts. */
export const RESERVED_IDS = new Set([
  'all',
  'any',
  'not',
  'condition',
  'fact',
  'operator',
  'value',
  'path',
  'params',
  'priority',
  'name',
  'today',
  'always',
  // Forbidden as keys (see parse.ts), so a question with one of these ids could be read by no shorthand
  // condition and answered by no answers or scenario file.
  'constructor',
  'prototype',
]);

/** The facts of a catalog, the same for every theme that uses it: built once per catalog. */
const catalogFacts = new WeakMap<Catalog, ReadonlyMap<string, FactInfo>>();

/** The facts a theme's conditions may read, by id (`factTable`). */
export interface FactLookup {
  get(id: string): FactInfo | undefined;
  has(id: string): boolean;
  /** Every fact, the catalog's first (a question of the same id in its place), then the questions. */
  values(): IterableIterator<FactInfo>;
  keys(): IterableIterator<string>;
}

/**
 * Every fact a theme's conditions may read: its questions, the catalog's facts, licence facts, built-ins. The
 * catalog's part is built once per catalog and shared, not copied into every theme's table.
 */
export function factTable(questions: readonly Question[], catalog: Catalog): FactLookup {
  let shared = catalogFacts.get(catalog);
  if (!shared) {
    shared = catalogFactTable(catalog);
    catalogFacts.set(catalog, shared);
  }
  const own = new Map<string, FactInfo>();
  questions.forEach((question, index) => {
    own.set(question.id, {
      id: question.id,
      source: 'question',
      type: question.type,
      ...('options' in question ? { options: question.options } : {}),
      index,
    });
  });
  return layered(own, shared);
}

function layered(own: ReadonlyMap<string, FactInfo>, shared: ReadonlyMap<string, FactInfo>): FactLookup {
  function* values(): IterableIterator<FactInfo> {
    for (const [id, info] of shared) yield own.get(id) ?? info;
    for (const [id, info] of own) if (!shared.has(id)) yield info;
  }
  return {
    get: (id) => own.get(id) ?? shared.get(id),
    has: (id) => own.has(id) || shared.has(id),
    values,
    *keys() {
      for (const info of values()) yield info.id;
    },
  };
}

/** The built-in facts, each licence's facts and the catalog's own facts. */
function catalogFactTable(catalog: Catalog): Map<string, FactInfo> {
  const table = new Map<string, FactInfo>();
  for (const definition of BUILTINS) {
    table.set(definition.id, { id: definition.id, source: 'builtin', type: definition.type, definition });
  }
  for (const licence of Object.values(catalog.licences)) {
    for (const definition of licenceFacts(licence.id, licence.name)) {
      table.set(definition.id, { id: definition.id, source: 'builtin', type: definition.type, definition });
    }
  }
  for (const definition of Object.values(catalog.facts)) {
    table.set(definition.id, {
      id: definition.id,
      source: definition.derive ? 'derived' : 'profile',
      type: definition.type,
      ...(definition.options ? { options: definition.options } : {}),
      definition,
    });
  }
  return table;
}

/** The facts each electronic licence on file provides: its expiry date and the days left until it. */
export function licenceFacts(licence: string, name: string): FactDefinition[] {
  return [
    { id: `licence.${licence}.expires`, label: `${name}有效期至`, type: 'date' },
    {
      id: `licence.${licence}.days-left`,
      label: `${name}剩余有效天数`,
      type: 'number',
      unit: '天',
      derive: { fn: 'days-until', from: `licence.${licence}.expires` },
    },
  ];
}
