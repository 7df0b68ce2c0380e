// Every SQL statement the embedded adapter runs. Values arrive only as parameters; lists of ids
// travel as one JSON array parameter read with json_each, so each statement text is fixed and
// prepared once. The only text built at run time is claimsPage's WHERE, from fixed fragments.

import type { ClaimFilter } from '../port.js';

/** `id IN (…)` over a JSON array parameter; the planner probes the index once per id. */
const IN_IDS = (column: string, param = 'ids') => `${column} IN (SELECT value FROM json_each(@${param}))`;

/** Insert or update by primary key; ON CONFLICT DO UPDATE keeps the row (REPLACE would delete it and cascade). */
function upsertStatement(table: string, columns: readonly string[]): string {
  const quoted = columns.map((c) => `"${c}"`);
  const updates = quoted.filter((c) => c !== '"id"').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (${quoted.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
}

export const ARTICLE_COLUMNS = ['id', 'title', 'publisher', 'publishedAt', 'url', 'text', 'contentHash', 'sentences', 'version', 'supersedes'] as const;
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
  article: upsertStatement('article', ARTICLE_COLUMNS),
  entity: upsertStatement('entity', ENTITY_COLUMNS),
  claim: upsertStatement('claim', CLAIM_COLUMNS),
  /** Claims an article no longer states go; their evidence, attributions and links cascade. */
  dropStaleClaims: `DELETE FROM claim WHERE articleId = @articleId AND id NOT IN (SELECT value FROM json_each(@keep))`,
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
  mention: `INSERT OR REPLACE INTO mention (id, articleId, entityId, start, "end", sentence, text)
    VALUES (@id, @articleId, @entityId, @start, @end, @sentence, @text)`,
} as const;

export const CHECK = {
  existingEntities: `SELECT id FROM entity WHERE ${IN_IDS('id')}`,
  existingClaims: `SELECT id FROM claim WHERE ${IN_IDS('id')}`,
  existingArticles: `SELECT id FROM article WHERE ${IN_IDS('id')}`,
} as const;

/** A claim's edge: claims with an object other than their subject (rows.ts batchRows). */
const EDGE_COLUMNS = `subjectId AS source, objectId AS target, predicate, id AS claimId`;
const IS_EDGE = `objectId IS NOT NULL AND objectId <> subjectId`;

/** Dated events in [from, to] (ISO prefixes compare as text), optionally about one entity. */
const TIMELINE_FILTER = `ev.kind = 'EVENT' AND ev.dateValue IS NOT NULL
      AND (@from IS NULL OR ev.dateValue >= @from) AND (@to IS NULL OR ev.dateValue <= @to)
      AND (@about IS NULL OR ev.id = @about OR ev.locationId = @about
           OR EXISTS (SELECT 1 FROM participant p WHERE p.eventId = ev.id AND p.entityId = @about)
           OR EXISTS (SELECT 1 FROM claim c WHERE (c.subjectId = @about AND c.objectId = ev.id)
                                             OR (c.objectId = @about AND c.subjectId = ev.id)))`;

export const READ = {
  entities: `SELECT * FROM entity WHERE ${IN_IDS('id')}`,
  participants: `SELECT eventId, entityId, role FROM participant WHERE ${IN_IDS('eventId')} ORDER BY eventId, role, entityId`,
  claims: `SELECT * FROM claim WHERE ${IN_IDS('id')}`,
  articles: `SELECT * FROM article WHERE ${IN_IDS('id')}`,
  articleSummaries: `SELECT id, title, publisher, publishedAt, url, contentHash, version, supersedes FROM article WHERE ${IN_IDS('id')}`,
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
  'mention', 'evidence', 'claim_link', 'claim_attribution', 'claim', 'participant', 'search_word', 'search_key', 'entity', 'article',
] as const;

/** Claim filters (port.ts ClaimFilter) as SQL fragments over `c`, each used only when its filter is given. */
export const CLAIM_FILTERS = {
  subject: 'c.subjectId = @subject',
  object: 'c.objectId = @object',
  about: '(c.subjectId = @about OR c.objectId = @about)',
  predicates: `c.predicate IN (SELECT value FROM json_each(@predicates))`,
  statuses: `c.status IN (SELECT value FROM json_each(@statuses))`,
  // The actor's claims from its index, then each claim by key (an EXISTS per claim would read every claim).
  attributedTo: 'c.id IN (SELECT claimId FROM claim_attribution WHERE actorId = @attributedTo)',
  article: 'c.articleId = @article',
  curated: `c.origin = 'curated'`,
  extracted: `c.origin <> 'curated'`,
} as const;

/**
 * The WHERE of a claim filter, holding only the filters given, so each combination gets its own
 * plan on its index. A list given empty matches nothing.
 */
export function claimWhere(filter: ClaimFilter): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const key of ['subject', 'object', 'about', 'attributedTo', 'article'] as const) {
    if (filter[key]) {
      where.push(CLAIM_FILTERS[key]);
      params[key] = filter[key];
    }
  }
  for (const key of ['predicates', 'statuses'] as const) {
    if (filter[key]) {
      where.push(CLAIM_FILTERS[key]);
      params[key] = JSON.stringify(filter[key]);
    }
  }
  if (filter.origin) where.push(CLAIM_FILTERS[filter.origin]);
  return { where, params };
}

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

export function claimsPageStatement(where: string[]): string {
  return `SELECT c.id FROM claim c WHERE ${[...where, 'c.id > @after'].join(' AND ')} ORDER BY c.id LIMIT @limit`;
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
 * Per-parent claim pages: `count` gives each parent's number of claims, `page` up to @limit ids
 * per parent after @after, in id order (a window over each parent's rows), so a hub's claims
 * never travel whole.
 */
export function claimPagesStatements(via: keyof typeof CLAIMS_OF, filters: string[]): { count: string; page: string } {
  const from = via === 'ATTRIBUTED_TO' ? 'claim_attribution a JOIN claim c ON c.id = a.claimId' : 'claim c';
  const matched = CLAIMS_OF[via]
    .map((column) => `SELECT ${column} AS pid, c.id AS id FROM ${from} WHERE ${[IN_IDS(column), ...filters].join(' AND ')}`)
    .join(' UNION ');
  return {
    count: `WITH matched AS (${matched}) SELECT pid, count(*) AS total FROM matched GROUP BY pid`,
    page: `WITH matched AS (${matched})
      SELECT pid, id FROM (SELECT pid, id, ROW_NUMBER() OVER (PARTITION BY pid ORDER BY id) AS n FROM matched WHERE id > @after)
      WHERE n <= @limit ORDER BY pid, n`,
  };
}
