import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { bufferIO, cli } from './io.js';

const HK = 'themes/hk-macau-permit.yaml';
const TODAY = ['--today', '2026-11-27'];

/** A minimal RFC 4180 reader: quoted fields with doubled quotes and embedded commas/line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('tongban cases --paths', () => {
  test('table: a header, two lines per case (label, then key), its notices by number, a total', async () => {
    const r = await cli(['cases', '--paths', 'test/cli/fixtures/dated/dated.yaml', ...TODAY]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/#\s+状态\s+事项\s+需提交材料\s+时限\s+费用\s+到场\s+情形 \/ 情形键/);
    expect(lines[1]).toMatch(/^\s+1 {2}可以办理\s+1\s+2\s+5\s+0\s+0 {2}店铺是哪一天开业的？2020-01-01以前$/);
    expect(lines[2]?.trim()).toBe('opened=lt2020-01-01');
    expect(lines.at(-1)).toBe('共 3 条路径');
  });

  test('csv: UTF-8 with a BOM, RFC 4180 with a header; every key of the HK theme is distinct', async () => {
    const r = await cli(['cases', '--paths', HK, ...TODAY, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFindex,')).toBe(true);
    const rows = readCsv(r.stdout.slice(1));
    expect(rows[0]).toEqual([
      'index',
      'key',
      'label',
      'status',
      'items',
      'materials',
      'days',
      'fee',
      'visits',
      'notices',
    ]);
    const keys = rows.slice(1).map((row) => row[1]);
    expect(keys.length).toBeGreaterThan(100);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.slice(1).every((row) => row.length === 10)).toBe(true);
    // Notices of a case, as lines of one field.
    expect(rows.slice(1).some((row) => /^\[提示\] /m.test(row[9] ?? ''))).toBe(true);
  });

  test('json: an array of case summaries, parsed whole', async () => {
    const r = await cli([
      'cases',
      '--paths',
      'test/cli/fixtures/good/eatery.yaml',
      ...TODAY,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const cases = JSON.parse(r.stdout);
    expect(cases).toHaveLength(16);
    expect(cases[0]).toMatchObject({ key: expect.any(String), status: 'ready', items: expect.any(Array) });
    const notices = cases.flatMap((c: { notices: unknown[] }) => c.notices);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0]).toEqual({
      id: expect.any(String),
      kind: expect.any(String),
      text: expect.any(String),
    });
  });

  test('--profile: prefilled questions are not branched on', async () => {
    const all = JSON.parse(
      (await cli(['cases', '--paths', 'test/cli/fixtures/good/eatery.yaml', ...TODAY, '--format', 'json']))
        .stdout,
    );
    const company = JSON.parse(
      (
        await cli([
          'cases',
          '--paths',
          'test/cli/fixtures/good/eatery.yaml',
          ...TODAY,
          '--format',
          'json',
          '--profile',
          'test/cli/fixtures/good/company.yaml',
        ])
      ).stdout,
    );
    expect(company.length).toBeLessThan(all.length);
  });

  test('--max-cases: capped with a message on stderr, still exit 0; an empty json array for 0', async () => {
    const r = await cli(['cases', '--paths', HK, ...TODAY, '--max-cases', '3', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
    expect(r.stderr).toContain('已达到上限 3 条路径');
    const zero = await cli(['cases', '--paths', HK, ...TODAY, '--max-cases', '0', '--format', 'json']);
    expect(JSON.parse(zero.stdout)).toEqual([]);
    expect((await cli(['cases', '--paths', HK, '--max-cases', 'lots'])).code).toBe(2);
  });

  test('--envelope: an object that says whether the list is complete, the same cases as the array', async () => {
    const capped = await cli([
      'cases',
      '--paths',
      HK,
      ...TODAY,
      '--max-cases',
      '3',
      '--format',
      'json',
      '--envelope',
    ]);
    expect(capped.code).toBe(0);
    const object = JSON.parse(capped.stdout);
    expect(Object.keys(object).sort()).toEqual([
      'cases',
      'incomplete',
      'maxCases',
      'paths',
      'theme',
      'truncated',
    ]);
    expect(object).toMatchObject({ theme: 'hk-macau-permit', paths: 3, truncated: true, maxCases: 3 });
    expect(object.incomplete).toContain('清单不完整');
    expect(capped.stderr).toContain('已达到上限 3 条路径');
    const array = JSON.parse(
      (await cli(['cases', '--paths', HK, ...TODAY, '--max-cases', '3', '--format', 'json'])).stdout,
    );
    expect(object.cases).toEqual(array);

    const whole = await cli([
      'cases',
      '--paths',
      'test/cli/fixtures/good/eatery.yaml',
      ...TODAY,
      '--format',
      'json',
      '--envelope',
    ]);
    const complete = JSON.parse(whole.stdout);
    expect(complete).toMatchObject({ paths: 16, truncated: false, maxCases: 100_000 });
    expect(complete.cases).toHaveLength(16);
    expect('incomplete' in complete).toBe(false);
    expect(whole.stderr).toBe('');

    const none = JSON.parse(
      (await cli(['cases', '--paths', HK, ...TODAY, '--max-cases', '0', '--format', 'json', '--envelope']))
        .stdout,
    );
    expect(none).toMatchObject({ cases: [], paths: 0, truncated: true });
    const all = JSON.parse(
      (
        await cli([
          'cases',
          '--paths',
          'test/cli/fixtures/good/eatery.yaml',
          ...TODAY,
          '--max-cases',
          'all',
          '--format',
          'json',
          '--envelope',
        ])
      ).stdout,
    );
    expect(all).toMatchObject({ paths: 16, truncated: false, maxCases: null });
    // Only with --paths --format json.
    expect((await cli(['cases', HK, ...TODAY, '--format', 'json', '--envelope'])).code).toBe(2);
    expect((await cli(['cases', '--paths', HK, ...TODAY, '--format', 'csv', '--envelope'])).code).toBe(2);
  });

  test('streams: rows are written one by one as they are found', async () => {
    const writes: string[] = [];
    const io = { ...bufferIO(), stdout: { write: (text: string) => writes.push(text) } };
    expect(await run(['cases', '--paths', HK, ...TODAY, '--format', 'csv', '--max-cases', '50'], io)).toBe(0);
    // The header, then one write per case (nothing is collected first), then the capped list's last record.
    expect(writes.length).toBe(52);
  });

  test('waits for a full stream to drain (back-pressure)', async () => {
    let drains = 0;
    let pending: (() => void) | undefined;
    const stdout = {
      write: () => false,
      once: (_event: string, listener: () => void) => {
        drains++;
        pending = listener;
        setTimeout(() => pending?.(), 0);
      },
    };
    const io = { ...bufferIO(), stdout };
    expect(await run(['cases', '--paths', HK, ...TODAY, '--format', 'csv', '--max-cases', '5'], io)).toBe(0);
    // Header, 5 cases and the capped list's last record.
    expect(drains).toBe(7);
  });

  test('progress on stderr: with --progress, every 1000 cases; not by default off a terminal', async () => {
    const quiet = await cli(['cases', '--paths', HK, ...TODAY, '--format', 'csv', '--max-cases', '2500']);
    expect(quiet.stderr).toContain('已达到上限');
    expect(quiet.stderr).not.toContain('已列出');
    const loud = await cli([
      'cases',
      '--paths',
      HK,
      ...TODAY,
      '--format',
      'csv',
      '--max-cases',
      '2500',
      '--progress',
    ]);
    expect(loud.stderr.match(/已列出 \d+ 条路径…/g)).toEqual(['已列出 1000 条路径…', '已列出 2000 条路径…']);
    const tty = await cli(['cases', '--paths', HK, ...TODAY, '--format', 'csv', '--max-cases', '1500'], {
      stderrIsTTY: true,
    });
    expect(tty.stderr).toContain('\r\u001b[K已列出 1000 条路径…');
  });
});
