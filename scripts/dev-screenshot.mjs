// The screenshot of `tongban dev` in docs/authoring.md (docs/images/dev.png), taken in headless chromium:
//   npm run build && node scripts/dev-screenshot.mjs
// Serves a copy of the bundled themes, answers the first questions of 我要开餐饮店, saves the theme with a new
// option (as an author would), and captures the page with the questionnaire, the note that the answers were
// kept, and what the save changed.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'images', 'dev.png');
const theme = 'themes/open-restaurant.yaml';
const folder = mkdtempSync(join(tmpdir(), 'tongban-dev-shot-'));
cpSync(join(root, 'themes'), join(folder, 'themes'), { recursive: true });
cpSync(join(root, 'examples', 'profiles'), join(folder, 'examples', 'profiles'), { recursive: true });

const server = spawn(
  process.execPath,
  [join(root, 'dist', 'cli.js'), 'dev', 'themes', '--today', '2026-11-27'],
  {
    cwd: folder,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise((resolve, reject) => {
  let printed = '';
  server.stdout.on('data', (chunk) => {
    printed += chunk;
    const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
    if (found) resolve(found[0]);
  });
  server.once('exit', (code) => reject(new Error(`tongban dev exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
  // Generous: on a busy machine the reload after the save and its re-analysis take a while.
  page.setDefaultTimeout(300_000);
  await page.goto(`${url}#file=${encodeURIComponent(theme)}`);
  await page.locator('body[data-ready="true"]').waitFor();
  for (const [question, option] of [
    ['company-exists', 'no'],
    ['entity-type', 'company'],
    ['hire-staff', 'yes'],
  ]) {
    const form = page.locator(`[data-testid="question"][data-question="${question}"]`);
    await form.getByTestId(`option-${option}`).check();
    await form.getByTestId('submit').click();
    await form.waitFor({ state: 'detached' });
  }
  const file = join(folder, theme);
  const text = readFileSync(file, 'utf8');
  // The new option, and where the licence application's 经营项目 field takes its value for it (the field
  // needs a value for every option of the question that fills it).
  writeFileSync(
    file,
    text
      .replace(
        /( {2}- id: dishes\n(?: {4}.*\n)*? {4}options:\n)/,
        '$1      baked:\n        label: 现场烘焙的面包糕点\n        short: 烘焙\n',
      )
      .replace(
        'food-categories: { answer: dishes }',
        'food-categories: { answer: dishes, map: { hot: hot, cold: cold, raw: raw, pastry: pastry, drinks: drinks, baked: pastry } }',
      ),
  );
  await page.getByTestId('option-baked').waitFor();
  await page.getByTestId('tab-change').click();
  await page.getByTestId('change-counts').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`written: ${out}`);
} finally {
  await browser.close();
  server.kill('SIGINT');
  rmSync(folder, { recursive: true, force: true });
}
