// Builds the server as deployed: src/main.ts and its extraction worker bundled by esbuild into
// dist/app/ (ESM, packages left to node_modules), so `npm start` and the Docker image run plain
// JavaScript under `node` rather than TypeScript through tsx's loader (its require hook and
// source-mapped stack traces cost the embedded server 8-20 % of its req/s: docs/BENCHMARKS.md).
// The benchmark's children (tools/bench) are built the same way into dist/bench/.
//
// Modules find the repository's files by paths written from two folders deep (`../../seed/`,
// `../../schema/`, `../../tools/corenlp-local/`): the same from src/<folder>/, tools/<folder>/ and
// from the bundles in dist/app/ and dist/bench/.
//
//   tsx tools/build-server.ts [--if-stale] [--bench]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface ServerBuild {
  outDir: string;
  entryPoints: Record<string, string>;
}

/** `npm start`: dist/app/main.js, with extract-worker.js beside it (src/ingest/extract-off-thread.ts starts it from there). */
export const APP_BUILD: ServerBuild = {
  outDir: path.join(ROOT, 'dist/app'),
  entryPoints: { main: 'src/main.ts', 'extract-worker': 'src/ingest/extract-worker.ts' },
};

/** `npm run bench`: our server, the @neo4j/graphql peer and the bare node:http ceiling, built alike. */
export const BENCH_BUILD: ServerBuild = {
  outDir: path.join(ROOT, 'dist/bench'),
  entryPoints: { server: 'tools/bench/server.ts', 'peer-server': 'tools/bench/peer-server.ts', hello: 'tools/bench/hello.ts', 'extract-worker': 'src/ingest/extract-worker.ts' },
};

const MANIFEST = 'manifest.json';

/** A hash of every source file a build read (its metafile's inputs), this script and esbuild's version. */
function inputsHash(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...inputs].sort()) {
    hash.update(file).update('\0');
    try {
      hash.update(fs.readFileSync(path.join(ROOT, file)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  hash.update((JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/esbuild/package.json'), 'utf8')) as { version: string }).version);
  return hash.digest('hex').slice(0, 16);
}

/** Built, and from the sources as they are now (a changed, deleted or renamed input makes it stale). */
export function serverBuildIsCurrent(build: ServerBuild = APP_BUILD): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(build.outDir, MANIFEST), 'utf8')) as { inputs: string[]; hash: string; entries: string[] };
    if (JSON.stringify(manifest.entries) !== JSON.stringify(Object.keys(build.entryPoints).sort())) return false;
    return manifest.hash === inputsHash(manifest.inputs);
  } catch {
    return false;
  }
}

export async function buildServer(build: ServerBuild = APP_BUILD): Promise<void> {
  const started = performance.now();
  const { build: esbuild } = await import('esbuild');
  // Built next to the target, then swapped in, so a server starting meanwhile never sees half a build.
  const tmp = `${build.outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const result = await esbuild({
      absWorkingDir: ROOT,
      entryPoints: build.entryPoints,
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // No shared chunks: every module's import.meta.url must be its bundle's, two folders deep.
      splitting: false,
      // Written beside the code, not turned on: `node --enable-source-maps dist/app/main.js` maps stacks to the sources.
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
    const manifest = { entries: Object.keys(build.entryPoints).sort(), inputs: inputs.sort(), hash: inputsHash(inputs) };
    fs.writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  fs.rmSync(build.outDir, { recursive: true, force: true });
  fs.renameSync(tmp, build.outDir);
  console.log(`server: ${Object.keys(build.entryPoints).join(', ')} -> ${path.relative(process.cwd(), build.outDir) || '.'} (${Math.round(performance.now() - started)} ms)`);
}

/** Builds `build` unless it is current; one build at a time per output folder within a process. */
const building = new Map<string, Promise<void>>();
export function ensureServerBuilt(build: ServerBuild = APP_BUILD): Promise<void> {
  if (serverBuildIsCurrent(build)) return Promise.resolve();
  let run = building.get(build.outDir);
  if (!run) {
    run = buildServer(build).finally(() => building.delete(build.outDir));
    building.set(build.outDir, run);
  }
  return run;
}

// Run when invoked directly, not when imported. `--if-stale` (npm start's prestart) skips a current build.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const ifStale = process.argv.includes('--if-stale');
  const builds = process.argv.includes('--bench') ? [BENCH_BUILD] : [APP_BUILD];
  (async () => {
    for (const build of builds) if (!(ifStale && serverBuildIsCurrent(build))) await buildServer(build);
  })().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
