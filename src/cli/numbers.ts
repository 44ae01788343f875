import type { Lang } from '../messages/index.js';
import { t } from './format/style.js';
import { UsageError } from './io.js';

/** A whole-number option ≥ 0 (`all` / `Infinity` for no limit), the default when absent; usage error otherwise. */
export function wholeNumberInput(value: unknown, flag: string, fallback: number, lang: Lang): number {
  if (value === undefined) return fallback;
  const text = String(value);
  if (text === 'all' || text === 'Infinity') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(text))
    throw new UsageError(
      t(
        lang,
        `${flag} 需要非负整数或 all（得到“${text}”）`,
        `${flag} needs a whole number or all (got "${text}")`,
      ),
    );
  return Number(text);
}
