import { expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { answer, next, start } from '../../src/session/index.js';
import { loadFile } from '../analyze/support.js';
test('smoke', async () => {
  const { theme } = await loadFile('test/fixtures/option-conditions/theme.yaml');
  let s = start(theme);
  let t = answer(s, 'age', 10);
  if (!t.ok) throw new Error('x');
  s = t.session;
  const step = next(s);
  console.log(JSON.stringify(step.done ? step : step.options.map((o) => o.id)));
  const r = answer(s, 'purpose', 'spouse');
  console.log(JSON.stringify(r.ok ? 'ok' : r.error));
  const keys = [...enumerateCases(theme, {})].map((c) => c.key);
  console.log(keys.join('\n'));
});
