import type { Command } from '../command.js';

/** `tongban run <theme>`: the questionnaire, interactive on a terminal, scripted from `--answers` otherwise. */
export const runTheme: Command = {
  name: 'run',
  summary: {
    zh: '回答问卷（终端上交互，否则按 --answers），输出办事情形、材料和流程',
    en: 'answer the questionnaire (interactive on a terminal, else from --answers) and print the outcome',
  },
  help: {
    zh: `用法：tongban run <主题文件> [--profile 文件] [--answers 文件|k=v,…] [--today YYYY-MM-DD] [--format text|json|md|form] [--width N]

在终端上（标准输入和输出都是终端）逐题提问：单选和是否题用方向键选择，多选题用空格勾选，数字和日期题直接输入；
每题下方有“← 上一题”和“修改之前的回答…”（数字、日期题输入 < 或 !）。回答后显示当前事项清单，最后输出结果。
不在终端上时按 --answers 作答；缺少某题的回答时报告该题及可选项，退出码 1。

选项：
  --profile 文件     一人一档/一企一档（YAML），用于预填问题
  --answers 值       答案文件（YAML/JSON：问题 id → 值）或 k=v,k2=v2；多选用 +（dishes=hot+cold），
                     是否题用 yes/no，数字和日期照写。终端上先用这些回答，再询问其余问题
  --today 日期       计算年龄、有效期等所用的日期（默认今天）
  --format 格式      text（默认：情形、事项、材料表、流程、合计）| json（Outcome，见 schemas/outcome.schema.json）
                     | md（Markdown 办事指南）| form（一表申请：合并后的表单，预填值标明来源）
  --explain          供编写者核对：在每条适用原因下列出完整规则（md 中为折叠的“规则”一节）
  --width N          text 格式按 N 个显示列排版（材料表等），与宽 N 列的终端相同；默认在终端上按终端宽度，
                     在管道中不换行（不读 COLUMNS）。N 为不小于 60 的整数

退出码：0 完成；1 主题/档案/答案有问题或缺少回答；2 用法错误；130 已取消（Ctrl-C）

示例：
  tongban run themes/hk-macau-permit.yaml --profile examples/profiles/shanghai-resident.yaml
  tongban run themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --today 2026-11-27
  tongban run themes/marriage.yaml --answers partner-identity=mainland,age=30 --format json`,
    en: `usage: tongban run <theme> [--profile file] [--answers file|k=v,…] [--today YYYY-MM-DD] [--format text|json|md|form] [--width N]

On a terminal (stdin and stdout both terminals) the questions are asked one by one: arrow keys for single
choice and yes/no, space to tick multiple choice, typing for numbers and dates; each question offers
"← previous question" and "change an earlier answer…" (type < or ! at number and date questions). The live
checklist is shown after each answer, and the outcome at the end.
Elsewhere the answers come from --answers; a missing answer names the question and its options (exit 1).

Options:
  --profile file     a person or enterprise profile (YAML) that prefills questions
  --answers value    an answers file (YAML/JSON: question id → value) or k=v,k2=v2; several options joined
                     by + (dishes=hot+cold), yes/no, numbers and dates as written. On a terminal these are
                     used first and the other questions are asked
  --today date       the date ages and expiry are computed against (default: today)
  --format format    text (default: case, items, materials, workflow, totals) | json (the Outcome,
                     schemas/outcome.schema.json) | md (a Markdown guide) | form (the one merged
                     application form, prefilled values marked with their source)
  --explain          for authors: show each entry's full rule under its reason (in md, a collapsed
                     "Rules" section)
  --width N          lay the text format (the materials table and more) out within N display columns, as a
                     terminal N columns wide does; by default the terminal's width, and no wrapping in a
                     pipe (COLUMNS is not read). N is a whole number of at least 60

Exit codes: 0 done; 1 a bad theme/profile/answers file or a missing answer; 2 usage; 130 cancelled (Ctrl-C)

Examples:
  tongban run themes/hk-macau-permit.yaml --profile examples/profiles/shanghai-resident.yaml
  tongban run themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --today 2026-11-27`,
  },
  options: {
    answers: { type: 'string' },
    profile: { type: 'string' },
    today: { type: 'string' },
    format: { type: 'string', default: 'text' },
    explain: { type: 'boolean' },
    width: { type: 'string' },
  },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/run.js').then((action) => action.run(context)),
};
