/**
 * The `tongban dev` page runs in a browser on the runtime entry: bundled as the build bundles it, it pulls in
 * no yaml, no ajv and no Node built-in (the server reads and checks the files; the page only runs sessions).
 */
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILTINS = new Set(builtinModules);

describe('the dev page bundle', () => {
  it('holds no yaml, ajv or node:* module', async () => {
    const builtins: string[] = [];
    const result = await esbuild.build({
      entryPoints: [join(ROOT, 'src', 'dev', 'client', 'main.ts')],
      bundle: true,
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
              if (!args.path.startsWith('node:') && !BUILTINS.has(args.path)) return undefined;
              builtins.push(`${args.path} (from ${args.importer})`);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('src/dev/client/app.ts'))).toBe(true);
    // The portal's views are the page's questionnaire.
    expect(inputs.some((input) => input.includes('examples/portal/src/views/question.ts'))).toBe(true);
    expect(inputs.filter((input) => /(^|\/)node_modules\/(yaml|ajv)(\/|$)/.test(input))).toEqual([]);
    expect(builtins).toEqual([]);
  });
});
