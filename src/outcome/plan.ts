import type { Condition } from '../model/condition.js';
import type { OutcomeRules } from '../model/outcome-rules.js';
import type { Profile } from '../model/profile.js';
import type {
  CompiledTheme,
  Delivery,
  Item,
  Material,
  MaterialForm,
  Notice,
  ThemeItem,
} from '../model/theme.js';
import { own } from '../util/own.js';
import { defaultOutcomeRules } from './rules/index.js';

/**
 * A theme's outcome entries numbered for `compose`: notices, items with their material uses and variants, the
 * materials they use. Every `when` is an index into `conditions` (-1: unconditional), so that a session and
 * the analysis, which evaluate conditions differently, hand `compose` the same kind of `Selection`.
 */
export interface OutcomePlan {
  readonly theme: CompiledTheme;
  readonly rules: OutcomeRules;
  /** Every condition an entry below names, each object once. */
  readonly conditions: readonly Condition[];
  readonly notices: readonly PlannedNotice[];
  /** The theme's items in its order (an item the catalog lacks is left out: it cannot be described). */
  readonly items: readonly PlannedItem[];
  /** The materials the items use (those the catalog has). */
  readonly materials: readonly Material[];
  /** By material: the items that produce it, in the theme's order. */
  readonly producers: readonly (readonly number[])[];
  /** By material: the licence on file that replaces it (the `waiver` rule for the profile and day), if any. */
  readonly waivers: readonly (string | undefined)[];
  /**
   * By material: the condition under which a department obtains it by data sharing (-1: always), or undefined
   * when it is not shared.
   */
  readonly sharing: readonly (number | undefined)[];
  /** The applicant's choice of delivery, when the theme asks: each method with its condition, first that holds. */
  readonly choice: readonly { readonly method: Delivery; readonly when: number }[];
  /** Working memory of `compose`, sized for this plan (see `ComposeWork`). */
  readonly work: ComposeWork;
}

/**
 * Index arrays `composeBody` fills for each case it composes (every entry set before it is read): by item, its
 * step in the case; by material, its entry in the merged list. Held by the plan so that composing a case,
 * which the analysis does for every path, allocates none; a composition never points into them.
 */
export interface ComposeWork {
  readonly stepOf: Int32Array;
  readonly mergeOf: Int32Array;
}

export interface PlannedNotice {
  readonly notice: Notice;
  readonly when: number;
}

export interface PlannedItem {
  readonly entry: ThemeItem;
  readonly item: Item;
  readonly when: number;
  /** Its material uses (of materials the catalog has), in the item's order. */
  readonly uses: readonly PlannedUse[];
  /** The conditions of its days, fee and presence variants. */
  readonly days: readonly number[];
  readonly fee: readonly number[];
  readonly presence: readonly number[];
  /** The conditions of its delivery options. */
  readonly delivery: readonly number[];
  /** Indices in `materials` of what it produces (and some item uses). */
  readonly produces: readonly number[];
  /** Index in `items` of the item whose certificate it is issued with (随证件一并签发), or -1. */
  readonly issuedWith: number;
  /** Indices in `items` of the items it comes after (itself left out). */
  readonly after: readonly number[];
}

/** One material use, the material's defaults filled in. */
export interface PlannedUse {
  readonly when: number;
  /** Index in `OutcomePlan.materials`. */
  readonly material: number;
  readonly form: MaterialForm;
  readonly copies: number;
  readonly commitment: boolean;
  /** Non-key (容缺受理): supplied after acceptance. */
  readonly deferrable: boolean;
  readonly note: string | undefined;
}

/** What an outcome depends on besides the answers: the profile and day (licences on file) and the rules. */
export interface OutcomeOptions {
  readonly profile?: Profile;
  readonly today?: string;
  /** Rules that replace the defaults (`defaultOutcomeRules`). */
  readonly rules?: Partial<OutcomeRules>;
}

/** Numbers a theme's outcome entries, for a profile, a day and rules. */
export function planOutcome(theme: CompiledTheme, options: OutcomeOptions = {}): OutcomePlan {
  const rules: OutcomeRules =
    options.rules === undefined ? defaultOutcomeRules : { ...defaultOutcomeRules, ...options.rules };
  const conditions: Condition[] = [];
  const numbered = new Map<Condition, number>();
  const index = (condition: Condition | undefined): number => {
    if (condition === undefined) return -1;
    let at = numbered.get(condition);
    if (at === undefined) {
      at = conditions.length;
      conditions.push(condition);
      numbered.set(condition, at);
    }
    return at;
  };
  const { catalog } = theme;
  const entries = theme.items.flatMap((entry) => {
    const item = own(catalog.items, entry.item);
    return item ? [{ entry, item }] : [];
  });
  // The materials the items use, numbered in order of first use (what they produce only matters then).
  const materials: Material[] = [];
  const materialIndex = new Map<string, number>();
  for (const { item } of entries) {
    for (const use of item.materials) {
      const material = own(catalog.materials, use.material);
      if (!material || materialIndex.has(use.material)) continue;
      materialIndex.set(use.material, materials.length);
      materials.push(material);
    }
  }
  const itemIndex = new Map(entries.map(({ item }, i) => [item.id, i]));
  // Loops rather than flatMap: the analysis plans every theme it checks, most of them once.
  const items: PlannedItem[] = [];
  for (const { entry, item } of entries) {
    const when = index(entry.when);
    const uses: PlannedUse[] = [];
    for (const use of item.materials) {
      const m = materialIndex.get(use.material);
      const material = m === undefined ? undefined : materials[m];
      if (m === undefined || !material) continue;
      uses.push({
        when: index(use.when),
        material: m,
        form: use.form ?? material.form,
        copies: use.copies ?? material.copies,
        commitment: use.commitment ?? material.commitment,
        deferrable: use.deferrable ?? material.deferrable === true,
        note: use.note,
      });
    }
    items.push({
      entry,
      item,
      when,
      uses,
      days: variants(item.days, index),
      fee: variants(item.fee, index),
      presence: variants(item.presence, index),
      delivery: variants(item.delivery, index),
      produces: positions(item.produces, materialIndex),
      issuedWith:
        item.issuedWith === undefined || item.issuedWith === item.id
          ? -1
          : (itemIndex.get(item.issuedWith) ?? -1),
      after: positions(item.after, itemIndex, item.id),
    });
  }
  const producers: number[][] = materials.map(() => []);
  items.forEach((item, i) => {
    for (const m of item.produces) (producers[m] as number[]).push(i);
  });
  return {
    theme,
    rules,
    conditions,
    notices: theme.notices.map((notice) => ({ notice, when: index(notice.when) })),
    items,
    materials,
    producers,
    waivers: materials.map((m) => rules.waiver(m, options.profile, options.today)),
    sharing: materials.map((m) => (m.shared === undefined ? undefined : index(m.shared.when))),
    choice: (theme.delivery?.choices ?? []).map((c) => ({ method: c.method, when: index(c.when) })),
    work: { stepOf: new Int32Array(items.length), mergeOf: new Int32Array(materials.length) },
  };
}

/** The conditions of an item's variants, numbered. */
function variants(
  list: readonly { readonly when?: Condition }[],
  index: (c: Condition | undefined) => number,
) {
  const out: number[] = new Array(list.length);
  for (let v = 0; v < list.length; v++) out[v] = index((list[v] as { readonly when?: Condition }).when);
  return out;
}

/** The positions of the ids that have one (`except` left out). */
function positions(ids: readonly string[], at: ReadonlyMap<string, number>, except?: string): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const position = at.get(id);
    if (position !== undefined && id !== except) out.push(position);
  }
  return out;
}
