/** The scenario files' results, run again on each save: the chosen theme's first, failures located. */

import { h } from '../../../../examples/portal/src/dom.js';
import type { ScenarioSummary } from '../../../cli/dev/protocol.js';
import { problemsView } from './problems.js';

export function scenariosView(
  scenarios: readonly ScenarioSummary[],
  themeFile: string | undefined,
): HTMLElement {
  if (scenarios.length === 0)
    return h('p', { 'data-testid': 'scenarios' }, '没有测试场景文件（*.test.yaml）。');
  const ordered = [...scenarios].sort(
    (a, b) => Number(b.theme === themeFile) - Number(a.theme === themeFile),
  );
  return h(
    'div',
    { class: 'dev-scenarios', 'data-testid': 'scenarios' },
    ordered.map((file) => {
      const failed = file.results.filter((r) => !r.ok).length + (file.results.length === 0 ? 1 : 0);
      return h(
        'section',
        { class: file.theme === themeFile ? 'dev-scenario-file current' : 'dev-scenario-file' },
        h(
          'h3',
          {},
          file.file,
          ' ',
          h(
            'span',
            { class: failed > 0 ? 'dev-badge dev-error' : 'dev-badge dev-ok' },
            failed > 0 ? `${failed} 个失败` : `${file.results.length} 个通过`,
          ),
        ),
        h(
          'ul',
          {},
          file.results.map((r) =>
            h('li', { class: r.ok ? 'dev-pass' : 'dev-fail' }, r.ok ? '✓ ' : '✗ ', r.name),
          ),
        ),
        file.diagnostics.length > 0 ? problemsView(file.diagnostics, 'scenario-problems') : null,
      );
    }),
  );
}
