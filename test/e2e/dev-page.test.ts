/**
 * The panels of the `tongban dev` page in headless chromium, on a copy of the bundled themes and example
 * profiles: the theme list, the situation table whose rows open in the questionnaire, the routing graph and the
 * case's workflow drawn as pictures, the example profiles, and after a save what it changed (in the words of
 * `tongban diff`), the scenario results run again, and the answers a save let go, named. Waits for the page's
 * events only; the timeouts are failure guards.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevPage } from '../support/dev-page.js';
import type { DevProcess } from '../support/dev-server.js';
import { ROOT, reply, text } from '../support/portal-page.js';

const HK = 'themes/hk-macau-permit.yaml';
const RESTAURANT = 'themes/open-restaurant.yaml';
const RESIDENT = 'examples/profiles/shanghai-resident.yaml';

let folder: string;
let server: DevProcess;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tongban-dev-page-'));
  cpSync(join(ROOT, 'themes'), join(folder, 'themes'), { recursive: true });
  cpSync(join(ROOT, 'examples', 'profiles'), join(folder, 'examples', 'profiles'), { recursive: true });
  ({ server, browser, page } = await openDevPage(folder, ['themes', '--today', '2026-11-27'], errors));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Edits a theme file and waits until the page has taken in the save (its revision moved on). */
async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const before = Number(await page.getByTestId('status').getAttribute('data-revision'));
  const original = readFileSync(join(folder, file), 'utf8');
  const edited = original.replace(from, to);
  expect(edited, `${file}: nothing to replace`).not.toBe(original);
  writeFileSync(join(folder, file), edited);
  await expect
    .poll(async () => Number(await page.getByTestId('status').getAttribute('data-revision')), {
      timeout: 30_000,
    })
    .toBeGreaterThan(before);
}

/** The number of situations the table says the theme has ("共 19261 个情形，列出前 200 个。"). */
async function situationCount(): Promise<number> {
  const said = (await page.getByTestId('situation-count').textContent()) ?? '';
  const count = /共 (\d+) 个情形/.exec(said)?.[1];
  expect(count, said).toBeDefined();
  return Number(count);
}

/** A Mermaid picture drawn in the page: an SVG with nodes, in the element of that test id. */
async function expectPicture(testid: string): Promise<void> {
  const picture = page.getByTestId(testid);
  await picture.locator('svg').waitFor();
  expect(await picture.getAttribute('aria-busy')).toBe('false');
  expect(await picture.locator('svg .node').count()).toBeGreaterThan(1);
}

describe('the tongban dev page in headless chromium', () => {
  it('lists the themes and opens the one chosen', async () => {
    await page.goto(server.url);
    await page.locator('body[data-ready="true"]').waitFor();
    const themes = readdirSync(join(ROOT, 'themes')).filter((f) => f.endsWith('.yaml')).length;
    expect(await page.getByTestId('dev-theme-list').locator('li').count()).toBe(themes);
    await page.getByTestId(`dev-theme-${HK}`).click();
    await text(page.getByTestId('theme-title')).toBe('往来港澳通行证和签注签发');
    expect(await page.getByTestId(`dev-theme-${HK}`).getAttribute('aria-current')).toBe('true');
  });

  it('opens a situation of the table in the questionnaire, with its outcome and workflow drawn', async () => {
    const rows = page.getByTestId('open-situation');
    await rows.first().waitFor();
    const total = await situationCount();
    expect(await rows.count()).toBe(Math.min(total, 200));
    const chosen = rows.nth(3);
    // A situation reads as its rule and opens at its first path, which its title names.
    expect((await chosen.textContent()) ?? '').not.toBe('');
    const label = (await chosen.getAttribute('title')) ?? '';
    expect(label).not.toBe('');
    await chosen.click();
    await text(page.getByTestId('outcome').getByTestId('case')).toBe(label);
    expect(await page.getByTestId('tab-workflow').getAttribute('aria-selected')).toBe('true');
    await expectPicture('workflow-graph');
  });

  it('draws the routing graph of the questionnaire', async () => {
    await page.getByTestId('tab-graph').click();
    await expectPicture('questionnaire-graph');
  });

  it('answers from an example profile, which leaves fewer situations', async () => {
    await page.getByTestId('tab-situations').click();
    const without = await situationCount();
    await page.getByTestId('profile-choice').selectOption(RESIDENT);
    await text(page.locator('.note-profile')).toMatch(/^已(使用|换用)档案/);
    await page.getByTestId('restart').click();
    // The profile answers what it knows (the hukou): that answer is marked, and only the rest is asked.
    await reply(page, 'business', 'first');
    await page.getByTestId('answers').getByTestId('prefilled').first().waitFor();
    await expect.poll(situationCount).toBeLessThan(without);
  });

  it('shows what a save changed, in the words of tongban diff, and runs the scenario files again', async () => {
    await page.getByTestId('profile-choice').selectOption('');
    expect(await page.getByTestId('tab-tests').textContent()).toBe('测试场景（通过）');
    // The note on individual visits (G) moves to group tours (L): cases change, none come or go.
    await edit(
      HK,
      '    when: { all: [ { purpose: tour-individual }, { not: { condition: g-not-here } } ] }',
      '    when: { purpose: tour-group }',
    );
    await page.getByTestId('tab-change').click();
    const counts = page.getByTestId('change-counts');
    await text(counts).toMatch(/^第 \d+ 次保存：新增 0 条答题路径，删除 0 条，结果变化 [1-9]\d* 条/);
    expect(await page.getByTestId('change').textContent()).toContain(
      '个人旅游签注（G）每次在港澳逗留不超过7天',
    );
    // The scenarios expecting the note now fail, located in their file.
    await text(page.getByTestId('tab-tests')).toBe('测试场景（1 个文件失败）');
    await page.getByTestId('tab-tests').click();
    const current = page.locator('.dev-scenario-file.current');
    expect(await current.locator('h3').textContent()).toContain('themes/tests/hk-macau-permit.test.yaml');
    expect(await current.locator('li.dev-fail').count()).toBeGreaterThan(0);
    expect(
      await current.getByTestId('scenario-problems').locator('[data-code="scenario-failed"]').count(),
    ).toBe(await current.locator('li.dev-fail').count());
  });

  it('names the answers a save let go', async () => {
    await page.getByTestId(`dev-theme-${RESTAURANT}`).click();
    await text(page.getByTestId('theme-title')).toBe('我要开餐饮店');
    await reply(page, 'company-exists', 'no');
    await reply(page, 'entity-type', 'company');
    await reply(page, 'hire-staff', 'yes');
    // Staff is now asked only of companies that exist: the answer given is no longer asked for.
    await edit(
      RESTAURANT,
      '    no: 不招用员工\n',
      '    no: 不招用员工\n    when: { company-exists: true }\n',
    );
    await text(page.getByTestId('dropped')).toBe(
      '主题已更新，保留了 2 个回答；以下回答已移除：是否招用员工？（招用员工，不再提问）。',
    );
    expect(
      await page
        .getByTestId('answers')
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid'))),
    ).toEqual(['answer-company-exists', 'answer-entity-type']);
    expect(errors).toEqual([]);
  });
});
