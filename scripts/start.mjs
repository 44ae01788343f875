// `npm start`: walk the default bundled theme to a case and print its outcome. On a terminal the walk is
// interactive; otherwise (CI, pipes) it answers from the bundled example answers.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const theme = 'themes/hk-macau-permit.yaml';
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const args = interactive
  ? ['dist/cli.js', 'run', theme, '--profile', 'examples/profiles/shanghai-resident.yaml']
  : [
      'dist/cli.js',
      'run',
      theme,
      '--answers',
      'examples/answers/hk-macau-permit.yaml',
      '--today',
      '2026-11-27',
    ];
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
