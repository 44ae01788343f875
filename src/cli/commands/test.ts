import type { Command } from '../command.js';

/** `tongban test [paths…]`: runs the authors' scenario files (`*.test.yaml`) against their themes. */
export const test: Command = {
  name: 'test',
  summary: { zh: '运行测试场景（*.test.yaml）', en: 'run scenario files (*.test.yaml)' },
  help: {
    zh: `用法：tongban test [路径…] [--format text|json|github]

运行路径（文件或文件夹，默认 themes）下的全部测试场景文件（*.test.yaml）：每个场景按给定回答走完问卷，
检查结果（情形、状态、事项、材料、时限、费用、到场次数、提示）是否符合预期。未通过的场景以带位置的诊断
报告（scenario-failed、scenario-invalid-answer），最后给出“n 个通过，m 个失败”。文件格式见 schemas/scenario.schema.json。

选项：
  --format 格式      text（默认）| json（{ passed, failed, files: [{ file, theme, results }] , diagnostics }）
                     | github（GitHub Actions 注释命令）

退出码：0 全部通过；1 有场景未通过、场景文件或主题有错误，或没有找到场景文件；2 用法错误

示例：
  tongban test
  tongban test themes/hk-macau-permit.test.yaml`,
    en: `usage: tongban test [paths…] [--format text|json|github]

Runs every scenario file (*.test.yaml) under the paths (files or folders, default: themes): each scenario
answers the questionnaire and checks the outcome (case, status, items, materials, days, fee, visits,
notices). Failures are located diagnostics (scenario-failed, scenario-invalid-answer), then a summary
"n passed, m failed". The file format is schemas/scenario.schema.json.

Options:
  --format format    text (default) | json ({ passed, failed, files: [{ file, theme, results }], diagnostics })
                     | github (GitHub Actions workflow commands)

Exit codes: 0 all passed; 1 a scenario failed, a scenario file or theme has errors, or no scenario file was
found; 2 usage

Examples:
  tongban test
  tongban test themes/hk-macau-permit.test.yaml`,
  },
  options: { format: { type: 'string', default: 'text' } },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/test.js').then((action) => action.run(context)),
};
