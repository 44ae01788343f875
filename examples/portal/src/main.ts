/**
 * The portal page: pick a theme, answer question by question (back, change an earlier answer), watch the
 * checklist grow, and read the outcome. Only the runtime entry of tongban is used; themes are precompiled JSON.
 */
import {
  answer,
  back,
  change,
  checklist,
  displayAnswer,
  next,
  outcome,
  type Session,
  start,
  type Transition,
} from '../../../src/index.js';
import { h } from './dom.js';
import { renderOutcome } from './render-outcome.js';
import { renderQuestion } from './render-question.js';
import {
  answeredQuestions,
  loadIndex,
  loadProfile,
  loadTheme,
  type PortalState,
  questionById,
  type ThemeEntry,
  todayOf,
} from './state.js';

const AUDIENCE = { person: '面向个人', enterprise: '面向企业' } as const;

const root = document.getElementById('app') as HTMLElement;
const state: PortalState = {
  themes: [],
  profile: undefined,
  useProfile: false,
  today: todayOf(location.search),
  session: undefined,
  editing: undefined,
  error: undefined,
  dropped: [],
};

function render(): void {
  root.replaceChildren(header(), state.session ? sessionView(state.session) : themeList());
}

function header(): HTMLElement {
  const toggle = h('input', {
    type: 'checkbox',
    'data-testid': 'profile-toggle',
    checked: state.useProfile,
    disabled: !state.profile,
    onchange: (event) => {
      state.useProfile = (event.target as HTMLInputElement).checked;
      if (state.session) begin(state.session.theme.id);
      else render();
    },
  });
  return h(
    'header',
    {},
    h('h1', {}, '通办 · 主题服务'),
    h(
      'div',
      { class: 'profile no-print' },
      h('label', {}, toggle, ` 使用示例档案${state.profile?.name ? `：${state.profile.name}` : ''}`),
      h('small', {}, `办理日期 ${state.today}；开启后，档案已知的问题自动填写（标注“来自档案”）。`),
    ),
  );
}

function themeList(): HTMLElement {
  return h(
    'main',
    {},
    h('h2', {}, '选择要办的事'),
    h(
      'ul',
      { class: 'themes', 'data-testid': 'theme-list' },
      state.themes.map((entry) =>
        h(
          'li',
          { class: 'theme' },
          h('h3', {}, entry.title),
          h('p', { class: 'audience' }, AUDIENCE[entry.audience]),
          h(
            'p',
            { class: 'tags' },
            [...entry.tags.lifeEvents, ...entry.tags.crowds, ...entry.tags.industries].map((t) =>
              h('span', { class: 'tag' }, t),
            ),
          ),
          h(
            'button',
            { type: 'button', 'data-testid': `theme-${entry.id}`, onclick: () => begin(entry.id) },
            '开始办理',
          ),
        ),
      ),
    ),
  );
}

async function begin(id: string): Promise<void> {
  const entry = state.themes.find((t) => t.id === id) as ThemeEntry;
  const theme = await loadTheme(entry);
  const profile = state.useProfile ? state.profile : undefined;
  state.session = start(theme, { today: state.today, ...(profile ? { profile } : {}) });
  state.editing = undefined;
  state.error = undefined;
  state.dropped = [];
  render();
}

/** Applies a transition: a rejection keeps the session and shows its typed error. */
function apply(result: Transition): void {
  state.session = result.session;
  if (result.ok) {
    state.error = undefined;
    state.dropped = result.dropped;
    state.editing = undefined;
  } else {
    state.error = result.error;
  }
  render();
  document.querySelector<HTMLElement>('[data-testid="question"] input')?.focus();
}

function sessionView(session: Session): HTMLElement {
  const step = next(session);
  const editing = state.editing === undefined ? undefined : questionById(session, state.editing);
  let body: HTMLElement;
  if (editing) {
    const current = session.answers[editing.id];
    body = renderQuestion({
      question: editing,
      options: 'options' in editing ? editing.options : [],
      mode: 'change',
      ...(current ? { value: current.value } : {}),
      ...(state.error ? { error: state.error } : {}),
      onSubmit: (value) => apply(change(session, editing.id, value)),
      onCancel: () => {
        state.editing = undefined;
        state.error = undefined;
        render();
      },
    });
  } else if (!step.done) {
    body = renderQuestion({
      question: step.question,
      options: step.options,
      mode: 'answer',
      progress: step.progress,
      ...(state.error ? { error: state.error } : {}),
      onSubmit: (value) => apply(answer(session, step.question.id, value)),
    });
  } else {
    body = renderOutcome(outcome(session), session.theme);
  }
  return h(
    'main',
    { class: 'session' },
    h(
      'div',
      { class: 'toolbar no-print' },
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'home',
          onclick: () => {
            state.session = undefined;
            render();
          },
        },
        '← 全部主题',
      ),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'back',
          disabled: session.trail.length === 0,
          onclick: () => apply(back(session)),
        },
        '上一步',
      ),
      h('button', { type: 'button', onclick: () => begin(session.theme.id) }, '重新开始'),
    ),
    h('h2', {}, session.theme.title),
    dropped(session),
    h('div', { class: 'columns' }, h('div', { class: 'main-column' }, body), aside(session)),
  );
}

function dropped(session: Session): HTMLElement | null {
  if (state.dropped.length === 0) return null;
  return h(
    'p',
    { class: 'dropped', 'data-testid': 'dropped' },
    '以下回答已不再适用，已移除：',
    state.dropped
      .map((d) => {
        const q = questionById(session, d.question);
        return q ? `${q.short ?? q.ask}（${displayAnswer(q, d.value)}）` : d.question;
      })
      .join('；'),
  );
}

function aside(session: Session): HTMLElement {
  const list = checklist(session);
  const answered = answeredQuestions(session);
  return h(
    'aside',
    {},
    h('h3', {}, '已回答'),
    answered.length === 0
      ? h('p', { class: 'empty' }, '尚未回答。')
      : h(
          'ol',
          { class: 'answers', 'data-testid': 'answers' },
          answered.map(({ question, answer }) =>
            h(
              'li',
              { 'data-testid': `answer-${question.id}` },
              h('span', { class: 'q' }, question.ask),
              h('span', { class: 'a' }, displayAnswer(question, answer.value)),
              answer.prefilled
                ? h('span', { class: 'tag prefilled', 'data-testid': 'prefilled' }, '来自档案')
                : null,
              h(
                'button',
                {
                  type: 'button',
                  class: 'no-print',
                  'data-testid': `change-${question.id}`,
                  onclick: () => {
                    state.editing = question.id;
                    state.error = undefined;
                    render();
                  },
                },
                '修改',
              ),
            ),
          ),
        ),
    h(
      'section',
      { class: 'checklist', 'data-testid': 'checklist' },
      h('h3', {}, `要办的事项（${list.applies.length}）`),
      h(
        'ul',
        { 'data-testid': 'checklist-applies' },
        list.applies.map((e) =>
          h('li', { 'data-item': e.item }, e.name, e.department ? h('small', {}, e.department) : null),
        ),
      ),
      list.open.length > 0 ? h('h3', {}, `可能还要办（${list.open.length}，取决于后面的回答）`) : null,
      h(
        'ul',
        { class: 'open', 'data-testid': 'checklist-open' },
        list.open.map((e) =>
          h('li', { 'data-item': e.item }, e.name, e.department ? h('small', {}, e.department) : null),
        ),
      ),
    ),
  );
}

async function init(): Promise<void> {
  try {
    [state.themes, state.profile] = await Promise.all([loadIndex(), loadProfile().catch(() => undefined)]);
    render();
    document.body.dataset.ready = 'true';
  } catch (error) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert' }, `无法加载主题：${String(error)}`));
  }
}

void init();
