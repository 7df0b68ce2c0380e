// Builds the offline GraphiQL playground into dist/web/playground/ with esbuild.
// Run: `tsx tools/build-web.ts`. Also imported by the server (build on first start)
// and by the browser test, so heavy build-time deps are imported lazily.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listFiles, outputNamed } from './bundle-output.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC_DIR = path.join(ROOT, 'src/web/playground');
/** Default output; src/server/playground.ts serves the same directory. */
export const PLAYGROUND_DIR = path.join(ROOT, 'dist/web/playground');
/** URL prefix the server mounts the bundle under (see src/server/playground.ts). */
const URL_PREFIX = '/playground/';

// Monaco picks a worker by language label; these are the three GraphiQL 5 needs.
const WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;

export function playgroundIsBuilt(outDir = PLAYGROUND_DIR): boolean {
  // manifest.json is written last, so its presence means a complete build.
  return fs.existsSync(path.join(outDir, 'manifest.json')) && fs.existsSync(path.join(outDir, 'index.html'));
}

/**
 * One GraphiQL tab per example question and live example (the title rides along as a comment), plus a
 * hash of them: the manifest records it so callers can tell a stale build (see the
 * browser test), and the page namespaces its saved state with it.
 */
export async function exampleTabs(): Promise<{ tabs: { query: string; variables?: string; headers?: string }[]; tabsHash: string }> {
  const { print } = await import('graphql');
  // Imported here (not bundled) so the browser gets plain strings, not graphql-tag + ASTs.
  const { questions } = await import('../examples/questions.js');
  const { liveExamples } = await import('../examples/live.js');
  const { analysisExamples } = await import('../examples/analysis.js');
  const { curationExamples } = await import('../examples/curation.js');
  const tabs = [...questions, ...liveExamples, ...analysisExamples, ...curationExamples].map((q) => ({
    query: `# ${q.title}\n${print(q.document)}\n`,
    ...(q.variables ? { variables: JSON.stringify(q.variables, null, 2) } : {}),
    ...(q.headers ? { headers: JSON.stringify(q.headers, null, 2) } : {}),
  }));
  return { tabs, tabsHash: createHash('sha256').update(JSON.stringify(tabs)).digest('hex').slice(0, 12) };
}

/** A hash of the page's own sources, this script and the bundled packages' versions: a change to any makes the build stale. */
export function playgroundSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of listFiles(SRC_DIR)) hash.update(file).update('\0').update(fs.readFileSync(path.join(SRC_DIR, file))).update('\0');
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  for (const pkg of ['graphiql', 'react', 'react-dom', 'monaco-editor', 'monaco-graphql', 'esbuild']) {
    try {
      hash.update(`${pkg}@${(JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** Built, and built from the current example questions and sources. */
export async function playgroundIsCurrent(outDir = PLAYGROUND_DIR): Promise<boolean> {
  if (!playgroundIsBuilt(outDir)) return false;
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { tabsHash?: string; sourceHash?: string };
  return manifest.tabsHash === (await exampleTabs()).tabsHash && manifest.sourceHash === playgroundSourceHash();
}

export async function buildPlayground({ outDir = PLAYGROUND_DIR }: { outDir?: string } = {}): Promise<void> {
  const started = performance.now();
  const { tabs, tabsHash } = await exampleTabs();

  // Build next to the target, then swap, so a running server never sees half a bundle.
  const tmp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  let stats: { files: number; total: number };
  try {
    stats = await buildInto(tmp, tabs, tabsHash);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  fs.renameSync(tmp, outDir);

  const ms = Math.round(performance.now() - started);
  console.log(
    `playground: ${stats.files} files, ${(stats.total / 1048576).toFixed(2)} MiB, ${tabs.length} tabs -> ${path.relative(process.cwd(), outDir) || '.'} (${ms} ms)`,
  );
}

async function buildInto(
  tmp: string,
  tabs: { query: string; variables?: string }[],
  tabsHash: string,
): Promise<{ files: number; total: number }> {
  const { build } = await import('esbuild');

  const common = {
    absWorkingDir: ROOT,
    outdir: tmp,
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    target: 'es2022',
    metafile: true,
    logLevel: 'warning',
    // Content-hashed names let the server cache assets as immutable.
    entryNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;

  // Workers: classic (iife) scripts, one self-contained file each.
  const workers = await build({ ...common, format: 'iife', entryPoints: aliasEntries(WORKERS) });
  const workerUrls = Object.fromEntries(
    Object.keys(WORKERS).map((name) => [name, URL_PREFIX + outputNamed(workers.metafile.outputs, `${name}.worker-`, '.js')]),
  );

  // App: ESM with code splitting so monaco/prettier (loaded lazily by GraphiQL) land in chunks.
  const app = await build({
    ...common,
    format: 'esm',
    splitting: true,
    entryPoints: { main: path.join(SRC_DIR, 'main.tsx') },
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    publicPath: URL_PREFIX,
    jsx: 'automatic',
    plugins: [skipMonacoCss],
    define: {
      ...common.define,
      __PLAYGROUND_TABS__: JSON.stringify(tabs),
      __PLAYGROUND_TABS_HASH__: JSON.stringify(tabsHash),
      __PLAYGROUND_WORKERS__: JSON.stringify(workerUrls),
    },
  });
  const mainJs = outputNamed(app.metafile.outputs, 'main-', '.js');
  const mainCss = outputNamed(app.metafile.outputs, 'main-', '.css');

  const html = fs
    .readFileSync(path.join(SRC_DIR, 'index.html'), 'utf8')
    .replace('%MAIN_JS%', URL_PREFIX + mainJs)
    .replace('%MAIN_CSS%', URL_PREFIX + mainCss);
  fs.writeFileSync(path.join(tmp, 'index.html'), html);

  // File list for the server/tests and for humans; no timestamps so rebuilds are byte-identical.
  const files = listFiles(tmp).map((f) => ({ path: f, bytes: fs.statSync(path.join(tmp, f)).size }));
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const manifest = { main: mainJs, css: mainCss, workers: workerUrls, tabs: tabs.length, tabsHash, sourceHash: playgroundSourceHash(), files, total };
  fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { files: files.length + 1, total };
}

// graphiql/style.css already contains Monaco's styles and its codicon font (as a data:
// URL). Monaco's ESM sources also `import './x.css'`; bundling those would duplicate
// ~70 KB in main.css and emit per-chunk CSS files that nothing loads, so drop them.
const skipMonacoCss: import('esbuild').Plugin = {
  name: 'skip-monaco-css',
  setup(b) {
    const inMonaco = /[\\/]node_modules[\\/]monaco-editor[\\/]/;
    b.onResolve({ filter: /\.css$/ }, (args) =>
      inMonaco.test(args.importer) ? { path: args.path, namespace: 'skip-monaco-css' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'skip-monaco-css' }, () => ({ contents: '', loader: 'js' }));
  },
};

/** esbuild entry map `{ 'editor.worker': 'monaco-editor/...' }` from `{ editor: ... }`. */
function aliasEntries(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([name, spec]) => [`${name}.worker`, spec]));
}

// Run when invoked directly (`tsx tools/build-web.ts`), not when imported.
// `--if-stale` (used by `npm start`) skips the build when the bundle matches the examples.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const ifStale = process.argv.includes('--if-stale');
  (async () => {
    if (ifStale && (await playgroundIsCurrent())) return;
    await buildPlayground();
  })().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
