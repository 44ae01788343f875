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
import type { Command } from '../command.js';
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
  async run(context) {
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
      io.stdout.write(
        `${errors > 0 ? s.red(summary) : warnings > 0 ? s.yellow(summary) : s.green(summary)}\n`,
      );
    }
    return errors > 0 ? 1 : 0;
  },
};
