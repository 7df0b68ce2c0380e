// Live updates: each subscription field maps the hub's events (../live/events.ts) to the graph's
// objects, read from the store for each event.
import type { ClaimRecord } from '../../model/records.js';
import type { ClaimFilter } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import type { ClaimLinkType, Resolvers } from '../generated/resolvers-types.js';
import type { LiveEvent } from '../live/events.js';
import { createLoaders } from '../loaders.js';
import { claimFilter } from './query.js';

/** Whether a claim passes a `ClaimWhere` filter, as the store decides it for `Query.claims`. */
export function claimMatches(filter: ClaimFilter, claim: ClaimRecord): boolean {
  if (filter.subject && claim.subjectId !== filter.subject) return false;
  if (filter.object && claim.objectId !== filter.object) return false;
  if (filter.about && claim.subjectId !== filter.about && claim.objectId !== filter.about) return false;
  if (filter.predicates && !filter.predicates.includes(claim.predicate)) return false;
  if (filter.statuses && !filter.statuses.includes(claim.status)) return false;
  if (filter.attributedTo && !claim.attributedTo.includes(filter.attributedTo)) return false;
  if (filter.article && claim.articleId !== filter.article) return false;
  if (filter.origin && (claim.origin === 'curated') !== (filter.origin === 'curated')) return false;
  return true;
}

type Event<K extends LiveEvent['kind']> = Extract<LiveEvent, { kind: K }>;

/**
 * graphql-js runs a subscription's selection once per event, all with one context: fresh loaders
 * for each event, so nothing written since the last one is served from a stale cache.
 */
function freshLoaders(ctx: ApiContext): ApiContext['loaders'] {
  ctx.loaders = createLoaders(ctx.store);
  return ctx.loaders;
}

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    articleIngested: {
      subscribe: (_root, _args, ctx) => ctx.events.subscribe('articleIngested'),
      resolve: async (event: Event<'articleIngested'>, _args: unknown, ctx: ApiContext) => {
        const article = await freshLoaders(ctx).article.load(event.articleId);
        if (!article) throw new Error(`ingested article ${event.articleId} is missing`);
        return { article, outcome: event.outcome, createdClaims: event.createdClaims };
      },
    },
    claimAdded: {
      // The filter is checked here, so a bad one is refused when subscribing, not at the first event.
      subscribe: (_root, { where }, ctx) => {
        const filter = claimFilter(where);
        return ctx.events.subscribe('claimAdded', (event) => claimMatches(filter, event.claim));
      },
      resolve: async (event: Event<'claimAdded'>, _args: unknown, ctx: ApiContext) => (await freshLoaders(ctx).claim.load(event.claim.id)) ?? event.claim,
    },
    claimLinked: {
      subscribe: (_root, { types }, ctx) => {
        const wanted = new Set<ClaimLinkType>(types ?? ['CONFIRMS', 'CONTRADICTS', 'SAME_AS']);
        return ctx.events.subscribe('claimLinked', (event) => wanted.has(event.type));
      },
      resolve: async (event: Event<'claimLinked'>, _args: unknown, ctx: ApiContext) => {
        const [from, to] = await freshLoaders(ctx).claim.loadMany([event.from, event.to]);
        if (!from || from instanceof Error || !to || to instanceof Error) throw new Error(`linked claims ${event.from} → ${event.to} are missing`);
        return { type: event.type, from, to };
      },
    },
  },
};
