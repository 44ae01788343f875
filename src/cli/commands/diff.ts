import { DEFAULT_MAX_CASES } from '../../analyze/limits.js';
import type { Command } from '../command.js';

/** `tongban diff <old> <new>`: how a new version of a theme changes what citizens get, case by case. */
export const diff: Command = {
  name: 'diff',
  summary: {
    zh: '比较主题的两个版本对各办事情形的影响',
    en: 'the impact of a new theme version, case by case',
  },
  help: {
    zh: `用法：tongban diff <旧主题文件> <新主题文件> [--format text|json] [--today YYYY-MM-DD] [--max-cases N] [--examples N]

比较同一主题两个版本的全部答题路径：新增和删除的路径，以及结果有变化的路径（事项、材料、时限、费用、到场次数、
状态、提示），相同的变化归为一组，并说明在什么回答下出现；两版按双方的全部分界比较，新问题只报告它带来的变化。
不改变结果的变化（提示的类型、文字和依据，事项的收费和时限，办理地点，主动提醒）列在最后。
然后按情形（结果相同的路径）报告：结果有变化的情形，合并、拆分、新增和删除的情形（较多时只计数）。
两个文件各自按其 catalog 加载目录，例如两个 git 检出目录中的文件：
  git worktree add /tmp/old v1.0 && tongban diff /tmp/old/themes/a.yaml themes/a.yaml

选项：
  --format 格式      text（默认）| json（PolicyDiff，情形的变化在 situations）
  --today 日期       枚举情形所用的日期（默认今天）
  --max-cases N      每个版本最多枚举 N 条答题路径（默认 ${DEFAULT_MAX_CASES}）
  --examples N       每组变化列出的规则行数（默认 5；无规则时为示例路径数）
  --exit-code        报告列出任何变化时退出码为 1（便于在 CI 中提醒）：路径和情形的变化、问题的增删、分界的
                     移动、表单和字段的变化，以及不改变任何路径的办事细节的变化（如提示的文字或依据）

退出码：0 完成（用 --exit-code 时：没有任何变化）；1 主题有错误（用 --exit-code 时：也包括有变化）；2 用法错误`,
    en: `usage: tongban diff <old-theme> <new-theme> [--format text|json] [--today YYYY-MM-DD] [--max-cases N] [--examples N]

Compares every answer path of two versions of a theme: paths added and removed, and paths whose outcome changes
(items, materials, days, fee, visits, status, notices), identical changes grouped and named by the answers where
they happen; both versions are compared at the thresholds of either, and a new question reports only what its
answers change. Then per situation (paths with the same outcome): situations whose outcome changes, merged,
split, added and removed (only counted when there are many). Changes that change no outcome (a notice's
kind, wording or legal basis, an item's fee or time limit, venues, triggers) come last. Each file loads the catalog it names, e.g. files of two git checkouts:
  git worktree add /tmp/old v1.0 && tongban diff /tmp/old/themes/a.yaml themes/a.yaml

Options:
  --format format    text (default) | json (the PolicyDiff; situation changes in situations)
  --today date       the date the enumeration uses (default: today)
  --max-cases N      enumerate at most N answer paths of each version (default ${DEFAULT_MAX_CASES})
  --examples N       rule rows shown per group of changes (default 5; example paths where it has none)
  --exit-code        exit 1 when the report lists any change (for CI): paths and situations, questions added
                     or dropped, thresholds moved, forms and fields, and service details that change no
                     path (such as a notice's wording or legal basis)

Exit codes: 0 done (with --exit-code: nothing changed); 1 a theme has errors (with --exit-code: also when
anything changed); 2 usage`,
  },
  options: {
    format: { type: 'string', default: 'text' },
    today: { type: 'string' },
    'max-cases': { type: 'string' },
    examples: { type: 'string' },
    'exit-code': { type: 'boolean' },
  },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/diff.js').then((action) => action.run(context)),
};
