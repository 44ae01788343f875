import { relative } from 'node:path';
import { sortDiagnostics } from '../../load/report.js';
import { localizeDiagnostic } from '../../messages/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { projectRoot, yamlFiles } from '../../node/files.js';
import { CatalogCache } from '../../node/load.js';
import { runScenarioFile } from '../../node/scenarios.js';
import type { CommandContext } from '../command.js';
import { ThemeIds } from '../duplicate-ids.js';
import { escapeControls } from '../format/escape.js';
import { formatGithub } from '../format/github.js';
import { styleOf, t } from '../format/style.js';
import { formatDiagnosticsText } from '../format-diagnostics.js';
import { formatInput, pathOf } from '../inputs.js';

const FORMATS = ['text', 'json', 'github'] as const;

/** The `tongban test` command at work (its options and help are in commands/test.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  const format = formatInput(values.format, FORMATS, lang);
  const paths = positionals.length > 0 ? positionals : ['themes'];
  const found = new Set<string>();
  const problems: Diagnostic[] = [];
  const rootOf = new Map<string, string>();
  for (const path of paths.map((p) => pathOf(p, context))) {
    const root = context.root ?? (await projectRoot(path));
    const listing = await yamlFiles(path, { scenarios: true, root });
    problems.push(...listing.problems);
    for (const file of listing.files) {
      found.add(file);
      if (!rootOf.has(file)) rootOf.set(file, root);
    }
  }
  const files = [...found];
  if (files.length === 0 && problems.length === 0) {
    io.stderr.write(
      `${t(lang, `没有找到测试场景文件（*.test.yaml）：${paths.join(' ')}`, `no scenario files (*.test.yaml) in ${paths.join(' ')}`)}\n`,
    );
    return 1;
  }
  const s = styleOf(context.color);
  const cache = new CatalogCache();
  const diagnostics: Diagnostic[] = [...problems];
  const ids = new ThemeIds(io.cwd);
  if (format === 'text') io.stdout.write(formatDiagnosticsText(problems, lang, io.cwd, context.color));
  const summaries: { file: string; theme: string; results: { name: string; ok: boolean }[] }[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const ran = await runScenarioFile(file, { cache, root: rootOf.get(file) as string });
    const shown = relative(io.cwd, file) || file;
    const duplicate = ran.loaded ? await ids.add(ran.loaded.theme.id, ran.theme) : [];
    const fileDiagnostics = sortDiagnostics([...ran.diagnostics, ...duplicate]);
    diagnostics.push(...fileDiagnostics);
    // A file that could not run (unreadable, bad theme) counts as one failure.
    if (ran.results.length === 0) failed++;
    for (const result of ran.results) result.ok ? passed++ : failed++;
    summaries.push({
      file: shown,
      theme: ran.theme === '' ? '' : relative(io.cwd, ran.theme) || ran.theme,
      results: ran.results.map((r) => ({ name: r.name, ok: r.ok })),
    });
    if (format !== 'text') continue;
    io.stdout.write(`${s.bold(escapeControls(shown))}\n`);
    for (const result of ran.results)
      io.stdout.write(`  ${result.ok ? s.green('✓') : s.red('✗')} ${escapeControls(result.name)}\n`);
    io.stdout.write(formatDiagnosticsText(fileDiagnostics, lang, io.cwd, context.color));
  }
  const errors = diagnostics.some((d) => d.severity === 'error');
  const ok = failed === 0 && !errors;
  if (format === 'json')
    io.stdout.write(
      `${JSON.stringify({ passed, failed, files: summaries, diagnostics: diagnostics.map((d) => localizeDiagnostic(d, lang)) }, null, 2)}\n`,
    );
  else if (format === 'github') io.stdout.write(formatGithub(diagnostics, lang, io.cwd));
  if (format !== 'json') {
    const summary = t(lang, `${passed} 个通过，${failed} 个失败`, `${passed} passed, ${failed} failed`);
    (format === 'text' ? io.stdout : io.stderr).write(`${ok ? s.green(summary) : s.red(summary)}\n`);
  }
  return ok ? 0 : 1;
}
