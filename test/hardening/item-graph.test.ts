/**
 * The item order's cycle check is linear in the size of the item graph: long `after` chains, long chains of
 * items using what the next one produces (open, closed into a cycle, and closed under contradictory conditions,
 * which makes the check try every answer to them), and wide fan-outs and fan-ins (one item that thousands wait
 * for, one that waits for thousands, and a hub in a group of thousands linked both ways under conditions).
 *
 * Bounded by counts, not by the clock: the check reads the graph through a map that counts every edge it is
 * handed, and may read at most a fixed number of edges per item and edge for each way of answering the
 * conditions it tries. The loader gives the same verdict on the same shapes written as a catalog.
 */
import { describe, expect, test } from 'vitest';
import { cycleUnderSomeCase, type OrderEdge } from '../../src/load/checks/item-cycles.js';
import { loadCatalog } from '../../src/load/index.js';
import type { Condition } from '../../src/model/condition.js';

/** Items in each graph: work quadratic in them would be thousands of times the bound. */
const N = 5_000;
/** Edge reads allowed per item and edge, for each pass over the graph (the check makes about six). */
const READS_PER_ELEMENT = 10;

const cooking = (value: boolean): Condition => ({ fact: 'cooking', operator: 'equal', value });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** One shape of item graph of `n` items, as the check sees it and as a catalog writes it. */
interface Shape {
  readonly name: string;
  /** `[from, to, when]`: item `to` waits for item `from`, always or when cooking is `when`. */
  readonly edges: (n: number) => readonly (readonly [number, number, boolean?])[];
  /** How item `i` of `n` is written in a catalog (materials m<i> are declared for every item). */
  readonly item: (i: number, n: number) => string;
  /** Whether it has a cycle, reported with every item on it (its first item again at the end). */
  readonly cycle: boolean;
  /** How many ways of answering the conditions the check tries (3 for `cooking`: yes, no, unanswered). */
  readonly assignments: number;
}

const uses = (material: number, when?: boolean) =>
  when === undefined
    ? `materials: [m${material}]`
    : `materials: [{ material: m${material}, when: { cooking: ${when} } }]`;

const SHAPES: readonly Shape[] = [
  {
    name: 'a chain of `after`',
    edges: (n) => range(n - 1).map((i) => [i + 1, i]),
    item: (i, n) => (i + 1 < n ? `after: [i${i + 1}]` : ''),
    cycle: false,
    assignments: 0,
  },
  {
    name: 'a chain of `after` closed into a cycle',
    edges: (n) => range(n).map((i) => [(i + 1) % n, i]),
    item: (i, n) => `after: [i${(i + 1) % n}]`,
    cycle: true,
    assignments: 0,
  },
  {
    name: 'a chain of items using what the next produces',
    edges: (n) => range(n - 1).map((i) => [i + 1, i]),
    item: (i, n) => `produces: [m${i}]${i + 1 < n ? `, ${uses(i + 1)}` : ''}`,
    cycle: false,
    assignments: 0,
  },
  {
    name: 'a chain of uses when cooking, closed by a use when not (no case has the cycle)',
    edges: (n) => range(n).map((i) => [(i + 1) % n, i, i + 1 < n]),
    item: (i, n) => `produces: [m${i}], ${uses((i + 1) % n, i + 1 < n)}`,
    cycle: false,
    assignments: 3,
  },
  {
    name: 'a chain of uses closed into a cycle, all when cooking',
    edges: (n) => range(n).map((i) => [(i + 1) % n, i, true]),
    item: (i, n) => `produces: [m${i}], ${uses((i + 1) % n, true)}`,
    cycle: true,
    assignments: 2,
  },
  {
    name: 'a fan-out: every item after one',
    edges: (n) => range(n - 1).map((i) => [0, i + 1]),
    item: (i) => (i === 0 ? '' : 'after: [i0]'),
    cycle: false,
    assignments: 0,
  },
  {
    name: 'a fan-in: one item after every other',
    edges: (n) => range(n - 1).map((i) => [i + 1, 0]),
    item: (i, n) =>
      i === 0
        ? `after: [${range(n - 1)
            .map((j) => `i${j + 1}`)
            .join(', ')}]`
        : '',
    cycle: false,
    assignments: 0,
  },
  {
    name: 'a hub both ways: each item uses the hub’s material when cooking, the hub uses each one’s when not',
    edges: (n) =>
      range(n - 1).flatMap((i) => [
        [0, i + 1, true],
        [i + 1, 0, false],
      ]),
    item: (i, n) =>
      i === 0
        ? `produces: [m0], materials: [${range(n - 1)
            .map((j) => `{ material: m${j + 1}, when: { cooking: false } }`)
            .join(', ')}]`
        : `produces: [m${i}], ${uses(0, true)}`,
    cycle: false,
    assignments: 3,
  },
];

/** The shape's edges in a map that counts every edge read from the lists it hands out. */
function countingGraph(written: ReturnType<Shape['edges']>): {
  edges: ReadonlyMap<string, readonly OrderEdge[]>;
  reads: () => number;
} {
  const lists = new Map<string, OrderEdge[]>();
  for (const [from, to, when] of written) {
    const edge = when === undefined ? { to: `i${to}` } : { to: `i${to}`, when: cooking(when) };
    const list = lists.get(`i${from}`);
    if (list) list.push(edge);
    else lists.set(`i${from}`, [edge]);
  }
  let reads = 0;
  const counted = new Map<string, readonly OrderEdge[]>();
  for (const [from, list] of lists)
    counted.set(
      from,
      new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      }),
    );
  return { edges: counted, reads: () => reads };
}

const idsOf = (n: number) =>
  range(n)
    .map((i) => `i${i}`)
    .sort();

describe('the cycle check of the item order is linear in the size of the graph', () => {
  const ids = idsOf(N);
  test.each(SHAPES)(`$name (${N} items): a bounded number of edge reads`, (shape) => {
    const written = shape.edges(N);
    const { edges, reads } = countingGraph(written);
    const cycle = cycleUnderSomeCase(ids, edges);
    expect(cycle?.length).toBe(shape.cycle ? N + 1 : undefined);
    const size = N + written.length;
    const bound = READS_PER_ELEMENT * size * (1 + shape.assignments);
    expect(reads(), `${reads()} edge reads for ${size} items and edges`).toBeLessThanOrEqual(bound);
    // The count is not vacuous: every edge is read at least once.
    expect(reads()).toBeGreaterThanOrEqual(written.length);
  });
});

describe('the loader gives the same verdict on these shapes written as a catalog', () => {
  /** Smaller than above: this checks what is reported, not how much work it takes. */
  const SMALL = 300;
  const catalogOf = (shape: Shape) => {
    const materials = range(SMALL).map((m) => `  m${m}: { name: 材料${m} }`);
    const items = range(SMALL).map((i) => {
      const links = shape.item(i, SMALL);
      return `  i${i}: { name: 事项${i}${links === '' ? '' : `, ${links}`} }`;
    });
    return `materials:\n${materials.join('\n')}\nitems:\n${items.join('\n')}\n`;
  };

  test.each(SHAPES)('$name', (shape) => {
    const result = loadCatalog([{ file: 'c.yaml', text: catalogOf(shape) }]);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(shape.cycle ? ['item-cycle'] : []);
    if (shape.cycle)
      expect((errors[0]?.params as { cycle?: string[] } | undefined)?.cycle).toHaveLength(SMALL + 1);
  });
});
