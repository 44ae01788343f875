/** `ready`: items to do; `not-needed`: a notice says nothing is needed; `blocked`: a blocking notice applies. */
export type OutcomeStatus = 'ready' | 'not-needed' | 'blocked';

/**
 * How the applicant deals with a material after merging: prepares it (`submit`), or not, because another item
 * of the case passes it on (`passed-on`), it is a form generated from the merged form (`generated`), a licence
 * on file replaces it (`waived`), a department obtains it by data sharing (`shared`), or a clause of the one
 * commitment letter replaces it (`committed`).
 */
export type MaterialStatus = 'submit' | 'passed-on' | 'generated' | 'waived' | 'shared' | 'committed';
