// Curation over GraphQL: the mutations of src/curate, the review and correction fields of a claim,
// and every node's revisions. Refused input is BAD_USER_INPUT naming the argument; nothing is written.
import { GraphQLError } from 'graphql';
import { addAlias, correctClaim, CurationInputError, mergeEntities, reviewClaim, setLocation, type CurationOptions } from '../../curate/curate.js';
import { badUserInput, UNAUTHENTICATED } from '../errors.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { MAX_REVISIONS } from '../loaders.js';
import { checkFirst } from '../pagination.js';

/** Who is writing: the auth plugin names the key before any mutation runs. */
function curator(ctx: ApiContext, note: string | null | undefined): CurationOptions {
  if (!ctx.author) throw new GraphQLError('Curation needs an API key: send it as "Authorization: Bearer <key>" or "x-api-key: <key>".', { extensions: { code: UNAUTHENTICATED } });
  return { author: ctx.author, note };
}

async function curating<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CurationInputError) throw badUserInput(error.message, error.field);
    throw error;
  }
}

/** A node's revisions, newest first, `first` of them. */
async function revisions(ctx: ApiContext, id: string, first: number | null | undefined) {
  const limit = checkFirst(first, 20, 'first', MAX_REVISIONS);
  return (await ctx.loaders.revisions.load(id)).slice(0, limit);
}

const revisionsField = { revisions: (node: { id: string }, args: { first?: number | null }, ctx: ApiContext) => revisions(ctx, node.id, args.first) };

export const curationResolvers: Resolvers = {
  Mutation: {
    reviewClaim: (_root, { id, verdict, note }, ctx) =>
      curating(async () => {
        const { result, revision } = await reviewClaim(ctx.store, { id: id, verdict }, curator(ctx, note));
        return { claim: result, revision };
      }),
    correctClaim: (_root, { id, correction, note }, ctx) =>
      curating(async () => {
        const { result, revision } = await correctClaim(ctx.store, { id: id, correction }, curator(ctx, note));
        return { ...result, revision };
      }),
    mergeEntities: (_root, { keep, merge, note }, ctx) =>
      curating(async () => {
        const { result, revision } = await mergeEntities(ctx.store, { keep: keep, merge: merge }, curator(ctx, note));
        return { ...result, revision };
      }),
    addAlias: (_root, { id, alias, note }, ctx) =>
      curating(async () => {
        const { result, revision } = await addAlias(ctx.store, { id: id, alias }, curator(ctx, note));
        return { entity: result, revision };
      }),
    setLocation: (_root, { id, lat, lon, source, precision, note }, ctx) =>
      curating(async () => {
        const { result, revision } = await setLocation(ctx.store, { id: id, lat, lon, source, precision }, curator(ctx, note));
        return { entity: result, revision };
      }),
  },
  Revision: {
    nodes: (r) => r.nodeIds,
    note: (r) => r.note ?? null,
    before: (r) => r.before ?? null,
    after: (r) => r.after ?? null,
  },
  ClaimReview: {
    note: (r) => r.note ?? null,
  },
  Claim: {
    ...revisionsField,
    review: (c) => c.review ?? null,
    supersedes: (c, _args, ctx) => (c.supersedes ? ctx.loaders.claim.load(c.supersedes) : null),
    supersededBy: (c, _args, ctx) => (c.supersededBy ? ctx.loaders.claim.load(c.supersededBy) : null),
  },
  Place: revisionsField,
  Actor: revisionsField,
  Event: revisionsField,
  Thing: revisionsField,
  Article: revisionsField,
};
