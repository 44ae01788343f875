import type { MaterialStatus } from '../../model/outcome.js';

/**
 * A merged material is `passed-on` when every item using it receives it from another item of the case; else
 * `waived` when a licence on file replaces it; else the applicant hands it in (`submit`). Passed-on wins over
 * waived. A commitment (告知承诺) does not change the status: the applicant chooses.
 */
export function passedOnWaivedOrSubmitted(
  users: number,
  receiving: number,
  waiver: string | undefined,
): MaterialStatus {
  if (users > 0 && receiving === users) return 'passed-on';
  return waiver === undefined ? 'submit' : 'waived';
}
