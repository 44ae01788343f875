import type { Command } from '../command.js';

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
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/dev.js').then((action) => action.run(context)),
};
