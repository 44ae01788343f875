// A module of its own, free of imports: the command line's help texts quote it without loading the analysis.

/** The default `maxCases`. */
export const DEFAULT_MAX_CASES = 100_000;
