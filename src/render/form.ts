import type { CaseField, CaseForm, FieldValueSource } from '../model/form.js';
import type { Json } from '../model/json.js';
import type { CompiledTheme } from '../model/theme.js';
import { formatNumber } from '../util/number.js';
import { own } from '../util/own.js';
import type { Bilingual } from './labels.js';

/** How a field's value source reads: 档案 / 问卷 / 电子证照 / 流程内产生 / 待填写. */
export const FIELD_SOURCE_LABELS: Readonly<Record<FieldValueSource, Bilingual>> = {
  profile: { zh: '档案', en: 'profile' },
  answer: { zh: '问卷', en: 'questionnaire' },
  licence: { zh: '电子证照', en: 'e-licence' },
  produced: { zh: '流程内产生', en: 'produced in the flow' },
  applicant: { zh: '待填写', en: 'to fill in' },
};

/** A prefilled value as people read it: option labels, 是/否 (yes/no), numbers with the field's unit. */
export function fieldValueText(field: CaseField, value: Json | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value))
    return value.map((v) => fieldValueText(field, v, lang)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number') return `${formatNumber(value)}${field.unit ?? ''}`;
  if (typeof value === 'string') return field.options?.find((o) => o.id === value)?.label ?? value;
  return JSON.stringify(value);
}

/**
 * The merged form as plain lines, section by section: each field with its prefilled value (or what fills
 * it), its source in brackets, `*` when required, and the items that use it. Headings follow `lang`; theme
 * texts stay Chinese.
 */
export function formLines(form: CaseForm, theme: CompiledTheme, lang: 'zh' | 'en' = 'zh'): string[] {
  const { counts } = form;
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `一表申请：共 ${counts.fields} 项，预填 ${counts.prefilled} 项，流程内产生 ${counts.produced} 项，待填写 ${counts.toFill} 项（* 为必填）`
      : `One application form: ${counts.fields} fields, ${counts.prefilled} prefilled, ${counts.produced} produced in the flow, ${counts.toFill} to fill in (* required)`,
  ];
  const itemName = (id: string) => own(theme.catalog.items, id)?.name ?? id;
  for (const section of form.sections) {
    lines.push('', zh ? `【${section.title}】` : `[${section.title}]`);
    for (const field of section.fields) {
      const source = FIELD_SOURCE_LABELS[field.source][lang];
      const producer = itemName(field.from && 'item' in field.from ? field.from.item : '');
      const value =
        field.source === 'produced'
          ? zh
            ? `（由${producer}办结后填入）`
            : `(filled in once ${producer} is done)`
          : field.source === 'applicant'
            ? '____'
            : fieldValueText(field, field.value, lang);
      const users = field.items.map(itemName).join(zh ? '、' : ', ');
      const colon = zh ? '：' : ': ';
      const from = zh ? `〔${source}〕` : ` [${source}]`;
      lines.push(`  ${field.label}${field.required ? ' *' : ''}${colon}${value}${from} —— ${users}`);
    }
  }
  return lines;
}
