// Placeholder: the twelve questions from the API contract land here (issue 4).
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';

export interface Question {
  /** Short id, used as the playground tab name and in tests. */
  id: string;
  /** The question in plain words. */
  title: string;
  document: DocumentNode;
  variables?: Record<string, unknown>;
}

export const questions: Question[] = [
  {
    id: 'search-shusha',
    title: 'Find Shushi by another spelling',
    document: gql`
      query SearchShusha {
        search(text: "Shusha") {
          id
          name
          aliases
        }
      }
    `,
  },
];
