// Generates the guides of the bundled themes under docs/themes/ from the built library (dist/):
//
//   node scripts/docs-themes.mjs           write docs/themes/<id>.md and docs/themes/README.md
//   node scripts/docs-themes.mjs --check   exit 1, naming the files, when docs/themes/ is out of date
//
// Each guide has the theme's title, region and summary, its cases (enumerateCases: the count, by status, why the
// blocked ones are blocked, the case dimensions and the situations: paths with the same outcome, with their rules), the questionnaire as a Mermaid decision
// graph, and one representative case — a worked example of the public guides, or the first scenario of the
// theme's test file — with its full Markdown guide and its Mermaid workflow. The answers of that case are read from the
// scenario file. Output is deterministic: a fixed day, no timestamps. Build first: `npx tsup --silent`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'docs/themes';
/** The day cases are enumerated and scenarios without their own `today` are run on. */
export const TODAY = '2026-11-27';
/** Situations a guide lists at most (`tongban cases` lists them all). */
const LISTED_SITUATIONS = 60;
const MAX_VALUES = 8;

/**
 * The representative case of each theme: the scenario (by name prefix) in its test file; otherwise the first
 * scenario. The restaurant's is worked example A with a company still to be registered, so the guide shows how
 * merging reduces the materials (the business licence is passed on, shared materials are listed once).
 */
const REPRESENTATIVE = {
  'hk-macau-permit': { scenario: 'A 首次申领', why: '公开办事指南样例 HK A' },
  'open-restaurant': {
    scenario: '餐饮 A′',
    why: '公开办事指南样例餐饮 A，改为新设公司，以显示企业开办与准营材料合并后的减少',
  },
  'convenience-store': { scenario: '便利店 D', why: '公开办事指南样例便利店 D' },
};

const STATUS = { ready: '可以办理', 'not-needed': '无需办理', blocked: '不予办理' };
const AUDIENCE = { person: '个人', enterprise: '法人（企业）' };
const TYPE = { single: '单选', multiple: '多选', 'yes-no': '是/否', number: '数字', date: '日期' };

/**
 * A short reading of each theme's cases, for docs/themes/README.md: does the list look like what a 窗口 officer
 * would list? The numbers in brackets are computed; the prose was checked against them when written.
 */
const READING = {
  'hk-macau-permit': (s) => [
    `答题路径 ${n(s.count)} 条，情形 ${n(s.situations.length)} 个，不同结果 ${n(s.results)} 种。同一次申请的结果是证件部分与签注部分的组合：` +
      '证件部分按办理类型（首次申领或补发、换发须交回原证、只办签注）、户籍（本市 7 个工作日、外省市 20 个工作日）和申请人' +
      '（成年、登记备案人员或现役军人须交同意函、未满16周岁由监护人陪同或委托他人陪同）区分；签注部分按种类、次数或有效期' +
      `（决定收费）、赴港或赴澳（两项签注分别收费）以及各种类自己的材料区分（探亲 ${n(s.byAnswer('purpose', 'family'))}、` +
      `其他 ${n(s.byAnswer('purpose', 'other'))}、逗留 ${n(s.byAnswer('purpose', 'stay'))} 条路径）。` +
      '每个区分都改变材料、收费或时限，窗口人员也会区分，所以整体情形数是两部分的乘积。审核时分事项看（`tongban cases --by-item`）：' +
      `证件签发 ${n(s.itemCount('hk-macau-permit-issuance'))} 种、赴香港签注 ${n(s.itemCount('hk-endorsement'))} 种、` +
      `赴澳门签注 ${n(s.itemCount('macau-endorsement'))} 种；两个事项都要的材料（申请人身份证件、监护人材料、同意函等）` +
      `${n(s.items.shared.length)} 份，每份单列一次，共 ${n(s.items.shared.reduce((sum, m) => sum + m.situations.length, 0))} 种；不予办理 ${n(s.items.others.length)} 种；` +
      `共 ${n(s.items.total)} 个情形要审核。`,
    '不另成情形的：同一项材料的几种合格形式写成一项材料（未满16周岁凭身份证或户口簿；港澳亲属的回乡证或外国护照；' +
      '赴港逗留的进入许可或延期逗留许可；其他签注按事由提交的证明），登记备案的国家工作人员与现役军人合成一个选项，' +
      '指纹、代办、急事急办等提示的文字写明适用条件，对所有相关申请人显示。' +
      `年龄按 16、60 周岁分段，不另问是否年满 60 周岁；年满 60 周岁的 ${n(s.byAnswer('age', 'ge60'))} 条路径只在探望配偶、` +
      '父母子女时结果不同（1年多次），其余与 16 至 59 周岁的路径归为同一情形。',
    '未满16周岁的申请人不会被问到探望配偶、商务签注、人才签注和赴澳门就业：这些选项只对年满16周岁的申请人提供（选项条件），' +
      '所以这些不可能的组合不在情形之中。',
    `不予办理 ${n(s.status.blocked)} 条路径：` +
      `在港澳期间遗失证件 ${n(s.blockedBy.get('lost-in-sar')?.count ?? 0)} 条；` +
      `外省市户籍、无本市居住证而只申请个人旅游签注 ${n(s.blockedBy.get('g-at-hukou-place')?.count ?? 0)} 条。` +
      '同时申领证件的，证件照常办理（全国通办），只提示个人旅游签注回户籍地申请。',
    '缺少或多余的区分：“一签多行”等地区做法没有纳入；预约写在办理地点的说明中。领取方式（窗口领取或邮寄送达）由申请人' +
      '选择，不另成情形：每个情形列出两种方式各增加什么（窗口领取另需到场一次，邮寄送达付邮费）；自助签注机当场打印，不问领取方式。' +
      '持逗留签注前往另一地的其他签注只在已持证件时提供（首次申领时不问）。',
  ],
  'open-restaurant': (s) => [
    `答题路径 ${n(s.count)} 条，情形 ${n(s.situations.length)} 个，不同结果 ${n(s.results)} 种。经营项目（热食、冷食、生食、冷加工糕点、自制饮品的 31 种组合）` +
      '只填入食品经营许可申请表的经营项目（一表申请的字段），提示合为一条，不把情形乘开；只有“热食”决定是否受油烟禁令约束。',
    `不予办理 ${n(s.status.blocked)} 条路径，是同一个情形：油烟禁令（居民住宅楼，或商住楼无专用烟道、与住宅层相邻，并且做热食）。`,
    '其余情形是这些区分的乘积，每一个都改变事项或材料：已有执照、新设公司（企业开办六项，银行开户须预约到场一次）或新设个体工商户，' +
      '是否招工，排水（商场物业统一办理、小型餐饮排水户即面积 150㎡以下、其他排水户），食品经营许可告知承诺（示例）或一般程序，消防告知承诺或一般程序，' +
      '店招（不设户外招牌、备案或审批）和售烟；是否售酒另有一条提示。窗口人员也会区分这些，所以整体情形数是它们的乘积；' +
      `分事项审核（\`tongban cases --by-item\`）共 ${n(s.items.total)} 个情形：每个部门只看自己事项的几种情形` +
      `（食品经营许可 ${n(s.itemCount('food-business-licence'))} 种、消防 ${n(s.itemCount('fire-safety-check'))} 种、` +
      `排水 ${n(s.itemCount('drainage-permit'))} 种……），多个事项共用的材料 ${n(s.items.shared.length)} 份（共 ${n(s.items.shared.reduce((sum, m) => sum + m.situations.length, 0))} 种情形）。` +
      '上海资料没有餐饮场所消防检查的面积豁免，面积只影响排水许可；北京、四川等地的面积豁免是缺少的（地区性的）区分。',
  ],
  'convenience-store': (s) => [
    `答题路径 ${n(s.count)} 条，情形 ${n(s.situations.length)} 个，不同结果 ${n(s.results)} 种：新设公司、新设个体工商户或已有执照，乘以所售食品的 16 种组合、` +
      '售酒、售烟、店招（备案或审批）和招工。所售食品只有三种结果：不售任何食品饮料、仅预包装食品（备案）、' +
      '含散装食品、现制熟食或饮品（许可，再分告知承诺审批（示例）或一般程序）；其余组合只改变许可的经营项目，售酒只多一条提示（上海不另发酒类许可）。' +
      '纸质证照的领取方式（窗口领取或邮寄送达）由申请人选择，不另成情形：情形列出窗口领取需再到发证部门几次，邮寄送达不必到场。',
    `无需办理 ${n(s.status['not-needed'])} 个（已有执照，不卖食品和烟、不设店招、不招工），没有不予办理的情形。` +
      '缺少的区分：资料中的面积门槛（公共场所卫生许可、营业前消防检查）是商场超市的地区做法，本主题没有纳入，面积不是一个维度。',
  ],
  marriage: (s) => [
    `答题路径 ${n(s.count)} 条，情形 ${n(s.situations.length)} 个，就是窗口人员会列出的清单：不予登记 3 个（未到法定婚龄、` +
      '一方或双方已有配偶、禁婚亲属；是否自愿由婚姻登记员当面询问，不是问卷问题），可以登记 5 个：双方均为内地居民、' +
      '其中一方为现役军人（另交《军人婚姻登记证明》和军人身份证件）、对方为港澳台居民、对方为华侨、对方为外国人。',
    '不另成情形的：本人未婚、离婚或丧偶只决定声明书中填写的婚姻状况（一表申请的字段，可由档案预填）；无配偶证明附附加证明书、' +
      '经使领馆认证或由使领馆出具，是同一份材料的几种合格形式（附加证明书的附中文译文并现场签署真实性声明）；香港、澳门、台湾居民' +
      '所交的是同样三份材料，公证机构写在材料说明中。现役军人与外国人、港澳台居民结婚的规定写在涉外登记的提示中。',
  ],
  newborn: (s) => [
    `答题路径 ${n(s.count)} 条，情形 ${n(s.situations.length)} 个，接近窗口人员的列法：出生地、月龄、申请人是父亲还是母亲（决定哪些证件可用电子证照）、` +
      '婚内或非婚、父母户籍、随父或随母、落户到哪一户，每一项都改变材料或办理方式（线上联办或到派出所窗口）。' +
      `不予办理 ${n(s.status.blocked)} 个：外省出生、境外出生、已满1周岁。父母均非本省户籍的，助产机构仍签发出生医学证明、` +
      '发放预防接种证，户口、医保和社保卡到户籍地办理（提示，不是不予办理）。',
    '缺少的区分：本省跨市落户等地区细节，以及部分省份一并联办的生育登记、生育医疗费用报销、生育津贴和新生儿医保缴费。',
  ],
  'primary-school-enrolment': (s) => [
    `答题路径 ${n(s.count)} 条，情形 ${n(s.situations.length)} 个，不同结果 ${n(s.results)} 种：孩子到入学当年8月31日的年龄（未满6周岁的无需办理 ` +
      `${n(s.status['not-needed'])} 个）、是否申请推迟入学、本市户籍（人户一致或人户分离）或外省市户籍（居住证、积分、` +
      '社会保险或灵活就业）、是否在园、报公办还是民办小学。',
    '随迁子女的条件（居住证、积分标准分值、社会保险或灵活就业年限）每年以市教委实施意见为准，本主题只作示例，' +
      '所以不符合时只提示咨询区教育局，不作为不予办理。',
  ],
};

const n = (value) => value.toLocaleString('en-US');

/** Table cell text: no line breaks, pipes escaped. */
const cell = (value) => String(value).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function table(header, rows) {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** Relative path with forward slashes, from the repository root. */
const repoPath = (path) => relative(ROOT, path).split(sep).join('/');

async function library() {
  const missing = ['index.js', 'load.js', 'node.js', 'analyze.js', 'render.js'].filter(
    (f) => !existsSync(join(ROOT, 'dist', f)),
  );
  if (missing.length > 0) {
    throw new Error(
      `dist/${missing[0]} is missing: build first with \`npx tsup --silent\` (npm test builds it)`,
    );
  }
  const load = (name) => import(pathToFileURL(join(ROOT, 'dist', name)).href);
  const [runtime, loader, node, analyze, render] = await Promise.all(
    ['index.js', 'load.js', 'node.js', 'analyze.js', 'render.js'].map(load),
  );
  return { ...runtime, ...loader, ...node, ...analyze, ...render };
}

/** Walks a session answering from `answers`; returns the finished session. */
function walkAnswers(lib, theme, answers, options) {
  let session = lib.start(theme, options);
  for (let guard = 0; guard <= theme.questions.length; guard++) {
    const step = lib.next(session);
    if (step.done) return session;
    const id = step.question.id;
    if (!Object.hasOwn(answers, id)) throw new Error(`${theme.id}: "${id}" is asked but not answered`);
    const result = lib.answer(session, id, answers[id]);
    if (!result.ok) throw new Error(`${theme.id}: ${id}: ${result.error.message}`);
    session = result.session;
  }
  throw new Error(`${theme.id}: the questionnaire did not end`);
}

/** Every case of a theme, summarised: counts by status, by answer, dimensions, blocked reasons. */
function caseStats(lib, theme) {
  const status = { ready: 0, 'not-needed': 0, blocked: 0 };
  const dimensions = new Map(theme.questions.map((q) => [q.id, { asked: 0, values: new Map() }]));
  const results = new Set();
  const keys = [];
  const blockedAnswers = [];
  const generator = lib.enumerateCases(theme, { today: TODAY, maxCases: Number.POSITIVE_INFINITY });
  let count = 0;
  for (let step = generator.next(); !step.done; step = generator.next()) {
    const c = step.value;
    count++;
    status[c.status]++;
    if (c.status === 'blocked') blockedAnswers.push(c.answers);
    const fragments = c.key.split('&');
    keys.push(new Set(fragments));
    for (const fragment of fragments) {
      const at = fragment.indexOf('=');
      const dimension = dimensions.get(fragment.slice(0, at));
      if (!dimension) continue;
      dimension.asked++;
      const value = fragment.slice(at + 1);
      dimension.values.set(value, (dimension.values.get(value) ?? 0) + 1);
    }
  }
  // Why the blocked cases are blocked: replay them (few) and read the blocking notices.
  const blockedBy = new Map();
  for (const answers of blockedAnswers) {
    const o = lib.outcome(walkAnswers(lib, theme, answers, { today: TODAY }));
    for (const notice of o.notices.filter((x) => x.kind === 'block'))
      blockedBy.set(notice.id, { text: notice.text, count: (blockedBy.get(notice.id)?.count ?? 0) + 1 });
  }
  const situations = lib.enumerateSituations(theme, {
    today: TODAY,
    maxCases: Number.POSITIVE_INFINITY,
  }).situations;
  // Compared as situations compare them: the applicant's choice of delivery is left out (listed apart).
  for (const { detail: d } of situations) {
    const toSubmit = d.materials.filter((m) => m.status === 'submit').length;
    results.add(
      JSON.stringify([d.status, d.items.map((i) => i.id), toSubmit, d.days, d.fee, d.visits, d.delivery]),
    );
  }
  const byAnswer = (question, value) => dimensions.get(question)?.values.get(value) ?? 0;
  /** How many cases have a key whose `question=value` fragments satisfy `holds`. */
  const where = (holds) => keys.filter(holds).length;
  // The lists a reviewer signs off: item by item (`tongban cases --by-item`).
  const items = lib.itemSituationsOf(theme, { today: TODAY, maxCases: Number.POSITIVE_INFINITY });
  const itemCount = (id) => items.items.find((i) => i.id === id)?.situations.length ?? 0;
  return {
    count,
    status,
    dimensions,
    results: results.size,
    situations,
    items,
    itemCount,
    blockedBy,
    byAnswer,
    where,
  };
}

function statusLine(stats) {
  const parts = Object.entries(STATUS)
    .filter(([key]) => stats.status[key] > 0)
    .map(([key, label]) => `${label} ${n(stats.status[key])}`);
  return parts.join('，');
}

/** Markdown headings of an embedded guide, moved down by `levels`. */
function demote(markdown, levels) {
  return markdown.replace(/^(#+) /gm, (_, hashes) => `${hashes}${'#'.repeat(levels)} `);
}

/** `tongban cases <theme> --by-item --format md`, as the built CLI prints it (in Chinese, dated TODAY). */
function byItemMarkdown(themeFile) {
  return execFileSync(
    process.execPath,
    [
      join(ROOT, 'dist', 'cli.js'),
      'cases',
      themeFile,
      '--by-item',
      '--format',
      'md',
      '--today',
      TODAY,
      '--lang',
      'zh',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

/** The scenarios of a theme, in file order, with the file they come from. */
async function scenariosOf(lib, themeFile, scenarioFiles) {
  const found = [];
  for (const file of scenarioFiles) {
    const read = await lib.readSource(file);
    if (!read.ok) throw new Error(`cannot read ${repoPath(file)}`);
    const loaded = lib.loadScenarios(read.source);
    if (!loaded.ok) throw new Error(`${repoPath(file)} has errors`);
    if (resolve(dirname(file), loaded.file.theme) !== themeFile) continue;
    for (const scenario of loaded.file.scenarios) found.push({ file, scenario });
  }
  return found;
}

async function profileOf(lib, file, profile) {
  if (profile === undefined) return undefined;
  if (!('path' in profile)) return profile;
  const read = await lib.readSource(resolve(dirname(file), profile.path));
  if (!read.ok) throw new Error(`cannot read the profile ${profile.path} of ${repoPath(file)}`);
  const loaded = lib.loadProfile(read.source);
  if (!loaded.ok) throw new Error(`the profile ${profile.path} of ${repoPath(file)} has errors`);
  return loaded.profile;
}

function themeGuide(lib, theme, themeFile, stats, example) {
  const { scenario, file, session, why } = example;
  const o = lib.outcome(session);
  // A guidance theme (no items, as isGuidance in src/render/guidance.ts) gives notices only: no status, no
  // columns of items, materials, time, fee or visits, no per-item review and no workflow.
  const guidance = theme.items.length === 0;
  const lines = [
    '<!-- 由 scripts/docs-themes.mjs 生成，请勿手工修改；更新：node scripts/docs-themes.mjs -->',
    '',
    `# ${theme.title}`,
    '',
    `- 标识：\`${theme.id}\` · 版本：${theme.version} · 对象：${AUDIENCE[theme.audience] ?? theme.audience}` +
      (theme.region === undefined ? '' : ` · 地区：${theme.region}`),
    `- 主题文件：[${repoPath(themeFile)}](../../${repoPath(themeFile)}) · 测试场景：` +
      `[${repoPath(file)}](../../${repoPath(file)})`,
    '',
    ...(theme.summary === undefined ? [] : [theme.summary, '']),
    '## 情形',
    '',
    guidance
      ? `共 **${n(stats.count)}** 条答题路径，按 ${TODAY} 枚举、不用档案。这是只给结论、不办事项的指引类主题：` +
        `结果（提示）完全相同的路径归为一个情形，共 **${n(stats.situations.length)}** 个情形` +
        `（\`tongban cases ${repoPath(themeFile)}\`；逐条路径加 \`--paths\`）。`
      : `共 **${n(stats.count)}** 条答题路径（${statusLine(stats)}），按 ${TODAY} 枚举、不用档案。` +
        '结果（状态、事项、合并后的材料及其状态、时限、费用、到场次数和提示）完全相同的路径归为一个办事情形，' +
        `共 **${n(stats.situations.length)}** 个情形（\`tongban cases ${repoPath(themeFile)}\`；逐条路径加 \`--paths\`）。` +
        `只比较状态、事项、需提交材料数、时限、费用和到场次数的话，共 ${n(stats.results)} 种结果。`,
    '',
  ];
  if (stats.blockedBy.size > 0) {
    lines.push('不予办理的情形及原因：', '');
    const rows = [...stats.blockedBy].map(([id, { text, count }]) => [`\`${id}\``, n(count), text]);
    lines.push(...table(['提示', '路径数', '说明'], rows), '');
  }
  lines.push('### 情形的维度', '');
  lines.push('每个问题在多少条路径中被提问，以及情形键中出现的回答（数字题按分界点分段）：', '');
  const dimensionRows = theme.questions.map((q, i) => {
    const d = stats.dimensions.get(q.id);
    const values = [...d.values.keys()];
    const shown = values.slice(0, MAX_VALUES).map((v) => `\`${v}\``);
    if (values.length > MAX_VALUES) shown.push(`…（共 ${values.length} 种）`);
    return [i + 1, `\`${q.id}\` ${q.ask}`, TYPE[q.type] ?? q.type, n(d.asked), shown.join(' ')];
  });
  lines.push(...table(['#', '问题', '题型', '提问的路径', '回答'], dimensionRows), '');
  const listed = stats.situations.slice(0, LISTED_SITUATIONS);
  lines.push(
    stats.situations.length > listed.length
      ? `### 情形（前 ${listed.length} 个，共 ${n(stats.situations.length)} 个）`
      : '### 情形',
    '',
    '每个情形的规则：满足任一行的路径就是这个情形的全部路径；未列出的问题为“任意”（不影响结果），“不问”表示没有问到。',
    '',
  );
  const notices = new Map(theme.notices.map((x) => [x.id, x]));
  // The applicant's choice of delivery splits no situation: each situation lists what each method adds.
  const delivery = listed.some((x) => (x.detail.delivery ?? []).length > 0);
  if (guidance) {
    const rows = listed.map((x) => [
      x.index,
      n(x.count),
      x.rows.map((row) => lib.ruleText(theme, row, 'zh')).join('<br>'),
      x.detail.notices.map((m) => notices.get(m.id)?.text ?? m.id).join('<br>'),
    ]);
    lines.push(...table(['#', '路径', '情形规则', '结果'], rows), '');
  }
  const situationRows = listed.map((x) => [
    x.index,
    STATUS[x.detail.status],
    n(x.count),
    x.rows.map((row) => lib.ruleText(theme, row, 'zh')).join('<br>'),
    x.detail.items.length,
    x.detail.materials.filter((m) => m.status === 'submit').length,
    x.detail.days,
    x.detail.fee,
    x.detail.visits,
    ...(delivery ? [lib.deliveryText(x.detail, 'zh') || '—'] : []),
    x.detail.notices.map((m) => notices.get(m.id)?.text ?? m.id).join('<br>'),
  ]);
  if (!guidance)
    lines.push(
      ...table(
        [
          '#',
          '状态',
          '路径',
          '情形规则',
          '事项',
          '需提交材料',
          '时限（工作日）',
          '费用（元）',
          '到场',
          ...(delivery ? ['送达方式（申请人选择，不另成情形）'] : []),
          '提示',
        ],
        situationRows,
      ),
      '',
    );
  if (!guidance)
    lines.push(
      '### 分事项情形（审核清单）',
      '',
      `审核时分事项看（\`tongban cases ${repoPath(themeFile)} --by-item\`）：共 **${n(stats.items.total)}** 个情形。` +
        '每个事项单列它的情形（时限、费用、到场、送达方式和它要的材料相同的路径算一个），两个事项可能同时要的材料每份单列一次，' +
        '最后是没有事项的情形和每条提示何时显示。',
      '',
      demote(byItemMarkdown(themeFile), 1).trimEnd(),
      '',
    );
  lines.push('## 问卷决策图', '', '```mermaid', lib.mermaidQuestionnaire(theme).trimEnd(), '```', '');
  lines.push(`## 示例情形：${scenario.name}`, '');
  lines.push(
    `取自 [${repoPath(file)}](../../${repoPath(file)}) 的场景“${scenario.name}”（${why}）` +
      (scenario.today === undefined ? '' : `，日期 ${scenario.today}`) +
      (scenario.profile === undefined ? '' : '，使用场景中的档案') +
      '。回答：',
    '',
  );
  const kase = lib.caseOf(session);
  const answerRows = kase.parts.map((part) => {
    const question = theme.questions.find((q) => q.id === part.question);
    const given = session.answers[part.question];
    const prefilled = given?.prefilled ? '（档案预填）' : '';
    // Numbers and dates: the value given, then the band it falls in.
    const value =
      question && (question.type === 'number' || question.type === 'date') && given
        ? `${given.value}${question.type === 'number' ? (question.unit ?? '') : ''}（${part.label}）`
        : part.label;
    return [question?.ask ?? part.question, `${value}${prefilled}`];
  });
  lines.push(...table(['问题', '回答'], answerRows), '');
  lines.push(demote(lib.markdownGuide(o, theme), 2).trimEnd(), '');
  if (!guidance)
    lines.push('### 办理流程图', '', '```mermaid', lib.mermaidWorkflow(o, theme).trimEnd(), '```', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function indexPage(entries) {
  const lines = [
    '<!-- 由 scripts/docs-themes.mjs 生成，请勿手工修改；更新：node scripts/docs-themes.mjs -->',
    '',
    '# 内置主题 · Bundled themes',
    '',
    `内置主题库（\`themes/\`）中每个主题的说明：情形数、问卷决策图，以及一个示例情形的完整办事指南和流程图。` +
      `情形按 ${TODAY} 枚举，不用档案。由 \`node scripts/docs-themes.mjs\` 从构建后的库（\`dist/\`）生成，` +
      '`test/themes/docs-up-to-date.test.ts` 检查它们是否最新。',
    '',
  ];
  const rows = entries.map(({ theme, stats, doc }) => [
    `[${theme.title}](${doc})`,
    `\`${theme.id}\``,
    AUDIENCE[theme.audience] ?? theme.audience,
    theme.region ?? '',
    theme.questions.length,
    n(stats.count),
    n(stats.situations.length),
    n(stats.items.total),
    n(stats.status.ready),
    n(stats.status['not-needed']),
    n(stats.status.blocked),
    n(stats.results),
  ]);
  lines.push(
    ...table(
      [
        '主题',
        '标识',
        '对象',
        '地区',
        '问题',
        '答题路径',
        '情形',
        '分事项情形',
        '可以办理',
        '无需办理',
        '不予办理',
        '不同结果',
      ],
      rows,
    ),
    '',
    '“情形”：结果（状态、事项、合并后的材料及其状态、时限、费用、到场次数和提示）完全相同的答题路径算作一个情形' +
      '（`tongban cases`）；申请人选择的送达方式不另成情形，情形列出每种方式各增加什么。“可以办理”等按路径计数。“不同结果”只比较状态、事项、需提交材料数、时限、费用和到场次数。',
    '',
    '“分事项情形”是审核人员要签核的清单（`tongban cases --by-item`）：每个事项单列它的情形（时限、费用、到场、送达方式和它要的材料' +
      '相同的路径算一个），两个事项可能同时要的材料每份单列一次（“共用材料”，不再放进各事项），再加上没有事项的情形（不予办理、无需办理）。' +
      '一个情形的结果由它的各事项情形按合并规则（材料合并、排程、收费、到场）得出，所以逐项签核这些清单就签核了全部组合：' +
      '要看的是各清单之和，而不是它们的乘积。提示何时显示另列一表。',
    '',
    '## 情形数的解读',
    '',
    '这些情形是否像窗口人员会列出的情形？总体上，情形的维度都来自公开办事指南中的真实区分（办理类型、签注种类、户籍、' +
      '年龄、对方身份、经营项目、面积……），但枚举把每个维度与其他维度相乘，出现了两类问题：一是**没有差别的区分**' +
      '（只改变一条提示或许可证上的勾选项，或在某个分支中不起作用的分段），二是**被乘出来的不予办理情形**' +
      '（不予办理的条件之前问过的无关问题，把同一个不予办理的原因乘成许多情形）。把“不同结果”与“情形”对比，' +
      '可以看出可以合并的程度。',
    '',
  );
  for (const { theme, stats } of entries) {
    const reading = READING[theme.id];
    if (!reading) continue;
    lines.push(`### ${theme.title}`, '', ...reading(stats).map((p) => `- ${p}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Every file of docs/themes/, generated in memory: a map from the path (relative to the repository root, with
 * forward slashes) to its content.
 */
export async function generate() {
  const lib = await library();
  const cache = new lib.CatalogCache();
  const themeFiles = (await lib.themeFilesIn(join(ROOT, 'themes'))).map((f) => resolve(f)).sort();
  const scenarioFiles = (await lib.scenarioFilesIn(join(ROOT, 'themes'))).map((f) => resolve(f)).sort();
  const files = new Map();
  const entries = [];
  for (const themeFile of themeFiles) {
    const loaded = await lib.loadThemeFile(themeFile, { cache });
    if (!loaded.result.ok) throw new Error(`${repoPath(themeFile)} has errors: run tongban validate`);
    const theme = loaded.result.theme;
    const scenarios = await scenariosOf(lib, themeFile, scenarioFiles);
    if (scenarios.length === 0) throw new Error(`${repoPath(themeFile)} has no scenario in themes/tests`);
    const wanted = REPRESENTATIVE[theme.id];
    const named = wanted && scenarios.find(({ scenario }) => scenario.name.startsWith(wanted.scenario));
    if (wanted && !named)
      throw new Error(`${theme.id}: no scenario named "${wanted.scenario}…" in themes/tests`);
    const chosen = named ?? scenarios[0];
    const { file, scenario } = chosen;
    const profile = await profileOf(lib, file, scenario.profile);
    const session = walkAnswers(lib, theme, scenario.answers, {
      today: scenario.today ?? TODAY,
      ...(profile === undefined ? {} : { profile }),
    });
    const why = named ? wanted.why : '测试文件中的第一个场景';
    const stats = caseStats(lib, theme);
    const doc = `${theme.id}.md`;
    files.set(`${OUT}/${doc}`, themeGuide(lib, theme, themeFile, stats, { scenario, file, session, why }));
    entries.push({ theme, stats, doc });
  }
  entries.sort((a, b) => a.theme.id.localeCompare(b.theme.id));
  files.set(`${OUT}/README.md`, indexPage(entries));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The files of docs/themes/ that differ from `generated` (changed, missing, or no longer generated). */
export async function outOfDate(generated) {
  const stale = [];
  for (const [path, content] of generated) {
    const full = join(ROOT, path);
    const current = existsSync(full) ? await readFile(full, 'utf8') : undefined;
    if (current === undefined) stale.push({ path, problem: 'missing' });
    else if (current !== content) stale.push({ path, problem: 'differs' });
  }
  const dir = join(ROOT, OUT);
  const present = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith('.md')) : [];
  for (const name of present.sort()) {
    const path = `${OUT}/${name}`;
    if (!generated.has(path)) stale.push({ path, problem: 'not generated any more' });
  }
  return stale;
}

async function main(argv) {
  const check = argv.includes('--check');
  const generated = await generate();
  const stale = await outOfDate(generated);
  if (check) {
    if (stale.length === 0) {
      console.log(`${OUT}/ is up to date (${generated.size} files)`);
      return 0;
    }
    for (const { path, problem } of stale) console.error(`${path}: ${problem}`);
    console.error(`${OUT}/ is out of date: run node scripts/docs-themes.mjs`);
    return 1;
  }
  await mkdir(join(ROOT, OUT), { recursive: true });
  for (const { path, problem } of stale) {
    const full = join(ROOT, path);
    if (problem === 'not generated any more') await unlink(full);
    else await writeFile(full, generated.get(path), 'utf8');
    console.log(`${problem === 'not generated any more' ? 'removed' : 'wrote'} ${path}`);
  }
  if (stale.length === 0) console.log(`${OUT}/ is up to date (${generated.size} files)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
