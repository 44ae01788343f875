/**
 * In the routing graph, the qualifier of an answer (the earlier answers that decide where it leads) must not run
 * into a bracket the answer's own label ends in: "旅游或探亲访友（不超过6个月）（旅行证件；…）" reads as one label.
 * Such a qualifier goes on a line of its own (`<br/>`), other labels stay on one line.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { questionnaireRoutes } from '../../src/analyze/routes.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile } from '../../src/node/index.js';
import { mermaidRoutes } from '../../src/render/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-12-01';
const FILES = [
  'examples/decision-tree/check-uk-visa.yaml',
  'themes/open-restaurant.yaml',
  'themes/hk-macau-permit.yaml',
];
const graphs = new Map<string, { zh: string; en: string }>();

beforeAll(async () => {
  const cache = new CatalogCache();
  for (const file of FILES) {
    const loaded = await loadThemeFile(join(ROOT, file), { cache });
    if (!loaded.result.ok) throw new Error(`${file} does not load`);
    const theme: CompiledTheme = loaded.result.theme;
    const routes = questionnaireRoutes(theme, { today: TODAY });
    graphs.set(theme.id, { zh: mermaidRoutes(theme, routes), en: mermaidRoutes(theme, routes, 'en') });
  }
});

/** The edge labels of a graph (the quoted text between the pipes). */
const labels = (graph: string) => [...graph.matchAll(/-->\|"(.*)"\|/gu)].map((m) => m[1] as string);

describe('routing graph labels: a qualifier after an answer ending in a bracket', () => {
  test('no closing bracket is followed by an opening one in any edge label', () => {
    for (const [id, { zh, en }] of graphs) {
      expect(
        labels(zh).filter((l) => /）（/u.test(l)),
        id,
      ).toEqual([]);
      expect(
        labels(en).filter((l) => /\) \(/u.test(l)),
        id,
      ).toEqual([]);
    }
  });

  test('the qualifier goes on a line of its own, after the answers it qualifies', () => {
    const uk = graphs.get('check-uk-visa')?.zh ?? '';
    expect(uk).toContain(
      'q_purpose -->|"旅游或探亲访友（不超过6个月）<br/>（旅行证件；或以色列临时护照；或外国人护照；或签证国家护照或过境签证国家护照或无国籍人或难民）"| q_visiting_partner',
    );
    const restaurant = graphs.get('open-restaurant')?.zh ?? '';
    expect(restaurant).toContain(
      'q_location -->|"居民住宅楼（含住宅楼底层的商铺）<br/>（热食）"| end_blocked',
    );
  });

  test('an answer not ending in a bracket keeps its qualifier on the same line', () => {
    const permit = graphs.get('hk-macau-permit')?.zh ?? '';
    expect(permit).toContain(
      'q_destination -->|"香港 / 香港和澳门（团队旅游（L）；或个人旅游（G），本市户籍）"| q_tour_entries',
    );
    expect(labels(permit).some((l) => l.includes('<br/>'))).toBe(false);
  });
});
