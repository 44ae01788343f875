import type { YamlSyntaxProblem } from '../model/diagnostic.js';
import type { Words } from './words.js';

/**
 * What to do about each YAML syntax problem (`yaml-syntax`), for a policy author: the parser's codes are
 * broad (`missing-char` is an unclosed quote as well as a missing comma), so each sentence names the likely
 * causes and the diagnostic's position says where.
 */
export const YAML_SYNTAX_WORDS: Readonly<Record<YamlSyntaxProblem, Words>> = {
  'alias-props': {
    zh: '引用（*名称）不能再带标签或锚点',
    en: 'an alias (*name) cannot carry a tag or an anchor',
  },
  'bad-alias': {
    zh: '锚点或引用的名称有误：名称不能为空，也不能以冒号结尾',
    en: 'an anchor or alias name is wrong: it cannot be empty or end with a colon',
  },
  'bad-collection-type': {
    zh: '标签与值的种类不符（如把列表标为映射），请删除标签',
    en: 'a tag does not fit the kind of value (a list tagged as a mapping); remove the tag',
  },
  'bad-directive': {
    zh: '无法识别以 % 开头的指令行，请删除这一行',
    en: 'a directive line starting with % is not understood; remove the line',
  },
  'bad-dq-escape': {
    zh: '双引号中的反斜杠转义无效：反斜杠本身请写成两个反斜杠，或改用单引号',
    en: 'an invalid backslash escape in double quotes: write a backslash as two, or use single quotes',
  },
  'bad-indent': {
    zh: '缩进不一致：同一层的键和列表项须从同一列开始，下一层须比上一层多缩进；花括号和方括号须闭合',
    en: 'inconsistent indentation: keys and list items of one level start in the same column, a deeper level further right; close every { and [',
  },
  'bad-prop-order': {
    zh: '锚点（&）和标签（!）须写在 -、? 或 : 之后',
    en: 'anchors (&) and tags (!) must come after the -, ? or : indicator',
  },
  'bad-scalar-start': {
    zh: '不加引号的值不能以 @ 或 ` 开头，请给值加引号',
    en: 'a value without quotes cannot start with @ or `; put it in quotes',
  },
  'block-as-implicit-key': {
    zh: '一行里写了两层键（如“a: b: c”）：请换行并缩进，或给含有冒号的值加引号',
    en: 'two levels of keys on one line (as in "a: b: c"): break the line and indent, or quote a value that holds a colon',
  },
  'block-in-flow': {
    zh: '花括号或方括号里不能写分行的列表或映射',
    en: 'a list or mapping written on several lines cannot stand inside { } or [ ]',
  },
  'duplicate-key': {
    zh: '同一个映射中同一个键写了两次，请删除一个',
    en: 'the same key twice in one mapping; remove one',
  },
  impossible: {
    zh: '解析器无法读懂这里的写法，请检查这一行的格式',
    en: 'the parser cannot make sense of this; check the layout of this line',
  },
  'key-over-1024-chars': {
    zh: '键太长：冒号须在键开头的 1024 个字符之内',
    en: 'a key is too long: its colon must come within 1024 characters of its start',
  },
  'missing-char': {
    zh: '缺少符号：引号或括号没有闭合，或少了冒号、逗号、列表项前的“- ”，或冒号后、# 前少了空格',
    en: 'a character is missing: a quote or bracket left open, a colon, a comma or the "- " of a list item left out, or no space after a colon or before a #',
  },
  'multiline-implicit-key': {
    zh: '键须写在一行之内：可能是上一行少了冒号，或引号没有闭合',
    en: 'a key must stay on one line: perhaps a colon is missing on the line before, or a quote is left open',
  },
  'multiple-anchors': {
    zh: '一个值只能有一个锚点（&）',
    en: 'a value can have one anchor (&) at most',
  },
  'multiple-docs': {
    zh: '一个文件只能写一个文档：请删除多出的 --- 分隔线，或把后面的内容移到另一个文件',
    en: 'a file holds one document: remove the extra --- line, or move what follows it to another file',
  },
  'multiple-tags': {
    zh: '一个值只能有一个标签（!）',
    en: 'a value can have one tag (!) at most',
  },
  'non-string-key': {
    zh: '键须为文本，不能是列表或映射',
    en: 'a key must be text, not a list or a mapping',
  },
  'tab-as-indent': {
    zh: '不能用 Tab 缩进，请改用空格',
    en: 'tabs cannot indent; use spaces',
  },
  'tag-resolve-failed': {
    zh: '无法识别以 ! 开头的标签，请删除它',
    en: 'a tag starting with ! is not understood; remove it',
  },
  'unexpected-token': {
    zh: '这里有不该出现的符号，例如多余的逗号、括号或冒号',
    en: 'a character that does not belong here, such as a stray comma, bracket or colon',
  },
  'unresolved-alias': {
    zh: '引用（*名称）找不到锚点：须先用“&名称”定义，再用“*名称”引用',
    en: 'an alias (*name) has no anchor: define &name before using *name',
  },
  other: {
    zh: '请检查这一行的格式',
    en: 'check the layout of this line',
  },
};
