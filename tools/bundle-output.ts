// What the web build scripts (build-web.ts, build-explorer.ts) read back from esbuild's output.
import fs from 'node:fs';
import path from 'node:path';

/** Base name of the single metafile output `<prefix>*<ext>`. */
export function outputNamed(outputs: Record<string, unknown>, prefix: string, ext: string): string {
  const hits = Object.keys(outputs)
    .map((p) => p.split(path.sep).join('/').split('/').pop()!)
    .filter((base) => base.startsWith(prefix) && base.endsWith(ext));
  if (hits.length !== 1 || !hits[0]) throw new Error(`expected one ${prefix}*${ext} output, got ${hits.length}`);
  return hits[0];
}

/** Every file under `dir`, as sorted posix paths relative to it. */
export function listFiles(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]))
    .sort();
}
