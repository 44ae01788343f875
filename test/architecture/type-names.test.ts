import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUESTION_TYPES } from '../../src/model/theme.js';
import { SRC, sourceFiles } from './imports.js';
import { typeNameComparisons } from './type-names.js';

describe('question type names', () => {
  test('nothing in src/ outside src/question-types/ compares with a question type name', () => {
    const files = sourceFiles().filter((file) => !file.startsWith('question-types/'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      typeNameComparisons(file, readFileSync(join(SRC, file), 'utf8'), QUESTION_TYPES),
    );
    expect(found).toEqual([]);
  });

  test('the scan finds every form of comparison, and leaves typeof alone', () => {
    const text = [
      "if (question.type === 'number') f();",
      "if ('date' !== q.type) f();",
      "if (type == 'yes-no') f();",
      "switch (q.type) { case 'multiple': break; }",
      "if (['single', 'multiple'].includes(q.type)) f();",
      "if (typeof value === 'number') f();",
      "const kind = typeof value; if (kind === 'number') f();",
      "switch (typeof value) { case 'number': break; }",
      "const kind = { type: 'date' };",
    ].join('\n');
    expect(typeNameComparisons('sample.ts', text, QUESTION_TYPES)).toEqual([
      "sample.ts:1:5 question.type === 'number'",
      "sample.ts:2:5 'date' !== q.type",
      "sample.ts:3:5 type == 'yes-no'",
      "sample.ts:4:24 'multiple'",
      "sample.ts:5:5 ['single', 'multiple'].includes(q.type)",
    ]);
  });

  test('the names are those of the question types', () => {
    expect([...QUESTION_TYPES].sort()).toEqual(['date', 'multiple', 'number', 'single', 'yes-no']);
  });
});
