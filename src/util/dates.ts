/** Parses `YYYY-MM-DD` into [year, month, day], or undefined if it is not a real calendar date. */
export function parseDate(value: unknown): [number, number, number] | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return [y, m, d];
}

/** Days from `a` to `b` (positive when b is later); both `YYYY-MM-DD`. */
export function daysBetween(a: [number, number, number], b: [number, number, number]): number {
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
}

/** Whole years from `birth` to `on`, as an age is counted (周岁). */
export function wholeYears(birth: [number, number, number], on: [number, number, number]): number {
  const years = on[0] - birth[0];
  const beforeBirthday = on[1] < birth[1] || (on[1] === birth[1] && on[2] < birth[2]);
  return beforeBirthday ? years - 1 : years;
}

/** `YYYY-MM-DD` of a [year, month, day]. */
export function formatDate([y, m, d]: [number, number, number]): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date `amount` days, months or years after `from` (negative amounts go back); months clamp to the end. */
export function addToDate(from: [number, number, number], amount: number, unit: 'd' | 'm' | 'y'): string {
  const [y, m, d] = from;
  if (unit === 'd') {
    const date = new Date(Date.UTC(y, m - 1, d + amount));
    return formatDate([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
  }
  const months = unit === 'y' ? amount * 12 : amount;
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatDate([year, month, Math.min(d, last)]);
}
