import { describe, expect, test } from 'vitest';
import { analyzeTheme } from '../../src/analyze/analyze.js';
import { changesBetween } from '../../src/analyze/case-changes.js';
import { type CaseDetail, detailOf } from '../../src/analyze/detail.js';
import { changeText } from '../../src/analyze/diff-text.js';
import { type CaseSummary, enumerateCases } from '../../src/analyze/enumerate.js';
import { rowMatches } from '../../src/analyze/rule-rows.js';
import { deliveryText } from '../../src/analyze/situation-text.js';
import { enumerateSituations } from '../../src/analyze/situations.js';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { outcomeIdentity } from '../../src/outcome/identity.js';
import { outcome } from '../../src/outcome/index.js';
import { loadFixture, run } from '../outcome/fixtures.js';
import { validateOutcome } from '../outcome/schema-validator.js';

// A permit applied for in person, a licence applied for online collected at a venue of its own, and a
// certificate applied for online whose department is its window.
const CATALOG = `
departments:
  police: { name: 公安局出入境管理局, level: 市级 }
  market: { name: 市场监督管理局, level: 区县 }
venues:
  hall: { name: 出入境大厅 }
  counter: { name: 行政服务中心发证窗口 }
items:
  permit:
    name: 通行证签发
    department: police
    days: 7
    fee: 60
    presence: { venue: hall, purpose: 采集指纹 }
    delivery: [窗口领取, { method: 邮寄送达, fee: 22, note: 邮费由申请人支付 }]
  licence:
    name: 营业执照
    department: market
    days: 1
    presence: false
    delivery: [{ method: 窗口领取, venue: counter }, { method: 邮寄送达, note: 免费邮寄 }]
  certificate:
    name: 证明
    department: market
    days: 1
    presence: false
    delivery: [窗口领取]
`;

const theme = (ask: boolean) => `
id: delivery
title: 送达
version: "1"
audience: person
questions:
  - { id: permit, ask: 办理通行证？, type: yes-no }
  - { id: licence, ask: 办理执照？, type: yes-no }
  - { id: proof, ask: 开具证明？, type: yes-no }
${
  ask
    ? `  - id: how
    ask: 如何领取？
    options: { window: 窗口领取, mail: 邮寄送达 }
    when: { any: [ { permit: true }, { licence: true }, { proof: true } ] }`
    : ''
}
items:
  permit: { when: { permit: true } }
  licence: { when: { licence: true } }
  certificate: { when: { proof: true } }
${ask ? 'delivery: { question: how, answers: { window: 窗口领取, mail: 邮寄送达 } }' : ''}
`;

const asking = loadFixture(CATALOG, theme(true));
const silent = loadFixture(CATALOG, theme(false));
const TODAY = '2026-03-02';

const paths = (t: CompiledTheme): CaseSummary[] => [...enumerateCases(t, { today: TODAY })];

describe('collecting results of items applied for online', () => {
  test('窗口领取 counts a visit at the option’s venue, else the department, even without presence', () => {
    const o = outcome(run(asking, { permit: false, licence: true, proof: true, how: 'window' }));
    expect(o.totals.visits.count).toBe(2);
    expect(o.totals.visits.list.map((v) => [v.venue.id, v.venue.name, v.items, v.collect])).toEqual([
      ['counter', '行政服务中心发证窗口', ['licence'], true],
      ['market', '市场监督管理局', ['certificate'], true],
    ]);
    // Mail saves the licence's visit; the certificate is not mailed, so it is still collected.
    const mailed = outcome(run(asking, { permit: false, licence: true, proof: true, how: 'mail' }));
    expect(mailed.totals.visits.list.map((v) => v.items)).toEqual([['certificate']]);
  });

  test('a delivery option naming a venue the catalog lacks is unknown-venue', () => {
    const c = loadCatalog([
      { file: 'catalog.yaml', text: CATALOG.replace('venue: counter }', 'venue: countr }') },
    ]);
    expect(c.ok).toBe(false);
    const found = c.diagnostics.find((d) => d.code === 'unknown-venue');
    expect(found?.params).toMatchObject({ id: 'countr', suggestion: 'counter' });
    expect(found?.line).toBe(21);
  });

  test('the venue of a delivery option is carried into the compiled theme', () => {
    const c = loadCatalog([{ file: 'catalog.yaml', text: CATALOG }]);
    if (!c.ok) throw new Error('catalog');
    const t = loadTheme({ file: 'theme.yaml', text: theme(true) }, c.catalog);
    if (!t.ok) throw new Error('theme');
    expect(Object.keys(t.theme.catalog.venues).sort()).toEqual(['counter', 'hall']);
  });
});

describe('collecting results when the theme asks no choice of delivery', () => {
  test('what only a window hands over is one more visit; an item that may be mailed adds none', () => {
    const proofOnly = outcome(run(silent, { permit: false, licence: false, proof: true }));
    expect(proofOnly.totals.visits.list.map((v) => [v.venue.id, v.items, v.collect])).toEqual([
      ['market', ['certificate'], true],
    ]);
    // The permit and the licence may be mailed: the applicant says how when applying, so no visit is assumed.
    const mailable = outcome(run(silent, { permit: true, licence: true, proof: false }));
    expect(mailable.totals.visits.list.map((v) => [v.venue.id, v.collect])).toEqual([['hall', undefined]]);
    const all = outcome(run(silent, { permit: true, licence: true, proof: true }));
    expect(all.totals.visits.count).toBe(2);
  });

  test('situations count the same visits as each path’s outcome', () => {
    const { situations } = enumerateSituations(silent, { today: TODAY });
    for (const path of paths(silent)) {
      const keys = new Map(path.key.split('&').map((part) => part.split('=') as [string, string]));
      const situation = situations.find((s) => s.rows.some((row) => rowMatches(row, keys)));
      const detail = detailOf(run(silent, path.answers, { today: TODAY }));
      expect(situation?.detail.visits, path.key).toBe(detail.visits);
      expect(path.visits, path.key).toBe(
        outcome(run(silent, path.answers, { today: TODAY })).totals.visits.count,
      );
    }
    // The certificate alone: one visit, to collect it.
    const certificate = situations.find((s) => s.detail.items.map((i) => i.id).join() === 'certificate');
    expect(certificate?.detail.visits).toBe(1);
  });
});

describe('the delivery choice splits no situation', () => {
  test('situations of a theme that asks are those of the theme that does not, with the choices listed', () => {
    const withChoice = enumerateSituations(asking, { today: TODAY });
    const without = enumerateSituations(silent, { today: TODAY });
    // 7 of the 8 answer combinations ask the choice of two methods.
    expect([withChoice.paths, without.paths]).toEqual([15, 8]);
    expect(withChoice.situations.length).toBe(without.situations.length);
    const all = withChoice.situations.find((s) => s.detail.items.length === 3);
    expect(all?.count).toBe(2);
    // Fee and visits leave the choice out; each method lists what it adds.
    expect([all?.detail.fee, all?.detail.visits]).toEqual([60, 1]);
    expect(all?.detail.delivery).toEqual([
      { method: '窗口领取', fee: 0, visits: 3 },
      { method: '邮寄送达', fee: 22, visits: 1, note: '邮费由申请人支付' },
    ]);
    expect(deliveryText(all?.detail ?? {}, 'zh')).toBe(
      '窗口领取：另需到场 3 次；邮寄送达：另需到场 1 次（免去 2 次），邮费 22 元，邮费由申请人支付',
    );
    expect(deliveryText(all?.detail ?? {}, 'en')).toBe(
      '窗口领取: 3 visits to collect; 邮寄送达: 1 visit to collect (saves 2), 22 yuan postage, 邮费由申请人支付',
    );
    // No row narrows the delivery question to one answer: any answer, or not asked.
    for (const s of withChoice.situations)
      for (const row of s.rows)
        for (const cell of row.cells.filter((c) => c.question === 'how'))
          expect(cell.answers.length === 0 || cell.answers.length === 2, s.first.key).toBe(true);
  });

  test('the runtime id of each path is the id of its situation: paths differing only in the choice share it', () => {
    const { situations } = enumerateSituations(asking, { today: TODAY });
    const idOf = (answers: CaseSummary['answers']) =>
      outcomeIdentity(detailOf(run(asking, answers, { today: TODAY })));
    const bySituation = new Map<number, number>();
    for (const path of paths(asking)) {
      const keys = new Map(path.key.split('&').map((part) => part.split('=') as [string, string]));
      const matching = situations.filter((s) => s.rows.some((row) => rowMatches(row, keys)));
      expect(matching.length, path.key).toBe(1);
      const index = (matching[0] as (typeof situations)[number]).index;
      const id = idOf(path.answers);
      const known = bySituation.get(index);
      if (known === undefined) bySituation.set(index, id);
      else expect(id, path.key).toBe(known);
    }
    // Different situations, different ids.
    expect(new Set(bySituation.values()).size).toBe(situations.length);
  });

  test('a session still totals the chosen method and lists what each would add', () => {
    const answers = { permit: true, licence: true, proof: false };
    const window = outcome(run(asking, { ...answers, how: 'window' }));
    const mail = outcome(run(asking, { ...answers, how: 'mail' }));
    expect([window.totals.visits.count, window.totals.fee.total]).toEqual([3, 60]);
    expect([mail.totals.visits.count, mail.totals.fee.total]).toEqual([1, 82]);
    const choices = [
      { method: '窗口领取', fee: 0, visits: 2 },
      { method: '邮寄送达', fee: 22, visits: 0, note: '邮费由申请人支付' },
    ];
    expect(window.totals.deliveryChoices).toEqual(choices);
    expect(mail.totals.deliveryChoices).toEqual(choices);
    expect(outcome(run(silent, answers)).totals.deliveryChoices).toBeUndefined();
    // The outcome's JSON Schema knows the new members.
    expect(validateOutcome(window)).toEqual([]);
    expect(
      validateOutcome(outcome(run(asking, { permit: false, licence: false, proof: true, how: 'mail' }))),
    ).toEqual([]);
  });

  test('the checks count the choice as changing what the applicant gets, where it does', () => {
    const codes = ['no-effect-question', 'no-effect-branch', 'no-effect-option'] as const;
    const found = analyzeTheme(asking, { today: TODAY, only: [...codes] });
    // Only where the certificate alone applies (it is collected at the window whatever is chosen) does the
    // choice change nothing.
    expect(found.map((d) => [d.code, d.params])).toEqual([
      ['no-effect-branch', { question: 'how', branch: ['permit=no', 'licence=no'], idle: 1, asked: 7 }],
    ]);
  });
});

describe('policy diffs', () => {
  test('a change in what a delivery method adds is a change of the case, said in words', () => {
    const base: CaseDetail = {
      status: 'ready',
      notices: [],
      items: [],
      materials: [],
      days: 7,
      fee: 60,
      visits: 1,
      delivery: [
        { method: '窗口领取', fee: 0, visits: 1 },
        { method: '邮寄送达', fee: 22, visits: 0, note: '邮费' },
      ],
    };
    const dearer: CaseDetail = {
      ...base,
      delivery: [
        { method: '窗口领取', fee: 0, visits: 1 },
        { method: '邮寄送达', fee: 25, visits: 0 },
      ],
    };
    // Notes are no part of the outcome.
    expect(
      changesBetween(base, {
        ...base,
        delivery: [base.delivery?.[0] as never, { method: '邮寄送达', fee: 22, visits: 0 }],
      }),
    ).toEqual([]);
    const changes = changesBetween(base, dearer);
    expect(changes.map((c) => c.kind)).toEqual(['delivery']);
    expect(changeText(changes[0] as (typeof changes)[number], 'zh')).toBe(
      '送达方式：窗口领取：另需到场 1 次；邮寄送达：免去领取的 1 次到场，邮费 22 元，邮费 → 窗口领取：另需到场 1 次；邮寄送达：免去领取的 1 次到场，邮费 25 元',
    );
    const { delivery: _gone, ...asked } = base;
    expect(changeText(changesBetween(asked, base)[0] as (typeof changes)[number], 'en')).toBe(
      'delivery: not asked → 窗口领取: 1 visit to collect; 邮寄送达: saves 1 visit to collect, 22 yuan postage, 邮费',
    );
    // Postage the applicant pays at the carrier's rate is a note, not a fee: the change says so, not 不另收费.
    const paid = {
      ...base,
      delivery: [
        base.delivery?.[0] as never,
        { method: '邮寄送达' as const, fee: 0, visits: 0, note: '邮费由申请人支付' },
      ],
    };
    expect(changeText(changesBetween(asked, paid)[0] as (typeof changes)[number], 'zh')).toBe(
      '送达方式：不问 → 窗口领取：另需到场 1 次；邮寄送达：免去领取的 1 次到场，邮费由申请人支付',
    );
  });
});
