/**
 * The runtime entry's budget in a browser: bundled by esbuild (bundle, minify, esm, platform browser, gzip -9,
 * as bench/runtime.mjs measures it) it stays within 32 KB min+gzip and pulls in no yaml, no ajv, no immer and
 * no Node built-in, nor what lives in the entries beside it (English messages and developers' sentences in
 * `tongban/messages`, guides,
 * graphs and the form's JSON Schema in `tongban/render`), nor the question types' loading, enumeration and
 * command-line code. Those entries, the analysis entry and the portal example's bundle run in
 * browsers too. The load entry runs in browsers as well, without ajv's compiler or `new Function`.
 */
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** The runtime entry's budget (the goal in bench/runtime.mjs is 25 KB; it measures 31.3 KB). */
const BUDGET = 32 * 1024;
/** The portal example: the runtime, its guide and workflow graph, and the page's own views. */
const PORTAL_BUDGET = 60 * 1024;
/** Modules that belong to other entries or to nobody's runtime: any of them in the runtime bundle is waste. */
const NOT_IN_RUNTIME = [
  'src/messages/runtime-en.ts',
  'src/messages/runtime-dev-zh.ts',
  'src/messages/form-en.ts',
  'src/render/markdown.ts',
  'src/render/mermaid-workflow.ts',
  'src/render/mermaid-questionnaire.ts',
  'src/forms/schema.ts',
  'node_modules/immer/',
];
const BUILTINS = new Set(builtinModules);

interface Bundled {
  readonly minified: number;
  readonly gzipped: number;
  readonly inputs: readonly string[];
  /** Node built-ins the code imports (kept external so that the list is complete). */
  readonly builtins: readonly string[];
  /** The minified code. */
  readonly code: string;
}

async function bundle(entry: string): Promise<Bundled> {
  const builtins = new Set<string>();
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-node-builtins',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            const bare = args.path.replace(/^node:/, '');
            if (!args.path.startsWith('node:') && !BUILTINS.has(bare)) return undefined;
            builtins.add(`${args.path} (from ${args.importer.replace(`${ROOT}/`, '')})`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    builtins: [...builtins],
    code: new TextDecoder().decode(code),
  };
}

/** Code bundled from a module given as text (resolved from the repository). */
async function bundleText(contents: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Texts only the question types' tooling part writes (a multiple choice's command-line prompt, a date bound's
 * allowed forms in a load diagnostic): the runtime reads the types' `AnswerBehaviour` alone.
 */
const TOOLING_TEXTS = ['"checkbox"', 'today+30d'];

/** Inputs from the yaml or ajv packages, or from anything Node-only. */
function forbidden(bundled: Bundled): string[] {
  const packages = bundled.inputs.filter((input) => /(^|\/)node_modules\/(yaml|ajv)(\/|$)/.test(input));
  return [...packages, ...bundled.builtins];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('bundle budget', () => {
  it('keeps the runtime entry within 32 KB min+gzip, without yaml, ajv, node:* or question-type tooling', async () => {
    const runtime = await bundle('src/index.ts');
    console.log(`runtime (src/index.ts): ${kb(runtime.minified)} min, ${kb(runtime.gzipped)} min+gzip`);
    const bad = forbidden(runtime);
    expect(bad, `the runtime entry must not pull in:\n  ${bad.join('\n  ')}`).toEqual([]);
    const elsewhere = runtime.inputs.filter((input) => NOT_IN_RUNTIME.some((path) => input.includes(path)));
    expect(elsewhere, 'modules of other entries in the runtime bundle').toEqual([]);
    expect(TOOLING_TEXTS.filter((text) => runtime.code.includes(text))).toEqual([]);
    expect(
      runtime.gzipped,
      `runtime is ${runtime.gzipped} bytes min+gzip, over the ${BUDGET}-byte budget`,
    ).toBeLessThanOrEqual(BUDGET);
  });

  it.each(['src/messages/entry.ts', 'src/render/index.ts'])(
    'keeps %s (tongban/messages, tongban/render) browser-capable: no yaml, ajv or node:*',
    async (entry) => {
      const bundled = await bundle(entry);
      console.log(`${entry}: ${kb(bundled.minified)} min, ${kb(bundled.gzipped)} min+gzip`);
      const bad = forbidden(bundled);
      expect(bad, `${entry} must not pull in:\n  ${bad.join('\n  ')}`).toEqual([]);
    },
  );

  it('does see the modules of other entries where they are (the check of the runtime is not vacuous)', async () => {
    const inputs = [
      ...(await bundle('src/messages/entry.ts')).inputs,
      ...(await bundle('src/render/index.ts')).inputs,
      // immer is a devDependency now (the benchmark's naive reference): where it resolves is its path.
      createRequire(import.meta.url).resolve('immer'),
    ];
    expect(NOT_IN_RUNTIME.filter((path) => !inputs.some((input) => input.includes(path)))).toEqual([]);
  });

  it('keeps the analysis entry browser-capable: no yaml, ajv or node:*', async () => {
    const analysis = await bundle('src/analyze/runtime.ts');
    console.log(
      `analysis (src/analyze/runtime.ts): ${kb(analysis.minified)} min, ${kb(analysis.gzipped)} min+gzip`,
    );
    const bad = forbidden(analysis);
    expect(bad, `the analysis entry must not pull in:\n  ${bad.join('\n  ')}`).toEqual([]);
  });

  it('keeps the portal example free of yaml and ajv', async () => {
    const portal = await bundle('examples/portal/src/main.ts');
    console.log(
      `portal (examples/portal/src/main.ts): ${kb(portal.minified)} min, ${kb(portal.gzipped)} min+gzip`,
    );
    const bad = forbidden(portal);
    expect(bad, `the portal bundle must not pull in:\n  ${bad.join('\n  ')}`).toEqual([]);
    expect(portal.inputs).toContain('src/index.ts');
    expect(portal.gzipped).toBeLessThanOrEqual(PORTAL_BUDGET);
  });

  it('keeps the load entry browser-capable without ajv or `new Function` (a strict CSP allows it)', async () => {
    const load = await bundle('src/load-entry.ts');
    console.log(`load (src/load-entry.ts): ${kb(load.minified)} min, ${kb(load.gzipped)} min+gzip`);
    expect(load.builtins).toEqual([]);
    // The schemas are checked by validators generated at build time, not compiled by ajv in the page.
    expect(
      load.inputs.filter((input) => input.includes('node_modules/ajv/ajv.js') || input.includes('/compile/')),
    ).toEqual([]);
    expect(load.inputs).toContain('src/load/generated/validators.js');
    // The question types' tooling is where loading needs it (the runtime's check above is not vacuous).
    expect(TOOLING_TEXTS.filter((text) => load.code.includes(text))).toEqual(TOOLING_TEXTS);
    expect(load.code).not.toMatch(/\bnew Function\b|\beval\(/);
  });

  it('does see yaml and node:* where they are (the checks above are not vacuous)', async () => {
    const load = forbidden(await bundle('src/load-entry.ts'));
    expect(load.some((input) => input.includes('node_modules/yaml/'))).toBe(true);
    const node = forbidden(await bundle('src/node/index.ts'));
    expect(node.some((input) => input.startsWith('node:'))).toBe(true);
    // The check of the load bundle above would see ajv compiling schemas: the runtime-compiled validators do.
    const compiling = await bundleText("import Ajv from 'ajv/dist/2020.js'; export const ajv = new Ajv();");
    expect(compiling).toMatch(/\bnew Function\b/);
  });
});
