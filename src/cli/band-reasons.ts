import type { Outcome, Reason } from '../model/outcome.js';
import type { AnswerValue, Session } from '../model/session.js';
import type { Question } from '../model/theme.js';
import { questionType } from '../question-types/index.js';

/**
 * The ids of questions answered on the command line by a case-key part such as a band (`age=lt16`) rather than
 * a value: the session holds one answer of the band, which stands for the whole band.
 */
export function bandedIds(
  questions: readonly Question[],
  given: ReadonlyMap<string, unknown>,
  today: string,
): Set<string> {
  const banded = new Set<string>();
  for (const q of questions) {
    const text = given.get(q.id);
    if (typeof text !== 'string') continue;
    const type = questionType(q);
    if (type.accept(q, type.fromText(q, text), today).ok) continue;
    if (type.decode(q, text.trim(), today) !== undefined) banded.add(q.id);
  }
  return banded;
}

/**
 * The outcome with its reasons naming the band of each banded answer ("年龄不满16周岁") where they would name
 * the answer standing for it ("年龄 0周岁"): the citizen gave the band, not that value.
 */
export function bandReasons(result: Outcome, session: Session, banded: ReadonlySet<string>): Outcome {
  const swaps: [string, string][] = [];
  for (const id of banded) {
    const q = session.theme.questions.find((x) => x.id === id);
    const stored = session.answers[id];
    if (q === undefined || stored === undefined) continue;
    const type = questionType(q);
    const value = stored.value as AnswerValue;
    for (const lang of ['zh', 'en'] as const) {
      const band = type.casePart(q, value, lang).label;
      if (band !== '') swaps.push([type.said(q, value, lang), band]);
    }
  }
  if (swaps.length === 0) return result;
  const swap = (text: string) => swaps.reduce((out, [from, to]) => out.split(from).join(to), text);
  const reason = (r: Reason): Reason => ({ ...r, plain: { zh: swap(r.plain.zh), en: swap(r.plain.en) } });
  return {
    ...result,
    notices: result.notices.map((n) => ({ ...n, reason: reason(n.reason) })),
    items: result.items.map((i) => ({ ...i, reason: reason(i.reason) })),
    materials: result.materials.map((m) => ({ ...m, reason: reason(m.reason) })),
  };
}
