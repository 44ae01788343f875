import { TongbanError } from '../errors.js';
import { parseDate } from '../util/dates.js';

/** `today` as given when it is a real `YYYY-MM-DD` date; throws TongbanError otherwise. */
export function checkToday(today: string): string {
  if (!parseDate(today)) throw new TongbanError('invalid-today', { value: String(today) });
  return today;
}
