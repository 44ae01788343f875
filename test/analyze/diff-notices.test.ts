import { describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const CATALOG = `
departments:
  office: { name: 区卫生健康委, level: 区县 }
items:
  allowance: { name: 高龄津贴申领, department: office, days: 5, fee: 0 }
`;

interface Over {
  readonly kind?: string;
  readonly text?: string;
  readonly en?: string;
  readonly basis?: string;
}

/** A theme whose question and item never change; only its one notice's kind and wording do. */
const source = (over: Over = {}) => `
id: allowance
title: 高龄津贴
version: "1"
audience: person
questions:
  - { id: ready, ask: 准备好了吗？, type: yes-no }
items:
  allowance: always
notices:
  bring-card:
    kind: ${over.kind ?? 'info'}
    text: ${over.text ?? '请携带社保卡。到场时出示原件'}${over.en === undefined ? '' : `\n    en: ${over.en}`}${over.basis === undefined ? '' : `\n    basis: ${over.basis}`}
    when: { ready: true }
`;
const themeOf = (over: Over = {}) => loadThemeYaml({ catalog: CATALOG, theme: source(over) });
const base = themeOf();

describe('tongban diff reports a notice reworded or of another kind, which changes no path', () => {
  test('the same notice: no service change', () => {
    expect(diffThemes(base, themeOf()).service).toEqual([]);
  });

  test('the text reworded: one notice-changed with both versions', () => {
    const diff = diffThemes(base, themeOf({ text: '请携带社保卡。到场时出示原件和复印件' }));
    expect(diff.changed).toEqual([]);
    expect(diff.service).toEqual([
      {
        kind: 'notice-changed',
        notice: 'bring-card',
        aspects: ['text'],
        from: { kind: 'info', text: '请携带社保卡。到场时出示原件' },
        to: { kind: 'info', text: '请携带社保卡。到场时出示原件和复印件' },
      },
    ]);
    const zh = formatDiff(diff);
    expect(zh).toContain('没有任何路径的结果发生变化。不影响结果的变化见下。');
    expect(zh).toContain(
      '  ~ 提示“请携带社保卡”：文字有变化：“请携带社保卡。到场时出示原件” → “请携带社保卡。到场时出示原件和复印件”\n',
    );
    expect(zh).not.toContain('bring-card');
    expect(formatDiff(diff, 'en')).toContain(
      '  ~ notice “请携带社保卡”: text changed: “请携带社保卡。到场时出示原件” → “请携带社保卡。到场时出示原件和复印件”\n',
    );
  });

  test('the kind and the English text: each aspect old → new, in order', () => {
    const diff = diffThemes(base, themeOf({ kind: 'warning', en: 'Bring your social security card.' }));
    expect(diff.service).toMatchObject([{ kind: 'notice-changed', aspects: ['kind', 'en'] }]);
    expect(formatDiff(diff)).toContain(
      '  ~ 提示“请携带社保卡”：类型：提示 → 注意；英文文字有变化：无 → “Bring your social security card.”\n',
    );
    expect(formatDiff(diff, 'en')).toContain(
      '  ~ notice “请携带社保卡”: kind: info → warning; English text changed: none → “Bring your social security card.”\n',
    );
  });

  test('nothing changed at all: the line that no path changes stands alone', () => {
    const zh = formatDiff(diffThemes(base, themeOf()));
    expect(zh).toContain('\n没有任何路径的结果发生变化。\n');
  });

  test('the legal basis: a basis added or changed is a notice-changed of aspect basis, in plain words', () => {
    const before = themeOf({ basis: '《老年人权益保障法》' });
    const added = diffThemes(base, before);
    expect(added.changed).toEqual([]);
    expect(added.service).toEqual([
      {
        kind: 'notice-changed',
        notice: 'bring-card',
        aspects: ['basis'],
        from: { kind: 'info', text: '请携带社保卡。到场时出示原件' },
        to: { kind: 'info', text: '请携带社保卡。到场时出示原件', basis: '《老年人权益保障法》' },
      },
    ]);
    expect(formatDiff(added)).toContain('  ~ 提示“请携带社保卡”：依据有变化：无 → “《老年人权益保障法》”\n');
    const changed = diffThemes(before, themeOf({ basis: '《上海市老年人权益保障条例》' }));
    expect(changed.service).toMatchObject([{ kind: 'notice-changed', aspects: ['basis'] }]);
    const zh = formatDiff(changed);
    expect(zh).toContain(
      '  ~ 提示“请携带社保卡”：依据有变化：“《老年人权益保障法》” → “《上海市老年人权益保障条例》”\n',
    );
    expect(zh).not.toContain('bring-card');
    expect(formatDiff(changed, 'en')).toContain(
      '  ~ notice “请携带社保卡”: legal basis changed: “《老年人权益保障法》” → “《上海市老年人权益保障条例》”\n',
    );
    expect(diffThemes(before, themeOf({ basis: '《老年人权益保障法》' })).service).toEqual([]);
  });
});
