import { describe, expect, test } from 'vitest';
import { outcomeText } from '../../src/cli/format/outcome-text.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/index.js';
import { answer, next, start } from '../../src/session/index.js';

const TODAY = '2026-11-27';
/** The public guides' worked case "HK/Macao A", collected as `collect` says (absent: the question left open). */
const ANSWERS: Record<string, unknown> = {
  business: 'first',
  hukou: 'local',
  age: 30,
  'filed-status': 'none',
  'endorse-now': true,
  purpose: 'tour-individual',
  destination: 'hk',
  'tour-entries': 'twice',
};

const loaded = await loadThemeFile('themes/hk-macau-permit.yaml');
if (!loaded.result.ok) throw new Error('hk-macau-permit');
const theme: CompiledTheme = loaded.result.theme;

function session(collect?: string): Session {
  const given: Record<string, unknown> = collect === undefined ? ANSWERS : { ...ANSWERS, collect };
  let s = start(theme, { today: TODAY });
  for (let step = next(s); !step.done; step = next(s)) {
    if (!Object.hasOwn(given, step.question.id)) break;
    const result = answer(s, step.question.id, given[step.question.id]);
    if (!result.ok) throw new Error(step.question.id);
    s = result.session;
  }
  return s;
}

/** The lines of a section from its heading to the next heading (Markdown) or blank line (run text). */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === heading);
  if (at < 0) return [];
  const markdown = heading.startsWith('## ');
  const end = lines.findIndex((l, i) => i > at + 1 && (markdown ? l.startsWith('## ') : l.trim() === ''));
  return lines.slice(at + 1, end < 0 ? undefined : end).filter((l) => l.trim() !== '');
}

const POSTAGE = '邮费由申请人按寄递企业资费支付，无需再到大厅领取';

describe('the delivery a case shows', () => {
  test('mail chosen: only mail, its postage and the collection visit it saves, in the guide and the run text', () => {
    const o = outcome(session('mail'));
    const line = `邮寄送达（您的选择）：免去领取的 1 次到场，${POSTAGE}`;
    expect(section(markdownGuide(o, theme), '## 送达方式')).toEqual([line]);
    expect(section(outcomeText(o, 'zh'), '送达方式')).toEqual([`  ${line}`]);
    expect(section(outcomeText(o, 'en'), 'Delivery')).toEqual([
      `  邮寄送达 (your choice): saves 1 visit to collect, ${POSTAGE}`,
    ]);
    expect(o.totals.visits.count).toBe(1);
  });

  test('window chosen: the visit to collect it adds', () => {
    const o = outcome(session('window'));
    expect(section(markdownGuide(o, theme), '## 送达方式')).toEqual(['窗口领取（您的选择）：另需到场 1 次']);
    expect(o.totals.visits.count).toBe(2);
  });

  test('before the choice: both methods, what each needs and costs', () => {
    const o = outcome(session());
    expect(o.totals.chosenDelivery).toBeUndefined();
    const both = ['窗口领取：需到场领取办理结果', `邮寄送达：无需到场领取，${POSTAGE}`];
    expect(section(markdownGuide(o, theme), '## 送达方式')).toEqual([
      '可选择以下任一种方式：',
      ...both.map((l) => `- ${l}`),
    ]);
    expect(section(outcomeText(o, 'zh'), '送达方式')).toEqual(both.map((l) => `  ${l}`));
  });
});
