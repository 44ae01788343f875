/**
 * A generated theme for the enumeration benchmarks (bench/enumerate.mjs, bench/run.mjs): `n` independent
 * yes/no questions, each read by an item condition, a day variant and a material use, so that every one of
 * the 2^n cases has its own outcome. Loaded with the built package's loader.
 */
import { loadCatalog, loadTheme } from '../dist/load.js';

/** The compiled theme with `n` questions; throws with the diagnostics if it does not load. */
export function yesNoTheme(n) {
  let catalog =
    'departments:\n  d: { name: 部门, level: 市级 }\nvenues:\n  hall: { name: 政务服务大厅 }\nmaterials:\n';
  for (let i = 0; i < n; i++) catalog += `  m${i}: { name: 材料${i} }\n`;
  catalog += 'items:\n';
  for (let i = 0; i < n; i++) {
    catalog += `  item-${i}:\n    name: 事项${i}\n    department: d\n`;
    catalog += `    days: [{ when: { q${(i + 1) % n}: true }, days: ${i + 1} }, { days: 2 }]\n`;
    catalog += `    fee: ${i * 10}\n`;
    catalog += `    presence: ${i % 3 === 0 ? '{ venue: hall, purpose: 核验 }' : 'false'}\n`;
    catalog += `    materials: [m${i}, { material: m${(i + 1) % n}, when: { q${(i + 2) % n}: true } }]\n`;
    if (i > 0) catalog += `    after: [item-${i - 1}]\n`;
  }
  let theme = 'id: generated\ntitle: 生成的主题\nversion: "1"\naudience: person\nquestions:\n';
  for (let i = 0; i < n; i++) theme += `  - { id: q${i}, ask: 第${i + 1}项？, type: yes-no }\n`;
  theme += 'items:\n';
  for (let i = 0; i < n; i++) theme += `  item-${i}: { when: { q${i}: true } }\n`;
  const c = loadCatalog([{ file: 'generated-catalog.yaml', text: catalog }]);
  if (!c.ok) throw new Error(JSON.stringify(c.diagnostics, null, 2));
  const t = loadTheme({ file: 'generated.yaml', text: theme }, c.catalog);
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics, null, 2));
  return t.theme;
}
