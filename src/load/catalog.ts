import type { Catalog } from '../model/catalog.js';
import type { Diagnostic, ENTRY_KINDS } from '../model/diagnostic.js';
import type { Field, FieldSource, Form, FormField } from '../model/form.js';
import type {
  Delivery,
  Department,
  FactDefinition,
  Item,
  Licence,
  Material,
  MaterialUse,
  SourceLocation,
  Venue,
} from '../model/theme.js';
import { normalizeOptions } from '../question-types/choice.js';
import { childPointer, toPointer } from '../util/pointer.js';
import { text } from '../util/text.js';
import { checkCatalog } from './checks/catalog.js';
import { expandCondition, type LeafOrigins } from './condition.js';
import { checkMapping } from './mapping.js';
import { sources as authorSources, normalizeFact, normalizeVariants } from './normalize.js';
import { type Locate, type ParseLimits, parseSource, type Source } from './parse.js';
import type { Reporter } from './report.js';

export type { Catalog } from '../model/catalog.js';

export type CatalogResult =
  | { readonly ok: true; readonly catalog: Catalog; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const SECTIONS = [
  'departments',
  'venues',
  'licences',
  'facts',
  'materials',
  'items',
  'fields',
  'forms',
] as const;
type Section = (typeof SECTIONS)[number];
const KIND: Record<Section, (typeof ENTRY_KINDS)[number]> = {
  departments: 'department',
  venues: 'venue',
  licences: 'licence',
  facts: 'fact',
  materials: 'material',
  items: 'item',
  fields: 'field',
  forms: 'form',
};

/** Loads catalog files into one catalog; never throws, and returns no catalog if any file has an error. */
export function loadCatalog(sources: readonly Source[], limits: ParseLimits = {}): CatalogResult {
  const diagnostics: Diagnostic[] = [];
  const tables: Record<Section, Record<string, unknown>> = {
    departments: {},
    venues: {},
    licences: {},
    facts: {},
    materials: {},
    items: {},
    fields: {},
    forms: {},
  };
  const locations: Record<string, SourceLocation> = {};
  const origins: LeafOrigins = new WeakMap();
  const locators = new Map<string, Locate>();
  for (const source of sources) {
    const parsed = parseSource(source, limits);
    const reporter = parsed.reporter;
    locators.set(source.file, laterLocator(source, limits));
    const mapping = checkMapping('catalog', parsed);
    if (mapping.ok) {
      const raw = mapping.value;
      for (const section of SECTIONS) {
        const entries = (raw[section] ?? {}) as Record<string, unknown>;
        for (const [id, entry] of Object.entries(entries)) {
          const pointer = toPointer([section, id]);
          const key = `${KIND[section]}:${id}`;
          const { line, column } = parsed.locate(pointer, true);
          const previous = locations[key];
          if (previous) {
            reporter.error(
              'duplicate-id',
              pointer,
              { kind: KIND[section], id, other: `${previous.file}:${previous.line}` },
              { key: true },
            );
            continue;
          }
          locations[key] = { file: source.file, line, column, pointer };
          tables[section][id] = normalizeEntry(section, id, entry, pointer, reporter, origins);
        }
      }
    }
    diagnostics.push(...reporter.diagnostics);
  }
  const catalog: Catalog = {
    departments: tables.departments as Record<string, Department>,
    venues: tables.venues as Record<string, Venue>,
    licences: tables.licences as Record<string, Licence>,
    facts: tables.facts as Record<string, FactDefinition>,
    materials: tables.materials as Record<string, Material>,
    items: tables.items as Record<string, Item>,
    fields: tables.fields as Record<string, Field>,
    forms: tables.forms as Record<string, Form>,
    locations,
    origins,
    locators,
  };
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const checked = checkCatalog(catalog);
  const all = [...diagnostics, ...checked];
  if (all.some((d) => d.severity === 'error')) return { ok: false, diagnostics: all };
  return { ok: true, catalog, diagnostics: all };
}

function normalizeEntry(
  section: Section,
  id: string,
  entry: unknown,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): unknown {
  const raw = entry as Record<string, unknown>;
  switch (section) {
    case 'departments':
      return { id, name: String(raw.name), ...text(raw, 'en'), level: raw.level } as Department;
    case 'venues':
      return {
        id,
        name: String(raw.name),
        ...text(raw, 'en'),
        ...text(raw, 'address'),
        ...text(raw, 'hours'),
        ...(typeof raw.appointment === 'boolean' ? { appointment: raw.appointment } : {}),
        ...text(raw, 'booking'),
      } as Venue;
    case 'licences':
      return {
        id,
        name: String(raw.name),
        ...text(raw, 'en'),
        ...text(raw, 'issuer'),
        ...(raw.data === undefined ? {} : { data: { ...(raw.data as Record<string, string>) } }),
      } as Licence;
    case 'facts':
      return normalizeFact(id, raw, normalizeOptions);
    case 'materials':
      return {
        id,
        name: String(raw.name),
        ...text(raw, 'en'),
        form: (raw.form as Material['form'] | undefined) ?? '原件',
        copies: typeof raw.copies === 'number' ? raw.copies : 1,
        ...text(raw, 'licence'),
        commitment: raw.commitment === true,
        ...text(raw, 'source'),
        ...text(raw, 'note'),
        ...text(raw, 'fill'),
        ...sharingOf(raw.shared, pointer, reporter, origins),
        ...text(raw, 'clause'),
        ...(raw.deferrable === true ? { deferrable: true } : {}),
      } as Material;
    case 'items':
      return normalizeItem(id, raw, pointer, reporter, origins);
    case 'fields':
      return normalizeField(id, raw);
    case 'forms':
      return normalizeForm(id, raw, pointer, reporter, origins);
  }
}

function normalizeItem(
  id: string,
  raw: Record<string, unknown>,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): Item {
  const when = (value: unknown, at: string) => expandCondition(value, at, reporter, origins);
  const materials = ((raw.materials ?? []) as unknown[]).map((use, i): MaterialUse => {
    if (typeof use === 'string') return { material: use };
    const r = use as Record<string, unknown>;
    const at = childPointer(childPointer(pointer, 'materials'), i);
    const condition = r.when === undefined ? undefined : when(r.when, childPointer(at, 'when'));
    return {
      material: String(r.material),
      ...(condition ? { when: condition } : {}),
      ...(r.form === undefined ? {} : { form: r.form as MaterialUse['form'] & string }),
      ...(typeof r.copies === 'number' ? { copies: r.copies } : {}),
      ...(typeof r.commitment === 'boolean' ? { commitment: r.commitment } : {}),
      ...(typeof r.deferrable === 'boolean' ? { deferrable: r.deferrable } : {}),
      ...text(r, 'note'),
    } as MaterialUse;
  });
  const basis = raw.basis === undefined ? [] : ([] as unknown[]).concat(raw.basis).map(String);
  return {
    id,
    name: String(raw.name),
    ...text(raw, 'en'),
    ...text(raw, 'department'),
    ...text(raw, 'level'),
    basis,
    ...authorSources(raw),
    days: normalizeVariants(
      raw.days,
      childPointer(pointer, 'days'),
      'days',
      when,
      (v) => Number(v.days),
      reporter,
    ),
    ...(typeof raw['statutory-days'] === 'number' ? { statutoryDays: raw['statutory-days'] } : {}),
    ...(typeof raw['issued-with'] === 'string' ? { issuedWith: raw['issued-with'] } : {}),
    fee: normalizeVariants(
      raw.fee,
      childPointer(pointer, 'fee'),
      'fee',
      when,
      (v) => ({ amount: Number(v.amount), ...text(v, 'note') }),
      reporter,
    ),
    presence: normalizeVariants(
      raw.presence,
      childPointer(pointer, 'presence'),
      'presence',
      when,
      (v) => (typeof v.venue === 'string' ? { venue: v.venue, purpose: String(v.purpose ?? '') } : null),
      reporter,
    ),
    produces: ((raw.produces ?? []) as unknown[]).map(String),
    after: ((raw.after ?? []) as unknown[]).map(String),
    delivery: ((raw.delivery ?? []) as unknown[]).map((entry, i) => {
      if (typeof entry === 'string') return { method: entry as Delivery };
      const r = entry as Record<string, unknown>;
      const at = childPointer(childPointer(childPointer(pointer, 'delivery'), i), 'when');
      const condition = r.when === undefined ? undefined : when(r.when, at);
      return {
        method: r.method as Delivery,
        ...(condition ? { when: condition } : {}),
        ...(typeof r.fee === 'number' ? { fee: r.fee } : {}),
        ...text(r, 'note'),
        ...(typeof r.venue === 'string' ? { venue: r.venue } : {}),
        ...(typeof r.appointment === 'boolean' ? { appointment: r.appointment } : {}),
      };
    }),
    materials,
    ...text(raw, 'note'),
  } as Item;
}

/** A material's `shared:` as `{ shared }`, or nothing. */
function sharingOf(
  raw: unknown,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): { shared?: Material['shared'] } {
  if (raw === undefined) return {};
  const r = raw as Record<string, unknown>;
  const at = childPointer(childPointer(pointer, 'shared'), 'when');
  const when = r.when === undefined ? undefined : expandCondition(r.when, at, reporter, origins);
  return {
    shared: { department: String(r.from), ...text(r, 'system'), ...(when ? { when } : {}) },
  };
}

function normalizeField(id: string, raw: Record<string, unknown>): Field {
  const bound = (key: 'min' | 'max') =>
    typeof raw[key] === 'number' || typeof raw[key] === 'string' ? { [key]: raw[key] } : {};
  return {
    id,
    label: String(raw.label),
    ...text(raw, 'en'),
    type: raw.type as Field['type'],
    section: typeof raw.section === 'string' ? raw.section : DEFAULT_SECTION,
    required: raw.required !== false,
    ...text(raw, 'pattern'),
    ...bound('min'),
    ...bound('max'),
    ...(raw.options === undefined ? {} : { options: normalizeOptions(raw.options) }),
    ...text(raw, 'unit'),
    ...text(raw, 'help'),
    from: ((raw.from ?? []) as Record<string, unknown>[]).map(
      (source): FieldSource =>
        typeof source.fact === 'string'
          ? { fact: source.fact }
          : typeof source.licence === 'string'
            ? { licence: source.licence, data: String(source.data) }
            : { produced: String(source.produced), ...text(source, 'data') },
    ),
  } as Field;
}

/** The section of a field that names none. */
export const DEFAULT_SECTION = '申请信息';

function normalizeForm(
  id: string,
  raw: Record<string, unknown>,
  pointer: string,
  reporter: Reporter,
  origins: LeafOrigins,
): Form {
  const fields = ((raw.fields ?? []) as unknown[]).map((entry, i): FormField => {
    if (typeof entry === 'string') return { field: entry };
    const r = entry as Record<string, unknown>;
    const at = childPointer(childPointer(childPointer(pointer, 'fields'), i), 'when');
    const when = r.when === undefined ? undefined : expandCondition(r.when, at, reporter, origins);
    return {
      field: String(r.field),
      ...(when ? { when } : {}),
      ...(typeof r.required === 'boolean' ? { required: r.required } : {}),
    };
  });
  return { id, ...text(raw, 'name'), fields };
}

/**
 * A locator for diagnostics reported into a catalog file after it was loaded, which parses the file again on
 * first use: keeping every file's syntax tree for the few diagnostics that may come made a large catalog hold
 * about 25 times its size in memory, and every garbage collection walk it.
 */
function laterLocator(source: Source, limits: ParseLimits): Locate {
  let locate: Locate | undefined;
  return (pointer, key) => {
    locate ??= parseSource(source, limits).locate;
    return locate(pointer, key);
  };
}
