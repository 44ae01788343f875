/**
 * The `tongban dev` page in Debian's headless chromium, for the end-to-end tests: the command started on a
 * folder (`startDevProcess`), a browser and one page at a desktop size, its uncaught errors and console errors
 * collected. The caller closes the browser and stops the server.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { type DevProcess, startDevProcess } from './dev-server.js';

const CHROMIUM = '/usr/bin/chromium';

export interface DevPage {
  readonly server: DevProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/** Starts `tongban dev <args>` in `cwd` and opens a page for it; page errors are pushed onto `errors`. */
export async function openDevPage(cwd: string, args: readonly string[], errors: string[]): Promise<DevPage> {
  const server = await startDevProcess(cwd, args);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { server, browser, page };
}
