/**
 * `tongban dev` in headless chromium, on a copy of the bundled themes: the author answers two questions, then
 * edits the theme (an option added to the question now asked, a YAML error, the error fixed) and the page
 * follows each save — the new option, the error overlay with its line, the overlay gone — keeping the answers.
 * Waits for the page's events only; the timeouts are failure guards.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevPage } from '../support/dev-page.js';
import type { DevProcess } from '../support/dev-server.js';
import { card, ROOT, reply, text } from '../support/portal-page.js';

const THEME = 'themes/open-restaurant.yaml';

let folder: string;
let server: DevProcess;
let browser: Browser;
let page: Page;
let original: string;
const errors: string[] = [];

/** Every file under a folder with its text, to check that the server wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tongban-dev-'));
  cpSync(join(ROOT, 'themes'), join(folder, 'themes'), { recursive: true });
  original = readFileSync(join(folder, THEME), 'utf8');
  ({ server, browser, page } = await openDevPage(
    folder,
    ['themes', '--port', '0', '--today', '2026-11-27'],
    errors,
  ));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Writes the theme file and waits until the page has taken in the save (its revision moved on). */
async function save(content: string): Promise<void> {
  const before = Number(await page.getByTestId('status').getAttribute('data-revision'));
  writeFileSync(join(folder, THEME), content);
  await expect
    .poll(async () => Number(await page.getByTestId('status').getAttribute('data-revision')), {
      timeout: 30_000,
    })
    .toBeGreaterThan(before);
}

async function answered(): Promise<string[]> {
  return page
    .getByTestId('answers')
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid') ?? ''));
}

describe('tongban dev in headless chromium', () => {
  it('follows each save of a theme and keeps the answers', async () => {
    const untouched = snapshot(folder);
    await page.goto(`${server.url}#file=${encodeURIComponent(THEME)}`);
    await page.locator('body[data-ready="true"]').waitFor();
    await text(page.getByTestId('theme-title')).toBe('我要开餐饮店');

    await reply(page, 'company-exists', 'no');
    await reply(page, 'entity-type', 'company');
    await reply(page, 'hire-staff', 'yes');
    const dishes = card(page, 'dishes');
    await dishes.waitFor();
    expect(await dishes.getByTestId('option-baked').count()).toBe(0);

    // 1. An option added to the question now asked: it appears, and both answers are kept. The answer fills a
    // form field whose options lack the new one, so the save drops that binding too (the theme would not load).
    const withOption = original
      .replace(
        /( {2}- id: dishes\n(?: {4}.*\n)*? {4}options:\n)/,
        '$1      baked:\n        label: 现场烘焙的面包糕点\n',
      )
      .replace('  food-categories: { answer: dishes }\n', '');
    expect(withOption).not.toBe(original);
    await save(withOption);
    await card(page, 'dishes').getByTestId('option-baked').waitFor();
    await text(page.getByTestId('restored')).toBe('主题已更新，3 个回答都已保留。');
    expect(await answered()).toEqual(['answer-company-exists', 'answer-entity-type', 'answer-hire-staff']);
    expect(await page.getByTestId('overlay').count()).toBe(0);

    // 2. A YAML error: the overlay names the file, line and column; the questionnaire stays as it was.
    const lines = withOption.split('\n');
    const typeLine = lines.findIndex(
      (l, i) => l === '    type: multiple' && lines[i - 4]?.includes('id: dishes'),
    );
    expect(typeLine).toBeGreaterThan(0);
    lines[typeLine] = '    type: multiple: wrong';
    await save(lines.join('\n'));
    const overlay = page.getByTestId('overlay');
    await overlay.waitFor();
    await text(overlay.getByTestId('where')).toBe(`${THEME}:${typeLine + 1}:11`);
    expect(await overlay.textContent()).toContain('yaml-syntax');
    expect(await answered()).toEqual(['answer-company-exists', 'answer-entity-type', 'answer-hire-staff']);

    // 3. Fixed: the overlay goes, the option and the answers are still there.
    await save(withOption);
    await overlay.waitFor({ state: 'detached' });
    await card(page, 'dishes').getByTestId('option-baked').waitFor();
    expect(await answered()).toEqual(['answer-company-exists', 'answer-entity-type', 'answer-hire-staff']);
    expect(errors).toEqual([]);

    // The server read the folder and wrote nothing into it.
    const after = snapshot(folder);
    expect([...after.keys()].sort()).toEqual([...untouched.keys()].sort());
  });

  it('stops on Ctrl-C with exit code 130, its watchers closed', async () => {
    await browser.close();
    // The process only ends once nothing is left open: a watcher or a connection still open would keep it.
    expect(await server.stop()).toBe(130);
    expect(server.output()).toContain('已停止');
  });
});
