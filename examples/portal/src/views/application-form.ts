/**
 * The one merged application form of the case (一表申请): every field once, by section, each prefilled value
 * marked with its source (档案, 问卷, 电子证照, 流程内产生); the citizen fills in the rest. Each field is checked
 * as it is typed in, with the library's messages (`check`, i.e. `checkFormData`); 提交 checks them all and hands
 * the data on (`onSubmit`), and shows what became of it.
 */
import {
  type CaseField,
  type CaseForm,
  FIELD_SOURCE_LABELS,
  fieldValueText,
  type Json,
} from '../../../../src/index.js';
import { h } from '../dom.js';

/** A problem the page shows at a field: its pointer (`/field-id`) and message. */
export interface FieldProblem {
  readonly pointer: string;
  readonly message: string;
}

/** What became of a submission, as the page shows it, with the package to download. */
export interface SubmitResult {
  readonly kind: 'accepted' | 'saved' | 'refused';
  readonly text: string;
  readonly errors?: readonly FieldProblem[];
  readonly download?: { readonly file: string; readonly text: string };
}

export interface ApplicationFormView {
  readonly form: CaseForm;
  /** The problems of the data, in the form's order (the library's check). */
  readonly check: (data: Record<string, Json>) => readonly FieldProblem[];
  /** Called with valid data only. */
  readonly onSubmit: (data: Record<string, Json>) => Promise<SubmitResult>;
}

/** Field types whose value is written in a text box. */
const TYPED = new Set(['text', 'address', 'id-number', 'phone', 'number', 'amount', 'date']);
const NUMERIC = new Set(['number', 'amount']);

export function applicationFormView(view: ApplicationFormView): HTMLElement {
  const fields = view.form.sections.flatMap((s) => s.fields);
  const touched = new Set<string>();
  const errorBoxes = new Map<string, HTMLElement>();
  const result = h('div', { class: 'submit-result', role: 'status', 'data-testid': 'submit-result' });

  const element = h(
    'form',
    {
      class: 'apply-form',
      'data-testid': 'application-form',
      novalidate: true,
      'aria-labelledby': 'apply-heading',
    },
    h('h3', { id: 'apply-heading' }, '一表申请'),
    h(
      'p',
      { class: 'apply-counts' },
      `共 ${view.form.counts.fields} 项，已预填 ${view.form.counts.prefilled} 项，待填写 ${view.form.counts.toFill} 项（* 为必填）。`,
    ),
    view.form.sections.map((section) =>
      h(
        'fieldset',
        { class: 'apply-section' },
        h('legend', {}, section.title),
        section.fields.map((field) => fieldView(field, errorBoxes)),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', 'data-testid': 'submit-application' }, '提交'),
    ),
    result,
  ) as HTMLFormElement;

  function data(): Record<string, Json> {
    const values: Record<string, Json> = {};
    for (const field of fields) {
      const value = readField(element, field);
      if (value !== undefined) values[field.id] = value;
    }
    return values;
  }

  /** Shows the errors of the fields touched so far (all of them after 提交); returns all errors. */
  function showErrors(all: boolean, extra: readonly FieldProblem[] = []): readonly FieldProblem[] {
    const errors = [...view.check(data()), ...extra];
    const byField = new Map<string, string>();
    for (const e of errors) {
      const id = e.pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!byField.has(id)) byField.set(id, e.message);
    }
    for (const field of fields) {
      const box = errorBoxes.get(field.id);
      if (!box) continue;
      const message = all || touched.has(field.id) ? byField.get(field.id) : undefined;
      box.textContent = message ?? '';
      box.hidden = message === undefined;
      for (const input of inputsOf(element, field.id))
        if (message === undefined) input.removeAttribute('aria-invalid');
        else input.setAttribute('aria-invalid', 'true');
    }
    return errors;
  }

  element.addEventListener('input', (event) => {
    const id = (event.target as HTMLElement).closest('[data-field]')?.getAttribute('data-field');
    if (id) touched.add(id);
    showErrors(false);
  });
  element.addEventListener('change', (event) => {
    const id = (event.target as HTMLElement).closest('[data-field]')?.getAttribute('data-field');
    if (id) touched.add(id);
    showErrors(false);
  });
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const errors = showErrors(true);
    if (errors.length > 0) {
      result.textContent = `还有 ${errors.length} 处需要修改，请查看标红的项目。`;
      firstInvalid(element)?.focus();
      return;
    }
    result.textContent = '正在提交…';
    void view.onSubmit(data()).then((outcome) => {
      result.replaceChildren(h('p', { 'data-testid': 'submit-text' }, outcome.text));
      result.dataset.result = outcome.kind;
      if (outcome.download) result.append(downloadLink(outcome.download.file, outcome.download.text));
      if (outcome.errors && outcome.errors.length > 0) {
        showErrors(true, outcome.errors);
        firstInvalid(element)?.focus();
      }
    });
  });
  return element;
}

function fieldView(field: CaseField, errorBoxes: Map<string, HTMLElement>): HTMLElement {
  const id = `apply-${field.id}`;
  const errorId = `${id}-error`;
  const error = h('p', {
    class: 'error field-error',
    id: errorId,
    'data-testid': `field-error-${field.id}`,
    hidden: true,
  });
  errorBoxes.set(field.id, error);
  const source =
    field.source === 'applicant'
      ? null
      : h(
          'span',
          { class: `source source-${field.source}`, 'data-testid': `source-${field.id}` },
          `来自${FIELD_SOURCE_LABELS[field.source].zh}`,
        );
  const required =
    field.required && field.source !== 'produced'
      ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')
      : null;
  const help = field.help ? h('small', { class: 'help-text', id: `${id}-help` }, field.help) : null;
  const described = [field.help ? `${id}-help` : '', errorId].filter(Boolean).join(' ');
  const common = { 'data-field': field.id, class: `apply-field apply-${field.source}` };

  // Values fixed by an answer or produced in the flow are shown, not asked.
  if (field.source === 'answer' || field.source === 'produced') {
    const shown =
      field.source === 'produced'
        ? '（办理过程中自动填写）'
        : fieldValueText(field, field.value ?? null, 'zh');
    return h(
      'div',
      common,
      h('span', { class: 'apply-label' }, field.label),
      ' ',
      source,
      h('p', { class: 'apply-fixed', 'data-testid': `field-${field.id}` }, shown),
    );
  }
  if (TYPED.has(field.type)) {
    const value = field.value;
    const long = field.type === 'text' && typeof field.max === 'number' && field.max > 100;
    const input = h(long ? 'textarea' : 'input', {
      id,
      name: field.id,
      'data-testid': `field-${field.id}`,
      ...(long ? { rows: 3 } : { type: field.type === 'date' ? 'date' : 'text' }),
      ...(NUMERIC.has(field.type) ? { inputmode: 'decimal' } : {}),
      ...(field.type === 'phone' ? { inputmode: 'tel', autocomplete: 'tel' } : {}),
      'aria-required': field.required ? 'true' : undefined,
      'aria-describedby': described,
    }) as HTMLInputElement;
    if (value !== undefined && value !== null) input.value = String(value);
    return h(
      'div',
      common,
      h(
        'label',
        { for: id, class: 'apply-label' },
        field.label,
        field.unit ? `（${field.unit}）` : '',
        required,
      ),
      ' ',
      source,
      input,
      help,
      error,
    );
  }
  // Choices: yes-no, single and multiple as radio buttons and checkboxes in a fieldset.
  const choices: { id: string; label: string; value: string }[] =
    field.type === 'yes-no'
      ? [
          { id: 'yes', label: '是', value: 'true' },
          { id: 'no', label: '否', value: 'false' },
        ]
      : (field.options ?? []).map((o) => ({ id: o.id, label: o.label, value: o.id }));
  const kind = field.type === 'multiple' ? 'checkbox' : 'radio';
  const current = field.value;
  const chosen = (value: string) =>
    Array.isArray(current) ? current.includes(value) : current !== undefined && String(current) === value;
  return h(
    'fieldset',
    { ...common, 'aria-describedby': described, 'data-testid': `field-${field.id}` },
    h('legend', { class: 'apply-label' }, field.label, required),
    source,
    h(
      'div',
      { class: 'apply-choices' },
      choices.map((c) =>
        h(
          'label',
          { class: 'option' },
          h('input', {
            type: kind,
            name: field.id,
            value: c.value,
            'data-testid': `field-${field.id}-${c.id}`,
            checked: chosen(c.value),
          }),
          ` ${c.label}`,
        ),
      ),
    ),
    help,
    error,
  );
}

/** The value of a field as the form holds it; undefined when nothing is given. */
function readField(form: HTMLFormElement, field: CaseField): Json | undefined {
  if (field.source === 'answer' || field.source === 'produced') return undefined;
  const inputs = inputsOf(form, field.id);
  if (field.type === 'multiple') {
    const ids = inputs
      .filter((i) => (i as HTMLInputElement).checked)
      .map((i) => (i as HTMLInputElement).value);
    return ids.length === 0 ? undefined : ids;
  }
  if (field.type === 'yes-no' || field.type === 'single') {
    const chosen = inputs.find((i) => (i as HTMLInputElement).checked) as HTMLInputElement | undefined;
    if (!chosen) return undefined;
    return field.type === 'yes-no' ? chosen.value === 'true' : chosen.value;
  }
  const text = (inputs[0] as HTMLInputElement | undefined)?.value.trim() ?? '';
  // A prefilled value the citizen cleared is given as empty, so that a required field says so.
  if (text === '') return field.value === undefined ? undefined : '';
  // A number that does not read as one stays text: the library says what is wrong with it.
  if (NUMERIC.has(field.type)) return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  return text;
}

function inputsOf(form: HTMLElement, field: string): HTMLElement[] {
  return [
    ...form.querySelectorAll<HTMLElement>(
      `[data-field="${CSS.escape(field)}"] input, [data-field="${CSS.escape(field)}"] textarea`,
    ),
  ];
}

function firstInvalid(form: HTMLElement): HTMLElement | null {
  return form.querySelector<HTMLElement>('[aria-invalid="true"]');
}

/** A link that saves the package as a JSON file. */
function downloadLink(file: string, text: string): HTMLElement {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  return h('a', { href: url, download: file, 'data-testid': 'download-application' }, '下载申请材料（JSON）');
}
