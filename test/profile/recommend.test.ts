import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TongbanError } from '../../src/errors.js';
import { loadCatalog, loadProfile, loadTheme } from '../../src/load/index.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { type Recommendation, recommend } from '../../src/profile/index.js';
import { createOperatorSet } from '../../src/rules/index.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const TODAY = '2026-11-27';

async function bundledThemes(): Promise<CompiledTheme[]> {
  const cache = new CatalogCache();
  const themes: CompiledTheme[] = [];
  for (const file of await themeFilesIn('themes')) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file} does not load`);
    themes.push(loaded.result.theme);
  }
  return themes.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const BUNDLED = await bundledThemes();

function example(name: string): Profile {
  const file = `examples/profiles/${name}.yaml`;
  const result = loadProfile({ file, text: readFileSync(file, 'utf8') });
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.profile;
}

function person(facts: Profile['facts'] = {}, rest: Partial<Omit<Profile, 'facts'>> = {}): Profile {
  return { kind: 'person', facts, licences: [], tags: [], completed: [], ...rest };
}

function company(facts: Profile['facts'] = {}, rest: Partial<Omit<Profile, 'facts'>> = {}): Profile {
  return { kind: 'enterprise', facts, licences: [], tags: [], completed: [], ...rest };
}

/** Theme ids with their fired triggers, in rank order. */
function summary(ranked: readonly Recommendation[]): [string, number, string[]][] {
  return ranked.map((r) => [r.theme.id, r.score, r.reasons.map((x) => x.trigger)]);
}

// A small catalog for inline themes: a child-age fact derived with ages-on, and facts of every type.
const CATALOG = `
departments:
  office: { name: 区教育局, level: 区县 }
licences:
  id-card: { name: 居民身份证电子证照 }
  hk-macau-permit: { name: 往来港澳通行证 }
facts:
  person.hukou: { label: 户籍, en: Hukou, type: single, options: { local: { label: 本市户籍, en: this city }, other: 外省市户籍 } }
  person.residence-permit: { label: 持有本市居住证, type: yes-no }
  person.birth-date: { label: 出生日期, type: date }
  person.age: { label: 年龄, type: number, unit: 周岁, derive: { fn: years-since, from: person.birth-date } }
  person.children: { label: 子女, type: list }
  person.children-ages-on-sept-1:
    label: 子女当年9月1日的年龄
    type: list
    derive: { fn: ages-on, from: person.children, month-day: "09-01" }
  person.languages: { label: 语言, type: multiple, options: { zh: 中文, en: 英文 } }
items:
  school-entry: { name: 小学入学登记, department: office, days: 1, fee: 0 }
`;

function inlineTheme(id: string, triggers: string, extra = ''): CompiledTheme {
  return loadThemeYaml({
    catalog: CATALOG,
    theme: `
id: ${id}
title: 主题 ${id}
version: "1"
audience: person
${extra}
questions:
  - id: ready
    ask: 准备好了吗？
    type: yes-no
items:
  school-entry: always
triggers:
${triggers}
`,
  });
}

const SCHOOL = inlineTheme(
  'school-entry',
  `  child-turns-six:
    when: { person.children-ages-on-sept-1: { contains: 6 } }
    message: 您的孩子今年9月1日前年满6周岁（子女：{person.children}；年龄：{person.children-ages-on-sept-1}），可以办理小学入学登记。
    en: A child of yours is 6 by 1 September ({person.children-ages-on-sept-1}).
    weight: 4`,
  'tags:\n  life-events: [教育]',
);

describe('ranking', () => {
  test('fired weights ×10 plus shared tags; higher first', () => {
    const busy = person(
      { 'person.due-date': '2026-12-10', 'person.marital-status': 'unmarried' },
      {
        licences: [{ licence: 'hk-macau-permit', expires: '2027-01-27' }],
        tags: ['婚育', '出行', '出生'],
      },
    );
    expect(summary(recommend(busy, BUNDLED, { today: TODAY }))).toEqual([
      ['hk-macau-permit', 51, ['permit-expiring']],
      ['newborn', 41, ['due-soon']],
      ['marriage', 11, ['planning-marriage']],
    ]);
  });

  test('ties: the higher fired weight first, then the theme id in code-unit order', () => {
    const t = (id: string, weight: number, tags: string) =>
      inlineTheme(
        id,
        `  always:\n    when: { profile.tags: { contains: 甲 } }\n    message: 提醒\n    weight: ${weight}`,
        `tags:\n  crowds: [${tags}]`,
      );
    // a and b: 10 + 1 shared tag; c and c-2: weight 0 + 1 shared tag; z: a weight-0 trigger and no shared tag.
    const themes = [t('b', 1, '甲'), t('z', 0, '乙'), t('a', 1, '甲'), t('c-2', 0, '甲'), t('c', 0, '甲')];
    const profile = person({}, { tags: ['甲'] });
    expect(summary(recommend(profile, themes, { today: TODAY }))).toEqual([
      ['a', 11, ['always']],
      ['b', 11, ['always']],
      ['c', 1, ['always']],
      ['c-2', 1, ['always']],
      ['z', 0, ['always']],
    ]);
    // Equal scores: the fired weight decides before the id (tags make up the difference).
    const heavy = inlineTheme(
      'z-heavy',
      '  w:\n    when: { profile.tags: { contains: 甲 } }\n    message: 提醒\n    weight: 1',
    );
    const tagged = t('a-tagged', 0, '甲, 乙, 丙, 丁, 戊, 己, 庚, 辛, 壬, 癸');
    const many = person({}, { tags: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'] });
    expect(summary(recommend(many, [tagged, heavy], { today: TODAY }))).toEqual([
      ['z-heavy', 10, ['w']],
      ['a-tagged', 10, ['always']],
    ]);
  });

  test('a trigger of weight 0 still recommends its theme, with score 0', () => {
    const zero = inlineTheme(
      'zero',
      '  z:\n    when: { person.hukou: local }\n    message: 零权重\n    weight: 0',
    );
    const [only, ...rest] = recommend(person({ 'person.hukou': 'local' }), [zero], { today: TODAY });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      theme: { id: 'zero' },
      score: 0,
      reasons: [{ trigger: 'z', message: '零权重' }],
    });
  });

  test('only themes for the profile’s kind: a person never gets enterprise themes, nor the reverse', () => {
    const both = ['餐饮', '零售', '小微企业', '出行', '婚育', '出生'];
    const forPerson = recommend(person({}, { tags: both }), BUNDLED, { today: TODAY });
    expect(forPerson.map((r) => r.theme.id)).toEqual(['hk-macau-permit', 'marriage', 'newborn']);
    const forCompany = recommend(company({}, { tags: both }), BUNDLED, { today: TODAY });
    expect(forCompany.map((r) => r.theme.id)).toEqual(['convenience-store', 'open-restaurant']);
  });

  test('nothing fired and no tag shared: no recommendation; today must be a real date', () => {
    expect(recommend(person(), BUNDLED, { today: TODAY })).toEqual([]);
    expect(recommend(person(), [], { today: TODAY })).toEqual([]);
    expect(() => recommend(person(), BUNDLED, { today: '2026-02-30' })).toThrow(TongbanError);
    expect(() => recommend(person(), BUNDLED, { today: '' })).toThrow(/invalid-today/);
  });
});

describe('reasons: messages with filled placeholders, and the facts used', () => {
  test('the permit reminder names the expiry date and rests on the days left and the date', () => {
    const [first] = recommend(example('shanghai-resident'), BUNDLED, { today: TODAY });
    expect(first).toEqual({
      theme: { id: 'hk-macau-permit', title: '往来港澳通行证和签注签发' },
      score: 51,
      reasons: [
        {
          trigger: 'permit-expiring',
          message: '您的往来港澳通行证将于2027-01-27到期，可预约换发，并同时申请签注。',
          en: 'Your HK/Macao permit expires on 2027-01-27; you can renew it now.',
          facts: [
            {
              fact: 'licence.hk-macau-permit.days-left',
              label: '往来港澳通行证剩余有效天数',
              value: 61,
              text: '61',
              source: 'derived',
            },
            {
              fact: 'licence.hk-macau-permit.expires',
              label: '往来港澳通行证有效期至',
              value: '2027-01-27',
              text: '2027-01-27',
              source: 'profile',
            },
          ],
          missing: [],
        },
      ],
      tags: ['出行'],
    });
  });

  test('values are shown as people read them: option labels, 是/否, lists, names; 未知 when missing', () => {
    const theme = inlineTheme(
      'display',
      `  show:
    when:
      any:
        - { person.hukou: local }
        - { person.residence-permit: true }
        - { person.languages: { contains: en } }
        - { person.age: { greaterThan: 150 } }
        - { person.children: { contains: "2023-01-01" } }
    on-missing: fire
    message: 户籍{person.hukou}，居住证{person.residence-permit}，语言{person.languages}，子女{person.children}，年龄{person.age}，{person.undeclared}
    en: hukou {person.hukou}, permit {person.residence-permit}, age {person.age}`,
    );
    const profile = person({
      'person.hukou': 'local',
      'person.residence-permit': false,
      'person.languages': ['zh', 'en'],
      'person.children': [{ name: '小明', 'birth-date': '2020-10-15' }, '2023-01-01'],
    });
    const [reason] = recommend(profile, [theme], { today: TODAY })[0]?.reasons ?? [];
    expect(reason?.message).toBe(
      '户籍本市户籍，居住证否，语言中文、英文，子女小明、2023-01-01，年龄未知，{person.undeclared}',
    );
    expect(reason?.en).toBe('hukou this city, permit no, age unknown');
    // The facts the condition reads (then those the messages name); missing ones left out, listed apart.
    expect(reason?.facts.map((f) => [f.fact, f.text])).toEqual([
      ['person.hukou', '本市户籍'],
      ['person.residence-permit', '否'],
      ['person.languages', '中文、英文'],
      ['person.children', '小明、2023-01-01'],
    ]);
    expect(reason?.facts[0]?.value).toBe('local');
    expect(reason?.missing).toEqual(['person.age']);
  });

  test('a child turning 6 by 1 September: the school-entry reminder with the child and the age', () => {
    const family = example('expecting-family');
    const [school] = recommend(family, [SCHOOL], { today: TODAY });
    expect(school?.reasons[0]).toMatchObject({
      trigger: 'child-turns-six',
      message: '您的孩子今年9月1日前年满6周岁（子女：王小明（示例）；年龄：6），可以办理小学入学登记。',
      facts: [
        { fact: 'person.children-ages-on-sept-1', value: [6], source: 'derived' },
        {
          fact: 'person.children',
          value: [{ name: '王小明（示例）', 'birth-date': '2020-10-15' }],
          source: 'profile',
        },
      ],
    });
    // Before 1 September 2026 the child is 5 on the coming 1 September; on 2 September 2026, 6 on 1 September 2027.
    expect(recommend(family, [SCHOOL], { today: '2026-08-31' })).toEqual([]);
    expect(recommend(family, [SCHOOL], { today: '2026-09-02' })).toHaveLength(1);
    expect(recommend(family, [SCHOOL], { today: '2027-09-01' })).toHaveLength(1);
    expect(recommend(family, [SCHOOL], { today: '2027-09-02' })).toEqual([]);
    // Born on 1 September: 6 on the day itself. Born on 2 September: not yet.
    const born = (date: string) => person({ 'person.children': [{ name: '小红', 'birth-date': date }] });
    expect(recommend(born('2020-09-01'), [SCHOOL], { today: '2026-03-01' })).toHaveLength(1);
    expect(recommend(born('2020-09-02'), [SCHOOL], { today: '2026-03-01' })).toEqual([]);
    // Two children, one of them 6.
    const two = person({ 'person.children': ['2018-05-01', '2020-12-31'] });
    expect(recommend(two, [SCHOOL], { today: TODAY })[0]?.reasons[0]?.message).toContain('年龄：9、6');
  });
});

describe('missing data', () => {
  const onMissing = (mode: string) =>
    inlineTheme(
      `missing-${mode}`,
      `  adult:
    when: { person.age: { greaterThanInclusive: 18 } }
    on-missing: ${mode}
    message: 年满18周岁（{person.age}）
    weight: 2`,
    );

  test('a trigger never fires on a fact the profile lacks…', () => {
    const skip = onMissing('skip');
    expect(recommend(person(), [skip], { today: TODAY })).toEqual([]);
    // An invalid birth date is no better than none; neither is an unusable list.
    expect(recommend(person({ 'person.birth-date': '2000-02-30' }), [skip], { today: TODAY })).toEqual([]);
    expect(recommend(person({ 'person.children': [{ name: '小明' }] }), [SCHOOL], { today: TODAY })).toEqual(
      [],
    );
    // Nor does a negated condition: not (unknown) is unknown.
    const notMinor = inlineTheme(
      'not-minor',
      '  t:\n    when: { not: { person.age: { lessThan: 18 } } }\n    message: 成年',
    );
    expect(recommend(person(), [notMinor], { today: TODAY })).toEqual([]);
    // With the fact, it fires or not on its value.
    expect(recommend(person({ 'person.birth-date': '2000-01-01' }), [skip], { today: TODAY })).toHaveLength(
      1,
    );
    expect(recommend(person({ 'person.birth-date': '2010-01-01' }), [skip], { today: TODAY })).toEqual([]);
  });

  test('…unless it says on-missing: fire; the reason then lists the missing facts', () => {
    const fire = onMissing('fire');
    const [r] = recommend(person(), [fire], { today: TODAY });
    expect(r).toMatchObject({
      score: 20,
      reasons: [{ trigger: 'adult', message: '年满18周岁（未知）', facts: [], missing: ['person.age'] }],
    });
    // on-missing only matters when data is missing: a known minor does not fire it.
    expect(recommend(person({ 'person.birth-date': '2010-01-01' }), [fire], { today: TODAY })).toEqual([]);
  });

  test('facts it has can settle a trigger despite a missing one (any with a member true)', () => {
    const either = inlineTheme(
      'either',
      '  t:\n    when: { any: [ { person.age: { greaterThan: 60 } }, { person.hukou: local } ] }\n    message: 任一',
    );
    const [r] = recommend(person({ 'person.hukou': 'local' }), [either], { today: TODAY });
    expect(r?.reasons[0]).toMatchObject({ facts: [{ fact: 'person.hukou' }], missing: ['person.age'] });
  });

  test('the bundled triggers: no licence, no due date, no registration date → no reminder', () => {
    expect(
      recommend(person({ 'person.hukou': 'local', 'person.gender': 'female' }), BUNDLED, { today: TODAY }),
    ).toEqual([]);
    // A licence on file without an expiry date has no days left: no expiry reminder.
    const noExpiry = person({}, { licences: [{ licence: 'hk-macau-permit' }] });
    expect(recommend(noExpiry, BUNDLED, { today: TODAY })).toEqual([]);
    // 婚育 and no marital status on file: only the shared tag, no reminder.
    expect(summary(recommend(person({}, { tags: ['婚育'] }), BUNDLED, { today: TODAY }))).toEqual([
      ['marriage', 1, []],
    ]);
  });

  test('an operator that throws on a value makes recommend throw, as sessions do (not a missing fact)', () => {
    const strict = createOperatorSet({
      operators: [
        {
          name: 'olderThan',
          evaluate(factValue, value) {
            if (typeof factValue !== 'number') throw new Error('not a number');
            return factValue > (value as number);
          },
        },
      ],
    });
    const catalog = `
facts:
  person.score: { label: 分数, type: number }
departments:
  office: { name: 办公室, level: 区县 }
items:
  thing: { name: 事项, department: office, days: 1, fee: 0 }
`;
    const themeYaml = (mode: string) => `
id: strict-${mode}
title: 自定义运算符
version: "1"
audience: person
questions:
  - { id: ready, ask: 好了吗？, type: yes-no }
items:
  thing: always
triggers:
  t:
    when: { fact: person.score, operator: olderThan, value: 10 }
    on-missing: ${mode}
    message: 分数{person.score}
`;
    const c = loadCatalog([{ file: 'c.yaml', text: catalog }]);
    if (!c.ok) throw new Error('catalog');
    const load = (mode: string) => {
      const t = loadTheme({ file: 't.yaml', text: themeYaml(mode) }, c.catalog, { operators: strict });
      if (!t.ok) throw new Error(JSON.stringify(t.diagnostics));
      return t.theme;
    };
    const options = { today: TODAY, operators: strict };
    const bad = person({ 'person.score': 'high' });
    // test/session/operator-errors.test.ts checks that sessions throw the same.
    for (const mode of ['skip', 'fire'])
      expect(() => recommend(bad, [load(mode)], options)).toThrow(
        expect.objectContaining({ name: 'RulesError', code: 'operator-failed' }),
      );
    expect(recommend(person({ 'person.score': 11 }), [load('skip')], options)).toHaveLength(1);
  });
});

describe('licences: expiring, renewable, expired', () => {
  const permit = (expires: string) => person({}, { licences: [{ licence: 'hk-macau-permit', expires }] });
  const fired = (expires: string, today = TODAY) =>
    recommend(permit(expires), BUNDLED, { today }).flatMap((r) =>
      r.reasons.map((x) => `${r.theme.id}/${x.trigger}`),
    );

  test('within 90 days (the day of expiry included): permit-expiring', () => {
    expect(fired('2027-01-27')).toEqual(['hk-macau-permit/permit-expiring']);
    expect(fired('2027-02-25')).toEqual(['hk-macau-permit/permit-expiring']);
    expect(fired(TODAY)).toEqual(['hk-macau-permit/permit-expiring']);
  });

  test('91 to 183 days: permit-renewable (less than 6 months left)', () => {
    expect(fired('2027-02-26')).toEqual(['hk-macau-permit/permit-renewable']);
    expect(fired('2027-05-29')).toEqual(['hk-macau-permit/permit-renewable']);
    expect(fired('2027-05-30')).toEqual([]);
  });

  test('expired: permit-expired, with the date it expired', () => {
    expect(fired('2026-11-26')).toEqual(['hk-macau-permit/permit-expired']);
    const [r] = recommend(permit('2019-03-01'), BUNDLED, { today: TODAY });
    expect(r?.reasons[0]?.message).toBe(
      '您的往来港澳通行证已于2019-03-01到期。需要前往港澳的，请申请换发，并同时申请签注。',
    );
    expect(r?.reasons[0]?.facts[0]).toMatchObject({
      fact: 'licence.hk-macau-permit.days-left',
      value: -2828,
    });
  });

  test('the same licence over time: nothing, renewable, expiring, expired', () => {
    const over = ['2026-05-01', '2026-08-01', '2026-12-01', '2027-01-27', '2027-01-28'].map((today) =>
      fired('2027-01-27', today),
    );
    expect(over).toEqual([
      [],
      ['hk-macau-permit/permit-renewable'],
      ['hk-macau-permit/permit-expiring'],
      ['hk-macau-permit/permit-expiring'],
      ['hk-macau-permit/permit-expired'],
    ]);
  });
});

describe('enterprises: a newly registered company, industry and tags', () => {
  test('the restaurant company registered 10 days ago: open-restaurant first, with its reason', () => {
    const ranked = recommend(example('new-restaurant-company'), BUNDLED, { today: TODAY });
    expect(summary(ranked)).toEqual([
      ['open-restaurant', 32, ['new-catering-company']],
      ['convenience-store', 1, []],
    ]);
    const reason = ranked[0]?.reasons[0];
    expect(reason?.message).toBe(
      '贵企业于2026-11-17成立。开办餐饮门店，可一次申请食品经营许可、营业前消防安全检查、户外招牌备案和排水许可。',
    );
    expect(reason?.facts.map((f) => [f.fact, f.text])).toEqual([
      ['enterprise.days-since-registration', '10'],
      ['profile.tags', '餐饮、小微企业'],
      ['enterprise.industry', '餐饮业'],
      ['enterprise.registration-date', '2026-11-17'],
    ]);
    expect(ranked[1]?.tags).toEqual(['小微企业']);
  });

  const registered = (date: string, facts: Profile['facts'] = {}, tags: string[] = []) =>
    company({ 'enterprise.registration-date': date, ...facts }, { tags });

  test('the registered industry is enough without a tag, and the tag without an industry', () => {
    expect(
      summary(
        recommend(registered('2026-11-01', { 'enterprise.industry': 'retail' }), BUNDLED, { today: TODAY }),
      ),
    ).toEqual([['convenience-store', 30, ['new-retail-company']]]);
    expect(summary(recommend(registered('2026-11-01', {}, ['零售']), BUNDLED, { today: TODAY }))).toEqual([
      ['convenience-store', 31, ['new-retail-company']],
    ]);
    // Neither: a new company of another industry gets no reminder.
    expect(
      recommend(registered('2026-11-01', { 'enterprise.industry': 'other' }), BUNDLED, { today: TODAY }),
    ).toEqual([]);
    // No industry on file and no tag: not known to be a restaurant — no reminder.
    expect(recommend(registered('2026-11-01'), BUNDLED, { today: TODAY })).toEqual([]);
  });

  test('new means registered within the last 90 days, not in the future', () => {
    const catering = (date: string) =>
      recommend(registered(date, { 'enterprise.industry': 'catering' }), BUNDLED, { today: TODAY }).map(
        (r) => r.theme.id,
      );
    expect(catering('2026-08-29')).toEqual(['open-restaurant']); // 90 days
    expect(catering('2026-08-28')).toEqual([]); // 91 days
    expect(catering(TODAY)).toEqual(['open-restaurant']);
    expect(catering('2026-12-01')).toEqual([]);
  });
});

describe('tags', () => {
  test('a shared tag alone recommends a theme, with no reason; each shared tag counts one', () => {
    const ranked = recommend(person({}, { tags: ['出生', '新生儿家庭', '出行', '其他'] }), BUNDLED, {
      today: TODAY,
    });
    expect(ranked.map((r) => [r.theme.id, r.score, r.reasons.length, r.tags])).toEqual([
      ['newborn', 2, 0, ['出生', '新生儿家庭']],
      ['hk-macau-permit', 1, 0, ['出行']],
    ]);
  });

  test('marriage: 婚育 and not married → the reminder; married → only the tag', () => {
    const status = (s: string) =>
      summary(
        recommend(person({ 'person.marital-status': s }, { tags: ['婚育'] }), BUNDLED, { today: TODAY }),
      );
    expect(status('unmarried')).toEqual([['marriage', 11, ['planning-marriage']]]);
    expect(status('divorced')).toEqual([['marriage', 11, ['planning-marriage']]]);
    expect(status('married')).toEqual([['marriage', 1, []]]);
    // Unmarried without the tag: no reminder (a marital status alone says nothing about plans).
    expect(recommend(person({ 'person.marital-status': 'unmarried' }), BUNDLED, { today: TODAY })).toEqual(
      [],
    );
  });

  test('completed items: the newborn follow-up once the birth certificate is issued', () => {
    const done = (completed: string[]) =>
      summary(recommend(person({}, { completed }), BUNDLED, { today: TODAY }));
    expect(done(['birth-certificate-issuance'])).toEqual([['newborn', 50, ['birth-certificate-done']]]);
    expect(done(['birth-certificate-issuance', 'birth-registration'])).toEqual([]);
  });
});

describe('a profile the caller changes', () => {
  test('is read afresh by the next call: nothing is remembered of an unfrozen profile', () => {
    const profile = person({ 'person.hukou': 'other' });
    const fired = () =>
      recommend(profile, BUNDLED, { today: TODAY }).flatMap((r) => r.reasons.map((x) => x.trigger));
    const before = fired();
    (profile.facts as Record<string, unknown>)['person.birth-date'] = '2026-01-01';
    (profile.licences as unknown[]).push({ licence: 'hk-macau-permit', expires: '2027-01-01' });
    const after = fired();
    expect(after).not.toEqual(before);
    expect(after).toEqual(
      recommend(structuredClone(profile), BUNDLED, { today: TODAY }).flatMap((r) =>
        r.reasons.map((x) => x.trigger),
      ),
    );
  });
});

describe('determinism', () => {
  const THEMES = [...BUNDLED, SCHOOL];
  const catalogFacts = new Map<string, string>();
  for (const theme of THEMES)
    for (const fact of Object.values(theme.catalog.facts))
      if (!fact.derive) catalogFacts.set(fact.id, fact.type);
  const options = [
    ...new Set(THEMES.flatMap((t) => Object.values(t.catalog.facts).flatMap((f) => f.options ?? []))),
  ].map((o) => o.id);
  const tagPool = [
    ...new Set(THEMES.flatMap((t) => [...t.tags.lifeEvents, ...t.tags.crowds, ...t.tags.industries])),
  ];
  const licencePool = [...new Set(THEMES.flatMap((t) => Object.keys(t.catalog.licences)))];
  const itemPool = [...new Set(THEMES.flatMap((t) => t.items.map((i) => i.item)))];

  const dayOf = (n: number) => new Date(Date.UTC(2026, 10, 27) + n * 86_400_000).toISOString().slice(0, 10);
  const nearDate = fc.integer({ min: -5000, max: 800 }).map(dayOf);
  const value: fc.Arbitrary<unknown> = fc.oneof(
    nearDate,
    fc.constantFrom(...options, '2025-02-30', '', 'x'),
    fc.boolean(),
    fc.integer({ min: -100, max: 100 }),
    fc.array(fc.oneof(nearDate, fc.record({ name: fc.string({ maxLength: 3 }), 'birth-date': nearDate })), {
      maxLength: 3,
    }),
    fc.constantFrom(null, [], {}, [null], { 'birth-date': 5 }),
  );
  const profile: fc.Arbitrary<Profile> = fc.record({
    kind: fc.constantFrom('person' as const, 'enterprise' as const),
    facts: fc.dictionary(fc.constantFrom(...catalogFacts.keys()), value, { maxKeys: 8 }) as fc.Arbitrary<
      Profile['facts']
    >,
    licences: fc.array(
      fc.record(
        { licence: fc.constantFrom(...licencePool, 'unknown-licence'), expires: nearDate },
        { requiredKeys: ['licence'] },
      ),
      { maxLength: 3 },
    ),
    tags: fc.uniqueArray(fc.constantFrom(...tagPool, '其他'), { maxLength: 5 }),
    completed: fc.uniqueArray(
      fc.constantFrom(...itemPool, 'birth-certificate-issuance', 'birth-registration'),
      {
        maxLength: 3,
      },
    ),
  });
  const today = fc.integer({ min: -1500, max: 1500 }).map(dayOf);

  test('any profile and today: the same result twice, and for a copy of the profile', () => {
    fc.assert(
      fc.property(profile, today, (p, t) => {
        const once = recommend(p, THEMES, { today: t });
        expect(recommend(p, THEMES, { today: t })).toEqual(once);
        expect(recommend(structuredClone(p), THEMES, { today: t })).toEqual(once);
        // And the result is plain JSON.
        expect(JSON.parse(JSON.stringify(once))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  test('shuffling the themes does not change the result', () => {
    fc.assert(
      fc.property(
        profile,
        today,
        fc.shuffledSubarray(THEMES, { minLength: THEMES.length }),
        (p, t, shuffled) => {
          expect(recommend(p, shuffled, { today: t })).toEqual(recommend(p, THEMES, { today: t }));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the ranking is sorted by score, and every recommendation has a reason or a shared tag', () => {
    fc.assert(
      fc.property(profile, today, (p, t) => {
        const ranked = recommend(p, THEMES, { today: t });
        for (let i = 1; i < ranked.length; i++)
          expect((ranked[i - 1] as Recommendation).score).toBeGreaterThanOrEqual(
            (ranked[i] as Recommendation).score,
          );
        for (const r of ranked) {
          expect(r.reasons.length + r.tags.length).toBeGreaterThan(0);
          for (const reason of r.reasons) {
            expect(reason.message).not.toMatch(/\{[a-z0-9.-]+\}/);
            // A reason of a trigger that does not fire on missing data has every fact it read.
            const trigger = THEMES.find((x) => x.id === r.theme.id)?.triggers.find(
              (x) => x.id === reason.trigger,
            );
            if (trigger?.onMissing === 'skip' && !JSON.stringify(trigger.when).includes('"any"'))
              expect(reason.missing).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
