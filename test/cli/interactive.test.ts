import { describe, expect, test } from 'vitest';
import { cli, type ScriptedPrompts, type Step, scriptedPrompts } from './io.js';

const HK = 'themes/hk-macau-permit.yaml';
const PROFILE = 'examples/profiles/shanghai-resident.yaml';
const EATERY = 'test/cli/fixtures/good/eatery.yaml';

/** `tongban run` on a pretend terminal, answering from a script; no colours so that texts compare plainly. */
async function walk(args: readonly string[], script: readonly Step[]) {
  const prompts = scriptedPrompts(script);
  const r = await cli(['run', ...args], { isTTY: true, stdinIsTTY: true, env: { NO_COLOR: '1' }, prompts });
  return { ...r, prompts };
}

function messages(prompts: ScriptedPrompts): string[] {
  return prompts.asked.map((a) => a.message);
}

describe('tongban run on a terminal (injected prompts)', () => {
  test('a walk with back and change: progress, prefilled answers, the live checklist, the outcome', async () => {
    const r = await walk(
      [HK, '--profile', PROFILE, '--today', '2026-11-27'],
      [
        { select: 'first' }, // business
        { select: ':back' }, // at filed-status: back to business
        { select: 'first' }, // business again
        { select: 'none' }, // filed-status
        { select: 'yes' }, // endorse-now
        { select: ':change' }, // at purpose: change an earlier answer…
        { select: 'business' }, // …which one
        { select: 'renew' }, // the new answer
        { select: 'tour-individual' }, // purpose
        { select: 'hk' }, // destination
        { select: 'twice' }, // tour-entries
        { select: 'window' }, // collect
        { confirm: false }, // change an earlier answer? no
      ],
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.prompts.left()).toBe(0);
    const out = r.stdout;
    // Prefilled answers are shown as such before the first question.
    expect(out).toContain('已根据档案预填');
    expect(out).toMatch(/申请人的户口在哪里？ 本市户籍/);
    expect(out).toMatch(/申请人现在多少周岁？ 38周岁/);
    // Progress, help and the live checklist.
    expect(out).toMatch(/第 1 题，至多还有 \d+ 题/);
    expect(out).toContain('换发、补发证件时可以同时申请签注');
    expect(out).toContain('当前事项：');
    expect(out).toContain('✓ 往来港澳通行证签发（公安机关出入境管理部门）');
    expect(out).toMatch(/\? 赴香港签注签发（待定）/);
    // The outcome reflects the changed answer.
    expect(out).toContain('情形：换发 · 本市户籍');
    expect(out).toContain('逐项办理需');
    // What was asked: the first question offers no way back; later ones offer back and change.
    const first = r.prompts.asked[0];
    expect(first?.message).toBe('您要办理哪项业务？');
    expect(first?.choices).not.toContain('← 上一题');
    expect(first?.choices).not.toContain('修改之前的回答…');
    expect(r.prompts.asked[1]?.choices.slice(-2)).toEqual(['← 上一题', '修改之前的回答…']);
    expect(messages(r.prompts)).toContain('修改哪一题的回答？');
    // The change menu lists answered questions with their answers, prefilled ones marked.
    const menu = r.prompts.asked.find((a) => a.message === '修改哪一题的回答？');
    expect(menu?.choices).toContain('您要办理哪项业务？ — 首次申领往来港澳通行证');
    expect(menu?.choices.some((c) => c.includes('本市户籍（档案预填）'))).toBe(true);
    // Changing offers the current answer as the default; yes/no questions show their texts.
    expect(
      r.prompts.asked.find((a) => a.message === '您要办理哪项业务？' && a.default === 'first'),
    ).toBeDefined();
    const yesNo = r.prompts.asked.find((a) => a.message === '是否同时申请签注？');
    expect(yesNo?.choices.slice(0, 2)).toEqual(['是 — 同时申请签注', '否 — 只办证件']);
    expect(r.prompts.asked.at(-1)?.type).toBe('confirm');
  });

  test('changing a prefilled answer after the outcome walks on and prints the new outcome', async () => {
    const r = await walk(
      [HK, '--profile', PROFILE, '--today', '2026-11-27', '--answers', 'business=first,filed-status=none'],
      [
        { select: 'yes' }, // endorse-now
        { select: 'tour-individual' },
        { select: 'hk' },
        { select: 'once' },
        { select: 'window' }, // collect
        { confirm: true },
        { select: 'hukou' },
        { select: 'other' },
        { confirm: false },
      ],
    );
    expect(r.code).toBe(0);
    expect(r.prompts.left()).toBe(0);
    // Given answers are not asked again.
    expect(messages(r.prompts)).not.toContain('您要办理哪项业务？');
    // Without a residence permit (prefilled: false) an individual visit from another province gets the permit
    // only: the endorsement is applied for at the household registration place (a warning says so).
    const outcomes = r.stdout.split('往来港澳通行证和签注签发（2026.1）');
    expect(outcomes).toHaveLength(3);
    expect(outcomes[1]).toContain('状态：可以办理');
    expect(outcomes[2]).toContain('外省市户籍');
    expect(outcomes[2]).toContain('状态：可以办理');
    expect(outcomes[2]).toContain('本次只办理证件');
  });

  test('numbers: validation, < to go back; multiple choice: the exclusive option only alone', async () => {
    const r = await walk(
      [EATERY, '--today', '2026-11-27'],
      [
        { select: 'company' },
        { select: 'yes' },
        { input: 'abc' },
        { input: '0' },
        { input: '<' },
        { select: 'yes' },
        { input: '120' },
        { checkbox: ['signboard', 'none'] },
        { checkbox: [] },
        { select: ':again' },
        { checkbox: ['signboard'] },
        { confirm: false },
      ],
    );
    expect(r.code).toBe(0);
    expect(r.prompts.left()).toBe(0);
    expect(r.prompts.invalid).toEqual([
      '请输入数字',
      '请输入 1 到 10000 之间的数字',
      '“都不需要”只能单独选择',
    ]);
    const area = r.prompts.asked.find((a) => a.type === 'input');
    expect(area?.message).toBe('经营场所面积是多少？（㎡ 1–10000；< 返回上一题；! 修改之前的回答）');
    const extras = r.prompts.asked.find((a) => a.type === 'checkbox');
    expect(extras?.choices).toContain('都不需要（只能单选）');
    expect(r.stdout).toContain('户外招牌设置');
    expect(r.stdout).toContain('经营场所面积是多少？超过50㎡、150㎡以下');
  });

  test('multiple choice: navigation is no checkbox, so select-all ticks only options; none ticked offers it', async () => {
    const answers = [EATERY, '--today', '2026-11-27'];
    const upTo = [{ select: 'company' }, { select: 'yes' }, { input: '120' }] as const;
    // Select-all (`a`) ticks every checkbox: only the options are there, so only the exclusive rule speaks.
    const all = await walk(answers, [
      ...upTo,
      { checkboxAll: true },
      { checkbox: ['signboard'] },
      { confirm: false },
    ]);
    expect(all.code).toBe(0);
    const box = all.prompts.asked.find((a) => a.type === 'checkbox');
    expect(box?.values).not.toContain(':back');
    expect(box?.values).not.toContain(':change');
    expect(box?.choices.join()).not.toMatch(/上一题|修改之前的回答/);
    expect(box?.message).toContain('不选直接回车可返回上一题或修改之前的回答');
    expect(all.prompts.invalid).toEqual(['“都不需要”只能单独选择']);
    // Confirming with none ticked opens the ways out: back goes to the number question before it.
    const back = await walk(answers, [
      ...upTo,
      { checkbox: [] },
      { select: ':back' },
      { input: '130' },
      { checkbox: ['signboard'] },
      { confirm: false },
    ]);
    expect(back.code).toBe(0);
    expect(back.prompts.left()).toBe(0);
    const menu = back.prompts.asked.find((a) => a.message === '没有选择任何一项');
    expect(menu?.choices).toEqual(['返回选择', '← 上一题', '修改之前的回答…']);
    expect(back.prompts.asked.filter((a) => a.type === 'input').length).toBe(2);
  });

  test('! at a number question changes an earlier answer', async () => {
    const r = await walk(
      [EATERY, '--today', '2026-11-27'],
      [
        { select: 'company' },
        { select: 'yes' },
        { input: '!' },
        { select: 'cooking' },
        { select: 'no' },
        { checkbox: ['none'] },
        { confirm: false },
      ],
    );
    expect(r.code).toBe(0);
    expect(r.prompts.left()).toBe(0);
    expect(r.stdout).toContain('情形：公司 · 否 · 都不需要');
  });

  test('dates are typed and checked', async () => {
    const r = await walk(
      ['test/cli/fixtures/dated/dated.yaml', '--today', '2026-11-27', '--lang', 'en'],
      [{ input: 'yesterday' }, { input: '2030-01-01' }, { input: '2019-05-01' }, { confirm: false }],
    );
    expect(r.code).toBe(0);
    expect(r.prompts.invalid).toEqual([
      'Enter a real date such as 2026-03-01',
      'Enter a date from 2000-01-01 to 2026-11-27',
    ]);
    expect(r.prompts.asked[0]?.message).toBe('店铺是哪一天开业的？ (YYYY-MM-DD)');
    expect(r.stdout).toContain('Question 1, at most 2 to go');
    expect(r.stdout).toContain('店铺是哪一天开业的？2020-01-01以前');
  });

  test('--format json on a terminal prints the Outcome JSON at the end', async () => {
    const r = await walk(
      [EATERY, '--today', '2026-11-27', '--format', 'json', '--answers', 'kind=company,cooking=no'],
      [{ checkbox: ['none'] }, { confirm: false }],
    );
    expect(r.code).toBe(0);
    const json = r.stdout.slice(r.stdout.indexOf('{\n'));
    expect(JSON.parse(json).case.key).toBe('kind=company&cooking=no&extras=none');
  });

  test('cancelling the change menu after the outcome does not print the outcome again', async () => {
    const r = await walk(
      [EATERY, '--today', '2026-11-27', '--answers', 'kind=company,cooking=no'],
      [{ checkbox: ['none'] }, { confirm: true }, { select: ':cancel' }, { confirm: false }],
    );
    expect(r.code).toBe(0);
    expect(r.prompts.left()).toBe(0);
    expect(r.stdout.match(/开办小餐馆（2025\.1）/g)).toHaveLength(1);
  });

  test('Ctrl-C cancels: exit 130, a short message, no stack trace', async () => {
    const r = await walk([HK, '--today', '2026-11-27'], [{ select: 'first' }, { cancel: true }]);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('已取消');
    expect(r.stderr).not.toMatch(/\bat\b.*:\d+/);
  });

  test('not on a terminal the walk is scripted even with prompts available', async () => {
    const prompts = scriptedPrompts([]);
    const r = await cli(['run', HK], { isTTY: true, stdinIsTTY: false, prompts });
    expect(r.code).toBe(1);
    expect(prompts.asked).toEqual([]);
  });
});
