// The prebuilt GraphiQL playground (tools/build-web.ts -> dist/web/playground/): `/` and
// `/index.html` are the page, `/playground/*` the bundled assets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBundleHandler } from './static-bundle.js';

const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web/playground');

// The page only ever talks to its own origin; saying so in a CSP makes the browser
// enforce "offline" too. Monaco sets inline styles and GraphiQL's fonts/icons are
// data: URLs, hence those two allowances.
const CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createPlaygroundHandler(opts: { dir?: string } = {}) {
  return createBundleHandler({
    name: 'playground',
    dir: opts.dir ?? DEFAULT_DIR,
    pagePaths: ['/', '/index.html'],
    assetPrefix: '/playground/',
    assetSubdir: '',
    pageHeaders: { 'content-security-policy': CSP },
  });
}
