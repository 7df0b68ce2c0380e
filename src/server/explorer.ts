// Serves the prebuilt analyst explorer (tools/build-explorer.ts -> dist/web/explorer/) from a
// plain Node http server: `/explore`, `/explore/` and `/explore/index.html` are the page,
// `/explore/assets/*` the bundled assets. Anything else is left to the caller (the handler
// returns false), so it can sit in front of the other routes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web/explorer');
const PAGE_PATHS = new Set(['/explore', '/explore/', '/explore/index.html']);
const ASSET_PREFIX = '/explore/assets/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// cytoscape.js inserts one tiny <style> element into <head> (it makes the graph container
// position: relative); allowing exactly that text by its hash keeps style-src free of
// 'unsafe-inline'. React and cytoscape set all other styles through the CSSOM, which CSP
// does not restrict.
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

// The page only ever talks to its own origin; saying so in the CSP makes the browser
// enforce "offline" too.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// esbuild output names end in -<8 char hash>; those files never change content.
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

export function createExplorerHandler(opts: { dir?: string } = {}) {
  const dir = path.resolve(opts.dir ?? DEFAULT_DIR);

  return function handleExplorer(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    // Work on the raw path: WHATWG URL parsing would silently resolve `..` (also `%2e%2e`)
    // and turn a traversal attempt into some other, unhandled path.
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';

    if (PAGE_PATHS.has(rawPath)) {
      const file = path.join(dir, 'index.html');
      if (!fs.existsSync(file)) {
        send(req, res, 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          'The newsgraph explorer is not built yet. Run `npm run build:web`, then reload.\n');
        return true;
      }
      // no-cache: always revalidate, so a rebuild (new asset hashes) shows up on reload.
      sendFile(req, res, file, { 'cache-control': 'no-cache', 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' });
      return true;
    }

    if (!rawPath.startsWith(ASSET_PREFIX)) return false;
    const file = resolveAsset(path.join(dir, 'assets'), rawPath.slice(ASSET_PREFIX.length));
    if (!file) {
      send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
      return true;
    }
    const cache = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    sendFile(req, res, file, { 'cache-control': cache });
    return true;
  };
}

/** Absolute path of an existing regular file inside `dir`, or null for anything suspicious. */
function resolveAsset(dir: string, encoded: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(encoded);
  } catch {
    return null; // malformed %-escape
  }
  // Reject traversal, backslashes, NUL and dotfiles outright rather than normalising them
  // into something that happens to exist.
  if (!rel || rel.includes('\0') || rel.includes('\\')) return null;
  if (rel.split('/').some((seg) => seg === '' || seg.startsWith('.'))) return null;
  const file = path.resolve(dir, rel);
  if (!file.startsWith(dir + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
    return;
  }
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const common = {
    ...headers,
    etag,
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common).end();
    return;
  }
  res.writeHead(200, { ...common, 'content-length': String(stat.size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy()) // file vanished mid-rebuild: drop the connection
    .pipe(res);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
