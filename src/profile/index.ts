export type {
  Recommendation,
  RecommendationFact,
  RecommendationReason,
  RecommendOptions,
} from './recommend.js';
export { recommend } from './recommend.js';
