/** Diagnostics as authors read them: `file:line:column`, the code, the message and the hint. */

import { h } from '../../../../examples/portal/src/dom.js';
import type { Diagnostic } from '../../../index.js';

export function problemsView(diagnostics: readonly Diagnostic[], testid = 'problems'): HTMLElement {
  if (diagnostics.length === 0) return h('p', { class: 'dev-empty', 'data-testid': testid }, '没有问题。');
  return h(
    'ol',
    { class: 'dev-problems', 'data-testid': testid },
    diagnostics.map((d) =>
      h(
        'li',
        { class: `dev-problem dev-${d.severity}`, 'data-code': d.code },
        h('code', { class: 'dev-where', 'data-testid': 'where' }, `${d.file}:${d.line}:${d.column}`),
        ' ',
        h('span', { class: 'dev-severity' }, d.severity === 'error' ? '错误' : '警告'),
        ' ',
        h('code', { class: 'dev-code' }, d.code),
        ' ',
        h('span', { class: 'dev-message' }, d.message),
        d.hint ? h('small', { class: 'dev-hint' }, d.hint) : null,
      ),
    ),
  );
}
