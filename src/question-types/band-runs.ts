import { BAND_WORDS, unitIn } from '../messages/band-words.js';
import type { Question } from '../model/theme.js';
import { answerType } from './answers.js';
import { type Band, bandLabel, bandOf } from './bands.js';
import { bandCaseLabel } from './types.js';

/** Whether band `b` starts where band `a` ends, with nothing between them ("不满60" then "60以上"). */
const meets = (a: Band, b: Band) =>
  a.upper !== undefined &&
  b.lower !== undefined &&
  a.upper.value === b.lower.value &&
  a.upper.inclusive !== b.lower.inclusive;

/** Orders bands from the lowest: an open lower bound first, then by the lower bound. */
function ascending(a: Band, b: Band): number {
  if (a.lower === undefined || b.lower === undefined) return a.lower === undefined ? -1 : 1;
  if (a.lower.value === b.lower.value)
    return a.lower.inclusive === b.lower.inclusive ? 0 : a.lower.inclusive ? -1 : 1;
  return a.lower.value < b.lower.value ? -1 : 1;
}

/**
 * The labels of a number or date question's band keys with adjacent bands joined into one range ("年龄16至59周岁"
 * and "年龄60周岁以上" read "年龄16周岁以上"); undefined when no two of them meet, or when the question has no bands
 * or a key is no band of it: then each answer keeps its own label.
 */
export function joinedBandLabels(
  question: Question,
  keys: readonly string[],
  lang: 'zh' | 'en',
): string[] | undefined {
  if ((question.type !== 'number' && question.type !== 'date') || keys.length < 2) return undefined;
  const bands: Band[] = [];
  for (const key of keys) {
    const value = answerType(question).decode(question, key, undefined);
    if (typeof value !== 'number' && typeof value !== 'string') return undefined;
    bands.push(bandOf(question.cuts, value));
  }
  bands.sort(ascending);
  const runs: Band[] = [];
  for (const band of bands) {
    const last = runs.at(-1);
    // The run keeps its lower bound and takes the upper bound of the band that meets it (open if it has none).
    if (last !== undefined && meets(last, band))
      runs[runs.length - 1] = {
        ...(last.lower ? { lower: last.lower } : {}),
        ...(band.upper ? { upper: band.upper } : {}),
      };
    else runs.push(band);
  }
  // A run with no bound at all would say nothing: the cell is better read as it was.
  if (runs.length === bands.length || runs.some((r) => r.lower === undefined && r.upper === undefined))
    return undefined;
  return runs.map((band) => {
    const text =
      question.type === 'number'
        ? bandLabel(
            band,
            BAND_WORDS.number[lang],
            unitIn(question.unit ?? '', lang),
            question.integer === true,
          )
        : bandLabel(band, BAND_WORDS.date[lang]);
    return bandCaseLabel(question, text, lang);
  });
}
