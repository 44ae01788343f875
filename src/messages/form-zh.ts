import type { FieldType } from '../model/form.js';
import type { Bounds, FormErrorCatalog } from './runtime-catalog.js';

/** What a field's value is, as a request ("请填写…") and as a noun for ranges. */
const KIND: Readonly<Record<FieldType, { readonly enter: string; readonly noun: string }>> = {
  text: { enter: '请填写文字', noun: '个字' },
  address: { enter: '请填写地址', noun: '个字' },
  'id-number': { enter: '请填写18位居民身份证号码', noun: '个字' },
  phone: { enter: '请填写手机号码或带区号的固定电话', noun: '个字' },
  number: { enter: '请输入数字', noun: '数字' },
  amount: { enter: '请输入金额（元）', noun: '金额' },
  date: { enter: '请输入日期，格式如 2026-03-01', noun: '日期' },
  'yes-no': { enter: '请选择是或否', noun: '' },
  single: { enter: '请选择一项', noun: '' },
  multiple: { enter: '请选择一项或多项', noun: '' },
};

/** "请填写 2 到 50 个字", "请输入 1 到 100000 之间的数字". */
function within(type: FieldType, { min, max }: Bounds): string {
  const noun = KIND[type].noun;
  const text = noun === '个字';
  if (min !== undefined && max !== undefined)
    return text ? `请填写 ${min} 到 ${max} 个字` : `请输入 ${min} 到 ${max} 之间的${noun}`;
  if (min !== undefined) return text ? `请至少填写 ${min} 个字` : `请输入不小于 ${min} 的${noun}`;
  return text ? `请最多填写 ${max} 个字` : `请输入不大于 ${max} 的${noun}`;
}

/** Form errors in plain Chinese for the person filling in, each naming the field by its label. */
export const formZh: FormErrorCatalog = {
  'not-an-object': () => '表单数据应为按字段填写的对象',
  'unknown-field': () => '表单中没有这一项',
  required: (p) => `请填写“${p.label}”`,
  'wrong-type': (p) => `“${p.label}”：${KIND[p.expected].enter}`,
  format: (p) => `“${p.label}”格式不正确：${KIND[p.expected].enter}`,
  'out-of-range': (p) => `“${p.label}”：${within(p.expected, p)}`,
  'unknown-option': (p) => `“${p.label}”：请从列出的选项中选择`,
  'duplicate-option': (p) => `“${p.label}”：同一个选项只能选一次`,
  'invalid-date': (p) => `“${p.label}”：请输入有效的日期，格式如 2026-03-01`,
  fixed: (p) => `“${p.label}”由问卷回答确定，如需改动请修改问卷回答`,
};
