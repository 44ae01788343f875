// `npm start`: walk the default bundled theme to a case and print its outcome. On a terminal the walk is
// interactive; otherwise (CI, pipes) it answers from the bundled example answers, and says so. It builds the
// CLI only when dist/ is missing or older than src/, so a built checkout starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THEME = 'themes/hk-macau-permit.yaml';
const PROFILE = 'examples/profiles/shanghai-resident.yaml';
const ANSWERS = 'examples/answers/hk-macau-permit.yaml';
const TODAY = '2026-11-27';
/** The built files `npm start` runs. */
const BUILT = ['dist/cli.js'];
/** What the build reads besides src/: a change there needs a build too. */
const INPUTS = ['src', 'tsup.config.ts', 'package.json'];

/** The newest modification time of a file, or of any file under a folder (0 when missing). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether the CLI must be built: a built file is missing or older than something the build reads. */
export function needsBuild(root) {
  const sources = Math.max(...INPUTS.map((input) => newest(join(root, input))));
  return BUILT.some((file) => {
    const path = join(root, file);
    return !existsSync(path) || statSync(path).mtimeMs < sources;
  });
}

/** The CLI's arguments and the line that says where the answers come from, in `lang`. */
export function startPlan(interactive, lang) {
  if (interactive)
    return {
      args: ['run', THEME, '--profile', PROFILE],
      note:
        lang === 'en'
          ? `tongban: answer the questions below; the example profile ${PROFILE} prefills household registration and age.`
          : `tongban：请逐题回答；示例档案 ${PROFILE} 已预填户籍和年龄。`,
    };
  return {
    args: ['run', THEME, '--answers', ANSWERS, '--today', TODAY],
    note:
      lang === 'en'
        ? `tongban: not a terminal, so the answers come from ${ANSWERS} (as of ${TODAY}); run npm start in a terminal to answer them yourself.`
        : `tongban：不在终端上运行，答案取自 ${ANSWERS}（日期 ${TODAY}）；在终端上运行 npm start 可自己逐题回答。`,
  };
}

function main() {
  const lang = process.env.TONGBAN_LANG === 'en' ? 'en' : 'zh';
  if (needsBuild(ROOT)) {
    process.stderr.write(
      lang === 'en'
        ? 'tongban: building dist/ (missing or older than src/)…\n'
        : 'tongban：dist/ 缺失或早于 src/，正在构建…\n',
    );
    const tsup = JSON.parse(readFileSync(join(ROOT, 'node_modules/tsup/package.json'), 'utf8')).bin;
    const bin = join(ROOT, 'node_modules/tsup', typeof tsup === 'string' ? tsup : tsup.tsup);
    const built = spawnSync(process.execPath, [bin, '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) {
      process.exitCode = built.status ?? 1;
      return;
    }
  }
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const { args, note } = startPlan(interactive, lang);
  process.stderr.write(`${note}\n`);
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
