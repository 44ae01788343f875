import type { Command } from '../command.js';

/** `tongban build [themes-dir] --out dir`: every theme precompiled to JSON, for portals that run in browsers. */
export const build: Command = {
  name: 'build',
  summary: { zh: '把主题预编译为 JSON（浏览器只需运行时）', en: 'precompile themes to JSON for browsers' },
  help: {
    zh: `用法：tongban build [主题文件夹] --out 输出文件夹

把文件夹（默认 themes）中的每个主题编译为 <id>.json（编译后的主题，见 tongban 运行时的 CompiledTheme），
并写出 index.json（{ format, themes: [{ id, title, audience, tags, file }] }）。网页只需加载运行时入口和这些
JSON，不需要 YAML 解析器和模式校验器。只要有一个主题有错误，就不写任何文件。
先写进输出文件夹旁边的临时文件夹，再改名到位：失败时先前的输出保持原样。清单 .tongban-build.json 记下写出的文件；
下一次构建只替换或删除这些文件，会覆盖其他文件（如主题 id 为 index 或 package）时报告 output-conflict，什么都不写。

选项：
  --out 文件夹       输出文件夹（必需；不存在时创建）

退出码：0 完成；1 有主题有错误（或两个主题 id 相同）、会覆盖不是 build 写的文件、写不了输出；2 用法错误

示例：
  tongban build themes --out public/themes`,
    en: `usage: tongban build [themes-dir] --out dir

Compiles every theme of the folder (default: themes) to <id>.json (the compiled theme, the runtime's
CompiledTheme) and writes index.json ({ format, themes: [{ id, title, audience, tags, file }] }). A web page
then needs only the runtime entry and these files: no YAML parser, no schema validator. If any theme has an
error, nothing is written. The files are written into a temporary folder next to the output, then renamed into
place: a failure leaves the previous output as it was. The manifest .tongban-build.json lists what was written;
the next build replaces or removes those files only, and a file in the way that it did not write (a theme id
index or package) is output-conflict, with nothing written.

Options:
  --out dir          the output folder (required; created if missing)

Exit codes: 0 done; 1 a theme has errors (or two share an id), a file in the way, an unwritable output; 2 usage

Example:
  tongban build themes --out public/themes`,
  },
  options: { out: { type: 'string' } },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/build.js').then((action) => action.run(context)),
};
