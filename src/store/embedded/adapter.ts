// The embedded adapter on SQLite (better-sqlite3): in-process, one file on disk (or ':memory:').
//
// Durability: WAL journal with synchronous=NORMAL. A commit is atomic and the database never
// corrupts on a crash or power loss, but on power loss (not on a process crash such as kill -9)
// the last commits before it may be lost: NORMAL syncs the log at checkpoints, not at every commit.
// The trade spares an fsync per commit; synchronous=FULL would close that window.
//
// Concurrency: better-sqlite3 runs each statement synchronously, so inside one process a write
// transaction (BEGIN IMMEDIATE … COMMIT, all-or-nothing) never interleaves with a read. Across
// processes (the server and `npm run seed`) SQLite allows one writer at a time, a second one waits
// up to BUSY_TIMEOUT_MS for the lock, and WAL readers are never blocked by the writer.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleSummary, ChangeRecord, ClaimRecord, Curation, EntityKind, EntityRecord, EvidenceRecord, GraphBatch } from '../../model/records.js';
import {
  CHANGE_LOG_KEEP,
  type ClaimFilter,
  type ClaimSortField,
  type ClaimLinkRecordOut,
  type ClaimPageInclude,
  type ClaimPages,
  type ClaimsAlong,
  type ClaimRole,
  type ClaimsOf,
  type EdgeRecord,
  type GraphStore,
  InvalidBatchError,
  MAX_PATH_HOPS,
  type PageRequest,
  type SortedPageRequest,
  StoreUnavailableError,
  type TimelineFilter,
} from '../port.js';
import { batchReferences, batchRows, checkBatch, rowToArticle, rowToArticleBody, rowToArticleSummary, rowToClaim, rowToEntity, rowToEvidence, rowToMention, type Row } from '../rows.js';
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
import { EmbeddedOpenError, checkEmbeddedPath, explainOpenFailure } from './open-errors.js';
import { MIGRATIONS } from './schema.js';
import {
  CHECK,
  claimWhere,
  CLAIMS_OF_FILTERS,
  MERGE,
  READ,
  TABLES,
  WRITE,
  claimPagesStatements,
  claimsCountStatement,
  claimsPageStatement,
  claimsAggregateStatement,
  ENTITIES_AGGREGATE,
  filteredEdgesAroundStatement,
} from './statements.js';

/** How long a write waits for another process's write lock before failing as STORE_UNAVAILABLE. */
const BUSY_TIMEOUT_MS = 5_000;

/** Sorts after every other character in UTF-8, so [prefix, prefix + PREFIX_END) is "starts with prefix". */
const PREFIX_END = '\u{10FFFF}';

type Params = Record<string, unknown>;

/** Prepared statements kept: every fixed statement, and the recent shapes of client filters. */
const MAX_PREPARED = 500;

/** A prepared statement; one that returns rows reads them raw and builds each with `row`. */
interface Prepared {
  statement: Database.Statement;
  row?: (values: unknown[]) => Row;
}

/**
 * Builds a row object from a raw row with one object literal of the statement's columns.
 * better-sqlite3 sets a named row's columns one by one through V8's API: for 20 claims of 24
 * columns that took 200 us, against 90 us raw with this. The column names come from our own
 * statements, written into the literal as JSON strings.
 */
function rowMaker(columns: readonly string[]): (values: unknown[]) => Row {
  // In a literal "__proto__" would set the prototype, not a property.
  if (columns.includes('__proto__')) throw new Error('a statement names a column __proto__');
  return new Function('v', `return { ${columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(', ')} };`) as (values: unknown[]) => Row;
}

/** A row as SQLite binds it: booleans as 0/1, lists as JSON text. */
function bindable(row: object): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? JSON.stringify(value) : (value ?? null);
  }
  return out;
}

const ids = (list: readonly string[]) => JSON.stringify([...new Set(list)]);
const byOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `word…` for each word of a normalised key after its first: the key's later words, prefix-matched by search rank 2. */
function laterWords(key: string): string[] {
  const words: string[] = [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) if (key[i + 1]) words.push(key.slice(i + 1));
  return words;
}

/** Runs the migrations this database has not seen, in one transaction that reads the version itself (two processes may open a new file at once). */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new EmbeddedOpenError(
        `The embedded database ${db.name} has schema version ${version}, newer than this newsgraph knows (${MIGRATIONS.length}): run a newer newsgraph on it.`,
      );
    }
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    if (version < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** Lock contention and I/O failures mean the store is unavailable; anything else is a bug and stays as it is. */
function toStoreError(error: unknown): unknown {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY)/.test(code)) {
    return new StoreUnavailableError(`SQLite: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

export interface EmbeddedOptions {
  /** The SQLite database file (created with its directory if missing), or ':memory:'. */
  path: string;
}

/** The page cache of the store's connection, in KiB. */
const CACHE_KIB = 64 * 1024;

export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  private readonly statements = new Map<string, Prepared>();
  private closed = false;

  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating if needed) the database and brings its schema up to date. */
  static async open(options: EmbeddedOptions): Promise<EmbeddedStore> {
    const file = options.path;
    if (file !== ':memory:') {
      checkEmbeddedPath(file);
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(file);
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // SQLite's default page cache is 2 MB; a 100k-entity graph is ~1 GB on disk, and every page
      // missed is a read from the OS (a neighbourhood read spent a fifth of its CPU in them).
      db.pragma(`cache_size = ${-CACHE_KIB}`);
      migrate(db);
    } catch (error) {
      db?.close();
      throw error instanceof EmbeddedOpenError ? error : explainOpenFailure(file, error);
    }
    return new EmbeddedStore(db);
  }

  private prepared(sql: string): Prepared {
    let prepared = this.statements.get(sql);
    if (prepared) {
      // Most recently used last, so the oldest is the first to go.
      this.statements.delete(sql);
    } else {
      const statement = this.db.prepare(sql);
      prepared = statement.reader ? { statement: statement.raw(true), row: rowMaker(statement.columns().map((c) => c.name)) } : { statement };
      // Filters shape some statements' text (AND / OR / NOT), so the cache is bounded.
      if (this.statements.size >= MAX_PREPARED) this.statements.delete(this.statements.keys().next().value as string);
    }
    this.statements.set(sql, prepared);
    return prepared;
  }

  /** Runs `work` against the open database, with SQLite's failures in the port's terms. */
  private guarded<T>(work: () => T): T {
    if (this.closed) throw new StoreUnavailableError('the embedded store is closed');
    try {
      return work();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private all(sql: string, params: Params = {}): Row[] {
    return this.guarded(() => {
      const { statement, row } = this.prepared(sql);
      return row ? (statement.all(params) as unknown[][]).map(row) : (statement.all(params) as Row[]);
    });
  }

  /** One write transaction (BEGIN IMMEDIATE: it takes the write lock before reading), all or nothing. */
  private write<T>(work: (run: (sql: string, params: Params) => void) => T): T {
    const run = (sql: string, params: Params) => void this.prepared(sql).statement.run(params);
    return this.guarded(() => this.db.transaction(() => work(run)).immediate());
  }

  /** The schema is migrated when the store is opened (see open), so there is nothing left to create. */
  async applySchema(): Promise<void> {}

  async upsert(batch: GraphBatch) {
    checkBatch(batch);
    const rows = batchRows(batch);
    const refs = batchReferences(batch);
    const claimIdsOf = groupByKey(rows.articles.map((a) => a.id), batch.claims, (c) => c.articleId, (c) => c.id);
    this.write((run) => {
      // An article's claims it no longer states and its mentions are replaced by the batch's.
      for (const [i, article] of rows.articles.entries()) {
        run(WRITE.article, bindable(article));
        run(WRITE.dropStaleClaims, { articleId: article.id, keep: JSON.stringify(claimIdsOf[i]) });
        run(WRITE.dropArticleMentions, { articleId: article.id });
      }
      for (const entity of rows.entities) {
        run(WRITE.entity, bindable(entity));
        for (const drop of [WRITE.dropSearchKeys, WRITE.dropSearchWords, WRITE.dropParticipants]) run(drop, { id: entity.id });
      }
      for (const { key, entityId } of rows.searchKeys) {
        run(WRITE.searchKey, { key, entityId });
        for (const word of laterWords(key)) run(WRITE.searchWord, { word, entityId });
      }
      for (const p of rows.participants) run(WRITE.participant, p);
      this.checkExists(CHECK.existingEntities, refs.entityIds, 'unknown entity');
      this.checkExists(CHECK.existingArticles, refs.articleIds, 'unknown article');

      // A claim's evidence, attributions and links are replaced; its edge is the claim row itself.
      for (const claim of rows.claims) {
        run(WRITE.claim, bindable(claim));
        for (const drop of [WRITE.dropEvidence, WRITE.dropAttributions, WRITE.dropLinks]) run(drop, { id: claim.id });
      }
      for (const a of rows.attributions) run(WRITE.attribution, a);
      for (const ev of rows.evidence) run(WRITE.evidence, ev);
      this.checkExists(CHECK.existingClaims, refs.claimIds, 'unknown linked claim');
      for (const link of rows.links) run(WRITE.link, link);
      for (const mention of rows.mentions) run(WRITE.mention, mention);
      if (batch.curation) this.curate(run, batch.curation);
      if (batch.change) {
        run(WRITE.change, { at: new Date().toISOString(), change: JSON.stringify(batch.change) });
        run(WRITE.pruneChanges, { keep: CHANGE_LOG_KEEP });
      }
    });
    return summaryOf(batch);
  }

  /** A curator's change, inside the batch's transaction, after its records. */
  private curate(run: (sql: string, params: Params) => void, curation: Curation): void {
    for (const { claimId, review } of curation.reviews ?? []) {
      run(WRITE.review, { claimId, verdict: review.verdict, note: review.note ?? null, by: review.by, at: review.at });
    }
    for (const s of curation.supersede ?? []) run(WRITE.supersede, s);
    if (curation.merge) for (const sql of MERGE) run(sql, curation.merge);
    for (const row of revisionRows(curation.revision)) run(WRITE.revision, row);
  }

  /** Dangling references abort the transaction, so nothing of the batch is kept. */
  private checkExists(sql: string, wanted: string[], problem: string): void {
    if (!wanted.length) return;
    const found = new Set(this.all(sql, { ids: ids(wanted) }).map((r) => r.id as string));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length) throw new InvalidBatchError(missing.map((id) => `${problem} ${id}`));
  }

  /** Entity records of the ids found (events with their participants). */
  private entityRecords(entityIds: readonly string[]): EntityRecord[] {
    const rows = this.all(READ.entities, { ids: ids(entityIds) });
    const events = rows.filter((r) => r.kind === 'EVENT').map((r) => r.id as string);
    const participants = events.length ? this.all(READ.participants, { ids: ids(events) }) : [];
    const byEvent = groupByKey(events, participants, (r) => r.eventId as string, (r) => ({ entityId: r.entityId as string, role: r.role as string }));
    const participantsOf = new Map(events.map((id, i) => [id, byEvent[i]]));
    return rows.map((r) => rowToEntity({ ...r, aliases: JSON.parse(r.aliases as string) }, participantsOf.get(r.id as string)));
  }

  private claimRecords(claimIds: readonly string[]): ClaimRecord[] {
    return this.all(READ.claims, { ids: ids(claimIds) }).map((r) => rowToClaim({ ...r, attributedTo: JSON.parse(r.attributedTo as string) }));
  }

  private articleSummaries(articleIds: readonly string[]): ArticleSummary[] {
    return this.all(READ.articleSummaries, { ids: ids(articleIds) }).map(rowToArticleSummary);
  }

  async getEntities(entityIds: readonly string[]) {
    return this.guarded(() =>
      this.db.transaction(() => {
        const found = new Map(this.entityRecords(entityIds).map((e) => [e.id, e] as const));
        // Ids of merged entities answer with the entity they were merged into.
        const missing = entityIds.filter((id) => !found.has(id));
        const redirects = missing.length ? this.all(READ.redirects, { ids: ids(missing) }) : [];
        if (redirects.length) {
          const kept = new Map(this.entityRecords(redirects.map((r) => r.toId as string)).map((e) => [e.id, e] as const));
          for (const r of redirects) {
            const entity = kept.get(r.toId as string);
            if (entity) found.set(r.fromId as string, entity);
          }
        }
        return orderByIds(entityIds, found);
      })(),
    );
  }

  async getRevisions(nodeIds: readonly string[], limit: number) {
    return groupByKey(nodeIds, this.all(READ.revisions, { ids: ids(nodeIds) }), (r) => r.nodeId as string, rowToRevision).map((list) => list.slice(0, limit));
  }

  async getClaims(claimIds: readonly string[]) {
    return orderByIds(claimIds, new Map(this.claimRecords(claimIds).map((c) => [c.id, c] as const)));
  }

  async getArticles(articleIds: readonly string[]) {
    const rows = this.all(READ.articles, { ids: ids(articleIds) });
    return orderByIds(articleIds, new Map(rows.map((r) => [r.id as string, rowToArticle(r)] as const)));
  }

  async getArticleSummaries(articleIds: readonly string[]) {
    return orderByIds(articleIds, new Map(this.articleSummaries(articleIds).map((a) => [a.id, a] as const)));
  }

  async getArticleBodies(articleIds: readonly string[]) {
    const rows = this.all(READ.articleBodies, { ids: ids(articleIds) });
    return orderByIds(articleIds, new Map(rows.map((r) => [r.id as string, rowToArticleBody(r)] as const)));
  }

  /** Evidence of each claim, in the order asked (synchronous: usable inside a read transaction). */
  private evidenceOf(claimIds: readonly string[]): EvidenceRecord[][] {
    return groupByKey(claimIds, this.all(READ.evidence, { ids: ids(claimIds) }), (r) => r.claimId as string, rowToEvidence);
  }

  async getEvidence(claimIds: readonly string[]) {
    return this.evidenceOf(claimIds);
  }

  async getClaimLinks(claimIds: readonly string[]) {
    const toLink = (r: Row): ClaimLinkRecordOut => ({ from: r.from as string, to: r.to as string, type: r.type as ClaimLinkRecordOut['type'] });
    return groupByKey(claimIds, this.all(READ.claimLinks, { ids: ids(claimIds) }), (r) => r.id as string, toLink);
  }

  async getMentions(entityIds: readonly string[]) {
    return groupByKey(entityIds, this.all(READ.mentions, { ids: ids(entityIds) }), (r) => r.entityId as string, rowToMention);
  }

  async getArticleMentions(articleIds: readonly string[]) {
    return groupByKey(articleIds, this.all(READ.articleMentions, { ids: ids(articleIds) }), (r) => r.articleId as string, rowToMention);
  }

  async claimIdsForEntities(entityIds: readonly string[], role: ClaimRole, predicate?: string) {
    const statements = {
      SUBJECT: [READ.claimsAsSubject],
      OBJECT: [READ.claimsAsObject],
      ANY: [READ.claimsAsSubject, READ.claimsAsObject],
      ATTRIBUTED_TO: [READ.claimsAttributedTo],
    }[role];
    const params = { ids: ids(entityIds), predicate: predicate ?? null };
    const rows = statements.flatMap((sql) => this.all(sql, params));
    const groups = groupByKey(entityIds, rows, (r) => r.entityId as string, (r) => r.claimId as string);
    return entityIds.map((entityId, i) => ({ entityId, claimIds: [...new Set(groups[i])].sort(byOrder) }));
  }

  /** The records of `claimIds` and what `include` asks for besides; run inside the caller's read transaction. */
  private along(claimIds: readonly string[], include: ClaimPageInclude, parentIds: readonly string[] = []): ClaimsAlong {
    const claims = this.claimRecords(claimIds);
    const ids = claims.map((c) => c.id);
    const evidenceOf = include.evidence ? this.evidenceOf(ids) : [];
    const evidence = new Map(include.evidence ? ids.map((id, i) => [id, evidenceOf[i]] as const) : []);
    const articleIds = include.articles ? [...claims.map((c) => c.articleId), ...evidenceOf.flat().map((e) => e.articleId)] : [];
    const entityIds = [
      ...(include.entities ? claims.flatMap((c) => (c.objectId ? [c.subjectId, c.objectId] : [c.subjectId])) : []),
      ...(include.parents ? parentIds : []),
    ];
    return {
      claims,
      evidence,
      articles: articleIds.length ? this.articleSummaries(articleIds) : [],
      entities: entityIds.length ? this.entityRecords(entityIds) : [],
    };
  }

  async claimPages(parentIds: readonly string[], of: ClaimsOf, page: SortedPageRequest<ClaimSortField>, include: ClaimPageInclude = {}): Promise<ClaimPages> {
    const { where, params: filterParams } = claimWhere(of.filter ?? {});
    const filters: string[] = [...where];
    const params: Params = { ...filterParams, ids: ids(parentIds) };
    if (of.predicates) {
      filters.push(CLAIMS_OF_FILTERS.predicates);
      params.predicates = JSON.stringify(of.predicates);
    }
    if (of.linked) filters.push(CLAIMS_OF_FILTERS.linked);
    const sql = claimPagesStatements(of.via, filters, page.sort, page.from !== undefined);
    const from = Object.fromEntries((page.from ?? []).map((v, i) => [`k${i}`, v]));
    // One read transaction: the counts, the pages and the records brought along see the same snapshot.
    return this.guarded(() =>
      this.db.transaction((): ClaimPages => {
        const rows = this.all(sql.page, { ...params, ...from, limit: page.first + 1 });
        const totals = new Map((sql.count ? this.all(sql.count, params) : rows).map((r) => [r.pid as string, r.total as number]));
        const grouped = groupByKey(parentIds, rows, (r) => r.pid as string, (r) => ({ id: r.id as string, key: JSON.parse(r.key as string) }));
        const pages = parentIds.map((id, i) => sortedPageOf(grouped[i], totals.get(id) ?? 0, page.first, false));
        return { pages, ...this.along(pages.flatMap((p) => p.items), include, parentIds) };
      })(),
    );
  }

  async changesAfter(seq: number, limit: number) {
    return this.all(READ.changesAfter, { after: seq, limit }).map((r) => ({ seq: r.seq as number, change: JSON.parse(r.change as string) as ChangeRecord }));
  }

  async lastChangeSeq() {
    return this.all(READ.lastChangeSeq)[0].seq as number;
  }

  async eventIdsForEntities(entityIds: readonly string[], limit: number) {
    const rows = this.all(READ.eventsForEntities, { ids: ids(entityIds), limit });
    return groupByKey(entityIds, rows, (r) => r.entityId as string, (r) => r.eventId as string);
  }

  async articleIdByHash(contentHash: string) {
    return (this.all(READ.articleIdByHash, { hash: contentHash })[0]?.id as string | undefined) ?? null;
  }

  async articleVersionsByUrl(url: string) {
    return this.all(READ.articleIdsByUrl, { url }).map((r) => ({ id: r.id as string, version: r.version as number }));
  }

  async claimsPage(filter: ClaimFilter, page: SortedPageRequest<ClaimSortField>, include: ClaimPageInclude = {}) {
    const { where, params } = claimWhere(filter);
    const sort = page.sort ?? [];
    const backward = page.backward ?? false;
    const from = Object.fromEntries((page.from ?? []).map((v, i) => [`k${i}`, v]));
    // One read transaction: the count, the page and the records see the same snapshot.
    return this.guarded(() =>
      this.db.transaction(() => {
        const [{ total }] = this.all(claimsCountStatement(where), params);
        const rows = this.all(claimsPageStatement(where, sort, backward, page.from !== undefined), { ...params, ...from, limit: page.first + 1 });
        const found = sortedPageOf(rows.map((r) => ({ id: r.id as string, key: JSON.parse(r.key as string) })), total as number, page.first, backward);
        return { ...found, ...this.along(found.items, include) };
      })(),
    );
  }

  async claimsAggregate(filter: ClaimFilter) {
    const { where, params } = claimWhere(filter);
    return claimsAggregateOf(this.all(claimsAggregateStatement(where), params) as unknown as DimensionRow[]);
  }

  async entitiesAggregate(kind?: EntityKind) {
    return entitiesAggregateOf(this.all(ENTITIES_AGGREGATE, { kind: kind ?? null }) as unknown as DimensionRow[]);
  }

  async entitiesPage(kind: EntityKind | undefined, page: PageRequest) {
    return this.keysetPage(READ.entitiesCount, READ.entitiesPage, { kind: kind ?? null }, page);
  }

  async articlesPage(page: PageRequest) {
    return this.keysetPage(READ.articlesCount, READ.articlesPage, {}, page);
  }

  private keysetPage(countSql: string, pageSql: string, params: Params, page: PageRequest) {
    const [{ total }] = this.all(countSql, params);
    const rows = this.all(pageSql, { ...params, after: page.after ?? '', limit: page.first + 1 });
    return pageOf(rows.map((r) => r.id as string), total as number, page.first);
  }

  async timeline(filter: TimelineFilter, page: PageRequest) {
    const params = { about: filter.about ?? null, from: filter.from ?? null, to: filter.to ? endOfPeriod(filter.to) : null };
    const [[{ total }], rows] = this.guarded(() =>
      this.db.transaction(() => [
        this.all(READ.timelineCount, params),
        this.all(READ.timelinePage, { ...params, after: page.after ?? null, limit: page.first + 1 }),
      ])(),
    );
    return pageOf(rows.map((r) => r.id as string), total as number, page.first);
  }

  async entityIdsByKeys(keys: readonly string[]) {
    if (!keys.length) return [];
    return this.all(READ.entityIdsByKeys, { keys: ids(keys) }).map((r) => ({ key: r.key as string, id: r.id as string, kind: r.kind as EntityKind }));
  }

  async search(keys: { exact: string[]; prefix: string; skeleton: string }, kinds: EntityKind[] | undefined, limit: number) {
    const rows = this.all(READ.search, {
      exact: JSON.stringify(keys.exact),
      prefix: keys.prefix,
      prefixEnd: keys.prefix + PREFIX_END,
      skeleton: keys.skeleton,
      kinds: JSON.stringify(kinds ?? []),
      limit,
    });
    return rows.map((r) => ({ id: r.id as string, rank: r.rank as number }));
  }

  async edgesAround(entityIds: readonly string[], limit: number, filter?: ClaimFilter) {
    if (!filter) return this.all(READ.edgesAround, { ids: ids(entityIds), limit }) as unknown as EdgeRecord[];
    const { where, params } = claimWhere(filter);
    return this.all(filteredEdgesAroundStatement(where), { ...params, ids: ids(entityIds), limit }) as unknown as EdgeRecord[];
  }

  /**
   * Breadth-first from both ends, one indexed statement per level, always growing the smaller
   * frontier, until they meet: that fixes the length and each entity's distance from either end.
   * Then, from `from`, each hop takes the neighbour with the lowest id that still lies on a
   * shortest path (and, between parallel edges, the lowest claim id): of all shortest paths, the
   * one whose entity ids, then claim ids, come first in order, the Neo4j adapter's rule too.
   */
  async shortestPath(from: string, to: string, maxHops: number) {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw new RangeError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
    }
    const known = this.all(CHECK.existingEntities, { ids: ids([from, to]) }).length;
    if (from === to) return known ? [] : null;
    if (known < 2) return null;

    type Step = { next: string; edge: EdgeRecord };
    const ends = [from, to].map((start) => ({ distance: new Map([[start, 0]]), frontier: [start], depth: 0 }));
    const [head, tail] = ends;
    /** Every edge seen, under both of its entities. */
    const steps = new Map<string, Step[]>();
    const add = (at: string, step: Step) => {
      const list = steps.get(at);
      if (list) list.push(step);
      else steps.set(at, [step]);
    };
    let met = false;
    while (!met && head.depth + tail.depth < maxHops && head.frontier.length && tail.frontier.length) {
      const [grow, other] = head.frontier.length <= tail.frontier.length ? [head, tail] : [tail, head];
      const reached: string[] = [];
      for (const r of this.all(READ.pathLevel, { ids: ids(grow.frontier) })) {
        const [near, far] = [r.near as string, r.far as string];
        const edge = { source: r.source as string, target: r.target as string, predicate: r.predicate as string, claimId: r.claimId as string };
        add(near, { next: far, edge });
        add(far, { next: near, edge });
        if (!grow.distance.has(far)) {
          grow.distance.set(far, grow.depth + 1);
          reached.push(far);
        }
      }
      grow.depth++;
      grow.frontier = reached;
      met = reached.some((id) => other.distance.has(id));
    }
    if (!met) return null;

    // The fronts met at head.depth hops from `from` (and tail.depth from `to`): entities there on a
    // shortest path are those both searches reached; nearer `from`, those with a step onto one.
    const length = head.depth + tail.depth;
    const onPath: Set<string>[] = [];
    onPath[head.depth] = new Set([...head.distance].filter(([id, d]) => d === head.depth && tail.distance.get(id) === tail.depth).map(([id]) => id));
    for (let i = head.depth - 1; i >= 0; i--) {
      onPath[i] = new Set(
        [...head.distance]
          .filter(([id, d]) => d === i && (steps.get(id) ?? []).some((s) => onPath[i + 1].has(s.next)))
          .map(([id]) => id),
      );
    }
    const path: EdgeRecord[] = [];
    for (let at = from, i = 0; at !== to; i++) {
      const ahead = (s: Step) => (i + 1 <= head.depth ? onPath[i + 1].has(s.next) : tail.distance.get(s.next) === length - i - 1);
      const [best] = (steps.get(at) ?? []).filter(ahead).sort((a, b) => byOrder(a.next, b.next) || byOrder(a.edge.claimId, b.edge.claimId));
      path.push(best.edge);
      at = best.next;
    }
    return path;
  }

  async counts() {
    const [row] = this.all(READ.counts);
    return row as unknown as Awaited<ReturnType<GraphStore['counts']>>;
  }

  async clearAll() {
    this.write((run) => {
      for (const table of TABLES) run(`DELETE FROM ${table}`, {});
    });
  }

  async ping() {
    this.all(READ.ping);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
