// Filtered claim lists and their counts seek an index for every combination of filters a client
// can send; a plan that scans every claim is what made `claims(where: {predicate, status})` with
// `totalCount` take seconds at 500k claims. Read from each engine's own planner (EXPLAIN) over the
// very statements the adapters run.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimFilter } from '../../src/store/port.js';
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { READ, claimsCountStatement, claimsPageStatement, claimWhere } from '../../src/store/embedded/statements.js';
import { claimWhere as neo4jClaimWhere, claimsPageStatement as neo4jClaimsPageStatement } from '../../src/store/neo4j/statements.js';
import { backendAvailable, neo4jCredentials, neo4jUri, openTestStore } from '../support/backends.js';
import { fixtureBatch } from '../support/fixture-graph.js';

/** The filter combinations a client sends most (the bench's claim list is predicates + statuses). */
const FILTERS: Record<string, ClaimFilter> = {
  'predicate + status': { predicates: ['CONTROLS'], statuses: ['CLAIMED'] },
  'two predicates + two statuses': { predicates: ['CONTROLS', 'OVERLOOKS'], statuses: ['CLAIMED', 'DENIED'] },
  predicate: { predicates: ['OVERLOOKS'] },
  status: { statuses: ['DENIED'] },
  subject: { subject: 'place:shushi' },
  'subject + predicate': { subject: 'place:shushi', predicates: ['OVERLOOKS'] },
  object: { object: 'place:stepanakert' },
  about: { about: 'place:shushi' },
  article: { article: 'article:fixture' },
  'attributed to': { attributedTo: 'actor:ilham-aliyev' },
};

describe('claim list plans [embedded]', () => {
  let dir: string;
  let db: Database.Database;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-plans-'));
    const file = path.join(dir, 'graph.sqlite');
    const store = await EmbeddedStore.open({ path: file });
    await store.upsert(fixtureBatch());
    await store.close();
    db = new Database(file, { readonly: true });
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The plan's lines; `SCAN c`, with or without a covering index, is a pass over every claim. */
  const plan = (sql: string, params: Record<string, unknown>) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...params, after: '', limit: 21 }) as { detail: string }[]).map((r) => r.detail);

  it.each(Object.entries(FILTERS))('[embedded] claims filtered by %s: the count and the page search an index', (_name, filter) => {
    const { where, params } = claimWhere(filter);
    for (const sql of [claimsCountStatement(where), claimsPageStatement(where)]) {
      const lines = plan(sql, params);
      expect(lines.filter((line) => /^SCAN c\b/.test(line)), lines.join('\n')).toEqual([]);
      expect(lines.some((line) => /^SEARCH c USING/.test(line)), lines.join('\n')).toBe(true);
    }
  });

  it('[embedded] predicate + status is answered from the index alone (no claim row read), the default visibility one more key of it', () => {
    const { where, params } = claimWhere(FILTERS['predicate + status']);
    for (const sql of [claimsCountStatement(where), claimsPageStatement(where)]) {
      expect(plan(sql, params)).toContainEqual(expect.stringMatching(/^SEARCH c USING COVERING INDEX claim_predicate_status \(predicate=\? AND status=\? AND shown=\?/));
    }
    // Naming the verdicts turns the key off; the index still answers alone.
    const named = claimWhere({ ...FILTERS['predicate + status'], reviews: ['REJECTED'] });
    expect(plan(claimsCountStatement(named.where), named.params)).toContainEqual(expect.stringMatching(/^SEARCH c USING COVERING INDEX claim_predicate_status \(predicate=\? AND status=\?\)/));
  });

  it('[embedded] a neighbourhood\'s and a path\'s edges are read from the edge indexes alone (no claim row read)', () => {
    for (const sql of [READ.edgesAround, READ.pathLevel]) {
      const searches = plan(sql, { ids: '["place:shushi"]' }).filter((line) => /^(SEARCH|SCAN) /.test(line) && !/json_each/.test(line));
      expect(searches, searches.join('\n')).toEqual([
        expect.stringMatching(/^SEARCH claim USING COVERING INDEX claim_edge_out \(subjectId=\? AND shown=\?/),
        expect.stringMatching(/^SEARCH claim USING COVERING INDEX claim_edge_in \(objectId=\? AND shown=\?/),
      ]);
    }
  });
});

describe.runIf(backendAvailable('neo4j'))('claim list plans [neo4j]', () => {
  let driver: neo4j.Driver;

  beforeAll(async () => {
    const store = await openTestStore('neo4j');
    await store.upsert(fixtureBatch());
    await store.close();
    const { user, password } = neo4jCredentials();
    driver = neo4j.driver(neo4jUri(), neo4j.auth.basic(user, password));
    // Indexes come online after their creation is acknowledged; plans use only online ones.
    await driver.executeQuery('CALL db.awaitIndexes(60)');
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  /** Operator names of the plan tree. */
  function operators(node: { operatorType: string; children: unknown[] }): string[] {
    return [node.operatorType, ...(node.children as (typeof node)[]).flatMap(operators)];
  }

  it.each(Object.entries(FILTERS))('[neo4j] claims filtered by %s: the count and the page seek an index, never scan every claim', async (_name, filter) => {
    const { match, where, params } = neo4jClaimWhere(filter);
    const { summary } = await driver.executeQuery(`EXPLAIN ${neo4jClaimsPageStatement(where, match)}`, { ...params, after: '', limit: neo4j.int(21), first: neo4j.int(20) });
    const ops = operators(summary.plan as never);
    expect(ops.filter((op) => /NodeByLabelScan|AllNodesScan/.test(op)), ops.join(', ')).toEqual([]);
    expect(ops.filter((op) => /Index(Seek|Scan)|NodeUniqueIndexSeek/.test(op)).length, ops.join(', ')).toBeGreaterThanOrEqual(2);
  });

  it.each([false, true])('[neo4j] predicate + status (backward %s): counted from the listing index alone, paged in its order without sorting the matches', async (backward) => {
    const { match, where, params, orderPrefix } = neo4jClaimWhere(FILTERS['predicate + status']);
    expect(orderPrefix).toBeDefined();
    const { summary } = await driver.executeQuery(`EXPLAIN ${neo4jClaimsPageStatement(where, match, {}, [], backward, false, orderPrefix)}`, { ...params, limit: neo4j.int(21), first: neo4j.int(20) });
    const plan = summary.plan as unknown as PlanNode;
    const seeks = nodes(plan).filter((n) => n.operatorType.startsWith('NodeIndexSeek'));
    // The count's seek and the page's, both on the listing index; nothing reads a claim's properties to filter or sort.
    expect(seeks.map((n) => String(n.arguments.Details))).toEqual([expect.stringContaining('Claim(predicate, status, shown, id)'), expect.stringContaining('Claim(predicate, status, shown, id)')]);
    expect(operators(plan).filter((op) => /^(Filter|Top|Sort|PartialSort)/.test(op))).toEqual([]);
  });

  /** The plan tree's nodes, depth first. */
  interface PlanNode { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] }
  function nodes(node: PlanNode): PlanNode[] {
    return [node, ...node.children.flatMap(nodes)];
  }
});
