// Writes: ingesting an article. Refused input is BAD_USER_INPUT naming the field; nothing is written.
import type { ArticleSummary } from '../../model/records.js';
import { ArticleInputError } from '../../ingest/article/validate-input.js';
import { type IngestResult, ingestArticle } from '../../ingest/ingest.js';
import { NlpUnavailableError } from '../../ingest/nlp/corenlp.js';
import { badUserInput, nlpUnavailable } from '../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { LiveEvent } from '../live/events.js';

const OUTCOME = { created: 'CREATED', unchanged: 'UNCHANGED', 'new-version': 'NEW_VERSION' } as const;

/** What subscribers hear of a committed ingest: the article, each claim, each link to an earlier claim. */
function liveEvents(result: IngestResult, article: ArticleSummary): LiveEvent[] {
  const source = { publishedAt: article.publishedAt, publisher: article.publisher };
  return [
    { kind: 'articleIngested', articleId: result.articleId, outcome: result.outcome === 'new-version' ? 'NEW_VERSION' : 'CREATED', createdClaims: result.claims.length },
    ...result.claims.map((claim): LiveEvent => ({ kind: 'claimAdded', claim, article: source })),
    ...result.claims.flatMap((claim) => claim.links.map((link): LiveEvent => ({ kind: 'claimLinked', type: link.type, from: claim.id, to: link.targetId }))),
  ];
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_root, { input }, ctx) => {
      let result;
      try {
        result = await ingestArticle(ctx.store, input, ctx.nlp);
      } catch (error) {
        if (error instanceof ArticleInputError) throw badUserInput(error.message, `input.${error.field}`);
        if (error instanceof NlpUnavailableError) throw nlpUnavailable(error.message);
        throw error;
      }
      const article = await ctx.store.getArticles([result.articleId]).then(([a]) => a);
      if (!article) throw new Error(`ingested article ${result.articleId} is missing`);
      if (result.outcome !== 'unchanged') ctx.events.publish(liveEvents(result, article));
      return {
        article,
        outcome: OUTCOME[result.outcome],
        curated: result.curated,
        createdEntities: result.created.entities,
        createdClaims: result.created.claims,
        createdMentions: result.created.mentions,
        mergedEntities: result.merged.entities,
        mergedAliases: result.merged.aliases,
        skippedClaims: result.skipped.claims,
        corroborations: result.corroborations,
        contradictions: result.contradictions,
      };
    },
  },
};
