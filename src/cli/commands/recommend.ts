import type { Command } from '../command.js';

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
  // The implementation loads when the command runs, so that `--help` and the other commands never parse it.
  run: (context) => import('../actions/recommend.js').then((action) => action.run(context)),
};
