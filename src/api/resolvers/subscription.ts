// Live updates: each subscription field maps the hub's events (../live/events.ts) to the graph's
// objects, read from the store for each event.
import { type ClaimRecord, type EntityKind, kindPrefix } from '../../model/records.js';
import type { ClaimFilter, OneOrMany, Range, TextTest } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import type { ClaimLinkType, Resolvers } from '../generated/resolvers-types.js';
import type { LiveEvent } from '../live/events.js';
import { createLoaders } from '../loaders.js';
import { MAX_IDS } from './arguments.js';
import { claimFilter } from './claim-where.js';
import { badUserInput } from '../errors.js';

const anyOf = (value: OneOrMany<string>, actual: string | undefined) => actual !== undefined && (typeof value === 'string' ? value === actual : value.includes(actual));
const ofKind = (kinds: readonly EntityKind[], id: string | undefined) => id !== undefined && kinds.some((k) => id.startsWith(kindPrefix(k)));

/** A value within bounds; dates are compared at the bound's precision, as the stores compare them. */
function within<T extends string | number>(range: Range<T>, value: T | undefined): boolean {
  if (value === undefined) return false;
  const at = (bound: T) => (typeof bound === 'string' ? (String(value).slice(0, bound.length) as T) : value);
  const { eq, gt, gte, lt, lte } = range;
  return (eq === undefined || at(eq) === eq) && (gt === undefined || at(gt) > gt) && (gte === undefined || at(gte) >= gte) && (lt === undefined || at(lt) < lt) && (lte === undefined || at(lte) <= lte);
}

function passes(test: TextTest, value: string | undefined): boolean {
  if (value === undefined) return false;
  return (!test.in || test.in.includes(value)) && (test.contains === undefined || value.includes(test.contains)) && (test.startsWith === undefined || value.startsWith(test.startsWith));
}

/** Whether a new claim passes a `ClaimWhere` filter, as the stores decide it for `Query.claims`. */
export function claimMatches(f: ClaimFilter, claim: ClaimRecord, article: { publishedAt?: string; publisher?: string }): boolean {
  const checks = [
    !f.ids || f.ids.includes(claim.id),
    !f.subject || anyOf(f.subject, claim.subjectId),
    !f.object || anyOf(f.object, claim.objectId),
    !f.about || anyOf(f.about, claim.subjectId) || anyOf(f.about, claim.objectId),
    !f.subjectKinds || ofKind(f.subjectKinds, claim.subjectId),
    !f.objectKinds || ofKind(f.objectKinds, claim.objectId),
    !f.aboutKinds || ofKind(f.aboutKinds, claim.subjectId) || ofKind(f.aboutKinds, claim.objectId),
    !f.predicates || f.predicates.includes(claim.predicate),
    !f.statuses || f.statuses.includes(claim.status),
    !f.attributedTo || claim.attributedTo.some((id) => anyOf(f.attributedTo as OneOrMany<string>, id)),
    !f.article || anyOf(f.article, claim.articleId),
    !f.publishedAt || within(f.publishedAt, article.publishedAt),
    !f.publisher || passes(f.publisher, article.publisher),
    !f.origin || (claim.origin === 'curated') === (f.origin === 'curated'),
    !f.confidence || within(f.confidence, claim.confidence),
    !f.statedOn || within(f.statedOn, claim.statedOn?.value),
    !f.statement || passes(f.statement, claim.statement),
    !f.reviews || f.reviews.includes(claim.review?.verdict ?? 'UNREVIEWED'),
    f.superseded === undefined || f.superseded === (claim.supersededBy !== undefined),
    (f.all ?? []).every((sub) => claimMatches(sub, claim, article)),
    !f.any || f.any.some((sub) => claimMatches(sub, claim, article)),
    !f.not || !claimMatches(f.not, claim, article),
  ];
  return checks.every(Boolean);
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
        return ctx.events.subscribe('claimAdded', (event) => claimMatches(filter, event.claim, event.article));
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
    revisionMade: {
      subscribe: (_root, { nodes, actions }, ctx) => {
        if (nodes && nodes.length > MAX_IDS) throw badUserInput(`"nodes" takes at most ${MAX_IDS} ids, got ${nodes.length}`, 'nodes');
        const ids = nodes ? new Set<string>(nodes) : undefined;
        const kinds = actions ? new Set<string>(actions) : undefined;
        return ctx.events.subscribe('revisionMade', ({ revision }) => (!ids || revision.nodeIds.some((id) => ids.has(id))) && (!kinds || kinds.has(revision.action)));
      },
      // The revision is the event: it never changes once made.
      resolve: (event: Event<'revisionMade'>) => event.revision,
    },
  },
};
