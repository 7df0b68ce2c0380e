// graphql-codegen config: resolver types generated from the SDL under schema/ (the single source of
// truth). Run with `npm run codegen`; tests/api/schema.unit.test.ts fails when the output is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const records = '../../model/records.js';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
        contextType: '../context.js#ApiContext',
        // The custom scalars travel as strings (src/api/scalars.ts); JSON is a revision's before/after.
        scalars: { Date: 'string', DateTime: 'string', URL: 'string', JSON: 'unknown' },
        // Resolver parents are the store's records, not the GraphQL shapes.
        mappers: {
          Entity: `${records}#EntityRecord`,
          Place: `${records}#EntityRecord`,
          Actor: `${records}#EntityRecord`,
          Event: `${records}#EntityRecord`,
          Claim: `${records}#ClaimRecord`,
          Article: `${records}#ArticleSummary`,
          Evidence: `${records}#EvidenceRecord`,
          Mention: `${records}#MentionRecord`,
          Thing: `${records}#EntityRecord`,
          Media: `${records}#MediaRecord`,
          Revision: `${records}#RevisionRecord`,
          Edge: '../../store/port.js#EdgeRecord',
          ClaimsAggregate: '../../store/port.js#ClaimsAggregateRecord',
          EntitiesAggregate: '../../store/port.js#EntitiesAggregateRecord',
        },
      },
    },
    // The explorer's answers, typed from its operations (src/web/explorer/queries.ts) against the
    // same SDL, so a selection and its TypeScript shape cannot drift apart.
    'src/web/explorer/generated/operations.ts': {
      documents: 'src/web/explorer/queries.ts',
      plugins: ['typescript-operations'],
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', URL: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
