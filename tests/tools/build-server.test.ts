// The server build behind `npm start` (tools/build-server.ts): a build is current until any file it
// was built from changes or goes, and the built app finds the repository's files (schema, seed,
// playground) from dist/app/ as the sources do from src/.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_BUILD, BENCH_BUILD, buildServer, ensureServerBuilt, serverBuildIsCurrent, type ServerBuild } from '../../tools/build-server.js';
import { freePort } from '../hardening/support/child-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-build-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tools/build-server.ts', () => {
  it('a build is stale once a source it read changes or is deleted, and current again after a rebuild', async () => {
    writeFileSync(path.join(dir, 'entry.ts'), "import { word } from './word.js';\nconsole.log(word);\n");
    writeFileSync(path.join(dir, 'word.ts'), "export const word: string = 'one';\n");
    const build: ServerBuild = { outDir: path.join(dir, 'out'), entryPoints: { entry: path.join(dir, 'entry.ts') } };
    expect(serverBuildIsCurrent(build)).toBe(false); // never built

    await buildServer(build);
    expect(serverBuildIsCurrent(build)).toBe(true);

    writeFileSync(path.join(dir, 'word.ts'), "export const word: string = 'two';\n");
    expect(serverBuildIsCurrent(build)).toBe(false);
    await ensureServerBuilt(build);
    expect(serverBuildIsCurrent(build)).toBe(true);
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(build.outDir, 'entry.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
      child.once('error', reject);
      child.once('exit', () => resolve(text));
    });
    expect(out.trim()).toBe('two');

    unlinkSync(path.join(dir, 'word.ts'));
    expect(serverBuildIsCurrent(build)).toBe(false);
  });

  it('every bundled module that finds a file by import.meta.url sits two folders deep and writes the path from there', async () => {
    const uses: string[] = [];
    for (const build of [APP_BUILD, BENCH_BUILD]) {
      await ensureServerBuilt(build);
      const { inputs } = JSON.parse(readFileSync(path.join(build.outDir, 'manifest.json'), 'utf8')) as { inputs: string[] };
      for (const file of inputs) {
        readFileSync(path.join(ROOT, file), 'utf8').split('\n').forEach((line, i) => {
          if (line.includes('import.meta.url')) uses.push(`${file}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(uses.length).toBeGreaterThan(0);
    // A bundle's modules share its import.meta.url (dist/app/main.js): only paths from two folders deep hold in both.
    const holds = (use: string) =>
      use.split(':')[0].split('/').length === 3 && /'\.\.\/\.\.\/|createRequire\(import\.meta\.url\)|`\.\/extract-worker\$\{/.test(use);
    expect(uses.filter((use) => !holds(use))).toEqual([]);
  });

  it('[embedded] the built server (node dist/app/main.js) seeds the store and answers from the schema/ and seed/ folders', async () => {
    await ensureServerBuilt(APP_BUILD);
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(APP_BUILD.outDir, 'main.js')], {
      // Another working directory: the bundle must not find the repository's files through it.
      cwd: dir,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), GRAPH_STORE: 'embedded', EMBEDDED_DB_PATH: ':memory:', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    try {
      await expect.poll(() => /newsgraph \(embedded store\) at http/.test(output) || child.exitCode !== null, { timeout: 60_000, interval: 100 }).toBe(true);
      expect(output).toMatch(/^seeded article:ap-2020-11-09-shushi-helicopter: \d+ entities, \d+ claims$/m);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "place:shushi") { name claims(first: 1) { totalCount } } }' }),
      });
      const body = (await res.json()) as { data: { entity: { name: string; claims: { totalCount: number } } } };
      expect(body.data.entity.name).toBe('Shushi');
      expect(body.data.entity.claims.totalCount).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
