import type { CatalogResult } from '../../load/catalog.js';
import { loadProfile } from '../../load/profile.js';
import { sortDiagnostics } from '../../load/report.js';
import { countOf, diagnosticCounts, localizeDiagnostic } from '../../messages/index.js';
import type { Catalog } from '../../model/catalog.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { CompiledTheme } from '../../model/theme.js';
import { ReadAhead, readSource } from '../../node/files.js';
import { CatalogCache, loadThemeFile } from '../../node/load.js';
import { analysisDiagnostics, describeCode } from '../analysis.js';
import { classifyPaths } from '../classify.js';
import type { CommandContext } from '../command.js';
import { DuplicateIds } from '../duplicate-ids.js';
import { formatGithub } from '../format/github.js';
import { formatSarif } from '../format/sarif.js';
import { styleOf, t } from '../format/style.js';
import { formatDiagnosticsText } from '../format-diagnostics.js';
import { formatInput, todayInput } from '../inputs.js';
import { progressLine } from '../progress.js';
import { scenarioFileDiagnostics } from '../scenarios.js';
import { unique } from '../themes-dir.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
/** A run of more files than this shows its progress on a terminal. */
const PROGRESS_FROM = 5;

/** The `tongban validate` command at work (its options and help are in commands/validate.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  const format = formatInput(values.format, FORMATS, lang);
  const today = todayInput(values.today, context);
  const paths = positionals.length > 0 ? positionals : ['themes'];
  const classified = await classifyPaths(paths, io.cwd, context.root);
  const files = classified.files;
  if (files.length === 0 && classified.problems.length === 0) {
    io.stderr.write(
      `${t(lang, `没有找到 YAML 文件：${paths.join(' ')}`, `no YAML files found in ${paths.join(' ')}`)}\n`,
    );
    return 1;
  }
  const ahead = new ReadAhead(files.filter((entry) => entry.kind === 'theme').map((entry) => entry.file));
  const readFile = (file: string) => ahead.read(file);
  const cache = new CatalogCache();
  const diagnostics: Diagnostic[] = [...classified.problems];
  const themeIds = new DuplicateIds(io.cwd);
  const catalogs = new Set<CatalogResult>();
  const addCatalog = (catalog: CatalogResult | undefined) => {
    if (!catalog || catalogs.has(catalog)) return;
    catalogs.add(catalog);
    diagnostics.push(...catalog.diagnostics);
  };
  // Themes by the catalog they loaded with, for the analysis; `whole` once the catalog folder itself is in.
  const groups = new Map<Catalog, { themes: CompiledTheme[]; whole: boolean }>();
  const group = (catalog: Catalog) => {
    const found = groups.get(catalog) ?? { themes: [], whole: false };
    groups.set(catalog, found);
    return found;
  };
  // More than a few files can take a while: say how far along the run is, on a terminal only.
  const progress = progressLine(io, files.length > PROGRESS_FROM);
  let done = 0;
  for (const entry of files) {
    progress.show(
      t(
        lang,
        `检查中：${done}/${countOf(files.length, 'file', lang)}…`,
        `checking: ${done}/${countOf(files.length, 'file', lang)}…`,
      ),
    );
    done++;
    if (entry.kind === 'catalog') {
      const catalog = await cache.get([entry.catalogRoot as string], entry.root);
      addCatalog(catalog);
      if (catalog.ok) group(catalog.catalog).whole = true;
    } else if (entry.kind === 'profile') {
      const read = await readSource(entry.file);
      diagnostics.push(...(read.ok ? loadProfile(read.source).diagnostics : [read.diagnostic]));
    } else if (entry.kind === 'scenario') diagnostics.push(...(await scenarioFileDiagnostics(entry.file)));
    else {
      const loaded = await loadThemeFile(entry.file, { cache, read: readFile, root: entry.root });
      addCatalog(loaded.catalog);
      // A failed catalog's diagnostics are in the theme's result too: `unique` keeps one of each.
      diagnostics.push(...loaded.result.diagnostics);
      diagnostics.push(...themeIds.add(loaded));
      if (loaded.result.ok && loaded.catalog?.ok)
        group(loaded.catalog.catalog).themes.push(loaded.result.theme);
    }
  }
  progress.show(
    t(
      lang,
      `检查中：${done}/${countOf(files.length, 'file', lang)}，分析主题…`,
      `checking: ${done}/${countOf(files.length, 'file', lang)}, analysing the themes…`,
    ),
  );
  const catalogsWithThemes = [...groups].map(([catalog, g]) => ({ catalog, ...g }));
  diagnostics.push(...analysisDiagnostics(catalogsWithThemes, today));
  progress.clear();
  const sorted = sortDiagnostics(unique(diagnostics));
  const errors = sorted.filter((d) => d.severity === 'error').length;
  if (format === 'json')
    io.stdout.write(
      `${JSON.stringify(
        sorted.map((d) => localizeDiagnostic(d, lang)),
        null,
        2,
      )}\n`,
    );
  else if (format === 'github') io.stdout.write(formatGithub(sorted, lang, io.cwd));
  else if (format === 'sarif')
    io.stdout.write(
      `${JSON.stringify(
        formatSarif(sorted, lang, io.cwd, VERSION, (code) => describeCode(code, lang)),
        null,
        2,
      )}\n`,
    );
  else {
    io.stdout.write(formatDiagnosticsText(sorted, lang, io.cwd, context.color));
    const s = styleOf(context.color);
    const warnings = sorted.length - errors;
    const checked = countOf(files.length, 'file', lang);
    const counts = diagnosticCounts(sorted, lang);
    const summary = t(lang, `检查了 ${checked}：${counts}`, `${checked} checked: ${counts}`);
    io.stdout.write(`${errors > 0 ? s.red(summary) : warnings > 0 ? s.yellow(summary) : s.green(summary)}\n`);
  }
  return errors > 0 ? 1 : 0;
}
