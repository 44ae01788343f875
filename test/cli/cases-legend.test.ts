import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/cli/format/table.js';
import { cli } from './io.js';

const RESTAURANT = 'themes/open-restaurant.yaml';
const SHOP = 'themes/convenience-store.yaml';
const EATERY = 'test/cli/fixtures/good/eatery.yaml';
const TODAY = ['--today', '2026-11-27'];
// The first paths of the restaurant theme: several situations, each with several long notices.
const SOME = [...TODAY, '--max-cases', '200'];

const occurrences = (text: string, part: string) => text.split(part).length - 1;
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('tongban cases: CSV columns are headed by the question as asked', () => {
  test('situations and --by-item: the question text, never its short name; English where written', async () => {
    for (const extra of [[], ['--by-item']]) {
      const zh = await cli(['cases', RESTAURANT, ...SOME, '--format', 'csv', ...extra]);
      const head = zh.stdout.slice(1).split('\r\n')[0]?.split(',') ?? [];
      expect(head).toContain('店铺的经营面积是多少平方米？');
      expect(head).not.toContain('面积');
      const en = await cli(['--lang', 'en', 'cases', RESTAURANT, ...SOME, '--format', 'csv', ...extra]);
      expect(en.stdout.slice(1).split('\r\n')[0]?.split(',')).toContain('Floor area of the shop');
    }
  });

  test('the shared columns read the same in the table, Markdown and CSV', async () => {
    const heads = ['状态', '路径', '事项', '需提交材料', '时限', '费用', '到场', '提示'];
    const table = (await cli(['cases', EATERY, ...TODAY])).stdout.split('\n')[0] ?? '';
    const md =
      (await cli(['cases', EATERY, ...TODAY, '--format', 'md'])).stdout.split('\n')[0]?.slice(2, -2) ?? '';
    const csv = (await cli(['cases', EATERY, ...TODAY, '--format', 'csv'])).stdout.slice(1).split('\r\n')[0];
    for (const head of heads) {
      expect(table.split(/\s+/)).toContain(head);
      expect(md.split(' | ')).toContain(head);
      expect(csv?.split(',')).toContain(head);
    }
  });
});

describe('tongban cases: each notice printed once in the table and Markdown, by number in the rows', () => {
  const noticeTexts = async () => {
    const json = JSON.parse((await cli(['cases', RESTAURANT, ...SOME, '--format', 'json'])).stdout);
    const texts = new Set<string>();
    for (const s of json.situations) for (const n of s.notices) texts.add(n.text);
    return [...texts];
  };

  test('situations: every notice text exactly once, rows refer to numbers of the legend', async () => {
    const texts = await noticeTexts();
    expect(texts.length).toBeGreaterThan(3);
    for (const format of ['table', 'md']) {
      const r = await cli(['cases', RESTAURANT, ...SOME, '--format', format]);
      expect(r.code).toBe(0);
      for (const text of texts) expect(occurrences(r.stdout, text), text).toBe(1);
      // The legend numbers them 1, 2, … in order; no id of the theme is shown.
      const numbers = [...r.stdout.matchAll(/^ *(\d+)\. \[/gm)].map((m) => Number(m[1]));
      expect(numbers).toEqual(texts.map((_, i) => i + 1));
      expect(r.stdout).not.toMatch(/fume-ban|opening-order|drainage-small/);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^共 \d+ 种情形，覆盖 200 条路径/);
    }
    const md = (await cli(['cases', RESTAURANT, ...SOME, '--format', 'md'])).stdout;
    const rows = md.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    // The last cell of each row holds ascending notice numbers.
    for (const row of rows) {
      const cell = row.split(' | ').at(-1)?.replace(/ \|$/, '') ?? '';
      const numbers = cell.split('、').map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      for (const n of numbers) expect(n).toBeLessThanOrEqual(texts.length);
    }
  });

  test('--paths: each notice once after the rows, which stream; CSV and JSON keep the text on every record', async () => {
    const texts = await noticeTexts();
    for (const format of ['table', 'md']) {
      const r = await cli(['cases', '--paths', RESTAURANT, ...SOME, '--format', format]);
      for (const text of texts) expect(occurrences(r.stdout, text), text).toBe(1);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('共 200 条路径（已达到路径上限，清单不完整）');
    }
    // A spreadsheet's record must read alone: the full text on every record that has the notice.
    const csv = await cli(['cases', RESTAURANT, ...SOME, '--format', 'csv']);
    expect(occurrences(csv.stdout, texts[0] ?? '')).toBeGreaterThan(1);
    const paths = await cli(['cases', '--paths', RESTAURANT, ...SOME, '--format', 'csv']);
    expect(occurrences(paths.stdout, texts[0] ?? '')).toBeGreaterThan(1);
  });

  test('English: the legend heading and the kind in English', async () => {
    const r = await cli(['--lang', 'en', 'cases', EATERY, ...TODAY]);
    expect(r.stdout).toContain('Notices (by number in the table):');
    expect(r.stdout).toMatch(/^ {2}1\. \[info\] /m);
  });
});

describe('tongban cases --width N: laid out as on a terminal N columns wide', () => {
  test('situations, --paths and --by-item fit N columns (the case key stays whole to be copied)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 80, max: 200 }),
        fc.constantFrom([], ['--paths'], ['--by-item']),
        fc.constantFrom(EATERY, SHOP),
        async (width, extra, theme) => {
          const r = await cli([
            'cases',
            theme,
            ...TODAY,
            '--max-cases',
            '60',
            '--width',
            String(width),
            ...extra,
          ]);
          expect(r.code).toBe(0);
          const lines = r.stdout.split('\n').filter((line) => !/^\s+\S+=\S+$/.test(line));
          expect(widest(lines.join('\n'))).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 12 },
    );
  });

  test('in a pipe: one row per line without it, COLUMNS ignored; --width wins over the terminal', async () => {
    const piped = await cli(['cases', RESTAURANT, ...SOME], { env: { COLUMNS: '60' } });
    expect(widest(piped.stdout)).toBeGreaterThan(200);
    const wide = await cli(['cases', RESTAURANT, ...SOME, '--width', '200'], { isTTY: true, columns: 80 });
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(200);
    const narrow = await cli(['cases', RESTAURANT, ...SOME, '--width', '90']);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(90);
  });

  test('run: the material table fits --width in a pipe, as on a terminal that wide', async () => {
    const answers = ['--answers', 'examples/answers/hk-macau-permit.yaml', ...TODAY];
    const table = (text: string) => text.slice(text.indexOf('材料（'), text.indexOf('流程（'));
    const piped = await cli(['run', 'themes/hk-macau-permit.yaml', ...answers]);
    expect(widest(table(piped.stdout))).toBeGreaterThan(80);
    const r = await cli(['run', 'themes/hk-macau-permit.yaml', ...answers, '--width', '80']);
    expect(r.code).toBe(0);
    expect(table(r.stdout).split('\n').length).toBeGreaterThan(5);
    expect(widest(table(r.stdout))).toBeLessThanOrEqual(80);
    const tty = await cli(['run', 'themes/hk-macau-permit.yaml', ...answers], {
      isTTY: true,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout).toBe(tty.stdout);
  });

  test('a usage error (exit 2) unless N is a whole number of at least 60', async () => {
    for (const bad of ['0', '59', 'abc', '12.5', '1e3', ' 80']) {
      const r = await cli(['cases', EATERY, ...TODAY, `--width=${bad}`]);
      expect([bad, r.code]).toEqual([bad, 2]);
      expect(r.stderr).toContain(`--width 需要不小于 60 的整数（显示列数，得到“${bad}”）`);
      expect(r.stdout).toBe('');
    }
    const en = await cli(['--lang', 'en', 'run', EATERY, '--width', 'wide']);
    expect([en.code, en.stderr]).toEqual([
      2,
      expect.stringContaining('--width needs a whole number of at least 60'),
    ]);
    expect((await cli(['cases', EATERY, ...TODAY, '--width', '60'])).code).toBe(0);
  });
});
