import type { OutcomeRules } from '../../model/outcome-rules.js';
import { everyUseAccepts } from './commitment.js';
import { mostCopies } from './copies.js';
import { longestChain } from './critical-path.js';
import { unionInFixedOrder } from './delivery.js';
import { sumInFen } from './fee.js';
import { strongerForm } from './form.js';
import { passedOnGeneratedWaivedSharedCommitted } from './material-status.js';
import { firstOtherProducer } from './producer.js';
import { earliestTimes } from './schedule.js';
import { status } from './status.js';
import { onePerVenue } from './visits.js';
import { licenceOnFile } from './waiver.js';
import { withholds } from './withholds.js';

export { FORM_RANK, strongerForm } from './form.js';

/**
 * The outcome rules tongban applies (docs/outcomes.md explains each): one file per rule. A portal changes a
 * policy by passing `{ ...defaultOutcomeRules, copies: … }` as `rules` to `start` and to the analysis.
 */
export const defaultOutcomeRules: OutcomeRules = Object.freeze({
  withholds,
  status,
  form: strongerForm,
  copies: mostCopies,
  commitment: everyUseAccepts,
  producer: firstOtherProducer,
  waiver: licenceOnFile,
  materialStatus: passedOnGeneratedWaivedSharedCommitted,
  schedule: earliestTimes,
  criticalPath: longestChain,
  fee: sumInFen,
  visits: onePerVenue,
  delivery: unionInFixedOrder,
});
