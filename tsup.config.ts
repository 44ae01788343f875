import { execFileSync } from 'node:child_process';
import { defineConfig } from 'tsup';

// The JSON Schema validators are generated code (src/load/generated/validators.js, not committed): write them
// before anything is bundled. The script does nothing when they are up to date.
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], { stdio: 'inherit' });

export default defineConfig([
  {
    // The library entries: ESM and CJS with declarations. The runtime (index) and analysis entries pull in no
    // yaml, ajv or node:*; load adds yaml and the generated schema validators; node adds the file system.
    entry: {
      index: 'src/index.ts',
      load: 'src/load/index.ts',
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
    // The command line: one ESM file with a shebang.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
