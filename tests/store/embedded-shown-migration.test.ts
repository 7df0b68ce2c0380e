// Schema version 6 of the embedded store: claims carry `shown` (neither rejected nor superseded), the
// listing index's third key. A database from version 5, with a curator's rejection in it, is
// upgraded on open: the rejected claim stays out of the default list and its count, and reviewing
// it again is followed by the trigger.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewClaim } from '../../src/curate/curate.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { MIGRATIONS } from '../../src/store/embedded/schema.js';
import { fixtureBatch } from '../support/fixture-graph.js';

describe('claims from before `shown` [embedded]', () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-shown-'));
    file = path.join(dir, 'graph.sqlite');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('[embedded] opening a version-5 database fills `shown`, so a rejected claim stays out of the predicate + status list and its count, and a later review is followed', async () => {
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(6);
    let store = await EmbeddedStore.open({ path: file });
    await store.upsert(fixtureBatch());
    const [firstId] = (await store.claimsPage({}, { first: 1 })).items;
    const [claim] = await store.getClaims([firstId]);
    const filter = { predicates: [claim!.predicate], statuses: [claim!.status] };
    const before = await store.claimsPage(filter, { first: 50 });
    expect(before.items).toContain(firstId);
    await reviewClaim(store, { id: firstId, verdict: 'REJECTED' }, { author: 'migration test' });
    await store.close();

    // Back to version 5 as it was: no column, no trigger, the listing index without it, no edge indexes.
    const db = new Database(file);
    db.exec(`
      DROP TRIGGER claim_shown;
      DROP INDEX claim_edge_out;
      DROP INDEX claim_edge_in;
      DROP INDEX claim_predicate_status;
      ALTER TABLE claim DROP COLUMN shown;
      CREATE INDEX claim_predicate_status ON claim (predicate, status, id, reviewVerdict, supersededBy);
      PRAGMA user_version = 5;`);
    db.close();

    store = await EmbeddedStore.open({ path: file });
    try {
      const after = await store.claimsPage(filter, { first: 50 });
      expect(after.items).toEqual(before.items.filter((id) => id !== firstId));
      expect(after.totalCount).toBe(before.totalCount - 1);
      expect((await store.claimsPage({ ...filter, reviews: ['REJECTED'] }, { first: 50 })).items).toEqual([firstId]);

      await reviewClaim(store, { id: firstId, verdict: 'ACCEPTED' }, { author: 'migration test' });
      const accepted = await store.claimsPage(filter, { first: 50 });
      expect(accepted.items).toEqual(before.items);
      expect(accepted.totalCount).toBe(before.totalCount);
    } finally {
      await store.close();
    }
    const upgraded = new Database(file, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    upgraded.close();
  });
});
