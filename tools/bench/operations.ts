// The benchmarked operations: what each request sends. Read operations rotate over the graph's
// probes (64 entities, 32 search strings, 16 endpoint pairs 3–4 hops apart) so no single row stays
// hot; every ingest request is a distinct generated article.
import type { Probes } from './synthetic-graph.js';

export type OperationId = 'hello' | 'trivial' | 'entity' | 'oneHop' | 'threeLevel' | 'claimList' | 'search' | 'path4' | 'neighborhood2' | 'ingest';

export interface Operation {
  id: OperationId;
  label: string;
  /** Served by the bare node:http child, not our server. */
  ceiling?: boolean;
  /** Writes (run last: it changes the graph). */
  mutation?: boolean;
  /** Body of the n-th request. */
  body(n: number): string;
}

const json = (query: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query, variables } : { query });

export const QUERIES = {
  trivial: '{ __typename }',
  entity: `query Entity($id: ID!) { entity(id: $id) { id name aliases kind subtype provisional ... on Place { location { lat lon } } ... on Actor { role } } }`,
  oneHop: `query OneHop($id: ID!) { entity(id: $id) { id name related(first: 20) { edges { node { predicate direction entity { id name kind } } } } } }`,
  threeLevel: `query ThreeLevel($id: ID!) { entity(id: $id) { id name claims(first: 20) { totalCount edges { node { id statement status evidence { quote start end article { title } } } } } } }`,
  claimList: `query ClaimList($predicate: Predicate!, $status: ClaimStatus!) { claims(where: { predicate: { eq: $predicate }, status: { eq: $status } }, first: 20) { totalCount edges { node { id statement status } } } }`,
  search: `query Search($text: String!) { search(text: $text, first: 10) { id name kind aliases } }`,
  path4: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { hops nodes { id name } steps { predicate direction claim { id statement } } } }`,
  neighborhood2: `query Neighborhood($id: ID!) { neighborhood(id: $id, hops: 2, first: 50) { truncated nodes { id name kind } edges { source target predicate } } }`,
  ingest: `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome createdClaims createdMentions mergedEntities article { id } } }`,
} as const;

/** Filters of the claim-list operation: predicates the synthetic graph uses, crossed with statuses. */
export const CLAIM_LIST_FILTERS: { predicate: string; status: string }[] = ['CONTROLS', 'BORDERS', 'ATTACKED', 'FIGHTING', 'LOCATED_NEAR', 'DISTANCE_FROM', 'OCCURRED_NEAR', 'PARTICIPATED_IN'].flatMap((predicate) =>
  ['REPORTED', 'CLAIMED', 'CONFIRMED', 'DENIED'].map((status) => ({ predicate, status })),
);

/** A short news article naming entities that exist in the graph, distinct for every n. */
export function ingestArticleInput(probes: Probes, n: number, runTag: string) {
  const places = probes.placeNames.length ? probes.placeNames : ['Stepanakert'];
  const actors = probes.actorNames.length ? probes.actorNames : ['Azerbaijan'];
  const p = (k: number) => places[(n * 7 + k * 13) % places.length];
  const a = (k: number) => actors[(n * 5 + k * 11) % actors.length];
  const day = 1 + (n % 28);
  const text = [
    `${a(0)} said on Monday that its forces had taken control of ${p(0)}, a town near ${p(1)}.`,
    `${p(0)} is about ${10 + (n % 90)}km from ${p(2)}.`,
    `It was not clear whether ${a(1)} had withdrawn from ${p(3)}, officials said.`,
    `Fighting near ${p(1)} killed ${2 + (n % 20)} people, according to ${a(2)}.`,
    `Dispatch ${runTag}-${n}.`,
  ].join(' ');
  return {
    text,
    title: `Fighting near ${p(1)} (${runTag} #${n})`,
    publishedAt: `2021-03-${String(day).padStart(2, '0')}`,
    publisher: 'Bench Wire',
    url: `https://bench.invalid/${runTag}/${n}`,
  };
}

export function operations(probes: Probes, runTag: string): Operation[] {
  const rotate = (bodies: string[]) => (n: number) => bodies[n % bodies.length];
  const ids = probes.entityIds;
  return [
    { id: 'hello', label: 'bare node:http hello (ceiling)', ceiling: true, body: () => json(QUERIES.trivial) },
    { id: 'trivial', label: 'trivial `{ __typename }`', body: () => json(QUERIES.trivial) },
    { id: 'entity', label: 'entity by id', body: rotate(ids.map((id) => json(QUERIES.entity, { id }))) },
    { id: 'oneHop', label: 'one hop: entity → related(first:20)', body: rotate(ids.map((id) => json(QUERIES.oneHop, { id }))) },
    { id: 'threeLevel', label: 'entity → claims(first:20) → evidence → article', body: rotate(ids.map((id) => json(QUERIES.threeLevel, { id }))) },
    { id: 'claimList', label: 'claims(where: predicate + status, first:20) with totalCount', body: rotate(CLAIM_LIST_FILTERS.map((f) => json(QUERIES.claimList, f))) },
    { id: 'search', label: 'search(text:)', body: rotate(probes.searchTexts.map((text) => json(QUERIES.search, { text }))) },
    { id: 'path4', label: 'path, endpoints 3–4 hops apart (maxHops 4)', body: rotate(probes.paths.map((p) => json(QUERIES.path4, { from: p.from, to: p.to }))) },
    { id: 'neighborhood2', label: 'neighborhood(hops: 2, first: 50)', body: rotate(probes.neighbourhoodIds.map((id) => json(QUERIES.neighborhood2, { id }))) },
    { id: 'ingest', label: 'ingestArticle (distinct article each)', mutation: true, body: (n) => json(QUERIES.ingest, { input: ingestArticleInput(probes, n, runTag) }) },
  ];
}

/** Checks that a response answered the operation (no GraphQL errors, a non-empty answer). */
export function checkResponse(op: OperationId, status: number, body: unknown): string | null {
  if (status !== 200) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`;
  const b = body as { data?: Record<string, any>; errors?: unknown[] };
  if (b.errors?.length) return `GraphQL errors: ${JSON.stringify(b.errors).slice(0, 300)}`;
  const d = b.data ?? {};
  switch (op) {
    case 'hello':
    case 'trivial':
      return d.__typename === 'Query' ? null : 'no __typename';
    case 'entity':
    case 'oneHop':
    case 'threeLevel':
      return d.entity ? null : 'entity is null (probe id unknown?)';
    case 'claimList':
      return typeof d.claims?.totalCount === 'number' ? null : 'no claims connection';
    case 'search':
      return Array.isArray(d.search) ? null : 'no search result';
    case 'path4':
      return d.path && d.path.hops >= 3 ? null : `path not found or shorter than 3 hops: ${JSON.stringify(d.path)?.slice(0, 120)}`;
    case 'neighborhood2':
      return d.neighborhood?.nodes?.length ? null : 'empty neighbourhood';
    case 'ingest':
      return d.ingestArticle?.outcome === 'CREATED' ? null : `ingest outcome ${d.ingestArticle?.outcome}`;
  }
}
