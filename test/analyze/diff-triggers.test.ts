import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { cli } from '../cli/io.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const CATALOG = `
departments:
  office: { name: 区卫生健康委, level: 区县 }
facts:
  person.age: { label: 年龄, type: number, unit: 周岁 }
items:
  allowance: { name: 高龄津贴申领, department: office, days: 5, fee: 0 }
`;

interface Over {
  readonly age?: number;
  readonly message?: string;
  readonly grants?: string;
  readonly extra?: string;
  readonly named?: number;
}

/** A theme whose one question and item never change; only its triggers (and a named condition) do. */
const source = (over: Over = {}) => `
id: allowance
title: 高龄津贴
version: "1"
audience: person
conditions:
  elderly: { person.age: { greaterThanInclusive: ${over.named ?? 60} } }
questions:
  - { id: ready, ask: 准备好了吗？, type: yes-no }
items:
  allowance: always
triggers:
  over-eighty:
    when: { person.age: { greaterThanInclusive: ${over.age ?? 80} } }
    message: ${over.message ?? '您已年满 {person.age} 周岁，高龄津贴按月发放。'}${over.grants === undefined ? '' : `\n    grants: ${over.grants}`}
  elderly:
    when: { condition: elderly }
    message: 您已年满60周岁，可以申领。${over.extra ?? ''}
`;
const themeOf = (over: Over = {}) => loadThemeYaml({ catalog: CATALOG, theme: source(over) });
const base = themeOf();

describe('tongban diff reports changes to profile triggers (免申即享)', () => {
  test('a grant added, changed and removed', () => {
    const granted = themeOf({ grants: '高龄津贴' });
    expect(diffThemes(base, granted).service).toEqual([
      { kind: 'trigger-changed', trigger: 'over-eighty', aspects: ['grants'], grants: { to: '高龄津贴' } },
    ]);
    expect(diffThemes(granted, themeOf({ grants: '高龄营养补贴' })).service).toEqual([
      {
        kind: 'trigger-changed',
        trigger: 'over-eighty',
        aspects: ['grants'],
        grants: { from: '高龄津贴', to: '高龄营养补贴' },
      },
    ]);
    expect(diffThemes(granted, base).service).toEqual([
      { kind: 'trigger-changed', trigger: 'over-eighty', aspects: ['grants'], grants: { from: '高龄津贴' } },
    ]);
  });

  test('the text says so in Chinese and English, and no longer that nothing changed alone', () => {
    const diff = diffThemes(base, themeOf({ grants: '高龄津贴' }));
    expect(diff.changed).toEqual([]);
    const zh = formatDiff(diff);
    expect(zh).toContain('没有任何路径的结果发生变化。不影响结果的变化见下。');
    expect(zh).toContain(
      '办事细节的变化（时限、收费、送达、容缺受理、办理地点、提示的文字和依据、主动提醒和免申即享）：',
    );
    expect(zh).toContain('  ~ 主动提醒 over-eighty：免申即享的待遇有变化（免申即享：无 → 高龄津贴）');
    expect(formatDiff(diff, 'en')).toContain(
      '  ~ trigger over-eighty: benefit granted without application changed (grants: none → 高龄津贴)',
    );
  });

  test('condition and message changes, a named condition the trigger uses included', () => {
    const diff = diffThemes(base, themeOf({ age: 75, message: '您已年满75周岁。', named: 65 }));
    expect(diff.service).toEqual([
      { kind: 'trigger-changed', trigger: 'over-eighty', aspects: ['condition', 'message'] },
      { kind: 'trigger-changed', trigger: 'elderly', aspects: ['condition'] },
    ]);
    expect(formatDiff(diff)).toContain('~ 主动提醒 over-eighty：触发条件、提醒内容有变化');
    expect(formatDiff(diff, 'en')).toContain('~ trigger elderly: condition changed');
  });

  test('triggers added and removed, with what they grant', () => {
    const more = loadThemeYaml({
      catalog: CATALOG,
      theme: `${source({ grants: '高龄津贴' }).replace(
        'triggers:\n',
        'triggers:\n  centenarian:\n    when: { person.age: { greaterThanInclusive: 100 } }\n    message: 百岁老人营养补贴已自动发放。\n    grants: 百岁老人营养补贴\n',
      )}`,
    });
    const granted = themeOf({ grants: '高龄津贴' });
    expect(diffThemes(granted, more).service).toEqual([
      { kind: 'trigger-added', trigger: 'centenarian', grants: '百岁老人营养补贴' },
    ]);
    expect(diffThemes(more, granted).service).toEqual([
      { kind: 'trigger-removed', trigger: 'centenarian', grants: '百岁老人营养补贴' },
    ]);
    expect(formatDiff(diffThemes(granted, more))).toContain(
      '+ 主动提醒 centenarian（免申即享：百岁老人营养补贴）',
    );
    expect(formatDiff(diffThemes(more, granted), 'en')).toContain(
      '- trigger centenarian (grants 百岁老人营养补贴)',
    );
  });

  test('no trigger change between a theme and itself', () => {
    expect(diffThemes(base, themeOf()).service).toEqual([]);
  });
});

describe('tongban diff on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-diff-triggers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test('text and JSON report a grant added', async () => {
    for (const [side, over] of [
      ['old', {}],
      ['new', { grants: '高龄津贴' }],
    ] as const) {
      mkdirSync(join(dir, side, 'themes', 'catalog'), { recursive: true });
      writeFileSync(join(dir, side, 'themes', 'catalog', 'health.yaml'), CATALOG);
      writeFileSync(join(dir, side, 'themes', 'allowance.yaml'), source(over));
    }
    const args = ['diff', 'old/themes/allowance.yaml', 'new/themes/allowance.yaml'];
    const text = await cli(args, { cwd: dir });
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('~ 主动提醒 over-eighty：免申即享的待遇有变化（免申即享：无 → 高龄津贴）');
    const json = await cli([...args, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).service).toEqual([
      { kind: 'trigger-changed', trigger: 'over-eighty', aspects: ['grants'], grants: { to: '高龄津贴' } },
    ]);
  });
});
