import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

// The JSON Schema validators are generated code (src/load/generated/validators.js, not committed): write them
// before anything is bundled. The script does nothing when they are up to date.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], { stdio: 'inherit' });

/** The dev page's files beside its script: its HTML and styles, the portal's styles, and mermaid (offline). */
async function copyDevAssets(): Promise<void> {
  await mkdir('dist/dev', { recursive: true });
  const mermaid = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  await Promise.all([
    copyFile('src/dev/client/index.html', 'dist/dev/index.html'),
    copyFile('src/dev/client/dev.css', 'dist/dev/dev.css'),
    copyFile('examples/portal/style.css', 'dist/dev/portal.css'),
    copyFile(mermaid, 'dist/dev/mermaid.min.js'),
  ]);
}

export default defineConfig([
  {
    // The library entries: ESM and CJS with declarations. The runtime (index), its English messages, its
    // guides and graphs (render) and the analysis entries pull in no yaml, ajv or node:*; load adds yaml and the
    // generated schema validators; node adds the file system.
    entry: {
      index: 'src/index.ts',
      messages: 'src/messages/entry.ts',
      render: 'src/render/index.ts',
      load: 'src/load-entry.ts',
      node: 'src/node/index.ts',
      analyze: 'src/analyze/runtime.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
  },
  {
    // The command line: a small ESM entry with a shebang, and one chunk per command (under dist/cli/) that loads
    // only when that command runs, so that `tongban --help` parses none of them.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    splitting: true,
    // yaml is some 70 small CommonJS files: resolving and loading them one by one costs a cold `validate` about
    // as much as parsing its theme; bundled, they load as one file. The command line bundles yaml's ES module
    // build (the one browsers get): the same parser, without the CommonJS build's read of
    // `process.env.LOG_TOKENS` on every token (a call into the environment, about 0.2 µs each: some 160 ms of
    // the 880,000 tokens of the scale-1 library).
    noExternal: ['yaml'],
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
      options.alias = { yaml: './node_modules/yaml/browser/index.js' };
    },
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The `tongban dev` page: the runtime (and its analysis entry) for browsers, served by the command.
    entry: { 'dev/client': 'src/dev/client/main.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Everything in one file: the page has no module resolution.
    noExternal: [/.*/],
    tsconfig: 'src/dev/client/tsconfig.json',
    onSuccess: copyDevAssets,
  },
]);
