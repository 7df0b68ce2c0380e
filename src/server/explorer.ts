// The prebuilt analyst explorer (tools/build-explorer.ts -> dist/web/explorer/): `/explore`,
// `/explore/` and `/explore/index.html` are the page, `/explore/assets/*` the bundled assets.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBundleHandler } from './static-bundle.js';

const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web/explorer');

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

export function createExplorerHandler(opts: { dir?: string } = {}) {
  return createBundleHandler({
    name: 'explorer',
    dir: opts.dir ?? DEFAULT_DIR,
    pagePaths: ['/explore', '/explore/', '/explore/index.html'],
    assetPrefix: '/explore/assets/',
    assetSubdir: 'assets',
    pageHeaders: { 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' },
  });
}
