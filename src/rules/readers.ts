import type { Condition } from '../model/condition.js';
import type { Notice, Question, ThemeReaders } from '../model/theme.js';
import { factsRead } from './facts-read.js';

/** What `themeReaders` reads of a theme. */
export interface ReadersSource {
  readonly questions: readonly Question[];
  readonly conditions: Readonly<Record<string, Condition>>;
  readonly notices: readonly Notice[];
}

/** The index of a theme's conditions by the questions they read, plus whether every condition reads back. */
export interface ReadersFound {
  readonly readers: ThemeReaders;
  /**
   * Whether every question's condition reads only questions before it, as the loader guarantees, and no two
   * questions share an id: what a session needs to re-evaluate only the readers of an answer.
   */
  readonly ordered: boolean;
}

/**
 * Which later questions read each question's answer, and which questions' answers the blocking notices read
 * (`ThemeReaders`), through named conditions; a name that does not exist reads nothing.
 */
export function themeReaders(theme: ReadersSource): ReadersFound {
  const position = new Map<string, number>();
  let ordered = true;
  theme.questions.forEach((question, index) => {
    if (position.has(question.id)) ordered = false;
    else position.set(question.id, index);
  });
  const questions: number[][] = theme.questions.map(() => []);
  theme.questions.forEach((question, reader) => {
    if (question.when === undefined) return;
    for (const fact of factsRead(question.when, theme.conditions, 'skip')) {
      const read = position.get(fact);
      if (read === undefined) continue;
      if (read < reader) questions[read]?.push(reader);
      else ordered = false;
    }
  });
  const blocks = new Set<number>();
  for (const notice of theme.notices) {
    if (notice.kind !== 'block' || notice.when === undefined) continue;
    for (const fact of factsRead(notice.when, theme.conditions, 'skip')) {
      const read = position.get(fact);
      if (read !== undefined) blocks.add(read);
    }
  }
  return { readers: { questions, blocks: [...blocks].sort((a, b) => a - b) }, ordered };
}
