// Bench-only bulk loaders for a FRESH graph: the same rows as `store.upsert` writes (batchRows from
// src/store/rows.ts, so the graph is identical: nodes, properties, relationships, search keys), but
// without upsert's replace and reference-check steps and (embedded) without its checkpoint after
// every commit. They build the 1k–100k graphs quickly; `store.upsert` itself is measured separately
// on the built graph (tools/bench/server.ts).
import lbug from '@ladybugdb/core';
import type { Connection, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import neo4j from 'neo4j-driver';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { GraphBatch } from '../../src/model/records.js';
import { batchRows } from '../../src/store/rows.js';
import { fillPlaceholders } from '../../src/store/embedded/adapter.js';
import { WRITE as EMBEDDED_WRITE, schemaStatements } from '../../src/store/embedded/statements.js';
import { WRITE as NEO4J_WRITE } from '../../src/store/neo4j/statements.js';

export interface BulkLoader {
  write(batch: GraphBatch): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (creating) the embedded database directory as EmbeddedStore.open({ path: dir }) would, and
 * writes with upsert's own statements (src/store/embedded/statements.ts), minus its replace steps.
 */
export async function embeddedBulkLoader(dir: string): Promise<BulkLoader> {
  mkdirSync(dir, { recursive: true });
  const db = new lbug.Database(path.resolve(dir, 'graph.lbug'));
  await db.init();
  const conn: Connection = new lbug.Connection(db);
  await conn.init();
  for (const s of schemaStatements()) await conn.query(s);
  const prepared = new Map<string, PreparedStatement>();
  const run = async (query: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> => {
    let ps = prepared.get(query);
    if (!ps) {
      ps = await conn.prepare(query);
      if (!ps.isSuccess()) throw new Error(`bulk load: cannot prepare: ${ps.getErrorMessage()}`);
      prepared.set(query, ps);
    }
    const result = (await conn.execute(ps, fillPlaceholders(params) as Record<string, LbugValue>)) as QueryResult;
    const rows = await result.getAll();
    result.close();
    return rows;
  };
  // UNWIND over an empty list cannot be bound, so empty steps are skipped (as in upsert).
  const step = async (query: string, rows: unknown[]) => {
    if (rows.length) await run(query, { rows });
  };
  const W = EMBEDDED_WRITE;
  return {
    async write(batch) {
      const rows = batchRows(batch);
      const keys = [...new Set(rows.searchKeys.map((r) => r.key))];
      await conn.query('BEGIN TRANSACTION');
      try {
        const known = new Set(keys.length ? (await run(W.existingSearchKeys, { keys })).map((r) => r.key as string) : []);
        const newKeys = keys.filter((k) => !known.has(k));
        await step(W.articles.create, rows.articles);
        await step(W.entities.create, rows.entities);
        if (newKeys.length) await run(W.newSearchKeys, { keys: newKeys });
        await step(W.searchKeys, rows.searchKeys);
        await step(W.participants, rows.participants);
        await step(W.locatedEvents, rows.locatedEvents);
        await step(W.claims.create, rows.claims);
        await step(W.claimCore, rows.claims);
        await step(W.claimObjects, rows.objects);
        await step(W.attributions, rows.attributions);
        await step(W.evidence, rows.evidence);
        await step(W.links, rows.links);
        await step(W.edges, rows.edges);
        await step(W.mentions, rows.mentions);
        await conn.query('COMMIT');
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    async close() {
      await conn.close();
      await db.close();
    },
  };
}

// ---- Neo4j -------------------------------------------------------------------------------------
/**
 * Upsert's own statements in one transaction per batch, minus the steps that only matter when a
 * batch replaces earlier data (dropStaleClaims, dropMentions, clearEntityLinks, clearClaimLinks)
 * and the reference checks.
 */
export async function neo4jBulkLoader(uri: string, options: { user?: string; password?: string; database?: string } = {}): Promise<BulkLoader> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'neo4j'), { disableLosslessIntegers: true });
  const W = NEO4J_WRITE;
  return {
    async write(batch) {
      const rows = batchRows(batch);
      const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
      try {
        await session.executeWrite(async (tx) => {
          const step = async (query: string, params: Record<string, unknown>, count: number) => {
            if (count > 0) await tx.run(query, params);
          };
          await step(W.articles, { rows: rows.articles }, rows.articles.length);
          await step(W.entities, { rows: rows.entities }, rows.entities.length);
          await step(W.searchKeys, { rows: rows.searchKeys }, rows.searchKeys.length);
          await step(W.participants, { rows: rows.participants }, rows.participants.length);
          await step(W.locatedEvents, { rows: rows.locatedEvents }, rows.locatedEvents.length);
          await step(W.claims, { rows: rows.claims }, rows.claims.length);
          await step(W.claimCore, { rows: rows.claims }, rows.claims.length);
          await step(W.claimObjects, { rows: rows.objects }, rows.objects.length);
          await step(W.attributions, { rows: rows.attributions }, rows.attributions.length);
          await step(W.evidence, { rows: rows.evidence }, rows.evidence.length);
          await step(W.links, { rows: rows.links }, rows.links.length);
          await step(W.edges, { rows: rows.edges }, rows.edges.length);
          await step(W.mentions, { rows: rows.mentions }, rows.mentions.length);
        });
      } finally {
        await session.close();
      }
    },
    async close() {
      await driver.close();
    },
  };
}
