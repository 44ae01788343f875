export { caseOf } from './case.js';
export { checklist } from './checklist.js';
export type { BaseFacts, FactSource, Missing, Rules } from './environment.js';
export { baseFacts, factLabel, rulesFor } from './environment.js';
export { restore, serialize } from './persist.js';
export { answer, back, change, next, sameValue, start } from './transitions.js';
export type { QuestionState, Walk } from './walk.js';
export { walk } from './walk.js';
