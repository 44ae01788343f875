// Builds the portal example into examples/portal/dist/ (build output, gitignored):
//   themes/<id>.json + themes/index.json   every bundled theme, precompiled by `tongban build`
//   profiles/*.json                        the example profiles (a person, a company), read from YAML and checked
//   main.js (+ meta.json)                  the page, bundled for browsers with esbuild: runtime entry only
//   index.html, style.css
// Needs the library built first (`npm run build`): it runs dist/cli.js and reads profiles with dist/load.js.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const out = join(here, 'dist');

for (const file of ['cli.js', 'load.js', 'node.js']) {
  if (!existsSync(join(root, 'dist', file))) {
    console.error(`dist/${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'profiles'), { recursive: true });

// 1. Themes, precompiled to JSON by the command line.
const built = spawnSync(
  process.execPath,
  ['dist/cli.js', 'build', 'themes', '--out', 'examples/portal/dist/themes'],
  { cwd: root, encoding: 'utf8' },
);
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  console.error(`tongban build failed (exit ${built.status})`);
  process.exit(1);
}

// 2. The example profiles, YAML → JSON: a person's (一人一档) and a company's (一企一档); the page uses the one
// whose kind is the theme's audience.
const { loadProfile } = await import(new URL('../../dist/load.js', import.meta.url).href);
for (const name of ['shanghai-resident', 'new-restaurant-company']) {
  const profileFile = join(root, 'examples', 'profiles', `${name}.yaml`);
  const profile = loadProfile({ file: profileFile, text: await readFile(profileFile, 'utf8') });
  if (!profile.ok) {
    console.error(profile.diagnostics.map((d) => d.message).join('\n'));
    process.exit(1);
  }
  await writeFile(join(out, 'profiles', `${name}.json`), `${JSON.stringify(profile.profile)}\n`);
}

// 3. The page: only the runtime entry (src/index.ts) goes into the bundle.
const result = await esbuild.build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(out, 'main.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  platform: 'browser',
  target: 'es2022',
  metafile: true,
  logLevel: 'warning',
});
const forbidden = Object.keys(result.metafile.inputs).filter((input) =>
  /(^|\/)node_modules\/(yaml|ajv)\/|^node:/.test(input),
);
if (forbidden.length > 0) {
  console.error(`the portal bundle must not contain:\n  ${forbidden.join('\n  ')}`);
  process.exit(1);
}
await writeFile(join(out, 'meta.json'), JSON.stringify(result.metafile));
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
await copyFile(join(here, 'style.css'), join(out, 'style.css'));

const js = await readFile(join(out, 'main.js'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `portal built in examples/portal/dist: main.js ${kb(js.length)} min, ${kb(gzipSync(js, { level: 9 }).length)} min+gzip`,
);
