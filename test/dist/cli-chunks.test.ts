/**
 * The command line starts small: `dist/cli.js` and the chunks it imports statically hold the command list and
 * help texts, never a command's implementation, the YAML parser, the schema validators or the analysis. What a
 * command does is loaded when it runs (bench/cold-start.mjs times the effect; this test checks the structure).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'dist', 'cli.js');

/** Every file `file` imports statically (`import … from "./x.js"` and `import "./x.js"`), itself included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/^(?:import\s[^;]*?from\s*|import\s*|\}\s*from\s*)"(\.[^"]+)"/gm))
    staticGraph(join(dirname(file), match[1] as string), seen);
  return seen;
}

/** The source files esbuild bundled into a built file (it marks each with a `// path` line). */
function sourcesOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map(
    (m) => m[1] as string,
  );
}

describe('the command line loads what a command uses when it runs', () => {
  let startup: string[] = [];
  beforeAll(() => {
    ensureBuilt([ENTRY]);
    startup = [...staticGraph(ENTRY)].flatMap(sourcesOf);
  }, 300_000);

  it('has the command list and every help text at start-up, and each implementation in a chunk of its own', () => {
    expect(startup).toContain('src/cli/commands/index.ts');
    expect(startup).toContain('src/cli/commands/validate.ts');
    const lazy = [...readFileSync(ENTRY, 'utf8').matchAll(/import\("\.\/cli\/[^"]+"\)/g)];
    expect(lazy.length).toBeGreaterThanOrEqual(9);
  });

  it('loads no command implementation, parser, validator or analysis at start-up', () => {
    const heavy = startup.filter((s) =>
      /^src\/cli\/actions\/|^node_modules\/yaml\/|^src\/load\/|^src\/analyze\/(?!limits\.ts)|^src\/messages\/diagnostics/.test(
        s,
      ),
    );
    expect(heavy).toEqual([]);
  });
});
