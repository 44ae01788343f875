import { relative } from 'node:path';
import type { Lang } from '../../messages/index.js';
import type { Recommendation } from '../../profile/index.js';
import { recommend as rank } from '../../profile/index.js';
import type { Command } from '../command.js';
import { escapeControls } from '../format/escape.js';
import { styleOf, t } from '../format/style.js';
import { formatInput, pathOf, printDiagnostics, profileInput, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { defaultThemesDir, loadThemesIn } from '../themes-dir.js';

const FORMATS = ['text', 'json'] as const;

/** `tongban recommend --profile file`: the themes a profile calls for (主动提醒), ranked, with reasons. */
export const recommend: Command = {
  name: 'recommend',
  summary: { zh: '根据档案推荐主题（主动提醒）', en: 'recommend themes for a profile' },
  help: {
    zh: `用法：tongban recommend --profile 文件 [--today YYYY-MM-DD] [--themes 文件夹] [--format text|json]

按档案（一人一档/一企一档）和各主题的触发条件（triggers）与标签，对主题排序，并给出原因和所依据的事实。

选项：
  --profile 文件     档案（必需）
  --today 日期       计算年龄、证照剩余天数等所用的日期（默认今天）
  --themes 文件夹    主题所在的文件夹（默认当前目录的 themes，没有时用随包附带的主题）
  --format 格式      text（默认）| json（{ today, recommendations }，每项含 theme、score、reasons、tags、file）

退出码：0 完成（没有推荐也是 0）；1 档案或某个主题有错误；2 用法错误

示例：
  tongban recommend --profile examples/profiles/shanghai-resident.yaml --today 2026-11-27`,
    en: `usage: tongban recommend --profile file [--today YYYY-MM-DD] [--themes dir] [--format text|json]

Ranks the themes by a profile (person or enterprise) against each theme's triggers and tags, with the
reasons and the facts they used.

Options:
  --profile file     the profile (required)
  --today date       the date for ages and days until expiry (default: today)
  --themes dir       where the themes are (default: themes/ in the working directory, else the bundled ones)
  --format format    text (default) | json ({ today, recommendations }, each with theme, score, reasons, tags, file)

Exit codes: 0 done (also with no recommendation); 1 a bad profile or theme; 2 usage

Example:
  tongban recommend --profile examples/profiles/shanghai-resident.yaml --today 2026-11-27`,
  },
  options: {
    profile: { type: 'string' },
    today: { type: 'string' },
    themes: { type: 'string' },
    format: { type: 'string', default: 'text' },
  },
  async run(context) {
    const { values, positionals, lang, io } = context;
    if (typeof values.profile !== 'string')
      throw new UsageError(t(lang, '需要 --profile 档案文件', '--profile is required'));
    if (positionals.length > 0)
      throw new UsageError(
        t(lang, `多余的参数：${positionals.join(' ')}`, `unexpected arguments: ${positionals.join(' ')}`),
      );
    const format = formatInput(values.format, FORMATS, lang);
    const today = todayInput(values.today, context);
    const profile = await profileInput(values.profile, context);
    if (!profile.ok) return profile.exit;
    const dir = typeof values.themes === 'string' ? pathOf(values.themes, context) : defaultThemesDir(io.cwd);
    const loaded = await loadThemesIn(dir, io.cwd, context.root);
    if (loaded.errors.length > 0) printDiagnostics(loaded.errors, context);
    if (loaded.files === 0 || (loaded.themes.length === 0 && loaded.errors.length === 0)) {
      io.stderr.write(`${t(lang, `在 ${dir} 中没有找到主题`, `no themes found in ${dir}`)}\n`);
      return 1;
    }
    const ranked = rank(
      profile.value,
      loaded.themes.map((x) => x.theme),
      { today },
    );
    const fileOf = new Map(loaded.themes.map((x) => [x.theme.id, relative(io.cwd, x.file) || x.file]));
    if (format === 'json') {
      const recommendations = ranked.map((r) => ({ ...r, file: fileOf.get(r.theme.id) ?? '' }));
      io.stdout.write(`${JSON.stringify({ today, recommendations }, null, 2)}\n`);
    } else
      io.stdout.write(recommendationsText(ranked, profile.value.name, today, lang, context.color, fileOf));
    return loaded.errors.length > 0 ? 1 : 0;
  },
};

function recommendationsText(
  ranked: readonly Recommendation[],
  name: string | undefined,
  today: string,
  lang: Lang,
  color: boolean,
  fileOf: ReadonlyMap<string, string>,
): string {
  const s = styleOf(color);
  const who = name === undefined ? t(lang, '该档案', 'this profile') : escapeControls(name);
  if (ranked.length === 0)
    return `${t(lang, `没有为${who}推荐的主题（${today}）`, `No theme to recommend for ${who} (${today})`)}\n`;
  const lines = [
    s.bold(t(lang, `为${who}推荐的主题（${today}）：`, `Themes recommended for ${who} (${today}):`)),
  ];
  ranked.forEach((r, i) => {
    lines.push(
      `${i + 1}. ${s.bold(r.theme.title)}  ${s.dim(`${fileOf.get(r.theme.id) ?? r.theme.id} · ${t(lang, '得分', 'score')} ${r.score}`)}`,
    );
    for (const reason of r.reasons) {
      lines.push(`   · ${reason.message}`);
      if (reason.facts.length > 0) {
        const facts = reason.facts.map((f) => `${f.label}${t(lang, '：', ': ')}${f.text}`);
        lines.push(`     ${s.dim(`${t(lang, '依据：', 'facts: ')}${facts.join(t(lang, '；', '; '))}`)}`);
      }
    }
    if (r.tags.length > 0)
      lines.push(
        `   · ${t(lang, '共同标签：', 'shared tags: ')}${escapeControls(r.tags.join(t(lang, '、', ', ')))}`,
      );
  });
  return `${lines.join('\n')}\n`;
}
