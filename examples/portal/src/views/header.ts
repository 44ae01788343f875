/** The page header: the site name and the example profile switch (on or off at any time, answers kept). */
import { h } from '../dom.js';

export interface HeaderView {
  /** The example profile's holder, when the profile could be loaded. */
  readonly profileName: string | undefined;
  readonly profileAvailable: boolean;
  readonly useProfile: boolean;
  readonly today: string;
  readonly onToggleProfile: (on: boolean) => void;
}

export function headerView(view: HeaderView): HTMLElement {
  const toggle = h('input', {
    type: 'checkbox',
    id: 'profile-toggle',
    'data-testid': 'profile-toggle',
    'aria-describedby': 'profile-help',
    checked: view.useProfile,
    disabled: !view.profileAvailable,
    onchange: (event) => view.onToggleProfile((event.target as HTMLInputElement).checked),
  });
  return h(
    'header',
    {},
    h('p', { class: 'site' }, '通办 · 主题服务'),
    h(
      'div',
      { class: 'profile no-print' },
      h(
        'label',
        { for: 'profile-toggle' },
        toggle,
        ` 使用示例档案${view.profileName ? `：${view.profileName}` : ''}`,
      ),
      h(
        'small',
        { id: 'profile-help' },
        `办理日期 ${view.today}；开启后，档案已知的问题自动填写（标注“来自档案”），已作的回答都会保留。`,
      ),
    ),
  );
}
