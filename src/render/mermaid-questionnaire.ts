import type { Lang } from '../messages/index.js';
import type { Condition } from '../model/condition.js';
import type { CompiledTheme } from '../model/theme.js';
import { conditionText } from '../outcome/condition-text.js';
import { factsRead } from '../rules/facts-read.js';
import { factLabel } from '../session/environment.js';
import { mermaidId, mermaidLabel } from './escape.js';
import { NOTICE_LABELS } from './labels.js';

const START = 'start_node';

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
  for (const q of theme.questions) lines.push(`  ${mermaidId('q', q.id)}{${mermaidLabel(q.ask)}}`);
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
  for (const n of theme.notices)
    lines.push(
      `  ${mermaidId('x', n.id)}>${mermaidLabel(`${NOTICE_LABELS[n.kind][lang]}${colon}${n.text}`)}]`,
    );
  lines.push(...edges);
  const stopping = theme.notices.filter((n) => n.kind === 'block' || n.kind === 'not-needed');
  if (stopping.length > 0) {
    lines.push('  classDef stop stroke-dasharray:4 2,stroke-width:2px');
    lines.push(`  class ${stopping.map((n) => mermaidId('x', n.id)).join(',')} stop`);
  }
  return `${lines.join('\n')}\n`;
}
