// Every Cypher statement of the Neo4j adapter, checked by Neo4j's own parser and semantic
// analysis: no errors, no unknown labels, types or properties, and only the parameters the
// adapter passes.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { CLAIM_SORT_FIELDS, type ClaimFilter, MAX_PATH_HOPS } from '../../../src/store/port.js';
import {
  CHECK,
  CLAIM_MATCH,
  CLAIMS_OF_FILTERS,
  MIGRATION,
  MIGRATIONS,
  MERGE,
  READ,
  SCHEMA,
  WRITE,
  claimPagesStatement,
  claimsPageStatement,
  claimsAggregateStatement,
  claimWhere,
  entitiesAggregateStatement,
  filteredEdgesAroundStatement,
  keysetPageStatement,
  claimWhereOver,
  shortestPathStatement,
} from '../../../src/store/neo4j/statements.js';
import { articleToRow, claimToRow, entityToRow } from '../../../src/store/rows.js';
import { fixtureBatch } from '../../support/fixture-graph.js';

const batch = fixtureBatch();

/** A filter with every test of port.ts ClaimFilter, nested filters among them. */
const EVERY_TEST: ClaimFilter = {
  ids: ['claim:a'], subject: 'place:a', object: ['place:b'], about: 'place:c', subjectKinds: ['PLACE', 'ACTOR'], objectKinds: ['EVENT'],
  aboutKinds: ['ACTOR'], predicates: ['OVERLOOKS'], statuses: ['CLAIMED'], attributedTo: 'actor:a', article: 'article:a',
  publishedAt: { gte: '2020-11', lte: '2020-11-30' }, publisher: { in: ['AP'], contains: 'A', startsWith: 'A' }, origin: 'extracted',
  confidence: { gt: 0.5, eq: 1, gte: 0, lt: 2, lte: 1 }, statedOn: { eq: '2020' }, statement: { contains: 'x', startsWith: 'S' },
  reviews: ['ACCEPTED', 'UNREVIEWED'], superseded: true,
  all: [{ statuses: [] }], any: [{ attributedTo: ['actor:b'] }, { predicates: ['BORDERS'] }], not: { origin: 'curated' },
};
const every = claimWhere(EVERY_TEST);
const propertyKeys = [
  ...Object.keys(entityToRow(batch.entities[0])),
  ...Object.keys(claimToRow(batch.claims[0])),
  ...Object.keys(articleToRow(batch.articles[0])),
  // keys of the row maps the writes UNWIND
  'version', 'supersedes', 'eventId', 'placeId', 'actorId', 'objectId', 'fromId', 'toId',
  'quote', 'start', 'end', 'sentence', 'ord', 'claimId', 'entityId', 'text', 'key', 'role', 'type', 'predicate', 'source', 'target',
  // keys of the rows that say what an entity or a claim links to now (the stale… writes)
  'keys', 'participants', 'links', 'evidenceIds', 'edge',
  // the change log
  'seq', 'at', 'change', 'last',
  // curation: reviews, corrections, redirects of merged entities, revisions
  'reviewVerdict', 'reviewNote', 'reviewBy', 'reviewAt', 'supersededBy', 'shown', 'verdict', 'note', 'by', 'to', 'counterpartId', 'locationId',
  'nodeId', 'nodeIds', 'action', 'author', 'before', 'after',
];

const schema = {
  labels: ['Entity', 'Claim', 'Article', 'Evidence', 'Mention', 'SearchKey', 'Change', 'ChangeSequence', 'EntityRedirect', 'Revision', 'Migration'],
  relationshipTypes: ['SUBJECT', 'OBJECT', 'ATTRIBUTED_TO', 'REPORTED_IN', 'HAS_EVIDENCE', 'LINK', 'RELATES', 'PARTICIPANT', 'OCCURRED_IN', 'MENTION_OF', 'KEY_OF', 'SUPERSEDES'],
  propertyKeys: [...new Set(propertyKeys)],
};

/** The parameters the adapter passes to each statement (src/store/neo4j/adapter.ts). */
const PARAMETERS: Record<string, string[]> = {
  'WRITE.change': ['at', 'change', 'keep'],
  'READ.changesAfter': ['after', 'limit'],
  'READ.lastChangeSeq': [],
  'WRITE.articles': ['rows'],
  'WRITE.staleClaims': ['articleIds', 'keepClaimIds'],
  'WRITE.staleMentions': ['articleIds', 'keepMentionIds'],
  'WRITE.entities': ['rows'],
  'WRITE.staleEntityLinks': ['rows'],
  'WRITE.searchKeys': ['rows'],
  'WRITE.participants': ['rows'],
  'WRITE.locatedEvents': ['rows'],
  'WRITE.claims': ['rows'],
  'WRITE.staleClaimLinks': ['rows'],
  'WRITE.claimCore': ['rows'],
  'WRITE.claimObjects': ['rows'],
  'WRITE.attributions': ['rows'],
  'WRITE.evidence': ['rows'],
  'WRITE.links': ['rows'],
  'WRITE.edges': ['rows'],
  'WRITE.mentions': ['rows'],
  'WRITE.reviews': ['rows'],
  'WRITE.supersede': ['rows'],
  'WRITE.revisions': ['rows'],
  'READ.redirects': ['ids'],
  'READ.revisions': ['ids', 'limit'],
  'CHECK.missingEntities': ['ids'],
  'CHECK.missingClaims': ['ids'],
  'CHECK.missingArticles': ['ids'],
  'READ.entities': ['ids'],
  'READ.claims': ['ids'],
  'READ.articles': ['ids'],
  'READ.articleSummaries': ['ids'],
  'READ.articleBodies': ['ids'],
  'READ.evidence': ['ids'],
  'READ.claimLinks': ['ids'],
  'READ.mentions': ['ids'],
  'READ.articleMentions': ['ids'],
  'READ.claimIdsForEntities': ['ids', 'role', 'predicate'],
  'READ.eventIdsForEntities': ['ids', 'limit'],
  'READ.articleIdByHash': ['hash'],
  'READ.articleIdsByUrl': ['url'],
  'READ.timeline': ['about', 'from', 'to', 'after', 'limit'],
  'READ.entityIdsByKeys': ['keys'],
  'READ.search': ['exact', 'prefix', 'skeleton', 'kinds', 'limit'],
  'READ.edgesAround': ['ids', 'limit'],
  'READ.counts': [],
  'READ.ping': [],
  'READ.clearRelationships': [],
  'READ.clearAll': [],
};

const statements: [string, string, string[]][] = [
  ...SCHEMA.map((s, i): [string, string, string[]] => [`SCHEMA[${i}]`, s, []]),
  ...Object.entries({ WRITE, CHECK, READ }).flatMap(([group, entries]) =>
    Object.entries(entries).map(([name, text]): [string, string, string[]] => [`${group}.${name}`, text, PARAMETERS[`${group}.${name}`]]),
  ),
  ...Array.from({ length: MAX_PATH_HOPS }, (_, i): [string, string, string[]] => [`shortestPath(${i + 1})`, shortestPathStatement(i + 1), ['from', 'to']]),
  ['MERGE', MERGE, ['keep', 'merge']],
  ...MIGRATIONS.map(({ id, statement }): [string, string, string[]] => [`migration ${id}`, statement, []]),
  ['MIGRATION.done', MIGRATION.done, ['id']],
  ['MIGRATION.record', MIGRATION.record, ['id', 'at']],
  ['claimsPage, no filter', keysetPageStatement('Claim', []), ['after', 'limit']],
  [
    'claimsPage, every filter',
    keysetPageStatement('Claim', every.where, every.match),
    [...Object.keys(every.params), 'after', 'limit'],
  ],
  ['Query.claims page, no filter', claimsPageStatement([], CLAIM_MATCH.all), ['limit', 'first']],
  [
    'Query.claims page, every filter, everything brought along',
    claimsPageStatement(every.where, every.match, { evidence: true, articles: true, entities: true }),
    [...Object.keys(every.params), 'limit', 'first'],
  ],
  [
    'Query.claims page, every sort key, continued backward',
    claimsPageStatement(every.where, every.match, {}, CLAIM_SORT_FIELDS.map((field, i) => ({ field, descending: i % 2 === 0 })), true, true),
    [...Object.keys(every.params), 'limit', 'first', ...CLAIM_SORT_FIELDS.map((_, i) => `k${i}`)],
  ],
  ['neighbourhood edges, empty filter', filteredEdgesAroundStatement(claimWhereOver({}).where), [...Object.keys(claimWhereOver({}).params), 'ids', 'limit']],
  ['neighbourhood edges, every filter', filteredEdgesAroundStatement(claimWhereOver(EVERY_TEST).where), [...Object.keys(claimWhereOver(EVERY_TEST).params), 'ids', 'limit']],
  ['claimsAggregate, no filter', claimsAggregateStatement([]), []],
  ['claimsAggregate, every filter', claimsAggregateStatement(every.where, every.match), Object.keys(every.params)],
  ['entitiesAggregate', entitiesAggregateStatement(false), ['kind']],
  ['entitiesAggregate by kind', entitiesAggregateStatement(true), ['kind']],
  ['entitiesPage by kind', keysetPageStatement('Entity', ['n.kind = $kind']), ['kind', 'after', 'limit']],
  ['articlesPage', keysetPageStatement('Article', []), ['after', 'limit']],
  ...(['SUBJECT', 'OBJECT', 'ANY', 'ATTRIBUTED_TO', 'ARTICLE'] as const).flatMap((via): [string, string, string[]][] => [
    [`claimPages ${via}, no filter`, claimPagesStatement(via, []), ['ids', 'after', 'limit', 'first']],
    [`claimPages ${via}, every filter`, claimPagesStatement(via, Object.values(CLAIMS_OF_FILTERS)), ['ids', 'predicates', 'after', 'limit', 'first']],
    [`claimPages ${via}, everything brought along`, claimPagesStatement(via, [], { evidence: true, articles: true, entities: true }), ['ids', 'after', 'limit', 'first']],
    [`claimPages ${via}, articles without evidence`, claimPagesStatement(via, [], { articles: true }), ['ids', 'after', 'limit', 'first']],
    [`claimPages ${via}, the parents with everything`, claimPagesStatement(via, [], { evidence: true, articles: true, entities: true, parents: true }), ['ids', 'after', 'limit', 'first']],
    [`claimPages ${via}, the parents alone`, claimPagesStatement(via, [], { parents: true }), ['ids', 'after', 'limit', 'first']],
  ]),
];

describe('Neo4j adapter Cypher', () => {
  it('declares the parameters of every statement', () => {
    const undeclared = statements.filter(([, , params]) => params === undefined).map(([name]) => name);
    expect(undeclared).toEqual([]);
  });

  it.each(statements)('%s passes Neo4j\'s parser and semantic analysis', (_name, text, params) => {
    const { diagnostics } = lintCypherQuery(text, { ...schema, parameters: Object.fromEntries(params.map((p) => [p, null])) });
    expect(diagnostics.map((d) => `${d.message} at ${d.offsets.start}: ${text.slice(d.offsets.start, d.offsets.end)}`)).toEqual([]);
  });

  it('refuses a hop bound outside 1..MAX_PATH_HOPS instead of splicing it', () => {
    expect(() => shortestPathStatement(MAX_PATH_HOPS + 1)).toThrow(RangeError);
    expect(() => shortestPathStatement(0)).toThrow(RangeError);
    expect(() => shortestPathStatement(1.5)).toThrow(RangeError);
  });
});
