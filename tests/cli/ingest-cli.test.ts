// `npm run ingest` as a person runs it: a child process on the embedded store in a fresh
// directory, over a folder of article files with header lines. A bad file is reported with its
// reason and the rest go in; a second run finds everything unchanged; the header lines end up on
// the stored articles. It reads with the run's real Stanford CoreNLP (CORENLP_URL); without one it
// stops before opening the store, saying how to start it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import type { ArticleRecord } from '../../src/model/records.js';
import type { StoreCounts } from '../../src/store/port.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { corenlpAvailable, corenlpUrl } from '../support/corenlp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BATCH = path.join(ROOT, 'tests/fixtures/articles/batch');
const GOOD = ['01-goris-convoy.txt', '02-lachin-road.txt', '03-ganja-strike.txt'];
const BAD = '04-not-text.txt';
const STACK_FRAME = '    at ';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the ingest CLI to completion (never rejects: a non-zero exit is an outcome to check), with
 * the run's CoreNLP as CORENLP_URL unless `env` says otherwise.
 */
function runIngestCli(dbPath: string, args: string[], overrides: NodeJS.ProcessEnv = { CORENLP_URL: corenlpUrl() }): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, GRAPH_STORE: 'embedded', EMBEDDED_DB_PATH: dbPath, ...overrides };
  delete env.NEO4J_URI;
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface Summary {
  files: number;
  created: number;
  newVersions: number;
  unchanged: number;
  failed: number;
  claims: number;
  entities: number;
  corroborations: number;
  contradictions: number;
}

/** "ingested 4 file(s): 3 created, 0 new versions, 0 unchanged, 1 failed; 4 claims, 8 new entities, 0 corroborations, 0 contradictions" */
function summaryOf(stdout: string): Summary {
  const match =
    /^ingested (\d+) file\(s\): (\d+) created, (\d+) new versions, (\d+) unchanged, (\d+) failed; (\d+) claims, (\d+) new entities, (\d+) corroborations, (\d+) contradictions$/m.exec(
      stdout,
    );
  expect(match, stdout).not.toBeNull();
  const [files, created, newVersions, unchanged, failed, claims, entities, corroborations, contradictions] = match!.slice(1).map(Number);
  return { files, created, newVersions, unchanged, failed, claims, entities, corroborations, contradictions };
}

/** The article id the CLI printed for a file ("<file>: created article:… (…)"). */
function printedId(stdout: string, file: string): string {
  const line = stdout.split('\n').find((l) => l.includes(`${file}: `));
  expect(line, stdout).toBeDefined();
  const id = /: (?:created|unchanged|new-version) (article:\S+) \(/.exec(line!)?.[1];
  expect(id, line).toBeDefined();
  return id!;
}

async function withStore<T>(dbPath: string, work: (store: EmbeddedStore) => Promise<T>): Promise<T> {
  const store = await EmbeddedStore.open({ path: dbPath });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe.runIf(corenlpAvailable())('ingest CLI [embedded] [corenlp]', () => {
  let root: string;
  let db: string;
  let first: Run;
  let afterFirst: StoreCounts;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'newsgraph-ingest-cli-'));
    db = path.join(root, 'db');
    first = await runIngestCli(db, [BATCH]);
    afterFirst = await withStore(db, (store) => store.counts());
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('[embedded] a folder with three good files and one HTML file exits 1, naming the bad file and why, with no stack trace', () => {
    expect(first.code).toBe(1);
    const complaint = first.stderr.split('\n').filter((l) => l.includes(BAD));
    expect(complaint).toHaveLength(1);
    expect(complaint[0]).toContain('looks like HTML');
    expect(complaint[0]).toContain('plain text');
    expect(first.stderr).not.toContain(STACK_FRAME);
    for (const file of GOOD) expect(first.stderr).not.toContain(file);
  });

  it('[embedded] ingests the three good files, one line each, and its summary line counts what the store now holds', () => {
    for (const file of GOOD) expect(first.stdout).toMatch(new RegExp(`${file}: created article:\\S+ \\(\\d+ claims, `));
    const summary = summaryOf(first.stdout);
    expect(summary).toMatchObject({ files: 4, created: 3, newVersions: 0, unchanged: 0, failed: 1 });
    expect(afterFirst.articles).toBe(3);
    expect(afterFirst.claims).toBe(summary.claims);
    expect(afterFirst.entities).toBe(summary.entities);
    expect(summary.claims).toBeGreaterThan(0);
  });

  it('[embedded] honours the header lines: title, published, publisher and url are on the stored article, and not in its text', async () => {
    const articles = await withStore(db, async (store) =>
      (await store.getArticles(GOOD.map((file) => printedId(first.stdout, file)))).map((a) => a as ArticleRecord),
    );
    expect(articles[0]).toMatchObject({
      id: 'article:ridgeline-example-2020-11-10-goris-convoy',
      title: 'Aid convoy reaches Goris',
      publishedAt: '2020-11-10',
      publisher: 'Ridgeline Post',
      url: 'https://ridgeline.example/2020/11/10/goris-convoy',
      version: 1,
    });
    expect(articles[1]).toMatchObject({ title: 'Lachin road reopens', publishedAt: '2020-11-11', publisher: 'Valley Courier', url: 'https://valley.example/lachin-road' });
    // Only the headers a file has: the third has a title and a date, no publisher or url.
    expect(articles[2]).toMatchObject({ title: 'Ganja counts the damage', publishedAt: '2020-11-12' });
    expect(articles[2].publisher).toBeUndefined();
    expect(articles[2].url).toBeUndefined();
    GOOD.forEach((file, i) => {
      const text = articles[i].text;
      expect(text).toBe(parseArticle(readFileSync(path.join(BATCH, file), 'utf8')).text);
      expect(text).not.toMatch(/^(title|published|publisher|url):/m);
    });
  });

  it('[embedded] resolves "said on Monday" against the published: header (2020-11-10 → 2020-11-09)', async () => {
    const claims = await withStore(db, async (store) => {
      const page = await store.claimsPage({ article: 'article:ridgeline-example-2020-11-10-goris-convoy', predicates: ['FLED_TO'] }, { first: 10 });
      return store.getClaims(page.items);
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ objectId: 'place:goris', status: 'CLAIMED', attributedTo: ['actor:unhcr'], statedOn: { value: '2020-11-09' } });
  });

  it('[embedded] a second run over the same folder finds the three unchanged, writes nothing, and still reports the bad file', async () => {
    const second = await runIngestCli(db, [BATCH]);
    expect(second.code).toBe(1);
    expect(summaryOf(second.stdout)).toMatchObject({ files: 4, created: 0, newVersions: 0, unchanged: 3, failed: 1, claims: 0, entities: 0 });
    for (const file of GOOD) expect(printedId(second.stdout, file)).toBe(printedId(first.stdout, file));
    expect(second.stderr).toContain(`${BAD}: text looks like HTML`);
    expect(await withStore(db, (store) => store.counts())).toEqual(afterFirst);
  });

  it('[embedded] the good files alone, named one by one, exit 0 with all three unchanged', async () => {
    const run = await runIngestCli(
      db,
      GOOD.map((file) => path.join(BATCH, file)),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toMatchObject({ files: 3, created: 0, unchanged: 3, failed: 0 });
  });

  it('[embedded] a changed text under a known url: header is ingested as the next version', async () => {
    const dir = mkdtempSync(path.join(root, 'revised-'));
    const original = readFileSync(path.join(BATCH, '02-lachin-road.txt'), 'utf8');
    const revised = original.replace('about 40km west of Stepanakert', 'about 45km west of Stepanakert');
    expect(revised).not.toBe(original);
    writeFileSync(path.join(dir, 'lachin-road-updated.txt'), revised);
    const run = await runIngestCli(db, [dir]);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toMatchObject({ files: 1, created: 0, newVersions: 1, failed: 0 });
    expect(printedId(run.stdout, 'lachin-road-updated.txt')).toBe('article:valley-example-lachin-road-v2');
    const [v2] = await withStore(db, (store) => store.getArticles(['article:valley-example-lachin-road-v2']));
    expect(v2).toMatchObject({ version: 2, supersedes: 'article:valley-example-lachin-road', url: 'https://valley.example/lachin-road' });
  });

  it('[embedded] a path that does not exist exits 1 with the path and the usage, no stack trace', async () => {
    const missing = path.join(root, 'no-such-folder');
    const run = await runIngestCli(path.join(root, 'db-missing'), [missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${missing} does not exist`);
    expect(run.stderr).toContain('usage: npm run ingest');
    expect(run.stderr).not.toContain(STACK_FRAME);
  });

  it('[embedded] --help prints the usage, including the header lines, and exits 0; no arguments prints it and exits 1', async () => {
    const help = await runIngestCli(path.join(root, 'db-help'), ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run ingest');
    expect(help.stdout).toMatch(/title:.*published: YYYY-MM-DD.*publisher:.*url:/);
    const none = await runIngestCli(path.join(root, 'db-none'), []);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('usage: npm run ingest');
  });
});

describe('ingest CLI without an NLP service [embedded]', () => {
  let root: string;
  let db: string;
  let run: Run;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'newsgraph-ingest-cli-nonlp-'));
    db = path.join(root, 'db');
    // A PATH holding only node: no java, no mvn, so CoreNLP cannot be started here.
    const bin = path.join(root, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, path.join(bin, 'node'));
    run = await runIngestCli(db, [path.join(BATCH, GOOD[0])], { CORENLP_URL: undefined, PATH: bin });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('[embedded] with no CORENLP_URL and no Java or Maven, exits 1 with one message naming `npm run corenlp:local` and CORENLP_URL, no stack trace', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toContain('npm run corenlp:local');
    expect(lines[0]).toContain('CORENLP_URL');
    expect(run.stderr).not.toContain(STACK_FRAME);
    expect(run.stdout).not.toMatch(/created|ingested/);
  });

  it('[embedded] stops before opening the store: nothing is written, not even an empty database', () => {
    expect(run.code).toBe(1);
    expect(existsSync(db)).toBe(false);
  });

  it('[embedded] the command its message names exists: package.json has a corenlp:local script', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['corenlp:local']).toBeDefined();
  });
});
