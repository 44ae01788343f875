import type { Delivery, DeliveryOption } from '../model/theme.js';
import { own } from '../util/own.js';
import type {
  BodyBase,
  ChosenDelivery,
  ComposedStep,
  CompositionBody,
  DeliveryEffect,
} from './composition.js';
import type { OutcomePlan } from './plan.js';

/** What choosing one delivery method gives a case: the chosen steps and fee, and the visits to collect. */
export interface MethodOutcome {
  readonly chosen: ChosenDelivery;
  readonly collections: readonly (readonly number[])[];
}

/** A step's 窗口领取 option: where and how its result is collected at the window; undefined when it has none. */
export function windowOption(step: ComposedStep): DeliveryOption | undefined {
  return step.delivery.find((o) => o.method === '窗口领取');
}

/**
 * Where a step's result is collected at the window (窗口领取): the venue its 窗口领取 option names, else the
 * venue of its presence, else its department (an item applied for online is still collected somewhere), or
 * null when none is known. A department stands for its own window: `collectionPlace` names it.
 */
export function collectionVenue(plan: OutcomePlan, step: ComposedStep): string | null {
  const option = windowOption(step);
  if (option?.venue !== undefined) return option.venue;
  if (step.presence !== null) return step.presence.venue;
  return (plan.items[step.item] as OutcomePlan['items'][number]).item.department ?? null;
}

/** The venue or department a collection visit goes to (see `collectionVenue`), as a visit names it. */
export function collectionPlace(
  plan: OutcomePlan,
  id: string,
): { readonly id: string; readonly name: string } | undefined {
  const { venues, departments } = plan.theme.catalog;
  const venue = own(venues, id);
  if (venue !== undefined) return undefined;
  const department = own(departments, id);
  return department === undefined ? undefined : { id, name: department.name };
}

/**
 * The outcome of choosing `method`: the steps that offer it and the fee it adds once (the highest of their
 * options' fees: results travel in one parcel); and the visits to collect results: each step that does not
 * offer the method but offers 窗口领取, or that offers it when it is 窗口领取, is collected at its
 * `collectionVenue`, grouped by the `visits` rule. So choosing 邮寄送达 or 立等可取 never adds a visit that
 * 窗口领取 would not.
 */
export function methodOutcome(
  plan: OutcomePlan,
  steps: readonly ComposedStep[],
  offered: readonly (readonly Delivery[])[],
  method: Delivery,
): MethodOutcome {
  const chosenSteps: number[] = [];
  let fee = 0;
  let note: string | undefined;
  const venues: (string | null)[] = new Array(steps.length);
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as ComposedStep;
    const option = optionFor(step, method);
    if (option !== undefined) {
      chosenSteps.push(s);
      if ((option.fee ?? 0) > fee) {
        fee = option.fee ?? 0;
        note = option.note;
      }
      // The note of a free option (邮费按资费自付) still says what the method costs.
      if (note === undefined && fee === 0) note = option.note;
    }
    const collected = option?.method ?? (offered[s]?.includes('窗口领取') ? '窗口领取' : undefined);
    venues[s] = collected === '窗口领取' ? collectionVenue(plan, step) : null;
  }
  return {
    chosen: { method, steps: chosenSteps, fee, note },
    collections: plan.rules.visits(venues),
  };
}

/** A step's option of `method`, if it offers one (the first). */
function optionFor(step: ComposedStep, method: Delivery): DeliveryOption | undefined {
  for (let o = 0; o < step.delivery.length; o++) {
    const option = step.delivery[o] as DeliveryOption;
    if (option.method === method) return option;
  }
  return undefined;
}

/**
 * The visits to collect results when the applicant chose no delivery (the theme asks none, or not on this
 * path): a step whose only way to hand over its result is 窗口领取 is collected at its `collectionVenue`,
 * grouped by the `visits` rule; a step that offers another way too leaves it to the applicant and adds none.
 */
export function unchosenCollections(
  plan: OutcomePlan,
  steps: readonly ComposedStep[],
  offered: readonly (readonly Delivery[])[],
): readonly (readonly number[])[] {
  let any = false;
  const venues: (string | null)[] = new Array(steps.length);
  for (let s = 0; s < steps.length; s++) {
    const methods = offered[s] as readonly Delivery[];
    const windowOnly = methods.length > 0 && methods.every((m) => m === '窗口领取');
    venues[s] = windowOnly ? collectionVenue(plan, steps[s] as ComposedStep) : null;
    if (windowOnly) any = true;
  }
  return any ? plan.rules.visits(venues) : NO_GROUPS;
}

/**
 * Every method of the theme's choice that some step offers, in the theme's order, with what choosing it adds
 * (`methodOutcome`): the same whichever of them was chosen, so the choice itself splits no situation.
 */
export function deliveryEffects(
  plan: OutcomePlan,
  steps: readonly ComposedStep[],
  offered: readonly (readonly Delivery[])[],
  known?: MethodOutcome,
): DeliveryEffect[] {
  const effects: DeliveryEffect[] = [];
  // Loops rather than a set and closures: bodies are given their effects by the thousand in an enumeration.
  const { choice } = plan;
  for (let c = 0; c < choice.length; c++) {
    const { method } = choice[c] as OutcomePlan['choice'][number];
    if (!firstOf(choice, c) || !offeredBySome(offered, method)) continue;
    const outcome =
      known !== undefined && method === known.chosen.method
        ? known
        : methodOutcome(plan, steps, offered, method);
    effects.push({
      method,
      fee: outcome.chosen.fee,
      note: outcome.chosen.note,
      collections: outcome.collections.length,
    });
  }
  return effects;
}

/** Whether choice c is the first of the choices with its method. */
function firstOf(choice: OutcomePlan['choice'], c: number): boolean {
  const { method } = choice[c] as OutcomePlan['choice'][number];
  for (let d = 0; d < c; d++)
    if ((choice[d] as OutcomePlan['choice'][number]).method === method) return false;
  return true;
}

/** Whether some step offers the method. */
function offeredBySome(offered: readonly (readonly Delivery[])[], method: Delivery): boolean {
  for (let s = 0; s < offered.length; s++)
    if ((offered[s] as readonly Delivery[]).includes(method)) return true;
  return false;
}

/**
 * The postage choosing `method` adds (its `ChosenDelivery.fee`), read from the effects of every method
 * (`deliveryEffects`): they list each method some step offers, and one that no step offers adds none.
 */
export function postageOf(effects: readonly DeliveryEffect[], method: Delivery): number {
  for (let e = 0; e < effects.length; e++) {
    const effect = effects[e] as DeliveryEffect;
    if (effect.method === method) return effect.fee;
  }
  return 0;
}

/** The total fee of a body (`fee` rule): the items' fees, then the postage of the chosen delivery once (if any). */
export function totalFee(
  plan: OutcomePlan,
  base: Pick<BodyBase, 'amounts'>,
  postage: number | undefined,
): number {
  return plan.rules.fee(postage === undefined ? base.amounts : [...base.amounts, postage]);
}

/**
 * A body from its base and the applicant's choice of delivery (`at`: an index in `plan.choice`, -1 for none):
 * without a choice, the visits to collect what only a window hands over (`unchosenCollections`); with one,
 * what choosing it gives (`methodOutcome`: the steps that offer it, the fee it adds once,
 * the visits to collect results) and what each method of the choice would add (`deliveryEffects`); the total
 * fee (`fee` rule) over the items' fees and that postage.
 */
export function chooseDelivery(
  plan: OutcomePlan,
  base: BodyBase,
  at: number,
  /** The base's `deliveryEffects`, when the caller has them (they do not depend on the choice). */
  effects?: readonly DeliveryEffect[],
): CompositionBody {
  const choice = at < 0 ? undefined : plan.choice[at];
  let chosen: ChosenDelivery | undefined;
  let collections: readonly (readonly number[])[];
  let choices = NO_EFFECTS;
  if (choice === undefined) collections = unchosenCollections(plan, base.steps, base.offered);
  else {
    const outcome = methodOutcome(plan, base.steps, base.offered, choice.method);
    chosen = outcome.chosen;
    collections = outcome.collections;
    choices = effects ?? deliveryEffects(plan, base.steps, base.offered, outcome);
  }
  return {
    steps: base.steps,
    materials: base.materials,
    dependsOn: base.dependsOn,
    timing: base.timing,
    criticalPath: base.criticalPath,
    days: base.days,
    // The postage of the chosen delivery is added once, after the items' fees.
    fee: { total: totalFee(plan, base, chosen?.fee), charged: base.charged },
    visits: base.visits,
    delivery: base.delivery,
    chosen,
    collections,
    choices,
    merge: base.merge,
  };
}

const NO_EFFECTS: readonly DeliveryEffect[] = Object.freeze([]);
const NO_GROUPS: readonly (readonly number[])[] = Object.freeze([]);
