// The Neo4j adapter: every operation is one managed transaction (executeRead / executeWrite, so a
// `neo4j://` cluster routes reads to followers and writes to the leader), batched UNWIND writes that
// update an article's records in place, parameters only.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type RecordShape, type SessionMode } from 'neo4j-driver';
import type { ChangeRecord, Curation, EntityKind, EntityRecord, GraphBatch } from '../../model/records.js';
import {
  CHANGE_LOG_KEEP,
  type ClaimFilter,
  type ClaimPageInclude,
  type ClaimPages,
  type ClaimsAlong,
  type ClaimRole,
  type ClaimsOf,
  type GraphStore,
  InvalidBatchError,
  type PageRequest,
  type SortedPageRequest,
  type ClaimSortField,
  StoreUnavailableError,
  type TimelineFilter,
} from '../port.js';
import {
  batchReferences,
  batchRows,
  checkBatch,
  rowToArticle,
  rowToArticleBody,
  rowToArticleSummary,
  rowToClaim,
  rowToEntity,
  rowToEvidence,
  rowToMention,
  type Row,
} from '../rows.js';
import {
  claimsAggregateOf,
  type DimensionRow,
  endOfPeriod,
  entitiesAggregateOf,
  groupByKey,
  orderByIds,
  pageOf,
  revisionRows,
  rowToRevision,
  sortedPageOf,
  summaryOf,
} from '../shared.js';
import {
  CHECK,
  claimWhere,
  claimWhereOver,
  CLAIMS_OF_FILTERS,
  MERGE,
  READ,
  MIGRATION,
  MIGRATIONS,
  SCHEMA,
  WRITE,
  claimPagesStatement,
  claimsPageStatement,
  claimsAggregateStatement,
  entitiesAggregateStatement,
  filteredEdgesAroundStatement,
  keysetPageStatement,
  shortestPathStatement,
} from './statements.js';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Per-transaction timeout passed to the server. */
  queryTimeoutMs?: number;
  /** How long to wait for a connection before failing a request. */
  connectionTimeoutMs?: number;
  /**
   * Where the store keeps the bookmarks of its writes (a fresh manager by default). Given one,
   * several stores (or other driver sessions) share causal consistency: each reads what the
   * others wrote.
   */
  bookmarkManager?: BookmarkManager;
}

/** What a transaction body may do: run statements (commit and rollback are the driver's). */
type Tx = Pick<ManagedTransaction, 'run'>;

/**
 * The driver's own retry window for a managed transaction (lost connections, deadlocks and other
 * transient errors): its first retry waits 0.8–1.2 s, so a window shorter than that means exactly
 * one retry. Enough to replace connections a restarted server dropped; short enough that a
 * stopped server is reported unavailable in about a second, not after the driver's default 30 s.
 */
const DRIVER_RETRY_MS = 500;
/** Transient errors (deadlocks under write contention) keep being retried here, with backoff, this long. */
const TRANSIENT_RETRY_MS = 5_000;
const CONNECTIVITY = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
// A transaction stopped at its timeout while waiting for a lock reports LockClientStopped.
const TIMED_OUT = /^Neo\.(ClientError|TransientError)\.Transaction\.(TransactionTimedOut|TransactionTimedOutClientConfiguration|LockClientStopped)$/;

function errorCode(error: unknown): string {
  return (error as { code?: unknown })?.code?.toString() ?? '';
}

/** The records a claim read brought along (statements.ts alongStatement), from its row. */
function alongOf(row: Row, include: ClaimPageInclude): ClaimsAlong {
  const claims = (row.claims as Row[]).map((c) => rowToClaim(c));
  const evidenceRows = row.evidence as { id: string; evidence: Row }[];
  const evidenceOf = groupByKey(claims.map((c) => c.id), evidenceRows, (r) => r.id, (r) => rowToEvidence(r.evidence));
  return {
    claims,
    evidence: new Map(include.evidence ? claims.map((c, i) => [c.id, evidenceOf[i]] as const) : []),
    articles: (row.articles as Row[]).map(rowToArticleSummary),
    entities: (row.entities as Row[]).map((r) => toEntity(r)),
  };
}

/** An entity record from a row of `entity` (its properties) and `participants` (nulls where it has none). */
function toEntity(r: Row): EntityRecord {
  const participants = (r.participants as ({ entityId: string; role: string } | null)[]).filter((p) => p !== null);
  participants.sort((a, b) => a.role.localeCompare(b.role) || a.entityId.localeCompare(b.entityId));
  return rowToEntity(r.entity as Row, participants);
}

/**
 * How long to wait before running a transaction the driver gave up on again, or undefined to give
 * up: only transient errors other than a lost connection (which the driver has retried already,
 * and which must be reported fast) and a timeout (which would only time out again).
 */
export function retryDelay(error: unknown, attempt: number, elapsedMs: number): number | undefined {
  const code = errorCode(error);
  if (TIMED_OUT.test(code) || CONNECTIVITY.has(code) || !code.startsWith('Neo.TransientError.')) return undefined;
  const delay = Math.min(1_000, 50 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
  return elapsedMs + delay < TRANSIENT_RETRY_MS ? delay : undefined;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private readonly driver: Driver;
  /**
   * Reading one's own writes on a cluster: every session of this store shares one bookmark
   * manager, so a read (routed to a follower) waits until that member has every write this
   * process committed before it, e.g. a client's ingest. Sessions rather than driver.executeQuery
   * (whose default manager does the same): an upsert is many statements in one transaction, which
   * executeQuery, one statement per transaction, cannot carry.
   */
  private readonly bookmarks: BookmarkManager;

  constructor(private readonly options: Neo4jOptions) {
    const connectionTimeout = options.connectionTimeoutMs ?? 2_000;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionTimeout,
      // Waiting for a free pooled connection under load may take longer than opening one.
      connectionAcquisitionTimeout: connectionTimeout + 3_000,
      maxTransactionRetryTime: DRIVER_RETRY_MS,
    });
    this.bookmarks = options.bookmarkManager ?? neo4j.bookmarkManager();
  }

  private session(mode: SessionMode = 'WRITE') {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
  }

  private async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  /**
   * Runs `work` as one managed transaction with the server-side timeout (QUERY_TIMEOUT_MS). The
   * driver rolls back a failed attempt and retries within DRIVER_RETRY_MS; transient errors are
   * retried further by retryDelay. Every write here is idempotent, so a commit whose answer was
   * lost is safe to repeat.
   */
  private async run<T>(mode: SessionMode, work: (tx: Tx) => Promise<T>): Promise<T> {
    const config = this.options.queryTimeoutMs ? { timeout: this.options.queryTimeoutMs } : undefined;
    // A timed-out transaction would only time out again: out of the driver's retries at once.
    const body = (tx: ManagedTransaction) =>
      work(tx).catch((error: unknown) => {
        throw TIMED_OUT.test(errorCode(error)) ? toStoreError(error, this.options.queryTimeoutMs) : error;
      });
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const session = this.session(mode);
      try {
        return await (mode === 'READ' ? session.executeRead(body, config) : session.executeWrite(body, config));
      } catch (error) {
        const delay = retryDelay(error, attempt, Date.now() - started);
        if (delay === undefined) throw toStoreError(error, this.options.queryTimeoutMs);
        await sleep(delay);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /**
   * The driver captures and formats a stack trace for every statement, to put on an error should
   * there be one; under tsx's source maps that was ~90 µs of a 900 µs read. It is skipped while the
   * statement is sent, and an error takes the stack of this await instead. (The commit's capture,
   * inside executeRead, cannot be reached.)
   */
  private async rows(tx: Tx, query: string, params: Record<string, unknown> = {}): Promise<RecordShape[]> {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let sent: ReturnType<Tx['run']>;
    try {
      sent = tx.run(query, params);
    } finally {
      Error.stackTraceLimit = limit;
    }
    try {
      return (await sent).records.map((r) => r.toObject());
    } catch (error) {
      if (error instanceof Error) Error.captureStackTrace(error);
      throw error;
    }
  }

  async applySchema(): Promise<void> {
    for (const statement of SCHEMA) await this.runAlone(statement);
    for (const { id, statement } of MIGRATIONS) {
      const [{ done }] = await this.runAlone(MIGRATION.done, { id });
      if (done) continue;
      await this.runAlone(statement);
      await this.runAlone(MIGRATION.record, { id, at: new Date().toISOString() });
    }
  }

  /** One auto-commit statement in its own session (schema changes and `IN TRANSACTIONS` need one). */
  private async runAlone(statement: string, params: Record<string, unknown> = {}): Promise<RecordShape[]> {
    const session = this.session();
    try {
      const result = await session.run(statement, params);
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  async upsert(batch: GraphBatch) {
    checkBatch(batch);
    const rows = batchRows(batch);
    const refs = batchReferences(batch);
    const articleIds = batch.articles.map((a) => a.id);
    // What each entity and claim links to now: the rest of what they linked to is stale.
    const keysOf = groupBy(rows.searchKeys, (k) => k.entityId);
    const evidenceOf = groupBy(rows.evidence, (ev) => ev.claimId);
    const edgeOf = new Map(rows.edges.map((edge) => [edge.claimId, edge]));
    const entityLinks = batch.entities.map((e) => ({
      id: e.id,
      keys: (keysOf.get(e.id) ?? []).map((k) => k.key),
      participants: e.participants ?? [],
      placeId: e.locationId ?? null,
    }));
    const claimLinks = batch.claims.map((c) => ({
      id: c.id,
      subjectId: c.subjectId,
      objectId: c.objectId ?? null,
      articleId: c.articleId,
      attributedTo: c.attributedTo,
      links: c.links.map((l) => ({ toId: l.targetId, type: l.type })),
      evidenceIds: (evidenceOf.get(c.id) ?? []).map((ev) => ev.id),
      edge: edgeOf.get(c.id) ?? null,
    }));
    await this.write(async (tx) => {
      const step = async (query: string, params: Record<string, unknown>, count: number) => {
        if (count > 0) await tx.run(query, params);
      };
      await step(WRITE.articles, { rows: rows.articles }, rows.articles.length);
      await step(WRITE.staleClaims, { articleIds, keepClaimIds: rows.claimIds }, articleIds.length);
      await step(WRITE.staleMentions, { articleIds, keepMentionIds: rows.mentions.map((m) => m.id) }, articleIds.length);
      await step(WRITE.entities, { rows: rows.entities }, rows.entities.length);
      await this.checkExists(tx, refs);
      await step(WRITE.staleEntityLinks, { rows: entityLinks }, entityLinks.length);
      await step(WRITE.searchKeys, { rows: rows.searchKeys }, rows.searchKeys.length);
      await step(WRITE.participants, { rows: rows.participants }, rows.participants.length);
      await step(WRITE.locatedEvents, { rows: rows.locatedEvents }, rows.locatedEvents.length);
      await step(WRITE.claims, { rows: rows.claims }, rows.claims.length);
      await this.checkClaimLinks(tx, refs.claimIds);
      await step(WRITE.staleClaimLinks, { rows: claimLinks }, claimLinks.length);
      await step(WRITE.claimCore, { rows: rows.claims }, rows.claims.length);
      await step(WRITE.claimObjects, { rows: rows.objects }, rows.objects.length);
      await step(WRITE.attributions, { rows: rows.attributions }, rows.attributions.length);
      await step(WRITE.evidence, { rows: rows.evidence }, rows.evidence.length);
      await step(WRITE.links, { rows: rows.links }, rows.links.length);
      await step(WRITE.edges, { rows: rows.edges }, rows.edges.length);
      await step(WRITE.mentions, { rows: rows.mentions }, rows.mentions.length);
      if (batch.curation) await this.curate(tx, batch.curation);
      if (batch.change) await tx.run(WRITE.change, { at: new Date().toISOString(), change: JSON.stringify(batch.change), keep: neo4j.int(CHANGE_LOG_KEEP) });
    });
    return summaryOf(batch);
  }

  /** A curator's change, inside the batch's transaction, after its records. */
  private async curate(tx: Tx, curation: Curation): Promise<void> {
    const reviews = (curation.reviews ?? []).map(({ claimId, review }) => ({ claimId, verdict: review.verdict, note: review.note ?? null, by: review.by, at: review.at }));
    if (reviews.length) await tx.run(WRITE.reviews, { rows: reviews });
    if (curation.supersede?.length) await tx.run(WRITE.supersede, { rows: curation.supersede });
    if (curation.merge) await tx.run(MERGE, curation.merge);
    await tx.run(WRITE.revisions, { rows: revisionRows(curation.revision) });
  }

  /** Dangling references abort the transaction, so nothing of the batch is kept. */
  private async checkExists(tx: Tx, refs: ReturnType<typeof batchReferences>): Promise<void> {
    const problems: string[] = [];
    const [entities] = await this.rows(tx, CHECK.missingEntities, { ids: refs.entityIds });
    for (const id of entities.missing as string[]) problems.push(`unknown entity ${id}`);
    const [articles] = await this.rows(tx, CHECK.missingArticles, { ids: refs.articleIds });
    for (const id of articles.missing as string[]) problems.push(`unknown article ${id}`);
    if (problems.length) throw new InvalidBatchError(problems);
  }

  private async checkClaimLinks(tx: Tx, claimIds: string[]): Promise<void> {
    const [claims] = await this.rows(tx, CHECK.missingClaims, { ids: claimIds });
    const missing = claims.missing as string[];
    if (missing.length) throw new InvalidBatchError(missing.map((id) => `unknown linked claim ${id}`));
  }

  async getEntities(ids: readonly string[]) {
    const found = await this.read(async (tx) => {
      const byId = new Map((await this.rows(tx, READ.entities, { ids: [...new Set(ids)] })).map((r) => toEntity(r)).map((e) => [e.id, e] as const));
      // Ids of merged entities answer with the entity they were merged into.
      const missing = ids.filter((id) => !byId.has(id));
      const redirects = missing.length ? await this.rows(tx, READ.redirects, { ids: [...new Set(missing)] }) : [];
      if (redirects.length) {
        const kept = new Map((await this.rows(tx, READ.entities, { ids: redirects.map((r) => r.to as string) })).map((r) => toEntity(r)).map((e) => [e.id, e] as const));
        for (const r of redirects) {
          const entity = kept.get(r.to as string);
          if (entity) byId.set(r.id as string, entity);
        }
      }
      return byId;
    });
    return orderByIds(ids, found);
  }

  async getRevisions(nodeIds: readonly string[], limit: number) {
    const rows = await this.read((tx) => this.rows(tx, READ.revisions, { ids: [...new Set(nodeIds)], limit: neo4j.int(limit) }));
    const byId = new Map(rows.map((r) => [r.id as string, (r.revisions as Row[]).map(rowToRevision)] as const));
    return nodeIds.map((id) => byId.get(id) ?? []);
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

  async getArticleSummaries(ids: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.articleSummaries, { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((r) => [(r.article as Row).id as string, rowToArticleSummary(r.article as Row)] as const));
    return orderByIds(ids, byId);
  }

  async getArticleBodies(ids: readonly string[]) {
    const rows = await this.read((tx) => this.rows(tx, READ.articleBodies, { ids: [...new Set(ids)] }));
    return orderByIds(ids, new Map(rows.map((r) => [r.id as string, rowToArticleBody(r)] as const)));
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

  async claimPages(parentIds: readonly string[], of: ClaimsOf, page: SortedPageRequest<ClaimSortField>, include: ClaimPageInclude = {}): Promise<ClaimPages> {
    // The filter's tests over `n` (each parent's claims); an actor among them is a pattern test there.
    const { where, params: filterParams } = claimWhereOver(of.filter ?? {});
    const filters: string[] = [...where];
    const params: Record<string, unknown> = { ...filterParams, ...Object.fromEntries((page.from ?? []).map((v, i) => [`k${i}`, v])) };
    if (of.predicates) {
      filters.push(CLAIMS_OF_FILTERS.predicates);
      params.predicates = [...of.predicates];
    }
    if (of.linked) filters.push(CLAIMS_OF_FILTERS.linked);
    const [row] = await this.read((tx) =>
      this.rows(tx, claimPagesStatement(of.via, filters, include, page.sort, page.from !== undefined), {
        ...params,
        ids: [...new Set(parentIds)],
        limit: neo4j.int(page.first + 1),
        first: neo4j.int(page.first),
      }),
    );
    const found = row.pages as { id: string; total: number; page: string[]; keys: (string | number)[][] }[];
    const byId = new Map(found.map((p) => [p.id, sortedPageOf(p.page.map((id, i) => ({ id, key: p.keys[i] })), p.total, page.first, false)]));
    return { pages: parentIds.map((id) => byId.get(id) ?? sortedPageOf([], 0, page.first, false)), ...alongOf(row, include) };
  }

  async eventIdsForEntities(entityIds: readonly string[], limit: number) {
    const rows = await this.read((tx) =>
      this.rows(tx, READ.eventIdsForEntities, { ids: [...new Set(entityIds)], limit: neo4j.int(limit) }),
    );
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

  async claimsPage(filter: ClaimFilter, page: SortedPageRequest<ClaimSortField>, include: ClaimPageInclude = {}) {
    const { match, where, params, orderPrefix } = claimWhere(filter);
    const backward = page.backward ?? false;
    const from = Object.fromEntries((page.from ?? []).map((v, i) => [`k${i}`, v]));
    const [row] = await this.read((tx) =>
      this.rows(tx, claimsPageStatement(where, match, include, page.sort ?? [], backward, page.from !== undefined, orderPrefix), {
        ...params,
        ...from,
        limit: neo4j.int(page.first + 1),
        first: neo4j.int(page.first),
      }),
    );
    const ids = row.page as string[];
    const keys = row.keys as (string | number)[][];
    const found = sortedPageOf(ids.map((id, i) => ({ id, key: keys[i] })), row.total as number, page.first, backward);
    return { ...found, ...alongOf(row, include) };
  }

  async claimsAggregate(filter: ClaimFilter) {
    const { match, where, params } = claimWhere(filter);
    const rows = await this.read((tx) => this.rows(tx, claimsAggregateStatement(where, match), params));
    return claimsAggregateOf(rows as DimensionRow[]);
  }

  async changesAfter(seq: number, limit: number) {
    const rows = await this.read((tx) => this.rows(tx, READ.changesAfter, { after: neo4j.int(seq), limit: neo4j.int(limit) }));
    return rows.map((r) => ({ seq: Number(r.seq), change: JSON.parse(r.change as string) as ChangeRecord }));
  }

  async lastChangeSeq() {
    const [row] = await this.read((tx) => this.rows(tx, READ.lastChangeSeq, {}));
    return Number(row.seq);
  }

  async entitiesAggregate(kind?: EntityKind) {
    const rows = await this.read((tx) => this.rows(tx, entitiesAggregateStatement(Boolean(kind)), { kind: kind ?? null }));
    return entitiesAggregateOf(rows as DimensionRow[]);
  }

  async entitiesPage(kind: EntityKind | undefined, page: PageRequest) {
    return this.keysetPage(keysetPageStatement('Entity', kind ? ['n.kind = $kind'] : []), { kind }, page);
  }

  async articlesPage(page: PageRequest) {
    return this.keysetPage(keysetPageStatement('Article', []), {}, page);
  }

  /** The one row of a keyset page statement (keysetPageStatement): total, page and what it added. */
  private async keysetRow(query: string, params: Record<string, unknown>, page: PageRequest): Promise<Row> {
    const [row] = await this.read((tx) =>
      this.rows(tx, query, { ...params, after: page.after ?? '', limit: neo4j.int(page.first + 1), first: neo4j.int(page.first) }),
    );
    return row;
  }

  private async keysetPage(query: string, params: Record<string, unknown>, page: PageRequest) {
    const row = await this.keysetRow(query, params, page);
    return pageOf(row.page as string[], row.total as number, page.first);
  }


  async timeline(filter: TimelineFilter, page: PageRequest) {
    const [row] = await this.read((tx) =>
      this.rows(tx, READ.timeline, {
        about: filter.about ?? null,
        from: filter.from ?? null,
        to: filter.to ? endOfPeriod(filter.to) : null,
        after: page.after ?? null,
        limit: neo4j.int(page.first + 1),
      }),
    );
    return pageOf(row.page as string[], row.total as number, page.first);
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

  async edgesAround(entityIds: readonly string[], limit: number, filter?: ClaimFilter) {
    const params = { ids: [...new Set(entityIds)], limit: neo4j.int(limit) };
    const filtered = filter && claimWhereOver(filter);
    const rows = await this.read((tx) =>
      filtered
        ? this.rows(tx, filteredEdgesAroundStatement(filtered.where), { ...filtered.params, ...params })
        : this.rows(tx, READ.edgesAround, params),
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
    const session = this.session();
    try {
      await session.run(READ.clearRelationships);
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
 * Connection, transient and timeout failures become StoreUnavailableError (a timeout marked
 * `timeout: true`, which the API reports as QUERY_TIMEOUT); a client error in a statement is a
 * bug in this adapter and stays as it is.
 */
function toStoreError(error: unknown, timeoutMs?: number): Error {
  if (error instanceof InvalidBatchError || error instanceof StoreUnavailableError) return error;
  const code = errorCode(error);
  if (TIMED_OUT.test(code)) {
    return new StoreUnavailableError(`Neo4j transaction exceeded its ${timeoutMs ?? '?'} ms timeout`, { cause: error, timeout: true });
  }
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Schema')) return error as Error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`Neo4j request failed: ${message}`, { cause: error });
}
