import { deferrableText } from '../messages/outcome-words.js';
import type { MergeFigures, OutcomeMaterial } from '../model/outcome.js';

/**
 * The counting line of a case, computed from the merge figures, never written by themes: "逐项办理需 17 份材料
 * → 一表申请，需准备 2 份", then what became of the rest (forms generated, licences, data sharing, passed on,
 * one commitment letter). Without a generated form it says "合并后需准备"; when nothing is saved, only how
 * many materials to prepare.
 */
export function mergeSentence(m: MergeFigures, lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  if (m.itemByItem === m.toSubmit)
    return zh ? `需准备 ${m.toSubmit} 份材料。` : `${m.toSubmit} materials to prepare.`;
  const parts = zh
    ? [
        m.generated > 0 ? `${m.generated} 种表格由一表申请生成` : '',
        m.waived > 0 ? `${m.waived} 种以电子证照免提交` : '',
        m.shared > 0 ? `${m.shared} 种经部门间数据共享免提交` : '',
        m.passedOn > 0 ? `${m.passedOn} 种在流程内传递` : '',
        m.committed > 0 ? `${m.committed} 种以一份告知承诺书代替` : '',
      ]
    : [
        m.generated > 0 ? `${m.generated} forms generated from the one application form` : '',
        m.waived > 0 ? `${m.waived} waived by electronic licences` : '',
        m.shared > 0 ? `${m.shared} obtained by data sharing` : '',
        m.passedOn > 0 ? `${m.passedOn} passed on inside the workflow` : '',
        m.committed > 0 ? `${m.committed} replaced by one commitment letter` : '',
      ];
  const rest = parts.filter((p) => p !== '');
  if (zh) {
    const head = `逐项办理需 ${m.itemByItem} 份材料 → ${m.generated > 0 ? '一表申请，' : '合并后'}需准备 ${m.toSubmit} 份`;
    return `${head}${rest.length > 0 ? `（合并后 ${m.merged} 种：${rest.join('，')}）` : ''}。`;
  }
  const head = `Item by item: ${m.itemByItem} materials → ${m.generated > 0 ? 'one application form, ' : 'merged, '}${m.toSubmit} to prepare`;
  return `${head}${rest.length > 0 ? ` (${m.merged} kinds merged: ${rest.join(', ')})` : ''}.`;
}

/**
 * How a material is dealt with, in words: 需提交 (with 可告知承诺 and 可容缺受理，受理后补交 where they apply),
 * 流程内传递（…）, 由一表申请生成, 免提交（…）, 告知承诺.
 */
export function materialStatusText(
  m: Pick<OutcomeMaterial, 'status' | 'producedBy' | 'waivedBy' | 'sharedBy' | 'commitment' | 'deferrable'>,
  lang: 'zh' | 'en',
  itemName: (id: string) => string,
  /** Whether a material handed in says it may be replaced by a commitment (where no column says so). */
  commitmentNote = true,
): string {
  const zh = lang === 'zh';
  switch (m.status) {
    case 'passed-on': {
      const by = m.producedBy ? itemName(m.producedBy.id) : zh ? '前序事项' : 'an earlier item';
      return zh ? `流程内传递（由${by}产生）` : `passed on (from ${by})`;
    }
    case 'generated':
      return zh ? '由一表申请生成' : 'generated from the application form';
    case 'waived':
      return zh
        ? `免提交（电子证照：${m.waivedBy?.name ?? ''}）`
        : `waived (e-licence: ${m.waivedBy?.name ?? ''})`;
    case 'shared': {
      const from = `${m.sharedBy?.name ?? ''}${m.sharedBy?.system === undefined ? '' : `，${m.sharedBy.system}`}`;
      return zh ? `免提交（部门间数据共享：${from}）` : `waived (data sharing: ${from})`;
    }
    case 'committed':
      return zh ? '以告知承诺书代替' : 'replaced by the commitment letter';
    default: {
      // What may stand in for handing it in at acceptance: a signed commitment, or handing it in afterwards.
      const ways = [
        ...(commitmentNote && m.commitment.length > 0 ? [zh ? '可告知承诺' : 'or sign a commitment'] : []),
        ...(m.deferrable === true ? [deferrableText(lang)] : []),
      ];
      if (ways.length === 0) return zh ? '需提交' : 'hand in';
      return zh ? `需提交（${ways.join('；')}）` : `hand in (${ways.join('; ')})`;
    }
  }
}
