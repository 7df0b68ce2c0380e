// Entity resolvers: fields every kind shares, then Place, Actor and Event specifics. Every
// related object comes through the request's loaders, so a list of entities costs one store
// call per kind of data, not one per entity.
import type { ClaimRecord, EntityRecord, MentionRecord } from '../../model/records.js';
import { GREAT_CIRCLE_METHOD, greatCircleKm } from '../../model/geo.js';
import { getArgumentValues, type GraphQLResolveInfo, isInterfaceType } from 'graphql';
import type { ClaimPageInclude, ClaimRole, ClaimSortField, ClaimsOf, SortedPage, SortedPageRequest } from '../../store/port.js';
import { claimPageInclude, selectedFieldNodes, selectedFields } from '../lookahead.js';
import type { ApiContext } from '../context.js';
import type { ClaimSort, ClaimWhere, Resolvers } from '../generated/resolvers-types.js';
import { claimPageKey, eventIdsKey, primeAlong } from '../loaders.js';
import { checkFirst, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageFromIds, toConnection } from '../pagination.js';
import { containmentPredicates } from '../../model/vocabulary.js';
import { checkPredicate } from './arguments.js';
import { claimConnectionOf, claimCursorKey, claimFilter, claimSort } from './claim-where.js';

const present = <T>(items: (T | null | Error)[]): T[] => items.filter((x): x is T => x !== null && !(x instanceof Error));

export async function loadEntities(ctx: ApiContext, ids: readonly string[]): Promise<EntityRecord[]> {
  return present(await ctx.loaders.entity.loadMany(ids));
}

export async function loadClaims(ctx: ApiContext, ids: readonly string[]): Promise<ClaimRecord[]> {
  return present(await ctx.loaders.claim.loadMany(ids));
}

/**
 * One page of a parent's claims (an entity's in a role, or an article's), batched with the other
 * parents asking alike; the claims' records, and what `include` names, are loaded with it.
 */
export function claimPageOf(ctx: ApiContext, parentId: string, of: ClaimsOf, page: SortedPageRequest<ClaimSortField>, include?: ClaimPageInclude): Promise<SortedPage> {
  return ctx.loaders.claimPage.load(claimPageKey(parentId, of, page, include));
}

/** What a nested claim connection takes: a page forward, a filter and a sort, as `Query.claims` does. */
export interface ClaimConnectionArgs {
  first?: number | null;
  after?: string | null;
  where?: ClaimWhere | null;
  sort?: ClaimSort[] | null;
}

/** The store's request for a claim connection's page, its arguments checked (BAD_USER_INPUT when wrong). */
function claimPageRequest(of: ClaimsOf, args: ClaimConnectionArgs) {
  const first = checkFirst(args.first, 20);
  const sort = claimSort(args.sort);
  const from = claimCursorKey(args.after, sort, 'after');
  const filter = claimFilter(args.where);
  return { of: Object.keys(filter).length ? { ...of, filter } : of, page: { first, sort, from } };
}

/** A page of a parent's claims as a Relay connection, bringing along what the request selects on them. */
export async function claimConnection(ctx: ApiContext, parentId: string, of: ClaimsOf, args: ClaimConnectionArgs, info: GraphQLResolveInfo) {
  const request = claimPageRequest(of, args);
  const page = await claimPageOf(ctx, parentId, request.of, request.page, claimPageInclude(info, ['edges', 'node']));
  return claimConnectionOf(page, await ctx.loaders.claim.loadMany(page.items), request.page.sort, { from: request.page.from });
}

type EntityClaimsArgs = ClaimConnectionArgs & { role?: string | null; predicate?: string | null };

/** Which of an entity's claims `Entity.claims` asks for: one role, optionally one predicate. */
function entityClaimsOf(args: EntityClaimsArgs): ClaimsOf {
  if (args.predicate) checkPredicate(args.predicate, 'predicate');
  return { via: (args.role ?? 'ANY') as ClaimRole, ...(args.predicate ? { predicates: [args.predicate] } : {}) };
}

/** Entity.related's arguments. */
type RelatedArgs = { predicate?: string | null; first?: number | null; after?: string | null };

/**
 * Entity.related's page: the linked claims on either side, with what is selected below `at` (the
 * related field's path from the field being resolved) brought along: the claims' own selection,
 * and the entities at the other ends.
 */
function relatedPageRequest(args: RelatedArgs, info: GraphQLResolveInfo, at: readonly string[]) {
  const first = checkFirst(args.first, 50);
  const after = decodeCursor(args.after);
  if (args.predicate) checkPredicate(args.predicate, 'predicate');
  const of: ClaimsOf = { via: 'ANY', linked: true, ...(args.predicate ? { predicates: [args.predicate] } : {}) };
  const onClaims = claimPageInclude(info, [...at, 'edges', 'node', 'claim']);
  const include = { ...onClaims, entities: onClaims.entities || selectedFields(info, [...at, 'edges', 'node']).has('entity') };
  return { of, page: { first, from: after === undefined ? undefined : [after] }, include };
}

/** The page requests Query.entity may read ahead, by the Entity field that asks for them. */
const AHEAD = {
  claims: (args: EntityClaimsArgs, info: GraphQLResolveInfo) => ({ ...claimPageRequest(entityClaimsOf(args), args), include: claimPageInclude(info, ['claims', 'edges', 'node']) }),
  related: (args: RelatedArgs, info: GraphQLResolveInfo) => relatedPageRequest(args, info, ['related']),
} as const;

/**
 * Query.entity (and node, nodes for an entity id) asking for the entity's claims or related
 * entities (one such field below it): that page is read first with the entity's own record
 * brought along, one store call where there would be two; the page is kept in the loader under
 * the key the field asks with. Arguments that cannot be used are left for the field to report; a
 * failed read likewise surfaces where the fields ask again.
 */
export async function prefetchEntityPage(ctx: ApiContext, id: string, info: GraphQLResolveInfo): Promise<void> {
  const entity = info.schema.getType('Entity');
  if (!isInterfaceType(entity)) return;
  for (const name of ['claims', 'related'] as const) {
    const nodes = selectedFieldNodes(info, name);
    if (nodes.length !== 1) continue;
    try {
      const args = getArgumentValues(entity.getFields()[name], nodes[0], info.variableValues);
      const request = AHEAD[name](args, info);
      await claimPageOf(ctx, id, request.of, request.page, { ...request.include, parents: true });
    } catch {
      // Reported by the fields themselves, which ask again.
    }
    return;
  }
}

const mentionKey = (m: MentionRecord) => `${m.articleId}#${String(m.start).padStart(10, '0')}#${m.entityId}`;

/** Mentions as a Relay connection, keyed by article and position. */
export function mentionConnection(mentions: MentionRecord[], args: { first?: number | null; after?: string | null }) {
  const first = checkFirst(args.first, 20);
  const after = decodeCursor(args.after);
  const byKey = new Map(mentions.map((m) => [mentionKey(m), m]));
  const keys = [...byKey.keys()].sort();
  const page = pageFromIds(keys, first, after);
  return toConnection(page, page.items.map((k) => byKey.get(k) ?? null), after !== undefined);
}

/**
 * Places reached by following containment claims (LOCATED_IN, CAPITAL_OF …) up (containedIn) or
 * down (contains), nearest first, at most `first` of them: one store call per level for the whole
 * frontier, each place's claims read at most `first` at a time.
 */
async function containment(ctx: ApiContext, start: EntityRecord, direction: 'up' | 'down', transitive: boolean, first: number): Promise<EntityRecord[]> {
  const seen = new Set([start.id]);
  const result: EntityRecord[] = [];
  let frontier = [start.id];
  const of: ClaimsOf = { via: direction === 'up' ? 'SUBJECT' : 'OBJECT', predicates: containmentPredicates() };
  // Six levels reach from a building to a continent; the bound also stops cycles in bad data.
  for (let depth = 0; depth < (transitive ? 6 : 1) && frontier.length && result.length < first; depth++) {
    const pages = await Promise.all(frontier.map((id) => claimPageOf(ctx, id, of, { first }, { entities: true })));
    const claims = await loadClaims(ctx, pages.flatMap((p) => p.items));
    const next = claims
      .filter((c) => c.status !== 'DENIED')
      .map((c) => (direction === 'up' ? c.objectId : c.subjectId))
      .filter((id): id is string => id !== undefined && !seen.has(id));
    const places = (await loadEntities(ctx, [...new Set(next)])).filter((e) => e.kind === 'PLACE').slice(0, first - result.length);
    places.forEach((p) => seen.add(p.id));
    result.push(...places);
    frontier = places.map((p) => p.id);
  }
  return result;
}

/** Entities linked to this one by a claim, a page of linking claims at a time (cursor: the claim id). */
async function relatedConnection(ctx: ApiContext, e: EntityRecord, args: RelatedArgs, info: GraphQLResolveInfo) {
  const { of, page: request, include } = relatedPageRequest(args, info, []);
  const page = await claimPageOf(ctx, e.id, of, request, include);
  const claims = await loadClaims(ctx, page.items);
  const links = claims.map((c) => {
    const outgoing = c.subjectId === e.id;
    return { claim: c, otherId: (outgoing ? c.objectId : c.subjectId) as string, direction: outgoing ? ('OUTGOING' as const) : ('INCOMING' as const) };
  });
  const others = await ctx.loaders.entity.loadMany(links.map((l) => l.otherId));
  const edges = links.flatMap((l, i) => {
    const entity = others[i];
    return entity && !(entity instanceof Error)
      ? [{ cursor: encodeCursor(l.claim.id), node: { entity, predicate: l.claim.predicate, direction: l.direction, claim: l.claim } }]
      : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.from !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

const shared = {
  claims: (e: EntityRecord, args: EntityClaimsArgs, ctx: ApiContext, info: GraphQLResolveInfo) => claimConnection(ctx, e.id, entityClaimsOf(args), args, info),
  mentions: async (e: EntityRecord, args: { first?: number | null; after?: string | null }, ctx: ApiContext) =>
    mentionConnection(await ctx.loaders.mentions.load(e.id), args),
  related: (e: EntityRecord, args: RelatedArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
    relatedConnection(ctx, e, args, info),
  events: async (e: EntityRecord, args: { first?: number | null }, ctx: ApiContext) =>
    loadEntities(ctx, await ctx.loaders.eventIds.load(eventIdsKey(e.id, checkFirst(args.first, 50)))),
  counterpart: async (e: EntityRecord, _args: unknown, ctx: ApiContext) => (e.counterpartId ? ctx.loaders.entity.load(e.counterpartId) : null),
};

/** The GraphQL type of each entity kind. */
export const TYPE_OF_KIND = { PLACE: 'Place', ACTOR: 'Actor', EVENT: 'Event', THING: 'Thing' } as const;

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (e) => TYPE_OF_KIND[e.kind],
  },
  Place: {
    claims: shared.claims,
    mentions: shared.mentions,
    related: shared.related,
    events: shared.events,
    counterpart: shared.counterpart,
    location: (p) => (p.location ? { ...p.location } : null),
    containedIn: (p, args, ctx) => containment(ctx, p, 'up', args.transitive ?? false, checkFirst(args.first, 50)),
    contains: (p, args, ctx) => containment(ctx, p, 'down', args.transitive ?? false, checkFirst(args.first, 50)),
    distanceTo: async (p, { id }, ctx) => {
      const other = await ctx.loaders.entity.load(id);
      if (!other || other.kind !== 'PLACE') return null;
      // Both directions, each a page as large as any: stated distances between one pair are few.
      const pages = await Promise.all(
        [
          { subject: p.id, object: other.id },
          { subject: other.id, object: p.id },
        ].map((pair) => ctx.store.claimsPage({ ...pair, predicates: ['DISTANCE_FROM'] }, { first: MAX_PAGE_SIZE })),
      );
      pages.forEach((page) => primeAlong(ctx.loaders, page));
      const stated = await loadClaims(ctx, [...new Set(pages.flatMap((page) => page.items))].sort());
      const computedKm = p.location && other.location ? greatCircleKm(p.location, other.location) : null;
      return { computedKm, stated, method: GREAT_CIRCLE_METHOD, from: p, to: other };
    },
  },
  Actor: {
    claims: shared.claims,
    mentions: shared.mentions,
    related: shared.related,
    events: shared.events,
    counterpart: shared.counterpart,
    statements: (a, args, ctx, info) => claimConnection(ctx, a.id, { via: 'ATTRIBUTED_TO' }, args, info),
  },
  Thing: {
    claims: shared.claims,
    mentions: shared.mentions,
    related: shared.related,
    events: shared.events,
  },
  Event: {
    claims: shared.claims,
    mentions: shared.mentions,
    related: shared.related,
    date: (e) => e.date ?? null,
    endDate: (e) => e.endDate ?? null,
    location: async (e, _args, ctx) => (e.locationId ? ctx.loaders.entity.load(e.locationId) : null),
    participants: async (e, _args, ctx) => {
      const participants = e.participants ?? [];
      const entities = await ctx.loaders.entity.loadMany(participants.map((p) => p.entityId));
      return participants.flatMap((p, i) => {
        const entity = entities[i];
        return entity && !(entity instanceof Error) ? [{ role: p.role, entity }] : [];
      });
    },
  },
  Mention: {
    article: async (m, _args, ctx) => (await ctx.loaders.article.load(m.articleId)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.article.load>>>,
    entity: async (m, _args, ctx) => (await ctx.loaders.entity.load(m.entityId)) as EntityRecord,
  },
};
