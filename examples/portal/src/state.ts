/**
 * The portal's data: the precompiled themes (`tongban build`) and the example profile, fetched once; and what
 * the page derives from a session with the runtime's pure functions.
 */
import { type CompiledTheme, type Profile, type Question, type Session, walk } from '../../../src/index.js';
import type { AnsweredQuestion } from './views/answers.js';

/** One entry of `themes/index.json` as `tongban build` writes it. */
export interface ThemeEntry {
  readonly id: string;
  readonly title: string;
  readonly audience: CompiledTheme['audience'];
  readonly tags: CompiledTheme['tags'];
  readonly file: string;
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

/** The example profiles by kind: the page uses the one whose kind is the theme's audience. */
export type Profiles = Partial<Record<Profile['kind'], Profile>>;

const PROFILE_FILES: Readonly<Record<Profile['kind'], string>> = {
  person: 'profiles/shanghai-resident.json',
  enterprise: 'profiles/new-restaurant-company.json',
};

export async function loadProfiles(): Promise<Profiles> {
  const profiles: Profiles = {};
  await Promise.all(
    (Object.keys(PROFILE_FILES) as Profile['kind'][]).map(async (kind) => {
      try {
        profiles[kind] = await getJson<Profile>(PROFILE_FILES[kind]);
      } catch {
        // A profile that cannot be loaded leaves its switch disabled.
      }
    }),
  );
  return profiles;
}

/** The local date as `YYYY-MM-DD` (the page's only read of the clock; `?today=` overrides it). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The questions answered so far that still count, in question order, with their answers. */
export function answeredQuestions(session: Session): AnsweredQuestion[] {
  const states = walk(session).states;
  const list: AnsweredQuestion[] = [];
  session.theme.questions.forEach((question, index) => {
    const answer = session.answers[question.id];
    if (answer && states[index] === 'answered') list.push({ question, answer });
  });
  return list;
}

export function questionById(session: Session, id: string): Question | undefined {
  return session.theme.questions.find((q) => q.id === id);
}

/** Whether the question's earlier answer can be changed now (answered, on the path). */
export function canChange(session: Session, id: string): boolean {
  const index = session.theme.questions.findIndex((q) => q.id === id);
  return index >= 0 && walk(session).states[index] === 'answered';
}
