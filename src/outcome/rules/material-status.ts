import type { MaterialStatusInputs } from '../../model/outcome-rules.js';
import type { MaterialStatus } from '../../model/statuses.js';

/**
 * How a merged material is dealt with, the first that holds: `passed-on` when every item using it receives it
 * from another item of the case; `generated` when it is a form filled in from the case's merged form (一表申请);
 * `waived` when a licence on file replaces it; `shared` when a department obtains it by data sharing;
 * `committed` when it becomes a clause of the case's one commitment letter (告知承诺); else the applicant
 * prepares it (`submit`). Passed-on wins over the rest: what the flow produces is not asked of anyone.
 */
export function passedOnGeneratedWaivedSharedCommitted(inputs: MaterialStatusInputs): MaterialStatus {
  if (inputs.users > 0 && inputs.receiving === inputs.users) return 'passed-on';
  if (inputs.generated) return 'generated';
  if (inputs.waiver !== undefined) return 'waived';
  if (inputs.shared) return 'shared';
  if (inputs.committed) return 'committed';
  return 'submit';
}
