// Curation: an analyst's review of a claim, recorded as a revision with the API key's name. The
// playground shows it as the last tab; it needs a key (put yours in the headers pane).
import { gql } from 'graphql-tag';
import type { Question } from './questions.js';

export const curationExamples: Question[] = [
  {
    id: 'review-claim',
    title: 'Curation: accept a claim after checking it, with a note; the answer shows the review and the revision that records who did it (needs an API key in the headers pane)',
    document: gql`
      mutation ReviewClaim($id: ID!, $note: String) {
        reviewClaim(id: $id, verdict: ACCEPTED, note: $note) {
          claim {
            statement
            review { verdict note by at }
            revisions(first: 5) { action author at note before after }
          }
          revision { id }
        }
      }
    `,
    variables: { id: 'claim:ap-2020-11-09-shushi-helicopter:shushi-located-in-nagorno-karabakh', note: 'Checked against the map' },
    headers: { 'x-api-key': '<one of API_KEYS>' },
  },
];
