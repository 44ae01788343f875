import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The source root these checks read. */
export const SRC = resolve(import.meta.dirname, '../../src');

/** Every `.ts` file under a folder, as paths relative to it with `/` separators, sorted. */
export function sourceFiles(root: string = SRC): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.ts')) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(root);
  return out.sort();
}

/**
 * The source files each file imports, relative to the root: every `import`, `import type`, `export … from`
 * and `import()` of a relative `.js` path (packages, `node:*` and JSON data such as the schemas are left out).
 */
export function importGraph(root: string = SRC): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const targets = importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.') && name.endsWith('.js'))
      .map((name) =>
        relative(root, resolve(root, dirname(file), name.replace(/\.js$/, '.ts')))
          .split(sep)
          .join('/'),
      );
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The unit a file belongs to: its top folder under the root (`load`), or the file itself at the root. */
export function unitOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file : file.slice(0, slash);
}

/** An import that breaks the layering: from a unit to a unit above it, or to a unit not in the list. */
export interface Violation {
  readonly from: string;
  readonly to: string;
  readonly reason: 'upward' | 'unlisted';
}

/** Imports between units that point up the ordered list of layers (lowest first), or leave the list. */
export function layerViolations(
  graph: ReadonlyMap<string, readonly string[]>,
  layers: readonly string[],
): Violation[] {
  const rank = new Map(layers.map((unit, i) => [unit, i]));
  const violations: Violation[] = [];
  for (const [from, targets] of graph) {
    const fromRank = rank.get(unitOf(from));
    if (fromRank === undefined) {
      violations.push({ from, to: from, reason: 'unlisted' });
      continue;
    }
    for (const to of targets) {
      const toRank = rank.get(unitOf(to));
      if (toRank === undefined) violations.push({ from, to, reason: 'unlisted' });
      else if (toRank > fromRank) violations.push({ from, to, reason: 'upward' });
    }
  }
  return violations;
}

/** The import cycles among files (strongly connected components of more than one file, or a self-import). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iteratively deep enough for any source tree.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return cycles;
}
