import type { CatalogCheck } from './types.js';

/** Words that never name one material. */
const VAGUE_WORDS = ['其他', '其它', '相关材料', '有关材料', '相关证明', '有关证明', '等等', '…', '...'];

/**
 * 等 meaning "etc.": at the end of the name, or before a bracket, punctuation, a space or
 * 材料/文件/证明/资料 — and not the 等 of words such as 高等、中等、初等、平等、对等、均等、相等、优等
 * (高等教育局、等级、等候、同等学力 and the like are not followed by those, so they do not match either).
 */
const ETC =
  /(?<![高中初平对均相上特优头次劣])等(?=$|[\s()（）[\]【】「」『』《》〈〉,，.。、;；:：!！?？]|材料|文件|证明|资料)/u;

/** The vague word in a material name, if any. */
export function vagueWord(name: string): string | undefined {
  const word = VAGUE_WORDS.find((w) => name.includes(w));
  if (word !== undefined) return word;
  return ETC.test(name) ? '等' : undefined;
}

/** A material named vaguely: a guide must list every material by name (逐项列明). */
export const vagueMaterial: CatalogCheck = {
  code: 'vague-material',
  severity: 'error',
  scope: 'catalog',
  description: {
    zh: '材料名称含有“其他”“相关材料”“等”之类的模糊表述',
    en: 'a material name with a vague word such as 其他, 相关材料 or 等 (etc.)',
  },
  run(context, report) {
    for (const material of Object.values(context.entries.materials)) {
      const word = vagueWord(material.name);
      if (word !== undefined)
        report(`material:${material.id}`, { id: material.id, name: material.name, word });
    }
  },
};
