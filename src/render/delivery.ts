import { type DeliveryEffectWords, deliveryEffectText, type Lang } from '../messages/index.js';
import type { Outcome } from '../model/outcome.js';

/**
 * How the results of a case reach the applicant, one line per method (`deliveryEffectText`): once the applicant
 * has chosen, only the chosen method, with what it costs and the visits to collect it saves; before a choice, or
 * when the theme asks none, each method some item offers, with its fee and note (the highest fee, and its note,
 * as the chosen method's postage is counted). Empty when no item delivers anything.
 */
export function deliveryLines(outcome: Outcome, lang: Lang): string[] {
  const { chosenDelivery: chosen, deliveryChoices: choices = [] } = outcome.totals;
  if (chosen !== undefined) {
    const effect = choices.find((c) => c.method === chosen.method);
    const most = Math.max(0, ...choices.map((c) => c.visits));
    const words: DeliveryEffectWords = {
      method: chosen.method,
      fee: chosen.fee,
      chosen: true,
      ...(effect === undefined ? {} : { visits: effect.visits, saves: most - effect.visits }),
      ...(chosen.note === undefined ? {} : { note: chosen.note }),
    };
    return [deliveryEffectText(words, lang)];
  }
  return outcome.totals.delivery.map((method) => {
    let fee = 0;
    let note: string | undefined;
    for (const item of outcome.items)
      for (const detail of item.deliveryDetails ?? []) {
        if (detail.method !== method) continue;
        if ((detail.fee ?? 0) > fee) {
          fee = detail.fee ?? 0;
          note = detail.note;
        }
        if (note === undefined && fee === 0) note = detail.note;
      }
    return deliveryEffectText({ method, fee, ...(note === undefined ? {} : { note }) }, lang);
  });
}
