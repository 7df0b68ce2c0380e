// Every Cypher statement the Neo4j adapter runs. Values arrive only as parameters; the one
// number spliced into text (a path's hop bound, which Cypher cannot take as a parameter) is a
// validated integer from MAX_PATH_HOPS, never user text. Checked by tests/store/neo4j/cypher-lint.unit.test.ts.

import { type EntityKind, kindPrefix } from '../../model/records.js';
import { type ClaimFilter, type ClaimPageInclude, type ClaimSortField, MAX_PATH_HOPS, type OneOrMany, type Range, type SortKey, type TextTest } from '../port.js';
import { keysetCondition, sortKeys, visibleTests } from '../shared.js';

/** An article's properties without its text and sentences (most reads need neither). */
const ARTICLE_SUMMARY = '.id, .title, .publisher, .publishedAt, .url, .contentHash, .media, .version, .supersedes';

export const SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  // The change log (port.ts changesAfter): its sequence node is unique, so concurrent ingests
  // queue on it and take numbers in commit order.
  'CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE',
  'CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT search_key IF NOT EXISTS FOR (n:SearchKey) REQUIRE n.key IS UNIQUE',
  // Curation (src/curate): a merged entity's id and where it points; revisions by the node they changed.
  'CREATE CONSTRAINT entity_redirect_id IF NOT EXISTS FOR (n:EntityRedirect) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX revision_node IF NOT EXISTS FOR (n:Revision) ON (n.nodeId, n.at)',
  // Keyset pages put only the filters given in their WHERE (keysetPageStatement), so these can seek.
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  'CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate)',
  'CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status)',
  'CREATE INDEX claim_predicate_status IF NOT EXISTS FOR (n:Claim) ON (n.predicate, n.status)',
  // Lists filtered by predicate and status count from this index alone and page in its id order:
  // `shown` (neither rejected nor superseded) is the default filter, kept on every claim so it can be indexed.
  'CREATE INDEX claim_listing IF NOT EXISTS FOR (n:Claim) ON (n.predicate, n.status, n.shown, n.id)',
  'CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.dateValue)',
  'CREATE INDEX claim_article IF NOT EXISTS FOR (n:Claim) ON (n.articleId)',
  // Query.claims filters by subject, object or about (either side).
  'CREATE INDEX claim_subject IF NOT EXISTS FOR (n:Claim) ON (n.subjectId)',
  'CREATE INDEX claim_object IF NOT EXISTS FOR (n:Claim) ON (n.objectId)',
  'CREATE INDEX mention_article IF NOT EXISTS FOR (n:Mention) ON (n.articleId)',
  'CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
  'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
  // Upserts find a claim's materialised edge by its claimId; without this every RELATES is scanned.
  'CREATE INDEX relates_claim IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.claimId)',
  'CREATE TEXT INDEX search_key_text IF NOT EXISTS FOR (n:SearchKey) ON (n.key)',
] as const;

/** Whether claim `c` is listed by default: neither rejected by a curator nor superseded by a correction (shared.ts visibleByDefault). */
const SHOWN = (c: string) => `coalesce(${c}.reviewVerdict, '') <> 'REJECTED' AND ${c}.supersededBy IS NULL`;

/** Fills `shown` on claims written before it existed (idempotent). */
export const BACKFILL_SHOWN = `
  MATCH (c:Claim) WHERE c.shown IS NULL
  CALL (c) { SET c.shown = ${SHOWN('c')} } IN TRANSACTIONS OF 10000 ROWS`;

/**
 * Data migrations, each run once per graph after the schema: a `:Migration` node records it, so a
 * start does not scan every claim again. Each statement is idempotent, so two servers starting
 * together at worst both run it.
 */
export const MIGRATIONS = [{ id: 'claim-shown', statement: BACKFILL_SHOWN }] as const;

export const MIGRATION = {
  done: 'MATCH (m:Migration {id: $id}) RETURN count(m) > 0 AS done',
  record: 'MERGE (m:Migration {id: $id}) ON CREATE SET m.at = $at',
} as const;

/**
 * An upsert updates in place: nodes MERGEd by id and SET, relationships MERGEd, and only what the
 * batch no longer has deleted (the `stale…` statements). Writing the same batch again so changes
 * nothing a reader could see, even one that reads at read-committed while it commits; a corrected
 * batch still leaves no stale fact behind.
 */
export const WRITE = {
  /** A committed ingest's change under the next number (the sequence node is locked until commit), then the log cut to its last $keep. */
  change: `
    MERGE (s:ChangeSequence {id: 'changes'})
    ON CREATE SET s.last = 0
    SET s.last = s.last + 1
    CREATE (:Change {seq: s.last, at: $at, change: $change})
    WITH s
    CALL (s) {
      MATCH (old:Change) WHERE old.seq <= s.last - $keep
      DELETE old
    }`,
  articles: `
    UNWIND $rows AS row
    MERGE (a:Article {id: row.id})
    SET a += row`,
  /** Claims an article no longer states, with their evidence and edges; a curator's corrections stay. */
  staleClaims: `
    UNWIND $articleIds AS articleId
    MATCH (c:Claim {articleId: articleId})
    WHERE NOT c.id IN $keepClaimIds AND c.supersedes IS NULL
    OPTIONAL MATCH (c)-[:HAS_EVIDENCE]->(ev:Evidence)
    OPTIONAL MATCH ()-[edge:RELATES {claimId: c.id}]->()
    DELETE edge
    DETACH DELETE ev, c`,
  staleMentions: `
    UNWIND $articleIds AS articleId
    MATCH (m:Mention {articleId: articleId})
    WHERE NOT m.id IN $keepMentionIds
    DETACH DELETE m`,
  entities: `
    UNWIND $rows AS row
    MERGE (e:Entity {id: row.id})
    SET e += row`,
  /** An entity's search keys, participants and place, as far as its new record no longer has them. */
  staleEntityLinks: `
    UNWIND $rows AS row
    MATCH (e:Entity {id: row.id})
    CALL (e, row) {
      MATCH (k:SearchKey)-[r:KEY_OF]->(e) WHERE NOT k.key IN row.keys
      DELETE r
    }
    CALL (e, row) {
      MATCH (e)-[r:PARTICIPANT]->(who:Entity)
      WHERE none(p IN row.participants WHERE p.entityId = who.id AND p.role = r.role)
      DELETE r
    }
    CALL (e, row) {
      MATCH (e)-[r:OCCURRED_IN]->(place:Entity) WHERE row.placeId IS NULL OR place.id <> row.placeId
      DELETE r
    }`,
  searchKeys: `
    UNWIND $rows AS row
    MATCH (e:Entity {id: row.entityId})
    MERGE (k:SearchKey {key: row.key})
    MERGE (k)-[:KEY_OF]->(e)`,
  participants: `
    UNWIND $rows AS row
    MATCH (event:Entity {id: row.eventId})
    MATCH (who:Entity {id: row.entityId})
    MERGE (event)-[:PARTICIPANT {role: row.role}]->(who)`,
  locatedEvents: `
    UNWIND $rows AS row
    MATCH (event:Entity {id: row.eventId})
    MATCH (place:Entity {id: row.placeId})
    MERGE (event)-[:OCCURRED_IN]->(place)`,
  claims: `
    UNWIND $rows AS row
    MERGE (c:Claim {id: row.id})
    SET c += row
    SET c.shown = ${SHOWN('c')}`,
  /** A claim's relationships, evidence and edge, as far as its new record no longer has them. */
  staleClaimLinks: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.id})
    CALL (c, row) {
      MATCH (c)-[r:SUBJECT|OBJECT|ATTRIBUTED_TO|REPORTED_IN]->(n)
      WHERE NOT (type(r) = 'SUBJECT' AND n.id = row.subjectId
        OR type(r) = 'OBJECT' AND row.objectId IS NOT NULL AND n.id = row.objectId
        OR type(r) = 'ATTRIBUTED_TO' AND n.id IN row.attributedTo
        OR type(r) = 'REPORTED_IN' AND n.id = row.articleId)
      DELETE r
    }
    CALL (c, row) {
      MATCH (c)-[r:LINK]->(to:Claim)
      WHERE none(l IN row.links WHERE l.toId = to.id AND l.type = r.type)
      DELETE r
    }
    CALL (c, row) {
      MATCH (c)-[:HAS_EVIDENCE]->(ev:Evidence) WHERE NOT ev.id IN row.evidenceIds
      DETACH DELETE ev
    }
    CALL (c, row) {
      MATCH (s:Entity)-[edge:RELATES {claimId: c.id}]->(t:Entity)
      WHERE row.edge IS NULL OR s.id <> row.edge.source OR t.id <> row.edge.target
      DELETE edge
    }`,
  claimCore: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.id})
    MATCH (s:Entity {id: row.subjectId})
    MATCH (a:Article {id: row.articleId})
    MERGE (c)-[:SUBJECT]->(s)
    MERGE (c)-[:REPORTED_IN]->(a)`,
  claimObjects: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    MATCH (o:Entity {id: row.objectId})
    MERGE (c)-[:OBJECT]->(o)`,
  attributions: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    MATCH (who:Entity {id: row.actorId})
    MERGE (c)-[:ATTRIBUTED_TO]->(who)`,
  evidence: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    MERGE (ev:Evidence {id: row.id})
    SET ev.claimId = row.claimId, ev.articleId = row.articleId, ev.quote = row.quote,
        ev.start = row.start, ev.end = row.end, ev.sentence = row.sentence, ev.ord = row.ord
    MERGE (c)-[:HAS_EVIDENCE]->(ev)`,
  links: `
    UNWIND $rows AS row
    MATCH (from:Claim {id: row.fromId})
    MATCH (to:Claim {id: row.toId})
    MERGE (from)-[:LINK {type: row.type}]->(to)`,
  /** A claim's edge, unless a curator rejected the claim or a correction superseded it. */
  edges: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    WHERE coalesce(c.reviewVerdict, '') <> 'REJECTED' AND c.supersededBy IS NULL
    MATCH (s:Entity {id: row.source})
    MATCH (t:Entity {id: row.target})
    MERGE (s)-[edge:RELATES {claimId: row.claimId}]->(t)
    SET edge.predicate = row.predicate, edge.source = row.source, edge.target = row.target`,
  mentions: `
    UNWIND $rows AS row
    MATCH (e:Entity {id: row.entityId})
    MERGE (m:Mention {id: row.id})
    SET m.articleId = row.articleId, m.entityId = row.entityId, m.start = row.start, m.end = row.end,
        m.sentence = row.sentence, m.text = row.text
    MERGE (m)-[:MENTION_OF]->(e)`,
  /** A review on each claim; a rejected claim loses its edge, any other regains it unless superseded. */
  reviews: `
    UNWIND $rows AS row
    MATCH (c:Claim {id: row.claimId})
    SET c.reviewVerdict = row.verdict, c.reviewNote = row.note, c.reviewBy = row.by, c.reviewAt = row.at
    SET c.shown = ${SHOWN('c')}
    WITH c
    CALL (c) {
      MATCH ()-[edge:RELATES {claimId: c.id}]->()
      WHERE c.reviewVerdict = 'REJECTED' OR c.supersededBy IS NOT NULL
      DELETE edge
    }
    CALL (c) {
      MATCH (s:Entity {id: c.subjectId})
      MATCH (t:Entity {id: c.objectId})
      WHERE c.reviewVerdict <> 'REJECTED' AND c.supersededBy IS NULL AND s <> t
      MERGE (s)-[edge:RELATES {claimId: c.id}]->(t)
      SET edge.predicate = c.predicate, edge.source = s.id, edge.target = t.id
    }`,
  /** Each claim replaced by its correction: linked both ways, its edge gone. */
  supersede: `
    UNWIND $rows AS row
    MATCH (old:Claim {id: row.claimId})
    MATCH (new:Claim {id: row.by})
    SET old.supersededBy = new.id, new.supersedes = old.id, old.shown = false
    MERGE (new)-[:SUPERSEDES]->(old)
    WITH old
    CALL (old) {
      MATCH ()-[edge:RELATES {claimId: old.id}]->()
      DELETE edge
    }`,
  /** A revision, one node per node it changed. */
  revisions: `
    UNWIND $rows AS row
    CREATE (r:Revision)
    SET r = row`,
} as const;

/**
 * Merging entity $merge into $keep: every relationship and reference moves to $keep (claims as
 * subject, object and speaker, materialised edges, mentions, participations, located events,
 * counterparts, search keys), earlier redirects to $merge follow it, then $merge is deleted and
 * its id redirected. Mentions keep their ids: an article's are rewritten whole when it is ingested again.
 */
export const MERGE = `
  MATCH (m:Entity {id: $merge})
  MATCH (k:Entity {id: $keep})
  CALL (m, k) {
    MATCH (c:Claim)-[r:SUBJECT]->(m)
    MERGE (c)-[:SUBJECT]->(k)
    SET c.subjectId = k.id
    DELETE r
  }
  CALL (m, k) {
    MATCH (c:Claim)-[r:OBJECT]->(m)
    MERGE (c)-[:OBJECT]->(k)
    SET c.objectId = k.id
    DELETE r
  }
  CALL (m, k) {
    MATCH (c:Claim)-[r:ATTRIBUTED_TO]->(m)
    MERGE (c)-[:ATTRIBUTED_TO]->(k)
    SET c.attributedTo = reduce(acc = [], a IN c.attributedTo |
      CASE WHEN (CASE a WHEN m.id THEN k.id ELSE a END) IN acc THEN acc ELSE acc + (CASE a WHEN m.id THEN k.id ELSE a END) END)
    DELETE r
  }
  CALL (m, k) {
    MATCH (m)-[r:RELATES]->(t:Entity)
    WITH r, t, properties(r) AS p
    DELETE r
    WITH t, p WHERE t <> k
    CREATE (k)-[edge:RELATES]->(t)
    SET edge = p, edge.source = k.id
  }
  CALL (m, k) {
    MATCH (s:Entity)-[r:RELATES]->(m)
    WITH r, s, properties(r) AS p
    DELETE r
    WITH s, p WHERE s <> k
    CREATE (s)-[edge:RELATES]->(k)
    SET edge = p, edge.target = k.id
  }
  CALL (m, k) {
    MATCH (x:Mention)-[r:MENTION_OF]->(m)
    MERGE (x)-[:MENTION_OF]->(k)
    SET x.entityId = k.id
    DELETE r
  }
  CALL (m, k) {
    MATCH (ev:Entity)-[r:PARTICIPANT]->(m)
    WITH ev, r, r.role AS role
    DELETE r
    WITH ev, role WHERE ev <> k
    MERGE (ev)-[:PARTICIPANT {role: role}]->(k)
  }
  CALL (m, k) {
    MATCH (m)-[r:PARTICIPANT]->(who:Entity)
    WITH who, r, r.role AS role
    DELETE r
    WITH who, role WHERE who <> k
    MERGE (k)-[:PARTICIPANT {role: role}]->(who)
  }
  CALL (m, k) {
    MATCH (ev:Entity)-[r:OCCURRED_IN]->(m)
    DELETE r
    MERGE (ev)-[:OCCURRED_IN]->(k)
    SET ev.locationId = k.id
  }
  CALL (m, k) {
    MATCH (x:Entity {counterpartId: m.id})
    SET x.counterpartId = k.id
  }
  CALL (m, k) {
    MATCH (key:SearchKey)-[r:KEY_OF]->(m)
    MERGE (key)-[:KEY_OF]->(k)
    DELETE r
  }
  CALL (m, k) {
    MATCH (earlier:EntityRedirect {to: m.id})
    SET earlier.to = k.id
  }
  MERGE (redirect:EntityRedirect {id: m.id})
  SET redirect.to = k.id
  DETACH DELETE m`;

export const CHECK = {
  missingEntities: `
    UNWIND $ids AS id
    OPTIONAL MATCH (e:Entity {id: id})
    WITH id, e WHERE e IS NULL
    RETURN collect(id) AS missing`,
  missingClaims: `
    UNWIND $ids AS id
    OPTIONAL MATCH (c:Claim {id: id})
    WITH id, c WHERE c IS NULL
    RETURN collect(id) AS missing`,
  missingArticles: `
    UNWIND $ids AS id
    OPTIONAL MATCH (a:Article {id: id})
    WITH id, a WHERE a IS NULL
    RETURN collect(id) AS missing`,
} as const;

/** Dated events in [$from, $to], optionally about $about (the event itself, a participant, its place, or a claim joining them). */
const TIMELINE_FILTER = `ev.dateValue IS NOT NULL
      AND ($from IS NULL OR ev.dateValue >= $from)
      AND ($to IS NULL OR ev.dateValue <= $to)
      AND ($about IS NULL OR ev.id = $about
           OR EXISTS { (ev)-[:PARTICIPANT|OCCURRED_IN]->(:Entity {id: $about}) }
           OR EXISTS { (c:Claim)-[:SUBJECT|OBJECT]->(ev) WHERE c.subjectId = $about OR c.objectId = $about })`;

export const READ = {
  /** Entities merged away: each asked id with the id that answers for it. */
  redirects: `
    UNWIND $ids AS id
    MATCH (r:EntityRedirect {id: id})
    RETURN id, r.to AS to`,
  revisions: `
    UNWIND $ids AS id
    CALL (id) {
      MATCH (r:Revision {nodeId: id})
      WITH r ORDER BY r.at DESC, r.id DESC LIMIT $limit
      RETURN collect(r {.*}) AS revisions
    }
    RETURN id, revisions`,
  entities: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    OPTIONAL MATCH (e)-[p:PARTICIPANT]->(who:Entity)
    RETURN e {.*} AS entity, collect(CASE WHEN who IS NULL THEN NULL ELSE {entityId: who.id, role: p.role} END) AS participants`,
  claims: `
    UNWIND $ids AS id
    MATCH (c:Claim {id: id})
    RETURN c {.*} AS claim`,
  articles: `
    UNWIND $ids AS id
    MATCH (a:Article {id: id})
    RETURN a {.*} AS article`,
  articleSummaries: `
    UNWIND $ids AS id
    MATCH (a:Article {id: id})
    RETURN a {${ARTICLE_SUMMARY}} AS article`,
  articleBodies: `
    UNWIND $ids AS id
    MATCH (a:Article {id: id})
    RETURN id, a.text AS text, a.sentences AS sentences`,
  evidence: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:HAS_EVIDENCE]->(ev:Evidence)
    RETURN id, ev {.*} AS evidence
    ORDER BY id, ev.ord`,
  claimLinks: `
    UNWIND $ids AS id
    MATCH (c:Claim {id: id})-[l:LINK]-(other:Claim)
    RETURN id, startNode(l).id AS from, endNode(l).id AS to, l.type AS type
    ORDER BY id, from, to`,
  mentions: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})<-[:MENTION_OF]-(m:Mention)
    RETURN id, m {.*} AS mention
    ORDER BY id, m.articleId, m.start`,
  articleMentions: `
    UNWIND $ids AS id
    MATCH (m:Mention {articleId: id})
    RETURN id, m {.*} AS mention
    ORDER BY id, m.start, m.entityId`,
  claimIdsForEntities: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    OPTIONAL MATCH (c:Claim)-[r:SUBJECT|OBJECT|ATTRIBUTED_TO]->(e)
    WHERE (type(r) = $role OR ($role = 'ANY' AND type(r) <> 'ATTRIBUTED_TO'))
      AND ($predicate IS NULL OR c.predicate = $predicate)
    WITH id, c ORDER BY c.id
    RETURN id, collect(DISTINCT c.id) AS claimIds`,
  /** Up to $limit events per entity, by date (undated last, as Neo4j orders nulls), then id. */
  eventIdsForEntities: `
    UNWIND $ids AS id
    CALL (id) {
      MATCH (ev:Entity {kind: 'EVENT'})-[:PARTICIPANT|OCCURRED_IN]->(:Entity {id: id})
      WITH DISTINCT ev ORDER BY ev.dateValue, ev.id LIMIT $limit
      RETURN collect(ev.id) AS eventIds
    }
    RETURN id, eventIds`,
  articleIdByHash: `
    MATCH (a:Article {contentHash: $hash})
    RETURN a.id AS id ORDER BY a.id LIMIT 1`,
  articleIdsByUrl: `
    MATCH (a:Article {url: $url})
    RETURN a.id AS id, a.version AS version ORDER BY version`,
  /**
   * A keyset page of dated events by (date, id): how many pass the filters, and up to $limit of
   * them after the event $after (an unknown $after gives an empty page).
   */
  timeline: `
    CALL () {
      MATCH (ev:Entity {kind: 'EVENT'}) WHERE ${TIMELINE_FILTER}
      RETURN count(ev) AS total
    }
    CALL () {
      OPTIONAL MATCH (last:Entity {id: $after})
      WITH last
      MATCH (ev:Entity {kind: 'EVENT'})
      WHERE ${TIMELINE_FILTER}
        AND ($after IS NULL OR ev.dateValue > last.dateValue OR (ev.dateValue = last.dateValue AND ev.id > last.id))
      WITH ev ORDER BY ev.dateValue, ev.id LIMIT $limit
      RETURN collect(ev.id) AS page
    }
    RETURN total, page`,
  entityIdsByKeys: `
    UNWIND $keys AS key
    MATCH (:SearchKey {key: key})-[:KEY_OF]->(e:Entity)
    RETURN key, e.id AS id, e.kind AS kind
    ORDER BY key, id`,
  search: `
    CALL (*) {
      UNWIND $exact AS key
      MATCH (:SearchKey {key: key})-[:KEY_OF]->(e:Entity)
      RETURN e, 0 AS rank
      UNION
      MATCH (k:SearchKey)-[:KEY_OF]->(e:Entity)
      WHERE $prefix <> '' AND k.key STARTS WITH $prefix
      RETURN e, 1 AS rank
      UNION
      MATCH (k:SearchKey)-[:KEY_OF]->(e:Entity)
      WHERE $prefix <> '' AND k.key CONTAINS (' ' + $prefix)
      RETURN e, 2 AS rank
      UNION
      MATCH (:SearchKey {key: $skeleton})-[:KEY_OF]->(e:Entity)
      RETURN e, 3 AS rank
    }
    WITH e, min(rank) AS rank
    WHERE size($kinds) = 0 OR e.kind IN $kinds
    RETURN e.id AS id, rank
    ORDER BY rank, size(e.name), e.id
    LIMIT $limit`,
  edgesAround: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})-[r:RELATES]-(:Entity)
    WITH DISTINCT r ORDER BY r.claimId
    RETURN r.source AS source, r.target AS target, r.predicate AS predicate, r.claimId AS claimId
    LIMIT $limit`,
  counts: `
    CALL () { MATCH (n:Article) RETURN count(n) AS articles }
    CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
    CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
    CALL () { MATCH (n:Evidence) RETURN count(n) AS evidence }
    CALL () { MATCH (n:Mention) RETURN count(n) AS mentions }
    CALL () { MATCH ()-[r:RELATES]->() RETURN count(r) AS edges }
    RETURN articles, entities, claims, evidence, mentions, edges`,
  ping: 'RETURN 1 AS ok',
  changesAfter: 'MATCH (c:Change) WHERE c.seq > $after RETURN c.seq AS seq, c.change AS change ORDER BY seq LIMIT $limit',
  lastChangeSeq: "OPTIONAL MATCH (s:ChangeSequence {id: 'changes'}) RETURN coalesce(s.last, 0) AS seq",
  // Relationships first, then the nodes, 10,000 at a time: a batch's memory is bounded whatever
  // the nodes' degrees (DETACH DELETE of 10,000 nodes, hubs among them, ran out of Neo4j's
  // transaction memory on a 100k-entity graph).
  clearRelationships: 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS',
  // The change sequence stays, so servers listening for changes keep their place across a clear.
  clearAll: 'MATCH (n) WHERE NOT n:ChangeSequence CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS',
} as const;

/** The claims a filter starts from: every claim, or an actor's statements reached from the actor (a list property cannot be seeked). */
export const CLAIM_MATCH = {
  all: '(n:Claim)',
  attributedTo: '(n:Claim)-[:ATTRIBUTED_TO]->(:Entity {id: $attributedTo})',
  /** The planner would take claim_predicate_status and read each match's `shown`; with an `n.id` test (claimWhere adds it) the hint holds. */
  listing: '(n:Claim) USING INDEX n:Claim(predicate, status, shown, id)',
} as const;

/** Compiles a claim filter's tests over `n` into Cypher, each value a fresh parameter. */
class ClaimCypher {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  private param(value: unknown): string {
    const name = `f${this.next++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** `property = value`, or any of a list (an empty list matches nothing). */
  private oneOf(property: string, value: OneOrMany<string>): string {
    return typeof value === 'string' ? `${property} = ${this.param(value)}` : `${property} IN ${this.param([...value])}`;
  }

  /** Ids of these kinds: ids carry their kind as prefix, and STARTS WITH can use the property's index. */
  private kinds(property: string, kinds: readonly EntityKind[]): string {
    return kinds.length ? `(${kinds.map((k) => `${property} STARTS WITH ${this.param(kindPrefix(k))}`).join(' OR ')})` : 'false';
  }

  /** Bounds on a number, or on an ISO date compared at the bound's precision. */
  private range(property: string, range: Range<string> | Range<number>, dated: boolean): string[] {
    const ops = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
    return (Object.keys(ops) as (keyof typeof ops)[])
      .filter((op) => range[op] !== undefined)
      .map((op) => {
        const p = this.param(range[op]);
        return `${dated ? `left(${property}, size(${p}))` : property} ${ops[op]} ${p}`;
      });
  }

  private text(property: string, test: TextTest): string[] {
    const out: string[] = [];
    if (test.in) out.push(this.oneOf(property, test.in));
    if (test.contains !== undefined) out.push(`${property} CONTAINS ${this.param(test.contains)}`);
    if (test.startsWith !== undefined) out.push(`${property} STARTS WITH ${this.param(test.startsWith)}`);
    return out;
  }

  /** The tests of one filter, to be joined with AND; nested filters in parentheses. */
  tests(f: ClaimFilter, top = false): string[] {
    const out: string[] = [];
    if (f.ids) out.push(this.oneOf('n.id', f.ids));
    if (f.subject) out.push(this.oneOf('n.subjectId', f.subject));
    if (f.object) out.push(this.oneOf('n.objectId', f.object));
    if (f.about) out.push(`(${this.oneOf('n.subjectId', f.about)} OR ${this.oneOf('n.objectId', f.about)})`);
    if (f.subjectKinds) out.push(this.kinds('n.subjectId', f.subjectKinds));
    if (f.objectKinds) out.push(this.kinds('n.objectId', f.objectKinds));
    if (f.aboutKinds) out.push(`(${this.kinds('n.subjectId', f.aboutKinds)} OR ${this.kinds('n.objectId', f.aboutKinds)})`);
    if (f.predicates) out.push(this.oneOf('n.predicate', f.predicates));
    if (f.statuses) out.push(this.oneOf('n.status', f.statuses));
    // One actor at the top is the MATCH itself (CLAIM_MATCH.attributedTo); elsewhere a pattern test.
    if (f.attributedTo && !(top && typeof f.attributedTo === 'string')) {
      out.push(`EXISTS { MATCH (n)-[:ATTRIBUTED_TO]->(s:Entity) WHERE ${this.oneOf('s.id', f.attributedTo)} }`);
    }
    if (f.article) out.push(this.oneOf('n.articleId', f.article));
    const article = [...(f.publishedAt ? this.range('a.publishedAt', f.publishedAt, true) : []), ...(f.publisher ? this.text('a.publisher', f.publisher) : [])];
    if (article.length) out.push(`EXISTS { MATCH (a:Article {id: n.articleId}) WHERE ${article.join(' AND ')} }`);
    if (f.origin) out.push(f.origin === 'curated' ? "n.origin = 'curated'" : "n.origin <> 'curated'");
    if (f.confidence) out.push(...this.range('n.confidence', f.confidence, false));
    if (f.statedOn) out.push(...this.range('n.statedOnValue', f.statedOn, true));
    if (f.statement) out.push(...this.text('n.statement', f.statement));
    if (f.reviews) out.push(`coalesce(n.reviewVerdict, 'UNREVIEWED') IN ${this.param([...f.reviews])}`);
    if (f.superseded !== undefined) out.push(f.superseded ? 'n.supersededBy IS NOT NULL' : 'n.supersededBy IS NULL');
    for (const sub of f.all ?? []) out.push(this.group(sub));
    if (f.any) out.push(f.any.length ? `(${f.any.map((sub) => this.group(sub)).join(' OR ')})` : 'false');
    if (f.not) out.push(`NOT ${this.group(f.not)}`);
    return out;
  }

  private group(f: ClaimFilter): string {
    const tests = this.tests(f);
    return tests.length ? `(${tests.join(' AND ')})` : 'true';
  }
}

/**
 * The MATCH and WHERE of a claim filter over `n`, holding only the tests given, so the planner
 * can seek on their indexes. A list given empty matches nothing.
 */
export function claimWhere(filter: ClaimFilter): { match: string; where: string[]; params: Record<string, unknown>; orderPrefix?: string[] } {
  const cypher = new ClaimCypher();
  const where = shownTests(cypher, filter, true);
  if (isListing(filter)) return { match: CLAIM_MATCH.listing, where: [...where, 'n.id IS NOT NULL'], params: cypher.params, orderPrefix: ['n.predicate', 'n.status', 'n.shown'] };
  const one = typeof filter.attributedTo === 'string' ? filter.attributedTo : undefined;
  return { match: one ? CLAIM_MATCH.attributedTo : CLAIM_MATCH.all, where, params: one ? { ...cypher.params, attributedTo: one } : cypher.params };
}

/**
 * The common list (one predicate, one status, visible claims, nothing else): its count reads the
 * claim_listing index alone and its page, in id order, only the page's entries of it.
 */
function isListing(filter: ClaimFilter): boolean {
  const single = (v: OneOrMany<string> | undefined) => typeof v === 'string' || v?.length === 1;
  const given = Object.entries(filter).filter(([, v]) => v !== undefined).map(([k]) => k);
  return single(filter.predicates) && single(filter.statuses) && given.length === 2;
}

/** A claim filter's tests over `n` alone, for claims already matched some other way (a parent's claims). */
export function claimWhereOver(filter: ClaimFilter): { where: string[]; params: Record<string, unknown> } {
  const cypher = new ClaimCypher();
  return { where: shownTests(cypher, filter), params: cypher.params };
}

/** The filter's tests with visibility applied (shared.ts visibleTests). */
function shownTests(cypher: ClaimCypher, filter: ClaimFilter, top = false): string[] {
  return visibleTests(filter, (f) => cypher.tests(f, top), 'n.shown = true');
}

/**
 * One hop of edges around the entities $ids, read from the claims a filter's tests (over `n`)
 * pass rather than from the materialised RELATES edges (which rejected and superseded claims
 * lack): a claim whose object is another entity, found from either end by its index.
 */
export function filteredEdgesAroundStatement(where: readonly string[]): string {
  return `
    CALL () {
      UNWIND $ids AS id
      MATCH (n:Claim {subjectId: id})
      RETURN n
      UNION
      UNWIND $ids AS id
      MATCH (n:Claim {objectId: id})
      RETURN n
    }
    WITH n WHERE n.objectId IS NOT NULL AND n.objectId <> n.subjectId${where.map((w) => ` AND ${w}`).join('')}
    RETURN n.subjectId AS source, n.objectId AS target, n.predicate AS predicate, n.id AS claimId
    ORDER BY claimId
    LIMIT $limit`;
}

/** The Cypher of each claim sort field over `n`, never null (null sorts as the empty string). */
export const CLAIM_SORT_CYPHER: Record<ClaimSortField, string> = {
  id: 'n.id',
  confidence: 'n.confidence',
  publishedAt: "coalesce(head(COLLECT { MATCH (a:Article {id: n.articleId}) RETURN a.publishedAt }), '')",
  statedOn: "coalesce(n.statedOnValue, '')",
  predicate: 'n.predicate',
  status: 'n.status',
};

/** Buckets per dimension from grouped rows `groups` ({key of each dimension…, n}): rows of (dim, key, n). */
const BUCKETS_BY = (dims: string[]) => `
    WITH collect(g) AS groups
    UNWIND ${JSON.stringify(dims).replace(/"/g, "'")} AS dim
    UNWIND groups AS g
    WITH dim, g[dim] AS key, sum(g.n) AS n
    RETURN dim, key, n`;

/**
 * Claim counts by status, predicate, source (the reporting article's publisher) and day (its
 * publication day), in one statement: the matching claims grouped once by all four, then summed
 * per dimension.
 */
export function claimsAggregateStatement(where: string[], match: string = CLAIM_MATCH.all): string {
  return `
    MATCH ${match} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    OPTIONAL MATCH (a:Article {id: n.articleId})
    WITH n.status AS status, n.predicate AS predicate, a.publisher AS source, left(a.publishedAt, 10) AS day, count(*) AS n
    WITH {status: status, predicate: predicate, source: source, day: day, n: n} AS g${BUCKETS_BY(['status', 'predicate', 'source', 'day'])}`;
}

/** Entity counts by kind and subtype (of one kind when `$kind` is given), in one statement. */
export function entitiesAggregateStatement(byKind: boolean): string {
  return `
    MATCH (e:Entity) ${byKind ? 'WHERE e.kind = $kind' : ''}
    WITH e.kind AS kind, e.subtype AS subtype, count(*) AS n
    WITH {kind: kind, subtype: subtype, n: n} AS g${BUCKETS_BY(['kind', 'subtype'])}`;
}

/**
 * A keyset page: how many `label` nodes (those `match` reaches, binding `n`) pass `where` (fixed
 * fragments such as CLAIM_FILTERS, only those of the filters given), and the ids of up to $limit
 * of them after $after, in id order; `more` adds clauses after the page and what they return.
 */
export function keysetPageStatement(
  label: 'Claim' | 'Entity' | 'Article',
  where: string[],
  match = `(n:${label})`,
  more: { then: string; returns: string } = { then: '', returns: '' },
): string {
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return `
    CALL () { MATCH ${match} ${filtered} RETURN count(n) AS total }
    CALL () {
      MATCH ${match} WHERE ${[...where, 'n.id > $after'].join(' AND ')}
      WITH n.id AS id ORDER BY id LIMIT $limit
      RETURN collect(id) AS page
    }${more.then}
    RETURN total, page${more.returns ? `, ${more.returns}` : ''}`;
}

/** How a per-parent claim page finds a parent's claims (port.ts ClaimsOf['via']), `pid` the parent's id. */
const CLAIMS_OF = {
  SUBJECT: '(c:Claim)-[:SUBJECT]->(:Entity {id: pid})',
  OBJECT: '(c:Claim)-[:OBJECT]->(:Entity {id: pid})',
  ANY: '(c:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: pid})',
  ATTRIBUTED_TO: '(c:Claim)-[:ATTRIBUTED_TO]->(:Entity {id: pid})',
  ARTICLE: '(c:Claim {articleId: pid})',
} as const;

/** Filters of a per-parent claim page over `c`, each used only when given. */
export const CLAIMS_OF_FILTERS = {
  predicates: 'n.predicate IN $predicates',
  linked: 'n.objectId IS NOT NULL',
} as const;

/**
 * The records of the claims whose ids the list variable `ids` holds, and what `include` asks for besides, in the
 * statement that found the ids: binds `claims`, `evidence` ({id, evidence} in claim and evidence
 * order), `articles` (summaries) and `entities` ({entity, participants}: the claims' subjects and
 * objects, and with `include.parents` the entities the list expression `parentIds` names), keeping
 * every variable bound before it.
 */
function alongStatement(ids: string, include: ClaimPageInclude, parentIds?: string): string {
  const entityIds = [
    ...(include.entities ? ['[c IN claims | c.subjectId]', '[c IN claims WHERE c.objectId IS NOT NULL | c.objectId]'] : []),
    ...(include.parents && parentIds ? [parentIds] : []),
  ];
  const claims = `
    CALL (${ids}) {
      UNWIND ${ids} AS cid
      WITH DISTINCT cid
      MATCH (c:Claim {id: cid})
      RETURN collect(c {.*}) AS claims
    }`;
  const evidence = include.evidence
    ? `
    CALL (claims) {
      UNWIND claims AS c
      MATCH (:Claim {id: c.id})-[:HAS_EVIDENCE]->(ev:Evidence)
      WITH c.id AS id, ev ORDER BY id, ev.ord
      RETURN collect({id: id, evidence: ev {.*}}) AS evidence
    }`
    : `
    WITH *, [] AS evidence`;
  const articles = include.articles
    ? `
    CALL (claims, evidence) {
      UNWIND [c IN claims | c.articleId] + [e IN evidence | e.evidence.articleId] AS aid
      WITH DISTINCT aid
      MATCH (a:Article {id: aid})
      RETURN collect(a {${ARTICLE_SUMMARY}}) AS articles
    }`
    : `
    WITH *, [] AS articles`;
  const entities = entityIds.length
    ? `
    CALL (claims) {
      UNWIND ${entityIds.join(' + ')} AS eid
      WITH DISTINCT eid
      MATCH (e:Entity {id: eid})
      OPTIONAL MATCH (e)-[part:PARTICIPANT]->(who:Entity)
      WITH e, collect(CASE WHEN who IS NULL THEN NULL ELSE {entityId: who.id, role: part.role} END) AS participants
      RETURN collect({entity: e {.*}, participants: participants}) AS entities
    }`
    : `
    WITH *, [] AS entities`;
  return `${claims}${evidence}${articles}${entities}`;
}

/** A claim sort's key expressions over `n` and directions, the id last to break ties. */
const claimSortKeys = (sort: readonly SortKey<ClaimSortField>[]) => sortKeys(sort, CLAIM_SORT_CYPHER);

/**
 * One keyset page per parent in $ids: each parent's claims (`n`, once each) counted, and up to
 * $limit of their ids with their keys in sort order, after the key in $k0… when `from`, inside the
 * database (a hub's claims never travel whole). The records of the first $first claims of each
 * page come along, with what `include` asks for, so the request's next levels need no statement
 * of their own.
 */
export function claimPagesStatement(
  via: keyof typeof CLAIMS_OF,
  filters: string[],
  include: ClaimPageInclude = {},
  sort: readonly SortKey<ClaimSortField>[] = [],
  from = false,
): string {
  const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
  const { exprs, descending } = claimSortKeys(sort);
  const keys = exprs.map((_, i) => `k${i}`);
  const conditions = from ? [...filters, keysetCondition(exprs, descending, false, (i) => `$k${i}`)] : filters;
  return `
    UNWIND $ids AS pid
    CALL (pid) {
      MATCH ${CLAIMS_OF[via]} WITH DISTINCT c AS n ${where(filters)}
      RETURN count(n) AS total
    }
    CALL (pid) {
      MATCH ${CLAIMS_OF[via]} WITH DISTINCT c AS n ${where(conditions)}
      WITH n.id AS id, ${exprs.map((e, i) => `${e} AS k${i}`).join(', ')} ORDER BY ${keys.map((k, i) => `${k} ${descending[i] ? 'DESC' : 'ASC'}`).join(', ')} LIMIT $limit
      RETURN collect(id) AS page, collect([${keys.join(', ')}]) AS keys
    }
    WITH collect({id: pid, total: total, page: page, keys: keys}) AS pages
    WITH pages, reduce(ids = [], one IN pages | ids + one.page[0..$first]) AS pageIds${alongStatement('pageIds', include, '$ids')}
    RETURN pages, claims, evidence, articles, entities`;
}

/**
 * Query.claims: a sorted keyset page of the claims a filter matches (see claimWhere), with each
 * one's key, the records of the first $first and what `include` asks for. Rows come after the key
 * in parameters $k0… when `from`, read backward (and reversed by the caller) for `last` / `before`.
 */
export function claimsPageStatement(
  where: string[],
  match: string,
  include: ClaimPageInclude = {},
  sort: readonly SortKey<ClaimSortField>[] = [],
  backward = false,
  from = false,
  orderPrefix: readonly string[] = [],
): string {
  const { exprs, descending } = claimSortKeys(sort);
  const conditions = from ? [...where, keysetCondition(exprs, descending, backward, (i) => `$k${i}`)] : where;
  const projected = exprs.map((e, i) => `${e} AS k${i}`).join(', ');
  const order = exprs.map((_, i) => `k${i} ${descending[i] !== backward ? 'DESC' : 'ASC'}`).join(', ');
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // In id order, properties the filter holds constant lead the ORDER BY so an index on them and
  // the id hands the rows over in order, and the page reads no more than its own rows.
  const direction = backward ? 'DESC' : 'ASC';
  const sorted = orderPrefix.length && exprs.length === 1 && exprs[0] === 'n.id'
    ? `WITH n ORDER BY ${[...orderPrefix, 'n.id'].map((e) => `${e} ${direction}`).join(', ')} LIMIT $limit
      WITH n.id AS id, n.id AS k0`
    : `WITH n.id AS id, ${projected} ORDER BY ${order} LIMIT $limit`;
  return `
    CALL () { MATCH ${match} ${filtered} RETURN count(n) AS total }
    CALL () {
      MATCH ${match} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
      ${sorted}
      RETURN collect(id) AS page, collect([${exprs.map((_, i) => `k${i}`).join(', ')}]) AS keys
    }
    WITH total, page, keys, page[0..$first] AS pageIds${alongStatement('pageIds', include)}
    RETURN total, page, keys, claims, evidence, articles, entities`;
}

/**
 * Shortest undirected chain of RELATES edges, hop bound spliced as a checked integer. Of several
 * shortest paths, the one whose entity ids, then claim ids, come first in order (the embedded
 * adapter's rule too, so both stores answer the same route).
 */
export function shortestPathStatement(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  }
  return `
    MATCH (a:Entity {id: $from})
    MATCH (b:Entity {id: $to})
    MATCH p = allShortestPaths((a)-[:RELATES*..${maxHops}]-(b))
    WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.claimId] LIMIT 1
    RETURN [r IN relationships(p) | {source: r.source, target: r.target, predicate: r.predicate, claimId: r.claimId}] AS edges`;
}
