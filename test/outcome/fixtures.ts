import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { Profile } from '../../src/model/profile.js';
import type { Session, StartOptions } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { answer, next, start } from '../../src/session/index.js';

/** Loads a catalog and a theme from YAML text; throws with the diagnostics when either does not load. */
export function loadFixture(catalog: string, theme: string): CompiledTheme {
  const c = loadCatalog([{ file: 'catalog.yaml', text: catalog }]);
  if (!c.ok)
    throw new Error(`catalog: ${c.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  const t = loadTheme({ file: 'theme.yaml', text: theme }, c.catalog);
  if (!t.ok)
    throw new Error(`theme: ${t.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return t.theme;
}

/**
 * Starts a session and answers each question as it is asked, from `answers`; stops at the first question
 * that `answers` does not cover (a partial session) or when the questionnaire is complete.
 */
export function run(
  theme: CompiledTheme,
  answers: Readonly<Record<string, unknown>>,
  options: StartOptions = {},
): Session {
  let session = start(theme, { today: '2026-03-02', ...options });
  for (;;) {
    const step = next(session);
    if (step.done || !Object.hasOwn(answers, step.question.id)) return session;
    const result = answer(session, step.question.id, answers[step.question.id]);
    if (!result.ok) throw new Error(`${step.question.id}: ${result.error.message}`);
    session = result.session;
  }
}

/** A profile with these licences on file (and no facts unless given). */
export function profileWith(
  licences: Profile['licences'],
  facts: Profile['facts'] = {},
  kind: Profile['kind'] = 'enterprise',
): Profile {
  return { kind, facts, licences, tags: [], completed: [] };
}

/**
 * A small 开餐饮店 catalog in the spirit of Shanghai's 开餐饮店一件事: company registration produces the
 * business licence that food licence, sign filing and fire check then receive inside the workflow.
 * The figures are made up for tests; they are not the real ones.
 */
export const RESTAURANT_CATALOG = `
departments:
  market: { name: 市场监督管理局, level: 区县 }
  greening: { name: 绿化和市容管理局, level: 街镇 }
  fire: { name: 消防救援支队, level: 区县 }
  tobacco: { name: 烟草专卖局, level: 区县 }
venues:
  hall: { name: 区政务服务中心, address: 示例路1号 }
  fire-window: { name: 消防救援支队受理窗口 }
licences:
  business-licence: { name: 营业执照（电子） }
  id-card: { name: 居民身份证（电子） }
facts:
  enterprise.registered: { label: 已办理营业执照, type: yes-no }
materials:
  application: { name: 一件事综合申请表, form: 表格 }
  id-card: { name: 法定代表人身份证, form: 复印件, licence: id-card, source: 申请人自备 }
  business-licence: { name: 营业执照, form: 原件, licence: business-licence }
  premises-proof: { name: 场地使用证明（产权证明或租赁合同）, form: 复印件, commitment: true }
  articles: { name: 公司章程, form: 原件 }
  floor-plan: { name: 经营场所平面布局图, form: 原件, note: 标明各功能区 }
  cold-room-plan: { name: 冷食类专间布局图, form: 原件 }
  sign-design: { name: 招牌设计效果图, form: 电子 }
  fire-plan: { name: 消防设施平面图, form: 原件 }
items:
  company-registration:
    name: 企业设立登记
    department: market
    basis: 《中华人民共和国市场主体登记管理条例》
    days: 3
    fee: 0
    presence: false
    produces: [business-licence]
    delivery: [窗口领取, 电子证照]
    materials: [application, id-card, premises-proof, articles]
  food-licence:
    name: 食品经营许可（新办）
    department: market
    basis: [《食品经营许可和备案管理办法》, 沪市监规范〔2024〕2号]
    days: 12
    fee: 0
    presence: { venue: hall, purpose: 领取许可证 }
    delivery: [窗口领取, 邮寄送达]
    materials:
      - application
      - { material: id-card, form: 原件 }
      - business-licence
      - { material: premises-proof, copies: 2, note: 与营业执照地址一致 }
      - floor-plan
      - { material: cold-room-plan, when: { dishes: { contains: cold } } }
  sign-filing:
    name: 户外招牌设置备案
    department: greening
    basis: 《上海市户外广告设施管理办法》
    days: 5
    presence: { venue: hall, purpose: 提交招牌样稿 }
    delivery: [窗口领取]
    materials: [business-licence, sign-design, { material: premises-proof, commitment: false }]
  fire-check:
    name: 公众聚集场所投入使用、营业前消防安全检查
    department: fire
    basis: 《中华人民共和国消防法》第十五条
    days: [{ when: { area: { greaterThan: 300 } }, days: 10 }, { days: 7 }]
    presence: { venue: fire-window, purpose: 现场检查 }
    after: [sign-filing]
    delivery: [邮寄送达]
    materials: [business-licence, fire-plan]
  tobacco-licence:
    name: 烟草专卖零售许可证核发
    department: tobacco
    level: 区县
    days: 20
    fee: { amount: 50, note: 工本费（示例） }
    presence: { venue: hall, purpose: 核验身份 }
    delivery: [窗口领取]
    materials: [business-licence, id-card]
`;

export const RESTAURANT_THEME = `
id: open-restaurant
title: 我要开餐饮店
version: "2026.1"
audience: enterprise
conditions:
  large: { area: { greaterThan: 150 } }
questions:
  - id: company-exists
    ask: 您的公司是否已经注册？
    short: 营业执照
    type: yes-no
    yes: 已有营业执照
    no: 尚未注册公司
    prefill: enterprise.registered
  - id: kind
    ask: 您打算怎样经营？
    short: 经营方式
    options: { cook: 现场制售餐食, prepacked: 仅销售预包装食品 }
  - id: dishes
    ask: 您的店里会供应哪些食品？
    short: 供应食品
    type: multiple
    when: { kind: cook }
    options: { hot: 热菜热食, cold: 凉菜（如拍黄瓜）, drinks: 自制饮品 }
  - id: area
    ask: 经营面积是多少平方米？
    short: 面积
    type: number
    unit: 平方米
    min: 1
    when: { kind: cook }
  - id: building
    ask: 店铺所在建筑是？
    short: 建筑
    options: { street: 沿街商铺, residential: 住宅楼底商 }
    when: { kind: cook }
  - id: flue
    ask: 是否有专用烟道？
    short: 烟道
    type: yes-no
    yes: 有专用烟道
    no: 无专用烟道
    when: { building: residential }
  - id: sign
    ask: 是否设置户外招牌？
    short: 招牌
    type: yes-no
    when: { kind: cook }
  - id: tobacco
    ask: 是否销售卷烟？
    short: 卷烟
    type: yes-no
    when: { kind: cook }
items:
  company-registration: { when: { all: [{ company-exists: false }, { kind: cook }] } }
  food-licence: { when: { kind: cook } }
  sign-filing: { when: { sign: true } }
  fire-check: { when: { any: [{ condition: large }, { dishes: { contains: drinks } }] } }
  tobacco-licence: { when: { tobacco: true } }
notices:
  no-flue:
    kind: block
    text: 住宅楼内无专用烟道，不得从事产生油烟的餐饮服务
    basis: 《中华人民共和国大气污染防治法》第八十一条
    when: { all: [{ building: residential }, { flue: false }] }
  prepacked:
    kind: not-needed
    text: 仅销售预包装食品只需备案，无需办理本主题的许可
    when: { kind: prepacked }
  cold:
    kind: info
    text: 供应凉菜须设置冷食类专间
    when: { dishes: { contains: cold } }
`;

/** The full case: no company yet, cooks hot and cold dishes and drinks, 200 ㎡ on a street, sign, tobacco. */
export const FULL_ANSWERS = {
  'company-exists': false,
  kind: 'cook',
  dishes: ['hot', 'cold', 'drinks'],
  area: 200,
  building: 'street',
  sign: true,
  tobacco: true,
} as const;

/**
 * A theme that lets a test switch each item on or off: one yes/no question `use-<item>` per item, asked in
 * the order given, and each item applying when its question is answered yes. `extra` is appended verbatim
 * under `questions:` (indented list entries) and may add more questions.
 */
export function toggleTheme(
  items: readonly string[],
  options: { extra?: string; notices?: string } = {},
): string {
  const questions = items.map((id) => `  - { id: use-${id}, ask: 是否办理${id}？, type: yes-no }`).join('\n');
  const entries = items.map((id) => `  ${id}: { when: { use-${id}: true } }`).join('\n');
  return `
id: toggles
title: 测试主题
version: "1"
audience: person
questions:
${questions}
${options.extra ?? ''}
items:
${entries}
${options.notices === undefined ? '' : `notices:\n${options.notices}`}
`;
}

/** Answers for `toggleTheme`: yes for the items listed, no for the others. */
export function switches(all: readonly string[], on: readonly string[], more: Record<string, unknown> = {}) {
  return { ...Object.fromEntries(all.map((id) => [`use-${id}`, on.includes(id)])), ...more };
}
