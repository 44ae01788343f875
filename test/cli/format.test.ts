import { describe, expect, test } from 'vitest';
import { formatGithub } from '../../src/cli/format/github.js';
import { formatSarif } from '../../src/cli/format/sarif.js';
import { csvField, csvRecord, displayWidth, pad, textTable } from '../../src/cli/format/table.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

// Any code with any params: the formats read only what every diagnostic has.
const diagnostic = (over: Partial<Omit<Diagnostic, 'params'>> & { params?: object }): Diagnostic =>
  ({
    severity: 'error',
    code: 'unknown-key',
    message: '',
    file: '/repo/themes/a,b:c.yaml',
    line: 3,
    column: 5,
    pointer: '/colour',
    params: { key: 'colour' },
    ...over,
  }) as Diagnostic;

describe('CSV', () => {
  test('fields are quoted only when needed; quotes doubled; records end in CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(42)).toBe('42');
    expect(csvRecord(['a', 'b,c', 1])).toBe('a,"b,c",1\r\n');
  });
});

describe('text tables', () => {
  test('Chinese characters take two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('材料')).toBe(4);
    expect(displayWidth('（1）')).toBe(5);
    expect(displayWidth('\u001b[31m红\u001b[0m')).toBe(2);
    expect(pad('材料', 6)).toBe('材料  ');
    expect(pad('7', 3, 'right')).toBe('  7');
  });

  test('columns line up by display width; the last column is not padded', () => {
    const lines = textTable(
      ['#', '材料', '形式'],
      [
        [1, '居民身份证', '原件'],
        [10, 'ID', '电子'],
      ],
      { right: [0] },
    );
    expect(lines).toEqual([' #  材料        形式', ' 1  居民身份证  原件', '10  ID          电子']);
  });
});

describe('GitHub workflow commands', () => {
  test('properties and messages escaped; hints on a second line', () => {
    const text = formatGithub(
      [diagnostic({ params: { key: 'colour', hint: 'did-you-mean', suggestion: 'color' } })],
      'en',
      '/repo',
    );
    expect(text).toBe(
      '::error file=themes/a%2Cb%3Ac.yaml,line=3,col=5,title=unknown-key::unknown key "colour"%0Adid you mean "color"?\n',
    );
  });
});

describe('SARIF', () => {
  test('files outside the working directory are absolute file URIs; rules are unique and sorted', () => {
    const log = formatSarif(
      [
        diagnostic({ file: '/elsewhere/x.yaml' }),
        diagnostic({
          code: 'dead-end',
          severity: 'warning',
          file: '/repo/themes/b.yaml',
          params: { case: 'x' },
        }),
        diagnostic({ file: '/repo/themes/c.yaml' }),
      ],
      'zh',
      '/repo',
      '1.0.0',
    );
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['dead-end', 'unknown-key']);
    expect(run.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation)).toEqual([
      { uri: 'file:///elsewhere/x.yaml' },
      { uri: 'themes/b.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'themes/c.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    expect(run.results[1]).toMatchObject({ level: 'warning', ruleIndex: 0 });
    expect(run.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///repo/');
  });
});
