import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import { mermaidId, mermaidLabel } from '../../src/render/escape.js';
import { mermaidQuestionnaire, mermaidWorkflow } from '../../src/render/index.js';
import {
  FULL_ANSWERS,
  loadFixture,
  RESTAURANT_CATALOG,
  RESTAURANT_THEME,
  run,
  switches,
  toggleTheme,
} from '../outcome/fixtures.js';

const theme = loadFixture(RESTAURANT_CATALOG, RESTAURANT_THEME);
const full = outcome(run(theme, FULL_ANSWERS));

describe('mermaidWorkflow', () => {
  test('the full restaurant case', () => {
    expect(mermaidWorkflow(full, theme)).toMatchSnapshot();
  });

  test('stages as columns, edges labelled with the material passed on, start and end', () => {
    const text = mermaidWorkflow(full, theme);
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text).toContain('subgraph stage_2["第2阶段（可并行）"]');
    expect(text).toContain('n_company_registration -->|"营业执照"| n_food_licence');
    expect(text).toContain('n_sign_filing -.->|"先后"| n_fire_check');
    expect(text).toContain('start_node --> n_company_registration');
    expect(text).toContain('n_tobacco_licence --> end_node');
    expect(text).toContain('class n_company_registration,n_tobacco_licence critical');
  });

  test('no steps: start goes straight to the end', () => {
    const o = outcome(run(theme, { 'company-exists': false, kind: 'prepacked' }));
    expect(mermaidWorkflow(o, theme)).toBe(
      'flowchart LR\n  start_node(["开始"])\n  end_node(["办结"])\n  start_node --> end_node\n',
    );
  });

  test('labels are escaped', () => {
    const t = loadFixture('items:\n  x: { name: "A\\"B<i>#1", days: 1 }\n', toggleTheme(['x']));
    const text = mermaidWorkflow(outcome(run(t, switches(['x'], ['x']))), t);
    expect(text).toContain('n_x["A#quot;B#lt;i#gt;#35;1<br/>1 个工作日<br/>第 0–1 个工作日"]');
  });
});

describe('mermaidQuestionnaire', () => {
  test('the restaurant questionnaire', () => {
    expect(mermaidQuestionnaire(theme)).toMatchSnapshot();
  });

  test('questions, items and notices as nodes; conditions on the edges', () => {
    const text = mermaidQuestionnaire(theme);
    expect(text).toContain('q_flue{"是否有专用烟道？"}');
    expect(text).toContain('q_building -->|"建筑 = 住宅楼底商"| q_flue');
    expect(text).toContain('q_sign -->|"招牌 = 是"| i_sign_filing');
    expect(text).toContain('f_enterprise_2e_registered -.->|"预填"| q_company_exists');
    expect(text).toContain('start_node --> q_kind');
    expect(text).toContain('x_no_flue>"不予办理：住宅楼内无专用烟道，不得从事产生油烟的餐饮服务"]');
  });
});

describe('ids and labels', () => {
  test('kebab ids become n_… ids; other characters are encoded so ids stay distinct', () => {
    expect(mermaidId('n', 'food-licence')).toBe('n_food_licence');
    expect(mermaidId('f', 'person.age')).toBe('f_person_2e_age');
    expect(mermaidId('n', 'end')).toBe('n_end');
    expect(mermaidId('n', 'a_b')).not.toBe(mermaidId('n', 'a-b'));
  });

  test('labels are quoted, escaped, with lines joined by <br/>', () => {
    expect(mermaidLabel('a"b', '', 'c\nd')).toBe('"a#quot;b<br/>c d"');
  });
});
