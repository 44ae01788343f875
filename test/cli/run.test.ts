import { describe, expect, test } from 'vitest';
import { validateOutcome } from '../outcome/schema-validator.js';
import { cli, expectNoStack } from './io.js';

const HK = 'themes/hk-macau-permit.yaml';
const ANSWERS = 'examples/answers/hk-macau-permit.yaml';

describe('tongban run (scripted)', () => {
  test('text: case, status, notices, items with departments, material table, stages, totals, merge sentence', async () => {
    const r = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('往来港澳通行证和签注签发（2026.1）');
    expect(out).toContain('情形：首次申领 · 本市户籍 · 年龄16至59周岁 · 非备案人员');
    expect(out).toContain('状态：可以办理');
    expect(out).toContain('【提示】首次申领电子往来港澳通行证，16周岁以上须现场采集指纹。');
    expect(out).toMatch(/1\. 往来港澳通行证签发 — 公安机关出入境管理部门/);
    expect(out).toMatch(/#\s+材料\s+形式\s+份数\s+提交方式\s+用于事项/);
    expect(out).toContain('流程内传递（由往来港澳通行证签发产生）');
    // The endorsement takes no days of its own: issued with the permit, in the stage of the permit.
    expect(out).toContain('第1阶段：往来港澳通行证签发（第 0–7 个工作日）、赴香港签注签发（随证件一并签发）');
    expect(out).toContain('随证件一并签发；30 元');
    // "0 个工作日" on its own, not the end of a longer figure such as "20 个工作日"
    expect(out).not.toMatch(/(^|[^0-9])0 个工作日/);
    expect(out).toContain('时限：共 7 个工作日');
    expect(out).toContain('费用：90 元');
    expect(out).toContain('到场：2 次');
    expect(out).toContain('逐项办理需 4 份材料 → 一表申请，需准备 1 份');
    expect(out).toContain('由一表申请生成');
  });

  test('text: the worked case visits the hall to apply (booked), then to collect (no booking), each with address and hours', async () => {
    const r = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27']);
    expect(r.code).toBe(0);
    const totals = r.stdout.slice(r.stdout.indexOf('合计'));
    const lines = totals.split('\n');
    const apply = lines.find((line) => line.startsWith('    1. '));
    const collect = lines.find((line) => line.startsWith('    2. '));
    expect(apply).toMatch(
      /^ {4}1\. 申请办理：上海市公安局出入境办证大厅（示例）（往来港澳通行证签发、赴香港签注签发）；地址：浦东新区民生路1500号；办公时间：周一至周六 9:00–17:00；需预约：/u,
    );
    expect(collect).toMatch(
      /^ {4}2\. 领取办理结果：上海市公安局出入境办证大厅（示例）（往来港澳通行证签发、赴香港签注签发）；地址：浦东新区民生路1500号；办公时间：周一至周六 9:00–17:00$/u,
    );
    expect(collect).not.toContain('预约');
    expect(totals.match(/需预约/g)).toHaveLength(1);
  });

  test('text: a non-key material reads 需提交（可容缺受理，受理后补交）', async () => {
    // The public guides' worked case "餐饮 B": the fire check's rules and evacuation plan may follow acceptance.
    const answers =
      'company-exists=no,entity-type=company,hire-staff=yes,dishes=drinks,alcohol=no,location=mall,mall-drainage=yes,food-track=standard,fire-track=standard,tobacco=no';
    const r = await cli([
      'run',
      'themes/open-restaurant.yaml',
      '--answers',
      answers,
      '--today',
      '2026-11-27',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((line) => line.includes('可容缺受理，受理后补交'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('需提交（可容缺受理，受理后补交）');
  });

  test('text: a venue with an address but no known hours shows the address only', async () => {
    // The cross-border marriage goes to the Shanghai centre (示例), whose opening hours the sources did not give.
    const answers =
      'legal-age=true,partner-identity=foreigner,my-status=unmarried,partner-married=false,blood-relation=false';
    const r = await cli(['run', 'themes/marriage.yaml', '--answers', answers, '--today', '2026-11-27']);
    expect(r.code, r.stderr).toBe(0);
    const visit = r.stdout.split('\n').find((line) => line.startsWith('    1. '));
    expect(visit).toMatch(
      /^ {4}1\. 申请办理：上海市婚姻（收养）登记中心（示例）（[^\n]*）；地址：徐汇区漕宝路80号光大会展中心D座三楼$/u,
    );
  });

  test("text: why each entry applies in the citizen's words; --explain adds the full rule", async () => {
    const plain = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27']);
    expect(plain.stdout).toContain('     因为您选择了：首次申领往来港澳通行证\n');
    expect(plain.stdout).toContain('为什么需要这些材料');
    expect(plain.stdout).not.toMatch(/规则：|[∈∉]|并非/u);
    const explained = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27', '--explain']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain(
      '    规则：年龄 ≥ 16周岁；您要办理哪项业务？ ∈ {首次申领往来港澳通行证、换发往来港澳通行证、补发往来港澳通行证（证件遗失、被盗或被抢）}；并非',
    );
    const md = await cli([
      'run',
      HK,
      '--answers',
      ANSWERS,
      '--today',
      '2026-11-27',
      '--format',
      'md',
      '--explain',
    ]);
    expect(md.stdout).toContain('<details><summary>规则</summary>');
  });

  test('text in English: headings translated, theme texts kept', async () => {
    const r = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status: ready');
    expect(r.stdout).toContain('Materials (');
    expect(r.stdout).toContain('Item by item: 4 materials → one application form, 1 to prepare');
    expect(r.stdout).toContain(
      'Stage 1: 往来港澳通行证签发 (days 0–7), 赴香港签注签发 (issued with the certificate)',
    );
  });

  test('json: the Outcome, valid against schemas/outcome.schema.json', async () => {
    const r = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27', '--format', 'json']);
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout);
    expect(validateOutcome(outcome)).toEqual([]);
    expect(outcome.format).toBe('tongban/outcome@1');
    expect(outcome.case.key).toContain('business=first');
    expect(outcome.merge).toMatchObject({ itemByItem: 4, toSubmit: 1, generated: 1 });
  });

  test('md: the Markdown guide', async () => {
    const r = await cli(['run', HK, '--answers', ANSWERS, '--today', '2026-11-27', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 往来港澳通行证和签注签发 · 办事指南/);
    expect(r.stdout).toContain('## 材料清单');
    expect(r.stdout).toContain('## 办理流程');
  });

  test('inline answers k=v,… with a profile: prefilled questions need no answer', async () => {
    const r = await cli([
      'run',
      HK,
      '--profile',
      'examples/profiles/shanghai-resident.yaml',
      '--today',
      '2026-11-27',
      '--answers',
      'business=renew,filed-status=none,endorse-now=no,collect=mail',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('情形：换发 · 本市户籍 · 年龄16至59周岁 · 非备案人员 · 只办证件');
  });

  test('a given answer overrides a prefilled one', async () => {
    const r = await cli([
      'run',
      HK,
      '--profile',
      'examples/profiles/shanghai-resident.yaml',
      '--today',
      '2026-11-27',
      '--answers',
      'business=renew,hukou=other,filed-status=none,endorse-now=no,collect=mail',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('外省市户籍');
  });

  test('a missing answer names the question and its options (exit 1)', async () => {
    const r = await cli(['run', HK, '--answers', 'business=first,hukou=local', '--today', '2026-11-27']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('缺少问题 age（申请人现在多少周岁？）的回答');
    expect(r.stderr).toContain('范围 0–120周岁');
    const first = await cli(['run', HK, '--lang', 'en']);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('no answer for question business');
    expect(first.stderr).toContain('first (First application)');
  });

  test('a rejected answer says why (exit 1); an unknown id is reported', async () => {
    const r = await cli(['run', HK, '--answers', 'business=first,hukou=mars', '--today', '2026-11-27']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '问题 hukou（申请人的户口在哪里？）的回答“mars”无效：请从列出的选项中选择。可选：',
    );
    expect(r.stderr).not.toContain(' / ');
    const typo = await cli(['run', HK, '--answers', 'bussiness=first', '--today', '2026-11-27']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('忽略未知的问题“bussiness”');
  });

  test('answers to questions these answers never ask are reported, once every question is settled', async () => {
    const r = await cli(['run', 'themes/marriage.yaml', '--answers', 'legal-age=no,military=yes']);
    expect(r.stderr).toContain('忽略未问到的问题：“military”（此情形下不问）');
    const en = await cli([
      'run',
      'themes/marriage.yaml',
      '--lang',
      'en',
      '--answers',
      'legal-age=no,military=yes',
    ]);
    expect(en.stderr).toContain('ignoring answers to questions not asked: "military"');
    // Asked, it is not reported; nor while a question further on still lacks its answer.
    const asked = await cli(['run', 'themes/marriage.yaml', '--answers', 'military=yes']);
    expect(asked.stderr).not.toContain('忽略未问到');
  });

  test('an answer given as a band has reasons that name the band, not the value standing for it', async () => {
    const answers = 'business=first,hukou=local,guardian-present=yes,endorse-now=no,collect=window';
    const band = await cli(['run', HK, '--answers', `${answers},age=lt16`, '--today', '2026-11-27']);
    expect(band.code).toBe(0);
    expect(band.stdout).toContain('因为：年龄不满16周岁');
    expect(band.stdout).not.toMatch(/年龄 \d+周岁/);
    // A value keeps its own words.
    const value = await cli(['run', HK, '--answers', `${answers},age=10`, '--today', '2026-11-27']);
    expect(value.stdout).toContain('因为：年龄 10周岁');
    expect(value.stdout).not.toContain('选择了：年龄');
  });

  test('a missing or refused answer names only the options offered at that point', async () => {
    const minor = 'business=first,hukou=local,age=10,guardian-present=yes,endorse-now=yes';
    const missing = await cli(['run', HK, '--answers', minor, '--today', '2026-11-27']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('缺少问题 purpose');
    expect(missing.stderr).toContain('family（');
    expect(missing.stderr).not.toMatch(/business（|talent（/);
    const refused = await cli(['run', HK, '--answers', `${minor},purpose=business`, '--today', '2026-11-27']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('的回答“business”无效：根据之前的回答');
    const offered = refused.stderr.slice(refused.stderr.indexOf('可选：'));
    expect(offered).toContain('family（');
    expect(offered).not.toMatch(/business（|talent（/);
  });

  test('md with --explain: each rule follows its entry after one colon, no full stop before it', async () => {
    const r = await cli([
      'run',
      HK,
      '--answers',
      ANSWERS,
      '--today',
      '2026-11-27',
      '--format',
      'md',
      '--explain',
    ]);
    expect(r.code).toBe(0);
    const rules = r.stdout.slice(r.stdout.indexOf('<details><summary>规则</summary>'));
    expect(rules).toContain('不另计办理时限：');
    expect(rules).not.toMatch(/[。.]：/u);
  });

  test('a malformed inline answer is a usage error', async () => {
    const r = await cli(['run', HK, '--answers', 'business=first,oops']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--answers');
  });

  test('a blocked case is printed with its status and blocking notice', async () => {
    const r = await cli(['run', HK, '--answers', 'business=reissue,lost-where=sar', '--today', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('状态：不予办理');
    expect(r.stdout).toContain('【不予办理】在港澳期间遗失');
  });

  test('theme errors are printed as located diagnostics (exit 1)', async () => {
    const r = await cli(['run', 'test/cli/fixtures/bad/broken.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('test/cli/fixtures/bad/broken.yaml:7:1  error  unknown-key');
    expectNoStack(r.stderr);
  });

  test('no theme: usage error; two themes: usage error', async () => {
    expect((await cli(['run'])).code).toBe(2);
    expect((await cli(['run', HK, HK])).code).toBe(2);
  });
});
