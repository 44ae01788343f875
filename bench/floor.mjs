/**
 * The floor of `tongban validate`: what no validator of these files can skip. In a fresh process, read every
 * YAML file under the folders given, parse it with positions (`yaml.parseDocument` with a LineCounter, then
 * `toJS`), compile the theme and catalog JSON Schemas with Ajv2020 (the options `src/load/schema.ts` uses) and
 * validate each file against its schema (files under a `catalog/` folder are catalog files, the rest themes).
 *
 *   node bench/floor.mjs <dir…>     prints { files, bytes, invalid, ms } as JSON
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { LineCounter, parseDocument } from 'yaml';

const started = performance.now();
const root = new URL('../schemas/', import.meta.url);
const schema = (name) => JSON.parse(readFileSync(new URL(name, root), 'utf8'));

function yamlFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) found.push(path);
  }
  return found;
}

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
ajv.addSchema(schema('common.schema.json'), 'common.schema.json');
ajv.addSchema(schema('profile.schema.json'), 'profile.schema.json');
const validateTheme = ajv.compile(schema('theme.schema.json'));
const validateCatalog = ajv.compile(schema('catalog.schema.json'));

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
