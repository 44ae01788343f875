import { DEFAULT_MAX_CASES } from '../../analyze/limits.js';
import type { Command } from '../command.js';
import { PROGRESS_EVERY } from '../progress.js';

/** `tongban cases <theme>`: a theme's situations, or (`--paths`) every answer path streamed as it is found. */
export const cases: Command = {
  name: 'cases',
  summary: {
    zh: '列出主题的办事情形（结果相同的路径归为一种）',
    en: "list a theme's situations (paths with the same outcome)",
  },
  help: {
    zh: `用法：tongban cases <主题文件> [--paths [--envelope] | --by-item] [--format table|md|csv|json] [--max-cases N] [--width N] [--profile 文件] [--today YYYY-MM-DD] [--progress]

列出问卷的办事情形：结果（状态、事项、合并后的材料及其状态、时限、费用、到场次数和提示）相同的全部答题路径
归为一种情形，每种情形给出路径数和一条简明规则——像决策表一样，每行列出各问题导向该情形的答案，不影响结果的
问题为“任意”，未被问到的为“不问”；满足任一行的路径就是这种情形的全部路径。还列出结果和提示：表格和 Markdown
中每条提示按编号引用，文字在表后只列一次；CSV 和 JSON 每条记录带提示全文。

加 --paths 则逐条列出全部答题路径（最小颗粒度，边找边输出）：情形、情形键、状态、事项数、需提交材料数、
关键路径时限（工作日）、费用（元）、到场次数和提示。情形键可交给 tongban render --case 使用。

加 --by-item 则分事项列出情形（审核用）：每个事项单列它的情形（时限、费用、到场、送达方式和它要的材料相同的
路径归为一种），多个事项共用的材料单列一次，再列出没有事项的情形（不予办理、无需办理）和每条提示何时显示。
一个情形的结果由它的各事项情形和提示按合并规则得出，所以逐项审核这些清单就审核了全部组合，要看的是各清单
之和，而不是它们的乘积。事项情形和提示的规则只在可以办理的路径中读（不予办理的路径没有事项，连同提示另列）。

选项：
  --paths            列出每条路径，而不是归并后的情形
  --by-item          分事项列出情形（见上）
  --format 格式      table（默认，给人看，按终端宽度或 --width 折行）| md（Markdown 表格）| csv（带 BOM 的 UTF-8，
                     RFC 4180，可直接用 Excel 打开；情形按规则行一行、每个问题一列）| json
  --max-cases N      最多走 N 条路径（默认 ${DEFAULT_MAX_CASES}；all 表示不限）；达到上限时在标准错误输出说明
  --width N          table 格式按 N 个显示列排版（汉字占两列），过宽的单元格在列内换行，与宽 N 列的终端相同；
                     默认在终端上按终端宽度，在管道中不换行（不读 COLUMNS）。N 为不小于 60 的整数
  --profile 文件     按档案预填的问题不再分支
  --today 日期       计算日期区间和派生事实所用的日期（默认今天）
  --progress         与 --paths 一起：总在标准错误输出进度（默认只在标准错误是终端时，每 ${PROGRESS_EVERY} 条一次）
  --envelope         与 --paths --format json 一起：输出对象 { theme, cases: [...], paths, truncated,
                     incomplete?, maxCases } 而不是数组，清单是否完整写在 JSON 里（数组只在标准错误说明）

退出码：0 完成（包括达到上限）；1 主题或档案有问题；2 用法错误

示例：
  tongban cases themes/marriage.yaml
  tongban cases themes/open-restaurant.yaml --format csv > situations.csv
  tongban cases themes/open-restaurant.yaml --width 100 > situations.txt
  tongban cases themes/hk-macau-permit.yaml --by-item --format md
  tongban cases themes/hk-macau-permit.yaml --paths --format json --envelope`,
    en: `usage: tongban cases <theme> [--paths [--envelope] | --by-item] [--format table|md|csv|json] [--max-cases N] [--width N] [--profile file] [--today YYYY-MM-DD] [--progress]

Lists the situations of the questionnaire: every answer path with the same outcome (status, items, merged
materials and their status, days, fee, visits and notices) is one situation, shown with its number of paths
and a compact rule, like a decision table: each row gives, for each question, the answers that lead there,
"any" where the answer does not matter and "not asked" where the question is not asked; the paths that
match some row are exactly the situation's paths. Its outcome and notices follow: the table and Markdown
refer to each notice by number and print its text once after the table; CSV and JSON carry the full text on
every record.

With --paths, every answer path is listed instead (the smallest granularity, as it is found): the case, its
key, status, number of items, materials to hand in, critical-path working days, fee (yuan), visits and
notices. A case key can be passed to tongban render --case.

With --by-item, situations are listed item by item, for review: each item's own situations (paths on which
its days, fee, visit, delivery and the materials it asks for are the same), the materials several items
share once, then the situations without items (refused, not needed) and when each notice shows. A case's
outcome follows from its items' situations and notices by the merge rules, so reviewing these lists reviews
every combination: their sum, not their product. Item and notice rules are read among the paths that
can be handled (refused paths have no items and are listed apart, with their notices).

Options:
  --paths            list every path rather than the situations
  --by-item          list situations item by item (see above)
  --format format    table (default, for people, wrapped to the terminal or --width) | md (a Markdown table) | csv
                     (UTF-8 with a BOM, RFC 4180, opens in Excel; situations as one record per rule row
                     and one column per question) | json
  --max-cases N      walk at most N paths (default ${DEFAULT_MAX_CASES}; all for no limit); says so on stderr
  --width N          lay the table format out within N display columns (CJK characters count two), wrapping
                     wide cells, as a terminal N columns wide does; by default the terminal's width, and
                     no wrapping in a pipe (COLUMNS is not read). N is a whole number of at least 60
  --profile file     questions the profile prefills are not branched on
  --today date       the date for date bands and derived facts (default: today)
  --progress         with --paths: always report progress on stderr (by default only when stderr is a
                     terminal, every ${PROGRESS_EVERY} paths)
  --envelope         with --paths --format json: an object { theme, cases: [...], paths, truncated,
                     incomplete?, maxCases } instead of the array, so the JSON itself says whether the list
                     is complete (the array says so on stderr only)

Exit codes: 0 done (also when capped); 1 a bad theme or profile; 2 usage

Examples:
  tongban cases themes/marriage.yaml
  tongban cases themes/open-restaurant.yaml --format csv > situations.csv
  tongban cases themes/open-restaurant.yaml --width 100 > situations.txt
  tongban cases themes/hk-macau-permit.yaml --by-item --format md
  tongban cases themes/hk-macau-permit.yaml --paths --format json --envelope`,
  },
  options: {
    format: { type: 'string', default: 'table' },
    paths: { type: 'boolean' },
    'by-item': { type: 'boolean' },
    'max-cases': { type: 'string' },
    width: { type: 'string' },
    profile: { type: 'string' },
    today: { type: 'string' },
    progress: { type: 'boolean' },
    envelope: { type: 'boolean' },
  },
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/cases.js').then((action) => action.run(context)),
};
