// Entity resolvers: fields every kind shares, then Place, Actor and Event specifics. Every
// related object comes through the request's loaders, so a list of entities costs one store
// call per kind of data, not one per entity.
import type { ClaimRecord, EntityRecord, MentionRecord } from '../../model/records.js';
import { GREAT_CIRCLE_METHOD, greatCircleKm } from '../../model/geo.js';
import type { ClaimRole } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { claimIdsKey } from '../loaders.js';
import { checkFirst, decodeCursor, pageFromIds, toConnection } from '../pagination.js';
import { containmentPredicates } from '../../ingest/data-files.js';
import { checkPredicate } from './arguments.js';

const present = <T>(items: (T | null | Error)[]): T[] => items.filter((x): x is T => x !== null && !(x instanceof Error));

export async function loadEntities(ctx: ApiContext, ids: readonly string[]): Promise<EntityRecord[]> {
  return present(await ctx.loaders.entity.loadMany(ids));
}

export async function loadClaims(ctx: ApiContext, ids: readonly string[]): Promise<ClaimRecord[]> {
  return present(await ctx.loaders.claim.loadMany(ids));
}

/** A page of an entity's claims in one role, as a Relay connection. */
async function claimConnection(
  ctx: ApiContext,
  entityId: string,
  role: ClaimRole,
  args: { predicate?: string | null; first?: number | null; after?: string | null },
) {
  const first = checkFirst(args.first, 20);
  const after = decodeCursor(args.after);
  if (args.predicate) checkPredicate(args.predicate, 'predicate');
  const ids = await ctx.loaders.claimIds.load(claimIdsKey(entityId, role, args.predicate));
  const page = pageFromIds(ids, first, after);
  return toConnection(page, await ctx.loaders.claim.loadMany(page.items).then((r) => r.map((c) => (c instanceof Error ? null : c))), after !== undefined);
}

/** Claims touching an entity with one predicate, as subject or object. */
async function claimsWith(ctx: ApiContext, entityId: string, predicate: string, role: ClaimRole): Promise<ClaimRecord[]> {
  return loadClaims(ctx, await ctx.loaders.claimIds.load(claimIdsKey(entityId, role, predicate)));
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

/** Places reached by following containment claims (LOCATED_IN, CAPITAL_OF …) up (containedIn) or down (contains), nearest first. */
async function containment(ctx: ApiContext, start: EntityRecord, direction: 'up' | 'down', transitive: boolean): Promise<EntityRecord[]> {
  const seen = new Set([start.id]);
  const result: EntityRecord[] = [];
  let frontier = [start.id];
  // Six levels reach from a building to a continent; the bound also stops cycles in bad data.
  for (let depth = 0; depth < (transitive ? 6 : 1) && frontier.length; depth++) {
    const role: ClaimRole = direction === 'up' ? 'SUBJECT' : 'OBJECT';
    const keys = frontier.flatMap((id) => containmentPredicates().map((predicate) => claimIdsKey(id, role, predicate)));
    const idLists = await ctx.loaders.claimIds.loadMany(keys);
    const claims = await loadClaims(ctx, idLists.flatMap((ids) => (Array.isArray(ids) ? ids : [])));
    const next = claims
      .filter((c) => c.status !== 'DENIED')
      .map((c) => (direction === 'up' ? c.objectId : c.subjectId))
      .filter((id): id is string => id !== undefined && !seen.has(id));
    const places = (await loadEntities(ctx, [...new Set(next)])).filter((e) => e.kind === 'PLACE');
    places.forEach((p) => seen.add(p.id));
    result.push(...places);
    frontier = places.map((p) => p.id);
  }
  return result;
}

const shared = {
  claims: (e: EntityRecord, args: { role?: string | null; predicate?: string | null; first?: number | null; after?: string | null }, ctx: ApiContext) =>
    claimConnection(ctx, e.id, (args.role ?? 'ANY') as ClaimRole, args),
  mentions: async (e: EntityRecord, args: { first?: number | null; after?: string | null }, ctx: ApiContext) =>
    mentionConnection(await ctx.loaders.mentions.load(e.id), args),
  related: async (e: EntityRecord, args: { predicate?: string | null; first?: number | null }, ctx: ApiContext) => {
    const first = checkFirst(args.first, 50);
    if (args.predicate) checkPredicate(args.predicate, 'predicate');
    const claims = await loadClaims(ctx, await ctx.loaders.claimIds.load(claimIdsKey(e.id, 'ANY', args.predicate)));
    const links = claims
      .filter((c) => c.objectId !== undefined)
      .map((c) => {
        const outgoing = c.subjectId === e.id;
        return { claim: c, otherId: (outgoing ? c.objectId : c.subjectId) as string, direction: outgoing ? 'OUTGOING' : 'INCOMING' };
      })
      .slice(0, first);
    const others = await ctx.loaders.entity.loadMany(links.map((l) => l.otherId));
    return links.flatMap((l, i) => {
      const entity = others[i];
      return entity && !(entity instanceof Error)
        ? [{ entity, predicate: l.claim.predicate, direction: l.direction as 'OUTGOING' | 'INCOMING', claim: l.claim }]
        : [];
    });
  },
  events: async (e: EntityRecord, _args: unknown, ctx: ApiContext) => loadEntities(ctx, await ctx.loaders.eventIds.load(e.id)),
  counterpart: async (e: EntityRecord, _args: unknown, ctx: ApiContext) => (e.counterpartId ? ctx.loaders.entity.load(e.counterpartId) : null),
};

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (e) => ({ PLACE: 'Place', ACTOR: 'Actor', EVENT: 'Event' } as const)[e.kind],
  },
  Place: {
    claims: shared.claims,
    mentions: shared.mentions,
    related: shared.related,
    events: shared.events,
    counterpart: shared.counterpart,
    location: (p) => (p.location ? { ...p.location } : null),
    containedIn: (p, args, ctx) => containment(ctx, p, 'up', args.transitive ?? false),
    contains: (p, args, ctx) => containment(ctx, p, 'down', args.transitive ?? false),
    distanceTo: async (p, { id }, ctx) => {
      const other = await ctx.loaders.entity.load(id);
      if (!other || other.kind !== 'PLACE') return null;
      const stated = (await claimsWith(ctx, p.id, 'DISTANCE_FROM', 'ANY')).filter(
        (c) => (c.subjectId === p.id && c.objectId === other.id) || (c.subjectId === other.id && c.objectId === p.id),
      );
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
    statements: (a, args, ctx) => claimConnection(ctx, a.id, 'ATTRIBUTED_TO', args),
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
