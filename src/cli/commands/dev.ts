import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { countOf, diagnosticCounts } from '../../messages/index.js';
import type { Command } from '../command.js';
import { devAssetsDir, startDev } from '../dev/server.js';
import type { Workspace, WorkspaceUpdate } from '../dev/workspace.js';
import { styleOf, t } from '../format/style.js';
import { pathOf, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { defaultThemesDir } from '../themes-dir.js';

/**
 * `tongban dev [themes-folder]`: a live preview for policy authors. Watches the themes, catalog, profiles and
 * scenario files and serves a page on 127.0.0.1 with the questionnaire, the cases, the diagnostics, the graphs,
 * what each save changed and the scenario results. Never writes a file; stops on Ctrl-C (exit 130).
 */
export const dev: Command = {
  name: 'dev',
  summary: {
    zh: '编写主题时的实时预览（本机网页，保存即更新）',
    en: 'a live preview while writing themes (a local page that follows each save)',
  },
  help: {
    zh: `用法：tongban dev [主题文件夹] [--port 端口] [--profiles 文件夹] [--today YYYY-MM-DD]

监视主题文件夹（默认 themes）中的主题、目录、档案和测试场景文件，并在本机（127.0.0.1）提供一个网页：
主题列表；所选主题的问卷（可选用示例档案）、当前回答的结果和全部办事情形（点击即在问卷中打开）；每个文件的
问题（文件:行:列、代码、说明，有错误时覆盖在页面上，改好即消失）；问卷路线图和所选情形的办理流程图；每次保存
与上一次相比对各情形的影响（同 tongban diff）；测试场景的结果。每次保存后网页随即更新，已作的回答仍然适用的
都会保留。只读取文件，从不写入。按 Ctrl-C 停止。

选项：
  --port 端口        监听的端口（默认：任一空闲端口，启动时打印网址）
  --profiles 文件夹  示例档案所在的文件夹（默认 examples/profiles，存在时）
  --today 日期       问卷和分析所用的日期（默认今天）

退出码：130 按 Ctrl-C 停止；1 文件夹不存在、端口被占用；2 用法错误

示例：
  tongban dev
  tongban dev themes --port 8080`,
    en: `usage: tongban dev [themes-folder] [--port port] [--profiles folder] [--today YYYY-MM-DD]

Watches the themes, catalog, profile and scenario files of the folder (default: themes) and serves a page on
127.0.0.1: the theme list; for the chosen theme the questionnaire (with the example profiles), the outcome of
the answers and every case (a click opens it in the questionnaire); every file's problems (file:line:column,
code, message; over the page while there are errors, gone once fixed); the routing graph and the chosen
case's workflow; what each save changed compared with the previous one (as tongban diff says it); the
scenario results. The page follows each save and keeps the answers that still apply. Only reads files, never
writes. Stop with Ctrl-C.

Options:
  --port port        the port to listen on (default: any free port; the address is printed)
  --profiles folder  the example profiles (default: examples/profiles, when it exists)
  --today date       the date of the questionnaire and the analysis (default: today)

Exit codes: 130 stopped with Ctrl-C; 1 no such folder, or the port is taken; 2 usage

Examples:
  tongban dev
  tongban dev themes --port 8080`,
  },
  options: { port: { type: 'string' }, profiles: { type: 'string' }, today: { type: 'string' } },
  async run(context) {
    const { values, positionals, lang, io } = context;
    if (positionals.length > 1)
      throw new UsageError(t(lang, '只能给一个主题文件夹', 'give one themes folder'));
    const port = portInput(values.port, lang);
    const today = todayInput(values.today, context);
    const themesDir =
      positionals[0] === undefined ? defaultThemesDir(io.cwd) : pathOf(positionals[0], context);
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
  },
};

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
