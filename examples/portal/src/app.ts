/**
 * The page's controller: holds what is shown, applies the runtime's transitions, and keeps the address in step
 * (one history entry per step, so that reload and the browser's Back button work), the document title, the
 * focus and the announcements. Views (views/*.ts) only draw what they are given.
 */
import {
  answer,
  back,
  type CaseForm,
  type CompiledTheme,
  change,
  checkFormData,
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
} from '../../../src/index.js';
import { announce } from './announcer.js';
import { h } from './dom.js';
import { type Place, placeSearch, readPlace } from './place.js';
import {
  answeredQuestions,
  canChange,
  loadTheme,
  localToday,
  type Profiles,
  questionById,
  type ThemeEntry,
} from './state.js';
import { submitApplication } from './submit.js';
import {
  checklistChange,
  droppedNotes,
  type Note,
  profileNotes,
  TITLES,
  UNKNOWN_THEME,
  UNRESTORABLE,
  updatedNotes,
} from './texts.js';
import { answersView } from './views/answers.js';
import { applicationFormView } from './views/application-form.js';
import { checklistView } from './views/checklist.js';
import { headerView } from './views/header.js';
import { homeView } from './views/home.js';
import { notesView } from './views/notes.js';
import { outcomeView } from './views/outcome.js';
import { progressView } from './views/progress.js';
import { questionFocusTarget, questionView } from './views/question.js';
import { sessionView } from './views/session.js';

type Screen =
  | { readonly kind: 'home' }
  | { readonly kind: 'session'; readonly session: Session; readonly editing?: string };

/** How a screen enters the history: a new entry, in place of the current one, or not at all. */
type HistoryMode = 'push' | 'replace' | 'none';

/** Where focus goes once a screen is drawn. */
type FocusMode = 'screen' | 'toggle' | 'none';

interface PortalState {
  readonly themes: readonly ThemeEntry[];
  readonly profiles: Profiles;
  useProfile: boolean;
  today: string;
  /** The `?today=` of the address, kept in every address written. */
  fixedToday: string | undefined;
  screen: Screen;
  /** The last rejected answer, shown until the next step. */
  error: SessionError | undefined;
  notes: readonly Note[];
}

export interface App {
  /** Shows what a page address names (on load and on the browser's Back and Forward). */
  route(search: string, initial: boolean): Promise<void>;
}

export function createApp(root: HTMLElement, themes: readonly ThemeEntry[], profiles: Profiles): App {
  const state: PortalState = {
    themes,
    profiles,
    useProfile: false,
    today: localToday(),
    fixedToday: undefined,
    screen: { kind: 'home' },
    error: undefined,
    notes: [],
  };
  let routing = 0;

  /** The example profile for a theme: the one whose kind is its audience (a person's on the theme list). */
  const profileFor = (theme: CompiledTheme | undefined): Profile | undefined =>
    state.profiles[theme?.audience ?? 'person'];
  const profileOption = (theme: CompiledTheme) => {
    const profile = state.useProfile ? profileFor(theme) : undefined;
    return profile ? { profile } : {};
  };
  const fresh = (session: Session) =>
    start(session.theme, { today: state.today, ...profileOption(session.theme) });
  const anyProfile = () => Object.keys(state.profiles).length > 0;

  function placeOf(screen: Screen): Place {
    const common = { profile: state.useProfile, ...(state.fixedToday ? { today: state.fixedToday } : {}) };
    if (screen.kind === 'home') return common;
    return {
      ...common,
      theme: screen.session.theme.id,
      session: serialize(screen.session),
      ...(screen.editing ? { edit: screen.editing } : {}),
    };
  }

  function writeHistory(mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = placeSearch(placeOf(state.screen)) || location.pathname;
    // `portal: true` marks entries this page pushed: cancelling a change can then simply go back.
    if (mode === 'push') history.pushState({ portal: true }, '', url);
    else history.replaceState(history.state, '', url);
  }

  function show(
    screen: Screen,
    mode: HistoryMode,
    notes: readonly Note[],
    change = '',
    focus: FocusMode = 'screen',
  ) {
    state.screen = screen;
    state.notes = notes;
    state.error = undefined;
    writeHistory(mode);
    render();
    moveFocus(focus);
    announce([...notes.map((n) => n.text), change].filter(Boolean).join(' '));
  }

  /** Applies a transition: a rejection keeps the session and shows the library's message. */
  function apply(before: Session, result: Transition, mode: HistoryMode): void {
    if (!result.ok) {
      state.error = result.error;
      render();
      moveFocus('screen');
      return;
    }
    const said = checklistChange(checklist(before), checklist(result.session));
    show(
      { kind: 'session', session: result.session },
      mode,
      droppedNotes(before.theme, result.dropped),
      said,
    );
  }

  async function begin(id: string): Promise<void> {
    const entry = state.themes.find((t) => t.id === id);
    if (!entry) return;
    const theme = await loadTheme(entry);
    show(
      { kind: 'session', session: start(theme, { today: state.today, ...profileOption(theme) }) },
      'push',
      [],
    );
  }

  function toggleProfile(on: boolean): void {
    state.useProfile = on && anyProfile();
    const screen = state.screen;
    if (screen.kind === 'home') {
      show(screen, 'replace', [], '', 'toggle');
      return;
    }
    const switched = switchProfile(
      screen.session,
      state.useProfile ? profileFor(screen.session.theme) : undefined,
    );
    const said = checklistChange(checklist(screen.session), checklist(switched.session));
    const notes = profileNotes(screen.session.theme, switched.dropped, state.useProfile);
    show({ kind: 'session', session: switched.session }, 'push', notes, said, 'toggle');
  }

  function cancelChange(session: Session): void {
    if ((history.state as { portal?: boolean } | null)?.portal) history.back();
    else show({ kind: 'session', session }, 'replace', []);
  }

  function screenTheme(): CompiledTheme | undefined {
    return state.screen.kind === 'session' ? state.screen.session.theme : undefined;
  }

  function render(): void {
    const { main, title } =
      state.screen.kind === 'home'
        ? { main: homeView(state.themes, (id) => void begin(id)), title: TITLES.home }
        : sessionScreen(state.screen.session, state.screen.editing);
    root.replaceChildren(
      headerView({
        profileName: profileFor(screenTheme())?.name,
        profileAvailable: profileFor(screenTheme()) !== undefined,
        useProfile: state.useProfile,
        today: state.today,
        onToggleProfile: toggleProfile,
      }),
      main,
    );
    document.title = state.error ? TITLES.error(title) : title;
  }

  function sessionScreen(
    session: Session,
    editing: string | undefined,
  ): { main: HTMLElement; title: string } {
    const theme = session.theme;
    const step = next(session);
    const revised = editing === undefined ? undefined : questionById(session, editing);
    const error = state.error ? { error: state.error } : {};
    let body: HTMLElement;
    let title: string;
    if (revised) {
      const current = session.answers[revised.id];
      body = questionView({
        question: revised,
        options: 'options' in revised ? revised.options : [],
        mode: 'change',
        above: h('p', { class: 'progress', 'data-testid': 'progress' }, '修改之前的回答'),
        ...(current ? { value: current.value } : {}),
        ...error,
        onSubmit: (value) => apply(session, change(session, revised.id, value), 'replace'),
        onCancel: () => cancelChange(session),
      });
      title = TITLES.change(revised, theme);
    } else if (!step.done) {
      const estimate = estimateProgress(session);
      body = questionView({
        question: step.question,
        options: step.options,
        mode: 'answer',
        above: progressView(estimate),
        ...error,
        onSubmit: (value) => apply(session, answer(session, step.question.id, value), 'push'),
      });
      title = TITLES.question(estimate.asked + 1, step.question, theme);
    } else {
      const result = outcome(session);
      body = outcomeView(
        result,
        theme,
        result.status === 'ready' ? applicationForm(session, result.form) : undefined,
      );
      title = TITLES.outcome(theme);
    }
    const main = sessionView({
      title: theme.title,
      canGoBack: session.trail.length > 0,
      notes: notesView(state.notes),
      body,
      aside: [
        answersView(answeredQuestions(session), (id) =>
          show({ kind: 'session', session, editing: id }, 'push', []),
        ),
        checklistView(checklist(session)),
      ],
      onHome: () => show({ kind: 'home' }, 'push', []),
      onBack: () => apply(session, back(session), 'push'),
      onRestart: () => show({ kind: 'session', session: fresh(session) }, 'push', []),
    });
    return { main, title };
  }

  /** The case's one application form, when the case can be applied for and has fields. */
  function applicationForm(session: Session, form: CaseForm): HTMLElement | undefined {
    if (form.counts.fields === 0 || next(session).done !== true) return undefined;
    const profile = state.useProfile ? profileFor(session.theme) : undefined;
    return applicationFormView({
      form,
      check: (data) => {
        const checked = checkFormData(form, data);
        return checked.ok ? [] : checked.errors;
      },
      onSubmit: async (data) => {
        const result = await submitApplication(session, data, profile);
        announce(result.text);
        return result;
      },
    });
  }

  function moveFocus(focus: FocusMode): void {
    if (focus === 'none') return;
    if (focus === 'toggle') {
      document.getElementById('profile-toggle')?.focus();
      return;
    }
    const form = root.querySelector<HTMLElement>('[data-testid="question"]');
    const target = form
      ? questionFocusTarget(form)
      : root.querySelector<HTMLElement>('[data-focus="heading"]');
    target?.focus();
  }

  async function route(search: string, initial: boolean): Promise<void> {
    const ticket = ++routing;
    const place = readPlace(search);
    state.useProfile = place.profile && anyProfile();
    state.fixedToday = place.today;
    state.today = place.today ?? localToday();
    if (place.theme === undefined) {
      show({ kind: 'home' }, 'none', [], '', initial ? 'none' : 'screen');
      return;
    }
    const entry = state.themes.find((t) => t.id === place.theme);
    if (!entry) {
      show({ kind: 'home' }, 'replace', [UNKNOWN_THEME]);
      return;
    }
    const theme = await loadTheme(entry);
    // A later Back or Forward may have overtaken this one while the theme loaded.
    if (ticket !== routing) return;
    const started = () => start(theme, { today: state.today, ...profileOption(theme) });
    if (place.session === undefined) {
      show({ kind: 'session', session: started() }, 'replace', []);
      return;
    }
    const restored = restore(theme, place.session, profileOption(theme));
    if (!restored.ok) {
      show({ kind: 'session', session: started() }, 'replace', [UNRESTORABLE]);
      return;
    }
    const session = restored.session;
    const editing = place.edit !== undefined && canChange(session, place.edit) ? { editing: place.edit } : {};
    // A session saved under an earlier version of the theme: say what became of the answers, and save the
    // updated session in place so that a reload does not say it again.
    if (restored.updated)
      show({ kind: 'session', session }, 'replace', updatedNotes(theme, restored.dropped));
    else show({ kind: 'session', session, ...editing }, 'none', []);
  }

  return { route };
}
