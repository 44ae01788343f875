/**
 * The outcome's notices: 【提示】/【注意】/【不予办理】 with their basis and why they apply. In a guidance theme's
 * answer (`guidance`) a notice's kind is said only for a warning or a refusal (`guidanceShowsKind`).
 */
import { NOTICE_LABELS, type Outcome } from '../../../../src/index.js';
import { guidanceShowsKind } from '../../../../src/render/index.js';
import { h } from '../dom.js';

export function noticesView(outcome: Outcome, guidance = false): HTMLElement | null {
  if (outcome.notices.length === 0) return null;
  return h(
    'ul',
    { class: 'notices', 'data-testid': 'notices' },
    outcome.notices.map((n) =>
      h(
        'li',
        { class: `notice notice-${n.kind}` },
        guidance && !guidanceShowsKind(n.kind) ? null : h('b', {}, `【${NOTICE_LABELS[n.kind].zh}】`),
        n.text,
        n.basis ? h('small', {}, `（依据：${n.basis}）`) : null,
        // Why it applies in the citizen's words; the full rule is for authors (tongban run --explain).
        n.reason.condition === undefined ? null : h('small', { class: 'reason' }, n.reason.plain.zh),
      ),
    ),
  );
}
