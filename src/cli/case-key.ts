import { formatCaseKeyError, type Lang } from '../messages/index.js';
import type { CaseKeyError } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import { escapeControls } from './format/escape.js';
import { rejectedMessage } from './scripted.js';

/**
 * Why a case key given with `--case` does not fit the theme, for the terminal: a refused answer as a refused
 * `--answers` value reads (naming the question and what it accepts), anything else from the catalog.
 */
export function caseKeyMessage(error: CaseKeyError, theme: CompiledTheme, lang: Lang): string {
  if ('refusal' in error) return rejectedMessage(error.refusal, theme, lang);
  // The key is typed by the user: escaped, it goes to a terminal.
  return escapeControls(formatCaseKeyError(error, lang));
}
