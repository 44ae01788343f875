import { formatSessionError, type Lang } from '../messages/index.js';
import type { CaseKeyError } from '../model/session.js';
import { t } from './format/style.js';

/** Why a case key given with `--case` does not fit the theme, for the terminal. */
export function caseKeyMessage(error: CaseKeyError, lang: Lang): string {
  switch (error.code) {
    case 'malformed-part':
    case 'unknown-question':
      return t(
        lang,
        `情形键的“${error.part}”不是“问题=值”，或主题没有这个问题`,
        `"${error.part}" in the case key is not question=value of a question of the theme`,
      );
    case 'repeated-question':
      return t(
        lang,
        `情形键中问题“${error.question}”出现了两次`,
        `"${error.question}" appears twice in the case key`,
      );
    case 'no-answer':
      return t(
        lang,
        `问题 ${error.question} 没有对应“${error.part}”的有效回答（没有这个区间或取值）`,
        `no valid answer of ${error.question} has the key "${error.part}" (no such band or value)`,
      );
    case 'refused':
      return formatSessionError(error.refusal, lang);
  }
}
