/**
 * The portal example in a real browser: Debian's chromium driven by playwright-core. Builds the portal,
 * serves it on an ephemeral port, walks the restaurant theme to its outcome (back, change, the checklist
 * growing and shrinking) and the HK/Macao theme with the example profile. Fails, never skips, when the browser
 * is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../examples/portal/serve.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOT = join(ROOT, 'test', '.output', 'portal.png');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let server: Server;
let base: string;
let context: BrowserContext;
let page: Page;
let profileDir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: run scripts/ensure-browser.sh`);
  }
  const built = spawnSync(process.execPath, ['examples/portal/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0)
    throw new Error(`examples/portal/build.mjs failed:\n${built.stdout}${built.stderr}`);
  server = serveStatic(join(ROOT, 'examples', 'portal', 'dist'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  profileDir = mkdtempSync(join(tmpdir(), 'tongban-chromium-'));
  // A user data dir is a launchPersistentContext argument in playwright (it refuses `--user-data-dir`).
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    locale: 'zh-CN',
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** Waits until `question` is asked, chooses the options (or fills the input), and submits. */
async function reply(question: string, ...values: (string | number)[]): Promise<void> {
  const card = page.locator(`[data-testid="question"][data-question="${question}"]`);
  await card.waitFor();
  for (const value of values) {
    if (typeof value === 'number') await card.getByTestId('input-number').fill(String(value));
    else await card.getByTestId(`option-${value}`).check();
  }
  await card.getByTestId('submit').click();
  const error = page.getByTestId('error');
  if ((await error.count()) > 0) throw new Error(`${question}: ${await error.textContent()}`);
  await card.waitFor({ state: 'detached' });
}

/** The element's text once it is there (playwright-core has no web-first assertions: vitest polls). */
function text(locator: Locator) {
  return expect.poll(async () => (await locator.first().textContent()) ?? '');
}

async function items(list: 'applies' | 'open'): Promise<string[]> {
  return page
    .getByTestId(`checklist-${list}`)
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item') ?? ''));
}

async function open(): Promise<void> {
  await page.goto(`${base}?today=2026-11-27`);
  await page.locator('body[data-ready="true"]').waitFor();
}

describe('portal in headless chromium', () => {
  it('walks the restaurant theme: checklist grows, back, change, outcome', async () => {
    await open();
    await expect.poll(() => page.getByTestId('theme-list').locator('li').count()).toBe(5);
    await page.getByTestId('theme-open-restaurant').click();
    await text(page.getByTestId('progress')).toBe('第 1 题，至多还有 12 题');

    // An empty answer is a typed error from the runtime; the session stays where it was.
    await page.getByTestId('submit').click();
    await page.getByTestId('error').waitFor();

    await reply('company-exists', 'no');
    await reply('hire-staff', 'yes');
    await reply('dishes', 'hot', 'drinks');
    await reply('alcohol', 'no');
    expect(await items('applies')).toEqual([]);
    expect((await items('open')).length).toBe(11);
    await reply('location', 'street');
    const afterLocation = await items('applies');
    expect(afterLocation).toContain('company-registration');
    expect(afterLocation).toContain('employee-insurance-registration');
    expect(afterLocation).not.toContain('outdoor-sign-filing');
    await reply('area', 80);
    await reply('fire-track', 'commitment');
    await reply('sign', 'yes');
    expect(await items('applies')).toEqual([...afterLocation, 'outdoor-sign-filing']);
    await reply('tobacco', 'yes');
    expect(await items('applies')).toContain('tobacco-retail-licence');
    await page.getByTestId('outcome').waitFor();

    // Back: the last answer is undone, the tobacco licence is open again.
    await page.getByTestId('back').click();
    await page.locator('[data-question="tobacco"]').waitFor();
    expect(await items('applies')).not.toContain('tobacco-retail-licence');
    expect(await items('open')).toEqual(['tobacco-retail-licence']);
    await reply('tobacco', 'no');
    await page.getByTestId('outcome').waitFor();
    expect(await items('open')).toEqual([]);

    // Change an earlier answer: a residential building bans cooking fumes, later answers are dropped.
    await page.getByTestId('change-location').click();
    await reply('location', 'residential');
    await text(page.getByTestId('dropped')).toContain('面积（80㎡）');
    await text(page.getByTestId('status')).toBe('不予办理');
    expect(await items('applies')).toEqual([]);

    // And back to the street: the questions dropped are asked again.
    await page.getByTestId('change-location').click();
    await reply('location', 'street');
    await reply('area', 80);
    await reply('fire-track', 'commitment');
    await reply('sign', 'no');
    await reply('tobacco', 'no');
    await text(page.getByTestId('status')).toBe('可以办理');
    expect(await items('applies')).toEqual(afterLocation);

    // Change hiring staff: the insurance registration leaves the checklist and the workflow.
    await page.getByTestId('change-hire-staff').click();
    await reply('hire-staff', 'no');
    expect(await items('applies')).not.toContain('employee-insurance-registration');
    await expect
      .poll(() => page.locator('[data-testid="workflow-stages"] [data-item]').count())
      .toBe(afterLocation.length - 1);

    const outcome = page.getByTestId('outcome');
    await text(outcome.getByTestId('merge')).toMatch(/材料从 \d+ 份减至 \d+ 份/);
    await outcome.locator('[data-testid="materials"] tbody tr').first().waitFor();
    await text(outcome.locator('[data-status="passed-on"] .submit')).toContain('流程内传递');
    expect(await outcome.getByTestId('mermaid').textContent()).toContain('flowchart LR');
    await text(outcome.getByTestId('totals')).toContain('并联办理');

    mkdirSync(join(ROOT, 'test', '.output'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('prefills answers from the example profile and waives the ID card on file', async () => {
    await open();
    await page.getByTestId('profile-toggle').check();
    await page.getByTestId('theme-hk-macau-permit').click();
    await reply('business', 'first');
    // Once reached, the questions the profile answers are passed over and listed as answered.
    await text(page.getByTestId('answer-hukou').getByTestId('prefilled')).toBe('来自档案');
    await text(page.getByTestId('answer-age')).toContain('38周岁');
    await text(page.getByTestId('progress')).toMatch(/^第 4 题，至多还有 \d+ 题$/);
    await reply('filed-status', 'none');
    await reply('endorse-now', 'yes');
    await reply('purpose', 'tour-individual');
    await reply('destination', 'hk');
    await reply('tour-entries', 'once');
    const outcome = page.getByTestId('outcome');
    await outcome.waitFor();
    await text(outcome.locator('[data-status="waived"] .submit')).toContain('免提交');
    await text(outcome.getByTestId('case')).toContain('本市户籍');
    expect(pageErrors).toEqual([]);
  });
});
