import type { MaterialStatus } from '../model/outcome.js';

/** What decides how a merged material is dealt with in a case. */
export interface DispositionInputs {
  /** How many items of the case use it, and how many of them receive it from another item of the case. */
  readonly users: number;
  readonly receiving: number;
  /** It is a form (`fill`): generated from the case's merged form. */
  readonly generated: boolean;
  /** A valid licence of its kind is on file (电子证照). */
  readonly licence: boolean;
  /** Its data sharing applies in the case (部门间数据共享). */
  readonly shared: boolean;
  /** It has a commitment clause and every item using it accepts the commitment (告知承诺). */
  readonly committed: boolean;
}

/**
 * How a merged material is dealt with, first that holds: `passed-on` when every item using it receives it
 * from another item of the case; `generated` when it is a form (一表申请); `waived` when a licence on file
 * replaces it; `shared` when a department obtains it by data sharing; `committed` when it becomes a clause of
 * the case's one commitment letter; else the applicant prepares it (`submit`). The analysis and `outcome()`
 * decide with this one function.
 */
export function dispositionOf(inputs: DispositionInputs): MaterialStatus {
  if (inputs.users > 0 && inputs.receiving === inputs.users) return 'passed-on';
  if (inputs.generated) return 'generated';
  if (inputs.licence) return 'waived';
  if (inputs.shared) return 'shared';
  if (inputs.committed) return 'committed';
  return 'submit';
}
