import type { CompiledTheme } from '../model/theme.js';
import type { QuestionnaireRoutes, Route } from '../render/mermaid-questionnaire.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

/**
 * The questionnaire's routing graph from its real paths: along every case, an edge from each asked question
 * to the next one asked (from `start` to the first, from the last to the case's status), labelled with the
 * answer given. Edges with the same endpoints are one edge whose labels are the distinct answers, in the
 * order first met (depth-first, question and choice order). At most `maxCases` cases (`truncated` then).
 */
export function questionnaireRoutes(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
): QuestionnaireRoutes {
  const max = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const summarizer = new Summarizer(plan);
  const edges = new Map<string, { from: string; to: string; labels: string[] }>();
  const add = (from: string, to: string, label: string) => {
    const key = `${from}\u0000${to}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { from, to, labels: [] };
      edges.set(key, edge);
    }
    if (label !== '' && !edge.labels.includes(label)) edge.labels.push(label);
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
    let label = '';
    for (const step of walker.steps()) {
      const id = (plan.questions[step.question] as { id: string }).id;
      add(from, `question:${id}`, label);
      from = `question:${id}`;
      label = step.choice.label;
    }
    add(from, `end:${summarizer.summarize(walker.verdicts).status}`, label);
  }
  const routes: Route[] = [...edges.values()];
  return { routes, truncated };
}
