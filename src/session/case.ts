import type { CaseKey, CasePart, Session } from '../model/session.js';
import { own } from '../util/own.js';
import { questionType } from './question-types/index.js';
import { walk } from './walk.js';

/**
 * The case a session has reached, from the answers of the questions asked, in question order; before the
 * questionnaire is complete, the case so far.
 */
export function caseOf(session: Session): CaseKey {
  const w = walk(session);
  const parts: CasePart[] = [];
  session.theme.questions.forEach((question, index) => {
    if (w.states[index] !== 'answered') return;
    const answer = own(session.answers, question.id);
    if (!answer) return;
    const part = questionType(question).casePart(question, answer.value);
    parts.push({ question: question.id, key: part.key, label: part.label });
  });
  return {
    key: parts.map((p) => `${p.question}=${p.key}`).join('&'),
    label: parts
      .map((p) => p.label)
      .filter((label) => label !== '')
      .join(' · '),
    parts,
  };
}
