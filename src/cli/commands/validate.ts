import type { Command } from '../command.js';

/** `tongban validate [paths…]`: every diagnostic of the themes, catalogs, profiles and scenario files. */
export const validate: Command = {
  name: 'validate',
  summary: {
    zh: '检查主题、目录、档案和测试场景文件，报告所有问题',
    en: 'check theme, catalog, profile and scenario files and report every problem',
  },
  help: {
    zh: `用法：tongban validate [路径…] [--format text|json|github|sarif] [--today YYYY-MM-DD]

检查路径（文件或文件夹，默认 themes）下的全部 YAML 文件：catalog/ 文件夹中的是目录文件，*.test.yaml 是测试场景，
顶层有 kind: person|enterprise 的是档案，其余是主题。主题连同它引用的目录一起加载，再做分析检查（问不到的问题、
死路、不起作用的问题和选项、未使用的目录条目等）。每个问题一行：文件:行:列  级别  代码  说明。
检查 5 个以上文件时，若标准错误是终端，在其上显示进度（已检查/总数）；管道和日志中不输出进度。

选项：
  --format 格式      text（默认）| json（Diagnostic 数组）| github（GitHub Actions 注释命令 ::error file=…）
                     | sarif（SARIF 2.1.0，用于代码扫描）
  --today 日期       分析所用的日期（默认今天）

退出码：0 没有错误（可以有警告）；1 有错误；2 用法错误

示例：
  tongban validate
  tongban validate themes/hk-macau-permit.yaml examples/profiles
  tongban validate themes --format sarif > tongban.sarif`,
    en: `usage: tongban validate [paths…] [--format text|json|github|sarif] [--today YYYY-MM-DD]

Checks every YAML file under the paths (files or folders, default: themes): files in a catalog/ folder are
catalog files, *.test.yaml scenario files, files with a top-level kind: person|enterprise profiles, the rest
themes. Themes are loaded with the catalog they name, then analysed (questions never asked, dead ends,
questions and options without effect, unused catalog entries…). One line per problem:
file:line:column  severity  code  message. Checking more than 5 files shows progress (files done/total) on
stderr when it is a terminal; pipes and logs get none.

Options:
  --format format    text (default) | json (an array of Diagnostic) | github (GitHub Actions workflow
                     commands ::error file=…) | sarif (SARIF 2.1.0 for code scanning)
  --today date       the date the analysis uses (default: today)

Exit codes: 0 no errors (warnings allowed); 1 errors; 2 usage

Examples:
  tongban validate
  tongban validate themes --format github`,
  },
  options: { format: { type: 'string', default: 'text' }, today: { type: 'string' } },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/validate.js').then((action) => action.run(context)),
};
