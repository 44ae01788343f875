import type { NoticeKind } from '../model/theme.js';

/** A bit per notice kind: a missing kind is a type error. */
const KIND_BIT: Readonly<Record<NoticeKind, number>> = { info: 1, warning: 2, block: 4, 'not-needed': 8 };
const KINDS = Object.keys(KIND_BIT) as NoticeKind[];

/** How many bits `kindBit` uses: every mask of kinds is below `1 << NOTICE_KIND_BITS`. */
export const NOTICE_KIND_BITS = KINDS.length;

/** Every set of notice kinds, by mask: the sets the rules read, built once and frozen. */
const SETS: readonly ReadonlySet<NoticeKind>[] = Array.from({ length: 1 << KINDS.length }, (_, mask) => {
  const set = new Set(KINDS.filter((kind) => (mask & KIND_BIT[kind]) !== 0));
  return Object.freeze(set);
});

/** The bit of a notice kind, to collect the kinds that apply as a mask. */
export function kindBit(kind: NoticeKind): number {
  return KIND_BIT[kind];
}

/** The set of notice kinds a mask of `kindBit`s stands for. */
export function noticeKinds(mask: number): ReadonlySet<NoticeKind> {
  return SETS[mask] as ReadonlySet<NoticeKind>;
}
