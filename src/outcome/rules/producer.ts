/**
 * Passed on within the flow (流程内传递): an item that uses a material receives it from the first item of the
 * case, in the theme's order, other than itself that produces it. An item that uses what it produces itself
 * (a renewal hands in the old permit) gets it from no one.
 */
export function firstOtherProducer(
  user: number,
  producers: readonly number[],
  applies: (item: number) => boolean,
): number {
  for (let p = 0; p < producers.length; p++) {
    const item = producers[p] as number;
    if (item !== user && applies(item)) return item;
  }
  return -1;
}
