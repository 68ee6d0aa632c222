import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';

// The lint rule import-x/no-cycle follows value imports only: an `import type` leaves no trace at run time, so it
// skips them by design. A cycle of types still ties the modules together (neither can be read, moved or split
// alone), so this test follows every import, types included, across the code the project writes.
const FOLDERS = ['server', 'seed', 'client/src', 'bench', 'test', 'scripts'];

/** The project's TypeScript files, relative to the root. */
function sourceFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT_DIR, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.split(path.sep).includes('node_modules'))
      .map((f) => path.join(folder, f)),
  );
}

/** Every relative import, export-from and import() of each file that names another of the files. */
function importGraph(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const imports = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
    graph.set(
      file,
      imports
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.join(path.dirname(file), spec))
        .filter((target) => files.has(target)),
    );
  }
  return graph;
}

/** The strongly connected groups of more than one file (Tarjan), each sorted: every import cycle once. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('import cycles', () => {
  it('are found when only type imports close them', () => {
    const files = new Map([
      ['a.ts', "import type { B } from './b.ts';\nexport type A = B[];"],
      ['b.ts', "import type { A } from './a.ts';\nexport type B = { a: A };"],
      ['c.ts', "import { a } from './a.ts';"],
    ]);
    expect(importCycles(importGraph(files))).toEqual([['a.ts', 'b.ts']]);
  });

  it('do not occur in server, seed, client, bench, tests and scripts, type-only imports included', () => {
    const files = new Map(sourceFiles().map((f) => [f, readFileSync(path.join(ROOT_DIR, f), 'utf8')]));
    expect(files.size).toBeGreaterThan(300);
    expect(importCycles(importGraph(files))).toEqual([]);
  });
});
