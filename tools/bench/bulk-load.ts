// Bench-only bulk loaders for a FRESH graph: the same rows as `store.upsert` writes (batchRows from
// src/store/rows.ts, so the graph is identical: nodes, properties, relationships, search keys). On
// Neo4j, without upsert's replace and reference-check steps; they build the 1k–100k graphs quickly.
// `store.upsert` itself is measured separately on the built graph (tools/bench/server.ts).
import neo4j from 'neo4j-driver';
import { rmSync } from 'node:fs';
import type { GraphBatch } from '../../src/model/records.js';
import { batchRows } from '../../src/store/rows.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { WRITE as NEO4J_WRITE } from '../../src/store/neo4j/statements.js';

export interface BulkLoader {
  write(batch: GraphBatch): Promise<void>;
  close(): Promise<void>;
}

/** Removes the embedded database at `file`, for a fresh graph. */
export function removeEmbeddedDatabase(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}

/**
 * The embedded database at `file`, loaded through the adapter's own upsert: on SQLite its replace
 * and reference checks are index probes, which on a fresh graph find nothing to replace.
 */
export async function embeddedBulkLoader(file: string): Promise<BulkLoader> {
  const store = await EmbeddedStore.open({ path: file });
  return {
    async write(batch) {
      await store.upsert(batch);
    },
    close: () => store.close(),
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
