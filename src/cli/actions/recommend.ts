import { relative } from 'node:path';
import type { Lang } from '../../messages/index.js';
import type { Recommendation } from '../../profile/index.js';
import { recommend as rank } from '../../profile/index.js';
import type { CommandContext } from '../command.js';
import { escapeControls } from '../format/escape.js';
import { styleOf, t } from '../format/style.js';
import { formatInput, pathOf, printDiagnostics, profileInput, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { defaultThemesDir, loadThemesIn } from '../themes-dir.js';

const FORMATS = ['text', 'json'] as const;

/** The `tongban recommend` command at work (its options and help are in commands/recommend.ts). */
export async function run(context: CommandContext): Promise<number> {
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
  } else io.stdout.write(recommendationsText(ranked, profile.value.name, today, lang, context.color, fileOf));
  return loaded.errors.length > 0 ? 1 : 0;
}

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
  // 免申即享: what is granted without an application is reported as done, apart from what to apply for.
  const granted = ranked.filter((r) => r.granted === true);
  const toApply = ranked.filter((r) => r.granted !== true);
  const lines = grantedLines(granted, who, lang, s);
  if (toApply.length === 0) {
    if (granted.length > 0) return `${lines.join('\n')}\n`;
    return `${t(lang, `没有为${who}推荐的主题（${today}）`, `No theme to recommend for ${who} (${today})`)}\n`;
  }
  if (lines.length > 0) lines.push('');
  lines.push(
    s.bold(t(lang, `为${who}推荐的主题（${today}）：`, `Themes recommended for ${who} (${today}):`)),
  );
  toApply.forEach((r, i) => {
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

/** The benefits granted without any application (免申即享), one line each: nothing to apply for. */
function grantedLines(
  granted: readonly Recommendation[],
  who: string,
  lang: Lang,
  s: ReturnType<typeof styleOf>,
): string[] {
  if (granted.length === 0) return [];
  const lines = [
    s.bold(
      t(
        lang,
        `已为${who}自动办理（免申即享，无需申请）：`,
        `Granted to ${who} without any application (免申即享):`,
      ),
    ),
  ];
  granted.forEach((r, i) => {
    const benefits = r.reasons.flatMap((reason) => (reason.grants === undefined ? [] : [reason.grants]));
    lines.push(`${i + 1}. ${s.bold(benefits.join(t(lang, '、', ', ')))}（${r.theme.title}）`);
    for (const reason of r.reasons) lines.push(`   · ${reason.message}`);
  });
  return lines;
}
