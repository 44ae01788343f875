/** `ready`: items to do; `not-needed`: a notice says nothing is needed; `blocked`: a blocking notice applies. */
export type OutcomeStatus = 'ready' | 'not-needed' | 'blocked';

/** How the applicant deals with a material after merging. */
export type MaterialStatus = 'submit' | 'passed-on' | 'waived';
