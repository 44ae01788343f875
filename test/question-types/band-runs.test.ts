import { describe, expect, test } from 'vitest';
import { ruleText } from '../../src/analyze/situation-text.js';
import type { RuleRow } from '../../src/analyze/situations.js';
import { joinedBandLabels } from '../../src/question-types/band-runs.js';
import { loadFile } from '../analyze/support.js';

const PERMIT = 'themes/hk-macau-permit.yaml';

describe('adjacent bands of a number read as one range', () => {
  test('"年龄16至59周岁或年龄60周岁以上" reads "年龄16周岁以上"; apart, bands keep their labels', async () => {
    const { theme } = await loadFile(PERMIT);
    const age = theme.questions.find((q) => q.id === 'age');
    if (age === undefined) throw new Error('no age question');
    expect(joinedBandLabels(age, ['ge16-lt60', 'ge60'], 'zh')).toEqual(['年龄16周岁以上']);
    expect(joinedBandLabels(age, ['ge60', 'ge16-lt60'], 'zh')).toEqual(['年龄16周岁以上']);
    expect(joinedBandLabels(age, ['lt16', 'ge16-lt60'], 'zh')).toEqual(['年龄不满60周岁']);
    // Not adjacent, or every band (which says nothing): each keeps its own label.
    expect(joinedBandLabels(age, ['lt16', 'ge60'], 'zh')).toBeUndefined();
    expect(joinedBandLabels(age, ['lt16', 'ge16-lt60', 'ge60'], 'zh')).toBeUndefined();
    const row: RuleRow = {
      count: 1,
      cells: [
        {
          question: 'age',
          notAsked: false,
          answers: [
            { key: 'ge16-lt60', label: '年龄16至59周岁' },
            { key: 'ge60', label: '年龄60周岁以上' },
          ],
        },
      ],
    };
    expect(ruleText(theme, row, 'zh')).toBe('年龄16周岁以上');
  });
});
