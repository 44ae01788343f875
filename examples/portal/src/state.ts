/**
 * The portal's data: the precompiled themes (`tongban build`), the example profile, and the session being
 * answered. Everything the page shows is computed from `PortalState` by the runtime's pure functions.
 */
import {
  type Answer,
  type CompiledTheme,
  type DroppedAnswer,
  type Profile,
  type Question,
  type Session,
  type SessionError,
  walk,
} from '../../../src/index.js';

/** One entry of `themes/index.json` as `tongban build` writes it. */
export interface ThemeEntry {
  readonly id: string;
  readonly title: string;
  readonly audience: CompiledTheme['audience'];
  readonly tags: CompiledTheme['tags'];
  readonly file: string;
}

export interface PortalState {
  themes: readonly ThemeEntry[];
  profile: Profile | undefined;
  useProfile: boolean;
  today: string;
  session: Session | undefined;
  /** The question whose earlier answer is being changed, if any. */
  editing: string | undefined;
  /** The last rejection or the answers a change dropped, shown once. */
  error: SessionError | undefined;
  dropped: readonly DroppedAnswer[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function loadIndex(): Promise<ThemeEntry[]> {
  const index = await getJson<{ themes: ThemeEntry[] }>('themes/index.json');
  return index.themes;
}

const themeCache = new Map<string, Promise<CompiledTheme>>();

export function loadTheme(entry: ThemeEntry): Promise<CompiledTheme> {
  let theme = themeCache.get(entry.id);
  if (!theme) {
    theme = getJson<CompiledTheme>(`themes/${entry.file}`);
    themeCache.set(entry.id, theme);
  }
  return theme;
}

export function loadProfile(): Promise<Profile> {
  return getJson<Profile>('profiles/shanghai-resident.json');
}

/** `?today=YYYY-MM-DD` (for tests and demos), else the local date. */
export function todayOf(search: string): string {
  const given = new URLSearchParams(search).get('today');
  if (given && /^\d{4}-\d{2}-\d{2}$/.test(given)) return given;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The questions answered so far that still count, in question order, with their answers. */
export function answeredQuestions(session: Session): { question: Question; answer: Answer }[] {
  const states = walk(session).states;
  const list: { question: Question; answer: Answer }[] = [];
  session.theme.questions.forEach((question, index) => {
    const answer = session.answers[question.id];
    if (answer && states[index] === 'answered') list.push({ question, answer });
  });
  return list;
}

export function questionById(session: Session, id: string): Question | undefined {
  return session.theme.questions.find((q) => q.id === id);
}
