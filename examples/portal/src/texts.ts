/**
 * What the portal says in its own words: answers let go (a change, a profile switch, a theme update), checklist
 * changes to announce, and page titles. Plain Chinese from the theme's texts: no ids, no logic.
 */
import {
  type Checklist,
  type CompiledTheme,
  type DroppedAnswer,
  displayAnswer,
  type ProgressEstimate,
  type Question,
} from '../../../src/index.js';

/** A message shown once above the page, and announced. `id` names it for tests (`data-testid`). */
export interface Note {
  readonly id: 'dropped' | 'profile' | 'restored' | 'unrestorable' | 'unknown-theme';
  readonly text: string;
}

function questionOf(theme: CompiledTheme, id: string): Question | undefined {
  return theme.questions.find((q) => q.id === id);
}

/** "面积（80㎡）": the question's short name and the answer as the citizen gave it. */
function answerText(question: Question, dropped: DroppedAnswer): string {
  const shown = displayAnswer(question, dropped.value);
  const name = question.short ?? question.ask;
  return shown === '' ? name : `${name}（${shown}）`;
}

/** The dropped answers whose questions the theme still has, listed; and how many it no longer has. */
function listed(theme: CompiledTheme, dropped: readonly DroppedAnswer[]): { list: string; gone: number } {
  const texts: string[] = [];
  let gone = 0;
  for (const d of dropped) {
    const question = questionOf(theme, d.question);
    if (question) texts.push(answerText(question, d));
    else gone++;
  }
  return { list: texts.join('；'), gone };
}

/** After a change or `back`: which answers no longer apply. */
export function droppedNotes(theme: CompiledTheme, dropped: readonly DroppedAnswer[]): Note[] {
  if (dropped.length === 0) return [];
  return [{ id: 'dropped', text: `以下回答已不再适用，已移除：${listed(theme, dropped).list}。` }];
}

/** After switching the example profile on or off (`switchProfile`). */
export function profileNotes(theme: CompiledTheme, dropped: readonly DroppedAnswer[], on: boolean): Note[] {
  const fromProfile = dropped.filter((d) => d.reason === 'not-in-profile');
  const others = dropped.filter((d) => d.reason !== 'not-in-profile');
  // Switching keeps every answer of the citizen's unless its question is no longer asked (listed after).
  const kept = others.length === 0 ? '您自己的回答都已保留。' : '';
  const list = listed(theme, fromProfile).list;
  const text =
    fromProfile.length === 0
      ? on
        ? `已使用档案：档案中已有的信息自动填写（标注“来自档案”）。${kept}`
        : `已停用档案。${kept}`
      : on
        ? `已使用档案。档案中的信息与之前的不同，已改用档案：${list}。${kept}`
        : `已停用档案。以下回答来自档案，已移除，请您重新回答：${list}。${kept}`;
  return [{ id: 'profile', text }, ...droppedNotes(theme, others)];
}

/** After restoring a session saved under an earlier version of the theme (`restore` with `updated`). */
export function updatedNotes(theme: CompiledTheme, dropped: readonly DroppedAnswer[]): Note[] {
  if (dropped.length === 0) {
    return [{ id: 'restored', text: '本事项的办理规定已更新，您之前的回答仍然有效，可以继续办理。' }];
  }
  const { list, gone } = listed(theme, dropped);
  const parts = [
    list === '' ? '' : `以下回答不再适用，已移除：${list}`,
    gone === 0 ? '' : `另有 ${gone} 个回答对应的问题已不再询问`,
  ].filter(Boolean);
  return [{ id: 'restored', text: `本事项的办理规定已更新，${parts.join('；')}。请核对后继续办理。` }];
}

/** A saved session that cannot be restored (a damaged link, another theme, an unknown format). */
export const UNRESTORABLE: Note = {
  id: 'unrestorable',
  text: '无法恢复之前的办理进度（链接不完整或已失效），已从第一个问题重新开始。',
};

export const UNKNOWN_THEME: Note = { id: 'unknown-theme', text: '没有找到要办理的事项，请从列表中选择。' };

/** What changed in the checklist, to announce: "要办的事项新增：…；不再需要办理：…". Empty when nothing did. */
export function checklistChange(before: Checklist, after: Checklist): string {
  const had = new Set(before.applies.map((e) => e.item));
  const has = new Set(after.applies.map((e) => e.item));
  const added = after.applies.filter((e) => !had.has(e.item)).map((e) => e.name);
  const removed = before.applies.filter((e) => !has.has(e.item)).map((e) => e.name);
  const parts = [
    added.length > 0 ? `要办的事项新增：${added.join('、')}` : '',
    removed.length > 0 ? `不再需要办理：${removed.join('、')}` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : `${parts.join('；')}。现共 ${after.applies.length} 项要办。`;
}

/** "第 3 步，约还有 4 题": the step and the questions likely to follow this one. */
export function progressText(estimate: ProgressEstimate): string {
  const step = `第 ${estimate.asked + 1} 步`;
  const after = estimate.likely - 1;
  return after > 0 ? `${step}，约还有 ${after} 题` : `${step}，可能是最后一题`;
}

/** The document title of each screen, most specific first. */
export const TITLES = {
  home: '选择要办的事 · 通办',
  question: (step: number, question: Question, theme: CompiledTheme) =>
    `第 ${step} 步 · ${question.ask} · ${theme.title}`,
  change: (question: Question, theme: CompiledTheme) => `修改回答 · ${question.ask} · ${theme.title}`,
  outcome: (theme: CompiledTheme) => `办事指南 · ${theme.title}`,
  /** A rejected answer: the title says so first, as screen readers read it on focus changes. */
  error: (title: string) => `出错：${title}`,
} as const;
