// The peer: the same Neo4j graph served through @neo4j/graphql 7 (tools/bench/peer-server.ts), and
// the query shapes asked of both servers side by side. The type definitions map the labels,
// relationship types and properties our Neo4j adapter writes (src/store/neo4j/statements.ts).
import type { Probes } from './synthetic-graph.js';
import { CLAIM_LIST_FILTERS, QUERIES } from './operations.js';

/**
 * Evidence has no relationship to its article in our graph, only an `articleId` property: the peer
 * reaches the article with a @cypher field, @neo4j/graphql's way to follow a property join.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]!
    kind: String!
    subtype: String!
    provisional: Boolean!
    role: String
    lat: Float
    lon: Float
    related: [Entity!]! @relationship(type: "RELATES", direction: OUT, queryDirection: UNDIRECTED, properties: "Relates")
    subjectOf: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
  }

  type Relates @relationshipProperties {
    predicate: String!
    source: String!
    target: String!
    claimId: String!
  }

  type Claim @node(labels: ["Claim"]) {
    id: ID!
    predicate: String!
    statement: String!
    status: String!
    evidence: [Evidence!]! @relationship(type: "HAS_EVIDENCE", direction: OUT)
  }

  type Evidence @node(labels: ["Evidence"]) {
    id: ID!
    quote: String!
    start: Int!
    end: Int!
    articleId: String!
    article: Article @cypher(statement: "MATCH (a:Article {id: this.articleId}) RETURN a", columnName: "a")
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String
  }
`;

export type PeerShapeId = 'entity' | 'oneHop' | 'threeLevel' | 'claimList';

export interface PeerShape {
  id: PeerShapeId;
  label: string;
  /** Body of the n-th request to our server. */
  ours(n: number): string;
  /** Body of the n-th request to the peer, asking for the same data. */
  peer(n: number): string;
  /** Null when the peer answered the shape, else what is wrong. */
  checkPeer(status: number, body: unknown): string | null;
}

const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/**
 * Our three-level query asks for claims with the entity as SUBJECT here (the peer's relationship
 * field follows one relationship type), so both servers fetch the same claims.
 */
const OURS_THREE_LEVEL_SUBJECT = `query ThreeLevel($id: ID!) { entity(id: $id) { id name claims(role: SUBJECT, first: 20) { totalCount edges { node { id statement status evidence { quote start end article { title } } } } } } }`;

const PEER = {
  entity: `query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id name aliases kind subtype provisional role lat lon } }`,
  oneHop: `query OneHop($id: ID!) { entities(where: { id: { eq: $id } }) { id name relatedConnection(first: 20) { edges { properties { predicate source target } node { id name kind } } } } }`,
  threeLevel: `query ThreeLevel($id: ID!) { entities(where: { id: { eq: $id } }) { id name subjectOfConnection(first: 20, sort: [{ node: { id: ASC } }]) { totalCount edges { node { id statement status evidence { quote start end article { title } } } } } } }`,
  claimList: `query ClaimList($predicate: String!, $status: String!) { claimsConnection(where: { predicate: { eq: $predicate }, status: { eq: $status } }, first: 20, sort: [{ id: ASC }]) { totalCount edges { node { id statement status } } } }`,
} as const;

export function peerShapes(probes: Probes): PeerShape[] {
  const ids = probes.entityIds;
  const byId = (query: string) => (n: number) => json(query, { id: ids[n % ids.length] });
  const byFilter = (query: string) => (n: number) => json(query, CLAIM_LIST_FILTERS[n % CLAIM_LIST_FILTERS.length]);
  const check = (field: string, one: boolean) => (status: number, body: unknown) => {
    if (status !== 200) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`;
    const b = body as { data?: Record<string, any>; errors?: unknown[] };
    if (b.errors?.length) return `GraphQL errors: ${JSON.stringify(b.errors).slice(0, 300)}`;
    const d = b.data?.[field];
    if (one) return Array.isArray(d) && d.length === 1 ? null : `expected one ${field}: ${JSON.stringify(d)?.slice(0, 120)}`;
    return typeof d?.totalCount === 'number' ? null : `no ${field} connection`;
  };
  return [
    { id: 'entity', label: 'entity by id', ours: byId(QUERIES.entity), peer: byId(PEER.entity), checkPeer: check('entities', true) },
    { id: 'oneHop', label: 'one hop: entity → related(first:20) with names', ours: byId(QUERIES.oneHop), peer: byId(PEER.oneHop), checkPeer: check('entities', true) },
    { id: 'threeLevel', label: 'entity → claims as subject(first:20) → evidence → article title', ours: byId(OURS_THREE_LEVEL_SUBJECT), peer: byId(PEER.threeLevel), checkPeer: check('entities', true) },
    { id: 'claimList', label: 'claims(predicate + status, first:20) with totalCount', ours: byFilter(QUERIES.claimList), peer: byFilter(PEER.claimList), checkPeer: check('claimsConnection', false) },
  ];
}
