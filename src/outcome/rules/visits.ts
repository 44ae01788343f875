/**
 * One visit per venue (一次跑动): the steps that need presence, grouped by venue however many happen there,
 * in order of first visit.
 */
export function onePerVenue(venues: readonly (string | null)[]): number[][] {
  const seen: string[] = [];
  const groups: number[][] = [];
  for (let step = 0; step < venues.length; step++) {
    const venue = venues[step];
    if (venue === null || venue === undefined) continue;
    const at = seen.indexOf(venue);
    if (at >= 0) (groups[at] as number[]).push(step);
    else {
      seen.push(venue);
      groups.push([step]);
    }
  }
  return groups;
}
