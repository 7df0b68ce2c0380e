// Root fields: lookups, lists, search, and the graph questions (path, neighbourhood, timeline).
import type { GraphQLResolveInfo } from 'graphql';
import { loadVocabulary } from '../../model/vocabulary.js';
import { type ArticleSummary, type ClaimRecord, ENTITY_KINDS, type EntityKind, type EntityRecord } from '../../model/records.js';
import { MATCH_KINDS, matchedLabel, normalizeName, skeletonKey } from '../../model/search-keys.js';
import type { ClaimFilter, EdgeRecord } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import { badUserInput } from '../errors.js';
import type { Predicate, Resolvers } from '../generated/resolvers-types.js';
import { checkFirst, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toConnection } from '../pagination.js';
import { checkHops, checkIsoDate, checkMaxHops, checkPredicate, MAX_IDS } from './arguments.js';
import { loadEntities, prefetchEntityPage, TYPE_OF_KIND } from './entity.js';
import { primeAlong } from '../loaders.js';
import { claimPageInclude } from '../lookahead.js';
import { claimConnectionOf, claimFilter, claimPaging, claimSort } from './claim-where.js';

type NodeRecord = EntityRecord | ClaimRecord | ArticleSummary;

/**
 * Ids say what they name (place:…, claim:…, article:…), so one lookup finds any node. An entity
 * asked for with its claims or related entities comes with that page in one store call, as
 * Query.entity does (Relay clients refetch through node and nodes).
 */
async function loadNode(ctx: ApiContext, id: string, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
  const prefix = id.slice(0, id.indexOf(':'));
  if ((ENTITY_KINDS as readonly string[]).includes(prefix.toUpperCase())) {
    await prefetchEntityPage(ctx, id, info);
    return ctx.loaders.entity.load(id);
  }
  if (prefix === 'claim') return ctx.loaders.claim.load(id);
  if (prefix === 'article') return ctx.loaders.article.load(id);
  return null;
}

const nullOnError = <T>(items: (T | null | Error)[]): (T | null)[] => items.map((x) => (x instanceof Error ? null : x));

/** How far `searchHits` pages: its cursors are positions in the ranked list, not keys. */
const MAX_SEARCH_HITS = 1_000;
const SEARCH_CURSOR = 'search#';

/** The position after which a `searchHits` page starts, from its `after` cursor. */
function searchOffset(after: string | null | undefined): number {
  const decoded = decodeCursor(after);
  if (decoded === undefined) return 0;
  const offset = decoded.startsWith(SEARCH_CURSOR) ? Number(decoded.slice(SEARCH_CURSOR.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badUserInput('"after" is not a cursor of searchHits: pass the endCursor (or an edge\'s cursor) of a previous searchHits page', 'after');
  if (offset >= MAX_SEARCH_HITS) throw badUserInput(`searchHits pages through the first ${MAX_SEARCH_HITS} hits only; narrow the text or the kinds`, 'after');
  return offset;
}

/** The store's ranked hits for `text`: exact, prefix, word prefix, then the phonetic skeleton (model/search-keys). */
async function searchStore(ctx: ApiContext, text: string, kinds: readonly EntityKind[] | null | undefined, limit: number) {
  const normal = normalizeName(text);
  if (!normal) throw badUserInput('"text" must contain at least one letter or digit', 'text');
  const skeleton = skeletonKey(text);
  return ctx.store.search(
    { exact: [normal], prefix: normal, skeleton: skeleton.replace(/ /g, '').length >= 3 ? `~${skeleton}` : '' },
    kinds ? [...kinds] : undefined,
    limit,
  );
}

/** Orient the store's undirected path from `from`: each step leaves the entity the last one reached. */
function orientPath(from: string, edges: EdgeRecord[]) {
  let at = from;
  return edges.map((e) => {
    const outgoing = e.source === at;
    const step = { fromId: at, toId: outgoing ? e.target : e.source, predicate: e.predicate, claimId: e.claimId, direction: outgoing ? 'OUTGOING' : 'INCOMING' } as const;
    at = step.toId;
    return step;
  });
}

/** Edges looked up per hop; beyond this a hub's neighbourhood is cut and marked truncated. */
const EDGES_PER_HOP = 1000;

export const queryResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => {
      const record = node as NodeRecord;
      if ('kind' in record) return TYPE_OF_KIND[record.kind];
      if ('predicate' in record) return 'Claim';
      return 'Article';
    },
  },
  Query: {
    node: (_root, { id }, ctx, info) => loadNode(ctx, id, info),
    nodes: async (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_IDS) throw badUserInput(`"ids" takes at most ${MAX_IDS} ids, got ${ids.length}`, 'ids');
      return Promise.all(ids.map((id) => loadNode(ctx, id, info)));
    },
    entity: async (_root, { id }, ctx, info) => {
      await prefetchEntityPage(ctx, id, info);
      return ctx.loaders.entity.load(id);
    },
    claim: async (_root, { id }, ctx) => ctx.loaders.claim.load(id),
    article: async (_root, { id }, ctx) => ctx.loaders.article.load(id),
    search: async (_root, { text, kinds, first }, ctx) => {
      const hits = await searchStore(ctx, text, kinds, checkFirst(first, 10));
      return loadEntities(ctx, hits.map((h) => h.id));
    },
    searchHits: async (_root, { text, kinds, first, after }, ctx) => {
      const size = checkFirst(first, 10);
      const offset = searchOffset(after);
      // One more than the page, to know whether another follows.
      const hits = (await searchStore(ctx, text, kinds, offset + size + 1)).slice(offset);
      const page = hits.slice(0, size);
      const entities = await loadEntities(ctx, page.map((h) => h.id));
      const byId = new Map(entities.map((e) => [e.id, e]));
      const edges = page.flatMap((hit, i) => {
        const entity = byId.get(hit.id);
        if (!entity) return [];
        const match = MATCH_KINDS[hit.rank] ?? 'SIMILAR';
        return [{ cursor: encodeCursor(`${SEARCH_CURSOR}${offset + i + 1}`), node: { entity, score: 1 - 0.25 * MATCH_KINDS.indexOf(match), match, matched: matchedLabel([entity.name, ...entity.aliases], text, hit.rank) } }];
      });
      return {
        edges,
        pageInfo: {
          hasNextPage: hits.length > size && offset + size < MAX_SEARCH_HITS,
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    entities: async (_root, { kind, first, after }, ctx) => {
      const size = checkFirst(first, 20);
      const cursor = decodeCursor(after);
      const page = await ctx.store.entitiesPage(kind ?? undefined, { first: size, after: cursor });
      return toConnection(page, nullOnError(await ctx.loaders.entity.loadMany(page.items)), cursor !== undefined);
    },
    claims: async (_root, args, ctx, info) => {
      const sort = claimSort(args.sort);
      const paging = claimPaging(args, sort, info);
      const page = await ctx.store.claimsPage(claimFilter(args.where), { ...paging, sort }, claimPageInclude(info, ['edges', 'node']));
      primeAlong(ctx.loaders, page);
      return claimConnectionOf(page, await ctx.loaders.claim.loadMany(page.items), sort, paging);
    },
    articles: async (_root, { first, after }, ctx) => {
      const size = checkFirst(first, 20);
      const cursor = decodeCursor(after);
      const page = await ctx.store.articlesPage({ first: size, after: cursor });
      return toConnection(page, nullOnError(await ctx.loaders.article.loadMany(page.items)), cursor !== undefined);
    },
    path: async (_root, { from, to, maxHops }, ctx) => {
      const hops = checkMaxHops(maxHops ?? 4);
      const edges = await ctx.store.shortestPath(from, to, hops);
      if (!edges) return null;
      const steps = orientPath(from, edges);
      const nodeIds = [from, ...steps.map((s) => s.toId)];
      const [entities, claims] = await Promise.all([ctx.loaders.entity.loadMany(nodeIds), ctx.loaders.claim.loadMany(steps.map((s) => s.claimId))]);
      const nodes = entities.map((e) => (e instanceof Error ? null : e));
      if (nodes.some((n) => n === null)) return null;
      return {
        hops: steps.length,
        nodes: nodes as EntityRecord[],
        steps: steps.map((s, i) => ({
          from: nodes[i] as EntityRecord,
          to: nodes[i + 1] as EntityRecord,
          predicate: s.predicate,
          direction: s.direction,
          claim: claims[i] as ClaimRecord,
        })),
      };
    },
    neighborhood: async (_root, { id, hops, first, where }, ctx) => {
      const depth = checkHops(hops ?? 1);
      const limit = checkFirst(first, 50, 'first', MAX_PAGE_SIZE);
      // Without `where`, the graph's materialised edges; with it, the claims it matches.
      const filter = where ? claimFilter(where) : undefined;
      const centre = await ctx.loaders.entity.load(id);
      if (!centre) return { nodes: [], edges: [], truncated: false };
      // Breadth first, one batched store call per hop; nodes nearest the centre are kept first.
      const included = new Set([id]);
      const edges = new Map<string, EdgeRecord>();
      let frontier = [id];
      let truncated = false;
      for (let hop = 0; hop < depth && frontier.length; hop++) {
        const around = await ctx.store.edgesAround(frontier, EDGES_PER_HOP, filter);
        if (around.length >= EDGES_PER_HOP) truncated = true;
        const next: string[] = [];
        for (const e of around) {
          for (const end of [e.source, e.target]) {
            if (included.has(end)) continue;
            if (included.size >= limit) {
              truncated = true;
              continue;
            }
            included.add(end);
            next.push(end);
          }
          if (included.has(e.source) && included.has(e.target)) edges.set(e.claimId, e);
        }
        frontier = next;
      }
      // Each edge's claim is read by Edge.claim, only when asked for.
      return { nodes: await loadEntities(ctx, [...included]), edges: [...edges.values()], truncated };
    },
    timeline: async (_root, { about, from, to, first, after }, ctx) => {
      const filter = { about: about ?? undefined, from: checkIsoDate(from, 'from'), to: checkIsoDate(to, 'to') };
      const size = checkFirst(first, 50);
      const cursor = decodeCursor(after);
      const page = await ctx.store.timeline(filter, { first: size, after: cursor });
      const events = nullOnError(await ctx.loaders.entity.loadMany(page.items)).map((e) => (e?.kind === 'EVENT' ? e : null));
      return toConnection(page, events, cursor !== undefined);
    },
    predicates: () =>
      [...loadVocabulary().entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, spec]) => ({
          name: name as Predicate,
          description: spec.description,
          objectKind: spec.object.toUpperCase() as 'ENTITY' | 'QUANTITY' | 'NONE',
          quantity: (spec.quantity?.toUpperCase() ?? 'NONE') as 'REQUIRED' | 'OPTIONAL' | 'NONE',
          symmetric: spec.symmetric ?? false,
        })),
    stats: (_root, _args, ctx) => ctx.store.counts(),
    claimsAggregate: (_root, { where }, ctx) => ctx.store.claimsAggregate(claimFilter(where)),
    entitiesAggregate: (_root, { kind }, ctx) => ctx.store.entitiesAggregate(kind ?? undefined),
  },
};
