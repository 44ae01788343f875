import type { Lang } from '../messages/index.js';
import { t } from './format/style.js';
import { type CliIO, UsageError, widthOf } from './io.js';

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

/** The narrowest `--width`: narrower, a decision table with its columns of figures cannot be read. */
export const MIN_WIDTH = 60;

/**
 * `--width N`: the display columns a table wraps within, as on a terminal of N columns; absent, the terminal's
 * own width when stdout is one, else none (a pipe keeps each row on one line). `COLUMNS` is never read: an
 * exported one in CI would change what a pipe gets. A usage error unless N is a whole number ≥ `MIN_WIDTH`.
 */
export function widthInput(value: unknown, io: CliIO, lang: Lang): number | undefined {
  if (value === undefined) return widthOf(io);
  const text = String(value);
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < MIN_WIDTH)
    throw new UsageError(
      t(
        lang,
        `--width 需要不小于 ${MIN_WIDTH} 的整数（显示列数，得到“${text}”）`,
        `--width needs a whole number of at least ${MIN_WIDTH} (display columns; got "${text}")`,
      ),
    );
  return n;
}
