import type { SCENARIO_NOT_LISTS } from '../model/diagnostic.js';
import type { CompiledTheme } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import type { ScenarioExpect } from './types.js';

type NotList = (typeof SCENARIO_NOT_LISTS)[number];

/** An id of a `not…` list that the theme does not define, with its position in the list. */
export interface UnknownId {
  readonly list: NotList;
  readonly index: number;
  readonly id: string;
}

/**
 * The ids of a scenario's `not…` lists that its theme does not define: such an id is never in the outcome, so
 * the check passes whatever the theme does (typically an id renamed or removed after the scenario was written).
 */
export function unknownIds(expect: ScenarioExpect, theme: CompiledTheme): UnknownId[] {
  const items = new Set(theme.items.map((entry) => entry.item));
  const notices = new Set(theme.notices.map((notice) => notice.id));
  const lists: readonly [NotList, readonly string[] | undefined, (id: string) => boolean][] = [
    ['not-items', expect.notItems, (id) => items.has(id)],
    ['not-materials', expect.notMaterials, (id) => Object.hasOwn(theme.catalog.materials, id)],
    ['not-notices', expect.notNotices, (id) => notices.has(id)],
    ['not-offered', expect.notOffered, (id) => isOption(theme, id)],
  ];
  const unknown: UnknownId[] = [];
  for (const [list, ids, known] of lists) {
    ids?.forEach((id, index) => {
      if (!known(id)) unknown.push({ list, index, id });
    });
  }
  return unknown;
}

/** Whether `question=option` names an option of a question of the theme (any answer of a question without options). */
function isOption(theme: CompiledTheme, written: string): boolean {
  const at = written.indexOf('=');
  const questionId = at < 0 ? written : written.slice(0, at);
  const question = theme.questions.find((q) => q.id === questionId);
  if (question === undefined || at < 0) return false;
  const options = questionType(question).options(question);
  if (options.length === 0) return true;
  const optionId = written.slice(at + 1);
  return options.some((option) => option.id === optionId);
}
