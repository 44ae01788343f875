import type { Lang } from '../messages/index.js';
import type { Condition } from '../model/condition.js';
import type { CompiledTheme, NoticeKind } from '../model/theme.js';
import { conditionText } from '../outcome/condition-text.js';
import { factsRead } from '../rules/facts-read.js';
import { factLabel } from '../session/environment.js';
import { mermaidId, mermaidLabel } from './escape.js';
import { guidanceShowsKind, isGuidance } from './guidance.js';
import { NOTICE_LABELS, STATUS_LABELS } from './labels.js';

const START = 'start_node';
/** The prefix of an end node that is a guidance theme's answer: the ids of the notices that apply, joined by "+". */
export const NOTICE_END = 'end:notices:';

/**
 * An answer that leads along an edge; `when` (alternatives of earlier answers that hold together) when the same
 * answer leads elsewhere after other earlier answers.
 */
export interface RouteAnswer {
  readonly answer: string;
  /** Alternatives, each a conjunction of earlier questions' answers (any of each question's answers will do). */
  readonly when?: readonly (readonly (readonly string[])[])[];
}

/**
 * One edge of a routing graph: between `start`, `question:<id>` and `end:<status>` nodes (or, in a guidance
 * theme, `end:notices:<id>+<id>`: the notices that answer the case), with its answers.
 */
export interface Route {
  readonly from: string;
  readonly to: string;
  /**
   * The answers that lead along it (plain words, each qualified by its `when` where it has one), empty from the
   * start; no label is on two edges leaving one node.
   */
  readonly labels: readonly string[];
  /** The same answers with their qualifiers apart (absent in routes built before qualifiers existed). */
  readonly answers?: readonly RouteAnswer[];
}

/** The routes of a questionnaire along its real paths (see `questionnaireRoutes` in the analysis). */
export interface QuestionnaireRoutes {
  readonly routes: readonly Route[];
  /** Whether the paths were cut short (the graph then shows only the paths walked). */
  readonly truncated: boolean;
}

/**
 * The questionnaire as a Mermaid routing graph (`flowchart TD`): one diamond per question asked on some path,
 * one node per status cases end in (in a guidance theme, per answer: the texts of the notices that apply), and one edge per pair of nodes that follow each other on some path,
 * labelled with the answers that lead along it (joined by " / "); answers that need the earlier answers that
 * decide where they lead are grouped by those ("香港 / 香港和澳门（团队旅游（L））"), groups joined by "；"; after an
 * answer that ends in a bracket of its own, the qualifier starts a new line. Deterministic for the same routes.
 */
export function mermaidRoutes(theme: CompiledTheme, routes: QuestionnaireRoutes, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const asks = new Map(theme.questions.map((q) => [`question:${q.id}`, q]));
  const nodeOf = (node: string): string => {
    if (node === 'start') return START;
    const question = asks.get(node);
    if (question) return mermaidId('q', question.id);
    if (node.startsWith(NOTICE_END)) return mermaidId('answer', node.slice(NOTICE_END.length));
    return mermaidId('end', node.slice('end:'.length));
  };
  const used = new Set(routes.routes.flatMap((r) => [r.from, r.to]));
  const noticeText = new Map(theme.notices.map((n) => [n.id, zh ? n.text : (n.en ?? n.text)]));
  const lines = ['flowchart TD', `  ${START}([${mermaidLabel(zh ? '开始' : 'Start')}])`];
  for (const q of theme.questions)
    if (used.has(`question:${q.id}`))
      lines.push(`  ${mermaidId('q', q.id)}{${mermaidLabel(zh ? q.ask : (q.en ?? q.ask))}}`);
  for (const status of Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[])
    if (used.has(`end:${status}`))
      lines.push(`  ${mermaidId('end', status)}([${mermaidLabel(STATUS_LABELS[status][lang])}])`);
  // A guidance theme's answers, in the order the routes first reach them.
  for (const node of used)
    if (node.startsWith(NOTICE_END)) {
      const texts = node
        .slice(NOTICE_END.length)
        .split('+')
        .map((id) => noticeText.get(id) ?? id);
      lines.push(`  ${nodeOf(node)}([${mermaidLabel(...texts)}])`);
    }
  for (const route of routes.routes) {
    const label = edgeLabel(route, lang);
    const arrow = label.length === 0 ? '-->' : `-->|${mermaidLabel(...label)}|`;
    lines.push(`  ${nodeOf(route.from)} ${arrow} ${nodeOf(route.to)}`);
  }
  if (routes.truncated)
    lines.push(`  %% ${zh ? '情形过多，只画出了部分路径' : 'too many cases: only some paths are drawn'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * An edge's label as lines: plain answers joined by " / ", then each group of answers that share their
 * qualifier, groups joined by "；". Where the answers end in a bracket of their own ("工作（技术）"), the qualifier
 * goes on a line of its own, so that it cannot be read as part of the last answer; then each group has its own
 * lines. No lines: no label.
 */
function edgeLabel(route: Route, lang: Lang): string[] {
  if (route.answers === undefined || route.answers.every((a) => a.when === undefined))
    return route.labels.length === 0 ? [] : [route.labels.join(' / ')];
  const plain: string[] = [];
  const groups = new Map<string, string[]>();
  for (const a of route.answers) {
    if (a.when === undefined) {
      plain.push(a.answer);
      continue;
    }
    const key = whenText(a.when, lang);
    const group = groups.get(key);
    if (group) group.push(a.answer);
    else groups.set(key, [a.answer]);
  }
  const parts: string[][] = plain.length > 0 ? [[plain.join(' / ')]] : [];
  for (const [when, answers] of groups) {
    const said = answers.join(' / ');
    parts.push(endsInBracket(said) ? [said, when.trimStart()] : [`${said}${when}`]);
  }
  const separator = lang === 'en' ? ';' : '；';
  if (parts.every((p) => p.length === 1)) return [parts.map((p) => p[0]).join(lang === 'en' ? '; ' : '；')];
  // Each group on lines of its own, the separator ending all but the last.
  return parts.flatMap((lines, i) =>
    i === parts.length - 1 ? lines : [...lines.slice(0, -1), `${lines[lines.length - 1]}${separator}`],
  );
}

/** Whether a text ends in a closing bracket, so that a bracketed qualifier right after it would run into it. */
const endsInBracket = (text: string): boolean => /[）)\]】]$/u.test(text);

/**
 * The earlier answers that decide an answer's target, in brackets: alternatives joined by "；或" (a reader
 * cannot guess what a bare "；" means), the answers of different questions that hold together by "，", a
 * question's answers any of which will do by "或": "（首次申领或换发；或再次签注，备案人员）",
 * " (first or renewal; or again, and filed)".
 */
export function whenText(when: NonNullable<RouteAnswer['when']>, lang: Lang): string {
  const en = lang === 'en';
  const text = when
    .map((all) => all.map((values) => values.join(en ? ' or ' : '或')).join(en ? ', and ' : '，'))
    .join(en ? '; or ' : '；或');
  return en ? ` (${text})` : `（${text}）`;
}

/**
 * The questionnaire as a Mermaid decision graph (`flowchart TD`): questions are diamonds, items and notices
 * are leaves, and profile facts the rules read are cylinders. An arrow leads from each fact a condition
 * reads to what the condition decides (a later question, an item, a notice), labelled with the condition
 * in `lang` (theme texts stay as written); what has no condition hangs off the start node; a dotted arrow
 * shows a prefill. Deterministic.
 */
export function mermaidQuestionnaire(theme: CompiledTheme, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const questions = new Set(theme.questions.map((q) => q.id));
  const factNodes: string[] = [];
  const nodeOf = (fact: string) => {
    if (questions.has(fact)) return mermaidId('q', fact);
    if (!factNodes.includes(fact)) factNodes.push(fact);
    return mermaidId('f', fact);
  };
  const edges: string[] = [];
  const decide = (target: string, condition: Condition | undefined, always: string) => {
    if (condition === undefined) {
      edges.push(
        always === '' ? `  ${START} --> ${target}` : `  ${START} -->|${mermaidLabel(always)}| ${target}`,
      );
      return;
    }
    const text = mermaidLabel(conditionText(condition, theme, lang));
    const sources = [...factsRead(condition, theme.conditions, 'skip')].map(nodeOf);
    // A condition that reads nothing (an empty `all`) always holds.
    if (sources.length === 0) edges.push(`  ${START} -->|${text}| ${target}`);
    for (const source of sources) edges.push(`  ${source} -->|${text}| ${target}`);
  };
  for (const question of theme.questions) {
    const target = mermaidId('q', question.id);
    if (question.prefill !== undefined)
      edges.push(`  ${nodeOf(question.prefill)} -.->|${mermaidLabel(zh ? '预填' : 'prefilled')}| ${target}`);
    decide(target, question.when, '');
  }
  const always = zh ? '始终' : 'always';
  for (const entry of theme.items) decide(mermaidId('i', entry.item), entry.when, always);
  for (const notice of theme.notices) decide(mermaidId('x', notice.id), notice.when, always);

  const lines = ['flowchart TD', `  ${START}([${mermaidLabel(zh ? '开始' : 'Start')}])`];
  for (const q of theme.questions)
    lines.push(`  ${mermaidId('q', q.id)}{${mermaidLabel(zh ? q.ask : (q.en ?? q.ask))}}`);
  for (const fact of factNodes)
    lines.push(
      `  ${mermaidId('f', fact)}[(${mermaidLabel(`${zh ? '档案' : 'Profile'}${colon}${factLabel(theme, fact)}`)})]`,
    );
  for (const entry of theme.items) {
    const name = theme.catalog.items[entry.item]?.name ?? entry.item;
    lines.push(
      `  ${mermaidId('i', entry.item)}[[${mermaidLabel(`${zh ? '事项' : 'Item'}${colon}${name}`)}]]`,
    );
  }
  // A guidance theme's notices are its answers: their kind is said only for a warning or a refusal.
  const kindSaid = (kind: NoticeKind) => !isGuidance(theme) || guidanceShowsKind(kind);
  for (const n of theme.notices) {
    const said = kindSaid(n.kind) ? `${NOTICE_LABELS[n.kind][lang]}${colon}${n.text}` : n.text;
    lines.push(`  ${mermaidId('x', n.id)}>${mermaidLabel(said)}]`);
  }
  lines.push(...edges);
  const stopping = theme.notices.filter((n) => n.kind === 'block' || n.kind === 'not-needed');
  if (stopping.length > 0) {
    lines.push('  classDef stop stroke-dasharray:4 2,stroke-width:2px');
    lines.push(`  class ${stopping.map((n) => mermaidId('x', n.id)).join(',')} stop`);
  }
  return `${lines.join('\n')}\n`;
}
