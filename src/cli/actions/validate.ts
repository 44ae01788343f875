import { setFlagsFromString } from 'node:v8';
import { sortDiagnostics } from '../../load/report.js';
import { countOf, diagnosticCounts, localizeDiagnostic } from '../../messages/index.js';
import { describeCode } from '../analysis.js';
import { classifyPaths } from '../classify.js';
import type { CommandContext } from '../command.js';
import { formatGithub } from '../format/github.js';
import { formatSarif } from '../format/sarif.js';
import { styleOf, t } from '../format/style.js';
import { formatDiagnosticsText } from '../format-diagnostics.js';
import { formatInput, todayInput } from '../inputs.js';
import { progressLine } from '../progress.js';
import { unique } from '../themes-dir.js';
import { VERSION } from '../version.js';
import { validateFiles } from './validate-files.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
/** How much V8 may grow the heap over what was live after a full collection, in percent (see `run`). */
const HEAP_GROWING_PERCENT = 60;
/**
 * A run of at least this many files is a large library: only there is the heap kept tight (see `run`). Below
 * it the tight heap's extra full collections cost more time than its memory is worth: a 150-theme library
 * (1.3 MB of catalog) peaks at about 190 MiB with V8's own growth against 155 MiB kept tight, for 4 full
 * collections rather than 10 and a third of the time spent in them.
 */
const LIBRARY_RUN_FROM = 500;
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
  // The catalog stays in memory for the whole run while each theme's load and analysis leave garbage behind:
  // V8 would let the heap grow to up to four times what is live before collecting it in full (an 800 MiB peak
  // for a 1,500-theme library); growing it by at most 60% keeps the peak near what is live, for about a tenth
  // more CPU time spent collecting, most of it on the collector's own threads. The flag holds for the rest of
  // the process, so a run of a few files (or a host process calling `run`) is left with V8's default.
  if (files.length >= LIBRARY_RUN_FROM) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // More than a few files can take a while: say how far along the run is, on a terminal only.
  const progress = progressLine(io, files.length > PROGRESS_FROM);
  const checking = (done: number) =>
    progress.show(
      done < files.length
        ? t(
            lang,
            `检查中：${done}/${countOf(files.length, 'file', lang)}…`,
            `checking: ${done}/${countOf(files.length, 'file', lang)}…`,
          )
        : t(
            lang,
            `检查中：${done}/${countOf(files.length, 'file', lang)}，分析主题…`,
            `checking: ${done}/${countOf(files.length, 'file', lang)}, analysing the themes…`,
          ),
    );
  const diagnostics = [
    ...classified.problems,
    ...(await validateFiles(files, { cwd: io.cwd, today, progress: checking })),
  ];
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
