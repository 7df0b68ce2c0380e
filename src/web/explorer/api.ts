// The explorer's only way to the data: POST /graphql on the serving origin, JSON in and out.
import {
  CLAIM_EVIDENCE,
  ENTITY_CARDS,
  ENTITY_DETAILS,
  ENTITY_LOCATIONS,
  EVENT_DATES,
  FIND_PATH,
  NEIGHBORHOOD,
  SEARCH_ENTITIES,
  STATEMENTS,
  TIMELINE,
} from './queries.js';
import type {
  ClaimEvidenceQuery,
  ClaimEvidenceQueryVariables,
  ClaimWhere,
  EntityCardsQuery,
  EntityCardsQueryVariables,
  EntityDetailsQuery,
  EntityDetailsQueryVariables,
  EntityLocationsQuery,
  EntityLocationsQueryVariables,
  EventDatesQuery,
  EventDatesQueryVariables,
  FindPathQuery,
  FindPathQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  SearchEntitiesQuery,
  SearchEntitiesQueryVariables,
  StatementsQuery,
  StatementsQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated/operations.js';
import type { EntityCard, EntityLocation, EventDates, Statement, TimelinePage } from './types.js';

const ENDPOINT = '/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one named operation; throws ApiError with the server's message on any error. `apiKey` goes
 * as `x-api-key` (mutations need one).
 */
export async function request<T, V extends Record<string, unknown> = Record<string, unknown>>(
  query: string,
  variables: V,
  signal?: AbortSignal,
  apiKey?: string,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(apiKey ? { 'x-api-key': apiKey } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('The server did not answer; is it running?');
  }
  let body: GraphQLBody<T>;
  try {
    body = (await res.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The server answered ${res.status} without a GraphQL response`);
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(body.errors.map((e) => e.message).join('; '), first.extensions?.code);
  }
  if (!body.data) throw new ApiError(`The server answered ${res.status} with no data`);
  return body.data;
}

/** Most claims the details panel lists for one entity. */
export const CLAIMS_PER_ENTITY = 50;
/** Neighbourhood size asked for on each expand. */
export const EXPAND_FIRST = 50;
export const PATH_MAX_HOPS = 4;
export const SEARCH_FIRST = 20;
/** Timeline events per page; "More events" fetches the next. */
export const TIMELINE_FIRST = 50;
/** Most ids one request may name (the API's bound on `nodes(ids:)` and on `in`). */
const IDS_PER_REQUEST = 100;
/** Most claims about one event the sources table lists. */
export const EVENT_STATEMENTS = 50;

function statements(where: ClaimWhere, first: number, signal?: AbortSignal) {
  return request<StatementsQuery, StatementsQueryVariables>(STATEMENTS, { where, first }, signal).then(
    (d) => ({ statements: d.claims.edges.flatMap((e) => (e.node ? [e.node] : [])), totalCount: d.claims.totalCount }),
  );
}

/** `load` on every IDS_PER_REQUEST ids at once, in parallel, the answers joined. */
async function inChunks<T>(ids: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const pages: Promise<T[]>[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) pages.push(load(ids.slice(i, i + IDS_PER_REQUEST)));
  return (await Promise.all(pages)).flat();
}

/** The statements with these ids (any order; ids the graph does not hold are left out). */
function statementsById(ids: readonly string[], signal?: AbortSignal): Promise<Statement[]> {
  return inChunks(ids, (chunk) => statements({ id: { in: chunk } }, chunk.length, signal).then((p) => p.statements));
}

export const api = {
  search: (text: string, signal?: AbortSignal) =>
    request<SearchEntitiesQuery, SearchEntitiesQueryVariables>(SEARCH_ENTITIES, { text, first: SEARCH_FIRST }, signal).then((d) => d.search),
  entity: (id: string, signal?: AbortSignal) =>
    request<EntityDetailsQuery, EntityDetailsQueryVariables>(ENTITY_DETAILS, { id, claims: CLAIMS_PER_ENTITY }, signal).then((d) => d.entity),
  entityCards: (ids: string[], signal?: AbortSignal) =>
    request<EntityCardsQuery, EntityCardsQueryVariables>(ENTITY_CARDS, { ids }, signal).then((d) =>
      d.nodes.filter((n): n is EntityCard => !!n && 'kind' in n),
    ),
  /** An entity's neighbours and the claims joining them; rejected claims too when `withRejected` (the Review facet shows them). */
  neighborhood: (id: string, withRejected = false, signal?: AbortSignal) =>
    request<NeighborhoodQuery, NeighborhoodQueryVariables>(
      NEIGHBORHOOD,
      { id, hops: 1, first: EXPAND_FIRST, where: withRejected ? { verdict: { in: ['UNREVIEWED', 'ACCEPTED', 'REJECTED'] } } : null },
      signal,
    ).then((d) => d.neighborhood),
  claimEvidence: (id: string, signal?: AbortSignal) =>
    request<ClaimEvidenceQuery, ClaimEvidenceQueryVariables>(CLAIM_EVIDENCE, { id }, signal).then((d) => d.claim),
  statementsById,
  /** The claims about an entity (on either side), as statements. */
  statementsAbout: (id: string, signal?: AbortSignal) => statements({ about: { id: { eq: id } } }, EVENT_STATEMENTS, signal),
  /** Places and events among `ids`, with where they are; other kinds are left out. */
  locations: (ids: readonly string[], signal?: AbortSignal) =>
    inChunks(ids, (chunk) =>
      request<EntityLocationsQuery, EntityLocationsQueryVariables>(ENTITY_LOCATIONS, { ids: chunk }, signal).then((d) =>
        d.nodes.filter((n): n is EntityLocation => !!n && '__typename' in n),
      ),
    ),
  /** Events among `ids`, with their dates; other kinds are left out. */
  eventDates: (ids: readonly string[], signal?: AbortSignal) =>
    inChunks(ids, (chunk) =>
      request<EventDatesQuery, EventDatesQueryVariables>(EVENT_DATES, { ids: chunk }, signal).then((d) =>
        d.nodes.filter((n): n is EventDates => !!n && 'id' in n),
      ),
    ),
  path: (from: string, to: string, signal?: AbortSignal) =>
    request<FindPathQuery, FindPathQueryVariables>(FIND_PATH, { from, to, maxHops: PATH_MAX_HOPS }, signal).then((d) => d.path),
  timeline: (about: string | null, after: string | null, signal?: AbortSignal): Promise<TimelinePage> =>
    request<TimelineQuery, TimelineQueryVariables>(TIMELINE, { about, first: TIMELINE_FIRST, after }, signal).then(({ timeline: t }) => ({
      events: t.edges.map((e) => e.node),
      totalCount: t.totalCount,
      next: t.pageInfo.hasNextPage ? t.pageInfo.endCursor : null,
    })),
};
