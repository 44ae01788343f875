import type { CompiledTheme, SourceLocation } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { toPointer } from '../util/pointer.js';
import type { Locate } from './parse.js';

/** What names a theme's located elements: a draft and the compiled theme made from it list the same ones. */
export type ThemeElements = Pick<
  CompiledTheme,
  'questions' | 'conditions' | 'items' | 'notices' | 'triggers'
>;

/**
 * Calls `visit` on each located element of a theme, in a fixed order, with its key as diagnostics name it
 * (`theme`, `question:id`, `option:question/option`, `condition:id`, `theme-item:id`, `notice:id`,
 * `trigger:id`) and its path in the file.
 */
export function eachElement(
  theme: ThemeElements,
  visit: (key: string, segments: readonly (string | number)[]) => void,
): void {
  visit('theme', []);
  theme.questions.forEach((question, i) => {
    visit(`question:${question.id}`, ['questions', i]);
    for (const option of questionType(question).options(question))
      visit(`option:${question.id}/${option.id}`, ['questions', i, 'options', option.id]);
  });
  for (const id of Object.keys(theme.conditions)) visit(`condition:${id}`, ['conditions', id]);
  for (const entry of theme.items) visit(`theme-item:${entry.item}`, ['items', entry.item]);
  for (const notice of theme.notices) visit(`notice:${notice.id}`, ['notices', notice.id]);
  for (const trigger of theme.triggers) visit(`trigger:${trigger.id}`, ['triggers', trigger.id]);
}

/**
 * The line and column of each element of `eachElement`, two numbers each, in its order: a keyed element at
 * its key, a list entry where it starts. What loading keeps of a theme's locations: the location objects are
 * built only when a diagnostic asks for them (`locationsAt`).
 */
export function elementPositions(theme: ThemeElements, locate: Locate): Int32Array {
  const positions: number[] = [];
  eachElement(theme, (_key, segments) => {
    const { line, column } = locate(toPointer(segments), segments.length > 0);
    positions.push(line, column);
  });
  return Int32Array.from(positions);
}

/** The locations of a theme's elements from their `elementPositions`, keyed by element. */
export function locationsAt(
  theme: ThemeElements,
  file: string,
  positions: Int32Array,
): Record<string, SourceLocation> {
  const locations: Record<string, SourceLocation> = {};
  let at = 0;
  eachElement(theme, (key, segments) => {
    const line = positions[at++] ?? 1;
    const column = positions[at++] ?? 1;
    locations[key] = { file, line, column, pointer: toPointer(segments) };
  });
  return locations;
}
