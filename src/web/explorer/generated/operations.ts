/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Conditions on the article reporting a claim; all given must hold. */
export type ClaimArticleWhere = {
  /** The article's id. */
  id?: IdWhere | null | undefined;
  /** The article's publication day. */
  publishedAt?: DateWhere | null | undefined;
  /** The article's publisher. */
  publisher?: StringWhere | null | undefined;
};

/** Conditions on an entity on one side of a claim; all given must hold. */
export type ClaimEntityWhere = {
  /** The entity's id. */
  id?: IdWhere | null | undefined;
  /** The entity's kind. */
  kind?: EntityKindWhere | null | undefined;
};

/** Conditions on an actor a claim is attributed to. */
export type ClaimSpeakerWhere = {
  /** The actor's id. */
  id?: IdWhere | null | undefined;
};

/** The stance of a statement in its own source. */
export type ClaimStatus =
  /** A party says so; unverified (e.g. "Aliyev claimed …"). */
  | 'CLAIMED'
  /** A party confirms what another said (see `Claim.confirms`). */
  | 'CONFIRMED'
  /** A party denies it. */
  | 'DENIED'
  /** The article states it in its own voice. */
  | 'REPORTED'
  /** The source leaves it open ("it was not clear whether …"); these are what the article leaves unexplained. */
  | 'UNCERTAIN';

/** Tests on a claim status; all given must hold. */
export type ClaimStatusWhere = {
  /** This status. */
  eq?: ClaimStatus | null | undefined;
  /** Any of these statuses (an empty list matches nothing). */
  in?: Array<ClaimStatus> | null | undefined;
};

/**
 * Filter for claims, in @neo4j/graphql 7 style: each field takes an operator object
 * (`{ predicate: { in: [OVERLOOKS, LOCATED_NEAR] }, subject: { kind: { eq: PLACE } } }`); all given
 * fields must hold; `AND`, `OR` and `NOT` combine filters. Omitted or null fields do not filter.
 */
export type ClaimWhere = {
  /** Every one of these filters holds. */
  AND?: Array<ClaimWhere> | null | undefined;
  /** This filter does not hold. */
  NOT?: ClaimWhere | null | undefined;
  /** At least one of these filters holds (an empty list matches nothing). */
  OR?: Array<ClaimWhere> | null | undefined;
  /** An entity on either side of the claim (subject or object). */
  about?: ClaimEntityWhere | null | undefined;
  /** The article reporting the claim: its id, publication day or publisher. */
  article?: ClaimArticleWhere | null | undefined;
  /** An actor the claim is attributed to (among others). */
  attributedTo?: ClaimSpeakerWhere | null | undefined;
  /** How surely the text asserts the claim, 0 to 1. */
  confidence?: FloatWhere | null | undefined;
  /** The claim's id. */
  id?: IdWhere | null | undefined;
  /** The claim's object: its id or kind (claims without an object entity never match). */
  object?: ClaimEntityWhere | null | undefined;
  /** Curated or extracted. */
  origin?: OriginWhere | null | undefined;
  /** The claim's predicate. */
  predicate?: PredicateWhere | null | undefined;
  /**
   * Claims with any of these predicates.
   * @deprecated Use `predicate: { in: [...] }`; removed in the next release.
   */
  predicate_IN?: Array<string> | null | undefined;
  /** The day the statement was made, at the precision known (claims without one never match). */
  statedOn?: DateWhere | null | undefined;
  /** The claim's readable sentence. */
  statement?: StringWhere | null | undefined;
  /** The claim's status. */
  status?: ClaimStatusWhere | null | undefined;
  /**
   * Claims with any of these statuses.
   * @deprecated Use `status: { in: [...] }`; removed in the next release.
   */
  status_IN?: Array<ClaimStatus> | null | undefined;
  /** The claim's subject: its id or kind. */
  subject?: ClaimEntityWhere | null | undefined;
  /** true: only claims a correction replaced; false: only current ones. Unless a filter names `superseded` somewhere, superseded claims are left out. */
  superseded?: boolean | null | undefined;
  /** The curator's review. Unless a filter names `verdict` somewhere, rejected claims are left out. */
  verdict?: ReviewStateWhere | null | undefined;
};

/** How exact a date is. */
export type DatePrecision =
  /** An estimate ("about six weeks ago"); `value` is the best guess. */
  | 'APPROXIMATE'
  /** The exact day is known. */
  | 'DAY'
  /** Known to the month. */
  | 'MONTH'
  /** Known to within a week. */
  | 'WEEK'
  /** Known to the year. */
  | 'YEAR';

/**
 * Bounds on a date; all given must hold. A bound of reduced precision covers its whole period:
 * `{ lte: "2020-11" }` includes 30 November 2020, `{ eq: "2020" }` any day of 2020.
 */
export type DateWhere = {
  /** Within this day, month or year. */
  eq?: string | null | undefined;
  /** After this day, month or year. */
  gt?: string | null | undefined;
  /** On or after the start of this day, month or year. */
  gte?: string | null | undefined;
  /** Before this day, month or year. */
  lt?: string | null | undefined;
  /** On or before the end of this day, month or year. */
  lte?: string | null | undefined;
};

/** Which way a relation runs, seen from the entity you asked about. */
export type Direction =
  /** This entity is the claim's object (other -[predicate]-> this entity). */
  | 'INCOMING'
  /** This entity is the claim's subject (this entity -[predicate]-> other). */
  | 'OUTGOING';

/** The kinds of entity. */
export type EntityKind =
  /** Someone who acts or speaks: state, government body, armed force, person, organisation, media outlet, population group. */
  | 'ACTOR'
  /** Something that happened, with a type, a date and a place. */
  | 'EVENT'
  /** A location: country, region, city, exclave, border, military base, road, site. */
  | 'PLACE'
  /** A physical object the story turns on: an aircraft, a drone, a convoy, vehicles, equipment, a flag or sign. */
  | 'THING';

/** Tests on an entity kind; all given must hold. */
export type EntityKindWhere = {
  /** This kind. */
  eq?: EntityKind | null | undefined;
  /** Any of these kinds (an empty list matches nothing). */
  in?: Array<EntityKind> | null | undefined;
};

/** Bounds on a number; all given must hold. */
export type FloatWhere = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
};

/** How exact a coordinate is (ACLED geo precision, spelled out). */
export type GeoPrecision =
  /** A city or town centre. */
  | 'CITY'
  /** A point standing for a whole country. */
  | 'COUNTRY'
  /** The exact spot. */
  | 'EXACT'
  /** A point standing for a region or province. */
  | 'REGION';

/** Tests on an id, in @neo4j/graphql 7 style; all given must hold. */
export type IdWhere = {
  /** Equal to this id. */
  eq?: string | number | null | undefined;
  /** Any of these ids (at most 100; an empty list matches nothing). */
  in?: Array<string | number> | null | undefined;
};

/** How a claim entered the graph. */
export type OriginKind =
  /** Curated annotation, checked by a person, or a curator's correction (`correctClaim`). */
  | 'CURATED'
  /** Found by an extraction rule (see `ClaimOrigin.rule`). */
  | 'EXTRACTED';

/** Tests on a claim's origin. */
export type OriginWhere = {
  /** This origin. */
  eq?: OriginKind | null | undefined;
};

/** A predicate of the claim vocabulary (seed/vocabulary/predicates.yaml); `Query.predicates` describes each. */
export type Predicate =
  /** The subject was accompanying the object. */
  | 'ACCOMPANIED'
  /** The subject is nearing or advancing on the object. */
  | 'ADVANCING_ON'
  /** The subject apologised for the object (an event). */
  | 'APOLOGISED_FOR'
  /** The subject arrested or detained the object (people), quantity: how many. */
  | 'ARRESTED'
  /** The subject attacked the object. */
  | 'ATTACKED'
  /** The subject is supported by the object. */
  | 'BACKED_BY'
  /** The subject blocked or closed the object (a road, a border crossing). */
  | 'BLOCKED'
  /** The subject shares a border with the object. */
  | 'BORDERS'
  /** The subject mediated or brokered the object (an agreement, a ceasefire). */
  | 'BROKERED'
  /** The subject is the capital of the object. */
  | 'CAPITAL_OF'
  /** The subject confirmed the object (an event or a fact). */
  | 'CONFIRMED'
  /** The subject is connected with the object (an event with a conflict). */
  | 'CONNECTED_WITH'
  /** The subject (a road, a route) connects to the object. */
  | 'CONNECTS'
  /** The subject (fighting, a battle) goes on in the object (a place): the place has not fallen. */
  | 'CONTINUES_FIGHTING_IN'
  /** The subject controls the object (territory). */
  | 'CONTROLS'
  /** The subject denied the object (a fact or an event). */
  | 'DENIED'
  /** The subject (troops, peacekeepers) is or will be deployed to the object (a place), quantity: how many. */
  | 'DEPLOYED_TO'
  /** The subject lies in a stated direction from the object (qualifier: direction). */
  | 'DIRECTION_FROM'
  /** The subject (a flag) was displayed at the object. */
  | 'DISPLAYED_AT'
  /** The subject is a stated distance from the object (quantity: the distance). */
  | 'DISTANCE_FROM'
  /** The subject is an exclave of the object. */
  | 'EXCLAVE_OF'
  /** The subject is fighting the object. */
  | 'FIGHTING'
  /** The subject is fighting over the object (a contested territory). */
  | 'FIGHTING_OVER'
  /** The subject (people) fled from the object. */
  | 'FLED_FROM'
  /** The subject (people) fled to the object. */
  | 'FLED_TO'
  /** The subject (a state) has the object (a military base). */
  | 'HAS_MILITARY_BASE'
  /** The subject (the attacker, the act, or the place of an act whose perpetrator is not named) injured the object (people), quantity: how many. */
  | 'INJURED'
  /** The subject (vehicles) jammed the object (a road). */
  | 'JAMMED'
  /** The subject (the attacker, the act, or the place of an act whose perpetrator is not named) killed the object (people), quantity: how many. */
  | 'KILLED'
  /** The subject heads the object (president of a state or government). */
  | 'LEADS'
  /** The subject lies within the object (containment: city in region, region in country). */
  | 'LOCATED_IN'
  /** The subject is close to the object (a border, a city). */
  | 'LOCATED_NEAR'
  /** The subject lost control of or withdrew from the object (territory). */
  | 'LOST_CONTROL_OF'
  /** The subject (an event) took place in the object. */
  | 'OCCURRED_IN'
  /** The subject (an event) took place near the object. */
  | 'OCCURRED_NEAR'
  /** The subject offered compensation for the object. */
  | 'OFFERED_COMPENSATION_FOR'
  /** The subject lies along the object (a road or route). */
  | 'ON_ROAD'
  /** The subject stands above the object and looks down on it. */
  | 'OVERLOOKS'
  /** The subject (equipment, a unit) belongs to the object. */
  | 'OWNED_BY'
  /** The subject took part in the object (an event). */
  | 'PARTICIPATED_IN'
  /** The subject (an actor) belongs to or speaks for the object (an organisation, a government). */
  | 'PART_OF'
  /** The purpose of the subject was not stated. */
  | 'PURPOSE_UNKNOWN'
  /** The subject released the object (a video, a statement). */
  | 'RELEASED'
  /** The subject (an aircraft) was shot down (object: where, or by whom when known). */
  | 'SHOT_DOWN'
  /** The subject (a picture, a video) shows the object. */
  | 'SHOWS'
  /** The subject signed or agreed to the object (an agreement, a ceasefire). */
  | 'SIGNED'
  /** The subject is assessed as significant (qualifier: how). */
  | 'SIGNIFICANCE'
  /** The subject speaks for the object. */
  | 'SPOKESPERSON_FOR'
  /** The subject made the object (a statement event). */
  | 'STATED'
  /** The subject (the speaker) said what the claim's statement holds, in the words of its evidence; object: the entity the statement is chiefly about, when it names one. */
  | 'STATES'
  /** The subject's position gives a strategic advantage (qualifier: to whom). */
  | 'STRATEGIC_FOR'
  /** The subject took control of the object (territory taken). */
  | 'TOOK_CONTROL_OF';

/** Tests on a predicate; all given must hold. */
export type PredicateWhere = {
  /** This predicate. */
  eq?: Predicate | null | undefined;
  /** Any of these predicates (an empty list matches nothing). */
  in?: Array<Predicate> | null | undefined;
};

/** A claim's review state, for filters. */
export type ReviewState =
  /** A curator accepted it. */
  | 'ACCEPTED'
  /** A curator rejected it. */
  | 'REJECTED'
  /** No curator has judged it. */
  | 'UNREVIEWED';

/** Tests on a claim's review state; naming it at all lifts the default that hides rejected claims. */
export type ReviewStateWhere = {
  /** This state. */
  eq?: ReviewState | null | undefined;
  /** Any of these states. */
  in?: Array<ReviewState> | null | undefined;
};

/** What a curator did to the graph. */
export type RevisionAction =
  /** addAlias: the aliases before and after. */
  | 'ADD_ALIAS'
  /** correctClaim: before is the old claim, after the correction. */
  | 'CORRECT_CLAIM'
  /** mergeEntities: before holds both entities, after the kept one and what moved. */
  | 'MERGE_ENTITIES'
  /** reviewClaim: before and after are the review. */
  | 'REVIEW_CLAIM'
  /** setLocation: the coordinates before and after. */
  | 'SET_LOCATION';

/** Tests on a text; all given must hold. Case-sensitive. */
export type StringWhere = {
  /** Contains this text. */
  contains?: string | null | undefined;
  /** Equal to this text. */
  eq?: string | null | undefined;
  /** Any of these texts (an empty list matches nothing). */
  in?: Array<string> | null | undefined;
  /** Starts with this text. */
  startsWith?: string | null | undefined;
};

/** A curator's verdict on a claim. */
export type Verdict =
  /** Checked and right. */
  | 'ACCEPTED'
  /** Wrong: left out of lists, kept in the graph. */
  | 'REJECTED';

type EntityCard_Actor_Fragment = { id: string, name: string, kind: EntityKind, subtype: string };

type EntityCard_Event_Fragment = { id: string, name: string, kind: EntityKind, subtype: string };

type EntityCard_Place_Fragment = { id: string, name: string, kind: EntityKind, subtype: string };

type EntityCard_Thing_Fragment = { id: string, name: string, kind: EntityKind, subtype: string };

export type EntityCardFragment =
  | EntityCard_Actor_Fragment
  | EntityCard_Event_Fragment
  | EntityCard_Place_Fragment
  | EntityCard_Thing_Fragment
;

export type ClaimSummaryFragment = { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, subject:
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
  , object:
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
   | null, quantity: { value: number, unit: string, approximate: boolean } | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string, statement: string, status: ClaimStatus }>, confirmedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, contradicts: Array<{ id: string, statement: string, status: ClaimStatus }>, contradictedBy: Array<{ id: string, statement: string, status: ClaimStatus }> };

export type RevisionEntryFragment = { id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown };

export type ClaimReviewStateFragment = { id: string, review: { verdict: Verdict, note: string | null, by: string, at: string } | null, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }> };

export type ClaimFacetsFragment = { id: string, status: ClaimStatus, statement: string, confidence: number, origin: { kind: OriginKind }, review: { verdict: Verdict } | null, evidence: Array<{ article: { id: string, publisher: string | null, publishedAt: string | null } }> };

export type ClaimEdgeFragment = { predicate: string, id: string, status: ClaimStatus, statement: string, confidence: number, subject:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , object:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, origin: { kind: OriginKind }, review: { verdict: Verdict } | null, evidence: Array<{ article: { id: string, publisher: string | null, publishedAt: string | null } }> };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type SearchEntitiesQuery = { search: Array<
    | { aliases: Array<string>, id: string, name: string, kind: EntityKind, subtype: string }
    | { aliases: Array<string>, id: string, name: string, kind: EntityKind, subtype: string }
    | { aliases: Array<string>, id: string, name: string, kind: EntityKind, subtype: string }
    | { aliases: Array<string>, id: string, name: string, kind: EntityKind, subtype: string }
  > };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  claims: number;
}>;


export type EntityDetailsQuery = { entity:
    | { role: string | null, aliases: Array<string>, description: string | null, provisional: boolean, source: string | null, id: string, name: string, kind: EntityKind, subtype: string, claims: { totalCount: number, edges: Array<{ node: { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, subject:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
            , object:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
             | null, quantity: { value: number, unit: string, approximate: boolean } | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string, statement: string, status: ClaimStatus }>, confirmedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, contradicts: Array<{ id: string, statement: string, status: ClaimStatus }>, contradictedBy: Array<{ id: string, statement: string, status: ClaimStatus }> } | null }> }, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }> }
    | { eventType: string | null, fatalities: number | null, aliases: Array<string>, description: string | null, provisional: boolean, source: string | null, id: string, name: string, kind: EntityKind, subtype: string, date: { value: string, precision: DatePrecision, expression: string | null } | null, endDate: { value: string, precision: DatePrecision, expression: string | null } | null, place: { id: string, name: string, kind: EntityKind, subtype: string } | null, participants: Array<{ role: string, entity:
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
         }>, claims: { totalCount: number, edges: Array<{ node: { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, subject:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
            , object:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
             | null, quantity: { value: number, unit: string, approximate: boolean } | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string, statement: string, status: ClaimStatus }>, confirmedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, contradicts: Array<{ id: string, statement: string, status: ClaimStatus }>, contradictedBy: Array<{ id: string, statement: string, status: ClaimStatus }> } | null }> }, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }> }
    | { aliases: Array<string>, description: string | null, provisional: boolean, source: string | null, id: string, name: string, kind: EntityKind, subtype: string, location: { lat: number, lon: number, source: string, precision: GeoPrecision } | null, claims: { totalCount: number, edges: Array<{ node: { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, subject:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
            , object:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
             | null, quantity: { value: number, unit: string, approximate: boolean } | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string, statement: string, status: ClaimStatus }>, confirmedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, contradicts: Array<{ id: string, statement: string, status: ClaimStatus }>, contradictedBy: Array<{ id: string, statement: string, status: ClaimStatus }> } | null }> }, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }> }
    | { aliases: Array<string>, description: string | null, provisional: boolean, source: string | null, id: string, name: string, kind: EntityKind, subtype: string, claims: { totalCount: number, edges: Array<{ node: { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, subject:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
            , object:
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
              | { id: string, name: string, kind: EntityKind, subtype: string }
             | null, quantity: { value: number, unit: string, approximate: boolean } | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string, statement: string, status: ClaimStatus }>, confirmedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, contradicts: Array<{ id: string, statement: string, status: ClaimStatus }>, contradictedBy: Array<{ id: string, statement: string, status: ClaimStatus }> } | null }> }, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }> }
   | null };

export type EntityCardsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntityCardsQuery = { nodes: Array<
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | { id: string, name: string, kind: EntityKind, subtype: string }
    | Record<PropertyKey, never>
   | null> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  hops: number;
  first: number;
  where?: ClaimWhere | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
    >, edges: Array<{ source: string, target: string, predicate: string, claim: { id: string, status: ClaimStatus, statement: string, confidence: number, origin: { kind: OriginKind }, review: { verdict: Verdict } | null, evidence: Array<{ article: { id: string, publisher: string | null, publishedAt: string | null } }> } | null }> } };

export type ClaimEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimEvidenceQuery = { claim: { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, evidence: Array<{ quote: string, start: number, end: number, sentence: number, caption: boolean, article: { id: string, title: string | null, publisher: string | null, publishedAt: string | null, url: string | null, text: string, sentences: Array<{ index: number, start: number, end: number, caption: boolean }> } }>, subject:
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
    , object:
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
     | null, quantity: { value: number, unit: string, approximate: boolean } | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string, statement: string, status: ClaimStatus }>, confirmedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, contradicts: Array<{ id: string, statement: string, status: ClaimStatus }>, contradictedBy: Array<{ id: string, statement: string, status: ClaimStatus }>, review: { verdict: Verdict, note: string | null, by: string, at: string } | null, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }> } | null };

export type StatementsQueryVariables = Exact<{
  where: ClaimWhere;
  first: number;
}>;


export type StatementsQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, predicate: string, statement: string, status: ClaimStatus, confidence: number, statedVia: string | null, subject:
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
        , object:
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
          | { id: string, name: string, kind: EntityKind, subtype: string }
         | null, attributedTo: Array<{ id: string, name: string }>, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null, confirms: Array<{ id: string }>, confirmedBy: Array<{ id: string }>, contradicts: Array<{ id: string }>, contradictedBy: Array<{ id: string }>, sameAs: Array<{ id: string }>, evidence: Array<{ quote: string, sentenceText: string, article: { id: string, title: string | null, publisher: string | null, publishedAt: string | null, url: string | null } }> } | null }> } };

export type EntityLocationsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntityLocationsQuery = { nodes: Array<
    | { __typename: 'Event', id: string, name: string, kind: EntityKind, place: { id: string, name: string, location: { lat: number, lon: number } | null } | null }
    | { __typename: 'Place', id: string, name: string, kind: EntityKind, location: { lat: number, lon: number } | null }
    | Record<PropertyKey, never>
   | null> };

export type EventDatesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EventDatesQuery = { nodes: Array<
    | { id: string, name: string, date: { value: string, precision: DatePrecision, expression: string | null } | null, endDate: { value: string, precision: DatePrecision, expression: string | null } | null }
    | Record<PropertyKey, never>
   | null> };

export type FindPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number;
}>;


export type FindPathQuery = { path: { hops: number, nodes: Array<
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
    >, steps: Array<{ predicate: string, direction: Direction, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , claim: { id: string, status: ClaimStatus, statement: string, confidence: number, origin: { kind: OriginKind }, review: { verdict: Verdict } | null, evidence: Array<{ article: { id: string, publisher: string | null, publishedAt: string | null } }> } }> } | null };

export type TimelineQueryVariables = Exact<{
  about?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: EntityKind, subtype: string, date: { value: string, precision: DatePrecision, expression: string | null } | null, endDate: { value: string, precision: DatePrecision, expression: string | null } | null, location: { id: string, name: string } | null } }> } };

export type ReviewClaimMutationVariables = Exact<{
  id: string | number;
  verdict: Verdict;
  note?: string | null | undefined;
}>;


export type ReviewClaimMutation = { reviewClaim: { claim: { id: string, predicate: string, status: ClaimStatus, statement: string, confidence: number, review: { verdict: Verdict, note: string | null, by: string, at: string } | null, revisions: Array<{ id: string, action: RevisionAction, author: string, at: string, note: string | null, before: unknown, after: unknown }>, subject:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , object:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null, origin: { kind: OriginKind }, evidence: Array<{ article: { id: string, publisher: string | null, publishedAt: string | null } }> }, revision: { id: string } | null } };

export type AddAliasMutationVariables = Exact<{
  id: string | number;
  alias: string;
  note?: string | null | undefined;
}>;


export type AddAliasMutation = { addAlias: { entity:
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
      | { id: string, aliases: Array<string> }
    , revision: { id: string } | null } };

export type MergeEntitiesMutationVariables = Exact<{
  keep: string | number;
  merge: string | number;
  note?: string | null | undefined;
}>;


export type MergeEntitiesMutation = { mergeEntities: { movedClaims: number, movedMentions: number, entity:
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
      | { id: string, name: string, kind: EntityKind, subtype: string }
    , revision: { id: string } | null } };

export type DistanceClaimsQueryVariables = Exact<{
  places: Array<string | number> | string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type DistanceClaimsQuery = { claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , object:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } | null }> } };

export type PlaceDistanceQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PlaceDistanceQuery = { entity:
    | { distanceTo: { computedKm: number | null, stated: Array<{ id: string, statement: string, status: ClaimStatus, subject:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null, quantity: { value: number, unit: string, approximate: boolean } | null }> } | null }
    | Record<PropertyKey, never>
   | null };

export type ClaimDatesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ClaimDatesQuery = { nodes: Array<
    | { id: string, statement: string, statedOn: { value: string, precision: DatePrecision, expression: string | null } | null }
    | Record<PropertyKey, never>
   | null> };
