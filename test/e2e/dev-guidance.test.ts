/**
 * The `tongban dev` page on a guidance theme (examples/decision-tree: no items) in headless chromium: the
 * situation table shows each situation's answer, not a procedure's status and totals, and a situation opened
 * in the questionnaire reads as its answer (结果), without 办理状态, materials or workflow.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevPage } from '../support/dev-page.js';
import type { DevProcess } from '../support/dev-server.js';
import { ROOT, text } from '../support/portal-page.js';

const THEME = 'check-uk-visa.yaml';

let folder: string;
let server: DevProcess;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tongban-dev-guidance-'));
  cpSync(join(ROOT, 'examples', 'decision-tree'), folder, { recursive: true });
  ({ server, browser, page } = await openDevPage(folder, ['.', '--today', '2026-11-27'], errors));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the tongban dev page on a guidance theme', () => {
  it('lists situations with their answers and opens one as an answer', async () => {
    await page.goto(server.url);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByTestId(`dev-theme-${THEME}`).click();
    const table = page.getByTestId('situations');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      '#',
      '情形（满足任一条件）',
      '路径',
      '结果',
    ]);
    const results = await page.getByTestId('situation-result').allTextContents();
    expect(results.length).toBeGreaterThan(10);
    for (const result of results) expect(result).not.toBe('—');
    const chosen = page.getByTestId('open-situation').nth(2);
    const label = (await chosen.getAttribute('title')) ?? '';
    await chosen.click();
    const outcome = page.getByTestId('outcome');
    await text(outcome.getByTestId('case')).toBe(label);
    await text(outcome.locator('h2')).toBe('结果');
    expect(await outcome.getByTestId('status').count()).toBe(0);
    expect(await outcome.getByTestId('notices').locator('li').count()).toBeGreaterThan(0);
    // The answer in plain text: no 【提示】 before it, and nothing of a procedure.
    const said = (await outcome.textContent()) ?? '';
    expect(said).not.toContain('【提示】');
    expect(said).not.toContain('办理状态');
    expect(said).not.toContain('材料');
    // The table stays in view: a guidance theme has no workflow to switch to.
    expect(await page.getByTestId('tab-situations').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });
});
