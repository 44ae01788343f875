import type { Lang } from '../messages/words.js';
import type { CompiledTheme, Notice, NoticeKind } from '../model/theme.js';
import { NOTICE_LABELS } from './labels.js';

/**
 * Whether a theme only gives guidance (指引类主题, docs/authoring.md §3): it has no items, so each of its outcomes
 * is its notices, the answer, and nothing else: no status (可以办理 / 无需办理 are a procedure's words), no items,
 * materials, time, fee or visits to show. Decided by the theme, not the case: a case without items of a theme
 * that has items (nothing needed, refused) still reads as a procedure's outcome.
 */
export function isGuidance(theme: Pick<CompiledTheme, 'items'>): boolean {
  return theme.items.length === 0;
}

/**
 * Whether a guidance outcome shows a notice's kind before its text: a warning (注意) and a refusal (不予办理)
 * are said; the answer itself (提示, 无需办理) is not, since its kind is no word of the answer.
 */
export function guidanceShowsKind(kind: NoticeKind): boolean {
  return kind === 'warning' || kind === 'block';
}

/**
 * A notice as a guidance outcome says it: its text (the English one for `en`, when it has one), after its kind
 * only for a warning or a refusal ("[注意] …", `guidanceShowsKind`).
 */
export function guidanceNoticeText(notice: Pick<Notice, 'kind' | 'text' | 'en'>, lang: Lang): string {
  const text = lang === 'en' && notice.en !== undefined ? notice.en : notice.text;
  return guidanceShowsKind(notice.kind) ? `[${NOTICE_LABELS[notice.kind][lang]}] ${text}` : text;
}
