/**
 * The floor of `tongban validate`: what no validator of these files can skip. In a fresh process, read every
 * YAML file under the folders given, parse it with positions (`yaml.parseDocument` with a LineCounter, then
 * `toJS`) and validate each file against its JSON Schema (files under a `catalog/` folder are catalog files, the
 * rest themes) with the validators tongban itself uses: ajv's code generated ahead of time from the schemas
 * (src/load/generated/validators.js, written by the build), so that neither side compiles a schema when it
 * starts, a cost tongban does not pay.
 *
 *   npx tsup --silent && node bench/floor.mjs <dir…>     prints { files, bytes, invalid, ms } as JSON
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const started = performance.now();
const generated = new URL('../src/load/generated/validators.js', import.meta.url);
if (!existsSync(generated)) {
  console.error('src/load/generated/validators.js is missing: build first (npx tsup --silent)');
  process.exit(1);
}
const { theme: validateTheme, catalog: validateCatalog } = await import(generated.href);

function yamlFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) found.push(path);
  }
  return found;
}

let files = 0;
let bytes = 0;
let invalid = 0;
for (const dir of process.argv.slice(2)) {
  for (const file of yamlFiles(dir).sort()) {
    const text = readFileSync(file, 'utf8');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const value = doc.toJS({ maxAliasCount: 100 });
    const catalog = file.split(/[\\/]/).includes('catalog');
    if (doc.errors.length > 0 || !(catalog ? validateCatalog : validateTheme)(value)) invalid++;
    files++;
    bytes += Buffer.byteLength(text);
  }
}
process.stdout.write(`${JSON.stringify({ files, bytes, invalid, ms: performance.now() - started })}\n`);
