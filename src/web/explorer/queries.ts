// Every GraphQL operation the explorer sends, in one place. The explorer is the reference
// front-end client of the public API: it talks to POST /graphql only, with these named
// operations and variables (never string-built queries). Plain strings rather than
// graphql-tag keeps the parser out of the browser bundle; the browser test parses and
// validates each of them against the server's schema.

/** What the graph view and the lists need to show an entity. */
export const ENTITY_CARD = /* GraphQL */ `
  fragment EntityCard on Entity {
    id
    name
    kind
    subtype
  }
`;

/** One claim as the details panel, the path finder and the evidence view show it. */
export const CLAIM_SUMMARY = /* GraphQL */ `
  fragment ClaimSummary on Claim {
    id
    predicate
    statement
    status
    confidence
    subject { ...EntityCard }
    object { ...EntityCard }
    quantity { value unit approximate }
    attributedTo { id name }
    statedOn { value precision expression }
    statedVia
    confirms { id statement status }
    confirmedBy { id statement status }
    contradicts { id statement status }
    contradictedBy { id statement status }
  }
`;

/** One curator's change, as the revision histories list it (before/after say what changed). */
export const REVISION_ENTRY = /* GraphQL */ `
  fragment RevisionEntry on Revision {
    id
    action
    author
    at
    note
    before
    after
  }
`;

/** A claim's review and its history (the newest 20 changes, the schema's default), for the review controls. */
export const CLAIM_REVIEW_STATE = /* GraphQL */ `
  fragment ClaimReviewState on Claim {
    id
    review { verdict note by at }
    revisions { ...RevisionEntry }
  }
`;

/** A claim as a graph edge: what it says and what the filter panel's claim facets read. */
export const CLAIM_FACETS = /* GraphQL */ `
  fragment ClaimFacets on Claim {
    id
    status
    statement
    confidence
    origin { kind }
    review { verdict }
    evidence { article { id publisher publishedAt } }
  }
`;

/** A reviewed claim with what its edge needs, so the graph can draw it again at once when accepted. */
export const CLAIM_EDGE = /* GraphQL */ `
  fragment ClaimEdge on Claim {
    predicate
    subject { id }
    object { id }
    ...ClaimFacets
  }
`;

export const SEARCH_ENTITIES = /* GraphQL */ `
  query SearchEntities($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      ...EntityCard
      aliases
    }
  }
  ${ENTITY_CARD}
`;

export const ENTITY_DETAILS = /* GraphQL */ `
  query EntityDetails($id: ID!, $claims: Int!) {
    entity(id: $id) {
      ...EntityCard
      aliases
      description
      provisional
      source
      ... on Place {
        location { lat lon source precision }
      }
      ... on Actor {
        role
      }
      ... on Event {
        eventType
        date { value precision expression }
        endDate { value precision expression }
        fatalities
        # Aliased: Place.location (a coordinate) and Event.location (a place) differ in type.
        place: location { ...EntityCard }
        participants { role entity { ...EntityCard } }
      }
      claims(first: $claims) {
        totalCount
        edges { node { ...ClaimSummary } }
      }
      revisions { ...RevisionEntry }
    }
  }
  ${CLAIM_SUMMARY}
  ${ENTITY_CARD}
  ${REVISION_ENTRY}
`;

/** Several entities at once (restoring a shared URL, adding a timeline event to the graph). */
export const ENTITY_CARDS = /* GraphQL */ `
  query EntityCards($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...EntityCard
    }
  }
  ${ENTITY_CARD}
`;

export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($id: ID!, $hops: Int!, $first: Int!, $where: ClaimWhere) {
    neighborhood(id: $id, hops: $hops, first: $first, where: $where) {
      truncated
      nodes { ...EntityCard }
      edges {
        source
        target
        predicate
        claim { ...ClaimFacets }
      }
    }
  }
  ${CLAIM_FACETS}
  ${ENTITY_CARD}
`;

/** A claim with its evidence, each quote inside the full text of its article. */
export const CLAIM_EVIDENCE = /* GraphQL */ `
  query ClaimEvidence($id: ID!) {
    claim(id: $id) {
      ...ClaimSummary
      evidence {
        quote
        start
        end
        sentence
        caption
        article {
          id
          title
          publisher
          publishedAt
          url
          text
          sentences { index start end caption }
        }
      }
      ...ClaimReviewState
    }
  }
  ${CLAIM_SUMMARY}
  ${ENTITY_CARD}
  ${CLAIM_REVIEW_STATE}
  ${REVISION_ENTRY}
`;

/**
 * Claims matching a filter, each as one source's statement with its links and citations: the
 * sources table (a claim, the claims linked to it, the claims about an event) and the exports.
 */
export const STATEMENTS = /* GraphQL */ `
  query Statements($where: ClaimWhere!, $first: Int!) {
    claims(where: $where, first: $first) {
      totalCount
      edges {
        node {
          id
          predicate
          statement
          status
          confidence
          subject { ...EntityCard }
          object { ...EntityCard }
          attributedTo { id name }
          statedOn { value precision expression }
          statedVia
          confirms { id }
          confirmedBy { id }
          contradicts { id }
          contradictedBy { id }
          sameAs { id }
          evidence {
            quote
            sentenceText
            article { id title publisher publishedAt url }
          }
        }
      }
    }
  }
  ${ENTITY_CARD}
`;

/** Where places and events are: a place's coordinates, an event's place and its coordinates (the map). */
export const ENTITY_LOCATIONS = /* GraphQL */ `
  query EntityLocations($ids: [ID!]!) {
    nodes(ids: $ids) {
      # __typename tells the generated Place and Event shapes apart.
      ... on Place {
        __typename
        id
        name
        kind
        location { lat lon }
      }
      ... on Event {
        __typename
        id
        name
        kind
        # Aliased: Place.location (a coordinate) and Event.location (a place) differ in type.
        place: location { id name location { lat lon } }
      }
    }
  }
`;

/** When events happened (the time axis). */
export const EVENT_DATES = /* GraphQL */ `
  query EventDates($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Event {
        id
        name
        date { value precision expression }
        endDate { value precision expression }
      }
    }
  }
`;

export const FIND_PATH = /* GraphQL */ `
  query FindPath($from: ID!, $to: ID!, $maxHops: Int!) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      hops
      nodes { ...EntityCard }
      steps {
        from { id name }
        to { id name }
        predicate
        direction
        claim { ...ClaimFacets }
      }
    }
  }
  ${CLAIM_FACETS}
  ${ENTITY_CARD}
`;

export const TIMELINE = /* GraphQL */ `
  query Timeline($about: ID, $first: Int, $after: String) {
    timeline(about: $about, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          ...EntityCard
          date { value precision expression }
          endDate { value precision expression }
          location { id name }
        }
      }
    }
  }
  ${ENTITY_CARD}
`;

/** A curator's verdict on a claim (needs an API key); answers the claim's new review and history, and its edge. */
export const REVIEW_CLAIM = /* GraphQL */ `
  mutation ReviewClaim($id: ID!, $verdict: Verdict!, $note: String) {
    reviewClaim(id: $id, verdict: $verdict, note: $note) {
      claim { ...ClaimReviewState ...ClaimEdge }
      revision { id }
    }
  }
  ${CLAIM_REVIEW_STATE}
  ${REVISION_ENTRY}
  ${CLAIM_EDGE}
  ${CLAIM_FACETS}
`;

/** A new name for an entity (needs an API key). */
export const ADD_ALIAS = /* GraphQL */ `
  mutation AddAlias($id: ID!, $alias: String!, $note: String) {
    addAlias(id: $id, alias: $alias, note: $note) {
      entity { id aliases }
      revision { id }
    }
  }
`;

/** `merge` made part of `keep` (needs an API key); answers the kept entity as the graph draws it. */
export const MERGE_ENTITIES = /* GraphQL */ `
  mutation MergeEntities($keep: ID!, $merge: ID!, $note: String) {
    mergeEntities(keep: $keep, merge: $merge, note: $note) {
      entity { ...EntityCard }
      movedClaims
      movedMentions
      revision { id }
    }
  }
  ${ENTITY_CARD}
`;

/** DISTANCE_FROM claims touching any of these places (the map looks for pairs it shows both ends of). */
export const DISTANCE_CLAIMS = /* GraphQL */ `
  query DistanceClaims($places: [ID!]!, $first: Int!, $after: String) {
    claims(where: { predicate: { eq: DISTANCE_FROM }, about: { id: { in: $places } } }, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id subject { id } object { id } } }
    }
  }
`;

/** Two places' stated distances beside the great-circle one (the map's distance lines). */
export const PLACE_DISTANCE = /* GraphQL */ `
  query PlaceDistance($from: ID!, $to: ID!) {
    entity(id: $from) {
      ... on Place {
        distanceTo(id: $to) {
          computedKm
          stated {
            id
            statement
            status
            subject { id }
            object { id }
            quantity { value unit approximate }
          }
        }
      }
    }
  }
`;

/** When claims were stated (the time axis marks the dated ones). */
export const CLAIM_DATES = /* GraphQL */ `
  query ClaimDates($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Claim {
        id
        statement
        statedOn { value precision expression }
      }
    }
  }
`;

/** All operations by name (the browser test validates each against the schema). */
export const OPERATIONS = {
  SearchEntities: SEARCH_ENTITIES,
  EntityDetails: ENTITY_DETAILS,
  EntityCards: ENTITY_CARDS,
  Neighborhood: NEIGHBORHOOD,
  ClaimEvidence: CLAIM_EVIDENCE,
  Statements: STATEMENTS,
  EntityLocations: ENTITY_LOCATIONS,
  EventDates: EVENT_DATES,
  FindPath: FIND_PATH,
  Timeline: TIMELINE,
  ReviewClaim: REVIEW_CLAIM,
  AddAlias: ADD_ALIAS,
  MergeEntities: MERGE_ENTITIES,
  DistanceClaims: DISTANCE_CLAIMS,
  PlaceDistance: PLACE_DISTANCE,
  ClaimDates: CLAIM_DATES,
} as const;
