// Beyond the twelve questions: filters and sorting, counts for a dashboard, search hits with what they matched. The playground shows these as tabs after the
// live example.
import { gql } from 'graphql-tag';
import type { Question } from './questions.js';

export const analysisExamples: Question[] = [
  {
    id: 'filter-sort',
    title: 'Filter and sort: what actors claimed or denied about places, least certain first, a page at a time',
    document: gql`
      query ContestedClaims($first: Int, $after: String) {
        claims(
          where: {
            status: { in: [CLAIMED, DENIED] }
            OR: [{ object: { kind: { eq: PLACE } } }, { subject: { kind: { eq: PLACE } } }]
            NOT: { origin: { eq: EXTRACTED } }
          }
          sort: [{ confidence: ASC }, { statedOn: DESC }]
          first: $first
          after: $after
        ) {
          totalCount
          edges { node { statement status confidence statedOn { value } attributedTo { name } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    `,
    variables: { first: 5 },
  },
  {
    id: 'aggregates',
    title: 'Counts: claims about Shushi by status, predicate, source and day; entities by kind',
    document: gql`
      query ClaimCounts($place: ID!) {
        claimsAggregate(where: { about: { id: { eq: $place } } }) {
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
  {
    id: 'search-hits',
    title: 'Search: every entity spelled like "Shusha", with how it matched and the spelling it matched',
    document: gql`
      query SearchSpellings($text: String!) {
        searchHits(text: $text, first: 10) {
          edges { node { score match matched entity { id name kind } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    `,
    variables: { text: 'Shusha' },
  },
];
