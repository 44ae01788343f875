/** What the dev page says in its own words: answers let go after a save or a profile switch. */
import { type CompiledTheme, type DroppedAnswer, displayAnswer } from '../../index.js';

/** A message shown above the questionnaire until the next step. `id` names it for tests. */
export interface Note {
  readonly id: 'dropped' | 'restored' | 'profile' | 'unrestorable';
  readonly text: string;
}

const REASONS: Readonly<Record<DroppedAnswer['reason'], string>> = {
  'no-longer-asked': '不再提问',
  'invalid-after-update': '回答不再符合问题',
  'unknown-question': '问题已删除',
  'not-in-profile': '不再来自档案',
};

/** "办理业务（首次申领，不再提问）": each dropped answer with its question and why it went. */
export function droppedList(theme: CompiledTheme, dropped: readonly DroppedAnswer[]): string {
  return dropped
    .map((d) => {
      const question = theme.questions.find((q) => q.id === d.question);
      const shown = question ? displayAnswer(question, d.value) : JSON.stringify(d.value);
      const name = question ? (question.short ?? question.ask) : d.question;
      return `${name}（${shown}，${REASONS[d.reason]}）`;
    })
    .join('；');
}

/** After a save changed the theme: which answers were kept, and which were let go. */
export function savedNotes(theme: CompiledTheme, kept: number, dropped: readonly DroppedAnswer[]): Note[] {
  if (dropped.length === 0) return [{ id: 'restored', text: `主题已更新，${kept} 个回答都已保留。` }];
  return [
    {
      id: 'dropped',
      text: `主题已更新，保留了 ${kept} 个回答；以下回答已移除：${droppedList(theme, dropped)}。`,
    },
  ];
}
