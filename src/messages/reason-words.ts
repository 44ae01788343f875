import type { Lang } from './words.js';

/** The words of a reason as the citizen reads it ("因为您选择了：新设公司；沿街商铺"), in one language. */
export interface ReasonWords {
  /** The reason of an entry that applies in every case. */
  readonly always: string;
  /** The reason made of the citizen's own answers. */
  readonly chose: (parts: readonly string[]) => string;
  /**
   * The reason made of the citizen's yes/no, number and date answers, which state facts ("对方无配偶",
   * "年龄 30周岁"), and of the options they chose, if any.
   */
  readonly stated: (stated: readonly string[], chosen: readonly string[]) => string;
  /** The reason made of facts from the citizen's profile (一人一档/一企一档), prefilled answers included. */
  readonly profile: (parts: readonly string[]) => string;
  /** Joins the answers part and the profile part. */
  readonly join: (parts: readonly string[]) => string;
  /** The reason of a conditional entry that holds because no excluded case applies: no answer to name. */
  readonly notExcluded: string;
  /** A question the citizen was not asked, because it did not apply to them. */
  readonly notAsked: (label: string) => string;
  /** A fact and its value that no question asks ("户籍：本市"). */
  readonly fact: (label: string, value: string) => string;
}

/** The reason words in Chinese (what citizens read) and English. */
export const REASON_WORDS: Readonly<Record<Lang, ReasonWords>> = {
  zh: {
    always: '所有情形均适用',
    chose: (parts) => `因为您选择了：${parts.join('；')}`,
    stated: (stated, chosen) =>
      `因为：${stated.join('；')}${chosen.length > 0 ? `；您选择了：${chosen.join('；')}` : ''}`,
    profile: (parts) => `根据您的档案：${parts.join('；')}`,
    notExcluded: '您的情况不属于例外情形',
    join: (parts) => parts.join('。'),
    notAsked: (label) => `${label}：不涉及`,
    fact: (label, value) => `${label}：${value}`,
  },
  en: {
    always: 'Applies in every case',
    chose: (parts) => `Because you chose: ${parts.join('; ')}`,
    stated: (stated, chosen) =>
      `Because you answered: ${stated.join('; ')}${chosen.length > 0 ? `; and chose: ${chosen.join('; ')}` : ''}`,
    profile: (parts) => `From your profile: ${parts.join('; ')}`,
    notExcluded: 'Your case is not one of the exceptions',
    join: (parts) => parts.join('. '),
    notAsked: (label) => `${label}: not applicable`,
    fact: (label, value) => `${label}: ${value}`,
  },
};
