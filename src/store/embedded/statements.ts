// Every SQL statement the embedded adapter runs. Values arrive only as parameters; lists of ids
// travel as one JSON array parameter read with json_each, so each statement text is fixed and
// prepared once. The only text built at run time is claimsPage's WHERE, from fixed fragments.

import { type EntityKind, kindPrefix } from '../../model/records.js';
import type { ClaimFilter, ClaimSortField, OneOrMany, Range, SortKey, TextTest } from '../port.js';
import { keysetCondition, sortKeys, visibleTests } from '../shared.js';

/** `id IN (…)` over a JSON array parameter; the planner probes the index once per id. */
const IN_IDS = (column: string, param = 'ids') => `${column} IN (SELECT value FROM json_each(@${param}))`;

/** Insert or update by primary key; ON CONFLICT DO UPDATE keeps the row (REPLACE would delete it and cascade). */
function upsertStatement(table: string, columns: readonly string[]): string {
  const quoted = columns.map((c) => `"${c}"`);
  const updates = quoted.filter((c) => c !== '"id"').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (${quoted.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
}

export const ARTICLE_COLUMNS = ['id', 'title', 'publisher', 'publishedAt', 'url', 'text', 'contentHash', 'sentences', 'media', 'version', 'supersedes'] as const;
export const ENTITY_COLUMNS = [
  'id', 'kind', 'subtype', 'name', 'aliases', 'description', 'source', 'provisional', 'role', 'lat', 'lon', 'locSource',
  'locPrecision', 'counterpartId', 'eventType', 'dateValue', 'datePrecision', 'dateExpression', 'endDateValue',
  'endDatePrecision', 'endDateExpression', 'locationId', 'fatalities',
] as const;
export const CLAIM_COLUMNS = [
  'id', 'articleId', 'predicate', 'statement', 'subjectId', 'objectId', 'qValue', 'qUnit', 'qApprox', 'qualifiers', 'status',
  'attributedTo', 'statedOnValue', 'statedOnPrecision', 'statedOnExpression', 'statedVia', 'confidence', 'origin',
] as const;

export const WRITE = {
  /** A committed ingest's change, then the log cut to its last @keep entries. */
  change: `INSERT INTO change_log (at, change) VALUES (@at, @change)`,
  pruneChanges: `DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - @keep`,
  article: upsertStatement('article', ARTICLE_COLUMNS),
  entity: upsertStatement('entity', ENTITY_COLUMNS),
  claim: upsertStatement('claim', CLAIM_COLUMNS),
  /** Claims an article no longer states go; their evidence, attributions and links cascade. */
  // A curator's corrections (supersedes set) are no ingest's to drop.
  dropStaleClaims: `DELETE FROM claim WHERE articleId = @articleId AND id NOT IN (SELECT value FROM json_each(@keep)) AND supersedes IS NULL`,
  dropArticleMentions: `DELETE FROM mention WHERE articleId = @articleId`,
  /** An entity's search keys and participants are replaced with it. */
  dropSearchKeys: `DELETE FROM search_key WHERE entityId = @id`,
  dropSearchWords: `DELETE FROM search_word WHERE entityId = @id`,
  dropParticipants: `DELETE FROM participant WHERE eventId = @id`,
  searchKey: `INSERT OR IGNORE INTO search_key (key, entityId) VALUES (@key, @entityId)`,
  searchWord: `INSERT OR IGNORE INTO search_word (word, entityId) VALUES (@word, @entityId)`,
  participant: `INSERT INTO participant (eventId, entityId, role) VALUES (@eventId, @entityId, @role)`,
  /** A claim's evidence, attributions and outgoing links are replaced with it (its edge is the claim row). */
  dropEvidence: `DELETE FROM evidence WHERE claimId = @id`,
  dropAttributions: `DELETE FROM claim_attribution WHERE claimId = @id`,
  dropLinks: `DELETE FROM claim_link WHERE fromId = @id`,
  attribution: `INSERT INTO claim_attribution (claimId, actorId) VALUES (@claimId, @actorId)`,
  evidence: `INSERT INTO evidence (claimId, ord, articleId, quote, start, "end", sentence)
    VALUES (@claimId, @ord, @articleId, @quote, @start, @end, @sentence)`,
  link: `INSERT INTO claim_link (fromId, toId, type) VALUES (@fromId, @toId, @type)`,
  review: `UPDATE claim SET reviewVerdict = @verdict, reviewNote = @note, reviewBy = @by, reviewAt = @at WHERE id = @claimId`,
  supersede: `UPDATE claim SET supersededBy = CASE id WHEN @claimId THEN @by ELSE supersededBy END,
    supersedes = CASE id WHEN @by THEN @claimId ELSE supersedes END WHERE id IN (@claimId, @by)`,
  revision: `INSERT INTO revision (nodeId, at, id, nodeIds, action, author, note, before, after)
    VALUES (@nodeId, @at, @id, @nodeIds, @action, @author, @note, @before, @after)`,
  mention: `INSERT OR REPLACE INTO mention (id, articleId, entityId, start, "end", sentence, text)
    VALUES (@id, @articleId, @entityId, @start, @end, @sentence, @text)`,
} as const;

/**
 * Merging entity @merge into @keep, in order: every reference moves to @keep (claims, their
 * attributions, mentions, participations, places and counterparts, search keys), earlier
 * redirects to @merge follow it, then @merge is deleted and its id redirected. Mention ids keep
 * their old suffix: an article's mentions are rewritten whole when it is ingested again.
 */
export const MERGE = [
  `UPDATE claim SET subjectId = @keep WHERE subjectId = @merge`,
  `UPDATE claim SET objectId = @keep WHERE objectId = @merge`,
  `UPDATE claim SET attributedTo = (
     SELECT json_group_array(v) FROM (SELECT DISTINCT CASE value WHEN @merge THEN @keep ELSE value END AS v FROM json_each(claim.attributedTo))
   ) WHERE id IN (SELECT claimId FROM claim_attribution WHERE actorId = @merge)`,
  `INSERT OR IGNORE INTO claim_attribution (claimId, actorId) SELECT claimId, @keep FROM claim_attribution WHERE actorId = @merge`,
  `DELETE FROM claim_attribution WHERE actorId = @merge`,
  `UPDATE mention SET entityId = @keep WHERE entityId = @merge`,
  `INSERT OR IGNORE INTO participant (eventId, entityId, role) SELECT eventId, @keep, role FROM participant WHERE entityId = @merge AND eventId <> @keep`,
  `DELETE FROM participant WHERE entityId = @merge`,
  `INSERT OR IGNORE INTO participant (eventId, entityId, role) SELECT @keep, entityId, role FROM participant WHERE eventId = @merge AND entityId <> @keep`,
  `UPDATE entity SET locationId = @keep WHERE locationId = @merge`,
  `UPDATE entity SET counterpartId = @keep WHERE counterpartId = @merge`,
  `INSERT OR IGNORE INTO search_key (key, entityId) SELECT key, @keep FROM search_key WHERE entityId = @merge`,
  `INSERT OR IGNORE INTO search_word (word, entityId) SELECT word, @keep FROM search_word WHERE entityId = @merge`,
  `UPDATE entity_redirect SET toId = @keep WHERE toId = @merge`,
  `INSERT OR REPLACE INTO entity_redirect (fromId, toId) VALUES (@merge, @keep)`,
  `DELETE FROM entity WHERE id = @merge`,
] as const;

export const CHECK = {
  existingEntities: `SELECT id FROM entity WHERE ${IN_IDS('id')}`,
  existingClaims: `SELECT id FROM claim WHERE ${IN_IDS('id')}`,
  existingArticles: `SELECT id FROM article WHERE ${IN_IDS('id')}`,
} as const;

/**
 * A claim's edge: claims with an object other than their subject (rows.ts batchRows), unless curated
 * away (`shown`: neither rejected nor superseded), read from the edge indexes alone (schema.ts 7).
 */
const EDGE_COLUMNS = `subjectId AS source, objectId AS target, predicate, id AS claimId`;
const IS_EDGE = `objectId IS NOT NULL AND objectId <> subjectId AND shown = 1`;

/** Dated events in [from, to] (ISO prefixes compare as text), optionally about one entity. */
const TIMELINE_FILTER = `ev.kind = 'EVENT' AND ev.dateValue IS NOT NULL
      AND (@from IS NULL OR ev.dateValue >= @from) AND (@to IS NULL OR ev.dateValue <= @to)
      AND (@about IS NULL OR ev.id = @about OR ev.locationId = @about
           OR EXISTS (SELECT 1 FROM participant p WHERE p.eventId = ev.id AND p.entityId = @about)
           OR EXISTS (SELECT 1 FROM claim c WHERE (c.subjectId = @about AND c.objectId = ev.id)
                                             OR (c.objectId = @about AND c.subjectId = ev.id)))`;

export const READ = {
  redirects: `SELECT fromId, toId FROM entity_redirect WHERE ${IN_IDS('fromId')}`,
  revisions: `SELECT * FROM revision WHERE ${IN_IDS('nodeId')} ORDER BY nodeId, at DESC, id DESC`,
  changesAfter: `SELECT seq, change FROM change_log WHERE seq > @after ORDER BY seq LIMIT @limit`,
  lastChangeSeq: `SELECT coalesce(max(seq), 0) AS seq FROM change_log`,
  entities: `SELECT * FROM entity WHERE ${IN_IDS('id')}`,
  participants: `SELECT eventId, entityId, role FROM participant WHERE ${IN_IDS('eventId')} ORDER BY eventId, role, entityId`,
  claims: `SELECT * FROM claim WHERE ${IN_IDS('id')}`,
  articles: `SELECT * FROM article WHERE ${IN_IDS('id')}`,
  articleSummaries: `SELECT id, title, publisher, publishedAt, url, contentHash, media, version, supersedes FROM article WHERE ${IN_IDS('id')}`,
  articleBodies: `SELECT id, text, sentences FROM article WHERE ${IN_IDS('id')}`,
  evidence: `SELECT * FROM evidence WHERE ${IN_IDS('claimId')} ORDER BY claimId, ord`,
  claimLinks: `
    SELECT fromId AS id, fromId AS "from", toId AS "to", type FROM claim_link WHERE ${IN_IDS('fromId')}
    UNION ALL
    SELECT toId AS id, fromId AS "from", toId AS "to", type FROM claim_link WHERE ${IN_IDS('toId')}
    ORDER BY id, "from", "to"`,
  mentions: `SELECT * FROM mention WHERE ${IN_IDS('entityId')} ORDER BY entityId, articleId, start`,
  articleMentions: `SELECT * FROM mention WHERE ${IN_IDS('articleId')} ORDER BY articleId, start, entityId`,
  /** Claim ids per entity and role; @predicate null means any predicate. */
  claimsAsSubject: `SELECT subjectId AS entityId, id AS claimId FROM claim WHERE ${IN_IDS('subjectId')} AND (@predicate IS NULL OR predicate = @predicate)`,
  claimsAsObject: `SELECT objectId AS entityId, id AS claimId FROM claim WHERE ${IN_IDS('objectId')} AND (@predicate IS NULL OR predicate = @predicate)`,
  claimsAttributedTo: `
    SELECT a.actorId AS entityId, a.claimId FROM claim_attribution a JOIN claim c ON c.id = a.claimId
    WHERE ${IN_IDS('a.actorId')} AND (@predicate IS NULL OR c.predicate = @predicate)`,
  /** Up to @limit events per entity (as participant or place), by date (undated last), then id. */
  eventsForEntities: `
    WITH matched AS (
      SELECT p.entityId AS entityId, e.id AS eventId, e.dateValue AS date
      FROM participant p JOIN entity e ON e.id = p.eventId WHERE ${IN_IDS('p.entityId')} AND e.kind = 'EVENT'
      UNION
      SELECT locationId AS entityId, id AS eventId, dateValue AS date
      FROM entity WHERE ${IN_IDS('locationId')} AND kind = 'EVENT'
    )
    SELECT entityId, eventId FROM (
      SELECT entityId, eventId, ROW_NUMBER() OVER (PARTITION BY entityId ORDER BY date NULLS LAST, eventId) AS n FROM matched
    ) WHERE n <= @limit ORDER BY entityId, n`,
  articleIdByHash: `SELECT id FROM article WHERE contentHash = @hash ORDER BY id LIMIT 1`,
  articleIdsByUrl: `SELECT id, version FROM article WHERE url = @url ORDER BY version`,
  entitiesCount: `SELECT count(*) AS total FROM entity WHERE @kind IS NULL OR kind = @kind`,
  entitiesPage: `SELECT id FROM entity WHERE (@kind IS NULL OR kind = @kind) AND id > @after ORDER BY id LIMIT @limit`,
  articlesCount: `SELECT count(*) AS total FROM article`,
  articlesPage: `SELECT id FROM article WHERE id > @after ORDER BY id LIMIT @limit`,
  timelineCount: `SELECT count(*) AS total FROM entity ev WHERE ${TIMELINE_FILTER}`,
  /** Keyset by (date, id) after the event @after; an unknown @after gives an empty page. */
  timelinePage: `
    SELECT ev.id FROM entity ev
    WHERE ${TIMELINE_FILTER}
      AND (@after IS NULL OR (ev.dateValue, ev.id) > (SELECT dateValue, id FROM entity WHERE id = @after))
    ORDER BY ev.dateValue, ev.id
    LIMIT @limit`,
  entityIdsByKeys: `
    SELECT k.key, e.id, e.kind FROM search_key k JOIN entity e ON e.id = k.entityId
    WHERE ${IN_IDS('k.key', 'keys')} ORDER BY k.key, e.id`,
  /**
   * Ranks (port.ts SearchHit): 0 exact key, 1 key starting with the prefix, 2 a later word starting
   * with it, 3 the phonetic skeleton; then shorter name, then id. Prefixes are index ranges
   * [prefix, prefix + U+10FFFF), U+10FFFF sorting after every other character in UTF-8.
   */
  search: `
    WITH hit (entityId, rank) AS (
      SELECT entityId, 0 FROM search_key WHERE ${IN_IDS('key', 'exact')}
      UNION ALL
      SELECT entityId, 1 FROM search_key WHERE @prefix <> '' AND key >= @prefix AND key < @prefixEnd
      UNION ALL
      SELECT entityId, 2 FROM search_word WHERE @prefix <> '' AND word >= @prefix AND word < @prefixEnd
      UNION ALL
      SELECT entityId, 3 FROM search_key WHERE key = @skeleton
    )
    SELECT e.id, min(h.rank) AS rank FROM hit h JOIN entity e ON e.id = h.entityId
    WHERE json_array_length(@kinds) = 0 OR e.kind IN (SELECT value FROM json_each(@kinds))
    GROUP BY e.id
    ORDER BY rank, length(e.name), e.id
    LIMIT @limit`,
  edgesAround: `
    SELECT ${EDGE_COLUMNS} FROM claim WHERE ${IN_IDS('subjectId')} AND ${IS_EDGE}
    UNION
    SELECT ${EDGE_COLUMNS} FROM claim WHERE ${IN_IDS('objectId')} AND ${IS_EDGE}
    ORDER BY claimId
    LIMIT @limit`,
  /** One breadth-first level of the path search: every edge touching the frontier, with the far end. */
  pathLevel: `
    SELECT subjectId AS near, objectId AS far, ${EDGE_COLUMNS} FROM claim WHERE ${IN_IDS('subjectId')} AND ${IS_EDGE}
    UNION ALL
    SELECT objectId AS near, subjectId AS far, ${EDGE_COLUMNS} FROM claim WHERE ${IN_IDS('objectId')} AND ${IS_EDGE}`,
  counts: `
    SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM entity) AS entities,
           (SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM evidence) AS evidence,
           (SELECT count(*) FROM mention) AS mentions, (SELECT count(*) FROM claim WHERE ${IS_EDGE}) AS edges`,
  ping: 'SELECT 1 AS ok',
} as const;

/** Tables in the order clearAll empties them (dependents first). */
export const TABLES = [
  'revision', 'entity_redirect', 'change_log', 'mention', 'evidence', 'claim_link', 'claim_attribution', 'claim', 'participant', 'search_word', 'search_key', 'entity', 'article',
] as const;

/** Compiles a claim filter's tests over `c` into SQL, each value a fresh named parameter. */
class ClaimSql {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  private param(value: unknown): string {
    const name = `f${this.next++}`;
    this.params[name] = value;
    return `@${name}`;
  }

  /** `column = value`, or any of a list (an empty list matches nothing). */
  private oneOf(column: string, value: OneOrMany<string>): string {
    if (typeof value === 'string') return `${column} = ${this.param(value)}`;
    return `${column} IN (SELECT value FROM json_each(${this.param(JSON.stringify(value))}))`;
  }

  /** Ids of these kinds: a range on the id's kind prefix, so the column's index can seek it. */
  private kinds(column: string, kinds: readonly EntityKind[]): string {
    const ranges = kinds.map((k) => {
      const prefix = kindPrefix(k);
      return `(${column} >= ${this.param(prefix)} AND ${column} < ${this.param(prefix.slice(0, -1) + ';')})`;
    });
    return ranges.length ? `(${ranges.join(' OR ')})` : '0';
  }

  /** Bounds on a number, or on an ISO date compared at the bound's precision. */
  private range(column: string, range: Range<string> | Range<number>, dated: boolean): string[] {
    const ops = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
    return (Object.keys(ops) as (keyof typeof ops)[])
      .filter((op) => range[op] !== undefined)
      .map((op) => {
        const p = this.param(range[op]);
        return `${dated ? `substr(${column}, 1, length(${p}))` : column} ${ops[op]} ${p}`;
      });
  }

  private text(column: string, test: TextTest): string[] {
    const out: string[] = [];
    if (test.in) out.push(this.oneOf(column, test.in));
    if (test.contains !== undefined) out.push(`instr(${column}, ${this.param(test.contains)}) > 0`);
    if (test.startsWith !== undefined) {
      const p = this.param(test.startsWith);
      out.push(`substr(${column}, 1, length(${p})) = ${p}`);
    }
    return out;
  }

  /** The tests of one filter, to be joined with AND; nested filters in parentheses. */
  tests(f: ClaimFilter): string[] {
    const out: string[] = [];
    if (f.ids) out.push(this.oneOf('c.id', f.ids));
    if (f.subject) out.push(this.oneOf('c.subjectId', f.subject));
    if (f.object) out.push(this.oneOf('c.objectId', f.object));
    if (f.about) out.push(`(${this.oneOf('c.subjectId', f.about)} OR ${this.oneOf('c.objectId', f.about)})`);
    if (f.subjectKinds) out.push(this.kinds('c.subjectId', f.subjectKinds));
    if (f.objectKinds) out.push(this.kinds('c.objectId', f.objectKinds));
    if (f.aboutKinds) out.push(`(${this.kinds('c.subjectId', f.aboutKinds)} OR ${this.kinds('c.objectId', f.aboutKinds)})`);
    if (f.predicates) out.push(this.oneOf('c.predicate', f.predicates));
    if (f.statuses) out.push(this.oneOf('c.status', f.statuses));
    // The actors' claims from their index, then each claim by key (an EXISTS per claim would read every claim).
    if (f.attributedTo) out.push(`c.id IN (SELECT claimId FROM claim_attribution WHERE ${this.oneOf('actorId', f.attributedTo)})`);
    if (f.article) out.push(this.oneOf('c.articleId', f.article));
    const article = [...(f.publishedAt ? this.range('publishedAt', f.publishedAt, true) : []), ...(f.publisher ? this.text('publisher', f.publisher) : [])];
    if (article.length) out.push(`c.articleId IN (SELECT id FROM article WHERE ${article.join(' AND ')})`);
    if (f.origin) out.push(f.origin === 'curated' ? `c.origin = 'curated'` : `c.origin <> 'curated'`);
    if (f.confidence) out.push(...this.range('c.confidence', f.confidence, false));
    if (f.statedOn) out.push(...this.range('c.statedOnValue', f.statedOn, true));
    if (f.statement) out.push(...this.text('c.statement', f.statement));
    if (f.reviews) out.push(this.oneOf(`coalesce(c.reviewVerdict, 'UNREVIEWED')`, f.reviews));
    if (f.superseded !== undefined) out.push(f.superseded ? 'c.supersededBy IS NOT NULL' : 'c.supersededBy IS NULL');
    for (const sub of f.all ?? []) out.push(this.group(sub));
    if (f.any) out.push(f.any.length ? `(${f.any.map((sub) => this.group(sub)).join(' OR ')})` : '0');
    if (f.not) out.push(`NOT ${this.group(f.not)}`);
    return out;
  }

  private group(f: ClaimFilter): string {
    const tests = this.tests(f);
    return tests.length ? `(${tests.join(' AND ')})` : '1';
  }
}

/**
 * The WHERE of a claim filter, holding only the tests given, so each combination gets its own
 * plan on its index. A list given empty matches nothing.
 */
export function claimWhere(filter: ClaimFilter): { where: string[]; params: Record<string, unknown> } {
  const sql = new ClaimSql();
  // Unless the filter names reviews or supersession, only shown claims match: a key of the listing index.
  const where = visibleTests(filter, (f) => sql.tests(f), 'c.shown = 1');
  return { where, params: sql.params };
}

/**
 * One hop of edges around the entities @ids, read from the claims a filter's WHERE (over `c`)
 * passes rather than from the visible edges alone: a claim whose object is another entity,
 * found from either end by its index.
 */
export function filteredEdgesAroundStatement(where: readonly string[]): string {
  return `
    SELECT c.subjectId AS source, c.objectId AS target, c.predicate AS predicate, c.id AS claimId FROM claim c
    WHERE c.id IN (SELECT id FROM claim WHERE ${IN_IDS('subjectId')} UNION SELECT id FROM claim WHERE ${IN_IDS('objectId')})
      AND c.objectId IS NOT NULL AND c.objectId <> c.subjectId${where.map((w) => ` AND ${w}`).join('')}
    ORDER BY c.id
    LIMIT @limit`;
}

/** The SQL of each claim sort field over `c`, never null (null sorts as the empty string). */
export const CLAIM_SORT_SQL: Record<ClaimSortField, string> = {
  id: 'c.id',
  confidence: 'c.confidence',
  publishedAt: `coalesce((SELECT publishedAt FROM article WHERE id = c.articleId), '')`,
  statedOn: `coalesce(c.statedOnValue, '')`,
  predicate: 'c.predicate',
  status: 'c.status',
};

export function claimsCountStatement(where: string[]): string {
  return `SELECT count(*) AS total FROM claim c${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
}

/**
 * Claim counts by status, predicate, source (the reporting article's publisher) and day (its
 * publication day), in one statement: the matching claims once, grouped four ways.
 */
export function claimsAggregateStatement(where: string[]): string {
  return `
    WITH m AS MATERIALIZED (
      SELECT c.status, c.predicate, a.publisher, substr(a.publishedAt, 1, 10) AS day
      FROM claim c JOIN article a ON a.id = c.articleId${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
    )
    SELECT 'status' AS dim, status AS key, count(*) AS n FROM m GROUP BY status
    UNION ALL SELECT 'predicate', predicate, count(*) FROM m GROUP BY predicate
    UNION ALL SELECT 'source', publisher, count(*) FROM m GROUP BY publisher
    UNION ALL SELECT 'day', day, count(*) FROM m GROUP BY day`;
}

/** Entity counts by kind and subtype, in one statement. */
export const ENTITIES_AGGREGATE = `
  WITH m AS MATERIALIZED (SELECT kind, subtype FROM entity WHERE @kind IS NULL OR kind = @kind)
  SELECT 'kind' AS dim, kind AS key, count(*) AS n FROM m GROUP BY kind
  UNION ALL SELECT 'subtype', subtype, count(*) FROM m GROUP BY subtype`;

/** A claim sort's key expressions and directions over `c`, the id last to break ties. */
export const claimSortKeys = (sort: readonly SortKey<ClaimSortField>[]) => sortKeys(sort, CLAIM_SORT_SQL);

/**
 * A sorted keyset page of claim ids with their keys (a JSON array): rows after the key in
 * parameters @k0… when `from`, read backward (and reversed by the caller) for `last` / `before`.
 */
export function claimsPageStatement(where: string[], sort: readonly SortKey<ClaimSortField>[] = [], backward = false, from = false): string {
  const { exprs, descending } = claimSortKeys(sort);
  const conditions = from ? [...where, keysetCondition(exprs, descending, backward, (i) => `@k${i}`)] : where;
  const order = exprs.map((e, i) => `${e} ${descending[i] !== backward ? 'DESC' : 'ASC'}`).join(', ');
  return `SELECT c.id AS id, json_array(${exprs.join(', ')}) AS key FROM claim c${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${order} LIMIT @limit`;
}

/** How a per-parent claim page finds a parent's claims (port.ts ClaimsOf['via']): the column(s) naming the parent. */
const CLAIMS_OF = {
  SUBJECT: ['c.subjectId'],
  OBJECT: ['c.objectId'],
  ANY: ['c.subjectId', 'c.objectId'],
  ARTICLE: ['c.articleId'],
  ATTRIBUTED_TO: ['a.actorId'],
} as const;

/** Filters of a per-parent claim page over `c`, each used only when given. */
export const CLAIMS_OF_FILTERS = {
  predicates: 'c.predicate IN (SELECT value FROM json_each(@predicates))',
  linked: 'c.objectId IS NOT NULL',
} as const;

/**
 * Per-parent claim pages: `page` gives up to @limit ids per parent (with their keys) in sort
 * order, after the key in @k0… when `from` (a window over each parent's rows), so a hub's claims
 * never travel whole; each parent's number of claims comes with its first page (`total`), or from
 * `count` after a cursor.
 */
export function claimPagesStatements(via: keyof typeof CLAIMS_OF, filters: string[], sort: readonly SortKey<ClaimSortField>[] = [], from = false): { count?: string; page: string } {
  const source = via === 'ATTRIBUTED_TO' ? 'claim_attribution a JOIN claim c ON c.id = a.claimId' : 'claim c';
  const { exprs, descending } = claimSortKeys(sort);
  const keys = exprs.map((_, i) => `k${i}`);
  const matched = (withKeys: boolean) =>
    CLAIMS_OF[via]
      .map((column) => `SELECT ${column} AS pid, c.id AS id${withKeys ? exprs.map((e, i) => `, ${e} AS k${i}`).join('') : ''} FROM ${source} WHERE ${[IN_IDS(column), ...filters].join(' AND ')}`)
      .join(' UNION ');
  const order = keys.map((k, i) => `${k} ${descending[i] ? 'DESC' : 'ASC'}`).join(', ');
  // A first page carries each parent's total (one pass over the matched rows); after a cursor the
  // rows before it are gone from the window, so the totals are counted by their own statement.
  const total = from ? '' : ', count(*) OVER (PARTITION BY pid) AS total';
  return {
    count: from ? `WITH matched AS (${matched(false)}) SELECT pid, count(*) AS total FROM matched GROUP BY pid` : undefined,
    page: `WITH matched AS (${matched(true)})
      SELECT pid, id, json_array(${keys.join(', ')}) AS key${from ? '' : ', total'} FROM (
        SELECT pid, id, ${keys.join(', ')}, ROW_NUMBER() OVER (PARTITION BY pid ORDER BY ${order}) AS n${total} FROM matched
        ${from ? `WHERE ${keysetCondition(keys, descending, false, (i) => `@k${i}`)}` : ''}
      )
      WHERE n <= @limit ORDER BY pid, n`,
  };
}
