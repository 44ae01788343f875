import type { Command } from '../command.js';

/** `tongban render <theme>`: the questionnaire graph, or one case's guide, workflow graph or outcome JSON. */
export const render: Command = {
  name: 'render',
  summary: {
    zh: '生成办事指南（Markdown）、Mermaid 图或 JSON',
    en: 'render a guide (Markdown), Mermaid graphs or JSON',
  },
  help: {
    zh: `用法：tongban render <主题文件> [--case 情形键 | --answers 文件|k=v,…] [--format md|mermaid|json|form-schema] [--graph questionnaire|workflow]
                      [--profile 文件] [--today YYYY-MM-DD]

不给情形时：mermaid 输出问卷的决策图（默认），json 输出编译后的主题。
给出情形（--case 用 tongban cases 打印的情形键，如 business=first&age=ge16-lt60；数字、日期题的区间键取区间内
的一个代表值），或用 --answers 给出回答时：md 输出办事指南（默认），mermaid 输出该情形的流程图，json 输出 Outcome，
form-schema 输出该情形一表申请的 JSON Schema（draft 2020-12，default 为预填数据）。

选项：
  --case 键          情形键（q=v&q2=v2；多选 a+b；是否题 yes/no；数字/日期为区间键）
  --answers 值       答案文件或 k=v,k2=v2（与 tongban run 相同）
  --format 格式      md | mermaid | json | form-schema（默认：有情形时 md，否则 mermaid）
  --graph 图         mermaid 的图：questionnaire（问卷决策图）| workflow（流程图，需要情形；有情形时默认）
  --profile 文件     档案（预填）
  --today 日期       计算所用的日期（默认今天）
  --explain          md 中加一节折叠的“规则”，列出每条的完整规则（供编写者核对）

退出码：0 完成；1 主题/档案/答案有问题，或情形键与主题不符；2 用法错误

示例：
  tongban render themes/hk-macau-permit.yaml --format mermaid > questionnaire.mmd
  tongban render themes/hk-macau-permit.yaml --case 'business=first&hukou=local&age=ge16-lt60&filed-status=none&endorse-now=no&collect=window'
  tongban render themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --format mermaid`,
    en: `usage: tongban render <theme> [--case key | --answers file|k=v,…] [--format md|mermaid|json|form-schema] [--graph questionnaire|workflow]
                      [--profile file] [--today YYYY-MM-DD]

Without a case: mermaid renders the questionnaire as a decision graph (default), json the compiled theme.
With a case (--case takes a key as tongban cases prints it, e.g. business=first&age=ge16-lt60; a band key of a
number or date question stands for a value inside the band) or --answers: md renders the guide (default),
mermaid the case's workflow graph, json its Outcome, form-schema the JSON Schema (draft 2020-12) of its one
application form, with the prefilled data as its default.

Options:
  --case key         a case key (q=v&q2=v2; several options a+b; yes/no; bands for numbers and dates)
  --answers value    an answers file or k=v,k2=v2 (as for tongban run)
  --format format    md | mermaid | json | form-schema (default: md with a case, mermaid without)
  --graph graph      the Mermaid graph: questionnaire (decision graph) | workflow (needs a case; the default
                     with one)
  --profile file     a profile (prefill)
  --today date       the date computations use (default: today)
  --explain          in md, add a collapsed "Rules" section with each entry's full rule (for authors)

Exit codes: 0 done; 1 a bad theme/profile/answers, or a case key that does not fit the theme; 2 usage

Examples:
  tongban render themes/hk-macau-permit.yaml --format mermaid > questionnaire.mmd
  tongban render themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --format mermaid`,
  },
  options: {
    case: { type: 'string' },
    answers: { type: 'string' },
    format: { type: 'string' },
    graph: { type: 'string' },
    profile: { type: 'string' },
    today: { type: 'string' },
    explain: { type: 'boolean' },
  },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/render.js').then((action) => action.run(context)),
};
