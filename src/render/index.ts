/** Rendering outcomes and themes for people: a Markdown 办事指南 and Mermaid graphs. Pure, deterministic. */

export { FIELD_SOURCE_LABELS, fieldValueText, formLines } from './form.js';
export type { Bilingual } from './labels.js';
export { displayAnswer, NOTICE_LABELS, optionLabel, STATUS_LABELS } from './labels.js';
export { markdownGuide } from './markdown.js';
export { materialStatusText, mergeSentence } from './merge-sentence.js';
export {
  mermaidQuestionnaire,
  mermaidRoutes,
  type QuestionnaireRoutes,
  type Route,
} from './mermaid-questionnaire.js';
export { mermaidWorkflow } from './mermaid-workflow.js';
