import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import { recommend } from '../../src/profile/index.js';
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

const theme = (id: string, trigger: string) => `
id: ${id}
title: 主题 ${id}
version: "1"
audience: person
questions:
  - { id: ready, ask: 准备好了吗？, type: yes-no }
items:
  allowance: always
triggers:
${trigger}
`;

const GRANT = `  over-eighty:
    when: { person.age: { greaterThanInclusive: 80 } }
    message: 您已年满 {person.age} 周岁，高龄津贴已按月自动发放。
    grants: 高龄津贴
    weight: 3`;
const REMIND = `  over-sixty:
    when: { person.age: { greaterThanInclusive: 60 } }
    message: 您已年满60周岁，可以申领。
    weight: 1`;

const granted = loadThemeYaml({ catalog: CATALOG, theme: theme('granted', GRANT) });
const applied = loadThemeYaml({ catalog: CATALOG, theme: theme('applied', REMIND) });
const person = (age: number): Profile => ({
  kind: 'person',
  facts: { 'person.age': age },
  licences: [],
  tags: [],
  completed: [],
});

describe('免申即享: benefits granted without an application', () => {
  test('a fired trigger that grants marks the recommendation granted, with the benefit', () => {
    const ranked = recommend(person(82), [granted, applied], { today: '2026-11-27' });
    expect(ranked.map((r) => [r.theme.id, r.granted ?? false])).toEqual([
      ['granted', true],
      ['applied', false],
    ]);
    expect(ranked[0]?.reasons[0]).toMatchObject({ trigger: 'over-eighty', grants: '高龄津贴' });
    expect(ranked[1]?.reasons[0]?.grants).toBeUndefined();
  });

  test('a grant whose trigger does not fire is not reported', () => {
    const ranked = recommend(person(70), [granted, applied], { today: '2026-11-27' });
    expect(ranked.map((r) => r.theme.id)).toEqual(['applied']);
    expect(ranked[0]?.granted).toBeUndefined();
  });
});

describe('tongban recommend reports grants as done, apart from themes to apply for', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-granted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'themes', 'catalog'), { recursive: true });
  writeFileSync(join(dir, 'themes', 'catalog', 'health.yaml'), CATALOG);
  writeFileSync(join(dir, 'themes', 'granted.yaml'), theme('granted', GRANT));
  writeFileSync(join(dir, 'themes', 'applied.yaml'), theme('applied', REMIND));
  writeFileSync(join(dir, 'profile.yaml'), 'kind: person\nname: 李四\nfacts:\n  person.age: 82\n');

  test('text: 已为您自动办理 with the benefit, then the recommendations', async () => {
    const r = await cli(['recommend', '--profile', 'profile.yaml', '--today', '2026-11-27'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('已为李四自动办理（免申即享，无需申请）：');
    expect(lines[1]).toBe('1. 高龄津贴（主题 granted）');
    const recommended = lines.indexOf('为李四推荐的主题（2026-11-27）：');
    expect(recommended).toBeGreaterThan(1);
    expect(lines.slice(recommended).join('\n')).not.toContain('主题 granted');
    expect(lines.slice(recommended).join('\n')).toContain('主题 applied');
  });
});

describe('a theme with a granting trigger and another trigger', () => {
  const both = loadThemeYaml({ catalog: CATALOG, theme: theme('both', `${GRANT}\n${REMIND}`) });

  test('the grant is reported as granted and the theme is still one to apply for', () => {
    const ranked = recommend(person(82), [both], { today: '2026-11-27' });
    expect(
      ranked.map((r) => [r.granted ?? false, r.reasons.map((reason) => reason.trigger), r.score]),
    ).toEqual([
      [true, ['over-eighty'], 30],
      [false, ['over-sixty'], 10],
    ]);
  });

  test('only the other trigger fired: the theme is one to apply for, with nothing granted', () => {
    const ranked = recommend(person(70), [both], { today: '2026-11-27' });
    expect(ranked.map((r) => [r.granted ?? false, r.reasons.map((reason) => reason.trigger)])).toEqual([
      [false, ['over-sixty']],
    ]);
  });

  test('tags go to the theme to apply for, or to the grant when nothing else calls for an application', () => {
    const tagged = loadThemeYaml({
      catalog: CATALOG,
      theme: `${theme('tagged', GRANT)}tags: { crowds: [老年人] }\n`,
    });
    const profile: Profile = { ...person(82), tags: ['老年人'] };
    expect(recommend(profile, [tagged], { today: '2026-11-27' })).toMatchObject([
      { granted: true, tags: ['老年人'], score: 31 },
    ]);
    const withBoth = loadThemeYaml({
      catalog: CATALOG,
      theme: `${theme('both', `${GRANT}\n${REMIND}`)}tags: { crowds: [老年人] }\n`,
    });
    const ranked = recommend(profile, [withBoth], { today: '2026-11-27' });
    expect(ranked.map((r) => [r.granted ?? false, r.tags, r.score])).toEqual([
      [true, [], 30],
      [false, ['老年人'], 11],
    ]);
  });

  test('tongban recommend lists the grant as done and the theme among those to apply for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-granted-both-'));
    try {
      mkdirSync(join(dir, 'themes', 'catalog'), { recursive: true });
      writeFileSync(join(dir, 'themes', 'catalog', 'health.yaml'), CATALOG);
      writeFileSync(join(dir, 'themes', 'both.yaml'), theme('both', `${GRANT}\n${REMIND}`));
      writeFileSync(join(dir, 'profile.yaml'), 'kind: person\nname: 李四\nfacts:\n  person.age: 82\n');
      const r = await cli(['recommend', '--profile', 'profile.yaml', '--today', '2026-11-27'], { cwd: dir });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines.slice(0, 2)).toEqual([
        '已为李四自动办理（免申即享，无需申请）：',
        '1. 高龄津贴（主题 both）',
      ]);
      const recommended = lines.indexOf('为李四推荐的主题（2026-11-27）：');
      expect(recommended).toBeGreaterThan(1);
      const toApply = lines.slice(recommended).join('\n');
      expect(toApply).toContain('主题 both');
      expect(toApply).toContain('您已年满60周岁，可以申领。');
      expect(toApply).not.toContain('高龄津贴已按月自动发放');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
