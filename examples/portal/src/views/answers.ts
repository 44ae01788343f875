/** The answers given so far that still count, each with a 修改 button; answers from the profile say so. */
import { type Answer, displayAnswer, type Question } from '../../../../src/index.js';
import { h } from '../dom.js';

export interface AnsweredQuestion {
  readonly question: Question;
  readonly answer: Answer;
}

export function answersView(
  answered: readonly AnsweredQuestion[],
  onChange: (question: string) => void,
): HTMLElement {
  return h(
    'section',
    { class: 'answered', 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading' }, '已回答'),
    answered.length === 0
      ? h('p', { class: 'empty' }, '尚未回答。')
      : h(
          'ol',
          { class: 'answers', 'data-testid': 'answers' },
          answered.map(({ question, answer }) =>
            h(
              'li',
              { 'data-testid': `answer-${question.id}` },
              h('span', { class: 'q' }, question.ask),
              h('span', { class: 'a' }, displayAnswer(question, answer.value)),
              answer.prefilled
                ? h('span', { class: 'tag prefilled', 'data-testid': 'prefilled' }, '来自档案')
                : null,
              h(
                'button',
                {
                  type: 'button',
                  class: 'no-print',
                  'data-testid': `change-${question.id}`,
                  'aria-label': `修改：${question.short ?? question.ask}`,
                  onclick: () => onChange(question.id),
                },
                '修改',
              ),
            ),
          ),
        ),
  );
}
