import { formSchema } from '../../forms/schema.js';
import { outcome } from '../../outcome/index.js';
import { markdownGuide, mermaidQuestionnaire, mermaidWorkflow } from '../../render/index.js';
import { answersFromCaseKey } from '../../session/case.js';
import { caseOf } from '../../session/index.js';
import { caseKeyMessage } from '../case-key.js';
import type { Command } from '../command.js';
import { escapeControls } from '../format/escape.js';
import { t } from '../format/style.js';
import {
  answersInput,
  formatInput,
  optionalProfile,
  positionalInput,
  themeInput,
  todayInput,
} from '../inputs.js';
import { UsageError } from '../io.js';
import { applyAnswers, missingAnswerMessage, rejectedMessage, startSession } from '../scripted.js';
import { portable } from '../themes-dir.js';

const FORMATS = ['md', 'mermaid', 'json', 'form-schema'] as const;
const GRAPHS = ['questionnaire', 'workflow'] as const;

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
  tongban render themes/hk-macau-permit.yaml --case 'business=first&hukou=local&age=ge16&filed-status=none&endorse-now=no'
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
  async run(context) {
    const { values, positionals, lang, io } = context;
    const file = positionalInput(positionals, 0, { zh: '主题文件', en: 'a theme file' }, lang);
    if (positionals.length > 1) throw new UsageError(t(lang, '只能给一个主题文件', 'give one theme file'));
    const caseKey = typeof values.case === 'string' ? values.case : undefined;
    const answersSpec = typeof values.answers === 'string' ? values.answers : undefined;
    if (caseKey !== undefined && answersSpec !== undefined)
      throw new UsageError(t(lang, '--case 和 --answers 只能给一个', 'give --case or --answers, not both'));
    const withCase = caseKey !== undefined || answersSpec !== undefined;
    const format = formatInput(values.format ?? (withCase ? 'md' : 'mermaid'), FORMATS, lang);
    const graph =
      values.graph === undefined
        ? withCase
          ? 'workflow'
          : 'questionnaire'
        : formatGraph(values.graph, lang);
    if (graph === 'workflow' && !withCase)
      throw new UsageError(
        t(lang, '流程图需要 --case 或 --answers', 'the workflow graph needs --case or --answers'),
      );
    if (format === 'form-schema' && !withCase)
      throw new UsageError(
        t(lang, '表单需要 --case 或 --answers', 'the form schema needs --case or --answers'),
      );
    if (format === 'md' && !withCase)
      throw new UsageError(
        t(lang, '办事指南需要 --case 或 --answers', 'the guide needs --case or --answers'),
      );
    const today = todayInput(values.today, context);
    const theme = await themeInput(file, context);
    if (!theme.ok) return theme.exit;
    if (!withCase || (format === 'mermaid' && graph === 'questionnaire')) {
      io.stdout.write(
        format === 'json'
          ? `${JSON.stringify(portable(theme.value, io.cwd), null, 2)}\n`
          : mermaidQuestionnaire(theme.value, lang),
      );
      return 0;
    }
    const profile = await optionalProfile(values.profile, context);
    if (!profile.ok) return profile.exit;
    let given: ReadonlyMap<string, unknown>;
    if (caseKey !== undefined) {
      const parsed = answersFromCaseKey(theme.value, caseKey, { today });
      if (!parsed.ok) {
        io.stderr.write(`--case: ${caseKeyMessage(parsed.error, theme.value, lang)}\n`);
        return 1;
      }
      given = parsed.answers;
    } else {
      const read = await answersInput(answersSpec as string, context);
      if (!read.ok) return read.exit;
      given = read.value;
    }
    const applied = applyAnswers(startSession(theme.value, profile.value, today), given);
    for (const id of applied.unknown)
      io.stderr.write(
        `${escapeControls(t(lang, `忽略未知的问题“${id}”`, `ignoring unknown question "${id}"`))}\n`,
      );
    if (applied.rejected) {
      io.stderr.write(`${rejectedMessage(applied.rejected, applied.session.theme, lang)}\n`);
      return 1;
    }
    if (applied.missing) {
      io.stderr.write(`${missingAnswerMessage(applied.missing, lang)}\n`);
      return 1;
    }
    const reached = caseOf(applied.session).key;
    if (caseKey !== undefined && reached !== caseKey) {
      io.stderr.write(
        `${t(lang, `情形键与主题不符，得到的情形是：${reached}`, `the case key does not fit the theme; the answers reach: ${reached}`)}\n`,
      );
      return 1;
    }
    const result = outcome(applied.session);
    if (format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (format === 'form-schema') {
      const title = `${theme.value.title} · ${t(lang, '一表申请', 'application form')}`;
      const schema = formSchema(result.form, { title, id: `urn:tongban:form:${theme.value.id}:${reached}` });
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    } else if (format === 'md')
      io.stdout.write(markdownGuide(result, theme.value, lang, { rules: values.explain === true }));
    else io.stdout.write(mermaidWorkflow(result, theme.value, lang));
    return 0;
  },
};

function formatGraph(value: unknown, lang: 'zh' | 'en'): (typeof GRAPHS)[number] {
  const graph = String(value);
  if ((GRAPHS as readonly string[]).includes(graph)) return graph as (typeof GRAPHS)[number];
  throw new UsageError(
    t(
      lang,
      `--graph 只能是 questionnaire | workflow（得到“${graph}”）`,
      `--graph: questionnaire | workflow (got "${graph}")`,
    ),
  );
}
