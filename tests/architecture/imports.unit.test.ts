// The module graph under src/: no import cycles (type-only imports included: a cycle is a knot in
// the design whatever the runtime makes of it), and the error vocabulary is a leaf. Imports are read
// with TypeScript's own pre-processor.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The project files `file` imports (relative specifiers; `.js` names the `.ts`/`.tsx` source). */
function projectImports(file: string, known: Set<string>): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return [];
    const base = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '');
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => known.has(f));
    return found ? [found] : [];
  });
}

const files = sourceFiles(SRC);
const known = new Set(files);
const graph = new Map(files.map((f) => [f, projectImports(f, known)]));
const rel = (f: string) => path.relative(SRC, f);

describe('src/ module graph', () => {
  it('reads the imports (a sanity check: the server imports the API)', () => {
    expect(graph.get(path.join(SRC, 'server/http.ts'))?.map(rel)).toContain('api/format-error.ts');
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('keeps the error codes a leaf module that any module can import', () => {
    expect(graph.get(path.join(SRC, 'api/errors.ts'))).toEqual([]);
  });
});
