// Writes: ingesting an article. Refused input is BAD_USER_INPUT naming the field; nothing is written.
import { ArticleInputError } from '../../ingest/article/validate-input.js';
import { ingestArticle } from '../../ingest/ingest.js';
import { NlpUnavailableError } from '../../ingest/nlp/corenlp.js';
import { badUserInput, nlpUnavailable } from '../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const OUTCOME = { created: 'CREATED', unchanged: 'UNCHANGED', 'new-version': 'NEW_VERSION' } as const;

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
