import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { countOf, diagnosticCounts } from '../../messages/index.js';
import type { CommandContext } from '../command.js';
import { devAssetsDir, startDev } from '../dev/server.js';
import type { Workspace, WorkspaceUpdate } from '../dev/workspace.js';
import { styleOf, t } from '../format/style.js';
import { pathOf, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { defaultThemesDir } from '../themes-dir.js';

/** The `tongban dev` command at work (its options and help are in commands/dev.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  if (positionals.length > 1) throw new UsageError(t(lang, '只能给一个主题文件夹', 'give one themes folder'));
  const port = portInput(values.port, lang);
  const today = todayInput(values.today, context);
  const themesDir = positionals[0] === undefined ? defaultThemesDir(io.cwd) : pathOf(positionals[0], context);
  const profilesDir =
    typeof values.profiles === 'string'
      ? pathOf(values.profiles, context)
      : resolve(io.cwd, 'examples/profiles');
  for (const [dir, given] of [
    [themesDir, true],
    [profilesDir, typeof values.profiles === 'string'],
  ] as const) {
    if (given && !isFolder(dir)) {
      io.stderr.write(`${t(lang, `不是文件夹：${dir}`, `not a folder: ${dir}`)}\n`);
      return 1;
    }
  }
  const assets = devAssetsDir();
  if (!assets) {
    io.stderr.write(
      `${t(lang, '找不到预览网页的文件（请先运行 npm run build）', "the preview page's files are missing (run npm run build first)")}\n`,
    );
    return 1;
  }
  const s = styleOf(context.color);
  const shown = (file: string) => relative(io.cwd, file) || file;
  let server: Awaited<ReturnType<typeof startDev>>;
  try {
    server = await startDev({
      themesDir,
      ...(isFolder(profilesDir) ? { profilesDir } : {}),
      today,
      cwd: io.cwd,
      lang,
      ...(context.root === undefined ? {} : { root: context.root }),
      port,
      assets,
      onUpdate: (update, workspace) => io.stdout.write(`${updateLine(update, workspace, lang, s)}\n`),
      onError: (error) =>
        io.stderr.write(
          `${t(lang, '内部错误', 'internal error')}: ${error instanceof Error ? error.message : String(error)}\n`,
        ),
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message =
      code === 'EADDRINUSE'
        ? t(lang, `端口 ${port} 已被占用`, `port ${port} is in use`)
        : error instanceof Error
          ? error.message
          : String(error);
    io.stderr.write(`tongban dev: ${message}\n`);
    return 1;
  }
  const state = server.workspace.state();
  const counts = `${countOf(state.themes.length, 'theme', lang)}${t(lang, '，', ', ')}${diagnosticCounts(state.diagnostics, lang)}`;
  io.stdout.write(
    `${s.bold('tongban dev')} ${shown(themesDir)}${t(lang, '：', ': ')}${counts}\n  ${s.cyan(server.url)}\n${t(lang, '保存文件后网页随即更新；按 Ctrl-C 停止。', 'The page follows each save; Ctrl-C stops.')}\n`,
  );
  await stopSignal();
  await server.close();
  io.stdout.write(`${t(lang, '已停止。', 'stopped.')}\n`);
  return 130;
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM, removing both listeners. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** `--port`: 0–65535 (0, the default, for any free port). */
function portInput(value: unknown, lang: 'zh' | 'en'): number {
  if (value === undefined) return 0;
  const text = String(value);
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
    throw new UsageError(
      t(
        lang,
        `--port 需要 0 到 65535 的整数（得到“${text}”）`,
        `--port needs a whole number 0–65535 (got "${text}")`,
      ),
    );
  return Number(text);
}

/** "#3 themes/a.yaml：1 个错误，0 个警告（23 ms）" / "#3 themes/a.yaml: 1 error, 0 warnings (23 ms)". */
function updateLine(
  update: WorkspaceUpdate,
  workspace: Workspace,
  lang: 'zh' | 'en',
  s: ReturnType<typeof styleOf>,
): string {
  const diagnostics = workspace.diagnostics();
  const errors = diagnostics.some((d) => d.severity === 'error');
  const ms = Math.round(update.ms);
  const counts = `${diagnosticCounts(diagnostics, lang)}${t(lang, `（${ms} ms）`, ` (${ms} ms)`)}`;
  return `#${update.revision} ${update.files.join(' ')}${t(lang, '：', ': ')}${errors ? s.red(counts) : s.green(counts)}`;
}
