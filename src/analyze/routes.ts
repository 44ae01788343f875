import type { Lang } from '../messages/index.js';
import type { CompiledTheme, Question } from '../model/theme.js';
import { optionLabel } from '../question-types/choice.js';
import { questionType } from '../question-types/index.js';
import type { QuestionnaireRoutes, Route } from '../render/mermaid-questionnaire.js';
import type { Choice } from './choices.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

/**
 * The questionnaire's routing graph from its real paths: along every case, an edge from each asked question
 * to the next one asked (from `start` to the first, from the last to the case's status), labelled with the
 * answer given. Edges with the same endpoints are one edge whose labels are the distinct answers, in the
 * order first met (depth-first, question and choice order): each option chosen in `lang`, or the case label of
 * another answer. At most `maxCases` cases (`truncated` then).
 */
export function questionnaireRoutes(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
  lang: Lang = 'zh',
): QuestionnaireRoutes {
  const max = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const summarizer = new Summarizer(plan);
  const edges = new Map<string, { from: string; to: string; labels: string[] }>();
  const add = (from: string, to: string, labels: readonly string[]) => {
    const key = `${from}\u0000${to}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { from, to, labels: [] };
      edges.set(key, edge);
    }
    for (const label of labels) if (label !== '' && !edge.labels.includes(label)) edge.labels.push(label);
  };
  // An answer in words: each option chosen (so that a multiple choice adds its options, not every subset),
  // or the case label of a yes/no, number or date answer in `lang`.
  const words = (question: Question, choice: Choice): string[] => {
    const type = questionType(question);
    const options = type.options(question);
    if (options.length === 0) return [lang === 'en' ? englishAnswer(question, choice) : choice.label];
    const chosen = new Set(Array.isArray(choice.value) ? (choice.value as string[]) : [String(choice.value)]);
    return options.filter((o) => chosen.has(o.id)).map((o) => optionLabel(o, lang));
  };
  let count = 0;
  let truncated = false;
  while (walker.advance()) {
    if (count >= max) {
      truncated = true;
      break;
    }
    count++;
    let from = 'start';
    let labels: readonly string[] = [];
    for (const step of walker.steps()) {
      const question = theme.questions[step.question] as Question;
      add(from, `question:${question.id}`, labels);
      from = `question:${question.id}`;
      labels = words(question, step.choice);
    }
    add(from, `end:${summarizer.summarize(walker.verdicts).status}`, labels);
  }
  const routes: Route[] = [...edges.values()];
  return { routes, truncated };
}

/**
 * A yes/no, number or date answer on an edge in English: its case label without the question's English text
 * that leads it ("yes", "150 m² or less"), since the edge leaves the question's node.
 */
function englishAnswer(question: Question, choice: Choice): string {
  const label = questionType(question).casePart(question, choice.value, 'en').label;
  const name = question.en;
  return name !== undefined && label.startsWith(name)
    ? label.slice(name.length).replace(/^[:\s]+/u, '')
    : label;
}
