/**
 * The dev page's controller: the theme chosen, its session (kept across saves with `restore`), the profile and
 * the tab shown; it applies the runtime's transitions and redraws. The questionnaire is drawn with the portal
 * example's views; the rest with the views of ./views.
 */

import { h } from '../../../examples/portal/src/dom.js';
import { answeredQuestions, canChange, questionById } from '../../../examples/portal/src/state.js';
import { answersView } from '../../../examples/portal/src/views/answers.js';
import { checklistView } from '../../../examples/portal/src/views/checklist.js';
import { outcomeView } from '../../../examples/portal/src/views/outcome.js';
import { progressView } from '../../../examples/portal/src/views/progress.js';
import { questionFocusTarget, questionView } from '../../../examples/portal/src/views/question.js';
import type { DevEvent, DevState, ThemeChange, ThemeDetail } from '../../cli/dev/protocol.js';
import {
  answer,
  back,
  change,
  checklist,
  estimateProgress,
  next,
  outcome,
  type Profile,
  restore,
  type Session,
  type SessionError,
  serialize,
  start,
  switchProfile,
  type Transition,
} from '../../index.js';
import { formatRestoreError } from '../../messages/runtime.js';
import { isGuidance, mermaidQuestionnaire, mermaidWorkflow } from '../../render/index.js';
import { fetchChange, fetchState, fetchTheme } from './api.js';
import { createGraphDrawer } from './graphs.js';
import { type SituationRow, type Situations, situationsOf } from './situations.js';
import { droppedList, type Note, savedNotes } from './texts.js';
import { changeView } from './views/change.js';
import { graphView } from './views/graph.js';
import { headerView } from './views/header.js';
import { overlayView } from './views/overlay.js';
import { problemsView } from './views/problems.js';
import { scenariosView } from './views/scenarios.js';
import { situationsView } from './views/situations.js';
import { type Tab, tabsView } from './views/tabs.js';
import { themesView } from './views/themes.js';
import { toolbarView } from './views/toolbar.js';

export interface DevApp {
  /** Fetches the state again after a save (or a reconnection) and redraws, keeping the answers. */
  refresh(event?: DevEvent): Promise<void>;
  connected(on: boolean): void;
}

/** The page's controller, drawing into `root` (and `overlay`) from the server's `initial` state. */
export function createDevApp(root: HTMLElement, overlay: HTMLElement, initial: DevState): DevApp {
  let state = initial;
  const graphs = createGraphDrawer();
  let file: string | undefined;
  let detail: ThemeDetail | undefined;
  let session: Session | undefined;
  let editing: string | undefined;
  let error: SessionError | undefined;
  let notes: readonly Note[] = [];
  let profileFile = '';
  let tab: Tab = 'situations';
  let hidden: string | undefined;
  let online = true;
  let situations: { key: string; value: Situations } | undefined;
  /** The last change of the chosen theme, fetched when its tab is shown (diffing takes a while). */
  let lastChange: { key: string; value: ThemeChange | undefined } | undefined;
  let changeAsked: string | undefined;
  // Refreshes run one after another: a quick second save waits for the first.
  let queue = Promise.resolve();

  const profile = (): Profile | undefined => state.profiles.find((p) => p.file === profileFile)?.profile;
  const profileOption = () => {
    const p = profile();
    return p ? { profile: p } : {};
  };

  function startSession(theme: ThemeDetail['theme']): Session {
    return start(theme, { today: state.today, ...profileOption() });
  }

  /** Takes a newly served theme: the session is restored on it, and the page says what became of the answers. */
  function adopt(next: ThemeDetail): void {
    const before = detail;
    detail = next;
    if (!session || !before || session.theme.id !== next.theme.id) {
      session = resumed(next) ?? startSession(next.theme);
      notes = [];
      return;
    }
    if (before.theme.hash === next.theme.hash) return;
    const restored = restore(next.theme, serialize(session), profileOption());
    if (!restored.ok) {
      session = startSession(next.theme);
      notes = [
        {
          id: 'unrestorable',
          text: `主题已更新，之前的回答无法恢复（${formatRestoreError(restored.error, 'zh')}），已重新开始。`,
        },
      ];
      return;
    }
    session = restored.session;
    if (editing && !canChange(session, editing)) editing = undefined;
    const kept = Object.values(session.answers).filter((a) => !a.prefilled).length;
    notes = savedNotes(next.theme, kept, restored.dropped);
  }

  /** The session saved for this file in this tab (a reload keeps the answers). */
  function resumed(next: ThemeDetail): Session | undefined {
    const saved = sessionStorage.getItem(`tongban-dev:${next.file}`);
    if (!saved) return undefined;
    const restored = restore(next.theme, saved, profileOption());
    return restored.ok ? restored.session : undefined;
  }

  async function select(next: string): Promise<void> {
    file = next;
    history.replaceState(null, '', `#file=${encodeURIComponent(next)}`);
    const found = await fetchTheme(next);
    session = undefined;
    detail = undefined;
    editing = undefined;
    error = undefined;
    notes = [];
    if (found) adopt(found);
    render();
  }

  function apply(result: Transition): void {
    if (!result.ok) {
      error = result.error;
      render();
      return;
    }
    session = result.session;
    editing = undefined;
    error = undefined;
    notes =
      result.dropped.length > 0 && detail
        ? [
            {
              id: 'dropped',
              text: `以下回答已不再适用，已移除：${droppedList(detail.theme, result.dropped)}。`,
            },
          ]
        : [];
    render();
    focusQuestion();
  }

  function chooseProfile(next: string): void {
    profileFile = next;
    situations = undefined;
    if (session && detail) {
      const switched = switchProfile(session, profile());
      session = switched.session;
      notes =
        switched.dropped.length > 0
          ? [
              {
                id: 'profile',
                text: `已换用档案，以下回答已移除：${droppedList(detail.theme, switched.dropped)}。`,
              },
            ]
          : [{ id: 'profile', text: profile() ? '已使用档案：档案中已有的信息自动填写。' : '已停用档案。' }];
    }
    render();
  }

  /** Opens a situation: a fresh session answered with its answers, in question order. */
  function openSituation(row: SituationRow): void {
    if (!detail) return;
    let opened = startSession(detail.theme);
    for (let step = next(opened); !step.done; step = next(opened)) {
      const value = row.answers[step.question.id];
      if (value === undefined) break;
      const result = answer(opened, step.question.id, value);
      if (!result.ok) break;
      opened = result.session;
    }
    session = opened;
    editing = undefined;
    error = undefined;
    notes = [];
    // A guidance theme has no workflow to draw: its answer is in the outcome beside the table.
    if (!isGuidance(detail.theme)) tab = 'workflow';
    render();
    document.getElementById('questionnaire')?.scrollIntoView({ block: 'start' });
  }

  function focusQuestion(): void {
    const form = root.querySelector<HTMLElement>('[data-testid="question"]');
    (form ? questionFocusTarget(form) : root.querySelector<HTMLElement>('[data-focus="heading"]'))?.focus();
  }

  function render(): void {
    if (session && file) sessionStorage.setItem(`tongban-dev:${file}`, serialize(session));
    root.replaceChildren(
      headerView(state, { online, profileFile, onProfile: chooseProfile }),
      h(
        'div',
        { class: 'dev-body' },
        themesView(state.themes, file, (f) => void select(f)),
        mainView(),
      ),
    );
    renderOverlay();
  }

  function renderOverlay(): void {
    const errors = state.diagnostics.filter((d) => d.severity === 'error');
    const signature = errors.map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`).join('\n');
    if (errors.length === 0 || signature === hidden) {
      overlay.replaceChildren();
      return;
    }
    overlay.replaceChildren(
      overlayView(errors, () => {
        hidden = signature;
        renderOverlay();
      }),
    );
  }

  function mainView(): HTMLElement {
    const summary = state.themes.find((t) => t.file === file);
    if (!file || !summary)
      return h('main', { id: 'main', class: 'dev-main' }, h('p', {}, '请选择左侧的主题。'));
    if (!detail || !session)
      return h(
        'main',
        { id: 'main', class: 'dev-main' },
        h('h1', {}, file),
        h('p', { class: 'error' }, '这个主题还没有成功加载过：请改正下列问题。'),
        problemsView(state.diagnostics.filter((d) => d.file === file)),
      );
    const theme = detail.theme;
    return h(
      'main',
      { id: 'main', class: 'dev-main' },
      h('h1', { 'data-testid': 'theme-title' }, theme.title),
      h(
        'p',
        { class: 'dev-meta' },
        `${detail.file} · ${theme.id} · 版本 ${theme.version}`,
        detail.ok ? '' : h('strong', { class: 'error' }, ' · 文件有错误，以下是上一次没有错误的版本'),
      ),
      notes.length === 0
        ? null
        : h(
            'div',
            { class: 'notes' },
            notes.map((n) => h('p', { class: `note note-${n.id}`, 'data-testid': n.id }, n.text)),
          ),
      h(
        'div',
        { class: 'dev-work' },
        h(
          'div',
          { class: 'columns', id: 'questionnaire' },
          h(
            'div',
            { class: 'main-column' },
            toolbarView(session.trail.length > 0, () => session && apply(back(session)), restart),
            questionnaireView(session),
          ),
          h(
            'aside',
            { 'aria-label': '已回答与事项清单' },
            answersView(answeredQuestions(session), (id) => {
              editing = id;
              render();
              focusQuestion();
            }),
            checklistView(checklist(session)),
          ),
        ),
        tabsView(
          tab,
          state,
          file,
          (id) => {
            tab = id;
            render();
          },
          panel(session),
        ),
      ),
    );
  }

  function restart(): void {
    if (!detail) return;
    session = startSession(detail.theme);
    editing = undefined;
    notes = [];
    render();
  }

  function questionnaireView(current: Session): HTMLElement {
    const revised = editing === undefined ? undefined : questionById(current, editing);
    const shownError = error ? { error } : {};
    if (revised) {
      const value = current.answers[revised.id];
      return questionView({
        question: revised,
        options: 'options' in revised ? revised.options : [],
        mode: 'change',
        above: h('p', { class: 'progress' }, '修改之前的回答'),
        ...(value ? { value: value.value } : {}),
        ...shownError,
        onSubmit: (v) => apply(change(current, revised.id, v)),
        onCancel: () => {
          editing = undefined;
          render();
        },
      });
    }
    const step = next(current);
    if (!step.done)
      return questionView({
        question: step.question,
        options: step.options,
        mode: 'answer',
        above: progressView(estimateProgress(current)),
        ...shownError,
        onSubmit: (v) => apply(answer(current, step.question.id, v)),
      });
    return outcomeView(outcome(current), current.theme);
  }

  function panel(current: Session): HTMLElement {
    const theme = current.theme;
    switch (tab) {
      case 'situations': {
        const key = `${theme.hash}\u0000${profileFile}`;
        if (situations?.key !== key) situations = { key, value: situationsOf(theme, state.today, profile()) };
        return situationsView(situations.value, openSituation);
      }
      case 'graph':
        return graphView(
          graphs,
          mermaidQuestionnaire(theme),
          `${theme.title}：问卷路线图`,
          'questionnaire-graph',
        );
      case 'workflow': {
        if (isGuidance(theme))
          return h(
            'p',
            { 'data-testid': 'workflow-graph' },
            '这个主题只给出指引，没有办理事项，也就没有办理流程图。',
          );
        const step = next(current);
        if (!step.done)
          return h(
            'p',
            { 'data-testid': 'workflow-graph' },
            '回答完问卷（或在“情形”中打开一个情形）后，这里显示该情形的办理流程图。',
          );
        return graphView(
          graphs,
          mermaidWorkflow(outcome(current), theme),
          `${theme.title}：办理流程图`,
          'workflow-graph',
        );
      }
      case 'change': {
        const summary = state.themes.find((t) => t.file === file);
        const key = `${file}\u0000${summary?.changedAt}`;
        if (lastChange?.key === key) return changeView(lastChange.value, state.saves);
        if (file && changeAsked !== key) {
          changeAsked = key;
          void fetchChange(file).then((value) => {
            lastChange = { key, value };
            render();
          });
        }
        return h('p', { 'aria-busy': 'true' }, '正在比较两个版本的全部情形…');
      }
      case 'tests':
        return scenariosView(state.scenarios, file);
      case 'problems':
        return problemsView(state.diagnostics);
    }
  }

  async function refresh(event?: DevEvent): Promise<void> {
    const task = queue.then(async () => {
      state = await fetchState();
      if (file === undefined || !state.themes.some((t) => t.file === file)) {
        const wanted = decodeURIComponent(/^#file=(.+)$/.exec(location.hash)?.[1] ?? '');
        const first = state.themes.find((t) => t.file === wanted) ?? state.themes.find((t) => t.title);
        if (first) {
          await select(first.file);
          return;
        }
        file = undefined;
      } else if (!event || event.themes.includes(file) || !detail) {
        const found = await fetchTheme(file);
        if (found) adopt(found);
      }
      render();
    });
    queue = task.catch(() => undefined);
    return task;
  }

  return {
    refresh,
    connected(on) {
      online = on;
      render();
    },
  };
}
