import { describe, expect, test } from 'vitest';
import { validateOutcome } from '../outcome/schema-validator.js';
import { cli, ROOT } from './io.js';

const HK = 'themes/hk-macau-permit.yaml';
const TODAY = ['--today', '2026-11-27'];
const KEY = 'business=first&hukou=local&age=ge16-lt60&filed-status=none&endorse-now=no&collect=mail';

describe('tongban render', () => {
  test('without a case: the questionnaire as a Mermaid decision graph', async () => {
    const r = await cli(['render', HK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart TD\n/);
    expect(r.stdout).toContain('q_business{"您要办理哪项业务？"}');
  });

  test('without a case, json: the compiled theme, without machine paths', async () => {
    const r = await cli(['render', HK, '--format', 'json']);
    expect(r.code).toBe(0);
    const compiled = JSON.parse(r.stdout);
    expect(compiled.format).toBe('tongban/theme@1');
    expect(r.stdout).not.toContain(ROOT);
    expect(compiled.locations.theme.file).toBe('themes/hk-macau-permit.yaml');
  });

  test('a case key from `tongban cases`: the guide (md), its workflow (mermaid), its Outcome (json)', async () => {
    const md = await cli(['render', HK, '--case', KEY, ...TODAY]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# 往来港澳通行证和签注签发 · 办事指南/);
    expect(md.stdout).toContain(
      '- 情形：首次申领 · 本市户籍 · 年龄16至59周岁 · 非备案人员 · 只办证件 · 邮寄送达',
    );
    const mermaid = await cli(['render', HK, '--case', KEY, ...TODAY, '--format', 'mermaid']);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
    expect(mermaid.stdout).toContain('往来港澳通行证签发');
    const questionnaire = await cli([
      'render',
      HK,
      '--case',
      KEY,
      '--format',
      'mermaid',
      '--graph',
      'questionnaire',
    ]);
    expect(questionnaire.stdout).toMatch(/^flowchart TD\n/);
    const json = await cli(['render', HK, '--case', KEY, ...TODAY, '--format', 'json']);
    const outcome = JSON.parse(json.stdout);
    expect(validateOutcome(outcome)).toEqual([]);
    expect(outcome.case.key).toBe(KEY);
  });

  test('every key `tongban cases` prints renders back to the same case', async () => {
    for (const file of [HK, 'test/cli/fixtures/dated/dated.yaml', 'test/cli/fixtures/good/eatery.yaml']) {
      const listed = JSON.parse(
        (await cli(['cases', '--paths', file, ...TODAY, '--format', 'json', '--max-cases', '60'])).stdout,
      );
      for (const c of listed) {
        const r = await cli(['render', file, '--case', c.key, ...TODAY, '--format', 'json']);
        expect(r.stderr, c.key).toBe('');
        expect(JSON.parse(r.stdout).case.key).toBe(c.key);
      }
    }
  });

  test('--answers instead of a case', async () => {
    const r = await cli(['render', HK, '--answers', 'examples/answers/hk-macau-permit.yaml', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## 材料清单');
  });

  test('a key that does not fit the theme: exit 1 with the reason', async () => {
    const unknown = await cli(['render', HK, '--case', 'business=first&colour=red', ...TODAY]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('“colour=red”');
    const band = await cli(['render', HK, '--case', 'business=first&hukou=local&age=ge200', ...TODAY]);
    expect(band.code).toBe(1);
    expect(band.stderr).toContain('ge200');
    const short = await cli(['render', HK, '--case', 'business=first', ...TODAY]);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('缺少问题 hukou');
    const option = await cli(['render', HK, '--case', 'business=fourth', ...TODAY]);
    expect(option.code).toBe(1);
    expect(option.stderr).toContain('问题 business（');
    expect(option.stderr).toContain('的回答“fourth”无效：请从列出的选项中选择。');
  });

  test('usage errors: a guide or workflow without a case, --case with --answers, a bad --graph', async () => {
    expect((await cli(['render', HK, '--format', 'md'])).code).toBe(2);
    expect((await cli(['render', HK, '--graph', 'workflow'])).code).toBe(2);
    expect((await cli(['render', HK, '--case', KEY, '--answers', 'a=b'])).code).toBe(2);
    expect((await cli(['render', HK, '--graph', 'pie'])).code).toBe(2);
    expect((await cli(['render'])).code).toBe(2);
  });
});
