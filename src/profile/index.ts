export type { Derivation } from './derivations/index.js';
export { DERIVATIONS } from './derivations/index.js';
export type {
  Recommendation,
  RecommendationFact,
  RecommendationReason,
  RecommendOptions,
} from './recommend.js';
export { recommend } from './recommend.js';
