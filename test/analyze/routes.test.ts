import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { questionnaireRoutes } from '../../src/analyze/routes.js';
import { mermaidRoutes } from '../../src/render/index.js';
import { loadFile } from './support.js';

const FLOW = 'test/fixtures/routes/theme.yaml';

describe('the routing graph of a questionnaire', () => {
  test('a 4-question flow: one edge per pair of questions that follow each other on a real path', async () => {
    const { theme } = await loadFile(FLOW);
    const { routes, truncated } = questionnaireRoutes(theme);
    expect(truncated).toBe(false);
    expect(routes.map((r) => `${r.from} -> ${r.to} [${r.labels.join(' / ')}]`)).toEqual([
      'start -> question:kind []',
      'question:kind -> question:flue [公司]',
      'question:flue -> question:size [有烟道]',
      'question:size -> question:sign [小店 / 大店]',
      'question:sign -> end:ready [设招牌 / 不设招牌]',
      'question:flue -> question:sign [无烟道]',
      'question:kind -> question:size [个体工商户]',
    ]);
  });

  test('edges are exactly the steps of the enumerated paths, and no two edges join the same nodes', async () => {
    const { theme } = await loadFile(FLOW);
    const { routes } = questionnaireRoutes(theme);
    const steps = new Set<string>();
    for (const kase of enumerateCases(theme)) {
      const asked = [
        'start',
        ...Object.keys(kase.answers).map((id) => `question:${id}`),
        `end:${kase.status}`,
      ];
      for (let i = 1; i < asked.length; i++) steps.add(`${asked[i - 1]} -> ${asked[i]}`);
    }
    const pairs = routes.map((r) => `${r.from} -> ${r.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...pairs].sort()).toEqual([...steps].sort());
    for (const route of routes) expect(new Set(route.labels).size).toBe(route.labels.length);
  });

  test('drawn in Mermaid with questions as diamonds, answers on the edges and the status as the end', async () => {
    const { theme } = await loadFile(FLOW);
    const text = mermaidRoutes(theme, questionnaireRoutes(theme));
    expect(text).toMatchSnapshot();
    const edges = text.split('\n').filter((line) => line.includes('-->'));
    expect(edges).toHaveLength(7);
    expect(text).toContain('q_size -->|"小店 / 大店"| q_sign');
    expect(text).toContain('q_sign -->|"设招牌 / 不设招牌"| end_ready');
    expect(text).toContain('end_ready(["可以办理"])');
    expect(mermaidRoutes(theme, questionnaireRoutes(theme), 'en')).toContain('end_ready(["ready"])');
  });

  test('a guidance theme ends in its answers, the texts of the notices that apply, not in a status', async () => {
    const { theme } = await loadFile('examples/decision-tree/check-uk-visa.yaml');
    const { routes } = questionnaireRoutes(theme, { today: '2026-12-01' });
    const ends = new Set(routes.map((r) => r.to).filter((to) => to.startsWith('end:')));
    expect([...ends].every((to) => to.startsWith('end:notices:'))).toBe(true);
    // Every result of the first-match group is some path's answer, and each is one end node.
    const results = theme.notices.filter((n) => n.group === 'result').map((n) => `end:notices:${n.id}`);
    expect([...ends].sort()).toEqual([...results].sort());
    const text = mermaidRoutes(theme, { routes, truncated: false });
    expect(text).not.toMatch(/可以办理|无需办理|不予办理/u);
    expect(text).toContain('q_work_type -->|"宗教工作者"| answer_work_long_religious');
    expect(text).toContain('answer_study_long(["来英国学习超过6个月，需要申请学生签证。"])');
    expect(mermaidRoutes(theme, { routes, truncated: false }, 'en')).toContain('answer_study_long(["');
  });

  test('an option not offered draws no edge', async () => {
    const { theme } = await loadFile('test/fixtures/option-conditions/theme.yaml');
    const { routes } = questionnaireRoutes(theme);
    const fromPurpose = routes.filter((r) => r.from === 'question:purpose').flatMap((r) => r.labels);
    expect(fromPurpose.sort()).toEqual(['商务活动', '探望配偶', '旅游'].sort());
    // The band under 16 leads to `purpose` and only `tour` follows for it: checked on the paths themselves.
    const young = [...enumerateCases(theme)].filter((c) => c.answers.age === 0).map((c) => c.answers.purpose);
    expect(new Set(young)).toEqual(new Set(['tour']));
  });
});
