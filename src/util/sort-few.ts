/**
 * Sorts `items` in place, stably, as `Array.prototype.sort` would: a few items by insertion, with no work
 * array (rows of a situation are sorted by the thousand, most of them one or two).
 */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 8) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
  return items;
}
