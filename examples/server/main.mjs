// Runs the stateless server example on a port, with every bundled theme:
//   node examples/server/main.mjs [port] [themes-dir]      (defaults: 8787, themes)
// server.ts is TypeScript: esbuild bundles it (with the theme loader) in memory, and Node imports the result.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 8787);
const themesDir = resolve(process.argv[3] ?? join(root, 'themes'));

const bundled = await esbuild.build({
  stdin: {
    contents: [
      "export { createServer } from './examples/server/server.ts';",
      "export { CatalogCache, loadThemeFile, themeListing } from './src/node/index.ts';",
      "export { diagnosticCounts, formatDiagnostic } from './src/load/index.ts';",
      "export { countOf } from './src/messages/index.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  // CommonJS dependencies (ajv) call require(): give the bundle one.
  banner: {
    js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(import.meta.url)});`,
  },
});
const code = bundled.outputFiles[0].text;
const {
  createServer,
  CatalogCache,
  loadThemeFile,
  themeListing,
  diagnosticCounts,
  formatDiagnostic,
  countOf,
} = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const cache = new CatalogCache();
const themes = [];
const listing = await themeListing(themesDir);
// The log is in English: messages from the catalogs, counts pluralised.
for (const problem of listing.problems) console.error(`${problem.file}: ${formatDiagnostic(problem, 'en')}`);
const byId = new Map();
for (const file of listing.files) {
  const loaded = await loadThemeFile(file, { cache });
  if (!loaded.result.ok) {
    console.error(
      `${file}: not loaded (${diagnosticCounts(loaded.result.diagnostics, 'en')}; see tongban validate)`,
    );
    continue;
  }
  const { theme } = loaded.result;
  // One theme per id: a second file with the same id is left out, and said so.
  if (byId.has(theme.id)) {
    console.error(`${file}: not loaded (theme id "${theme.id}" is already used by ${byId.get(theme.id)})`);
    continue;
  }
  byId.set(theme.id, file);
  themes.push(theme);
}

const server = createServer(themes);
server.listen(port, '127.0.0.1', () => {
  // One line when it listens (port 0 picks a free one: the line says which), on stdout.
  const { port: listening } = server.address();
  console.log(
    `tongban server listening on http://127.0.0.1:${listening}/  (${countOf(themes.length, 'theme', 'en')}, no state kept; GET / lists the endpoints)`,
  );
});
