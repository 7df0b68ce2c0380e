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
import { type ColumnType, NODE_TABLES, REL_TABLES, schemaStatements } from '../../src/store/embedded/statements.js';
import { WRITE as NEO4J_WRITE } from '../../src/store/neo4j/statements.js';

/** `n.a = row.a, …` for every column but the key (DOUBLE values arrive as text, as in the adapter). */
function setColumns(variable: string, table: keyof typeof NODE_TABLES): string {
  const columns: Record<string, ColumnType> = NODE_TABLES[table];
  const key = table === 'SearchKey' ? 'key' : 'id';
  return Object.entries(columns)
    .filter(([c]) => c !== key)
    .map(([c, type]) => `${variable}.\`${c}\` = ${type === 'DOUBLE' ? `CAST(row.\`${c}\` AS DOUBLE)` : `row.\`${c}\``}`)
    .join(', ');
}

/**
 * Fresh-graph statements for LadybugDB: one MATCH per node (primary-key lookups) and CREATE instead
 * of MERGE. LadybugDB plans every MERGE as a hash join against a full scan of the node or
 * relationship table (PROFILE: SCAN_NODE_TABLE Claim / SCAN_REL_TABLE HAS_EVIDENCE with every row
 * of the table), so a batch costs time proportional to the graph, not the batch.
 */
export const EMBEDDED_FRESH_WRITE = {
  articles: `UNWIND $rows AS row CREATE (a:Article {id: row.id}) SET ${setColumns('a', 'Article')}`,
  entities: `UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET ${setColumns('e', 'Entity')}`,
  existingSearchKeys: `UNWIND $keys AS key MATCH (k:SearchKey {key: key}) RETURN k.key AS key`,
  newSearchKeys: `UNWIND $keys AS key CREATE (:SearchKey {key: key})`,
  searchKeys: `UNWIND $rows AS row MATCH (k:SearchKey {key: row.key}) MATCH (e:Entity {id: row.entityId}) CREATE (k)-[:KEY_OF]->(e)`,
  participants: `UNWIND $rows AS row MATCH (event:Entity {id: row.eventId}) MATCH (who:Entity {id: row.entityId}) CREATE (event)-[:PARTICIPANT {role: row.role}]->(who)`,
  locatedEvents: `UNWIND $rows AS row MATCH (event:Entity {id: row.eventId}) MATCH (place:Entity {id: row.placeId}) CREATE (event)-[:OCCURRED_IN]->(place)`,
  claims: `UNWIND $rows AS row CREATE (c:Claim {id: row.id}) SET ${setColumns('c', 'Claim')}`,
  claimCore: `UNWIND $rows AS row MATCH (c:Claim {id: row.id}) MATCH (s:Entity {id: row.subjectId}) MATCH (a:Article {id: row.articleId})
    CREATE (c)-[:SUBJECT]->(s) CREATE (c)-[:REPORTED_IN]->(a)`,
  claimObjects: `UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}) MATCH (o:Entity {id: row.objectId}) CREATE (c)-[:OBJECT]->(o)`,
  attributions: `UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}) MATCH (who:Entity {id: row.actorId}) CREATE (c)-[:ATTRIBUTED_TO]->(who)`,
  evidence: `UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}) CREATE (ev:Evidence {id: row.id}) SET ${setColumns('ev', 'Evidence')} CREATE (c)-[:HAS_EVIDENCE]->(ev)`,
  links: `UNWIND $rows AS row MATCH (from:Claim {id: row.fromId}) MATCH (to:Claim {id: row.toId}) CREATE (from)-[:LINK {type: row.type}]->(to)`,
  edges: `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
    CREATE (s)-[r:RELATES {claimId: row.claimId, predicate: row.predicate, source: row.source, target: row.target}]->(t)`,
  mentions: `UNWIND $rows AS row MATCH (e:Entity {id: row.entityId}) MATCH (a:Article {id: row.articleId})
    CREATE (m:Mention {id: row.id}) SET ${setColumns('m', 'Mention')} CREATE (m)-[:MENTION_OF]->(e) CREATE (m)-[:MENTIONED_IN]->(a)`,
} as const;

// ---- LadybugDB ---------------------------------------------------------------------------------
// Same placeholder convention as src/store/embedded/adapter.ts (fillPlaceholders): LadybugDB
// cannot bind an all-null column, and DOUBLE columns travel as text.
const PLACEHOLDER: Record<ColumnType, LbugValue> = { STRING: '', 'STRING[]': [], DOUBLE: -Number.MAX_VALUE, INT64: Number.MIN_SAFE_INTEGER, BOOLEAN: false };
const COLUMN_TYPES: Record<string, ColumnType> = Object.assign({}, ...Object.values(NODE_TABLES), ...Object.values(REL_TABLES).map((r) => r.columns));
function fill(value: unknown): LbugValue {
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object') {
    const out: Record<string, LbugValue> = {};
    for (const [key, v] of Object.entries(value)) {
      const type = COLUMN_TYPES[key] ?? 'STRING';
      const filled = v === null || v === undefined ? PLACEHOLDER[type] : fill(v);
      out[key] = type === 'DOUBLE' ? String(filled) : filled;
    }
    return out;
  }
  return value as LbugValue;
}

export interface BulkLoader {
  write(batch: GraphBatch): Promise<void>;
  close(): Promise<void>;
}

/** Opens (creating) the embedded database directory as EmbeddedStore.open({ path: dir }) would. */
export async function embeddedBulkLoader(dir: string): Promise<BulkLoader> {
  mkdirSync(dir, { recursive: true });
  const db = new lbug.Database(path.resolve(dir, 'graph.lbug'));
  await db.init();
  const conn: Connection = new lbug.Connection(db);
  await conn.init();
  for (const s of schemaStatements()) await conn.query(s);
  const prepared = new Map<string, PreparedStatement>();
  const run = async (query: string, params: Record<string, unknown>, count: number) => {
    if (!count) return;
    let ps = prepared.get(query);
    if (!ps) {
      ps = await conn.prepare(query);
      if (!ps.isSuccess()) throw new Error(`bulk load: cannot prepare: ${ps.getErrorMessage()}`);
      prepared.set(query, ps);
    }
    const result = (await conn.execute(ps, fill(params) as Record<string, LbugValue>)) as QueryResult;
    result.close();
  };
  const W = EMBEDDED_FRESH_WRITE;
  const existingKeys = async (keys: string[]): Promise<Set<string>> => {
    if (!keys.length) return new Set();
    const ps = await conn.prepare(W.existingSearchKeys);
    const result = (await conn.execute(ps, { keys })) as QueryResult;
    const rows = await result.getAll();
    result.close();
    return new Set(rows.map((r) => r.key as string));
  };
  return {
    async write(batch) {
      const rows = batchRows(batch);
      const batchKeys = [...new Set(rows.searchKeys.map((r) => r.key))];
      await conn.query('BEGIN TRANSACTION');
      const known = await existingKeys(batchKeys);
      const newKeys = batchKeys.filter((k) => !known.has(k));
      try {
        await run(W.articles, { rows: rows.articles }, rows.articles.length);
        await run(W.entities, { rows: rows.entities }, rows.entities.length);
        await run(W.newSearchKeys, { keys: newKeys }, newKeys.length);
        await run(W.searchKeys, { rows: rows.searchKeys }, rows.searchKeys.length);
        await run(W.participants, { rows: rows.participants }, rows.participants.length);
        await run(W.locatedEvents, { rows: rows.locatedEvents }, rows.locatedEvents.length);
        await run(W.claims, { rows: rows.claims }, rows.claims.length);
        await run(W.claimCore, { rows: rows.claims }, rows.claims.length);
        await run(W.claimObjects, { rows: rows.objects }, rows.objects.length);
        await run(W.attributions, { rows: rows.attributions }, rows.attributions.length);
        await run(W.evidence, { rows: rows.evidence }, rows.evidence.length);
        await run(W.links, { rows: rows.links }, rows.links.length);
        await run(W.edges, { rows: rows.edges }, rows.edges.length);
        await run(W.mentions, { rows: rows.mentions }, rows.mentions.length);
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
 * and the reference checks. clearClaimLinks is the costly one: `()-[edge:RELATES {claimId: c.id}]->()`
 * has no index to use, so every claim written scans every RELATES relationship.
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
