// The embedded adapter on LadybugDB: in-process, on disk (or ':memory:'). One writer at a time on a
// dedicated connection inside an explicit transaction; reads on a small pool of connections.
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import type { Connection, Database, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import type { EntityKind, GraphBatch } from '../../model/records.js';
import {
  type ClaimFilter,
  type ClaimLinkRecordOut,
  type ClaimRole,
  type EdgeRecord,
  type GraphStore,
  InvalidBatchError,
  type PageRequest,
  StoreUnavailableError,
} from '../port.js';
import {
  batchReferences,
  batchRows,
  checkBatch,
  evidenceId,
  rowToArticle,
  rowToClaim,
  rowToEntity,
  rowToEvidence,
  rowToMention,
  type Row,
} from '../rows.js';
import { endOfPeriod, groupByKey, orderByIds, pageOf, summaryOf } from '../shared.js';
import { type IndexedEntity, SearchKeyIndex } from './key-index.js';
import { explainOpenFailure } from './open-errors.js';
import { type ColumnType, CHECK, NODE_TABLES, READ, REL_TABLES, WRITE, schemaStatements, shortestPathStatement } from './statements.js';

// LadybugDB cannot bind a column whose values are all null; these stand in for "unset".
const NUMBER_PLACEHOLDER = -Number.MAX_VALUE;
const INT_PLACEHOLDER = Number.MIN_SAFE_INTEGER;
const PLACEHOLDER: Record<ColumnType, LbugValue> = {
  STRING: '',
  'STRING[]': [],
  DOUBLE: NUMBER_PLACEHOLDER,
  INT64: INT_PLACEHOLDER,
  BOOLEAN: false,
};

/** Evidence ords probed per lookup (see getEvidence): most claims quote one to three sentences. */
const EVIDENCE_WINDOW = 4;

const COLUMN_TYPES: Record<string, ColumnType> = Object.assign(
  {},
  ...Object.values(NODE_TABLES),
  ...Object.values(REL_TABLES).map((r) => r.columns),
);

/**
 * Batch rows as LadybugDB can bind them: nulls become typed placeholders, and DOUBLE columns travel
 * as text (cast back in the statement) because a whole-number JS value would otherwise bind as
 * INT64 and clash with its neighbours in the same list.
 */
export function fillPlaceholders(value: unknown): LbugValue {
  if (Array.isArray(value)) return value.map(fillPlaceholders);
  if (value && typeof value === 'object') {
    const out: Record<string, LbugValue> = {};
    for (const [key, v] of Object.entries(value)) {
      const type = COLUMN_TYPES[key] ?? 'STRING';
      const filled = v === null || v === undefined ? PLACEHOLDER[type] : fillPlaceholders(v);
      out[key] = type === 'DOUBLE' ? String(filled) : filled;
    }
    return out;
  }
  return value as LbugValue;
}

function clearPlaceholders(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    // `RETURN e.*` names columns "e.name"; keep the property name only.
    const name = key.includes('.') ? key.slice(key.indexOf('.') + 1) : key;
    out[name] = value === NUMBER_PLACEHOLDER || value === INT_PLACEHOLDER || value === '' ? null : value;
  }
  return out;
}

/** Moves aside the log of a checkpoint a crash cut short before it replaced any page; returns its new name. */
function setAsideUnfinishedCheckpoint(dbPath: string): string | undefined {
  const log = `${dbPath}.wal.checkpoint`;
  if (!existsSync(log) || fileSize(`${dbPath}.shadow`) > 0) return undefined;
  const aside = `${log}.unfinished-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(log, aside);
  return aside;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export interface EmbeddedOptions {
  /** Directory of the database, or ':memory:'. */
  path: string;
  readConnections?: number;
  queryTimeoutMs?: number;
  /** LadybugDB's page buffer in MB (default: LadybugDB's, most of the machine's memory). */
  bufferPoolMb?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  private readonly db: Database;
  private readonly writer: Connection;
  private readonly readers: Connection[];
  private nextReader = 0;
  private writeQueue: Promise<unknown> = Promise.resolve();
  private readonly prepared = new Map<string, Promise<PreparedStatement>>();
  /** Search keys in memory (key-index.ts), loaded on first use. */
  private keyIndex: SearchKeyIndex | undefined;
  private keyIndexLoad: Promise<SearchKeyIndex> | undefined;
  private closed = false;

  private constructor(
    db: Database,
    readConnections: number,
    private readonly queryTimeoutMs: number | undefined,
    /** On disk (not ':memory:'): every commit is followed by a checkpoint, see write(). */
    private readonly onDisk: boolean,
  ) {
    this.db = db;
    this.writer = new lbug.Connection(db);
    this.readers = Array.from({ length: readConnections }, () => new lbug.Connection(db));
    if (queryTimeoutMs) for (const c of [this.writer, ...this.readers]) c.setQueryTimeout(queryTimeoutMs);
  }

  /**
   * Bytes of write-ahead log found when the database was opened: left by a process that stopped
   * without closing it (a crash, kill -9). 0 after a clean shutdown.
   */
  recoveredWalBytes = 0;
  /** Where the log of a checkpoint cut short by a crash was moved (see open()); undefined if none. */
  discardedCheckpointLog: string | undefined;

  /**
   * Opens (creating if needed) the database; a locked or corrupt directory gets a plain message.
   *
   * Crash safety on disk: LadybugDB 0.19 writes log records over 4 KB damaged (upstream issue
   * #771, fixed by PR #959, in no npm release yet), so after a crash a log holding any sizeable
   * write, committed or not, fails "Checksum verification" and by default the database does not
   * open at all. So every commit is followed by a CHECKPOINT (see write()) and only then reported
   * done: between writes the log is empty, and a crash can leave in it only the one write that was
   * under way, which its client never saw succeed. The log is replayed up to its first damaged
   * record (throwOnWalReplayFailure off), which drops that unfinished write, and checkpointed at once.
   *
   * A crash during that checkpoint leaves the log renamed to `graph.lbug.wal.checkpoint`. While the
   * shadow file is empty no page of the database file has been replaced yet, and the log holds only
   * the write being checkpointed, which was never reported as done; LadybugDB 0.19 can crash
   * (SIGSEGV) replaying it, because records over 4 KB are written damaged (upstream issue #771,
   * fixed by PR #959). So it is moved aside (kept, renamed `…unfinished-<time>`) before opening.
   */
  static async open(options: EmbeddedOptions): Promise<EmbeddedStore> {
    const inMemory = options.path === ':memory:';
    const dbPath = inMemory ? ':memory:' : path.resolve(options.path, 'graph.lbug');
    if (!inMemory) mkdirSync(path.dirname(dbPath), { recursive: true });
    const walBytes = inMemory ? 0 : fileSize(`${dbPath}.wal`);
    const discarded = inMemory ? undefined : setAsideUnfinishedCheckpoint(dbPath);
    const bufferBytes = options.bufferPoolMb ? options.bufferPoolMb * 2 ** 20 : 0; // 0: LadybugDB's default
    const db = inMemory
      ? new lbug.Database(dbPath, bufferBytes)
      : new lbug.Database(dbPath, bufferBytes, true, false, 0, true, -1, /* throwOnWalReplayFailure */ false);
    try {
      await db.init();
    } catch (error) {
      throw explainOpenFailure(options.path, error);
    }
    const store = new EmbeddedStore(db, options.readConnections ?? 4, options.queryTimeoutMs, !inMemory);
    store.recoveredWalBytes = walBytes;
    store.discardedCheckpointLog = discarded;
    await store.writer.init();
    await Promise.all(store.readers.map((c) => c.init()));
    if (walBytes > 0 || discarded) await store.checkpoint();
    return store;
  }

  private statement(conn: Connection, query: string): Promise<PreparedStatement> {
    // Prepared statements belong to a connection; cache them per connection and text.
    const key = `${[this.writer, ...this.readers].indexOf(conn)}:${query}`;
    let ps = this.prepared.get(key);
    if (!ps) {
      ps = conn.prepare(query);
      this.prepared.set(key, ps);
      ps.catch(() => this.prepared.delete(key));
    }
    return ps;
  }

  private async exec(conn: Connection, query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    if (this.closed) throw new StoreUnavailableError('the embedded store is closed');
    const ps = await this.statement(conn, query);
    if (!ps.isSuccess()) throw new Error(`LadybugDB could not prepare a statement: ${ps.getErrorMessage()}`);
    const filled = fillPlaceholders(params) as Record<string, LbugValue>;
    let result: QueryResult;
    try {
      result = (await conn.execute(ps, filled)) as QueryResult;
    } catch (error) {
      // setQueryTimeout interrupts a statement past QUERY_TIMEOUT_MS with "Interrupted.".
      if (error instanceof Error && /^Interrupted\.?$/.test(error.message.trim())) {
        throw new StoreUnavailableError(`LadybugDB statement exceeded its ${this.queryTimeoutMs ?? '?'} ms timeout`, { cause: error, timeout: true });
      }
      throw error;
    }
    const rows = await result.getAll();
    result.close();
    return rows.map(clearPlaceholders);
  }

  private read(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const conn = this.readers[this.nextReader++ % this.readers.length];
    return this.exec(conn, query, params);
  }

  /** Folds the write-ahead log into the database file. (Its result is closed: an open one keeps the file locked after close().) */
  private async checkpoint(): Promise<void> {
    const result = await this.writer.query('CHECKPOINT');
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  }

  /**
   * Runs `work` alone on the writer connection inside one transaction: all or nothing.
   * `afterCommit` updates what the adapter keeps in memory (the key index) once the write is in.
   */
  private write<T>(work: (run: (query: string, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>, afterCommit?: () => void): Promise<T> {
    return this.queued(async () => {
      await this.writer.query('BEGIN TRANSACTION');
      let result: T;
      try {
        result = await work((query, params) => this.exec(this.writer, query, params));
        await this.writer.query('COMMIT');
      } catch (error) {
        await this.writer.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      afterCommit?.();
      // Success is reported only once the write is in the database file (see open()).
      if (this.onDisk) await this.checkpoint();
      return result;
    });
  }

  /** Runs `work` after everything queued on the writer connection before it, alone. */
  private queued<T>(work: () => Promise<T>): Promise<T> {
    const task = this.writeQueue.then(work);
    this.writeQueue = task.catch(() => undefined);
    return task;
  }

  async applySchema(): Promise<void> {
    for (const statement of schemaStatements()) await this.writer.query(statement);
    // Start loading the key index now (seconds at 100k entities) rather than on the first search.
    void this.searchKeyIndex().catch(() => undefined);
  }

  async upsert(batch: GraphBatch) {
    checkBatch(batch);
    const rows = batchRows(batch);
    const refs = batchReferences(batch);
    const articleIds = batch.articles.map((a) => a.id);
    const entityIds = batch.entities.map((e) => e.id);
    const claimIds = rows.claimIds;
    await this.write(async (run) => {
      // UNWIND over an empty list cannot be bound, so empty steps are skipped.
      const step = async (query: string, params: Record<string, unknown>, count: number) => {
        if (count > 0) await run(query, params);
      };
      const existing = async (query: string, ids: string[]) =>
        ids.length ? new Set((await run(query, { ids })).map((r) => r.id as string)) : new Set<string>();
      // Nodes that exist get their properties SET, the others are CREATEd.
      const upsertNodes = async (statements: { create: string; update: string }, nodeRows: { id: string }[], known: Set<string>) => {
        const update = nodeRows.filter((r) => known.has(r.id));
        const create = nodeRows.filter((r) => !known.has(r.id));
        await step(statements.update, { rows: update }, update.length);
        await step(statements.create, { rows: create }, create.length);
      };

      await upsertNodes(WRITE.articles, rows.articles, await existing(CHECK.existingArticles, articleIds));
      if (articleIds.length) {
        // Claims these articles no longer state go, with their evidence and edges.
        const keep = new Set(claimIds);
        const stale = (await run(WRITE.staleClaimIds, { articleIds })).map((r) => r.id as string).filter((id) => !keep.has(id));
        await step(WRITE.dropEvidence, { ids: stale }, stale.length);
        await step(WRITE.dropEdges, { ids: stale }, stale.length);
        await step(WRITE.dropClaims, { ids: stale }, stale.length);
        await run(WRITE.dropMentions, { articleIds });
      }
      await upsertNodes(WRITE.entities, rows.entities, await existing(CHECK.existingEntities, entityIds));
      await this.checkExists(run, CHECK.existingEntities, refs.entityIds, 'unknown entity');
      await this.checkExists(run, CHECK.existingArticles, refs.articleIds, 'unknown article');

      // An entity's search keys and event links are replaced.
      for (const drop of [WRITE.dropSearchKeys, WRITE.dropParticipants, WRITE.dropLocations]) {
        await step(drop, { ids: entityIds }, entityIds.length);
      }
      const keys = [...new Set(rows.searchKeys.map((r) => r.key))];
      const knownKeys = keys.length
        ? new Set((await run(WRITE.existingSearchKeys, { keys })).map((r) => r.key as string))
        : new Set<string>();
      const newKeys = keys.filter((k) => !knownKeys.has(k));
      await step(WRITE.newSearchKeys, { keys: newKeys }, newKeys.length);
      await step(WRITE.searchKeys, { rows: rows.searchKeys }, rows.searchKeys.length);
      await step(WRITE.participants, { rows: rows.participants }, rows.participants.length);
      await step(WRITE.locatedEvents, { rows: rows.locatedEvents }, rows.locatedEvents.length);

      // A claim's own relationships, evidence and edge are replaced (edges first: they are found
      // through the SUBJECT relationship that dropClaimRels removes).
      const knownClaims = await existing(CHECK.existingClaims, claimIds);
      const rewritten = claimIds.filter((id) => knownClaims.has(id));
      await step(WRITE.dropEdges, { ids: rewritten }, rewritten.length);
      await step(WRITE.dropEvidence, { ids: rewritten }, rewritten.length);
      for (const drop of WRITE.dropClaimRels) await step(drop, { ids: rewritten }, rewritten.length);
      await upsertNodes(WRITE.claims, rows.claims, knownClaims);
      await step(WRITE.claimCore, { rows: rows.claims }, rows.claims.length);
      await step(WRITE.claimObjects, { rows: rows.objects }, rows.objects.length);
      await step(WRITE.attributions, { rows: rows.attributions }, rows.attributions.length);
      await step(WRITE.evidence, { rows: rows.evidence }, rows.evidence.length);
      await this.checkExists(run, CHECK.existingClaims, refs.claimIds, 'unknown linked claim');
      await step(WRITE.links, { rows: rows.links }, rows.links.length);
      await step(WRITE.edges, { rows: rows.edges }, rows.edges.length);
      // Mentions of articles outside the batch are replaced one by one.
      const mentionIds = rows.mentions.map((m) => m.id);
      await step(WRITE.dropMentionsById, { ids: mentionIds }, mentionIds.length);
      await step(WRITE.mentions, { rows: rows.mentions }, rows.mentions.length);
    }, () => {
      if (!this.keyIndex) return;
      const keysOf = groupByKey(entityIds, rows.searchKeys, (r) => r.entityId, (r) => r.key);
      batch.entities.forEach((e, i) => this.keyIndex?.put(e.id, { kind: e.kind, name: e.name, keys: keysOf[i] }));
    });
    return summaryOf(batch);
  }

  private async checkExists(
    run: (query: string, params?: Record<string, unknown>) => Promise<Row[]>,
    query: string,
    ids: string[],
    problem: string,
  ): Promise<void> {
    if (!ids.length) return;
    const found = new Set((await run(query, { ids })).map((r) => r.id as string));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new InvalidBatchError(missing.map((id) => `${problem} ${id}`));
  }

  private async readByIds(query: string, ids: readonly string[]): Promise<Row[]> {
    const unique = [...new Set(ids)];
    return unique.length ? this.read(query, { ids: unique }) : [];
  }

  async getEntities(ids: readonly string[]) {
    // Only events have participants: the second statement runs only when one was found.
    const rows = await this.readByIds(READ.entities, ids);
    const events = rows.filter((r) => r.kind === 'EVENT').map((r) => r.id as string);
    const participants = await this.readByIds(READ.participants, events);
    const byEvent = groupByKey(ids, participants, (r) => r.id as string, (r) => ({ entityId: r.entityId as string, role: r.role as string }));
    const participantsOf = new Map(ids.map((id, i) => [id, byEvent[i]]));
    const byId = new Map(rows.map((r) => [r.id as string, rowToEntity(r, participantsOf.get(r.id as string))] as const));
    return orderByIds(ids, byId);
  }

  async getClaims(ids: readonly string[]) {
    const rows = await this.readByIds(READ.claims, ids);
    return orderByIds(ids, new Map(rows.map((r) => [r.id as string, rowToClaim(r)] as const)));
  }

  async getArticles(ids: readonly string[]) {
    const rows = await this.readByIds(READ.articles, ids);
    return orderByIds(ids, new Map(rows.map((r) => [r.id as string, rowToArticle(r)] as const)));
  }

  async getEvidence(claimIds: readonly string[]) {
    // Evidence ids are `claimId#evidence-<ord>` with ords 0, 1, 2, … (rows.ts evidenceId): probe a
    // window of ords by primary key, and the next window only for claims that filled this one.
    const rows: Row[] = [];
    let pending = [...new Set(claimIds)];
    for (let from = 0; pending.length; from += EVIDENCE_WINDOW) {
      const ids = pending.flatMap((c) => Array.from({ length: EVIDENCE_WINDOW }, (_, i) => evidenceId(c, from + i)));
      const found = await this.read(READ.evidenceByIds, { ids });
      rows.push(...found);
      const perClaim = new Map<string, number>();
      for (const r of found) perClaim.set(r.claimId as string, (perClaim.get(r.claimId as string) ?? 0) + 1);
      pending = pending.filter((c) => perClaim.get(c) === EVIDENCE_WINDOW);
    }
    rows.sort((a, b) => (a.ord as number) - (b.ord as number));
    return groupByKey(claimIds, rows, (r) => r.claimId as string, rowToEvidence);
  }

  async getClaimLinks(claimIds: readonly string[]) {
    const [out, inc] = await Promise.all([this.readByIds(READ.claimLinksOut, claimIds), this.readByIds(READ.claimLinksIn, claimIds)]);
    const toLink = (r: Row): ClaimLinkRecordOut => ({ from: r.from as string, to: r.to as string, type: r.type as ClaimLinkRecordOut['type'] });
    const groups = groupByKey(claimIds, [...out, ...inc], (r) => r.id as string, toLink);
    return groups.map((links) => links.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)));
  }

  async getMentions(entityIds: readonly string[]) {
    const rows = await this.readByIds(READ.mentions, entityIds);
    return groupByKey(entityIds, rows, (r) => r.entityId as string, rowToMention);
  }

  async getArticleMentions(articleIds: readonly string[]) {
    const rows = await this.readByIds(READ.articleMentions, articleIds);
    return groupByKey(articleIds, rows, (r) => r.articleId as string, rowToMention);
  }

  async claimIdsForEntities(entityIds: readonly string[], role: ClaimRole, predicate?: string) {
    const queries = {
      SUBJECT: [READ.claimsAsSubject],
      OBJECT: [READ.claimsAsObject],
      ANY: [READ.claimsAsSubject, READ.claimsAsObject],
      ATTRIBUTED_TO: [READ.claimsAttributedTo],
    }[role];
    const unique = [...new Set(entityIds)];
    const results = unique.length
      ? await Promise.all(queries.map((q) => this.read(q, { ids: unique, predicate: predicate ?? '' })))
      : [];
    const groups = groupByKey(entityIds, results.flat(), (r) => r.id as string, (r) => r.claimId as string);
    return entityIds.map((entityId, i) => ({ entityId, claimIds: [...new Set(groups[i])].sort() }));
  }

  async eventIdsForEntities(entityIds: readonly string[]) {
    const [byParticipant, byLocation] = await Promise.all([
      this.readByIds(READ.eventsByParticipant, entityIds),
      this.readByIds(READ.eventsByLocation, entityIds),
    ]);
    const groups = groupByKey(entityIds, [...byParticipant, ...byLocation], (r) => r.id as string, (r) => ({
      id: r.eventId as string,
      date: (r.date as string | null) ?? '',
    }));
    return groups.map((events) => {
      const unique = [...new Map(events.map((e) => [e.id, e])).values()];
      unique.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      return unique.map((e) => e.id);
    });
  }

  async articleIdByHash(contentHash: string) {
    const rows = await this.read(READ.articleIdByHash, { hash: contentHash });
    return (rows[0]?.id as string | undefined) ?? null;
  }

  async articleVersionsByUrl(url: string) {
    const rows = await this.read(READ.articleIdsByUrl, { url });
    return rows.map((r) => ({ id: r.id as string, version: (r.version as number | null) ?? 1 }));
  }

  async claimsPage(filter: ClaimFilter, page: PageRequest) {
    const params = {
      subject: filter.subject ?? '',
      object: filter.object ?? '',
      about: filter.about ?? '',
      predicates: filter.predicates ?? [],
      statuses: filter.statuses ?? [],
      attributedTo: filter.attributedTo ?? '',
      article: filter.article ?? '',
      origin: filter.origin ?? '',
    };
    return this.keysetPage(READ.claimsCount, READ.claimsPage, params, page);
  }

  async entitiesPage(kind: EntityKind | undefined, page: PageRequest) {
    return this.keysetPage(READ.entitiesCount, READ.entitiesPage, { kind: kind ?? '' }, page);
  }

  async articlesPage(page: PageRequest) {
    return this.keysetPage(READ.articlesCount, READ.articlesPage, {}, page);
  }

  private async keysetPage(countQuery: string, pageQuery: string, params: Record<string, unknown>, page: PageRequest) {
    const [[count], rows] = await Promise.all([
      this.read(countQuery, params),
      this.read(pageQuery, { ...params, after: page.after ?? '', limit: page.first + 1 }),
    ]);
    return pageOf(rows.map((r) => r.id as string), count.total as number, page.first);
  }

  async timeline(about: string | undefined, from: string | undefined, to: string | undefined) {
    const rows = await this.read(READ.timelineAll, { from: from ?? '', to: to ? endOfPeriod(to) : '' });
    let events = rows.map((r) => ({ id: r.id as string, date: r.date as string }));
    if (about) {
      const [related] = await this.eventIdsForEntities([about]);
      const claimed = await this.claimIdsForEntities([about], 'ANY');
      const claims = await this.getClaims(claimed[0].claimIds);
      const keep = new Set([about, ...related, ...claims.flatMap((c) => (c ? [c.subjectId, c.objectId ?? ''] : []))]);
      events = events.filter((e) => keep.has(e.id));
    }
    events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    return events.map((e) => e.id);
  }

  /**
   * The in-memory key index, loaded from the SearchKey nodes on first use. Loading waits its turn
   * in the write queue, so no write is half-seen; later writes update it after they commit.
   */
  private searchKeyIndex(): Promise<SearchKeyIndex> {
    if (this.keyIndex) return Promise.resolve(this.keyIndex);
    this.keyIndexLoad ??= this.queued(async () => {
      const byEntity = new Map<string, IndexedEntity>();
      for (const r of await this.exec(this.writer, READ.allEntityNames)) {
        byEntity.set(r.id as string, { kind: r.kind as EntityKind, name: (r.name as string | null) ?? '', keys: [] });
      }
      for (const r of await this.exec(this.writer, READ.allSearchKeys)) byEntity.get(r.id as string)?.keys.push(r.key as string);
      this.keyIndex = SearchKeyIndex.of([...byEntity].filter(([, entity]) => entity.keys.length));
      return this.keyIndex;
    }).catch((error) => {
      this.keyIndexLoad = undefined; // a failed load is tried again by the next search
      throw error;
    });
    return this.keyIndexLoad;
  }


  async entityIdsByKeys(keys: readonly string[]) {
    if (!keys.length) return [];
    return (await this.searchKeyIndex()).lookup(keys);
  }

  async search(keys: { exact: string[]; prefix: string; skeleton: string }, kinds: EntityKind[] | undefined, limit: number) {
    if (this.closed) throw new StoreUnavailableError('the embedded store is closed');
    return (await this.searchKeyIndex()).search(keys, kinds, limit);
  }

  async edgesAround(entityIds: readonly string[], limit: number) {
    const [out, inc] = await Promise.all([this.readByIds(READ.edgesAroundOut, entityIds), this.readByIds(READ.edgesAroundIn, entityIds)]);
    const unique = new Map<string, EdgeRecord>();
    for (const r of [...out, ...inc]) {
      unique.set(r.claimId as string, {
        source: r.source as string,
        target: r.target as string,
        predicate: r.predicate as string,
        claimId: r.claimId as string,
      });
    }
    return [...unique.values()].sort((a, b) => a.claimId.localeCompare(b.claimId)).slice(0, limit);
  }

  async shortestPath(from: string, to: string, maxHops: number) {
    if (from === to) {
      const rows = await this.read(READ.exists, { id: from });
      return rows.length ? [] : null;
    }
    const rows = await this.read(shortestPathStatement(maxHops), { from, to });
    if (!rows.length) return null;
    const r = rows[0];
    const sources = r.sources as string[];
    return sources.map((source, i) => ({
      source,
      target: (r.targets as string[])[i],
      predicate: (r.predicates as string[])[i],
      claimId: (r.claimIds as string[])[i],
    }));
  }

  async counts() {
    const count = async (query: string) => ((await this.read(query))[0].n as number) ?? 0;
    const [articles, entities, claims, evidence, mentions, edges] = await Promise.all([
      count(READ.count('Article')),
      count(READ.count('Entity')),
      count(READ.count('Claim')),
      count(READ.count('Evidence')),
      count(READ.count('Mention')),
      count(READ.countEdges),
    ]);
    return { articles, entities, claims, evidence, mentions, edges };
  }

  async clearAll() {
    await this.write(async (run) => {
      for (const table of Object.keys(NODE_TABLES)) await run(READ.clearAll(table));
    }, () => this.keyIndex?.clear());
  }

  async ping() {
    await this.read(READ.ping);
  }

  async close() {
    if (this.closed) return;
    await this.writeQueue;
    // Leave nothing in the log for the next open to replay (see open()).
    if (this.onDisk) await this.checkpoint().catch(() => undefined);
    this.closed = true;
    for (const c of [this.writer, ...this.readers]) await c.close();
    await this.db.close();
  }
}
