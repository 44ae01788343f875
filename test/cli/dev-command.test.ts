/**
 * `tongban dev` as authors run it (the built command in a child process, on a copy of the bundled themes): it
 * prints what it loaded and where to open the page, one line per save, in the language asked for, and stops on
 * Ctrl-C with exit code 130. Waits for what the command prints; the timeouts are failure guards.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDevProcess } from '../support/dev-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const THEME = 'themes/marriage.yaml';
let folder: string | undefined;

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('tongban dev in a terminal', () => {
  it('says in English what it loaded and what each save gave, and stops on Ctrl-C', async () => {
    folder = mkdtempSync(join(tmpdir(), 'tongban-dev-command-'));
    cpSync(join(ROOT, 'themes'), join(folder, 'themes'), { recursive: true });
    const server = await startDevProcess(folder, ['themes', '--lang', 'en', '--today', '2026-11-27']);
    try {
      const themes = readdirSync(join(folder, 'themes')).filter((f) => f.endsWith('.yaml')).length;
      expect(server.output()).toMatch(
        new RegExp(`^tongban dev themes: ${themes} themes, 0 errors, 0 warnings\n {2}http:`),
      );
      const file = join(folder, THEME);
      const text = readFileSync(file, 'utf8');
      const broken = text.replace(/^title: (.*)$/m, 'title: $1: broken');
      expect(broken).not.toBe(text);
      writeFileSync(file, broken);
      await expect
        .poll(() => server.output(), { timeout: 30_000 })
        .toMatch(/\n#1 themes\/marriage\.yaml: 1 error, 0 warnings \(\d+ ms\)\n/);
      writeFileSync(file, text);
      await expect
        .poll(() => server.output(), { timeout: 30_000 })
        .toMatch(/\n#2 themes\/marriage\.yaml: 0 errors, 0 warnings \(\d+ ms\)\n/);
    } finally {
      expect(await server.stop()).toBe(130);
    }
    expect(server.output()).toMatch(/\nstopped\.\n$/);
    expect(server.output()).not.toMatch(/\p{Script=Han}/u);
  }, 60_000);
});
