import { DEFAULT_MAX_CASES } from '../../analyze/limits.js';
import type { Command } from '../command.js';

/** Progress is reported every this many cases (only on long runs, only on a terminal or with --progress). */
export const PROGRESS_EVERY = 1000;

/** `tongban cases <theme>`: every smallest-granularity case of a theme, streamed as it is found. */
export const cases: Command = {
  name: 'cases',
  summary: { zh: '列出主题的全部办事情形', en: 'list every case of a theme' },
  help: {
    zh: `用法：tongban cases <主题文件> [--format table|csv|json] [--max-cases N] [--profile 文件] [--today YYYY-MM-DD] [--progress]

逐个列出问卷的全部最小颗粒度办事情形（边找边输出，不先全部收集）：情形、情形键、状态、事项数、需提交材料数、
关键路径时限（工作日）、费用（元）、到场次数。情形键可交给 tongban render --case 使用。

选项：
  --format 格式      table（默认，给人看）| csv（RFC 4180）| json（CaseSummary 数组）
  --max-cases N      最多列出 N 个情形（默认 ${DEFAULT_MAX_CASES}；all 表示不限）；达到上限时在标准错误输出说明
  --profile 文件     按档案预填的问题不再分支
  --today 日期       计算日期区间和派生事实所用的日期（默认今天）
  --progress         总在标准错误输出进度（默认只在标准错误是终端时，每 ${PROGRESS_EVERY} 个情形一次）

退出码：0 完成（包括达到上限）；1 主题或档案有问题；2 用法错误

示例：
  tongban cases themes/hk-macau-permit.yaml
  tongban cases themes/open-restaurant.yaml --format csv > cases.csv`,
    en: `usage: tongban cases <theme> [--format table|csv|json] [--max-cases N] [--profile file] [--today YYYY-MM-DD] [--progress]

Lists every smallest-granularity case of the questionnaire as it is found (nothing is collected first): the
case, its key, status, number of items, materials to hand in, critical-path working days, fee (yuan) and
visits. A case key can be passed to tongban render --case.

Options:
  --format format    table (default, for people) | csv (RFC 4180) | json (an array of CaseSummary)
  --max-cases N      stop after N cases (default ${DEFAULT_MAX_CASES}; all for no limit); says so on stderr
  --profile file     questions the profile prefills are not branched on
  --today date       the date for date bands and derived facts (default: today)
  --progress         always report progress on stderr (by default only when stderr is a terminal, every
                     ${PROGRESS_EVERY} cases)

Exit codes: 0 done (also when capped); 1 a bad theme or profile; 2 usage

Examples:
  tongban cases themes/hk-macau-permit.yaml
  tongban cases themes/open-restaurant.yaml --format csv > cases.csv`,
  },
  options: {
    format: { type: 'string', default: 'table' },
    'max-cases': { type: 'string' },
    profile: { type: 'string' },
    today: { type: 'string' },
    progress: { type: 'boolean' },
  },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/cases.js').then((action) => action.run(context)),
};
