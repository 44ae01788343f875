import type { Lang } from '../messages/index.js';
import type { CompiledTheme, Option, Question } from '../model/theme.js';
import { optionLabel } from '../question-types/choice.js';
import { questionType } from '../question-types/index.js';
import { isGuidance } from '../render/guidance.js';
import {
  NOTICE_END,
  type QuestionnaireRoutes,
  type Route,
  type RouteAnswer,
  whenText,
} from '../render/mermaid-questionnaire.js';
import type { Choice } from './choices.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { qualifyTargets, type RouteStep } from './route-qualifiers.js';
import { type LeafSummary, Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

/**
 * The questionnaire's routing graph from its real paths: along every case, an edge from each asked question
 * to the next one asked (from `start` to the first, from the last to the case's status), labelled with the
 * answer given. Edges with the same endpoints are one edge whose labels are the distinct answers, in the
 * order first met (depth-first, question and choice order): each option chosen in `lang`, or the case label of
 * another answer. Where one answer to a question leads to different next questions depending on earlier
 * answers, each of its edges qualifies it with the earlier answers that decide it (`answers[].when`, and
 * "香港（个人旅游（G），本市户籍）" in `labels`), so no answer is on two edges from one node. At most `maxCases`
 * cases (`truncated` then).
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
  const guidance = isGuidance(theme);
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
  // Every step taken with each answer at each question, with the path's earlier answers, to qualify answers
  // that lead to more than one next question.
  const taken = new Map<string, Map<string, RouteStep[]>>();
  const record = (
    from: string,
    to: string,
    labels: readonly string[],
    before: ReadonlyMap<string, string>,
  ) => {
    let byAnswer = taken.get(from);
    if (!byAnswer) {
      byAnswer = new Map();
      taken.set(from, byAnswer);
    }
    for (const label of labels) {
      const list = byAnswer.get(label);
      if (list) list.push({ to, before });
      else byAnswer.set(label, [{ to, before }]);
    }
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
    let before = new Map<string, string>();
    let earlier = before;
    for (const step of walker.steps()) {
      const question = theme.questions[step.question] as Question;
      add(from, `question:${question.id}`, labels);
      record(from, `question:${question.id}`, labels, earlier);
      earlier = before;
      from = `question:${question.id}`;
      labels = words(question, step.choice);
      before = new Map(before);
      for (const [key, word] of contextWords(question, step.choice, lang)) before.set(key, word);
    }
    const end = endOf(summarizer.summarize(walker.verdicts), guidance);
    add(from, end, labels);
    record(from, end, labels, earlier);
  }
  const order = new Map(theme.questions.flatMap((q, i) => contextKeys(q).map((key) => [key, i] as const)));
  const asks = new Map(theme.questions.flatMap((q) => contextKeys(q).map((key) => [key, q] as const)));
  const unasked = (key: string) => {
    const q = asks.get(key) as Question;
    const name = lang === 'en' ? (q.en ?? q.ask) : (q.short ?? q.ask);
    return lang === 'en' ? `${name} not asked` : `不问“${name}”`;
  };
  const routes: Route[] = [...edges.values()].map((edge) => {
    const byAnswer = taken.get(edge.from);
    const answers: RouteAnswer[] = edge.labels.map((answer) => {
      const steps = byAnswer?.get(answer) ?? [];
      if (new Set(steps.map((s) => s.to)).size < 2) return { answer };
      const target = qualifyTargets(steps, order, unasked).find((t) => t.to === edge.to);
      return target === undefined || target.when.length === 0 ? { answer } : { answer, when: target.when };
    });
    return { from: edge.from, to: edge.to, labels: answers.map((a) => answerText(a, lang)), answers };
  });
  return { routes, truncated };
}

/**
 * Where a case ends in the graph: its status (`end:ready`), or for a guidance theme (no items: its outcome is
 * its notices) the notices that answer the case (`end:notices:<id>+<id>`), so that the graph ends in the
 * answers a decision tree gives rather than in a procedure's status.
 */
function endOf(summary: LeafSummary, guidance: boolean): string {
  if (!guidance || summary.noticeIds.length === 0) return `end:${summary.status}`;
  return `${NOTICE_END}${summary.noticeIds.join('+')}`;
}

/** An answer as an edge's label: qualified with the earlier answers that decide it, where it needs them. */
export function answerText(answer: RouteAnswer, lang: Lang): string {
  return answer.when === undefined ? answer.answer : `${answer.answer}${whenText(answer.when, lang)}`;
}

/** The options of a question whose answer may hold several of them (a multiple choice), else none. */
function severalOptions(question: Question): readonly Option[] {
  const type = questionType(question);
  const options = type.options(question);
  return type.choicePerOption ? [] : options;
}

/**
 * The keys an answer qualifies later answers by: the question's id, or for a multiple choice one per option
 * (`id#option`), so that a later answer depends on options chosen, not on whole sets of them.
 */
function contextKeys(question: Question): string[] {
  const several = severalOptions(question);
  return several.length === 0 ? [question.id] : several.map((o) => `${question.id}#${o.id}`);
}

/**
 * An earlier answer as it qualifies a later one, by `contextKeys`: an option's short label, else the answer's
 * words; each option of a multiple choice chosen ("散装食品") or not ("未选散装食品").
 */
function contextWords(question: Question, choice: Choice, lang: Lang): [string, string][] {
  const en = lang === 'en';
  const word = (o: Option) => (en ? optionLabel(o, lang) : (o.short ?? o.label));
  const chosen = new Set(Array.isArray(choice.value) ? (choice.value as string[]) : [String(choice.value)]);
  const several = severalOptions(question);
  if (several.length > 0)
    return several.map((o) => [
      `${question.id}#${o.id}`,
      chosen.has(o.id) ? word(o) : en ? `not ${word(o)}` : `未选${word(o)}`,
    ]);
  const options = questionType(question).options(question);
  if (options.length === 0) return [[question.id, en ? englishAnswer(question, choice) : choice.label]];
  const words = options.filter((o) => chosen.has(o.id)).map(word);
  return [[question.id, words.join('+')]];
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
