// Live updates: a subscription a client keeps open (over WebSocket, graphql-ws) while articles are
// ingested or curated. The playground shows them as tabs after the twelve questions.
import { gql } from 'graphql-tag';
import type { Question } from './questions.js';

export const liveExamples: Question[] = [
  {
    id: 'live-claims',
    title: 'Live: new claims about Shushi as articles are ingested, and each new confirmation or contradiction (run it, then ingest an article)',
    document: gql`
      subscription ClaimsAboutShushi($place: ID!) {
        claimAdded(where: { about: { id: { eq: $place } } }) {
          id
          predicate
          status
          statement
          attributedTo { name }
          evidence { quote article { title publisher } }
          contradicts { statement attributedTo { name } }
          confirms { statement attributedTo { name } }
        }
      }
    `,
    variables: { place: 'place:shushi' },
  },
  {
    id: 'live-curation',
    title: "Live: every curator's change (review, correction, merge, alias, coordinates) as it is made (run it, then send a change from the curation tab)",
    document: gql`
      subscription CuratorsAtWork {
        revisionMade {
          action
          author
          at
          note
          nodes
          before
          after
        }
      }
    `,
  },
];
