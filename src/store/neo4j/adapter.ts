// The Neo4j adapter: managed transactions (so transient errors retry), batched UNWIND writes,
// parameters only.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import type { EntityKind, GraphBatch } from '../../model/records.js';
import {
  type ClaimFilter,
  type ClaimRole,
  type GraphStore,
  InvalidBatchError,
  type PageRequest,
  StoreUnavailableError,
} from '../port.js';
import {
  batchReferences,
  batchRows,
  checkBatch,
  rowToArticle,
  rowToClaim,
  rowToEntity,
  rowToEvidence,
  rowToMention,
  type Row,
} from '../rows.js';
import { endOfPeriod, groupByKey, orderByIds, pageOf, summaryOf } from '../shared.js';
import { CHECK, READ, SCHEMA, WRITE, shortestPathStatement } from './statements.js';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Per-transaction timeout passed to the server. */
  queryTimeoutMs?: number;
  /** How long to wait for a connection before failing a request. */
  connectionTimeoutMs?: number;
}

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private readonly driver: Driver;

  constructor(private readonly options: Neo4jOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      maxTransactionRetryTime: 5_000,
    });
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = this.options.queryTimeoutMs ? { timeout: this.options.queryTimeoutMs } : undefined;
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  private async rows(tx: ManagedTransaction, query: string, params: Record<string, unknown> = {}): Promise<RecordShape[]> {
    const result = await tx.run(query, params);
    return result.records.map((r) => r.toObject());
  }

  async applySchema(): Promise<void> {
    for (const statement of SCHEMA) {
      const session = this.driver.session({ database: this.options.database });
      try {
        await session.run(statement);
      } catch (error) {
        throw toStoreError(error);
      } finally {
        await session.close();
      }
    }
  }

  async upsert(batch: GraphBatch) {
    checkBatch(batch);
    const rows = batchRows(batch);
    const refs = batchReferences(batch);
    const articleIds = batch.articles.map((a) => a.id);
    await this.write(async (tx) => {
      const step = async (query: string, params: Record<string, unknown>, count: number) => {
        if (count > 0) await tx.run(query, params);
      };
      await step(WRITE.articles, { rows: rows.articles }, rows.articles.length);
      await step(WRITE.dropStaleClaims, { articleIds, keepClaimIds: rows.claimIds }, articleIds.length);
      await step(WRITE.dropMentions, { articleIds }, articleIds.length);
      await step(WRITE.entities, { rows: rows.entities }, rows.entities.length);
      await this.checkExists(tx, refs);
      await step(WRITE.clearEntityLinks, { ids: batch.entities.map((e) => e.id) }, rows.entities.length);
      await step(WRITE.searchKeys, { rows: rows.searchKeys }, rows.searchKeys.length);
      await step(WRITE.participants, { rows: rows.participants }, rows.participants.length);
      await step(WRITE.locatedEvents, { rows: rows.locatedEvents }, rows.locatedEvents.length);
      await step(WRITE.claims, { rows: rows.claims }, rows.claims.length);
      await step(WRITE.clearClaimLinks, { ids: rows.claimIds }, rows.claimIds.length);
      await step(WRITE.claimCore, { rows: rows.claims }, rows.claims.length);
      await step(WRITE.claimObjects, { rows: rows.objects }, rows.objects.length);
      await step(WRITE.attributions, { rows: rows.attributions }, rows.attributions.length);
      await step(WRITE.evidence, { rows: rows.evidence }, rows.evidence.length);
      await this.checkClaimLinks(tx, refs.claimIds);
      await step(WRITE.links, { rows: rows.links }, rows.links.length);
      await step(WRITE.edges, { rows: rows.edges }, rows.edges.length);
      await step(WRITE.mentions, { rows: rows.mentions }, rows.mentions.length);
    });
    return summaryOf(batch);
  }

  /** Dangling references abort the transaction, so nothing of the batch is kept. */
  private async checkExists(tx: ManagedTransaction, refs: ReturnType<typeof batchReferences>): Promise<void> {
    const problems: string[] = [];
    const [entities] = await this.rows(tx, CHECK.missingEntities, { ids: refs.entityIds });
    for (const id of entities.missing as string[]) problems.push(`unknown entity ${id}`);
    const [articles] = await this.rows(tx, CHECK.missingArticles, { ids: refs.articleIds });
    for (const id of articles.missing as string[]) problems.push(`unknown article ${id}`);
    if (problems.length) throw new InvalidBatchError(problems);
  }

  private async checkClaimLinks(tx: ManagedTransaction, claimIds: string[]): Promise<void> {
    const [claims] = await this.rows(tx, CHECK.missingClaims, { ids: claimIds });
    const missing = claims.missing as string[];
    if (missing.length) throw new InvalidBatchError(missing.map((id) => `unknown linked claim ${id}`));
  }

  async getEntities(ids: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.entities, { ids: [...new Set(ids)] }));
    const byId = new Map(
      rows.map((r) => {
        const participants = (r.participants as ({ entityId: string; role: string } | null)[]).filter((p) => p !== null);
        participants.sort((a, b) => a.role.localeCompare(b.role) || a.entityId.localeCompare(b.entityId));
        const entity = rowToEntity(r.entity as Row, participants);
        return [entity.id, entity] as const;
      }),
    );
    return orderByIds(ids, byId);
  }

  async getClaims(ids: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.claims, { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((r) => [(r.claim as Row).id as string, rowToClaim(r.claim as Row)] as const));
    return orderByIds(ids, byId);
  }

  async getArticles(ids: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.articles, { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((r) => [(r.article as Row).id as string, rowToArticle(r.article as Row)] as const));
    return orderByIds(ids, byId);
  }

  async getEvidence(claimIds: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.evidence, { ids: [...new Set(claimIds)] }));
    return groupByKey(claimIds, rows, (r) => r.id as string, (r) => rowToEvidence(r.evidence as Row));
  }

  async getClaimLinks(claimIds: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.claimLinks, { ids: [...new Set(claimIds)] }));
    return groupByKey(claimIds, rows, (r) => r.id as string, (r) => ({
      from: r.from as string,
      to: r.to as string,
      type: r.type as 'CONFIRMS' | 'CONTRADICTS' | 'SAME_AS',
    }));
  }

  async getMentions(entityIds: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.mentions, { ids: [...new Set(entityIds)] }));
    return groupByKey(entityIds, rows, (r) => r.id as string, (r) => rowToMention(r.mention as Row));
  }

  async getArticleMentions(articleIds: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.articleMentions, { ids: [...new Set(articleIds)] }));
    return groupByKey(articleIds, rows, (r) => r.id as string, (r) => rowToMention(r.mention as Row));
  }

  async claimIdsForEntities(entityIds: readonly string[], role: ClaimRole, predicate?: string) {
    const rows = await this.read((tx) =>
      this.rows(tx, READ.claimIdsForEntities, { ids: [...new Set(entityIds)], role, predicate: predicate ?? null }),
    );
    const byId = new Map(rows.map((r) => [r.id as string, r.claimIds as string[]]));
    return entityIds.map((entityId) => ({ entityId, claimIds: byId.get(entityId) ?? [] }));
  }

  async eventIdsForEntities(entityIds: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.eventIdsForEntities, { ids: [...new Set(entityIds)] }));
    const byId = new Map(rows.map((r) => [r.id as string, r.eventIds as string[]]));
    return entityIds.map((id) => byId.get(id) ?? []);
  }

  async articleIdByHash(contentHash: string) {
    const rows = await this.read((tx) => this.rows(tx, READ.articleIdByHash, { hash: contentHash }));
    return (rows[0]?.id as string | undefined) ?? null;
  }

  async articleVersionsByUrl(url: string) {
    const rows = await this.read((tx) => this.rows(tx, READ.articleIdsByUrl, { url }));
    return rows.map((r) => ({ id: r.id as string, version: (r.version as number | null) ?? 1 }));
  }

  async claimsPage(filter: ClaimFilter, page: PageRequest) {
    const params = {
      subject: filter.subject ?? null,
      object: filter.object ?? null,
      about: filter.about ?? null,
      predicates: filter.predicates ?? [],
      statuses: filter.statuses ?? [],
      attributedTo: filter.attributedTo ?? null,
      article: filter.article ?? null,
      origin: filter.origin ?? null,
    };
    return this.keysetPage(READ.claimsPage, params, page);
  }

  async entitiesPage(kind: EntityKind | undefined, page: PageRequest) {
    return this.keysetPage(READ.entitiesPage, { kind: kind ?? null }, page);
  }

  async articlesPage(page: PageRequest) {
    return this.keysetPage(READ.articlesPage, {}, page);
  }

  private async keysetPage(query: string, params: Record<string, unknown>, page: PageRequest) {
    const [row] = await this.read((tx) =>
      this.rows(tx, query, { ...params, after: page.after ?? null, limit: neo4j.int(page.first + 1) }),
    );
    return pageOf(row.page as string[], row.total as number, page.first);
  }

  async timeline(about: string | undefined, from: string | undefined, to: string | undefined) {
    const rows = await this.read((tx) =>
      this.rows(tx, READ.timeline, { about: about ?? null, from: from ?? null, to: to ? endOfPeriod(to) : null }),
    );
    return rows.map((r) => r.id as string);
  }

  async entityIdsByKeys(keys: readonly string[]) {
    if (!keys.length) return [];
    const rows = await this.read((tx) => this.rows(tx, READ.entityIdsByKeys, { keys: [...new Set(keys)] }));
    return rows.map((r) => ({ key: r.key as string, id: r.id as string, kind: r.kind as EntityKind }));
  }

  async search(keys: { exact: string[]; prefix: string; skeleton: string }, kinds: EntityKind[] | undefined, limit: number) {
    const rows = await this.read((tx) =>
      this.rows(tx, READ.search, { ...keys, kinds: kinds ?? [], limit: neo4j.int(limit) }),
    );
    return rows.map((r) => ({ id: r.id as string, rank: r.rank as number }));
  }

  async edgesAround(entityIds: readonly string[], limit: number) {
    const rows = await this.read((tx) =>
      this.rows(tx, READ.edgesAround, { ids: [...new Set(entityIds)], limit: neo4j.int(limit) }),
    );
    return rows.map((r) => ({
      source: r.source as string,
      target: r.target as string,
      predicate: r.predicate as string,
      claimId: r.claimId as string,
    }));
  }

  async shortestPath(from: string, to: string, maxHops: number) {
    if (from === to) {
      const [entity] = await this.getEntities([from]);
      return entity ? [] : null;
    }
    const rows = await this.read((tx) => this.rows(tx, shortestPathStatement(maxHops), { from, to }));
    if (!rows.length) return null;
    return rows[0].edges as { source: string; target: string; predicate: string; claimId: string }[];
  }

  async counts() {
    const [row] = await this.read((tx) => this.rows(tx, READ.counts));
    return row as unknown as Awaited<ReturnType<GraphStore['counts']>>;
  }

  async clearAll() {
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
    const session = this.driver.session({ database: this.options.database });
    try {
      await session.run(READ.clearAll);
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  async ping() {
    await this.read((tx) => this.rows(tx, READ.ping));
  }

  async close() {
    await this.driver.close();
  }
}

/**
 * Connection, transient and timeout failures become StoreUnavailableError; a client error in a
 * statement is a bug in this adapter and stays as it is.
 */
function toStoreError(error: unknown): Error {
  if (error instanceof InvalidBatchError || error instanceof StoreUnavailableError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Schema')) return error as Error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`Neo4j request failed: ${message}`, { cause: error });
}
