/**
 * `tongban/render`: documents rendered from outcomes and themes, for people: a Markdown 办事指南, Mermaid
 * graphs, and the merged form as plain lines or as a JSON Schema for form libraries. Pure, deterministic. What a portal shows on every page (answer
 * and status labels, the merge sentence, field values) is in the runtime entry `tongban`.
 */

export { type FormSchemaInfo, formSchema, prefilledData } from '../forms/schema.js';
export { formLines } from './form.js';
export { guidanceNoticeText, guidanceShowsKind, isGuidance } from './guidance.js';
export { markdownGuide } from './markdown.js';
export {
  mermaidQuestionnaire,
  mermaidRoutes,
  type QuestionnaireRoutes,
  type Route,
  type RouteAnswer,
} from './mermaid-questionnaire.js';
export { mermaidWorkflow } from './mermaid-workflow.js';
