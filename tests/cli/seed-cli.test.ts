// `npm run seed` as a person runs it: a child process on the embedded store in a fresh file.
// Failures a person can cause (bad config, corrupt data, a broken annotation) print one plain message
// that names the problem and the fix, never a stack trace, and exit non-zero.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_DIR = path.join(ROOT, 'seed');
const ANNOTATION_FILE = '2020-11-09-ap-shushi-helicopter.annotation.yaml';
const ARTICLE_FILE = '2020-11-09-ap-shushi-helicopter.txt';
const STACK_FRAME = '    at ';

const annotation = parseYaml(readFileSync(path.join(SEED_DIR, ANNOTATION_FILE), 'utf8')) as {
  entities: unknown[];
  claims: { evidence: unknown[] }[];
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the seed CLI to completion (never rejects: a non-zero exit is an outcome to check). */
function runSeedCli(env: Record<string, string>, args: string[] = []): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, GRAPH_STORE: 'embedded', ...env };
  delete childEnv.NEO4J_URI;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/seed.ts', ...args],
      { cwd: ROOT, env: childEnv, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** "embedded store now holds: 1 articles, 45 entities, …" → { articles: 1, entities: 45, … } */
function printedCounts(stdout: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith('embedded store now holds: '));
  expect(line, stdout).toBeDefined();
  return Object.fromEntries(
    line!
      .slice('embedded store now holds: '.length)
      .split(', ')
      .map((part) => {
        const [count, kind] = part.split(' ');
        return [kind, Number(count)];
      }),
  );
}

describe('seed CLI [embedded]', () => {
  let root: string;
  const freshDir = (name: string) => mkdtempSync(path.join(root, `${name}-`));
  /** A database file that does not exist yet, in a fresh directory. */
  const freshDb = (name: string) => path.join(freshDir(name), 'graph.sqlite');

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'newsgraph-seed-cli-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('[embedded] seeds a fresh database, exits 0 and prints what it wrote and the count of each kind of record', async () => {
    const dir = freshDb('fresh');
    const run = await runSeedCli({ EMBEDDED_DB_PATH: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const evidence = annotation.claims.reduce((n, c) => n + c.evidence.length, 0);
    expect(run.stdout).toContain(
      `seeded article:ap-2020-11-09-shushi-helicopter: ${annotation.entities.length} entities, ${annotation.claims.length} claims, ${evidence} evidence,`,
    );
    const counts = printedCounts(run.stdout);
    expect(Object.keys(counts)).toEqual(['articles', 'entities', 'claims', 'evidence', 'mentions', 'edges']);
    expect(counts).toMatchObject({ articles: 1, entities: annotation.entities.length, claims: annotation.claims.length, evidence });
    expect(counts.mentions).toBeGreaterThan(0);
    expect(counts.edges).toBeGreaterThan(0);

    // What it printed is what the directory holds.
    const store = await EmbeddedStore.open({ path: dir });
    try {
      expect(await store.counts()).toEqual(counts);
      expect((await store.entitiesPage('PLACE', { first: 1 })).totalCount).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('[embedded] seeding the same database twice prints the same counts', async () => {
    const dir = freshDb('twice');
    const first = await runSeedCli({ EMBEDDED_DB_PATH: dir });
    const second = await runSeedCli({ EMBEDDED_DB_PATH: dir });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(printedCounts(second.stdout)).toEqual(printedCounts(first.stdout));
    expect(second.stdout).toBe(first.stdout);
  });

  it('[embedded] GRAPH_STORE=bogus exits non-zero with one message naming the variable, its value and the valid ones', async () => {
    const run = await runSeedCli({ GRAPH_STORE: 'bogus', EMBEDDED_DB_PATH: freshDb('bogus') });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('GRAPH_STORE="bogus"');
    expect(run.stderr).toContain("'embedded'");
    expect(run.stderr).toContain("'neo4j'");
    expect(run.stderr.match(/GRAPH_STORE/g)).toHaveLength(1);
    expect(run.stderr).not.toContain(STACK_FRAME);
  });

  it('[embedded] seeding while another process holds the database open (the running server) works, and that process sees the graph', async () => {
    const dir = freshDb('shared');
    const holder = await EmbeddedStore.open({ path: dir });
    try {
      const run = await runSeedCli({ EMBEDDED_DB_PATH: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(await holder.counts()).toEqual(printedCounts(run.stdout));
    } finally {
      await holder.close();
    }
  });

  it('[embedded] a corrupt database file gives a message naming the path and what to do, and leaves the file alone', async () => {
    const file = freshDb('corrupt');
    const garbage = 'this is not a SQLite database, just garbage\n'.repeat(200);
    writeFileSync(file, garbage);
    const run = await runSeedCli({ EMBEDDED_DB_PATH: file });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`The embedded database at ${path.resolve(file)} cannot be read`);
    expect(run.stderr).toContain('npm run seed');
    expect(run.stderr).toContain('EMBEDDED_DB_PATH');
    expect(run.stderr).not.toContain(STACK_FRAME);
    expect(readFileSync(file, 'utf8')).toBe(garbage);
  });

  it('[embedded] a broken annotation file prints its problems with their locations, no stack trace, and writes nothing', async () => {
    const dir = freshDb('broken-annotation');
    const files = freshDir('broken-files');
    copyFileSync(path.join(SEED_DIR, ARTICLE_FILE), path.join(files, ARTICLE_FILE));
    const yamlText = readFileSync(path.join(SEED_DIR, ANNOTATION_FILE), 'utf8').replace('predicate: OVERLOOKS', 'predicate: HOVERS_OVER');
    const broken = path.join(files, 'broken.annotation.yaml');
    writeFileSync(broken, yamlText);
    const run = await runSeedCli({ EMBEDDED_DB_PATH: dir }, [broken]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/broken\.annotation\.yaml: claims\[\d+\]\.predicate: unknown predicate HOVERS_OVER/);
    expect(run.stderr).toContain('nothing written');
    expect(run.stderr).not.toContain(STACK_FRAME);
    const store = await EmbeddedStore.open({ path: dir });
    try {
      expect((await store.counts()).articles).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('[embedded] an annotation whose article file is missing gets a plain message naming both files, no stack trace', async () => {
    const files = freshDir('no-article');
    const lonely = path.join(files, ANNOTATION_FILE);
    copyFileSync(path.join(SEED_DIR, ANNOTATION_FILE), lonely);
    const run = await runSeedCli({ EMBEDDED_DB_PATH: freshDb('no-article-db') }, [lonely]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${lonely}: article.file: the article ${path.join(files, ARTICLE_FILE)} does not exist`);
    expect(run.stderr).not.toContain(STACK_FRAME);
  });

  it('[embedded] an unknown option exits non-zero with the option named and no stack trace', async () => {
    const run = await runSeedCli({ EMBEDDED_DB_PATH: freshDb('option') }, ['--bogus']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--bogus');
    expect(run.stderr).not.toContain(STACK_FRAME);
  });

  it('[embedded] --help prints the usage and exits 0 without touching the database', async () => {
    const dir = freshDb('help');
    const run = await runSeedCli({ EMBEDDED_DB_PATH: dir }, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: npm run seed');
    expect(run.stdout).toContain('--reset');
    expect(() => readFileSync(dir)).toThrow();
  });
});
