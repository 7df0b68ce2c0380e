import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRecord, ClaimRecord, ArticleSummary, EvidenceRecord, MentionRecord, MediaRecord, RevisionRecord } from '../../model/records.js';
import type { EdgeRecord, ClaimsAggregateRecord, EntitiesAggregateRecord } from '../../store/port.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, ISO 8601: a day (`2020-11-09`), or a month (`2020-11`) or year (`2020`) when that
   * is all a source says. Invalid dates (`2020-02-30`) give BAD_USER_INPUT.
   */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time in UTC, e.g. `2026-12-06T08:15:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: a revision's record before and after. */
  JSON: { input: unknown; output: unknown; }
  /** An absolute URL (RFC 3986), e.g. `https://apnews.com/article/…`. */
  URL: { input: string; output: string; }
};

/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type Actor = Entity & Node & {
  __typename?: 'Actor';
  /** Other names and spellings (Pogosian / Poghosyan). */
  aliases: Array<Scalars['String']['output']>;
  /** Claims in which this actor appears as subject or object (not those it is the source of; see `statements`). */
  claims: ClaimConnection;
  /** For a state: the same country as a place (actor:armenia ↔ place:armenia); otherwise null. */
  counterpart?: Maybe<Place>;
  /** Short curated description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Events this actor took part in, in date order. */
  events: Array<Event>;
  /** Stable id, e.g. `actor:ilham-aliyev`. */
  id: Scalars['ID']['output'];
  /** Always ACTOR. */
  kind: EntityKind;
  /** Where articles name this actor, by article then position. */
  mentions: MentionConnection;
  /** Display name. */
  name: Scalars['String']['output'];
  /** True when extraction created the actor and no curator has confirmed it yet. */
  provisional: Scalars['Boolean']['output'];
  /** Entities linked to this actor by a claim (either direction). */
  related: RelatedEntityConnection;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** A person's role or title ("President of Azerbaijan"); null when not stated. */
  role?: Maybe<Scalars['String']['output']>;
  /** Where the actor's facts come from when not from an article (e.g. `gazetteer:…`). */
  source?: Maybe<Scalars['String']['output']>;
  /** Claims attributed to this actor (what it said, claimed, confirmed or denied), in claim-id order unless sorted. */
  statements: ClaimConnection;
  /** Finer type: state, person, government-body, armed-force, organisation, media, population-group, aircraft … */
  subtype: Scalars['String']['output'];
};


/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type ActorClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ClaimRole>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type ActorEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type ActorMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type ActorRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type ActorRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Someone who acts or speaks: a state, government body, armed force, person, organisation, media
 * outlet or population group. Objects the story turns on (a helicopter, a convoy) are Things.
 */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};

/** A news article: its metadata, exact text, sentences, and what it says and mentions. */
export type Article = Node & {
  __typename?: 'Article';
  /** Claims the article reports, in claim-id order unless sorted. */
  claims: ClaimConnection;
  /** Hash of the text; re-ingesting the same text changes nothing. */
  contentHash: Scalars['String']['output'];
  /** Stable id: `article:<key>`, e.g. `article:ap-2020-11-09-shushi-helicopter`. */
  id: Scalars['ID']['output'];
  /** Photos, videos and screengrabs the article carries, known by their captions, in text order. */
  media: Array<Media>;
  /** The distinct entities the article mentions, in order of first mention. */
  mentionedEntities: Array<Entity>;
  /** Where the article names entities, in text order. */
  mentions: MentionConnection;
  /** Publication day, when known. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Publisher or agency ("AP"), when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** The text's sentences in order, photo captions marked as captions. */
  sentences: Array<Sentence>;
  /** The earlier version this one replaces (same URL), kept in the graph; null for a first version. */
  supersedes?: Maybe<Article>;
  /** The exact text as ingested; all offsets (evidence, mentions, sentences) index into it. */
  text: Scalars['String']['output'];
  /** Headline, when known. */
  title?: Maybe<Scalars['String']['output']>;
  /** Address of the original, when known. */
  url?: Maybe<Scalars['URL']['output']>;
  /** 1 for the first text seen at this URL; a changed text at the same URL is the next version. */
  version: Scalars['Int']['output'];
};


/** A news article: its metadata, exact text, sentences, and what it says and mentions. */
export type ArticleClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/** A news article: its metadata, exact text, sentences, and what it says and mentions. */
export type ArticleMentionedEntitiesArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A news article: its metadata, exact text, sentences, and what it says and mentions. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article: its metadata, exact text, sentences, and what it says and mentions. */
export type ArticleRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles (Relay connection). */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles on this page, each with its cursor. */
  edges: Array<ArticleEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
  /** Number of articles, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a connection, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque cursor; pass it as `after` to continue after this article. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** An article that was ingested. */
export type ArticleIngestedEvent = {
  __typename?: 'ArticleIngestedEvent';
  /** The stored article. */
  article: Article;
  /** Claims written with it. */
  createdClaims: Scalars['Int']['output'];
  /** CREATED or NEW_VERSION. */
  outcome: IngestOutcome;
};

/**
 * One assertion an article makes, never a bare edge: subject, predicate, object or quantity,
 * qualifiers, the stance of its source (status), who said it (attributedTo), the article that
 * reports it, and verbatim evidence. Agreement and disagreement between claims are links
 * (`confirmedBy`, `contradictedBy` …); a claim's status never changes when other sources arrive.
 */
export type Claim = Node & {
  __typename?: 'Claim';
  /** The article that reports the claim (its reportedBy). */
  article: Article;
  /** The actors who made the statement (Russia's defence ministry, Ilham Aliyev); empty when it is the article's own voice. */
  attributedTo: Array<Actor>;
  /** How surely the text asserts the claim as recorded, from 0 to 1 (1 = verbatim, lower = inferred). */
  confidence: Scalars['Float']['output'];
  /** Claims that confirm this one: e.g. Aliyev's CLAIMED statement is confirmed by Pogosian's CONFIRMED one. */
  confirmedBy: Array<Claim>;
  /** Claims this one confirms (this claim is a second party's confirmation of them). */
  confirms: Array<Claim>;
  /** Claims that contradict this one. */
  contradictedBy: Array<Claim>;
  /** Claims this one contradicts. */
  contradicts: Array<Claim>;
  /** Claims of other sources that say the same thing (SAME_AS links, either direction): corroboration. */
  corroboratedBy: Array<Claim>;
  /** Verbatim quotes supporting the claim, each with the article, sentence and character offsets; at least one. */
  evidence: Array<Evidence>;
  /** Stable id: `claim:<article key>:<claim key>`. */
  id: Scalars['ID']['output'];
  /** How many independent sources state this: distinct publishers (or articles, when the publisher is unknown) among this claim and those corroborating it. */
  independentSources: Scalars['Int']['output'];
  /** The other side of the claim, when it is an entity; null for predicates without one (PURPOSE_UNKNOWN) or with a quantity only. */
  object?: Maybe<Entity>;
  /** Where the claim came from: curated annotation or an extraction rule. */
  origin: ClaimOrigin;
  /** What is asserted, from the documented vocabulary (see `Query.predicates`): LOCATED_IN, OVERLOOKS, DISTANCE_FROM … */
  predicate: Scalars['String']['output'];
  /** Extra detail on the claim (Wikidata-style qualifiers: since, direction, date …), sorted by key. */
  qualifiers: Array<Qualifier>;
  /** The figure the claim states ("about 150km"), when it states one. */
  quantity?: Maybe<Quantity>;
  /** The curator's review; null while unreviewed. */
  review?: Maybe<ClaimReview>;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** Claims that assert the same thing (for instance the same fact in another article); the link runs both ways. */
  sameAs: Array<Claim>;
  /** When the attributed party made the statement, as resolved from the text; null when not stated. */
  statedOn?: Maybe<DateValue>;
  /** The channel of the statement ("Facebook", "a statement"); null when not stated. */
  statedVia?: Maybe<Scalars['String']['output']>;
  /** The claim as one readable sentence. */
  statement: Scalars['String']['output'];
  /** The stance of the statement in its own source (REPORTED, CLAIMED, CONFIRMED, DENIED, UNCERTAIN); never changed by other sources. */
  status: ClaimStatus;
  /** What the claim is about. Should the store have lost the entity (a data error, logged once by the server), this claim alone becomes null: its edge's `node` in lists, and the rest of the answer stands. */
  subject: Entity;
  /** The correction that replaced this claim; it is then left out of default lists. */
  supersededBy?: Maybe<Claim>;
  /** The claim this one corrects. */
  supersedes?: Maybe<Claim>;
};


/**
 * One assertion an article makes, never a bare edge: subject, predicate, object or quantity,
 * qualifiers, the stance of its source (status), who said it (attributedTo), the article that
 * reports it, and verbatim evidence. Agreement and disagreement between claims are links
 * (`confirmedBy`, `contradictedBy` …); a claim's status never changes when other sources arrive.
 */
export type ClaimRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Conditions on the article reporting a claim; all given must hold. */
export type ClaimArticleWhere = {
  /** The article's id. */
  id?: InputMaybe<IdWhere>;
  /** The article's publication day. */
  publishedAt?: InputMaybe<DateWhere>;
  /** The article's publisher. */
  publisher?: InputMaybe<StringWhere>;
};

/** A page of claims (Relay connection). */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims on this page, each with its cursor. */
  edges: Array<ClaimEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
  /** Number of claims matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a correction changes; fields left out keep the claim's value. */
export type ClaimCorrection = {
  /** The actors who made the statement (actor ids). */
  attributedTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 0 to 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** The object entity's id. */
  object?: InputMaybe<Scalars['ID']['input']>;
  /** What is asserted, from the vocabulary. */
  predicate?: InputMaybe<Predicate>;
  /** The figure the claim states. */
  quantity?: InputMaybe<QuantityInput>;
  /** When the statement was made. */
  statedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The claim as one readable sentence (1 to 2,000 characters). */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** The stance of the statement in its source. */
  status?: InputMaybe<ClaimStatus>;
};

/** A claim in a connection, with its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor; pass it as `after` to continue after this claim (or `before`, to page back). */
  cursor: Scalars['String']['output'];
  /** The claim; null only when the store holds it broken (a data error, logged once), so the rest of the page stands. */
  node?: Maybe<Claim>;
};

/** Conditions on an entity on one side of a claim; all given must hold. */
export type ClaimEntityWhere = {
  /** The entity's id. */
  id?: InputMaybe<IdWhere>;
  /** The entity's kind. */
  kind?: InputMaybe<EntityKindWhere>;
};

/** A link made between two claims. */
export type ClaimLinkEvent = {
  __typename?: 'ClaimLinkEvent';
  /** The claim the link starts from (the newer one). */
  from: Claim;
  /** The claim it points to. */
  to: Claim;
  /** The kind of link. */
  type: ClaimLinkType;
};

/** How one claim relates to another. */
export type ClaimLinkType =
  /** `from` is a second party's confirmation of `to`. */
  | 'CONFIRMS'
  /** `from` says otherwise than `to`. */
  | 'CONTRADICTS'
  /** `from` and `to` assert the same thing (the link runs both ways). */
  | 'SAME_AS';

/** Where a claim came from. */
export type ClaimOrigin = {
  __typename?: 'ClaimOrigin';
  /** CURATED (a person annotated it) or EXTRACTED (a rule found it). */
  kind: OriginKind;
  /** Id of the extraction rule, for EXTRACTED claims; null for CURATED ones. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** A curator's review of a claim. */
export type ClaimReview = {
  __typename?: 'ClaimReview';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The name of the API key that reviewed it. */
  by: Scalars['String']['output'];
  /** Why, as the curator wrote it. */
  note?: Maybe<Scalars['String']['output']>;
  /** Accepted or rejected. */
  verdict: Verdict;
};

/** Which side of a claim an entity is on. */
export type ClaimRole =
  /** Either side. */
  | 'ANY'
  /** The entity is the claim's object. */
  | 'OBJECT'
  /** The entity is the claim's subject. */
  | 'SUBJECT';

/**
 * One key of a claim sort, in @neo4j/graphql 7 style: `sort: [{ confidence: DESC }, { publishedAt: ASC }]`.
 * Give exactly one field per element; ties are broken by id (ascending unless `id` is sorted on).
 * Missing values (a claim without `statedOn`) sort first ascending, last descending.
 */
export type ClaimSort = {
  /** By confidence. */
  confidence?: InputMaybe<SortDirection>;
  /** By id. */
  id?: InputMaybe<SortDirection>;
  /** By predicate name. */
  predicate?: InputMaybe<SortDirection>;
  /** By the reporting article's publication day. */
  publishedAt?: InputMaybe<SortDirection>;
  /** By the day the statement was made. */
  statedOn?: InputMaybe<SortDirection>;
  /** By status name. */
  status?: InputMaybe<SortDirection>;
};

/** Conditions on an actor a claim is attributed to. */
export type ClaimSpeakerWhere = {
  /** The actor's id. */
  id?: InputMaybe<IdWhere>;
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

/** Claims with one status. */
export type ClaimStatusCount = {
  __typename?: 'ClaimStatusCount';
  /** How many have this value. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ClaimStatus;
};

/** Tests on a claim status; all given must hold. */
export type ClaimStatusWhere = {
  /** This status. */
  eq?: InputMaybe<ClaimStatus>;
  /** Any of these statuses (an empty list matches nothing). */
  in?: InputMaybe<Array<ClaimStatus>>;
};

/**
 * Filter for claims, in @neo4j/graphql 7 style: each field takes an operator object
 * (`{ predicate: { in: [OVERLOOKS, LOCATED_NEAR] }, subject: { kind: { eq: PLACE } } }`); all given
 * fields must hold; `AND`, `OR` and `NOT` combine filters. Omitted or null fields do not filter.
 */
export type ClaimWhere = {
  /** Every one of these filters holds. */
  AND?: InputMaybe<Array<ClaimWhere>>;
  /** This filter does not hold. */
  NOT?: InputMaybe<ClaimWhere>;
  /** At least one of these filters holds (an empty list matches nothing). */
  OR?: InputMaybe<Array<ClaimWhere>>;
  /** An entity on either side of the claim (subject or object). */
  about?: InputMaybe<ClaimEntityWhere>;
  /** The article reporting the claim: its id, publication day or publisher. */
  article?: InputMaybe<ClaimArticleWhere>;
  /** An actor the claim is attributed to (among others). */
  attributedTo?: InputMaybe<ClaimSpeakerWhere>;
  /** How surely the text asserts the claim, 0 to 1. */
  confidence?: InputMaybe<FloatWhere>;
  /** The claim's id. */
  id?: InputMaybe<IdWhere>;
  /** The claim's object: its id or kind (claims without an object entity never match). */
  object?: InputMaybe<ClaimEntityWhere>;
  /** Curated or extracted. */
  origin?: InputMaybe<OriginWhere>;
  /** The claim's predicate. */
  predicate?: InputMaybe<PredicateWhere>;
  /**
   * Claims with any of these predicates.
   * @deprecated Use `predicate: { in: [...] }`; removed in the next release.
   */
  predicate_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The day the statement was made, at the precision known (claims without one never match). */
  statedOn?: InputMaybe<DateWhere>;
  /** The claim's readable sentence. */
  statement?: InputMaybe<StringWhere>;
  /** The claim's status. */
  status?: InputMaybe<ClaimStatusWhere>;
  /**
   * Claims with any of these statuses.
   * @deprecated Use `status: { in: [...] }`; removed in the next release.
   */
  status_IN?: InputMaybe<Array<ClaimStatus>>;
  /** The claim's subject: its id or kind. */
  subject?: InputMaybe<ClaimEntityWhere>;
  /** true: only claims a correction replaced; false: only current ones. Unless a filter names `superseded` somewhere, superseded claims are left out. */
  superseded?: InputMaybe<Scalars['Boolean']['input']>;
  /** The curator's review. Unless a filter names `verdict` somewhere, rejected claims are left out. */
  verdict?: InputMaybe<ReviewStateWhere>;
};

/**
 * Claim counts, computed in the store in one statement: in all, and by status, predicate, source and
 * day. Each list is in key order (null last) and holds the first `first` values (at most 100; more
 * gives BAD_USER_INPUT).
 */
export type ClaimsAggregate = {
  __typename?: 'ClaimsAggregate';
  /** How many were reported each day: the day the reporting article was published, in date order. */
  byDay: Array<DayCount>;
  /** How many have each predicate. */
  byPredicate: Array<PredicateCount>;
  /** How many each source reported: the publisher of the article that reports the claim. */
  bySource: Array<SourceCount>;
  /** How many have each status (at most five). */
  byStatus: Array<ClaimStatusCount>;
  /** Number of claims matching. */
  count: Scalars['Int']['output'];
};


/**
 * Claim counts, computed in the store in one statement: in all, and by status, predicate, source and
 * day. Each list is in key order (null last) and holds the first `first` values (at most 100; more
 * gives BAD_USER_INPUT).
 */
export type ClaimsAggregateByDayArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Claim counts, computed in the store in one statement: in all, and by status, predicate, source and
 * day. Each list is in key order (null last) and holds the first `first` values (at most 100; more
 * gives BAD_USER_INPUT).
 */
export type ClaimsAggregateByPredicateArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Claim counts, computed in the store in one statement: in all, and by status, predicate, source and
 * day. Each list is in key order (null last) and holds the first `first` values (at most 100; more
 * gives BAD_USER_INPUT).
 */
export type ClaimsAggregateBySourceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What correctClaim did. */
export type CorrectClaimPayload = {
  __typename?: 'CorrectClaimPayload';
  /** The new claim. */
  claim: Claim;
  /** The claim it replaces, now superseded. */
  corrected: Claim;
  /** Null when this correction had already been made. */
  revision?: Maybe<Revision>;
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
 * A date resolved from the text, with how exact it is (ACLED time precision, spelled out).
 * Relative dates ("Monday", "a day after") are resolved against the article's publication date.
 */
export type DateValue = {
  __typename?: 'DateValue';
  /** The words the date was resolved from ("Monday", "since 1994"), when there were any. */
  expression?: Maybe<Scalars['String']['output']>;
  /** How exact `value` is. */
  precision: DatePrecision;
  /** The date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as exact as the source allows. */
  value: Scalars['Date']['output'];
};

/**
 * Bounds on a date; all given must hold. A bound of reduced precision covers its whole period:
 * `{ lte: "2020-11" }` includes 30 November 2020, `{ eq: "2020" }` any day of 2020.
 */
export type DateWhere = {
  /** Within this day, month or year. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** After this day, month or year. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** On or after the start of this day, month or year. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Before this day, month or year. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** On or before the end of this day, month or year. */
  lte?: InputMaybe<Scalars['Date']['input']>;
};

/** Claims reported on one day. */
export type DayCount = {
  __typename?: 'DayCount';
  /** How many have this value. */
  count: Scalars['Int']['output'];
  /** The day; null for articles without a publication date. */
  day?: Maybe<Scalars['Date']['output']>;
};

/** Which way a relation runs, seen from the entity you asked about. */
export type Direction =
  /** This entity is the claim's object (other -[predicate]-> this entity). */
  | 'INCOMING'
  /** This entity is the claim's subject (this entity -[predicate]-> other). */
  | 'OUTGOING';

/**
 * How far apart two places are: the distance derived from coordinates, kept apart from the
 * distances the articles state (often a road distance).
 */
export type Distance = {
  __typename?: 'Distance';
  /** Great-circle distance in kilometres between the two places' coordinates (not rounded); null when either has no coordinates. */
  computedKm?: Maybe<Scalars['Float']['output']>;
  /** The place the distance was asked from. */
  from: Place;
  /** How `computedKm` is derived: great-circle (haversine) on a sphere of mean Earth radius 6371.0088 km. */
  method: Scalars['String']['output'];
  /** DISTANCE_FROM claims between the two places, in either direction; each claim's `quantity` holds the stated figure. */
  stated: Array<Claim>;
  /** The place the distance was asked to. */
  to: Place;
};

/** A directed edge between two entities, always backed by the claim that states it. */
export type Edge = {
  __typename?: 'Edge';
  /** The claim behind the edge; null only if that claim is no longer in the graph. */
  claim?: Maybe<Claim>;
  /** The claim's predicate, e.g. OVERLOOKS. */
  predicate: Scalars['String']['output'];
  /** Id of the claim's subject. */
  source: Scalars['ID']['output'];
  /** Id of the claim's object. */
  target: Scalars['ID']['output'];
};

/** Entity counts, computed in the store in one statement: in all, and by kind and subtype. */
export type EntitiesAggregate = {
  __typename?: 'EntitiesAggregate';
  /** How many of each kind. */
  byKind: Array<EntityKindCount>;
  /** How many of each subtype (city, armed force, battle …), in subtype order; the first `first` (at most 100). */
  bySubtype: Array<SubtypeCount>;
  /** Number of entities. */
  count: Scalars['Int']['output'];
};


/** Entity counts, computed in the store in one statement: in all, and by kind and subtype. */
export type EntitiesAggregateBySubtypeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Something the news is about: a place, an actor, an event or a thing. Entities have stable ids, a display
 * name and aliases (transliterations and local names), and take part in claims as subject or object.
 * Use inline fragments (`... on Place`) for kind-specific fields.
 */
export type Entity = {
  /** Other names: transliterations, local and former names (Shusha, Şuşa). Search matches these too. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims in which this entity appears, in claim-id order unless sorted. */
  claims: ClaimConnection;
  /** Short curated description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`. */
  id: Scalars['ID']['output'];
  /** Which kind of entity this is; matches the concrete type (PLACE → Place, …). */
  kind: EntityKind;
  /** Places in articles' text where this entity is named, by article then position. */
  mentions: MentionConnection;
  /** Display name (English spelling used by the source). */
  name: Scalars['String']['output'];
  /** True when extraction created the entity and no curator has confirmed it yet. */
  provisional: Scalars['Boolean']['output'];
  /** Entities linked to this one by a claim (either direction), each with the claim that links them, in claim-id order. */
  related: RelatedEntityConnection;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** Where the entity's facts come from when not from an article, e.g. `gazetteer:gyumri`; null when they come from articles. */
  source?: Maybe<Scalars['String']['output']>;
  /** Finer type: for places city, region, country, exclave, border, military-base, road, site; for actors state, person, government-body, armed-force, media …; for events shootdown, territory-taken … */
  subtype: Scalars['String']['output'];
};


/**
 * Something the news is about: a place, an actor, an event or a thing. Entities have stable ids, a display
 * name and aliases (transliterations and local names), and take part in claims as subject or object.
 * Use inline fragments (`... on Place`) for kind-specific fields.
 */
export type EntityClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ClaimRole>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Something the news is about: a place, an actor, an event or a thing. Entities have stable ids, a display
 * name and aliases (transliterations and local names), and take part in claims as subject or object.
 * Use inline fragments (`... on Place`) for kind-specific fields.
 */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Something the news is about: a place, an actor, an event or a thing. Entities have stable ids, a display
 * name and aliases (transliterations and local names), and take part in claims as subject or object.
 * Use inline fragments (`... on Place`) for kind-specific fields.
 */
export type EntityRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Something the news is about: a place, an actor, an event or a thing. Entities have stable ids, a display
 * name and aliases (transliterations and local names), and take part in claims as subject or object.
 * Use inline fragments (`... on Place`) for kind-specific fields.
 */
export type EntityRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities (Relay connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities on this page, each with its cursor. */
  edges: Array<EntityEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
  /** Number of entities matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What addAlias or setLocation did. */
export type EntityCurationPayload = {
  __typename?: 'EntityCurationPayload';
  /** The entity as it is now. */
  entity: Entity;
  /** Null when the entity already had this alias or location. */
  revision?: Maybe<Revision>;
};

/** An entity in a connection, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor; pass it as `after` to continue after this entity. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

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

/** Entities of one kind. */
export type EntityKindCount = {
  __typename?: 'EntityKindCount';
  /** How many have this value. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: EntityKind;
};

/** Tests on an entity kind; all given must hold. */
export type EntityKindWhere = {
  /** This kind. */
  eq?: InputMaybe<EntityKind>;
  /** Any of these kinds (an empty list matches nothing). */
  in?: InputMaybe<Array<EntityKind>>;
};

/**
 * Something that happened (ACLED-like): typed, dated with a precision, located, with participants
 * in roles and casualties where stated.
 */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Other names for the event. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims in which this event appears, in claim-id order unless sorted. */
  claims: ClaimConnection;
  /** When it happened (or began), with its precision; null when the text gives no date. */
  date?: Maybe<DateValue>;
  /** Short curated description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ended, for events that span a period; null for one-off events or when unknown. */
  endDate?: Maybe<DateValue>;
  /** ACLED-style "event type / sub-event type", e.g. "Battles / Government regains territory"; null when not classified. */
  eventType?: Maybe<Scalars['String']['output']>;
  /** Deaths as stated; null when the text gives no figure. */
  fatalities?: Maybe<Scalars['Int']['output']>;
  /** Stable id, e.g. `event:<slug>`. */
  id: Scalars['ID']['output'];
  /** Always EVENT. */
  kind: EntityKind;
  /** Where it happened; null when unknown. */
  location?: Maybe<Place>;
  /** Where articles name this event, by article then position. */
  mentions: MentionConnection;
  /** Display name ("Russian helicopter shot down over Armenia"). */
  name: Scalars['String']['output'];
  /** Who or what took part, each with a role (attacker, target, victim, claimant …). */
  participants: Array<Participant>;
  /** True when extraction created the event and no curator has confirmed it yet. */
  provisional: Scalars['Boolean']['output'];
  /** Entities linked to this event by a claim (either direction). */
  related: RelatedEntityConnection;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** Where the event's facts come from when not from an article. */
  source?: Maybe<Scalars['String']['output']>;
  /** Finer type: shootdown, territory-taken, armed-conflict, displacement, statement, video-release … */
  subtype: Scalars['String']['output'];
};


/**
 * Something that happened (ACLED-like): typed, dated with a precision, located, with participants
 * in roles and casualties where stated.
 */
export type EventClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ClaimRole>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Something that happened (ACLED-like): typed, dated with a precision, located, with participants
 * in roles and casualties where stated.
 */
export type EventMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Something that happened (ACLED-like): typed, dated with a precision, located, with participants
 * in roles and casualties where stated.
 */
export type EventRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Something that happened (ACLED-like): typed, dated with a precision, located, with participants
 * in roles and casualties where stated.
 */
export type EventRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events (Relay connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events on this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
  /** Number of events matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event in a connection, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor; pass it as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/**
 * A verbatim quote supporting a claim (W3C Web Annotation TextQuote and TextPosition selectors).
 * Offsets are UTF-16 code-unit indices into `Article.text` (JavaScript string indices), end
 * exclusive; always `article.text.slice(start, end) === quote`.
 */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the quote is from. */
  article: Article;
  /** True when the quote is in a photo caption rather than the story's body. */
  caption: Scalars['Boolean']['output'];
  /** Offset just past the quote's last character in `Article.text`. */
  end: Scalars['Int']['output'];
  /** Up to 32 characters of article text just before the quote (TextQuoteSelector prefix); shorter at the start of the text. */
  prefix: Scalars['String']['output'];
  /** The exact words of the article. */
  quote: Scalars['String']['output'];
  /** Index of the sentence containing the quote's start (0-based, see `Article.sentences`). */
  sentence: Scalars['Int']['output'];
  /** The whole sentence containing the quote's start, as in the article: show the quote in its sentence without fetching `Article.sentences`. */
  sentenceText: Scalars['String']['output'];
  /** Offset of the quote's first character in `Article.text`. */
  start: Scalars['Int']['output'];
  /** Up to 32 characters of article text just after the quote (TextQuoteSelector suffix); shorter at the end of the text. */
  suffix: Scalars['String']['output'];
};

/** Bounds on a number; all given must hold. */
export type FloatWhere = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** A WGS 84 coordinate, with where it comes from and how exact it is. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in decimal degrees (WGS 84), north positive. */
  lat: Scalars['Float']['output'];
  /** Longitude in decimal degrees (WGS 84), east positive. */
  lon: Scalars['Float']['output'];
  /** How exact the coordinate is: a point, a city centre, a region or a country centre. */
  precision: GeoPrecision;
  /** Where the coordinate comes from (e.g. "English Wikipedia, Shusha infobox"); never the article unless it states one. */
  source: Scalars['String']['output'];
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

/** How much the graph holds. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Number of articles. */
  articles: Scalars['Int']['output'];
  /** Number of claims. */
  claims: Scalars['Int']['output'];
  /** Number of materialised entity-to-entity edges. */
  edges: Scalars['Int']['output'];
  /** Number of entities (places, actors, events). */
  entities: Scalars['Int']['output'];
  /** Number of evidence quotes across all claims. */
  evidence: Scalars['Int']['output'];
  /** Number of entity mentions across all articles. */
  mentions: Scalars['Int']['output'];
};

/** Tests on an id, in @neo4j/graphql 7 style; all given must hold. */
export type IdWhere = {
  /** Equal to this id. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these ids (at most 100; an empty list matches nothing). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An article to ingest. */
export type IngestArticleInput = {
  /** Publication day, YYYY-MM-DD; relative dates in the text ("Monday") are resolved against it. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Outlet, e.g. AP. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The article's plain text (UTF-8, no HTML), at most 200,000 characters. */
  text: Scalars['String']['input'];
  /** Headline. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published (http or https); the same URL with a new text makes a new version. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

/** What an ingest did. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** The stored article (for UNCHANGED, the one already holding this text). */
  article: Article;
  /** Links made to claims of other sources that say otherwise (a denial, a different figure). */
  contradictions: Scalars['Int']['output'];
  /** Links made to claims of other sources saying the same thing. */
  corroborations: Scalars['Int']['output'];
  /** Claims written. */
  createdClaims: Scalars['Int']['output'];
  /** Entities created (new names, marked provisional, and events). */
  createdEntities: Scalars['Int']['output'];
  /** Mentions written. */
  createdMentions: Scalars['Int']['output'];
  /** True when a curated annotation of this text supplied its claims (extracted ones extend them). */
  curated: Scalars['Boolean']['output'];
  /** Existing entities that gained a new spelling as an alias. */
  mergedAliases: Scalars['Int']['output'];
  /** Mentions resolved to entities the graph already held. */
  mergedEntities: Scalars['Int']['output'];
  /** Whether the article was new, already there, or a new version of a known URL. */
  outcome: IngestOutcome;
  /** Extracted claims dropped because a curated claim says the same. */
  skippedClaims: Scalars['Int']['output'];
};

/** The outcome of an ingest. */
export type IngestOutcome =
  /** A new article. */
  | 'CREATED'
  /** A new text at a URL already known: stored as the next version, the earlier one kept. */
  | 'NEW_VERSION'
  /** This exact text was already ingested; nothing changed. */
  | 'UNCHANGED';

/**
 * A photo, video or screengrab an article carries, known by its caption. Media belong to their
 * article, not to the entity graph: what they show are entities, the item itself is not one.
 */
export type Media = {
  __typename?: 'Media';
  /** The caption, verbatim, with its place in `Article.text`. */
  caption: Evidence;
  /** Who the article credits ("AP" for "Photo / AP"); null when none is given. */
  credit?: Maybe<Scalars['String']['output']>;
  /** What it shows, in a sentence, when curated. */
  description?: Maybe<Scalars['String']['output']>;
  /** Photo, video or screengrab. */
  kind: MediaKind;
  /** The actor that released it (a ministry's video), when the article says. */
  releasedBy?: Maybe<Actor>;
  /** Entities it shows, as curated; empty for extracted articles. */
  shows: Array<Entity>;
};

/** What a media item is. */
export type MediaKind =
  /** A photograph. */
  | 'PHOTO'
  /** A still taken from a video. */
  | 'SCREENGRAB'
  /** A video. */
  | 'VIDEO';

/**
 * One place in an article's text where an entity is named. Offsets are UTF-16 code-unit indices
 * into `Article.text` (JavaScript string indices), end exclusive: `article.text.slice(start, end)`
 * equals `text`.
 */
export type Mention = {
  __typename?: 'Mention';
  /** The article the mention is in. */
  article: Article;
  /** Offset just past the last character in `Article.text`. */
  end: Scalars['Int']['output'];
  /** The entity named. */
  entity: Entity;
  /** Index of the sentence containing the mention (0-based, see `Article.sentences`). */
  sentence: Scalars['Int']['output'];
  /** Offset of the first character in `Article.text`. */
  start: Scalars['Int']['output'];
  /** The words as written in the article ("Shusha", "Aliyev"). */
  text: Scalars['String']['output'];
};

/** A page of mentions (Relay connection). */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The mentions on this page, each with its cursor. */
  edges: Array<MentionEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
  /** Number of mentions, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A mention in a connection, with its cursor. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** Opaque cursor; pass it as `after` to continue after this mention. */
  cursor: Scalars['String']['output'];
  /** The mention. */
  node: Mention;
};

/** What mergeEntities did. */
export type MergeEntitiesPayload = {
  __typename?: 'MergeEntitiesPayload';
  /** The kept entity, as it is after the merge. */
  entity: Entity;
  /** Claims that named the merged entity (as subject, object or speaker) and now name the kept one. */
  movedClaims: Scalars['Int']['output'];
  /** Mentions of the merged entity, now of the kept one. */
  movedMentions: Scalars['Int']['output'];
  /** Null when `merge` had already been merged into `keep`. */
  revision?: Maybe<Revision>;
};

/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type Mutation = {
  __typename?: 'Mutation';
  /** A new name for an entity (a spelling, transliteration or former name): search finds it, later ingests resolve it to this entity. */
  addAlias: EntityCurationPayload;
  /**
   * Replace a wrong claim with a corrected one: a new claim (id `<old id>~c1`, then `~c2` …) with the
   * same article and evidence, the fields given, and origin CURATED. The old claim stays, with
   * `supersededBy`, out of the default lists (ask with `where: { superseded: true }`).
   */
  correctClaim: CorrectClaimPayload;
  /**
   * Ingest a news article: sentences, mentions and entity resolution against the graph, attributed
   * claims with verbatim evidence (curated annotations win where they exist), and links to what
   * other sources said. Sending the same text again changes nothing (outcome UNCHANGED); a new text
   * at a known `url` becomes a new version and the old one is kept. Invalid input (empty, binary or
   * HTML text, over 200,000 characters, a malformed date or URL) gives BAD_USER_INPUT and writes nothing.
   */
  ingestArticle: IngestArticlePayload;
  /**
   * Make two records of one entity one: `merge`'s name and aliases become aliases of `keep`; its
   * claims (as subject, object or speaker), mentions, participations and search keys move to `keep`;
   * facts `keep` lacks (description, role, coordinates, date) come over. From then on `merge`'s id
   * answers with `keep` (`entity`, `node`), and later ingests resolve its names to `keep`. Both must
   * be of one kind.
   */
  mergeEntities: MergeEntitiesPayload;
  /**
   * Accept or reject a claim. Rejected claims stay in the graph and answer by id, but every claim
   * list, aggregate, neighbourhood and path leaves them out unless its `where` asks about `verdict`.
   * A later review replaces an earlier one (both stay in `revisions`).
   */
  reviewClaim: ReviewClaimPayload;
  /** A place's coordinates, with where they come from and how exact they are (places only). */
  setLocation: EntityCurationPayload;
};


/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type MutationCorrectClaimArgs = {
  correction: ClaimCorrection;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type MutationReviewClaimArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  verdict: Verdict;
};


/** Writes. Every write is one transaction: all of it is stored, or nothing. */
export type MutationSetLocationArgs = {
  id: Scalars['ID']['input'];
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  precision: GeoPrecision;
  source: Scalars['String']['input'];
};

/**
 * Anything with a stable identity: entities (Place, Actor, Event), claims and articles.
 * Fetch any of them with `Query.node(id:)`.
 */
export type Node = {
  /**
   * Stable, deterministic id, prefixed by its kind: `place:shushi`, `actor:ilham-aliyev`,
   * `event:<slug>`, `article:<key>`, `claim:<article key>:<claim key>`. Re-ingesting the same
   * material keeps the same ids, so they are safe to bookmark and link to.
   */
  id: Scalars['ID']['output'];
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
};


/**
 * Anything with a stable identity: entities (Place, Actor, Event), claims and articles.
 * Fetch any of them with `Query.node(id:)`.
 */
export type NodeRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  eq?: InputMaybe<OriginKind>;
};

/**
 * Paging state of a connection (Relay cursor connections). Paging is forward only: pass
 * `pageInfo.endCursor` as `after` to get the next page.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null when the page is empty. Pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when the page was asked for with `after`, so items precede it. Paging is forward only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An entity taking part in an event, and in which role. */
export type Participant = {
  __typename?: 'Participant';
  /** The participant (usually an Actor). */
  entity: Entity;
  /** Role in the event: attacker, defender, target, victim, claimant, confirmer, belligerent … */
  role: Scalars['String']['output'];
};

/**
 * The shortest chain of claims between two entities. Direction is ignored while searching, so a
 * step may follow a claim backwards (see `PathStep.direction`).
 */
export type Path = {
  __typename?: 'Path';
  /** Number of steps (claims) in the chain. */
  hops: Scalars['Int']['output'];
  /** The entities along the chain, from the start to the end: `hops + 1` of them. */
  nodes: Array<Entity>;
  /** The steps in order; step i joins `nodes[i]` to `nodes[i + 1]`. */
  steps: Array<PathStep>;
};

/** One step of a path: two neighbouring entities and the claim that joins them. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The claim that joins the two, with its status, attribution and evidence. */
  claim: Claim;
  /** OUTGOING when the claim reads `from` -[predicate]-> `to`; INCOMING when the path follows it backwards. */
  direction: Direction;
  /** The entity this step leaves from (nearer the path's start). */
  from: Entity;
  /** The joining claim's predicate. */
  predicate: Scalars['String']['output'];
  /** The entity this step arrives at (nearer the path's end). */
  to: Entity;
};

/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Other names: transliterations, local and former names. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims in which this place appears, in claim-id order unless sorted. */
  claims: ClaimConnection;
  /**
   * Places that contain this one, following containment claims upwards (LOCATED_IN, CAPITAL_OF,
   * EXCLAVE_OF; see `Query.predicates`): Shushi → Nagorno-Karabakh → Azerbaijan. Nearest first, no
   * duplicates; DENIED claims are not followed.
   */
  containedIn: Array<Place>;
  /** Places inside this one (containment claims pointing here), nearest first. */
  contains: Array<Place>;
  /** For a country: the same country as a state actor (place:armenia ↔ actor:armenia); otherwise null. */
  counterpart?: Maybe<Actor>;
  /** Short curated description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Distance to another place: the great-circle distance computed from coordinates, beside the
   * distances the articles state. Null when `id` is unknown or is not a place.
   */
  distanceTo?: Maybe<Distance>;
  /** Events located here or involving this place as a participant, in date order. */
  events: Array<Event>;
  /** Stable id, e.g. `place:shushi`. */
  id: Scalars['ID']['output'];
  /** Always PLACE. */
  kind: EntityKind;
  /** Coordinates with their source and precision; null when unknown. */
  location?: Maybe<GeoPoint>;
  /** Where articles name this place, by article then position. */
  mentions: MentionConnection;
  /** Display name. */
  name: Scalars['String']['output'];
  /** True when extraction created the place and no curator has confirmed it yet. */
  provisional: Scalars['Boolean']['output'];
  /** Entities linked to this place by a claim (either direction). */
  related: RelatedEntityConnection;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** Where the place's facts (e.g. coordinates) come from when not from an article, e.g. `gazetteer:gyumri`. */
  source?: Maybe<Scalars['String']['output']>;
  /** Finer type: country, region, city, exclave, border, military-base, road, site … */
  subtype: Scalars['String']['output'];
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ClaimRole>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceContainedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  transitive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceContainsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  transitive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceDistanceToArgs = {
  id: Scalars['ID']['input'];
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
};


/** A location. A country is both a Place and an Actor (the state); `counterpart` links the two. */
export type PlaceRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Claims with one predicate. */
export type PredicateCount = {
  __typename?: 'PredicateCount';
  /** How many have this value. */
  count: Scalars['Int']['output'];
  /** The predicate (see `predicates`). */
  predicate: Scalars['String']['output'];
};

/** A predicate of the claim vocabulary (seed/vocabulary/predicates.yaml). */
export type PredicateInfo = {
  __typename?: 'PredicateInfo';
  /** What the predicate means, in one sentence. */
  description: Scalars['String']['output'];
  /** The predicate as used in `Claim.predicate` and filters, e.g. OVERLOOKS. */
  name: Predicate;
  /** What the claim's other side is: an entity, a quantity only, or nothing. */
  objectKind: PredicateObjectKind;
  /** Whether claims with this predicate carry a quantity (DISTANCE_FROM: required; KILLED: optional). */
  quantity: QuantityUse;
  /** True when A-p-B says the same as B-p-A (BORDERS, FIGHTING). */
  symmetric: Scalars['Boolean']['output'];
};

/** What a predicate's claims have on their other side. */
export type PredicateObjectKind =
  /** An entity (`Claim.object`). */
  | 'ENTITY'
  /** Nothing: the claim is about its subject alone (PURPOSE_UNKNOWN, SIGNIFICANCE). */
  | 'NONE'
  /** A quantity only (`Claim.quantity`), no object entity. */
  | 'QUANTITY';

/** Tests on a predicate; all given must hold. */
export type PredicateWhere = {
  /** This predicate. */
  eq?: InputMaybe<Predicate>;
  /** Any of these predicates (an empty list matches nothing). */
  in?: InputMaybe<Array<Predicate>>;
};

/** A qualifier on a claim: a key and its value, both as text. */
export type Qualifier = {
  __typename?: 'Qualifier';
  /** Qualifier name: since, direction, date, measure, role … */
  key: Scalars['String']['output'];
  /** Qualifier value as text ("1994", "north"). */
  value: Scalars['String']['output'];
};

/** A number stated in the text, with its unit ("about 150km" is 150, km, approximate). */
export type Quantity = {
  __typename?: 'Quantity';
  /** True when the text hedges the figure ("about", "some", "more than"). */
  approximate: Scalars['Boolean']['output'];
  /** Unit as normalised at ingest: `km`, `people`, `m` … */
  unit: Scalars['String']['output'];
  /** The stated number. */
  value: Scalars['Float']['output'];
};

/** A figure with its unit. */
export type QuantityInput = {
  /** True for "about", "at least", "more than". */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its unit (km, people, barrels per day …), not blank. */
  unit: Scalars['String']['input'];
  /** The number, finite. */
  value: Scalars['Float']['input'];
};

/** Whether a predicate's claims carry a quantity. */
export type QuantityUse =
  /** Claims have no quantity. */
  | 'NONE'
  /** A claim may have a quantity. */
  | 'OPTIONAL'
  /** Every claim has a quantity. */
  | 'REQUIRED';

/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type Query = {
  __typename?: 'Query';
  /** An article by id; null when unknown or not an article. */
  article?: Maybe<Article>;
  /** All articles, in id order. */
  articles: ArticleConnection;
  /** A claim by id; null when unknown or not a claim. */
  claim?: Maybe<Claim>;
  /**
   * Claims matching a filter, in the order `sort` gives (claim-id order by default). Page forward
   * with `first` / `after`, or back with `last` / `before`; cursors hold the sort's values, so a
   * page continues exactly where the last one ended even while claims are added.
   */
  claims: ClaimConnection;
  /** Counts of the claims a filter matches, by status, predicate, source and day (for charts and dashboards). */
  claimsAggregate: ClaimsAggregate;
  /** All entities, optionally of one kind, in id order. */
  entities: EntityConnection;
  /** Counts of the entities, by kind and subtype. */
  entitiesAggregate: EntitiesAggregate;
  /** An entity by id; null when unknown or not an entity. */
  entity?: Maybe<Entity>;
  /**
   * Everything within `hops` claims of an entity, as nodes and edges a graph view can draw. An
   * unknown id gives an empty subgraph. With `where`, only claims that meet it are followed and
   * drawn as edges, so `where: { verdict: { in: [UNREVIEWED, ACCEPTED, REJECTED] } }` brings back
   * rejected claims that are otherwise left out.
   */
  neighborhood: Subgraph;
  /** Any object by id (entity, claim or article); null when unknown. */
  node?: Maybe<Node>;
  /** Several objects by id, in the order asked; null where an id is unknown. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /**
   * The shortest chain of claims between two entities, ignoring claim direction; null when either
   * id is unknown or no chain exists within `maxHops`.
   */
  path?: Maybe<Path>;
  /** The claim predicate vocabulary, in name order: what each predicate means and what its claims carry. */
  predicates: Array<PredicateInfo>;
  /**
   * Entities whose name or an alias matches, case- and diacritic-insensitive ("shusha" finds Şuşa),
   * best first: exact name or alias, then prefix, then a word inside a name, then a similar
   * spelling. A country is found both as a Place and as an Actor.
   */
  search: Array<Entity>;
  /**
   * The hits of `search`, each with how well and by what it matched (the name or alias, and how:
   * exact, prefix, a word's prefix, a similar spelling), best first. Paged with `first` and `after`
   * up to the first 1,000 hits.
   */
  searchHits: SearchHitConnection;
  /** Counts of what the graph holds. */
  stats: GraphStats;
  /**
   * Dated events in date order (earliest first, then by id), optionally about one entity (its
   * location or a participant) and within a date range, a page at a time.
   */
  timeline: EventConnection;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryClaimsAggregateArgs = {
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryEntitiesAggregateArgs = {
  kind?: InputMaybe<EntityKind>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryNeighborhoodArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  hops?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QuerySearchHitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * Read access to the news knowledge graph.
 *
 * Ids are stable strings prefixed by kind: `place:shushi`, `actor:ilham-aliyev`, `event:<slug>`, `thing:<slug>`,
 * `article:<key>`, `claim:<article key>:<claim key>`. Unknown ids give null (or an empty result),
 * never an error.
 *
 * Errors carry `extensions.code`:
 * - `BAD_USER_INPUT`: an argument is invalid — `first` above 100 or negative, `hops` outside 1..3,
 *   `maxHops` outside 1..6 (refused, not run), an unknown predicate, a malformed cursor or date.
 *   The message names what is valid.
 * - `STORE_UNAVAILABLE`: the graph store could not be reached or failed; retry later.
 *
 * Lists come in Relay connections (`edges { cursor node }`, `pageInfo`, `totalCount`), paged
 * forward with `first` / `after` (`claims` also back, with `last` / `before`); the few plain lists
 * (`search`, `events`, `contains`, `containedIn`) take `first` as their bound. `claims`,
 * `claimsAggregate`, `neighborhood` and `claimAdded` filter with `ClaimWhere`, in @neo4j/graphql 7 style
 * (`where: { predicate: { in: [OVERLOOKS] }, subject: { kind: { eq: PLACE } } }`, `AND` / `OR` /
 * `NOT`); `claims` sorts with `sort: [{ confidence: DESC }]`.
 */
export type QueryTimelineArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Another entity linked to this one by a claim. */
export type RelatedEntity = {
  __typename?: 'RelatedEntity';
  /** The claim that states the relation, with its status, attribution and evidence. */
  claim: Claim;
  /** OUTGOING when this entity is the claim's subject, INCOMING when it is the object. */
  direction: Direction;
  /** The entity at the other end. */
  entity: Entity;
  /** The linking claim's predicate, e.g. OVERLOOKS. */
  predicate: Scalars['String']['output'];
};

/** A page of related entities (Relay connection), in the order of the claims that link them. */
export type RelatedEntityConnection = {
  __typename?: 'RelatedEntityConnection';
  /** The relations on this page, each with its cursor. */
  edges: Array<RelatedEntityEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
  /** Number of relations (claims linking this entity to another), across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A relation in a connection, with its cursor. */
export type RelatedEntityEdge = {
  __typename?: 'RelatedEntityEdge';
  /** Opaque cursor; pass it as `after` to continue after this relation. */
  cursor: Scalars['String']['output'];
  /** The related entity, with the predicate, direction and claim of the relation. */
  node: RelatedEntity;
};

/** What reviewClaim did. */
export type ReviewClaimPayload = {
  __typename?: 'ReviewClaimPayload';
  /** The claim with its review. */
  claim: Claim;
  /** Null when the claim already had this verdict and note. */
  revision?: Maybe<Revision>;
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
  eq?: InputMaybe<ReviewState>;
  /** Any of these states. */
  in?: InputMaybe<Array<ReviewState>>;
};

/** One curator's change: who, when, what, and the record before and after it. */
export type Revision = {
  __typename?: 'Revision';
  /** What the curator did. */
  action: RevisionAction;
  /** The changed part of the record after. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The name of the API key that made it. */
  author: Scalars['String']['output'];
  /** The changed part of the record before (null when there was none: a first review). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Stable id: `revision:<uuid>`. */
  id: Scalars['ID']['output'];
  /** Ids of every node it changed (a merge changes two, a correction the old claim and its replacement). */
  nodes: Array<Scalars['ID']['output']>;
  /** Why, as the curator wrote it. */
  note?: Maybe<Scalars['String']['output']>;
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

/** One entity `searchHits` found, with how it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** How it matched. */
  match: SearchMatch;
  /** The name or alias that matched, as the entity spells it. */
  matched: Scalars['String']['output'];
  /** How well it matched, from 1 (exact) down to 0.25 (a similar spelling); hits are listed by it. */
  score: Scalars['Float']['output'];
};

/** A page of search hits, best first (Relay connection). */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The hits on this page, each with its cursor. */
  edges: Array<SearchHitEdge>;
  /** Paging state: whether more follow, and the cursor to continue after. */
  pageInfo: PageInfo;
};

/** A search hit and its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Opaque cursor: pass it as `after` to continue after this hit. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** How a search hit matched its text, best first. */
export type SearchMatch =
  /** The whole name or an alias, ignoring case and diacritics ("shusha" for Shusha). */
  | 'EXACT'
  /** The beginning of the name or an alias ("stepan" for Stepanakert). */
  | 'PREFIX'
  /** A similar spelling: the same consonant skeleton ("Poghosyan" for Pogosian). */
  | 'SIMILAR'
  /** The beginning of a later word of the name or an alias ("karabakh" for Nagorno-Karabakh). */
  | 'WORD_PREFIX';

/**
 * One sentence of an article. Offsets are UTF-16 code-unit indices into `Article.text`, end
 * exclusive.
 */
export type Sentence = {
  __typename?: 'Sentence';
  /** True when the sentence is a photo caption rather than the story's body. */
  caption: Scalars['Boolean']['output'];
  /** Offset just past the sentence's last character. */
  end: Scalars['Int']['output'];
  /** Position in the article, from 0 (a leading photo caption counts). */
  index: Scalars['Int']['output'];
  /** Offset of the sentence's first character. */
  start: Scalars['Int']['output'];
  /** The sentence's text: `Article.text.slice(start, end)`. */
  text: Scalars['String']['output'];
};

/** A direction to sort in. */
export type SortDirection =
  /** Smallest first (A to Z, earliest, lowest). */
  | 'ASC'
  /** Largest first (Z to A, latest, highest). */
  | 'DESC';

/** Claims reported by one source. */
export type SourceCount = {
  __typename?: 'SourceCount';
  /** How many have this value. */
  count: Scalars['Int']['output'];
  /** The publisher; null for articles that name none. */
  source?: Maybe<Scalars['String']['output']>;
};

/** Tests on a text; all given must hold. Case-sensitive. */
export type StringWhere = {
  /** Contains this text. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to this text. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Any of these texts (an empty list matches nothing). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts with this text. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** A piece of the graph ready for a graph view: entities as nodes and claim-backed edges between them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Edges among `nodes` (both ends are in `nodes`). */
  edges: Array<Edge>;
  /** The entities, the centre included. */
  nodes: Array<Entity>;
  /** True when the node limit (`first`) cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Live updates, over WebSocket at the same path as queries (`ws://host:port/graphql`) in the
 * graphql-ws protocol (what Apollo Client's GraphQLWsLink and Relay's graphql-ws transport speak).
 * An event is sent once the ingest or curator's change that caused it has committed. The same API key rules as HTTP
 * apply (sent as connection params `{ "authorization": "Bearer <key>" }` or `{ "x-api-key": "<key>" }`,
 * needed only when REQUIRE_AUTH_FOR_READS is set); queries and mutations go over HTTP.
 * Events travel through the store's change log, so every server on one store announces every ingest and curation, whichever server or process made it, within `LIVE_POLL_MS`.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each article ingested (a new article or a new version; an unchanged re-send is not an event). */
  articleIngested: ArticleIngestedEvent;
  /** Each claim written by an ingest that passes `where` (the same filter as `Query.claims`; invalid values give BAD_USER_INPUT when subscribing). */
  claimAdded: Claim;
  /** Each new link between claims made by an ingest, e.g. a second source CONFIRMS or CONTRADICTS an earlier claim. */
  claimLinked: ClaimLinkEvent;
  /**
   * Each curator's change (review, correction, merge, alias, coordinates) as its revision, so a view
   * showing a claim or entity can redraw it; a change that changed nothing (sent again) is no event.
   */
  revisionMade: Revision;
};


/**
 * Live updates, over WebSocket at the same path as queries (`ws://host:port/graphql`) in the
 * graphql-ws protocol (what Apollo Client's GraphQLWsLink and Relay's graphql-ws transport speak).
 * An event is sent once the ingest or curator's change that caused it has committed. The same API key rules as HTTP
 * apply (sent as connection params `{ "authorization": "Bearer <key>" }` or `{ "x-api-key": "<key>" }`,
 * needed only when REQUIRE_AUTH_FOR_READS is set); queries and mutations go over HTTP.
 * Events travel through the store's change log, so every server on one store announces every ingest and curation, whichever server or process made it, within `LIVE_POLL_MS`.
 */
export type SubscriptionClaimAddedArgs = {
  where?: InputMaybe<ClaimWhere>;
};


/**
 * Live updates, over WebSocket at the same path as queries (`ws://host:port/graphql`) in the
 * graphql-ws protocol (what Apollo Client's GraphQLWsLink and Relay's graphql-ws transport speak).
 * An event is sent once the ingest or curator's change that caused it has committed. The same API key rules as HTTP
 * apply (sent as connection params `{ "authorization": "Bearer <key>" }` or `{ "x-api-key": "<key>" }`,
 * needed only when REQUIRE_AUTH_FOR_READS is set); queries and mutations go over HTTP.
 * Events travel through the store's change log, so every server on one store announces every ingest and curation, whichever server or process made it, within `LIVE_POLL_MS`.
 */
export type SubscriptionClaimLinkedArgs = {
  types?: InputMaybe<Array<ClaimLinkType>>;
};


/**
 * Live updates, over WebSocket at the same path as queries (`ws://host:port/graphql`) in the
 * graphql-ws protocol (what Apollo Client's GraphQLWsLink and Relay's graphql-ws transport speak).
 * An event is sent once the ingest or curator's change that caused it has committed. The same API key rules as HTTP
 * apply (sent as connection params `{ "authorization": "Bearer <key>" }` or `{ "x-api-key": "<key>" }`,
 * needed only when REQUIRE_AUTH_FOR_READS is set); queries and mutations go over HTTP.
 * Events travel through the store's change log, so every server on one store announces every ingest and curation, whichever server or process made it, within `LIVE_POLL_MS`.
 */
export type SubscriptionRevisionMadeArgs = {
  actions?: InputMaybe<Array<RevisionAction>>;
  nodes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Entities of one subtype. */
export type SubtypeCount = {
  __typename?: 'SubtypeCount';
  /** How many have this value. */
  count: Scalars['Int']['output'];
  /** The subtype. */
  subtype: Scalars['String']['output'];
};

/**
 * A physical object the story turns on (an aircraft, a drone, a convoy, vehicles, equipment, a flag
 * or a sign): what is shot down, escorted or displayed, as opposed to who acts. Photos and videos are
 * not things: they belong to their article (`Article.media`).
 */
export type Thing = Entity & Node & {
  __typename?: 'Thing';
  /** Other names ("the helicopter"). */
  aliases: Array<Scalars['String']['output']>;
  /** Claims in which this thing appears, in claim-id order unless sorted. */
  claims: ClaimConnection;
  /** Short curated description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Events it took part in (shot down, escorted …), in date order. */
  events: Array<Event>;
  /** Stable id, e.g. `thing:russian-military-helicopter`. */
  id: Scalars['ID']['output'];
  /** Always THING. */
  kind: EntityKind;
  /** Where articles name this thing, by article then position. */
  mentions: MentionConnection;
  /** Display name. */
  name: Scalars['String']['output'];
  /** True when extraction created the thing and no curator has confirmed it yet. */
  provisional: Scalars['Boolean']['output'];
  /** Entities linked to this one by a claim (either direction), each with the claim that links them, in claim-id order. */
  related: RelatedEntityConnection;
  /** Curators' changes to this node, newest first (at most `first`, up to 100). */
  revisions: Array<Revision>;
  /** Where the thing's facts come from when not from an article; null when they come from articles. */
  source?: Maybe<Scalars['String']['output']>;
  /** Finer type: aircraft, drone, convoy, vehicles, equipment, flag, sign … */
  subtype: Scalars['String']['output'];
};


/**
 * A physical object the story turns on (an aircraft, a drone, a convoy, vehicles, equipment, a flag
 * or a sign): what is shot down, escorted or displayed, as opposed to who acts. Photos and videos are
 * not things: they belong to their article (`Article.media`).
 */
export type ThingClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ClaimRole>;
  sort?: InputMaybe<Array<ClaimSort>>;
  where?: InputMaybe<ClaimWhere>;
};


/**
 * A physical object the story turns on (an aircraft, a drone, a convoy, vehicles, equipment, a flag
 * or a sign): what is shot down, escorted or displayed, as opposed to who acts. Photos and videos are
 * not things: they belong to their article (`Article.media`).
 */
export type ThingEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A physical object the story turns on (an aircraft, a drone, a convoy, vehicles, equipment, a flag
 * or a sign): what is shot down, escorted or displayed, as opposed to who acts. Photos and videos are
 * not things: they belong to their article (`Article.media`).
 */
export type ThingMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A physical object the story turns on (an aircraft, a drone, a convoy, vehicles, equipment, a flag
 * or a sign): what is shot down, escorted or displayed, as opposed to who acts. Photos and videos are
 * not things: they belong to their article (`Article.media`).
 */
export type ThingRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicate?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A physical object the story turns on (an aircraft, a drone, a convoy, vehicles, equipment, a flag
 * or a sign): what is shot down, escorted or displayed, as opposed to who acts. Photos and videos are
 * not things: they belong to their article (`Article.media`).
 */
export type ThingRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A curator's verdict on a claim. */
export type Verdict =
  /** Checked and right. */
  | 'ACCEPTED'
  /** Wrong: left out of lists, kept in the graph. */
  | 'REJECTED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Entity:
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
  ;
  Node:
    | ( EntityRecord )
    | ( ArticleSummary )
    | ( ClaimRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<EntityRecord>;
  Article: ResolverTypeWrapper<ArticleSummary>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleIngestedEvent: ResolverTypeWrapper<Omit<ArticleIngestedEvent, 'article'> & { article: ResolversTypes['Article'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimArticleWhere: ClaimArticleWhere;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimCorrection: ClaimCorrection;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node?: Maybe<ResolversTypes['Claim']> }>;
  ClaimEntityWhere: ClaimEntityWhere;
  ClaimLinkEvent: ResolverTypeWrapper<Omit<ClaimLinkEvent, 'from' | 'to'> & { from: ResolversTypes['Claim'], to: ResolversTypes['Claim'] }>;
  ClaimLinkType: ClaimLinkType;
  ClaimOrigin: ResolverTypeWrapper<ClaimOrigin>;
  ClaimReview: ResolverTypeWrapper<ClaimReview>;
  ClaimRole: ClaimRole;
  ClaimSort: ClaimSort;
  ClaimSpeakerWhere: ClaimSpeakerWhere;
  ClaimStatus: ClaimStatus;
  ClaimStatusCount: ResolverTypeWrapper<ClaimStatusCount>;
  ClaimStatusWhere: ClaimStatusWhere;
  ClaimWhere: ClaimWhere;
  ClaimsAggregate: ResolverTypeWrapper<ClaimsAggregateRecord>;
  CorrectClaimPayload: ResolverTypeWrapper<Omit<CorrectClaimPayload, 'claim' | 'corrected' | 'revision'> & { claim: ResolversTypes['Claim'], corrected: ResolversTypes['Claim'], revision?: Maybe<ResolversTypes['Revision']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateValue: ResolverTypeWrapper<DateValue>;
  DateWhere: DateWhere;
  DayCount: ResolverTypeWrapper<DayCount>;
  Direction: Direction;
  Distance: ResolverTypeWrapper<Omit<Distance, 'from' | 'stated' | 'to'> & { from: ResolversTypes['Place'], stated: Array<ResolversTypes['Claim']>, to: ResolversTypes['Place'] }>;
  Edge: ResolverTypeWrapper<EdgeRecord>;
  EntitiesAggregate: ResolverTypeWrapper<EntitiesAggregateRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityCurationPayload: ResolverTypeWrapper<Omit<EntityCurationPayload, 'entity' | 'revision'> & { entity: ResolversTypes['Entity'], revision?: Maybe<ResolversTypes['Revision']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  EntityKindCount: ResolverTypeWrapper<EntityKindCount>;
  EntityKindWhere: EntityKindWhere;
  Event: ResolverTypeWrapper<EntityRecord>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatWhere: FloatWhere;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPrecision: GeoPrecision;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDWhere: IdWhere;
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: ResolverTypeWrapper<Omit<IngestArticlePayload, 'article'> & { article: ResolversTypes['Article'] }>;
  IngestOutcome: IngestOutcome;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Media: ResolverTypeWrapper<MediaRecord>;
  MediaKind: MediaKind;
  Mention: ResolverTypeWrapper<MentionRecord>;
  MentionConnection: ResolverTypeWrapper<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversTypes['MentionEdge']> }>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>;
  MergeEntitiesPayload: ResolverTypeWrapper<Omit<MergeEntitiesPayload, 'entity' | 'revision'> & { entity: ResolversTypes['Entity'], revision?: Maybe<ResolversTypes['Revision']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OriginKind: OriginKind;
  OriginWhere: OriginWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<Omit<Participant, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Path: ResolverTypeWrapper<Omit<Path, 'nodes' | 'steps'> & { nodes: Array<ResolversTypes['Entity']>, steps: Array<ResolversTypes['PathStep']> }>;
  PathStep: ResolverTypeWrapper<Omit<PathStep, 'claim' | 'from' | 'to'> & { claim: ResolversTypes['Claim'], from: ResolversTypes['Entity'], to: ResolversTypes['Entity'] }>;
  Place: ResolverTypeWrapper<EntityRecord>;
  Predicate: Predicate;
  PredicateCount: ResolverTypeWrapper<PredicateCount>;
  PredicateInfo: ResolverTypeWrapper<PredicateInfo>;
  PredicateObjectKind: PredicateObjectKind;
  PredicateWhere: PredicateWhere;
  Qualifier: ResolverTypeWrapper<Qualifier>;
  Quantity: ResolverTypeWrapper<Quantity>;
  QuantityInput: QuantityInput;
  QuantityUse: QuantityUse;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelatedEntity: ResolverTypeWrapper<Omit<RelatedEntity, 'claim' | 'entity'> & { claim: ResolversTypes['Claim'], entity: ResolversTypes['Entity'] }>;
  RelatedEntityConnection: ResolverTypeWrapper<Omit<RelatedEntityConnection, 'edges'> & { edges: Array<ResolversTypes['RelatedEntityEdge']> }>;
  RelatedEntityEdge: ResolverTypeWrapper<Omit<RelatedEntityEdge, 'node'> & { node: ResolversTypes['RelatedEntity'] }>;
  ReviewClaimPayload: ResolverTypeWrapper<Omit<ReviewClaimPayload, 'claim' | 'revision'> & { claim: ResolversTypes['Claim'], revision?: Maybe<ResolversTypes['Revision']> }>;
  ReviewState: ReviewState;
  ReviewStateWhere: ReviewStateWhere;
  Revision: ResolverTypeWrapper<RevisionRecord>;
  RevisionAction: RevisionAction;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SearchHitConnection: ResolverTypeWrapper<Omit<SearchHitConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHitEdge']> }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchMatch: SearchMatch;
  Sentence: ResolverTypeWrapper<Sentence>;
  SortDirection: SortDirection;
  SourceCount: ResolverTypeWrapper<SourceCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringWhere: StringWhere;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubtypeCount: ResolverTypeWrapper<SubtypeCount>;
  Thing: ResolverTypeWrapper<EntityRecord>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  Verdict: Verdict;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: EntityRecord;
  Article: ArticleSummary;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleIngestedEvent: Omit<ArticleIngestedEvent, 'article'> & { article: ResolversParentTypes['Article'] };
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRecord;
  ClaimArticleWhere: ClaimArticleWhere;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimCorrection: ClaimCorrection;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Claim']> };
  ClaimEntityWhere: ClaimEntityWhere;
  ClaimLinkEvent: Omit<ClaimLinkEvent, 'from' | 'to'> & { from: ResolversParentTypes['Claim'], to: ResolversParentTypes['Claim'] };
  ClaimOrigin: ClaimOrigin;
  ClaimReview: ClaimReview;
  ClaimSort: ClaimSort;
  ClaimSpeakerWhere: ClaimSpeakerWhere;
  ClaimStatusCount: ClaimStatusCount;
  ClaimStatusWhere: ClaimStatusWhere;
  ClaimWhere: ClaimWhere;
  ClaimsAggregate: ClaimsAggregateRecord;
  CorrectClaimPayload: Omit<CorrectClaimPayload, 'claim' | 'corrected' | 'revision'> & { claim: ResolversParentTypes['Claim'], corrected: ResolversParentTypes['Claim'], revision?: Maybe<ResolversParentTypes['Revision']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateValue: DateValue;
  DateWhere: DateWhere;
  DayCount: DayCount;
  Distance: Omit<Distance, 'from' | 'stated' | 'to'> & { from: ResolversParentTypes['Place'], stated: Array<ResolversParentTypes['Claim']>, to: ResolversParentTypes['Place'] };
  Edge: EdgeRecord;
  EntitiesAggregate: EntitiesAggregateRecord;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityCurationPayload: Omit<EntityCurationPayload, 'entity' | 'revision'> & { entity: ResolversParentTypes['Entity'], revision?: Maybe<ResolversParentTypes['Revision']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityKindCount: EntityKindCount;
  EntityKindWhere: EntityKindWhere;
  Event: EntityRecord;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  Evidence: EvidenceRecord;
  Float: Scalars['Float']['output'];
  FloatWhere: FloatWhere;
  GeoPoint: GeoPoint;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  IDWhere: IdWhere;
  IngestArticleInput: IngestArticleInput;
  IngestArticlePayload: Omit<IngestArticlePayload, 'article'> & { article: ResolversParentTypes['Article'] };
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Media: MediaRecord;
  Mention: MentionRecord;
  MentionConnection: Omit<MentionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentionEdge']> };
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] };
  MergeEntitiesPayload: Omit<MergeEntitiesPayload, 'entity' | 'revision'> & { entity: ResolversParentTypes['Entity'], revision?: Maybe<ResolversParentTypes['Revision']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OriginWhere: OriginWhere;
  PageInfo: PageInfo;
  Participant: Omit<Participant, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Path: Omit<Path, 'nodes' | 'steps'> & { nodes: Array<ResolversParentTypes['Entity']>, steps: Array<ResolversParentTypes['PathStep']> };
  PathStep: Omit<PathStep, 'claim' | 'from' | 'to'> & { claim: ResolversParentTypes['Claim'], from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'] };
  Place: EntityRecord;
  PredicateCount: PredicateCount;
  PredicateInfo: PredicateInfo;
  PredicateWhere: PredicateWhere;
  Qualifier: Qualifier;
  Quantity: Quantity;
  QuantityInput: QuantityInput;
  Query: Record<PropertyKey, never>;
  RelatedEntity: Omit<RelatedEntity, 'claim' | 'entity'> & { claim: ResolversParentTypes['Claim'], entity: ResolversParentTypes['Entity'] };
  RelatedEntityConnection: Omit<RelatedEntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelatedEntityEdge']> };
  RelatedEntityEdge: Omit<RelatedEntityEdge, 'node'> & { node: ResolversParentTypes['RelatedEntity'] };
  ReviewClaimPayload: Omit<ReviewClaimPayload, 'claim' | 'revision'> & { claim: ResolversParentTypes['Claim'], revision?: Maybe<ResolversParentTypes['Revision']> };
  ReviewStateWhere: ReviewStateWhere;
  Revision: RevisionRecord;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SearchHitConnection: Omit<SearchHitConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHitEdge']> };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  Sentence: Sentence;
  SourceCount: SourceCount;
  String: Scalars['String']['output'];
  StringWhere: StringWhere;
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
  Subscription: Record<PropertyKey, never>;
  SubtypeCount: SubtypeCount;
  Thing: EntityRecord;
  URL: Scalars['URL']['output'];
}>;

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ActorClaimsArgs, 'first' | 'role'>>;
  counterpart?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<ActorEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ActorMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  related?: Resolver<ResolversTypes['RelatedEntityConnection'], ParentType, ContextType, RequireFields<ActorRelatedArgs, 'first'>>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ActorRevisionsArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ActorStatementsArgs, 'first'>>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ArticleClaimsArgs, 'first'>>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
  mentionedEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<ArticleMentionedEntitiesArgs>>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ArticleRevisionsArgs, 'first'>>;
  sentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export type ArticleIngestedEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleIngestedEvent'] = ResolversParentTypes['ArticleIngestedEvent']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  createdClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  attributedTo?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confirmedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  confirms?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  contradictedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  corroboratedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  independentSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ClaimOrigin'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifiers?: Resolver<Array<ResolversTypes['Qualifier']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['ClaimReview']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ClaimRevisionsArgs, 'first'>>;
  sameAs?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  statedOn?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  statedVia?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
}>;

export type ClaimLinkEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimLinkEvent'] = ResolversParentTypes['ClaimLinkEvent']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ClaimLinkType'], ParentType, ContextType>;
}>;

export type ClaimOriginResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimOrigin'] = ResolversParentTypes['ClaimOrigin']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['OriginKind'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClaimReviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimReview'] = ResolversParentTypes['ClaimReview']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
}>;

export type ClaimStatusCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimStatusCount'] = ResolversParentTypes['ClaimStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
}>;

export type ClaimsAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimsAggregate'] = ResolversParentTypes['ClaimsAggregate']> = ResolversObject<{
  byDay?: Resolver<Array<ResolversTypes['DayCount']>, ParentType, ContextType, RequireFields<ClaimsAggregateByDayArgs, 'first'>>;
  byPredicate?: Resolver<Array<ResolversTypes['PredicateCount']>, ParentType, ContextType, RequireFields<ClaimsAggregateByPredicateArgs, 'first'>>;
  bySource?: Resolver<Array<ResolversTypes['SourceCount']>, ParentType, ContextType, RequireFields<ClaimsAggregateBySourceArgs, 'first'>>;
  byStatus?: Resolver<Array<ResolversTypes['ClaimStatusCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CorrectClaimPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CorrectClaimPayload'] = ResolversParentTypes['CorrectClaimPayload']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateValueResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DateValue'] = ResolversParentTypes['DateValue']> = ResolversObject<{
  expression?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type DayCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DayCount'] = ResolversParentTypes['DayCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type DistanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Distance'] = ResolversParentTypes['Distance']> = ResolversObject<{
  computedKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stated?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type EdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EntitiesAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntitiesAggregate'] = ResolversParentTypes['EntitiesAggregate']> = ResolversObject<{
  byKind?: Resolver<Array<ResolversTypes['EntityKindCount']>, ParentType, ContextType>;
  bySubtype?: Resolver<Array<ResolversTypes['SubtypeCount']>, ParentType, ContextType, RequireFields<EntitiesAggregateBySubtypeArgs, 'first'>>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Event' | 'Place' | 'Thing', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityCurationPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityCurationPayload'] = ResolversParentTypes['EntityCurationPayload']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
}>;

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EntityKindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityKindCount'] = ResolversParentTypes['EntityKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<EventClaimsArgs, 'first' | 'role'>>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fatalities?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EventMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  related?: Resolver<ResolversTypes['RelatedEntityConnection'], ParentType, ContextType, RequireFields<EventRelatedArgs, 'first'>>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<EventRevisionsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['GeoPrecision'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphStatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = ResolversObject<{
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngestArticlePayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestArticlePayload'] = ResolversParentTypes['IngestArticlePayload']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  contradictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corroborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdMentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergedAliases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mergedEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
  skippedClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MediaResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = ResolversObject<{
  caption?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MediaKind'], ParentType, ContextType>;
  releasedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  shows?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MentionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MentionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
}>;

export type MergeEntitiesPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeEntitiesPayload'] = ResolversParentTypes['MergeEntitiesPayload']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  movedClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movedMentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAlias?: Resolver<ResolversTypes['EntityCurationPayload'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'id'>>;
  correctClaim?: Resolver<ResolversTypes['CorrectClaimPayload'], ParentType, ContextType, RequireFields<MutationCorrectClaimArgs, 'correction' | 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestArticlePayload'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeEntitiesPayload'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  reviewClaim?: Resolver<ResolversTypes['ReviewClaimPayload'], ParentType, ContextType, RequireFields<MutationReviewClaimArgs, 'id' | 'verdict'>>;
  setLocation?: Resolver<ResolversTypes['EntityCurationPayload'], ParentType, ContextType, RequireFields<MutationSetLocationArgs, 'id' | 'lat' | 'lon' | 'precision' | 'source'>>;
}>;

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Article' | 'Claim' | 'Event' | 'Place' | 'Thing', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PlaceClaimsArgs, 'first' | 'role'>>;
  containedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<PlaceContainedInArgs, 'first' | 'transitive'>>;
  contains?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<PlaceContainsArgs, 'first' | 'transitive'>>;
  counterpart?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distanceTo?: Resolver<Maybe<ResolversTypes['Distance']>, ParentType, ContextType, RequireFields<PlaceDistanceToArgs, 'id'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<PlaceEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PlaceMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  related?: Resolver<ResolversTypes['RelatedEntityConnection'], ParentType, ContextType, RequireFields<PlaceRelatedArgs, 'first'>>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<PlaceRevisionsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PredicateCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PredicateCount'] = ResolversParentTypes['PredicateCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PredicateInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PredicateInfo'] = ResolversParentTypes['PredicateInfo']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  objectKind?: Resolver<ResolversTypes['PredicateObjectKind'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['QuantityUse'], ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QualifierResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Qualifier'] = ResolversParentTypes['Qualifier']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuantityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  claimsAggregate?: Resolver<ResolversTypes['ClaimsAggregate'], ParentType, ContextType, Partial<QueryClaimsAggregateArgs>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entitiesAggregate?: Resolver<ResolversTypes['EntitiesAggregate'], ParentType, ContextType, Partial<QueryEntitiesAggregateArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'first' | 'hops' | 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  predicates?: Resolver<Array<ResolversTypes['PredicateInfo']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchHits?: Resolver<ResolversTypes['SearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchHitsArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
}>;

export type RelatedEntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelatedEntity'] = ResolversParentTypes['RelatedEntity']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RelatedEntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelatedEntityConnection'] = ResolversParentTypes['RelatedEntityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RelatedEntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelatedEntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelatedEntityEdge'] = ResolversParentTypes['RelatedEntityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RelatedEntity'], ParentType, ContextType>;
}>;

export type ReviewClaimPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReviewClaimPayload'] = ResolversParentTypes['ReviewClaimPayload']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
}>;

export type RevisionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = ResolversObject<{
  action?: Resolver<ResolversTypes['RevisionAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchHitConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHitConnection'] = ResolversParentTypes['SearchHitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SearchHitEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
}>;

export type SentenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = ResolversObject<{
  caption?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SourceCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceCount'] = ResolversParentTypes['SourceCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  articleIngested?: SubscriptionResolver<ResolversTypes['ArticleIngestedEvent'], "articleIngested", ParentType, ContextType>;
  claimAdded?: SubscriptionResolver<ResolversTypes['Claim'], "claimAdded", ParentType, ContextType, Partial<SubscriptionClaimAddedArgs>>;
  claimLinked?: SubscriptionResolver<ResolversTypes['ClaimLinkEvent'], "claimLinked", ParentType, ContextType, Partial<SubscriptionClaimLinkedArgs>>;
  revisionMade?: SubscriptionResolver<ResolversTypes['Revision'], "revisionMade", ParentType, ContextType, Partial<SubscriptionRevisionMadeArgs>>;
}>;

export type SubtypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SubtypeCount'] = ResolversParentTypes['SubtypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ThingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Thing'] = ResolversParentTypes['Thing']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ThingClaimsArgs, 'first' | 'role'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<ThingEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ThingMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  related?: Resolver<ResolversTypes['RelatedEntityConnection'], ParentType, ContextType, RequireFields<ThingRelatedArgs, 'first'>>;
  revisions?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ThingRevisionsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleIngestedEvent?: ArticleIngestedEventResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimLinkEvent?: ClaimLinkEventResolvers<ContextType>;
  ClaimOrigin?: ClaimOriginResolvers<ContextType>;
  ClaimReview?: ClaimReviewResolvers<ContextType>;
  ClaimStatusCount?: ClaimStatusCountResolvers<ContextType>;
  ClaimsAggregate?: ClaimsAggregateResolvers<ContextType>;
  CorrectClaimPayload?: CorrectClaimPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DateValue?: DateValueResolvers<ContextType>;
  DayCount?: DayCountResolvers<ContextType>;
  Distance?: DistanceResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  EntitiesAggregate?: EntitiesAggregateResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityCurationPayload?: EntityCurationPayloadResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityKindCount?: EntityKindCountResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  IngestArticlePayload?: IngestArticlePayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Media?: MediaResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  MergeEntitiesPayload?: MergeEntitiesPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PredicateCount?: PredicateCountResolvers<ContextType>;
  PredicateInfo?: PredicateInfoResolvers<ContextType>;
  Qualifier?: QualifierResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedEntity?: RelatedEntityResolvers<ContextType>;
  RelatedEntityConnection?: RelatedEntityConnectionResolvers<ContextType>;
  RelatedEntityEdge?: RelatedEntityEdgeResolvers<ContextType>;
  ReviewClaimPayload?: ReviewClaimPayloadResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitConnection?: SearchHitConnectionResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  SourceCount?: SourceCountResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SubtypeCount?: SubtypeCountResolvers<ContextType>;
  Thing?: ThingResolvers<ContextType>;
  URL?: GraphQLScalarType;
}>;

