/**
 * The portal example in headless Chromium for the end-to-end tests: builds and serves it, launches Debian's
 * chromium through playwright-core (failing, never skipping, when it is missing), and the helpers the tests
 * share: answering a question, reading lists, checking for sideways scrolling and running axe-core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { serveStatic } from '../../examples/portal/serve.mjs';
import type { CompiledTheme } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'examples', 'portal', 'dist');
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
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Portal {
  readonly base: string;
  readonly context: BrowserContext;
  /** Messages of uncaught exceptions and console errors, of every page opened. */
  readonly errors: string[];
  newPage(viewport: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the portal, serves it on an ephemeral port and launches chromium; with `api`, the portal's /api/ goes
 * to that server (the server example).
 */
export async function launchPortal(options: { readonly api?: string } = {}): Promise<Portal> {
  if (!existsSync(CHROMIUM))
    throw new Error(`chromium not found at ${CHROMIUM}: run scripts/ensure-browser.sh`);
  const built = spawnSync(process.execPath, ['examples/portal/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0)
    throw new Error(`examples/portal/build.mjs failed:\n${built.stdout}${built.stderr}`);
  const server: Server = serveStatic(DIST, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profileDir = mkdtempSync(join(tmpdir(), 'tongban-chromium-'));
  // A user data dir is a launchPersistentContext argument in playwright (it refuses `--user-data-dir`).
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    locale: 'zh-CN',
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return page;
  };
  for (const page of context.pages()) watch(page);
  return {
    base,
    context,
    errors,
    async newPage(viewport) {
      const page = watch(await context.newPage());
      await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A theme as the portal serves it (precompiled by `tongban build`). */
export function builtTheme(id: string): CompiledTheme {
  return JSON.parse(readFileSync(join(DIST, 'themes', `${id}.json`), 'utf8')) as CompiledTheme;
}

/** Opens the portal at `search` (`?today=…` by default) and waits until it is ready. */
export async function open(page: Page, base: string, search = '?today=2026-11-27'): Promise<void> {
  await page.goto(`${base}${search}`);
  await page.locator('body[data-ready="true"]').waitFor();
}

/** The question card asking `question`. */
export function card(page: Page, question: string): Locator {
  return page.locator(`[data-testid="question"][data-question="${question}"]`);
}

/** Waits until `question` is asked, chooses the options (or fills the input), submits, and waits for it to go. */
export async function reply(page: Page, question: string, ...values: (string | number)[]): Promise<void> {
  const form = card(page, question);
  await form.waitFor();
  for (const value of values) {
    if (typeof value === 'number') await form.getByTestId('input-number').fill(String(value));
    else await form.getByTestId(`option-${value}`).check();
  }
  await form.getByTestId('submit').click();
  const error = page.getByTestId('error');
  if ((await error.count()) > 0) throw new Error(`${question}: ${await error.textContent()}`);
  await form.waitFor({ state: 'detached' });
}

/** The element's text once it is there (playwright-core has no web-first assertions: vitest polls). */
export function text(locator: Locator) {
  return expect.poll(async () => (await locator.first().textContent()) ?? '');
}

/** The item ids of the checklist's `applies` or `open` list. */
export function items(page: Page, list: 'applies' | 'open'): Promise<string[]> {
  return page
    .getByTestId(`checklist-${list}`)
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item') ?? ''));
}

/** The question whose form holds the focus, or what else has it ("#profile-toggle", "h2 办事指南"). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const question = active?.closest('[data-testid="question"]')?.getAttribute('data-question');
    if (question) return `question ${question}`;
    if (active?.id) return `#${active.id}`;
    return active
      ? `${active.tagName.toLowerCase()} ${active.textContent?.trim().slice(0, 20) ?? ''}`
      : 'none';
  });
}

/** Fails when the page scrolls sideways: the document is wider than the window. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    scrollWidth,
    `${where}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** axe-core's violations of WCAG 2.0/2.1 A and AA on the page as it is now: rule id and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = window.axe as AxeApi;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The style property of the first element `locator` finds, as computed in the page. */
export function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.first().evaluate((element, name) => getComputedStyle(element)[name] ?? '', property);
}

/** The part of axe-core's API the tests use (the script is injected into the page, not imported). */
interface AxeApi {
  run(
    context: unknown,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

// The browser globals the page callbacks above read, as far as they read them: the tests compile without the
// DOM library (these declarations are local to this module).
interface BrowserElement {
  readonly id: string;
  readonly tagName: string;
  readonly textContent: string | null;
  closest(selector: string): BrowserElement | null;
  getAttribute(name: string): string | null;
}
declare const window: { readonly innerWidth: number; readonly axe?: AxeApi };
declare const document: {
  readonly activeElement: BrowserElement | null;
  readonly documentElement: { readonly scrollWidth: number };
};
declare function getComputedStyle(element: unknown): Readonly<Record<string, string | undefined>>;
