// Beyond the twelve questions: counts for a dashboard. The playground shows these as tabs after the
// live example.
import { gql } from 'graphql-tag';
import type { Question } from './questions.js';

export const analysisExamples: Question[] = [
  {
    id: 'aggregates',
    title: 'Counts: claims about Shushi by status, predicate, source and day; entities by kind',
    document: gql`
      query ClaimCounts($place: ID!) {
        claimsAggregate(where: { about: $place }) {
          count
          byStatus { status count }
          byPredicate(first: 10) { predicate count }
          bySource { source count }
          byDay { day count }
        }
        entitiesAggregate { count byKind { kind count } }
      }
    `,
    variables: { place: 'place:shushi' },
  },
];
