/**
 * A synthetic theme library at portal scale, deterministic from a seed, for the benchmarks (bench/run.mjs).
 *
 * Scale 1 is Shanghai's portal: 1,274 items behind about 150 themes, with about 60 departments and 3,000
 * materials; scale 10 is ten times that. The library is written as YAML into
 * `bench/.generated/library-<scale>/` (kept out of git): the catalog split over several files under
 * `catalog/` (common entries, departments and venues, then one file per group of departments), and one file
 * per theme. It validates with no error and no warning (`node dist/cli.js validate <dir>`).
 *
 * How it is built, so that it stays valid and realistic:
 * - every department has one or two venues and about 21 items; every item has a department, a time limit and
 *   a fee (some with variants), one to three materials of its own, and the uses every guide has: the
 *   applicant's identity card, and a power of attorney and the agent's identity card when someone else
 *   applies (`agent`). Each department also reads one of six shared questions (`hukou`, `applicant-kind`,
 *   `premises`, `area`, `minor`, `company-exists`) in its material conditions, and some of its time limits,
 *   fees and visits. A theme that includes an item asks the questions its conditions read, as in the real
 *   catalog (`area`, `dishes`);
 * - about a third of the items produce a result (a certificate, sometimes with an electronic licence) that a
 *   later item of the same department uses, and some items come `after` an earlier one: every order edge goes
 *   from an earlier item to a later one of the same department, so there is no cycle;
 * - a theme draws 5–30 items from one to three departments (every item is in some theme), asks 10–40
 *   questions: an optional eligibility question whose `no` blocks, `agent`, the shared questions of its
 *   departments, a root question (`business`, 2–5 options, each with its own items), then follow-up questions
 *   per option, some asked only after an earlier answer. Every follow-up question and every option changes
 *   the outcome (an item or a notice), so the analysis finds nothing to report;
 * - the number of cases of each theme is drawn log-uniformly between 30 and 20,000 (the bundled themes have
 *   38 to 19,262), and the questions are nested so as to stay near it; the generator counts each theme's cases
 *   exactly and reports them (`stats.cases`).
 *
 *   node bench/library.mjs [--scale 1] [--seed 20250601] [--out dir]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from './random.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Scale 1: Shanghai's portal. */
export const BASE = { items: 1274, departments: 60, themes: 150 };
export const DEFAULT_SEED = 20250601;
const MIN_CASES = 30;
const MAX_CASES = 20_000;
const DEPARTMENTS_PER_FILE = 6;

/** The seeded PRNG with the helpers the generator draws with. */
function randomHelpers(seed) {
  const next = random(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------------------------------------------------------------------------------------------------------
// Words.

const DISTRICTS = [
  '市',
  '黄浦区',
  '徐汇区',
  '长宁区',
  '静安区',
  '普陀区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '浦东新区',
  '金山区',
  '松江区',
  '青浦区',
  '奉贤区',
  '崇明区',
];
const BUREAUS = [
  '市场监督管理局',
  '公安局',
  '民政局',
  '人力资源和社会保障局',
  '卫生健康委员会',
  '生态环境局',
  '住房和城乡建设管理委员会',
  '规划和自然资源局',
  '交通委员会',
  '文化和旅游局',
  '教育局',
  '商务委员会',
  '税务局',
  '医疗保障局',
  '应急管理局',
  '消防救援支队',
  '水务局',
  '绿化和市容管理局',
  '农业农村委员会',
  '体育局',
  '司法局',
  '退役军人事务局',
  '残疾人联合会',
  '烟草专卖局',
  '房屋管理局',
  '城市管理行政执法局',
  '发展和改革委员会',
  '经济和信息化委员会',
  '科学技术委员会',
  '民族和宗教事务局',
  '新闻出版局',
  '广播电视局',
  '药品监督管理局',
  '知识产权局',
  '地方金融管理局',
  '国防动员办公室',
  '档案局',
  '住房公积金管理中心',
  '气象局',
  '海事局',
];
const SUBJECTS = [
  '食品经营',
  '药品零售',
  '医疗机构执业',
  '建设工程规划',
  '施工',
  '排水',
  '户外广告设施设置',
  '道路运输经营',
  '出租汽车经营',
  '旅行社业务经营',
  '娱乐场所经营',
  '民办学校办学',
  '职业培训机构办学',
  '人力资源服务',
  '劳务派遣经营',
  '社会团体',
  '养老机构',
  '托育机构',
  '危险化学品经营',
  '烟花爆竹经营',
  '特种设备使用',
  '消防安全检查',
  '公共场所卫生',
  '放射诊疗',
  '取水',
  '河道管理范围内建设项目',
  '临时占用绿地',
  '树木迁移',
  '动物诊疗',
  '种子生产经营',
  '高危险性体育项目经营',
  '法律援助',
  '公证',
  '出版物零售',
  '营业性演出',
  '网络文化经营',
  '二类医疗器械经营',
  '燃气经营',
  '建筑垃圾处置',
  '城市道路挖掘',
];
const ACTIONS = [
  ['核发', 'issue'],
  ['变更', 'change'],
  ['延续', 'renew'],
  ['注销', 'cancel'],
  ['备案', 'filing'],
  ['补证', 'reissue'],
  ['审批', 'approval'],
  ['登记', 'registration'],
];
const OWN_MATERIALS = [
  ['申请表', '表格'],
  ['情况说明', '原件'],
  ['场所平面图', '复印件'],
  ['安全管理制度文本', '原件'],
  ['专业技术人员资格证书', '复印件'],
  ['设施设备清单', '原件'],
  ['承诺书', '表格'],
  ['法定代表人任职文件', '复印件'],
  ['验收报告', '原件'],
  ['操作规程', '原件'],
];
const TOPICS = [
  '经营场所',
  '从业人员',
  '设施设备',
  '安全管理',
  '卫生条件',
  '环境影响',
  '消防条件',
  '资金来源',
  '服务范围',
  '运营时间',
  '人员培训',
  '信息公开',
  '应急预案',
  '质量管理',
  '档案管理',
];

// ---------------------------------------------------------------------------------------------------------
// Conditions: a small tree that is both written as YAML and evaluated, so that cases can be counted.

const eq = (fact, value) => ({ op: 'eq', fact, value });
const isIn = (fact, values) => ({ op: 'in', fact, value: values });
const gt = (fact, value) => ({ op: 'gt', fact, value });
const le = (fact, value) => ({ op: 'le', fact, value });
const contains = (fact, value) => ({ op: 'contains', fact, value });
const all = (...conditions) => ({ op: 'all', conditions });
const not = (condition) => ({ op: 'not', condition });
const named = (name) => ({ op: 'named', name });

function holds(c, answers, conditions) {
  const v = answers[c.fact];
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'in':
      return c.value.includes(v);
    case 'gt':
      return typeof v === 'number' && v > c.value;
    case 'le':
      return typeof v === 'number' && v <= c.value;
    case 'contains':
      return Array.isArray(v) && v.includes(c.value);
    case 'all':
      return c.conditions.every((x) => holds(x, answers, conditions));
    case 'not':
      return !holds(c.condition, answers, conditions);
    case 'named':
      return holds(conditions[c.name], answers, conditions);
  }
  throw new Error(`unknown condition ${c.op}`);
}

function scalar(value) {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

/** YAML flow text: the shorthand (`{ a: x, b: y }`) where every leaf is a plain test of a different fact. */
function yamlCondition(c) {
  const test = (leaf) => {
    switch (leaf.op) {
      case 'eq':
      case 'in':
        return scalar(leaf.value);
      case 'gt':
        return `{ greaterThan: ${leaf.value} }`;
      case 'le':
        return `{ lessThanInclusive: ${leaf.value} }`;
      case 'contains':
        return `{ contains: ${leaf.value} }`;
    }
    return undefined;
  };
  if (c.op === 'named') return `{ condition: ${c.name} }`;
  if (c.op === 'not') return `{ not: ${yamlCondition(c.condition)} }`;
  if (c.op === 'all') {
    const facts = c.conditions.map((x) => x.fact);
    const plain = c.conditions.every((x) => test(x) !== undefined) && new Set(facts).size === facts.length;
    if (plain) return `{ ${c.conditions.map((x) => `${x.fact}: ${test(x)}`).join(', ')} }`;
    return `{ all: [ ${c.conditions.map(yamlCondition).join(', ')} ] }`;
  }
  return `{ ${c.fact}: ${test(c)} }`;
}

// ---------------------------------------------------------------------------------------------------------
// The shared questions that catalog conditions read: one per department besides `agent`, which every item reads.

const AREA_CUT = 150;

/**
 * Each shared question: how a theme asks it (YAML lines), the answers the enumeration takes (one per band),
 * and the material uses and variants it gives an item of a department that reads it.
 */
const SHARED = {
  agent: {
    lines: [
      '  - id: agent',
      '    ask: 是否委托他人代为办理？',
      '    en: Will someone else apply on your behalf?',
      '    type: yes-no',
      '    yes: 委托代理',
      '    no: 本人办理',
    ],
    choices: [true, false],
  },
  hukou: {
    lines: [
      '  - id: hukou',
      '    ask: 申请人的户籍在？',
      '    prefill: person.hukou',
      '    options: { local: 本市户籍, other: 外省市户籍 }',
    ],
    choices: ['local', 'other'],
    uses: [
      ['hukou-booklet', eq('hukou', 'local')],
      ['residence-permit', eq('hukou', 'other')],
    ],
    slower: eq('hukou', 'other'),
    online: eq('hukou', 'local'),
  },
  'applicant-kind': {
    lines: [
      '  - id: applicant-kind',
      '    ask: 申请人是？',
      '    options:',
      '      person: 自然人',
      '      company: { label: 企业, help: 包括公司、合伙企业和个人独资企业 }',
      '      organisation: 社会组织',
    ],
    choices: ['person', 'company', 'organisation'],
    uses: [
      ['household-proof', eq('applicant-kind', 'person')],
      ['business-licence-copy', eq('applicant-kind', 'company')],
      ['organisation-certificate', eq('applicant-kind', 'organisation')],
    ],
    slower: eq('applicant-kind', 'organisation'),
    online: eq('applicant-kind', 'company'),
  },
  premises: {
    lines: [
      '  - id: premises',
      '    ask: 经营场所是？',
      '    options: { owned: 自有房屋, rented: 租赁房屋, lent: 无偿借用 }',
    ],
    choices: ['owned', 'rented', 'lent'],
    uses: [
      ['premises-title', eq('premises', 'owned')],
      ['premises-lease', eq('premises', 'rented')],
      ['premises-free-use', eq('premises', 'lent')],
    ],
    slower: eq('premises', 'lent'),
    online: eq('premises', 'owned'),
  },
  area: {
    lines: [
      '  - id: area',
      '    ask: 经营场所的使用面积是多少平方米？',
      '    help: 按房屋权属证明或租赁合同记载的面积填写。',
      '    short: 面积',
      '    type: number',
      '    unit: ㎡',
      '    min: 1',
      '    max: 100000',
    ],
    choices: [AREA_CUT, AREA_CUT + 1],
    uses: [
      ['small-premises-commitment', le('area', AREA_CUT)],
      ['premises-floor-plan', gt('area', AREA_CUT)],
    ],
    slower: gt('area', AREA_CUT),
    online: le('area', AREA_CUT),
  },
  minor: {
    lines: [
      '  - id: minor',
      '    ask: 申请人是否未满十八周岁？',
      '    type: yes-no',
      '    yes: 未成年人',
      '    no: 成年人',
    ],
    choices: [true, false],
    uses: [
      ['guardian-id-card', eq('minor', true)],
      ['guardianship-proof', eq('minor', true)],
    ],
    slower: eq('minor', true),
    online: eq('minor', false),
  },
  'company-exists': {
    lines: [
      '  - id: company-exists',
      '    ask: 企业是否已经取得营业执照？',
      '    prefill: enterprise.registered',
      '    type: yes-no',
      '    yes: 已有营业执照',
      '    no: 新设企业',
    ],
    choices: [true, false],
    uses: [
      ['business-licence-copy', eq('company-exists', true)],
      ['name-declaration', eq('company-exists', false)],
    ],
    slower: eq('company-exists', false),
    online: eq('company-exists', true),
  },
};
const POOL = ['hukou', 'applicant-kind', 'premises', 'area', 'minor', 'company-exists'];

const COMMON_CATALOG = `# yaml-language-server: $schema=../../../../schemas/catalog.schema.json
#
# 生成的目录（基准测试用）：电子证照、档案事实、各部门共用的材料。
# Generated for the benchmarks: licences, profile facts and materials every department uses.

licences:
  id-card: { name: 居民身份证电子证照, issuer: 公安机关 }
  hukou-booklet: { name: 居民户口簿电子证照, issuer: 公安机关 }
  business-licence: { name: 电子营业执照, issuer: 市场监督管理部门 }

facts:
  person.hukou:
    label: 户籍
    type: single
    options: { local: 本市户籍, other: 外省市户籍 }
  person.birth-date: { label: 出生日期, type: date }
  person.age:
    label: 年龄
    type: number
    unit: 周岁
    derive: { fn: years-since, from: person.birth-date }
  enterprise.registered: { label: 已取得营业执照, type: yes-no }
  enterprise.registration-date: { label: 成立日期, type: date }
  enterprise.days-since-registration:
    label: 成立天数
    type: number
    unit: 天
    derive: { fn: days-since, from: enterprise.registration-date }

materials:
  id-card: { name: 申请人的居民身份证, form: 原件, licence: id-card, source: 申请人 }
  power-of-attorney: { name: 授权委托书, form: 原件, source: 申请人 }
  agent-id-card: { name: 受托人的居民身份证, form: 原件, source: 受托人 }
  hukou-booklet: { name: 居民户口簿, form: 原件, licence: hukou-booklet }
  residence-permit: { name: 本市居住证, form: 原件 }
  household-proof: { name: 申请人的户籍证明, form: 原件 }
  business-licence-copy: { name: 营业执照, form: 复印件, licence: business-licence }
  organisation-certificate: { name: 社会组织法人登记证书, form: 复印件 }
  premises-title: { name: 经营场所的不动产权证书, form: 复印件 }
  premises-lease: { name: 经营场所的房屋租赁合同, form: 复印件, commitment: true }
  premises-free-use: { name: 经营场所的无偿使用证明, form: 原件 }
  small-premises-commitment: { name: 小型经营场所承诺书, form: 表格 }
  premises-floor-plan: { name: 经营场所的平面布局图, form: 原件, copies: 2 }
  guardian-id-card: { name: 监护人的居民身份证, form: 原件 }
  guardianship-proof: { name: 监护关系证明, form: 原件 }
  name-declaration: { name: 企业名称自主申报告知书, form: 表格 }
`;

// ---------------------------------------------------------------------------------------------------------
// The catalog.

function buildCatalog(rng, scale) {
  const departmentCount = Math.max(6, Math.round(BASE.departments * scale));
  const itemCount = Math.max(departmentCount * 2, Math.round(BASE.items * scale));
  const departments = [];
  for (let d = 0; d < departmentCount; d++) {
    const district = DISTRICTS[d % DISTRICTS.length];
    const bureau = BUREAUS[Math.floor(d / DISTRICTS.length) % BUREAUS.length];
    const round = Math.floor(d / (DISTRICTS.length * BUREAUS.length));
    const id = `dept-${String(d + 1).padStart(3, '0')}`;
    const venues = [{ id: `${id}-hall`, name: `${district}政务服务中心${bureau}窗口` }];
    if (rng.chance(0.25)) venues.push({ id: `${id}-site`, name: `${district}${bureau}现场核查点` });
    departments.push({
      id,
      name: `${district}${bureau}${round > 0 ? `第${round + 1}分局` : ''}`,
      level: district === '市' ? '市级' : '区县',
      district,
      pool: POOL[d % POOL.length],
      venues,
      items: [],
    });
  }
  const licences = [];
  const materials = [];
  for (let i = 0; i < itemCount; i++) {
    const department = departments[i % departmentCount];
    const n = department.items.length;
    const subject = rng.pick(SUBJECTS);
    const [action, slug] = rng.pick(ACTIONS);
    const id = `${department.id}-${slug}-${n + 1}`;
    const name = `${subject}${action === '登记' || action === '备案' ? '' : '许可'}${action}`;
    const own = [];
    const ownCount = rng.int(1, 3) + (rng.chance(0.15) ? 1 : 0);
    const kinds = [...OWN_MATERIALS].sort(() => rng.next() - 0.5).slice(0, ownCount);
    for (const [k, [noun, form]] of kinds.entries()) {
      const material = { id: `${id}-m${k + 1}`, name: `${subject}${noun}`, form, item: id };
      if (form === '复印件' && rng.chance(0.3)) material.copies = 2;
      materials.push(material);
      own.push(material.id);
    }
    department.items.push({ id, name, subject, own, uses: [], produces: [], after: [] });
  }
  for (const department of departments) {
    const { items } = department;
    // Whether the applicant comes in person, and where; every venue is used by some item.
    for (const item of items) {
      const r = rng.next();
      const venue = rng.pick(department.venues).id;
      item.presence = r < 0.35 ? { mode: 'none' } : { mode: r < 0.75 ? 'fixed' : 'variants', venue };
    }
    for (const [k, venue] of department.venues.entries()) {
      if (!items.some((i) => i.presence.venue === venue.id))
        items[k % items.length].presence = { mode: 'fixed', venue: venue.id };
    }
    for (const [n, item] of items.entries()) {
      // A result that a later item of the department needs, sometimes with its electronic licence.
      if (n < items.length - 1 && rng.chance(0.35)) {
        const material = { id: `${item.id}-result`, name: `${item.name}决定书`, form: '原件', item: item.id };
        if (rng.chance(0.3)) {
          const licence = { id: `${item.id}-e`, name: `${item.name}电子证照`, issuer: department.name };
          licences.push(licence);
          material.licence = licence.id;
        }
        materials.push(material);
        item.produces.push(material.id);
        const consumer = items[rng.int(n + 1, items.length - 1)];
        consumer.uses.push(material.id);
      }
      if (n > 0 && rng.chance(0.15)) item.after.push(items[rng.int(0, n - 1)].id);
    }
  }
  return { departments, licences, materials, itemCount };
}

function itemYaml(rng, item, department) {
  const shared = SHARED[department.pool];
  const lines = [`  ${item.id}:`, `    name: ${item.name}`];
  if (rng.chance(0.3)) lines.push(`    en: Item ${item.id}`);
  lines.push(`    department: ${department.id}`, `    level: ${department.level}`);
  lines.push(`    basis: 《${item.subject}管理办法》第${rng.int(2, 40)}条`);
  const days = rng.pick([0, 1, 3, 5, 7, 10, 15, 20]);
  if (rng.chance(0.3))
    lines.push(
      '    days:',
      `      - { when: ${yamlCondition(shared.slower)}, days: ${days + 5} }`,
      `      - { days: ${days} }`,
    );
  else lines.push(`    days: ${days}`);
  const fee = rng.chance(0.7) ? 0 : rng.pick([10, 50, 100, 200]);
  if (fee > 0 && rng.chance(0.4))
    lines.push(
      '    fee:',
      `      - { when: ${yamlCondition(shared.slower)}, amount: ${fee * 2}, note: 按标准加收 }`,
      `      - { amount: ${fee} }`,
    );
  else if (fee > 0 && rng.chance(0.5)) lines.push(`    fee: { amount: ${fee}, note: 每件 }`);
  else lines.push(`    fee: ${fee}`);
  const { mode, venue } = item.presence;
  if (mode === 'none') lines.push('    presence: false');
  else if (mode === 'fixed') lines.push(`    presence: { venue: ${venue}, purpose: 现场核验原件 }`);
  else
    lines.push(
      '    presence:',
      `      - when: ${yamlCondition(shared.online)}`,
      `      - { venue: ${venue}, purpose: 到窗口核验身份和原件 }`,
    );
  if (item.produces.length > 0) lines.push(`    produces: [${item.produces.join(', ')}]`);
  if (item.after.length > 0) lines.push(`    after: [${item.after.join(', ')}]`);
  lines.push(`    delivery: [${rng.chance(0.5) ? '窗口领取, 邮寄送达' : '电子证照'}]`);
  lines.push('    materials:', '      - id-card');
  for (const id of item.own) lines.push(`      - ${id}`);
  for (const id of item.uses) lines.push(`      - ${id}`);
  lines.push(
    '      - { material: power-of-attorney, when: { agent: true } }',
    '      - { material: agent-id-card, when: { agent: true }, note: 受托人本人到场时出示 }',
  );
  for (const [material, when] of shared.uses)
    lines.push(`      - { material: ${material}, when: ${yamlCondition(when)} }`);
  if (rng.chance(0.2)) lines.push(`    note: ${item.subject}的具体要求以窗口告知为准。`);
  return lines;
}

function catalogFiles(rng, catalog) {
  const files = [];
  files.push({ path: 'catalog/common.yaml', text: COMMON_CATALOG });
  const departmentLines = [
    '# yaml-language-server: $schema=../../../../schemas/catalog.schema.json',
    '# 生成的目录：部门和办理地点。Generated: departments and venues.',
    '',
    'departments:',
  ];
  for (const d of catalog.departments)
    departmentLines.push(`  ${d.id}: { name: ${d.name}, level: ${d.level} }`);
  departmentLines.push('', 'venues:');
  for (const d of catalog.departments)
    for (const v of d.venues)
      departmentLines.push(`  ${v.id}: { name: ${v.name}, address: ${d.district}政务服务中心 }`);
  files.push({ path: 'catalog/departments.yaml', text: `${departmentLines.join('\n')}\n` });
  const materialsByItem = new Map();
  for (const m of catalog.materials) {
    const list = materialsByItem.get(m.item) ?? [];
    list.push(m);
    materialsByItem.set(m.item, list);
  }
  const licenceById = new Map(catalog.licences.map((l) => [l.id, l]));
  for (let g = 0; g * DEPARTMENTS_PER_FILE < catalog.departments.length; g++) {
    const group = catalog.departments.slice(g * DEPARTMENTS_PER_FILE, (g + 1) * DEPARTMENTS_PER_FILE);
    const lines = [
      '# yaml-language-server: $schema=../../../../schemas/catalog.schema.json',
      `# 生成的目录：${group.map((d) => d.name).join('、')}的材料和事项。`,
      '',
    ];
    const licences = group.flatMap((d) =>
      d.items.flatMap((i) => (materialsByItem.get(i.id) ?? []).filter((m) => m.licence)),
    );
    if (licences.length > 0) {
      lines.push('licences:');
      for (const m of licences) {
        const l = licenceById.get(m.licence);
        lines.push(`  ${l.id}: { name: ${l.name}, issuer: ${l.issuer} }`);
      }
      lines.push('');
    }
    lines.push('materials:');
    for (const d of group)
      for (const item of d.items)
        for (const m of materialsByItem.get(item.id) ?? []) {
          const extra = [
            `form: ${m.form}`,
            ...(m.copies ? [`copies: ${m.copies}`] : []),
            ...(m.licence ? [`licence: ${m.licence}`] : []),
          ];
          lines.push(`  ${m.id}: { name: ${m.name}, ${extra.join(', ')} }`);
        }
    lines.push('', 'items:');
    for (const d of group) for (const item of d.items) lines.push(...itemYaml(rng, item, d));
    files.push({
      path: `catalog/group-${String(g + 1).padStart(3, '0')}.yaml`,
      text: `${lines.join('\n')}\n`,
    });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------
// Themes.

/** The follow-up question kinds: choices the enumeration takes, and how the question is written. */
function followUp(rng, id, n) {
  const topic = rng.pick(TOPICS);
  const kind = rng.next();
  if (kind < 0.55) {
    return {
      id,
      type: 'yes-no',
      choices: [true, false],
      effects: [eq(id, true)],
      lines: [
        `  - id: ${id}`,
        `    ask: ${topic}是否涉及第${n}类情况？`,
        ...(rng.chance(0.4) ? [`    help: 第${n}类情况指${topic}发生变化或需要另行核查的情形。`] : []),
        '    type: yes-no',
        `    yes: 涉及${topic}${n}`,
        `    no: 不涉及${topic}${n}`,
      ],
    };
  }
  if (kind < 0.82) {
    const count = rng.int(2, 4);
    const options = Array.from({ length: count }, (_, k) => `k${k + 1}`);
    return {
      id,
      type: 'single',
      choices: options,
      effects: options.slice(1).map((o) => eq(id, o)),
      lines: [
        `  - id: ${id}`,
        `    ask: ${topic}属于哪一类？（第${n}题）`,
        '    options:',
        ...options.map((o, k) =>
          k === 1 && rng.chance(0.5)
            ? `      ${o}: { label: ${topic}第${k + 1}类, short: ${topic}${k + 1}类, help: 按${topic}的实际情况选择 }`
            : `      ${o}: ${topic}第${k + 1}类`,
        ),
      ],
    };
  }
  if (kind < 0.94) {
    const cut = rng.pick([10, 50, 100, 300, 1000]);
    return {
      id,
      type: 'number',
      choices: [cut, cut + 1],
      effects: [gt(id, cut)],
      lines: [
        `  - id: ${id}`,
        `    ask: ${topic}的数量是多少？`,
        `    short: ${topic}数量`,
        '    type: number',
        '    unit: 个',
        '    min: 0',
        '    max: 100000',
        '    integer: true',
      ],
    };
  }
  const options = ['a', 'b', 'c'];
  const choices = [];
  for (let mask = 1; mask < 8; mask++) choices.push(options.filter((_, k) => mask & (1 << k)));
  choices.push(['none']);
  return {
    id,
    type: 'multiple',
    choices,
    effects: options.map((o) => contains(id, o)),
    lines: [
      `  - id: ${id}`,
      `    ask: ${topic}包括哪些方面？（可多选）`,
      '    type: multiple',
      '    options:',
      ...options.map((o, k) => `      ${o}: ${topic}第${k + 1}方面`),
      '      none: { label: 以上都不涉及, exclusive: true }',
    ],
  };
}

const NOTICE_TEXTS = [
  ['info', '请提前准备好原件，窗口核验后当场退还。'],
  ['info', '可以通过一网通办在线提交，材料齐全的当场受理。'],
  ['warning', '提交虚假材料的，依法不予受理并记入信用记录。'],
  ['info', '审批结果同步推送至电子证照库，可在随申办查看。'],
  ['warning', '现场核查前应完成场所装修和设备安装。'],
];

/**
 * One theme: `picked` items of its departments. Questions are added to the branches of the root question
 * while the exact case count stays within the target; each question gets an effect (an item or a notice).
 */
function buildTheme(rng, t, picked, departmentOf, target) {
  const id = `service-${String(t + 1).padStart(4, '0')}`;
  const pools = POOL.filter((p) => picked.some((item) => departmentOf.get(item.id).pool === p));
  const eligible = rng.chance(0.3);
  const shared = ['agent', ...pools];
  const sharedFactor = shared.reduce((f, q) => f * SHARED[q].choices.length, 1);
  const questionTarget = rng.int(10, 40);
  const branchCount = Math.min(rng.int(2, 5), Math.max(2, picked.length - 2));
  const options = Array.from({ length: branchCount }, (_, k) => `b${k + 1}`);
  const branchBudget = Math.max(1, (target - (eligible ? 1 : 0)) / sharedFactor / branchCount);
  // Per branch: its questions and the answers of every path through them (a path is a leaf of the tree).
  const branches = options.map((o) => ({ option: o, questions: [], leaves: [{ business: o }] }));
  const followUps = Math.max(0, questionTarget - shared.length - 1 - (eligible ? 1 : 0));
  let made = 0;
  for (let attempt = 0; made < followUps && attempt < followUps * 3; attempt++) {
    const branch = branches[attempt % branchCount];
    const question = followUp(rng, `${branch.option}-q${branch.questions.length + 1}`, made + 1);
    const c = question.choices.length;
    const base = eq('business', branch.option);
    // Where to ask it: in the whole branch, or only after one answer to an earlier question of the branch.
    const candidates = [{ when: base, reach: branch.leaves.length }];
    for (const parent of branch.questions) {
      for (const effect of parent.effects) {
        const when = all(base, effect);
        const reach = branch.leaves.filter((a) => holds(effect, a)).length;
        if (reach > 0) candidates.push({ when, reach });
      }
    }
    const fits = candidates.filter((x) => branch.leaves.length + x.reach * (c - 1) <= branchBudget);
    const choice = fits.length > 0 ? fits[0] : candidates.reduce((a, b) => (b.reach < a.reach ? b : a));
    if (fits.length === 0 && question.type === 'multiple') continue;
    // Never past the largest theme: leave the question out.
    const total = branches.reduce((s, b) => s + b.leaves.length, 0) + choice.reach * (c - 1);
    if (sharedFactor * total > MAX_CASES) continue;
    question.when = choice.when;
    const leaves = [];
    for (const answers of branch.leaves) {
      if (holds(choice.when, answers))
        for (const v of question.choices) leaves.push({ ...answers, [question.id]: v });
      else leaves.push(answers);
    }
    branch.leaves = leaves;
    branch.questions.push(question);
    made++;
  }
  const branchCases = branches.reduce((s, b) => s + b.leaves.length, 0);
  const cases = (eligible ? 1 : 0) + sharedFactor * branchCases;

  // Items: one per branch option, one always, then one per effect while there are items left.
  const items = [];
  const queue = [...picked];
  const take = (when) => {
    const item = queue.shift();
    if (item) items.push({ item, when });
    return item !== undefined;
  };
  take(undefined);
  for (const o of options) take(eq('business', o));
  const notices = [];
  const conditions = [];
  if (branchCount >= 3)
    conditions.push({ name: 'main-business', when: isIn('business', options.slice(0, 2)) });
  for (const branch of branches) {
    for (const question of branch.questions) {
      for (const effect of question.effects) {
        if (queue.length > 0 && rng.chance(0.6)) take(effect);
        else {
          const [kind, text] = rng.pick(NOTICE_TEXTS);
          notices.push({ id: `${question.id}-${notices.length + 1}`, kind, text, when: effect });
        }
      }
    }
  }
  // Items left over go with the root's options, or with the named condition.
  while (queue.length > 0) {
    if (conditions.length > 0 && rng.chance(0.3)) take(named('main-business'));
    else
      take(
        isIn(
          'business',
          [rng.pick(options), rng.pick(options)].filter((o, i, a) => a.indexOf(o) === i),
        ),
      );
  }
  if (eligible)
    notices.unshift({
      id: 'not-eligible',
      kind: 'block',
      text: '不符合申请条件的，不予受理。请对照办事指南的申请条件，具备条件后再申请。',
      when: eq('eligible', false),
    });
  notices.push({
    id: 'by-agent',
    kind: 'info',
    text: '委托他人办理的，受托人须携带本人身份证件到场。',
    when: not(eq('agent', false)),
  });

  const audience =
    pools.includes('company-exists') || pools.includes('applicant-kind') ? 'enterprise' : 'person';
  const subject = picked[0].subject;
  const lines = [
    '# yaml-language-server: $schema=../../../schemas/theme.schema.json',
    `# 生成的主题（基准测试用），${cases} 个情形。Generated for the benchmarks.`,
    '',
    `id: ${id}`,
    `title: ${subject}一件事（第${t + 1}号）`,
    ...(rng.chance(0.5) ? [`en: Theme ${t + 1}`] : []),
    `version: "2025.${rng.int(1, 9)}"`,
    `audience: ${audience}`,
    'region: 上海（示例）',
    `summary: 把${picked
      .slice(0, 3)
      .map((i) => i.name)
      .join('、')}并成一张表，一次申请、并联办理。`,
    'tags:',
    `  life-events: [${audience === 'person' ? '生活服务' : '准入准营'}]`,
    '',
  ];
  if (conditions.length > 0) {
    lines.push('conditions:');
    for (const c of conditions) lines.push(`  ${c.name}: ${yamlCondition(c.when)}`);
    lines.push('');
  }
  lines.push('questions:');
  if (eligible)
    lines.push(
      '  - id: eligible',
      `    ask: 是否符合${subject}的申请条件？`,
      '    help: 申请条件见办事指南第一部分。',
      '    type: yes-no',
      '    yes: 符合条件',
      '    no: 不符合条件',
    );
  for (const q of shared) lines.push(...SHARED[q].lines);
  lines.push('  - id: business', '    ask: 您要办理哪项业务？', '    options:');
  options.forEach((o, k) => {
    lines.push(`      ${o}: ${picked[k + 1]?.name ?? subject}（业务${k + 1}）`);
  });
  for (const branch of branches) {
    for (const question of branch.questions) {
      lines.push(question.lines[0], `    when: ${yamlCondition(question.when)}`, ...question.lines.slice(1));
    }
  }
  lines.push('', 'items:');
  for (const { item, when } of items)
    lines.push(`  ${item.id}: ${when ? `{ when: ${yamlCondition(when)} }` : 'always'}`);
  lines.push('', 'notices:');
  for (const n of notices) {
    lines.push(`  ${n.id}:`, `    kind: ${n.kind}`, `    text: ${n.text}`);
    if (rng.chance(0.3)) lines.push(`    basis: 《${subject}管理办法》`);
    lines.push(`    when: ${yamlCondition(n.when)}`);
  }
  // The first two themes read the person and the enterprise facts, so that every fact is used.
  const trigger = t < 2 || rng.chance(0.3);
  if (trigger) {
    lines.push('', 'triggers:', '  suggested:');
    if (t === 0 || (t > 1 && audience === 'person'))
      lines.push(
        '    when: { person.age: { greaterThanInclusive: 18 } }',
        `    message: 您可以在线办理${subject}一件事。`,
      );
    else
      lines.push(
        '    when: { enterprise.days-since-registration: { lessThanInclusive: 90 } }',
        `    message: 贵企业于{enterprise.registration-date}成立，可以一次办理${subject}一件事。`,
      );
  }
  const questions = 1 + shared.length + (eligible ? 1 : 0) + made;
  return { id, text: `${lines.join('\n')}\n`, cases, questions, items: items.length };
}

/** Items from one to three departments: those with the most items in no theme yet first. */
function pickItems(rng, departments, covered, count) {
  const uncovered = (d) => d.items.filter((i) => !covered.has(i.id)).length;
  const ranked = [...departments].sort((a, b) => uncovered(b) - uncovered(a));
  const primary = uncovered(ranked[0]) > 0 ? ranked[0] : rng.pick(departments);
  const others = [uncovered(ranked[1]) > 0 ? ranked[1] : rng.pick(departments), rng.pick(departments)];
  const order = [primary, ...(count > 12 ? others : count > 8 ? others.slice(0, 1) : [])];
  const picked = [];
  for (const d of order) {
    const fresh = d.items.filter((i) => !covered.has(i.id));
    const used = d.items.filter((i) => covered.has(i.id)).sort(() => rng.next() - 0.5);
    for (const item of [...fresh, ...used]) {
      if (picked.length >= count) break;
      if (!picked.includes(item)) picked.push(item);
    }
  }
  return picked;
}

/** The library's files (paths relative to its folder) and what is in it. */
export function generateLibrary({ scale = 1, seed = DEFAULT_SEED } = {}) {
  const rng = randomHelpers(seed);
  const catalog = buildCatalog(rng, scale);
  const files = catalogFiles(rng, catalog);
  const departmentOf = new Map();
  for (const d of catalog.departments) for (const i of d.items) departmentOf.set(i.id, d);
  const themeCount = Math.max(6, Math.round(BASE.themes * scale));
  const covered = new Set();
  const themes = [];
  for (let t = 0; t < themeCount; t++) {
    const left = catalog.itemCount - covered.size;
    const needed = Math.ceil(left / (themeCount - t));
    const count = Math.min(30, Math.max(5, needed, 5 + Math.floor(26 * rng.next() ** 2)));
    const picked = pickItems(rng, catalog.departments, covered, count);
    for (const item of picked) covered.add(item.id);
    const target = Math.round(Math.exp(Math.log(MIN_CASES) + rng.next() * Math.log(MAX_CASES / MIN_CASES)));
    const theme = buildTheme(rng, t, picked, departmentOf, target);
    themes.push(theme);
    files.push({ path: `${theme.id}.yaml`, text: theme.text });
  }
  const uncovered = catalog.itemCount - covered.size;
  if (uncovered > 0) throw new Error(`${uncovered} items are in no theme: change the seed`);
  const sorted = themes.map((t) => t.cases).sort((a, b) => a - b);
  const stats = {
    scale,
    seed,
    departments: catalog.departments.length,
    venues: catalog.departments.reduce((s, d) => s + d.venues.length, 0),
    licences: catalog.licences.length + 3,
    materials: catalog.materials.length + 16,
    items: catalog.itemCount,
    themes: themes.length,
    catalogFiles: files.filter((f) => f.path.startsWith('catalog/')).length,
    bytes: files.reduce((s, f) => s + Buffer.byteLength(f.text), 0),
    questions: {
      min: Math.min(...themes.map((t) => t.questions)),
      max: Math.max(...themes.map((t) => t.questions)),
    },
    itemsPerTheme: {
      min: Math.min(...themes.map((t) => t.items)),
      max: Math.max(...themes.map((t) => t.items)),
    },
    cases: {
      total: sorted.reduce((a, b) => a + b, 0),
      median: sorted[Math.floor(sorted.length / 2)],
      max: sorted.at(-1),
      min: sorted[0],
    },
  };
  return { files, stats };
}

/** Writes the library into `dir` (emptied first), by default `bench/.generated/library-<scale>/`. */
export function writeLibrary({ scale = 1, seed = DEFAULT_SEED, dir } = {}) {
  const out = dir ?? join(here, '.generated', `library-${scale}`);
  const { files, stats } = generateLibrary({ scale, seed });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'catalog'), { recursive: true });
  for (const file of files) writeFileSync(join(out, file.path), file.text);
  return { dir: out, stats };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at === -1 ? fallback : process.argv[at + 1];
  };
  const { dir, stats } = writeLibrary({
    scale: Number(arg('scale', 1)),
    seed: Number(arg('seed', DEFAULT_SEED)),
    dir: arg('out', undefined),
  });
  console.log(`${dir}\n${JSON.stringify(stats, null, 2)}`);
}
