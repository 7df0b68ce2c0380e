// The twelve questions of the API contract, each answered by one request. Front-end developers
// can copy these; the end-to-end tests and the playground's tabs use them as they are.
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';

export interface Question {
  /** Short id, used by tests. */
  id: string;
  /** The question in plain words (the playground shows it above the query). */
  title: string;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  /** Request headers the playground tab starts with (a write's API key placeholder). */
  headers?: Record<string, string>;
}

const SEED_ARTICLE = 'article:ap-2020-11-09-shushi-helicopter';

export const questions: Question[] = [
  {
    id: 'places',
    title: '1. Which places does the article mention, with coordinates and what contains them?',
    document: gql`
      query PlacesInArticle($article: ID!) {
        article(id: $article) {
          title
          mentionedEntities(kinds: [PLACE]) {
            id
            name
            ... on Place {
              subtype
              location { lat lon source precision }
              containedIn(transitive: true) { id name }
            }
          }
        }
      }
    `,
    variables: { article: SEED_ARTICLE },
  },
  {
    id: 'overlooks',
    title: '2. What overlooks Stepanakert, and what exact sentence says so?',
    document: gql`
      query WhatOverlooksStepanakert {
        claims(where: { object: { id: { eq: "place:stepanakert" } }, predicate: { eq: OVERLOOKS } }) {
          edges {
            node {
              statement
              subject { id name }
              status
              evidence { quote start end sentence article { title } }
            }
          }
        }
      }
    `,
  },
  {
    id: 'base-distance',
    title: "3. How far was Russia's base in Armenia from where the helicopter was shot down, and who says so?",
    document: gql`
      query BaseDistance {
        claims(where: { subject: { id: { eq: "place:russian-military-base-in-armenia" } }, predicate: { eq: DISTANCE_FROM } }) {
          edges {
            node {
              statement
              object { name }
              quantity { value unit approximate }
              status
              attributedTo { name }
              article { publisher publishedAt }
              evidence { quote }
            }
          }
        }
        base: entity(id: "place:russian-military-base-in-armenia") {
          name
          source
          ... on Place { distanceTo(id: "place:helicopter-shootdown-site") { computedKm method } }
        }
      }
    `,
  },
  {
    id: 'shushi-taken',
    title: '4. Who claimed that Azerbaijani forces had taken Shushi, on which day, and who confirmed it, where?',
    document: gql`
      query WhoClaimedShushi {
        claims(where: { predicate: { eq: TOOK_CONTROL_OF }, status: { eq: CLAIMED } }) {
          edges {
            node {
              statement
              status
              attributedTo { name ... on Actor { role } }
              statedOn { value precision expression }
              evidence { quote }
              confirmedBy {
                statement
                status
                attributedTo { name ... on Actor { role } }
                statedOn { value precision }
                statedVia
                evidence { quote }
              }
            }
          }
        }
      }
    `,
  },
  {
    id: 'uncertain',
    title: '5. What does the article leave uncertain or unexplained?',
    document: gql`
      query Uncertain($article: ID!) {
        claims(where: { status: { eq: UNCERTAIN }, article: { id: { eq: $article } } }) {
          totalCount
          edges { node { statement predicate attributedTo { name } evidence { quote } } }
        }
      }
    `,
    variables: { article: SEED_ARTICLE },
  },
  {
    id: 'defence-ministry',
    title: "6. What did Russia's defence ministry say about the helicopter, and what did it not clarify?",
    document: gql`
      query DefenceMinistry {
        entity(id: "actor:russian-defence-ministry") {
          name
          ... on Actor {
            statements(first: 20) {
              edges { node { statement predicate status statedOn { value } evidence { quote } } }
            }
          }
        }
      }
    `,
  },
  {
    id: 'path',
    title: '7. What is the shortest chain of claims connecting Ilham Aliyev to Stepanakert?',
    document: gql`
      query AliyevToStepanakert {
        path(from: "actor:ilham-aliyev", to: "place:stepanakert", maxHops: 4) {
          hops
          nodes { id name }
          steps {
            from { name }
            predicate
            direction
            to { name }
            claim { statement status attributedTo { name } evidence { quote } }
          }
        }
      }
    `,
  },
  {
    id: 'timeline',
    title: '8. What happened, in date order, and where?',
    document: gql`
      query Timeline {
        timeline(first: 50) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              name
              eventType
              date { value precision expression }
              location { name }
              participants { role entity { name } }
              fatalities
            }
          }
        }
      }
    `,
  },
  {
    id: 'by-actor',
    title: '9. For each actor, the claims attributed to it.',
    document: gql`
      query ClaimsByActor {
        entities(kind: ACTOR, first: 100) {
          edges {
            node {
              id
              name
              ... on Actor {
                statements(first: 20) {
                  totalCount
                  edges { node { statement status } }
                }
              }
            }
          }
        }
      }
    `,
  },
  {
    id: 'distance',
    title: '10. For Shushi and Stepanakert: the distance the article states, beside the distance computed from coordinates.',
    document: gql`
      query ShushiStepanakertDistance {
        entity(id: "place:shushi") {
          name
          ... on Place {
            distanceTo(id: "place:stepanakert") {
              computedKm
              method
              stated { statement quantity { value unit approximate } qualifiers { key value } evidence { quote } }
            }
          }
        }
      }
    `,
  },
  {
    id: 'neighborhood',
    title: '11. Everything within two hops of Shushi, as nodes and edges a graph view can draw.',
    document: gql`
      query AroundShushi {
        neighborhood(id: "place:shushi", hops: 2, first: 100) {
          truncated
          nodes { id name kind }
          edges { source target predicate claim { id status } }
        }
      }
    `,
  },
  {
    id: 'confirmed',
    title: "12. Which claims has a second party confirmed (and who), and which stand as one party's claim only?",
    document: gql`
      query ConfirmedOrNot {
        claimed: claims(where: { status: { eq: CLAIMED } }, first: 50) {
          totalCount
          edges {
            node {
              statement
              attributedTo { name }
              confirmedBy { statement attributedTo { name } statedVia }
            }
          }
        }
      }
    `,
  },
];
