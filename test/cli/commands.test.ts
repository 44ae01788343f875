import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from './io.js';

const tmp = mkdtempSync(join(tmpdir(), 'tongban-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PROFILE = 'examples/profiles/shanghai-resident.yaml';

describe('tongban recommend', () => {
  test('text: ranked themes with the reasons in Chinese and the facts used', async () => {
    const r = await cli(['recommend', '--profile', PROFILE, '--today', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('为张三（示例）推荐的主题（2026-11-27）：');
    expect(r.stdout).toMatch(/1\. 往来港澳通行证和签注签发 {2}themes\/hk-macau-permit\.yaml · 得分 \d+/);
    expect(r.stdout).toContain('您的往来港澳通行证将于2027-01-27到期');
    expect(r.stdout).toContain('依据：往来港澳通行证剩余有效天数：61');
  });

  test('text: facts read as option labels, never option ids', async () => {
    const r = await cli([
      'recommend',
      '--profile',
      'examples/profiles/new-restaurant-company.yaml',
      '--today',
      '2026-11-27',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('所属行业：餐饮业');
    expect(r.stdout).not.toMatch(/catering| = /);
  });

  test('json: { today, recommendations } with files', async () => {
    const r = await cli(['recommend', '--profile', PROFILE, '--today', '2026-11-27', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.today).toBe('2026-11-27');
    expect(json.recommendations[0]).toMatchObject({
      theme: { id: 'hk-macau-permit' },
      file: 'themes/hk-macau-permit.yaml',
      reasons: [{ trigger: 'permit-expiring' }],
    });
  });

  test('nothing to recommend; --themes elsewhere; a missing --profile is a usage error', async () => {
    const later = await cli([
      'recommend',
      '--profile',
      PROFILE,
      '--today',
      '2020-01-01',
      '--themes',
      'test/cli/fixtures/good',
    ]);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('没有为张三（示例）推荐的主题');
    expect((await cli(['recommend'])).code).toBe(2);
    expect((await cli(['recommend', '--profile', PROFILE, 'extra'])).code).toBe(2);
    const none = await cli(['recommend', '--profile', PROFILE, '--themes', mkdtempSync(join(tmp, 'empty-'))]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有找到主题');
  });
});

describe('tongban build', () => {
  test('every theme to <id>.json and an index.json; the compiled theme runs in the runtime', async () => {
    const out = join(tmp, 'built');
    const r = await cli(['build', 'themes', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已编译 6 个主题');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.format).toBe('tongban/index@1');
    expect(index.themes.map((t: { id: string }) => t.id)).toContain('hk-macau-permit');
    for (const entry of index.themes) {
      expect(Object.keys(entry).sort()).toEqual(['audience', 'file', 'id', 'tags', 'title']);
      const compiled = JSON.parse(readFileSync(join(out, entry.file), 'utf8'));
      expect(compiled).toMatchObject({ format: 'tongban/theme@1', id: entry.id });
      expect(JSON.stringify(compiled)).not.toContain(tmp);
    }
    const { start, next, outcome } = await import('../../src/index.js');
    const theme = JSON.parse(readFileSync(join(out, 'marriage.json'), 'utf8'));
    const step = next(start(theme, { today: '2026-11-27' }));
    expect(step.done).toBe(false);
    expect(outcome(start(theme, { today: '2026-11-27' })).provisional).toBe(true);
  });

  test('a theme with errors: exit 1 and nothing written', async () => {
    const themes = join(tmp, 'themes-with-error');
    cpSync('test/cli/fixtures/good', themes, { recursive: true });
    writeFileSync(join(themes, 'broken.yaml'), 'id: x\n');
    const out = join(tmp, 'not-built');
    const r = await cli(['build', themes, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing-key');
    expect(existsSync(out)).toBe(false);
  });

  test('two themes with one id: exit 1', async () => {
    const themes = join(tmp, 'twins');
    cpSync('test/cli/fixtures/good', themes, { recursive: true });
    cpSync(join(themes, 'eatery.yaml'), join(themes, 'eatery-copy.yaml'));
    const r = await cli(['build', themes, '--out', join(tmp, 'twins-out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('small-eatery');
  });

  test('--out is required', async () => {
    expect((await cli(['build', 'themes'])).code).toBe(2);
  });
});

describe('tongban test', () => {
  test('the bundled scenario files pass', async () => {
    const r = await cli(['test']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/(\d+) 个通过，0 个失败\n$/);
  });

  test('failures: each as a located diagnostic, then "n passed, m failed", exit 1', async () => {
    const r = await cli(['test', 'test/cli/fixtures/scenarios', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ 现场制作、120平方米、设店招');
    expect(r.stdout).toContain('✗ 预期错误的费用');
    expect(r.stdout).toMatch(
      /eatery\.test\.yaml:12:7 {2}error {2}scenario-failed {2}scenario "预期错误的费用"/,
    );
    expect(r.stdout).toContain('error  scenario-invalid-answer');
    expect(r.stdout).toContain('2 passed, 2 failed');
  });

  test('json and github formats', async () => {
    const json = await cli(['test', 'test/cli/fixtures/scenarios', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ passed: 2, failed: 2 });
    expect(report.diagnostics.map((d: { code: string }) => d.code).sort()).toEqual([
      'scenario-failed',
      'scenario-invalid-answer',
    ]);
    const github = await cli(['test', 'test/cli/fixtures/scenarios', '--format', 'github']);
    expect(github.stdout).toMatch(
      /^::error file=test\/cli\/fixtures\/scenarios\/eatery\.test\.yaml,line=12,col=7,title=scenario-failed::/m,
    );
    expect(github.stderr).toContain('2 个通过，2 个失败');
  });

  test('a scenario file whose theme is missing fails; no scenario files: exit 1', async () => {
    const file = join(tmp, 'orphan.test.yaml');
    writeFileSync(file, 'theme: nowhere.yaml\nscenarios:\n  - name: x\n    expect: { status: ready }\n');
    const r = await cli(['test', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unreadable-file');
    expect(r.stdout).toContain('0 个通过，1 个失败');
    const none = await cli(['test', 'test/cli/fixtures/good']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有找到测试场景文件');
  });
});

describe('tongban diff', () => {
  const OLD = 'test/cli/fixtures/dated/dated.yaml';
  const NEW = 'test/cli/fixtures/dated/dated-v2.yaml';

  test('text: the impact report', async () => {
    const r = await cli(['diff', OLD, NEW, '--today', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('老店换证（1 → 2）');
    expect(r.stdout).toContain('变化 2，不变 1');
    expect(r.stdout).toContain('状态：可以办理 → 无需办理');
    expect((await cli(['diff', OLD, NEW, '--today', '2026-11-27', '--lang', 'en'])).stdout).toContain(
      '2 changed',
    );
  });

  test('json: the PolicyDiff; --exit-code signals changes', async () => {
    const r = await cli(['diff', OLD, NEW, '--today', '2026-11-27', '--format', 'json', '--exit-code']);
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout);
    expect(diff.old.version).toBe('1');
    expect(diff.next.version).toBe('2');
    expect(diff.changed).toHaveLength(2);
    const same = await cli(['diff', OLD, OLD, '--today', '2026-11-27', '--exit-code']);
    expect(same.code).toBe(0);
  });

  test('situations: every format reports what changed per situation', async () => {
    const text = await cli(['diff', OLD, NEW, '--today', '2026-11-27']);
    expect(text.stdout).toContain(
      '情形的变化（结果相同的路径为一个情形；旧版 3 个，新版 3 个，不变 1 个）：',
    );
    expect(text.stdout).toContain('  ~ 情形「否」（1 条路径）现在：\n      状态：可以办理 → 无需办理');
    const en = await cli(['diff', OLD, NEW, '--today', '2026-11-27', '--lang', 'en']);
    expect(en.stdout).toContain('Situations changed (paths with the same outcome form a situation; 3 before');
    expect(en.stdout).toContain('  ~ the situation “否” (1 path) now:\n      status: ready → not needed');
    expect(en.stdout).not.toMatch(/情形|路径|现在/);
    const json = await cli(['diff', OLD, NEW, '--today', '2026-11-27', '--format', 'json', '--exit-code']);
    expect(json.code).toBe(1);
    const { situations } = JSON.parse(json.stdout);
    expect([situations.old, situations.next, situations.unchanged]).toEqual([3, 3, 1]);
    expect(situations.changes.map((c: { kind: string }) => c.kind)).toEqual(['changed', 'changed']);
    const same = await cli(['diff', OLD, OLD, '--today', '2026-11-27', '--format', 'json', '--exit-code']);
    expect([same.code, JSON.parse(same.stdout).situations.changes]).toEqual([0, []]);
  });

  test('two checkouts, each theme with its own catalog', async () => {
    const old = join(tmp, 'checkout-old');
    const now = join(tmp, 'checkout-new');
    cpSync('themes', old, { recursive: true });
    cpSync('themes', now, { recursive: true });
    const catalog = join(now, 'catalog', 'exit-entry.yaml');
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace(/amount: 60\b/, 'amount: 80'));
    const r = await cli([
      'diff',
      join(old, 'hk-macau-permit.yaml'),
      join(now, 'hk-macau-permit.yaml'),
      '--today',
      '2026-11-27',
    ]);
    expect(r.code, r.stderr).toBe(0);
    // One fee rule raised: the paths it changes are one group, by how much the fee shifts.
    expect(r.stdout).toMatch(/收费增加 20 元（原 \d+ 至 \d+ 元）/);
    expect(r.stdout).toContain('~ 事项 往来港澳通行证签发：收费 60 → 80 元');
  });

  test('usage: two files are needed', async () => {
    expect((await cli(['diff', OLD])).code).toBe(2);
    expect((await cli(['diff', OLD, NEW, OLD])).code).toBe(2);
  });
});
