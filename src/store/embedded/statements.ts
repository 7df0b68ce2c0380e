// LadybugDB's tables and statements. LadybugDB wants every table declared up front, infers a
// batch's column types from its values (so no nulls: see placeholders in adapter.ts), and has no
// secondary indexes: lookups go through primary keys and relationship adjacency instead.

import { MAX_PATH_HOPS } from '../port.js';

export type ColumnType = 'STRING' | 'STRING[]' | 'DOUBLE' | 'INT64' | 'BOOLEAN';

export const NODE_TABLES = {
  Article: {
    id: 'STRING', title: 'STRING', publisher: 'STRING', publishedAt: 'STRING', url: 'STRING',
    text: 'STRING', contentHash: 'STRING', sentences: 'STRING', version: 'INT64', supersedes: 'STRING',
  },
  Entity: {
    id: 'STRING', kind: 'STRING', subtype: 'STRING', name: 'STRING', aliases: 'STRING[]',
    description: 'STRING', source: 'STRING', provisional: 'BOOLEAN', role: 'STRING',
    lat: 'DOUBLE', lon: 'DOUBLE', locSource: 'STRING', locPrecision: 'STRING', counterpartId: 'STRING',
    eventType: 'STRING', dateValue: 'STRING', datePrecision: 'STRING', dateExpression: 'STRING',
    endDateValue: 'STRING', endDatePrecision: 'STRING', endDateExpression: 'STRING',
    locationId: 'STRING', fatalities: 'INT64',
  },
  Claim: {
    id: 'STRING', articleId: 'STRING', predicate: 'STRING', statement: 'STRING', subjectId: 'STRING',
    objectId: 'STRING', qValue: 'DOUBLE', qUnit: 'STRING', qApprox: 'BOOLEAN', qualifiers: 'STRING',
    status: 'STRING', attributedTo: 'STRING[]', statedOnValue: 'STRING', statedOnPrecision: 'STRING',
    statedOnExpression: 'STRING', statedVia: 'STRING', confidence: 'DOUBLE', origin: 'STRING',
  },
  Evidence: {
    id: 'STRING', claimId: 'STRING', articleId: 'STRING', quote: 'STRING',
    start: 'INT64', end: 'INT64', sentence: 'INT64', ord: 'INT64',
  },
  Mention: {
    id: 'STRING', articleId: 'STRING', entityId: 'STRING', start: 'INT64', end: 'INT64', sentence: 'INT64', text: 'STRING',
  },
  SearchKey: { key: 'STRING' },
} as const satisfies Record<string, Record<string, ColumnType>>;

export const REL_TABLES = {
  SUBJECT: { from: 'Claim', to: 'Entity', columns: {} },
  OBJECT: { from: 'Claim', to: 'Entity', columns: {} },
  ATTRIBUTED_TO: { from: 'Claim', to: 'Entity', columns: {} },
  REPORTED_IN: { from: 'Claim', to: 'Article', columns: {} },
  HAS_EVIDENCE: { from: 'Claim', to: 'Evidence', columns: {} },
  LINK: { from: 'Claim', to: 'Claim', columns: { type: 'STRING' } },
  RELATES: { from: 'Entity', to: 'Entity', columns: { claimId: 'STRING', predicate: 'STRING', source: 'STRING', target: 'STRING' } },
  PARTICIPANT: { from: 'Entity', to: 'Entity', columns: { role: 'STRING' } },
  OCCURRED_IN: { from: 'Entity', to: 'Entity', columns: {} },
  MENTION_OF: { from: 'Mention', to: 'Entity', columns: {} },
  MENTIONED_IN: { from: 'Mention', to: 'Article', columns: {} },
  KEY_OF: { from: 'SearchKey', to: 'Entity', columns: {} },
} as const satisfies Record<string, { from: string; to: string; columns: Record<string, ColumnType> }>;

const primaryKey = (table: string): string => (table === 'SearchKey' ? 'key' : 'id');

export function schemaStatements(): string[] {
  const nodes = Object.entries(NODE_TABLES).map(([table, columns]) => {
    const cols = Object.entries(columns).map(([name, type]) => `\`${name}\` ${type}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${table}(${cols.join(', ')}, PRIMARY KEY(${primaryKey(table)}))`;
  });
  const rels = Object.entries(REL_TABLES).map(([table, rel]) => {
    const cols = Object.entries(rel.columns).map(([name, type]) => `, \`${name}\` ${type}`);
    return `CREATE REL TABLE IF NOT EXISTS ${table}(FROM ${rel.from} TO ${rel.to}${cols.join('')})`;
  });
  return [...nodes, ...rels];
}

/** `SET n.a = row.a, …` for every column but the key, from the declared table (no user text). */
function setAll(variable: string, table: keyof typeof NODE_TABLES): string {
  const columns: Record<string, ColumnType> = NODE_TABLES[table];
  return Object.entries(columns)
    .filter(([c]) => c !== primaryKey(table))
    // DOUBLE values arrive as text (see fillPlaceholders in adapter.ts).
    .map(([c, type]) => `${variable}.\`${c}\` = ${type === 'DOUBLE' ? `CAST(row.\`${c}\` AS DOUBLE)` : `row.\`${c}\``}`)
    .join(', ');
}

// Writes never MERGE and never match two nodes in one comma-separated MATCH: LadybugDB plans MERGE
// as a hash join against a scan of the whole node or relationship table and `MATCH (a {…}), (b {…})`
// as a cross product of scans, so a batch would cost time in proportion to the graph. Instead the
// adapter asks which nodes exist (primary-key lookups), SETs those and CREATEs the rest, deletes
// a claim's or entity's own relationships first and CREATEs them anew, one MATCH per node.
// Deletes anchored on many ids use `UNWIND $ids … MATCH (n {id: id}) MATCH (n)-[r]->()`: a
// primary-key lookup, then the adjacency list (an `IN $ids` filter costs ids × table rows).
const createOrUpdate = (table: 'Article' | 'Entity' | 'Claim', v: string) => ({
  create: `UNWIND $rows AS row CREATE (${v}:${table} {id: row.id}) SET ${setAll(v, table)}`,
  update: `UNWIND $rows AS row MATCH (${v}:${table} {id: row.id}) SET ${setAll(v, table)}`,
});

export const WRITE = {
  articles: createOrUpdate('Article', 'a'),
  entities: createOrUpdate('Entity', 'e'),
  claims: createOrUpdate('Claim', 'c'),
  staleClaimIds: `
    MATCH (c:Claim)-[:REPORTED_IN]->(a:Article)
    WHERE a.id IN $articleIds
    RETURN c.id AS id`,
  dropEvidence: `
    UNWIND $ids AS id
    MATCH (c:Claim {id: id})
    MATCH (c)-[:HAS_EVIDENCE]->(ev)
    DETACH DELETE ev`,
  /** A claim's edge starts at its subject (rows.ts batchRows); run while its SUBJECT still stands. */
  dropEdges: `
    UNWIND $ids AS id
    MATCH (c:Claim {id: id})
    MATCH (c)-[:SUBJECT]->(s:Entity)
    MATCH (s)-[r:RELATES]->()
    WHERE r.claimId = id
    DELETE r`,
  dropClaims: `UNWIND $ids AS id MATCH (c:Claim {id: id}) DETACH DELETE c`,
  dropMentions: `
    MATCH (m:Mention)-[:MENTIONED_IN]->(a:Article)
    WHERE a.id IN $articleIds
    DETACH DELETE m`,
  dropMentionsById: `UNWIND $ids AS id MATCH (m:Mention {id: id}) DETACH DELETE m`,
  dropSearchKeys: `UNWIND $ids AS id MATCH (e:Entity {id: id}) MATCH (e)<-[k:KEY_OF]-() DELETE k`,
  dropParticipants: `UNWIND $ids AS id MATCH (e:Entity {id: id}) MATCH (e)-[p:PARTICIPANT]->() DELETE p`,
  dropLocations: `UNWIND $ids AS id MATCH (e:Entity {id: id}) MATCH (e)-[p:OCCURRED_IN]->() DELETE p`,
  existingSearchKeys: `UNWIND $keys AS key MATCH (k:SearchKey {key: key}) RETURN k.key AS key`,
  newSearchKeys: `UNWIND $keys AS key CREATE (:SearchKey {key: key})`,
  searchKeys: `
    UNWIND $rows AS row
    MATCH (k:SearchKey {key: row.key})
    MATCH (e:Entity {id: row.entityId})
    CREATE (k)-[:KEY_OF]->(e)`,
  participants: `
    UNWIND $rows AS row
    MATCH (event:Entity {id: row.eventId})
    MATCH (who:Entity {id: row.entityId})
    CREATE (event)-[:PARTICIPANT {role: row.role}]->(who)`,
  locatedEvents: `
    UNWIND $rows AS row
    MATCH (event:Entity {id: row.eventId})
    MATCH (place:Entity {id: row.placeId})
    CREATE (event)-[:OCCURRED_IN]->(place)`,
  dropClaimRels: ['SUBJECT', 'OBJECT', 'ATTRIBUTED_TO', 'REPORTED_IN', 'LINK'].map(
    (rel) => `UNWIND $ids AS id MATCH (c:Claim {id: id}) MATCH (c)-[r:${rel}]->() DELETE r`,
  ),
  claimCore: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.id})
    MATCH (s:Entity {id: row.subjectId})
    MATCH (a:Article {id: row.articleId})
    CREATE (c)-[:SUBJECT]->(s)
    CREATE (c)-[:REPORTED_IN]->(a)`,
  claimObjects: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    MATCH (o:Entity {id: row.objectId})
    CREATE (c)-[:OBJECT]->(o)`,
  attributions: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    MATCH (who:Entity {id: row.actorId})
    CREATE (c)-[:ATTRIBUTED_TO]->(who)`,
  evidence: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    CREATE (ev:Evidence {id: row.id})
    SET ${setAll('ev', 'Evidence')}
    CREATE (c)-[:HAS_EVIDENCE]->(ev)`,
  links: `
    UNWIND $rows AS row
    MATCH (from:Claim {id: row.fromId})
    MATCH (to:Claim {id: row.toId})
    CREATE (from)-[:LINK {type: row.type}]->(to)`,
  edges: `
    UNWIND $rows AS row
    MATCH (s:Entity {id: row.source})
    MATCH (t:Entity {id: row.target})
    CREATE (s)-[:RELATES {claimId: row.claimId, predicate: row.predicate, source: row.source, target: row.target}]->(t)`,
  mentions: `
    UNWIND $rows AS row
    MATCH (e:Entity {id: row.entityId})
    MATCH (a:Article {id: row.articleId})
    CREATE (m:Mention {id: row.id})
    SET ${setAll('m', 'Mention')}
    CREATE (m)-[:MENTION_OF]->(e)
    CREATE (m)-[:MENTIONED_IN]->(a)`,
} as const;

export const CHECK = {
  existingEntities: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id`,
  existingClaims: `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id`,
  existingArticles: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`,
} as const;

// Reads anchored on a list of ids say `WHERE x.id IN $ids`, not `UNWIND $ids AS id MATCH (…{id: id})`:
// LadybugDB plans the UNWIND form as a hash join against a scan of the far side's whole table
// (every Claim, Mention or RELATES row), the IN form as a filtered scan of the anchor's id column
// that masks the far side (docs/BENCHMARKS.md, profiling notes). Plain node lookups by id keep
// UNWIND: that is a primary-key lookup.
export const READ = {
  entities: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.* `,
  participants: `
    MATCH (e:Entity)-[p:PARTICIPANT]->(who:Entity)
    WHERE e.id IN $ids
    RETURN e.id AS id, who.id AS entityId, p.role AS role
    ORDER BY id, role, entityId`,
  claims: `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.*`,
  articles: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.*`,
  /** Evidence by primary key: ids are `claimId#evidence-<ord>` (rows.ts evidenceId), probed in windows of ords. */
  evidenceByIds: `UNWIND $ids AS id MATCH (ev:Evidence {id: id}) RETURN ev.*`,
  claimLinksOut: `
    MATCH (c:Claim)-[l:LINK]->(other:Claim)
    WHERE c.id IN $ids
    RETURN c.id AS id, c.id AS from, other.id AS to, l.type AS type`,
  claimLinksIn: `
    MATCH (c:Claim)<-[l:LINK]-(other:Claim)
    WHERE c.id IN $ids
    RETURN c.id AS id, other.id AS from, c.id AS to, l.type AS type`,
  mentions: `
    MATCH (e:Entity)<-[:MENTION_OF]-(m:Mention)
    WHERE e.id IN $ids
    RETURN m.*
    ORDER BY m.entityId, m.articleId, m.start`,
  claimsAsSubject: `
    MATCH (c:Claim)-[:SUBJECT]->(e:Entity)
    WHERE e.id IN $ids AND ($predicate = '' OR c.predicate = $predicate)
    RETURN e.id AS id, c.id AS claimId`,
  claimsAttributedTo: `
    MATCH (c:Claim)-[:ATTRIBUTED_TO]->(e:Entity)
    WHERE e.id IN $ids AND ($predicate = '' OR c.predicate = $predicate)
    RETURN e.id AS id, c.id AS claimId`,
  articleMentions: `
    MATCH (m:Mention)-[:MENTIONED_IN]->(a:Article)
    WHERE a.id IN $ids
    RETURN m.*
    ORDER BY m.articleId, m.start, m.entityId`,
  claimsAsObject: `
    MATCH (c:Claim)-[:OBJECT]->(e:Entity)
    WHERE e.id IN $ids AND ($predicate = '' OR c.predicate = $predicate)
    RETURN e.id AS id, c.id AS claimId`,
  eventsByParticipant: `
    MATCH (ev:Entity)-[:PARTICIPANT]->(e:Entity)
    WHERE e.id IN $ids
    RETURN e.id AS id, ev.id AS eventId, ev.dateValue AS date`,
  eventsByLocation: `
    MATCH (ev:Entity)-[:OCCURRED_IN]->(e:Entity)
    WHERE e.id IN $ids
    RETURN e.id AS id, ev.id AS eventId, ev.dateValue AS date`,
  articleIdByHash: `MATCH (a:Article) WHERE a.contentHash = $hash RETURN a.id AS id ORDER BY id LIMIT 1`,
  articleIdsByUrl: `MATCH (a:Article) WHERE a.url = $url RETURN a.id AS id, a.version AS version ORDER BY version`,
  claimsCount: `
    MATCH (c:Claim)
    WHERE ($subject = '' OR c.subjectId = $subject)
      AND ($object = '' OR c.objectId = $object)
      AND ($about = '' OR c.subjectId = $about OR c.objectId = $about)
      AND (size($predicates) = 0 OR c.predicate IN $predicates)
      AND (size($statuses) = 0 OR c.status IN $statuses)
      AND ($attributedTo = '' OR list_contains(c.attributedTo, $attributedTo))
      AND ($article = '' OR c.articleId = $article)
      AND ($origin = '' OR ($origin = 'curated') = (c.origin = 'curated'))
    RETURN count(c) AS total`,
  claimsPage: `
    MATCH (c:Claim)
    WHERE ($subject = '' OR c.subjectId = $subject)
      AND ($object = '' OR c.objectId = $object)
      AND ($about = '' OR c.subjectId = $about OR c.objectId = $about)
      AND (size($predicates) = 0 OR c.predicate IN $predicates)
      AND (size($statuses) = 0 OR c.status IN $statuses)
      AND ($attributedTo = '' OR list_contains(c.attributedTo, $attributedTo))
      AND ($article = '' OR c.articleId = $article)
      AND ($origin = '' OR ($origin = 'curated') = (c.origin = 'curated'))
      AND c.id > $after
    RETURN c.id AS id ORDER BY id LIMIT $limit`,
  entitiesCount: `MATCH (e:Entity) WHERE $kind = '' OR e.kind = $kind RETURN count(e) AS total`,
  entitiesPage: `
    MATCH (e:Entity) WHERE ($kind = '' OR e.kind = $kind) AND e.id > $after
    RETURN e.id AS id ORDER BY id LIMIT $limit`,
  articlesCount: `MATCH (a:Article) RETURN count(a) AS total`,
  articlesPage: `MATCH (a:Article) WHERE a.id > $after RETURN a.id AS id ORDER BY id LIMIT $limit`,
  timelineAll: `
    MATCH (ev:Entity)
    WHERE ev.kind = 'EVENT' AND ev.dateValue <> ''
      AND ($from = '' OR ev.dateValue >= $from) AND ($to = '' OR ev.dateValue <= $to)
    RETURN ev.id AS id, ev.dateValue AS date`,
  // The in-memory key index (key-index.ts) loads from these two. Joined in one statement with the
  // entities' names and kinds they took ~110 s at 100k entities; apart, ~4 s and ~5 s.
  allSearchKeys: `MATCH (k:SearchKey)-[:KEY_OF]->(e:Entity) RETURN e.id AS id, k.key AS key`,
  allEntityNames: `MATCH (e:Entity) RETURN e.id AS id, e.kind AS kind, e.name AS name`,
  edgesAroundOut: `
    MATCH (e:Entity)-[r:RELATES]->(:Entity)
    WHERE e.id IN $ids
    RETURN r.source AS source, r.target AS target, r.predicate AS predicate, r.claimId AS claimId`,
  edgesAroundIn: `
    MATCH (e:Entity)<-[r:RELATES]-(:Entity)
    WHERE e.id IN $ids
    RETURN r.source AS source, r.target AS target, r.predicate AS predicate, r.claimId AS claimId`,
  exists: `MATCH (e:Entity {id: $id}) RETURN e.id AS id`,
  count: (table: string) => `MATCH (n:${table}) RETURN count(n) AS n`,
  countEdges: `MATCH ()-[r:RELATES]->() RETURN count(r) AS n`,
  ping: 'RETURN 1 AS ok',
  clearAll: (table: string) => `MATCH (n:${table}) DETACH DELETE n`,
} as const;

/** Shortest undirected chain of RELATES edges; the hop bound is a checked integer, not user text. */
export function shortestPathStatement(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  }
  return `
    MATCH p = (a:Entity {id: $from})-[r:RELATES* SHORTEST 1..${maxHops}]-(b:Entity {id: $to})
    RETURN properties(rels(p), 'source') AS sources, properties(rels(p), 'target') AS targets,
           properties(rels(p), 'predicate') AS predicates, properties(rels(p), 'claimId') AS claimIds
    LIMIT 1`;
}
