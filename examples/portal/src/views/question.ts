/**
 * The question card: the question as a fieldset whose legend is its heading, help, the inputs of each question
 * type, and the message of a rejected answer (the library's, tied to the inputs with aria-describedby).
 */
import type { AnswerValue, Option, Question, SessionError } from '../../../../src/index.js';
import { h } from '../dom.js';

export interface QuestionView {
  readonly question: Question;
  readonly options: readonly Option[];
  /** `answer`: the question asked now; `change`: an earlier answer being revised. */
  readonly mode: 'answer' | 'change';
  /** Shown above the question (the progress, or what is being changed). */
  readonly above?: HTMLElement;
  /** The current answer, preselected when changing it. */
  readonly value?: AnswerValue;
  readonly error?: SessionError;
  readonly onSubmit: (value: unknown) => void;
  readonly onCancel?: () => void;
}

export function questionView(view: QuestionView): HTMLElement {
  const { question, mode } = view;
  // The runtime checks every value and says what is wrong; the browser's own checks would speak English.
  const form = h('form', {
    class: 'question',
    'data-testid': 'question',
    'data-question': question.id,
    novalidate: true,
  }) as HTMLFormElement;
  if (view.above) form.append(view.above);
  form.append(
    h(
      'fieldset',
      view.error ? { 'aria-describedby': 'question-error' } : {},
      h('legend', {}, h('h2', { class: 'ask' }, question.ask)),
      question.help ? h('p', { class: 'help' }, question.help) : null,
      inputsOf(view),
    ),
  );
  if (view.error)
    form.append(
      h(
        'p',
        { class: 'error', id: 'question-error', role: 'alert', 'data-testid': 'error' },
        view.error.message,
      ),
    );
  form.append(
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', 'data-testid': 'submit' }, mode === 'change' ? '确认修改' : '下一题'),
      mode === 'change'
        ? h('button', { type: 'button', 'data-testid': 'cancel', onclick: () => view.onCancel?.() }, '取消')
        : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    view.onSubmit(readValue(form, question));
  });
  return form;
}

/** The element to focus when the question appears: the chosen option, else the first input. */
export function questionFocusTarget(form: HTMLElement): HTMLElement | null {
  return form.querySelector<HTMLElement>('input:checked') ?? form.querySelector<HTMLElement>('input');
}

function inputsOf(view: QuestionView): HTMLElement[] {
  const { question, value } = view;
  const name = `q-${question.id}`;
  switch (question.type) {
    case 'single':
      return view.options.map((o) => choice('radio', name, o.id, o.label, o.help, value === o.id));
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [];
      const boxes = view.options.map((o) =>
        choice('checkbox', name, o.id, o.label, o.exclusive ? '只能单独选择' : o.help, chosen.includes(o.id)),
      );
      // An exclusive option ("以上都没有") clears the others, and any other option clears it.
      for (const box of boxes) {
        const input = box.querySelector('input') as HTMLInputElement;
        input.addEventListener('change', () => {
          if (!input.checked) return;
          const exclusive = view.options.find((o) => o.id === input.value)?.exclusive === true;
          for (const other of boxes.map((b) => b.querySelector('input') as HTMLInputElement)) {
            if (other === input) continue;
            const otherExclusive = view.options.find((o) => o.id === other.value)?.exclusive === true;
            if (exclusive || otherExclusive) other.checked = false;
          }
        });
      }
      return boxes;
    }
    case 'yes-no':
      return [
        choice('radio', name, 'yes', `是 —— ${question.yes}`, undefined, value === true),
        choice('radio', name, 'no', `否 —— ${question.no}`, undefined, value === false),
      ];
    case 'number': {
      const range =
        question.min !== undefined || question.max !== undefined
          ? `范围 ${question.min ?? '—'} 至 ${question.max ?? '—'}${question.unit ?? ''}`
          : '';
      return [
        h(
          'label',
          { class: 'field' },
          h('span', { class: 'visually-hidden' }, question.short ?? question.ask),
          h('input', {
            type: 'number',
            name,
            inputmode: question.integer ? 'numeric' : 'decimal',
            'data-testid': 'input-number',
            min: question.min,
            max: question.max,
            step: question.integer ? 1 : 'any',
            value: typeof value === 'number' ? value : undefined,
          }),
          h('span', { class: 'unit' }, question.unit ?? ''),
          range && h('small', {}, range),
        ),
      ];
    }
    case 'date':
      return [
        h(
          'label',
          { class: 'field' },
          h('span', { class: 'visually-hidden' }, question.short ?? question.ask),
          h('input', {
            type: 'date',
            name,
            'data-testid': 'input-date',
            value: typeof value === 'string' ? value : undefined,
          }),
        ),
      ];
  }
}

function choice(
  type: 'radio' | 'checkbox',
  name: string,
  value: string,
  label: string,
  help: string | undefined,
  checked: boolean,
): HTMLElement {
  return h(
    'label',
    { class: 'option' },
    h('input', { type, name, value, checked, 'data-testid': `option-${value}` }),
    h('span', {}, label, help ? h('small', {}, help) : null),
  );
}

/** The value to hand to the runtime, which validates it (an empty choice comes back as a typed error). */
function readValue(form: HTMLFormElement, question: Question): unknown {
  const inputs = [...form.querySelectorAll<HTMLInputElement>(`[name="q-${question.id}"]`)];
  const checked = inputs.filter((i) => i.checked).map((i) => i.value);
  switch (question.type) {
    case 'single':
      return checked[0];
    case 'multiple':
      return checked;
    case 'yes-no':
      return checked[0] === undefined ? undefined : checked[0] === 'yes';
    case 'number': {
      const text = inputs[0]?.value.trim() ?? '';
      return text === '' ? undefined : Number(text);
    }
    case 'date':
      return inputs[0]?.value || undefined;
  }
}
