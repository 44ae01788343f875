/**
 * The routing graph (`tongban render --format mermaid`) of every bundled theme and example: no node has two
 * outgoing edges with the same label, no answer is on two edges from one node, and every step of every real
 * path follows exactly one edge — the one whose answer is the step's and whose qualifier (the earlier answers
 * that decide it) holds on that path.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { questionnaireRoutes } from '../../src/analyze/routes.js';
import type { AnswerValue } from '../../src/model/session.js';
import type { CompiledTheme, Question } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { questionType } from '../../src/question-types/index.js';
import { mermaidRoutes } from '../../src/render/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-12-01';
const themes: CompiledTheme[] = [];

beforeAll(async () => {
  const cache = new CatalogCache();
  for (const folder of ['themes', 'examples/decision-tree'])
    for (const file of await themeFilesIn(join(ROOT, folder))) {
      const loaded = await loadThemeFile(file, { cache });
      if (!loaded.result.ok) throw new Error(`${file} does not load`);
      themes.push(loaded.result.theme);
    }
});

/** The edges of a Mermaid flowchart: from, label ('' when none) and to. */
function parseEdges(text: string): { from: string; label: string; to: string }[] {
  const edges: { from: string; label: string; to: string }[] = [];
  for (const line of text.split('\n')) {
    const m = /^ {2}(\S+) -->(?:\|"(.*)"\|)? (\S+)$/u.exec(line);
    if (m) edges.push({ from: m[1] as string, label: m[2] ?? '', to: m[3] as string });
  }
  return edges;
}

/**
 * An answer as the graph words it at its own question, and as it qualifies a later answer (a multiple choice
 * option by option: chosen, or not).
 */
function answerWords(q: Question, value: AnswerValue): { own: string[]; context: string[] } {
  const options = questionType(q).options(q);
  if (options.length === 0) {
    const label = questionType(q).casePart(q, value, 'zh').label;
    return { own: [label], context: [label] };
  }
  const ids = new Set(Array.isArray(value) ? (value as string[]) : [String(value)]);
  const chosen = options.filter((o) => ids.has(o.id));
  const word = (o: (typeof options)[number]) => o.short ?? o.label;
  const context = !questionType(q).choicePerOption
    ? options.map((o) => (ids.has(o.id) ? word(o) : `未选${word(o)}`))
    : [chosen.map(word).join('+')];
  return { own: chosen.map((o) => o.label), context };
}

describe('the routing graph is unambiguous for every bundled theme', () => {
  test('no node has two outgoing edges with the same label, nor one answer on two edges', () => {
    expect(themes.length).toBeGreaterThanOrEqual(7);
    const clashes: string[] = [];
    for (const theme of themes) {
      const routes = questionnaireRoutes(theme, { today: TODAY });
      const edges = parseEdges(mermaidRoutes(theme, routes));
      expect(edges.length).toBe(routes.routes.length);
      const seen = new Set<string>();
      for (const e of edges) {
        const key = `${e.from} ${e.label}`;
        if (seen.has(key)) clashes.push(`${theme.id}: ${key}`);
        seen.add(key);
        const pair = `${e.from} -> ${e.to}`;
        if (seen.has(pair)) clashes.push(`${theme.id}: two edges ${pair}`);
        seen.add(pair);
      }
      const answers = new Set<string>();
      for (const r of routes.routes)
        for (const label of r.labels) {
          const key = `${r.from} ${label}`;
          if (answers.has(key)) clashes.push(`${theme.id}: answer ${key} on two edges`);
          answers.add(key);
        }
    }
    expect(clashes).toEqual([]);
    // The permit's destination: which purpose (and, for individual tours, which household registration) decides.
    const permit = themes.find((t) => t.id === 'hk-macau-permit') as CompiledTheme;
    const graph = mermaidRoutes(permit, questionnaireRoutes(permit, { today: TODAY }));
    expect(graph).toContain(
      'q_destination -->|"香港 / 香港和澳门（团队旅游（L）；或个人旅游（G），本市户籍）"| q_tour_entries',
    );
    expect(graph).toContain(
      'q_destination -->|"香港 / 澳门 / 香港和澳门（个人旅游（G），外省市户籍）"| q_residence_permit',
    );
  });

  test('every step of every real path follows exactly one edge, the one its earlier answers select', () => {
    const wrong: string[] = [];
    let steps = 0;
    for (const theme of themes) {
      const { routes, truncated } = questionnaireRoutes(theme, { today: TODAY, maxCases: 20_000 });
      expect(truncated).toBe(false);
      const asks = new Map(theme.questions.map((q) => [q.id, q]));
      for (const kase of enumerateCases(theme, { today: TODAY, maxCases: 20_000 })) {
        const ids = Object.keys(kase.answers);
        // A question the path does not ask qualifies as "不问“…”".
        const context: string[] = theme.questions
          .filter((q) => !ids.includes(q.id))
          .map((q) => `不问“${q.short ?? q.ask}”`);
        for (let i = 0; i < ids.length; i++) {
          const q = asks.get(ids[i] as string) as Question;
          // A guidance theme (no items) ends in its answer, the notices that apply; others in the status.
          const end =
            theme.items.length === 0 && kase.notices.length > 0
              ? `end:notices:${kase.notices.join('+')}`
              : `end:${kase.status}`;
          const to = i + 1 < ids.length ? `question:${ids[i + 1]}` : end;
          const words = answerWords(q, kase.answers[q.id] as AnswerValue);
          for (const word of words.own) {
            steps++;
            const followed = routes.filter((r) =>
              (r.answers ?? []).some(
                (a) =>
                  a.answer === word &&
                  (a.when === undefined ||
                    a.when.some((all) => all.every((values) => values.some((w) => context.includes(w))))),
              ),
            );
            const from = followed.filter((r) => r.from === `question:${q.id}`);
            if (from.length !== 1 || from[0]?.to !== to)
              wrong.push(
                `${theme.id} ${kase.key}: ${q.id}=${word} follows ${from.map((r) => r.to).join(',') || 'no edge'}, the path goes to ${to}`,
              );
          }
          context.push(...words.context);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(steps).toBeGreaterThan(10_000);
  });
});
