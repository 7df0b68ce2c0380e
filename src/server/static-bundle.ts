// Serves a prebuilt browser bundle (the playground, the explorer) from node:http: its page at a
// few fixed paths, its assets under a prefix. Anything else is left to the caller (the handler
// returns false), so handlers can sit in front of the other routes.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// esbuild entry/chunk names end in -<8 char hash>; those files never change content.
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

export interface BundleOptions {
  /** What the 503 says is missing ("playground", "explorer"). */
  name: string;
  /** The build output (index.html plus assets). */
  dir: string;
  pagePaths: readonly string[];
  assetPrefix: string;
  /** Where assets live inside `dir` ('' for the top level). */
  assetSubdir: string;
  /** Headers for the page: its Content-Security-Policy and the like. */
  pageHeaders: Record<string, string>;
}

export function createBundleHandler(options: BundleOptions) {
  const dir = path.resolve(options.dir);
  const assetDir = path.join(dir, options.assetSubdir);
  const pages = new Set(options.pagePaths);

  return function handleBundle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    // Work on the raw path: WHATWG URL parsing would silently resolve `..` (also `%2e%2e`)
    // and turn a traversal attempt into some other, unhandled path.
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';

    if (pages.has(rawPath)) {
      const file = path.join(dir, 'index.html');
      if (!fs.existsSync(file)) {
        send(req, res, 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          `The newsgraph ${options.name} is not built yet. Run \`npm run build:web\`, then reload.\n`);
        return true;
      }
      // no-cache: always revalidate, so a rebuild (new asset hashes) shows up on reload.
      sendFile(req, res, file, { 'cache-control': 'no-cache', ...options.pageHeaders });
      return true;
    }

    if (!rawPath.startsWith(options.assetPrefix)) return false;
    const file = resolveAsset(assetDir, rawPath.slice(options.assetPrefix.length));
    if (!file) {
      send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');
      return true;
    }
    sendFile(req, res, file, { 'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache' });
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
  // Reject traversal, backslashes (Windows separators), NUL and dotfiles outright
  // rather than normalising them into something that happens to exist.
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
