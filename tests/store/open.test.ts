// Opening the configured store: failures at start-up name what is wrong and how to fix it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { EmbeddedOpenError } from '../../src/store/embedded/open-errors.js';
import { openStore, StoreStartError } from '../../src/store/open.js';
import { fixtureBatch } from '../support/fixture-graph.js';

describe('opening the store', () => {
  it('[neo4j] an unreachable Neo4j names the URI and the fix', async () => {
    const config = loadConfig({ GRAPH_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:1', QUERY_TIMEOUT_MS: '1000' });
    const failure = await openStore(config).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreStartError);
    expect((failure as Error).message).toContain('Cannot reach Neo4j at bolt://127.0.0.1:1');
    expect((failure as Error).message).toContain('npm run neo4j:local');
    expect((failure as Error).message).toContain('NEO4J_URI');
  });

  it('[embedded] opens an in-memory store and answers a ping', async () => {
    const store = await openStore(loadConfig({ EMBEDDED_DB_PATH: ':memory:' }));
    await expect(store.ping()).resolves.toBeUndefined();
    expect(await store.counts()).toMatchObject({ articles: 0, entities: 0 });
    await store.close();
  });

  it('[embedded] an on-disk store keeps what was written across close and open', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-open-'));
    try {
      const config = loadConfig({ EMBEDDED_DB_PATH: path.join(dir, 'nested', 'graph.sqlite') });
      const store = await openStore(config);
      await store.upsert(fixtureBatch());
      await store.close();
      const reopened = await openStore(config);
      expect(await reopened.counts()).toMatchObject({ articles: 1, entities: 8, claims: 5 });
      expect((await reopened.getEntities(['place:shushi']))[0]?.name).toBe('Shushi');
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('[embedded] a LadybugDB database from an earlier version is named, with how to re-seed, and left alone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ladybug-'));
    try {
      const ladybug = path.join(dir, 'embedded');
      mkdirSync(ladybug);
      writeFileSync(path.join(ladybug, 'graph.lbug'), 'LBUG');
      const expectRefusal = async (dbPath: string) => {
        const failure = await openStore(loadConfig({ EMBEDDED_DB_PATH: dbPath })).then(() => undefined, (error: unknown) => error);
        expect(failure).toBeInstanceOf(EmbeddedOpenError);
        const message = (failure as Error).message;
        expect(message).toContain(`${ladybug} holds a LadybugDB database`);
        expect(message).toContain('the embedded store is now SQLite');
        expect(message).toContain('move that directory away');
        expect(message).toContain('npm run seed');
      };
      // Pointed at the old directory, and at a new file beside the old default directory.
      await expectRefusal(ladybug);
      await expectRefusal(path.join(dir, 'newsgraph.sqlite'));
      expect(readdirSync(dir)).toEqual(['embedded']);
      expect(readFileSync(path.join(ladybug, 'graph.lbug'), 'utf8')).toBe('LBUG');
      // Moved away, the store starts empty.
      renameSync(ladybug, path.join(dir, 'embedded.old'));
      const store = await openStore(loadConfig({ EMBEDDED_DB_PATH: path.join(dir, 'newsgraph.sqlite') }));
      expect((await store.counts()).articles).toBe(0);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('[embedded] a directory or a file that is not SQLite gets a message naming the path and the fix', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-notdb-'));
    try {
      await expect(openStore(loadConfig({ EMBEDDED_DB_PATH: dir }))).rejects.toThrow(/is a directory; it names the SQLite database file/);
      const file = path.join(dir, 'graph.sqlite');
      const garbage = 'not a database\n'.repeat(400);
      writeFileSync(file, garbage);
      await expect(openStore(loadConfig({ EMBEDDED_DB_PATH: file }))).rejects.toThrow(/cannot be read .*npm run seed/s);
      expect(readFileSync(file, 'utf8')).toBe(garbage);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
