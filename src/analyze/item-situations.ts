import type { OutcomeMaterial } from '../model/outcome.js';
import type { Delivery, Fee, NoticeKind } from '../model/theme.js';
import { composeBody, composeNotices } from '../outcome/compose.js';
import type { CompositionBody } from '../outcome/composition.js';
import type { OutcomePlan } from '../outcome/plan.js';
import { emptySelection, type Selection, select } from '../outcome/selection.js';
import { own } from '../util/own.js';
import { type CoverOptions, coverGroups } from './cover.js';
import { type Cube, cubeLayout, mergeGroups, PathMerger } from './cubes.js';
import { asksOf, Deciding } from './deciding.js';
import type { CaseDetail } from './detail.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme, type ThemePlan } from './plan.js';
import { type RulePath, type RuleRow, RuleRows } from './rule-rows.js';
import { type Situation, SituationCollector } from './situations.js';
import { type LeafSummary, Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

/**
 * A material as one item asks for it in a case (form, copies, commitment and note of that item's use), with
 * what the merge made of it: its status and what stands in for it, as the outcome names them.
 */
export type ItemMaterial = Pick<
  OutcomeMaterial,
  | 'id'
  | 'name'
  | 'form'
  | 'copies'
  | 'status'
  | 'producedBy'
  | 'waivedBy'
  | 'sharedBy'
  | 'commitment'
  | 'deferrable'
> & { readonly note?: string };

/** What one item is in a case, as its department reviews it: limits, fee, venue, delivery and its materials. */
export interface ItemView {
  readonly days?: number;
  readonly statutoryDays?: number;
  /** The item of the case whose certificate it is issued with (随证件一并签发). */
  readonly issuedWith?: string;
  readonly fee?: Fee;
  readonly venue?: string;
  readonly delivery: readonly Delivery[];
  readonly materials: readonly ItemMaterial[];
}

/** The answer paths in which an item is the same (`ItemView`), with the rows that describe them. */
export interface ItemSituation {
  /** 1-based within its item, in the order of first paths. */
  readonly index: number;
  readonly view: ItemView;
  /** Paths in it. */
  readonly count: number;
  /**
   * Together they match exactly its paths among the paths that can be handled (status `ready`): a path of
   * `others` (refused, not needed) may match them too, as it yields no item whatever its answers. Rows may
   * overlap (`coverGroups`): a row's count is the paths of the merged rows it stands for.
   */
  readonly rows: readonly RuleRow[];
  readonly first: RulePath;
}

/** One item's situations, and the paths in which it does not apply. */
export interface ItemSituations {
  readonly id: string;
  readonly name: string;
  readonly situations: readonly ItemSituation[];
  /** Paths that can be handled in which the item does not apply. */
  readonly absent: number;
  /** For a material several items share: the items that use it on some path, in the theme's order. */
  readonly usedBy?: readonly string[];
}

/**
 * A notice and the rows of the paths that can be handled on which it is shown (a notice shown only where
 * nothing can be handled, such as a refusal, is listed with `others`).
 */
export interface NoticeRule {
  readonly id: string;
  readonly kind: NoticeKind;
  /** Paths that can be handled on which it is shown. */
  readonly count: number;
  readonly rows: readonly RuleRow[];
}

/**
 * A theme's situations item by item (分事项情形): for each item, the distinct ways it applies; the situations
 * without items (不予办理, 无需办理) whole; and when each notice is shown. A case's outcome follows from its
 * items' situations and its notices by the outcome rules (merge, schedule, fees, visits), so a reviewer who
 * signs off each item's list has signed off every combination, and reads a sum of lists, not their product.
 */
export interface ItemSituationList {
  readonly items: readonly ItemSituations[];
  /**
   * Each material that two items of one case may both ask for (the applicant's identity, a licence one item
   * passes on…), as the outcome merges it, with the items that use it: reviewed once here rather than with
   * each item. Their situations' views have that one material only.
   */
  readonly shared: readonly ItemSituations[];
  /**
   * Whole situations whose status is not `ready` (they have no items), with rows read among every path and
   * widened across their own rows (see `ItemSituation.rows`).
   */
  readonly others: readonly Situation[];
  readonly notices: readonly NoticeRule[];
  /** Item situations, shared-material situations and `others`: the situations a reviewer signs off. */
  readonly total: number;
  /** Paths walked. */
  readonly paths: number;
  /** True when `maxCases` paths were walked and more exist. */
  readonly truncated: boolean;
}

/** Paths grouped by one question ("which situation of this item, if any"): by group, its cubes and count. */
interface Split {
  readonly keys: Map<string, number>;
  readonly views: ItemView[];
  readonly firsts: Int32Array[];
  readonly counts: number[];
  readonly cubes: Cube[][];
  /** For a shared material: the ids of the items that use it on some path. */
  readonly users: Set<string>;
}

/**
 * Groups a theme's paths into situations item by item in one walk (as `enumerateSituations` walks them): each
 * path's outcome gives each item's view, which picks that item's situation, and the path joins its cubes. An
 * outcome is read once per distinct summary (equal selections, equal outcomes), from a session of the path.
 */
export function enumerateItemSituations(plan: ThemePlan, options: EnumerateOptions = {}): ItemSituationList {
  const max = maxCasesOf(options);
  const { theme } = plan;
  const layout = cubeLayout(plan.questions.map((q) => q.choices.length));
  const whole = new SituationCollector(plan);
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const summarizer = new Summarizer(plan, { detail: true });
  const merger = new PathMerger(layout);
  const rules = new RuleRows(plan, layout);
  // An item listed twice (under two conditions) is one item.
  const itemIds = [...new Set(theme.items.map((entry) => entry.item))];
  const common = [...commonMaterials(plan, itemIds, max)];
  // One split per item, then one per material several items share.
  const items = [...itemIds, ...common].map(() => newSplit());
  // The paths without items, by whole situation (group 0: the paths that can be handled).
  const unready = newSplit();
  const unreadyGroups = new Map<number, number>();
  const notices = theme.notices.map(() => newSplit());
  const byItemId = new Map(itemIds.map((id, k) => [id, k]));
  const byNoticeId = new Map(theme.notices.map((n, k) => [n.id, k]));
  // Items' groups by body (a summary's `detail.items` is its body's: cases that differ in notices alone share
  // it); notices' groups by summary.
  const itemGroupsOf = new WeakMap<object, Int32Array>();
  const noticeGroupsOf = new WeakMap<LeafSummary, Int32Array>();
  const selection = emptySelection(plan.outcome);
  const verdictOf = plan.outcomeConditions;
  const choices = new Int32Array(plan.questions.length);
  let paths = 0;
  let truncated = false;
  while (walker.advance()) {
    if (paths >= max) {
      truncated = true;
      break;
    }
    const { verdicts } = walker;
    const summary = summarizer.summarize(verdicts);
    const situation = whole.add(walker, summary);
    walker.choicesInto(choices);
    const bodyKey = (summary.detail as CaseDetail).items;
    let itemGroups = itemGroupsOf.get(bodyKey);
    if (itemGroups === undefined) {
      const chosen = select(plan.outcome, (c) => verdicts[verdictOf[c] as number] === 1, selection);
      itemGroups = itemGroupsFor(plan.outcome, chosen, items, byItemId, common, choices);
      itemGroupsOf.set(bodyKey, itemGroups);
    }
    let noticeGroups = noticeGroupsOf.get(summary);
    if (noticeGroups === undefined) {
      noticeGroups = new Int32Array(notices.length).fill(-1);
      for (const id of summary.noticeIds) {
        const k = byNoticeId.get(id);
        if (k !== undefined) noticeGroups[k] = groupOf(notices[k] as Split, SHOWN, choices);
      }
      noticeGroupsOf.set(summary, noticeGroups);
    }
    // A path without items (refused, not needed) is one of `others`: item rows may cover it, since a reviewer
    // reads them among the paths that can be handled (see `ItemSituation.rows`).
    // Notices too: a path without items is listed whole, with its notices (the refusal's among them).
    if (summary.status === 'ready') {
      joinAll(items, itemGroups, merger, choices, paths);
      joinAll(notices, noticeGroups, merger, choices, paths);
    }
    let unreadyGroup = 0;
    if (summary.status !== 'ready') {
      unreadyGroup =
        unreadyGroups.get(situation) ??
        groupOf(unready, { delivery: [], materials: [] }, choices, String(situation));
      unreadyGroups.set(situation, unreadyGroup);
    }
    merger.add(unready.cubes[unreadyGroup] as Cube[], choices, paths);
    unready.counts[unreadyGroup] = (unready.counts[unreadyGroup] as number) + 1;
    paths++;
  }
  const deciding = new Deciding(plan);
  const situationsOf = (split: Split, decided: CoverOptions): ItemSituation[] => {
    const rows = rowsOf(layout, rules, split, decided);
    return split.views.map((view, g) => ({
      index: g + 1,
      view,
      count: split.counts[g + 1] as number,
      rows: rows[g] as RuleRow[],
      first: rules.path(split.firsts[g] as Int32Array),
    }));
  };
  const listOf = (id: string, name: string, k: number, decided: CoverOptions): ItemSituations => ({
    id,
    name,
    situations: situationsOf(items[k] as Split, decided),
    absent: (items[k] as Split).counts[0] as number,
  });
  const itemLists = itemIds.map((id, k) =>
    listOf(id, own(theme.catalog.items, id)?.name ?? id, k, deciding.item(id)),
  );
  const shared = common
    .map((id, k) => {
      const { users } = items[itemIds.length + k] as Split;
      const usedBy = itemLists.filter((item) => users.has(item.id)).map((item) => item.name);
      const name = own(theme.catalog.materials, id)?.name ?? id;
      return { ...listOf(id, name, itemIds.length + k, deciding.material(id)), usedBy };
    })
    .filter((list) => list.situations.length > 0);
  const noticeRules = theme.notices.flatMap((notice, k): NoticeRule[] => {
    const split = notices[k] as Split;
    if (split.views.length === 0 || split.counts[1] === 0) return [];
    return [
      {
        id: notice.id,
        kind: notice.kind,
        count: split.counts[1] as number,
        rows: rowsOf(layout, rules, split, deciding.notice(k))[0] as RuleRow[],
      },
    ];
  });
  const used = itemLists.filter((list) => list.situations.length > 0);
  const unreadyRows = rowsOf(layout, rules, unready, { asks: asksOf(plan) });
  const others = whole
    .finish(false)
    .filter((x) => x.detail.status !== 'ready')
    .map((x) => ({ ...x, rows: unreadyRows[(unreadyGroups.get(x.index) as number) - 1] as RuleRow[] }));
  const sizes = (lists: readonly ItemSituations[]) =>
    lists.reduce((sum, list) => sum + list.situations.length, 0);
  return {
    items: used,
    shared,
    others,
    notices: noticeRules,
    total: sizes(used) + sizes(shared) + others.length,
    paths,
    truncated,
  };
}

const SHOWN: ItemView = Object.freeze({ delivery: [], materials: [] });

function newSplit(): Split {
  // Group 0 gathers the paths where the item does not apply (or the notice is not shown): rows of the
  // others are widened against them too, so that no row matches such a path.
  return { keys: new Map(), views: [], firsts: [], counts: [0], cubes: [[]], users: new Set() };
}

/** The group of a view in a split (1-based; made when new, with the current path as its first). */
function groupOf(split: Split, view: ItemView, choices: Int32Array, key = JSON.stringify(view)): number {
  let g = split.keys.get(key);
  if (g === undefined) {
    split.views.push(view);
    split.firsts.push(choices.slice());
    split.counts.push(0);
    split.cubes.push([]);
    g = split.views.length;
    split.keys.set(key, g);
  }
  return g;
}

/** Adds the current path to the group each split gives it (-1: none, joins group 0). */
function joinAll(
  splits: readonly Split[],
  groups: Int32Array,
  merger: PathMerger,
  choices: Int32Array,
  path: number,
): void {
  for (let k = 0; k < splits.length; k++) {
    const split = splits[k] as Split;
    const g = Math.max(groups[k] as number, 0);
    merger.add(split.cubes[g] as Cube[], choices, path);
    split.counts[g] = (split.counts[g] as number) + 1;
  }
}

/**
 * The rows of a split's groups after group 0, widened against every group (group 0 included), naming what
 * decides them where they can (`decided`).
 */
function rowsOf(
  layout: ReturnType<typeof cubeLayout>,
  rules: RuleRows,
  split: Split,
  decided: CoverOptions = {},
): RuleRow[][] {
  // Merged cubes hold exactly their paths, so widening against them (`coverGroups`) is exact.
  const widened = coverGroups(layout, mergeGroups(layout, split.cubes), {
    ...decided,
    options: rules.options,
  });
  return widened.slice(1).map((cubes) => cubes.map((cube) => rules.row(cube)));
}

/**
 * By split (each item, then the shared materials), the group of a selection's composed body: -1 where the
 * item does not apply. New groups take the current path (`choices`) as their first.
 */
function itemGroupsFor(
  plan: OutcomePlan,
  selection: Selection,
  splits: readonly Split[],
  byItemId: ReadonlyMap<string, number>,
  common: readonly string[],
  choices: Int32Array,
): Int32Array {
  const body = composeBody(plan, selection, composeNotices(plan, selection).withheld);
  const groups = new Int32Array(splits.length).fill(-1);
  const commonSet = new Set(common);
  body.steps.forEach((step, at) => {
    const k = byItemId.get(itemAt(plan, step.item).id);
    if (k !== undefined) groups[k] = groupOf(splits[k] as Split, viewOf(plan, body, at, commonSet), choices);
  });
  const first = splits.length - common.length;
  for (const m of body.materials) {
    const at = common.indexOf((plan.materials[m.material] as OutcomePlan['materials'][number]).id);
    if (at < 0) continue;
    const split = splits[first + at] as Split;
    groups[first + at] = groupOf(split, sharedView(plan, body, m), choices);
    for (const u of m.usedBy)
      split.users.add(itemAt(plan, (body.steps[u.step] as CompositionBody['steps'][number]).item).id);
  }
  return groups;
}

const itemAt = (plan: OutcomePlan, i: number) => (plan.items[i] as OutcomePlan['items'][number]).item;

/** What stands in for a merged material that is not submitted: the producing item, the licence or the department. */
function standIn(
  plan: OutcomePlan,
  body: CompositionBody,
  m: CompositionBody['materials'][number],
): Pick<ItemMaterial, 'producedBy' | 'waivedBy' | 'sharedBy'> {
  const { catalog } = plan.theme;
  if (m.producer >= 0) {
    const { id, name } = itemAt(plan, (body.steps[m.producer] as CompositionBody['steps'][number]).item);
    return { producedBy: { id, name } };
  }
  if (m.waiver !== undefined)
    return { waivedBy: { id: m.waiver, name: own(catalog.licences, m.waiver)?.name ?? m.waiver } };
  const sharing = (plan.materials[m.material] as OutcomePlan['materials'][number]).shared;
  if (m.status !== 'shared' || sharing === undefined) return {};
  const name = own(catalog.departments, sharing.department)?.name ?? sharing.department;
  return {
    sharedBy: {
      id: sharing.department,
      name,
      ...(sharing.system === undefined ? {} : { system: sharing.system }),
    },
  };
}

/** A merged material as a view lists it, with the form, copies, commitment (item ids) and note given. */
function materialOf(
  plan: OutcomePlan,
  body: CompositionBody,
  m: CompositionBody['materials'][number],
  use: Pick<ItemMaterial, 'form' | 'copies' | 'commitment' | 'note'>,
): ItemMaterial {
  const material = plan.materials[m.material] as OutcomePlan['materials'][number];
  return {
    id: material.id,
    name: material.name,
    form: use.form,
    copies: use.copies,
    status: m.status,
    ...standIn(plan, body, m),
    commitment: use.commitment,
    // 容缺受理 as the outcome says it: handed in, and no item needs it at acceptance.
    ...(m.status === 'submit' && m.usedBy.every((u) => u.deferrable) ? { deferrable: true as const } : {}),
    ...(use.note === undefined ? {} : { note: use.note }),
  };
}

/** Step `at` of a composed body as its department reviews it (see `ItemView`), shared materials left out. */
function viewOf(plan: OutcomePlan, body: CompositionBody, at: number, common: ReadonlySet<string>): ItemView {
  const step = body.steps[at] as CompositionBody['steps'][number];
  const item = itemAt(plan, step.item);
  const materials: ItemMaterial[] = [];
  for (const m of body.materials) {
    const use = m.usedBy.find((u) => u.step === at);
    if (use === undefined) continue;
    // A material several items ask for is reviewed once, in its own list (`sharedView`).
    if (common.has((plan.materials[m.material] as OutcomePlan['materials'][number]).id)) continue;
    materials.push(
      materialOf(plan, body, m, {
        form: use.form,
        copies: use.copies,
        commitment: use.commitment ? [item.id] : [],
        ...(use.note === undefined ? {} : { note: use.note }),
      }),
    );
  }
  const venue = step.presence === null ? undefined : own(plan.theme.catalog.venues, step.presence.venue);
  return {
    ...(step.days === undefined ? {} : { days: step.days }),
    ...(item.statutoryDays === undefined ? {} : { statutoryDays: item.statutoryDays }),
    ...(step.issuedWith < 0 ? {} : { issuedWith: itemAt(plan, step.issuedWith).name }),
    ...(step.fee === undefined ? {} : { fee: step.fee }),
    ...(step.presence === null ? {} : { venue: venue?.name ?? step.presence.venue }),
    delivery: step.delivery.map((option) => option.method),
    materials,
  };
}

/**
 * The materials that two items of one case may both ask for (under any condition): items that apply together
 * on some path (a walk of the summaries' item lists) and list the same material.
 */
function commonMaterials(plan: ThemePlan, itemIds: readonly string[], max: number): Set<string> {
  const materialsOf = new Map(
    itemIds.map((id) => [
      id,
      new Set((own(plan.theme.catalog.items, id)?.materials ?? []).map((u) => u.material)),
    ]),
  );
  const lists = new Set<readonly string[]>();
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const summarizer = new Summarizer(plan);
  for (let paths = 0; paths < max && walker.advance(); paths++) {
    const items = summarizer.summarize(walker.verdicts).items;
    if (items.length > 1) lists.add(items);
  }
  const common = new Set<string>();
  const pairs = new Set<string>();
  for (const items of lists) {
    for (let a = 0; a < items.length; a++)
      for (let b = a + 1; b < items.length; b++) {
        const pair = `${items[a]}\u0000${items[b]}`;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        const other = materialsOf.get(items[b] as string);
        for (const material of materialsOf.get(items[a] as string) ?? [])
          if (other?.has(material)) common.add(material);
      }
  }
  return common;
}

/**
 * A material that items of one case may share (`commonMaterials`) as the outcome merges it (the strongest
 * form, the most copies, its status), as a view of its own.
 */
function sharedView(
  plan: OutcomePlan,
  body: CompositionBody,
  m: CompositionBody['materials'][number],
): ItemView {
  // Which items use it, and which of them accept a commitment instead, follow from the items' situations:
  // the list gives them as a whole (`ItemSituations.usedBy`), so they split nothing here.
  const material = materialOf(plan, body, m, { form: m.form, copies: m.copies, commitment: [] });
  return { delivery: [], materials: [material] };
}

/** `enumerateItemSituations` of a theme, planned with the options. */
export function itemSituationsOf(
  theme: Parameters<typeof planTheme>[0],
  options: EnumerateOptions = {},
): ItemSituationList {
  return enumerateItemSituations(planTheme(theme, options), options);
}
