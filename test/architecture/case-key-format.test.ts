import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SRC, sourceFiles } from './imports.js';

/**
 * A case key's format (`question=key` parts joined by `&`) is written once, in src/session/case-key-format.ts:
 * sessions, the analysis and the command line build and split keys with its functions. The scan finds the
 * format written out anywhere else.
 */
const FORMAT_FILE = 'session/case-key-format.ts';
/** Joining or splitting on `&`, or a template that puts `&` or `=` between two values. */
const WRITTEN = [/\.(join|split)\(\s*'&'\s*\)/g, /\}&\$\{/g];
/** Where a `question=key` part is a case key's: the layers that make or read case keys. */
const PART = /\}=\$\{/g;
const KEY_LAYERS = ['session/', 'analyze/', 'cli/'];

function writtenFormat(file: string, text: string): string[] {
  const patterns = KEY_LAYERS.some((layer) => file.startsWith(layer)) ? [...WRITTEN, PART] : WRITTEN;
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => `${file}:${text.slice(0, m.index).split('\n').length} ${m[0]}`),
  );
}

describe('the case key format', () => {
  test('is written only in session/case-key-format.ts', () => {
    const files = sourceFiles().filter((file) => file !== FORMAT_FILE);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => writtenFormat(file, readFileSync(join(SRC, file), 'utf8')))).toEqual([]);
  });

  test('the scan finds each way of writing it', () => {
    // Source text with templates in it, written as plain strings.
    const dollar = '$';
    const text = [
      "a.join('&');",
      "k.split('&');",
      `x = \`${dollar}{a}&${dollar}{b}\`;`,
      `y = \`${dollar}{q}=${dollar}{k}\`;`,
    ].join('\n');
    expect(writtenFormat('analyze/x.ts', text)).toEqual([
      "analyze/x.ts:1 .join('&')",
      "analyze/x.ts:2 .split('&')",
      'analyze/x.ts:3 }&${',
      'analyze/x.ts:4 }=${',
    ]);
    expect(writtenFormat('scenarios/x.ts', text)).toHaveLength(3);
  });
});
