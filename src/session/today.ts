import { TongbanError } from '../errors.js';
import { parseDate } from '../util/dates.js';
import { describeValue } from '../util/quote.js';

/** `today` as given when it is a real `YYYY-MM-DD` date; throws TongbanError otherwise. */
export function checkToday(today: string): string {
  if (typeof today !== 'string' || !parseDate(today))
    throw new TongbanError('invalid-today', describeValue(today));
  return today;
}
