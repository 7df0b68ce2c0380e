// Builds the analyst explorer (src/web/explorer/) into dist/web/explorer/ with esbuild:
// one content-hashed JS file and one CSS file under /explore/assets/, index.html, and the
// map's country outlines (world-atlas, fetched by the page only when the map opens).
// Run: `tsx tools/build-explorer.ts` (`--if-stale`: only when the sources changed).
// Also imported by the browser test, so esbuild is imported lazily.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listFiles, outputNamed } from './bundle-output.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC_DIR = path.join(ROOT, 'src/web/explorer');
/** Default output; src/server/explorer.ts serves the same directory. */
export const EXPLORER_DIR = path.join(ROOT, 'dist/web/explorer');
/** URL prefix the server mounts the assets under (see src/server/explorer.ts). */
const ASSET_PREFIX = '/explore/assets/';

export interface ExplorerManifest {
  main: string;
  css: string;
  sourceHash: string;
  files: { path: string; bytes: number }[];
  total: number;
}

/**
 * A hash of what the bundle is made from: the explorer's sources, this script and the
 * versions of the bundled packages. The manifest records it, so a stale build is detected.
 */
export function explorerSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of listFiles(SRC_DIR)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(SRC_DIR, file))).update('\0');
  }
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  for (const pkg of ['react', 'react-dom', 'cytoscape', 'cytoscape-fcose', 'd3-geo', 'topojson-client', 'world-atlas', 'esbuild']) {
    try {
      const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
      hash.update(`${pkg}@${json.version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export function readExplorerManifest(outDir = EXPLORER_DIR): ExplorerManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as ExplorerManifest;
  } catch {
    return null;
  }
}

export function explorerIsBuilt(outDir = EXPLORER_DIR): boolean {
  // manifest.json is written last, so its presence means a complete build.
  return readExplorerManifest(outDir) !== null && fs.existsSync(path.join(outDir, 'index.html'));
}

/** Built, and built from the current sources. */
export function explorerIsCurrent(outDir = EXPLORER_DIR): boolean {
  return explorerIsBuilt(outDir) && readExplorerManifest(outDir)?.sourceHash === explorerSourceHash();
}

export async function buildExplorer({ outDir = EXPLORER_DIR }: { outDir?: string } = {}): Promise<ExplorerManifest> {
  const started = performance.now();
  // Build next to the target, then swap, so a running server never sees half a bundle.
  const tmp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  let manifest: ExplorerManifest;
  try {
    manifest = await buildInto(tmp);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  fs.renameSync(tmp, outDir);

  const ms = Math.round(performance.now() - started);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const js = manifest.files.find((f) => f.path.endsWith(manifest.main))?.bytes ?? 0;
  console.log(
    `explorer: ${manifest.files.length + 1} files, ${kib(manifest.total)} (js ${kib(js)}) -> ${path.relative(process.cwd(), outDir) || '.'} (${ms} ms)`,
  );
  return manifest;
}

async function buildInto(tmp: string): Promise<ExplorerManifest> {
  const { build } = await import('esbuild');
  const sourceHash = explorerSourceHash();
  const assets = path.join(tmp, 'assets');
  const atlas = writeAtlas(assets);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: path.join(SRC_DIR, 'main.tsx') },
    outdir: assets,
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    target: 'es2022',
    metafile: true,
    logLevel: 'warning',
    jsx: 'automatic',
    // Content-hashed names let the server cache assets as immutable.
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    publicPath: ASSET_PREFIX,
    define: { 'process.env.NODE_ENV': '"production"', WORLD_ATLAS_URL: JSON.stringify(ASSET_PREFIX + atlas) },
  });
  const main = outputNamed(result.metafile.outputs, 'main-', '.js');
  const css = outputNamed(result.metafile.outputs, 'main-', '.css');

  const html = fs
    .readFileSync(path.join(SRC_DIR, 'index.html'), 'utf8')
    .replace('%MAIN_JS%', ASSET_PREFIX + main)
    .replace('%MAIN_CSS%', ASSET_PREFIX + css);
  fs.writeFileSync(path.join(tmp, 'index.html'), html);

  // No timestamps, so rebuilding the same sources gives the same bytes.
  const files = listFiles(tmp).map((f) => ({ path: f, bytes: fs.statSync(path.join(tmp, f)).size }));
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const manifest: ExplorerManifest = { main, css, sourceHash, files, total };
  fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Natural Earth's 1:50m countries (about 740 KiB) beside the bundle, content-hashed like it. */
function writeAtlas(assets: string): string {
  const bytes = fs.readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-50m.json'));
  const name = `countries-50m-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.json`;
  fs.mkdirSync(assets, { recursive: true });
  fs.writeFileSync(path.join(assets, name), bytes);
  return name;
}

// Run when invoked directly, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const ifStale = process.argv.includes('--if-stale');
  (async () => {
    if (ifStale && explorerIsCurrent()) return;
    await buildExplorer();
  })().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
