/**
 * docs/themes/ is generated from the bundled themes by `node scripts/docs-themes.mjs` (from the built library in
 * dist/). This test regenerates it in memory and fails, naming the files, when what is committed differs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'docs-themes.mjs');
const DIST = ['index.js', 'load.js', 'node.js', 'analyze.js'].map((f) => join(ROOT, 'dist', f));

interface Stale {
  readonly path: string;
  readonly problem: string;
}
interface DocsScript {
  generate(): Promise<Map<string, string>>;
  outOfDate(generated: Map<string, string>): Promise<Stale[]>;
}

let generation: Promise<{ script: DocsScript; generated: Map<string, string> }> | undefined;

/** Generates docs/themes/ in memory once for all the tests below. */
function generateOnce(): Promise<{ script: DocsScript; generated: Map<string, string> }> {
  generation ??= (async () => {
    const script = (await import(pathToFileURL(SCRIPT).href)) as DocsScript;
    return { script, generated: await script.generate() };
  })();
  return generation;
}

describe('docs/themes/', () => {
  test('is up to date with the bundled themes', async () => {
    const missing = DIST.filter((f) => !existsSync(f));
    expect(
      missing,
      'dist/ is missing: build it first with `npx tsup --silent` (npm test builds it before vitest)',
    ).toEqual([]);
    const { script, generated } = await generateOnce();
    const stale = await script.outOfDate(generated);
    const message = `${stale.map((s) => `${s.path}: ${s.problem}`).join('\n')}\ndocs/themes/ is out of date: run node scripts/docs-themes.mjs`;
    expect(stale, message).toEqual([]);
  });

  test('the restaurant guide shows the reduction of materials from item by item to merged', async () => {
    const { generated } = await generateOnce();
    const guide = generated.get('docs/themes/open-restaurant.md') ?? '';
    const merge = /逐项办理需 (\d+) 份材料 → (?:一表申请，|合并后)需准备 (\d+) 份/.exec(guide);
    expect(merge, 'the merge sentence of markdownGuide').not.toBeNull();
    const [, before, after] = merge ?? [];
    expect(Number(after)).toBeLessThan(Number(before));
    // The representative case is a new company: the business licence is passed on, not submitted.
    expect(guide).toContain('企业设立登记（有限责任公司）');
    expect(guide).toContain('流程内传递');
  });

  test('every bundled theme has a guide, indexed in README.md', async () => {
    const { generated } = await generateOnce();
    const index = generated.get('docs/themes/README.md') ?? '';
    const guides = [...generated.keys()].filter((p) => !p.endsWith('README.md'));
    expect(guides.length).toBeGreaterThanOrEqual(5);
    for (const path of guides) {
      const name = path.slice('docs/themes/'.length);
      expect(index).toContain(`](${name})`);
      const guide = generated.get(path) ?? '';
      expect(guide).toContain('```mermaid\nflowchart TD');
      expect(guide).toContain('```mermaid\nflowchart LR');
      expect(guide).toMatch(/共 \*\*[\d,]+\*\* 条答题路径/);
      // Situations, each with its rule, rather than paths.
      expect(guide).toMatch(/共 \*\*[\d,]+\*\* 个情形/);
      expect(guide).toMatch(/\| # \| 状态 \| 路径 \| 情形规则 \|/);
    }
  });
});
