import { questionnaireRoutes } from '../../analyze/routes.js';
import { formSchema } from '../../forms/schema.js';
import { outcome } from '../../outcome/index.js';
import { markdownGuide, mermaidRoutes, mermaidWorkflow } from '../../render/index.js';
import { answersFromCaseKey } from '../../session/case.js';
import { caseOf } from '../../session/index.js';
import { caseKeyMessage } from '../case-key.js';
import type { CommandContext } from '../command.js';
import { t } from '../format/style.js';
import { applyGivenAnswers, reportMissing } from '../given-answers.js';
import {
  answersInput,
  formatInput,
  optionalProfile,
  positionalInput,
  themeInput,
  todayInput,
} from '../inputs.js';
import { UsageError } from '../io.js';
import { portable } from '../themes-dir.js';

const FORMATS = ['md', 'mermaid', 'json', 'form-schema'] as const;
const GRAPHS = ['questionnaire', 'workflow'] as const;

/** The `tongban render` command at work (its options and help are in commands/render.ts). */
export async function run(context: CommandContext): Promise<number> {
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
    values.graph === undefined ? (withCase ? 'workflow' : 'questionnaire') : formatGraph(values.graph, lang);
  if (graph === 'workflow' && !withCase)
    throw new UsageError(
      t(lang, '流程图需要 --case 或 --answers', 'the workflow graph needs --case or --answers'),
    );
  if (format === 'form-schema' && !withCase)
    throw new UsageError(
      t(lang, '表单需要 --case 或 --answers', 'the form schema needs --case or --answers'),
    );
  if (format === 'md' && !withCase)
    throw new UsageError(t(lang, '办事指南需要 --case 或 --answers', 'the guide needs --case or --answers'));
  const today = todayInput(values.today, context);
  const theme = await themeInput(file, context);
  if (!theme.ok) return theme.exit;
  if (!withCase || (format === 'mermaid' && graph === 'questionnaire')) {
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(portable(theme.value, io.cwd), null, 2)}\n`
        : mermaidRoutes(
            theme.value,
            questionnaireRoutes(theme.value, today === undefined ? {} : { today }, lang),
            lang,
          ),
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
  const applied = applyGivenAnswers(theme.value, profile.value, today, given, context);
  if (!applied.ok) return applied.exit;
  if (applied.missing) return reportMissing(applied.missing, context);
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
}

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
