// Graph records: what ingest produces and the store persists. Plain data, no storage concerns.

/** THING: a physical object the story turns on (an aircraft, a convoy, vehicles, a flag), not a party that acts or speaks. */
export const ENTITY_KINDS = ['PLACE', 'ACTOR', 'EVENT', 'THING'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The id prefix of an entity kind: ids carry their kind (`actor:ilham-aliyev`), so a kind test is a prefix test on an id. */
export const kindPrefix = (kind: EntityKind): string => `${kind.toLowerCase()}:`;

export const CLAIM_STATUSES = ['REPORTED', 'CLAIMED', 'CONFIRMED', 'DENIED', 'UNCERTAIN'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_LINK_TYPES = ['CONFIRMS', 'CONTRADICTS', 'SAME_AS'] as const;
export type ClaimLinkType = (typeof CLAIM_LINK_TYPES)[number];

/** How exact a date is (ACLED's time_precision, spelled out). */
export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'APPROXIMATE'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How exact a coordinate is (ACLED's geo_precision, spelled out). */
export const GEO_PRECISIONS = ['EXACT', 'CITY', 'REGION', 'COUNTRY'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** A resolved date: ISO value (YYYY, YYYY-MM or YYYY-MM-DD), its precision, and the words it came from. */
export interface ResolvedDate {
  value: string;
  precision: DatePrecision;
  expression?: string;
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  /** Finer type: city, exclave, state, person, shootdown, territory-taken … */
  subtype: string;
  name: string;
  aliases: string[];
  description?: string;
  /** Where the entity's facts come from when not from an article (e.g. "gazetteer:…"). */
  source?: string;
  /** Created by extraction and not yet confirmed by a curator. */
  provisional: boolean;
  /** Person's role or title ("President of Azerbaijan"). */
  role?: string;
  /** Place: coordinates with their source and precision. */
  location?: { lat: number; lon: number; source: string; precision: GeoPrecision };
  /** A country as a place and the same country as a state actor point at each other. */
  counterpartId?: string;
  /** Event: type, date, where, and casualties. */
  eventType?: string;
  date?: ResolvedDate;
  endDate?: ResolvedDate;
  locationId?: string;
  fatalities?: number;
  participants?: { entityId: string; role: string }[];
}

export interface QuantityRecord {
  value: number;
  unit: string;
  approximate: boolean;
}

export interface EvidenceRecord {
  articleId: string;
  quote: string;
  start: number;
  end: number;
  sentence: number;
}

export interface ClaimLinkRecord {
  type: ClaimLinkType;
  targetId: string;
}

/** A curator's verdict on a claim: REJECTED claims leave the default lists but stay in the graph. */
export const REVIEW_VERDICTS = ['ACCEPTED', 'REJECTED'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
/** A claim's review state, for filters: UNREVIEWED is a claim no curator has judged. */
export type ReviewState = ReviewVerdict | 'UNREVIEWED';

export interface ClaimReview {
  verdict: ReviewVerdict;
  note?: string;
  /** The name of the API key that reviewed it. */
  by: string;
  /** ISO 8601 date-time. */
  at: string;
}

export interface ClaimRecord {
  id: string;
  articleId: string;
  predicate: string;
  statement: string;
  subjectId: string;
  objectId?: string;
  quantity?: QuantityRecord;
  /** Wikidata-style qualifiers: since, direction, measure, date … (string values). */
  qualifiers: Record<string, string>;
  status: ClaimStatus;
  attributedTo: string[];
  /** When the attributed party said it. */
  statedOn?: ResolvedDate;
  /** Channel of the statement ("Facebook", "a statement"). */
  statedVia?: string;
  confidence: number;
  /** "curated" or "rule:<rule id>". */
  origin: string;
  evidence: EvidenceRecord[];
  links: ClaimLinkRecord[];
  /** Set by curation only (never by ingest, whose writes leave it as it is). */
  review?: ClaimReview;
  /** The claim this one corrects (correctClaim). */
  supersedes?: string;
  /** The correction that replaced this claim; it stays, out of the default lists. */
  supersededBy?: string;
}

export interface SentenceRecord {
  index: number;
  start: number;
  end: number;
  caption: boolean;
}

/** What a media item is. */
export const MEDIA_KINDS = ['PHOTO', 'VIDEO', 'SCREENGRAB'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A photo, video or screengrab the article carries, known by its caption: part of the article, not of the entity graph. */
export interface MediaRecord {
  kind: MediaKind;
  /** The caption, verbatim, as evidence in the article's text. */
  caption: EvidenceRecord;
  /** Who the article credits ("AP" from "Photo / AP"). */
  credit?: string;
  /** The actor that released it (a ministry's video). */
  releasedBy?: string;
  /** Entities it shows. */
  shows: string[];
  description?: string;
}

export interface ArticleRecord {
  id: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  text: string;
  contentHash: string;
  sentences: SentenceRecord[];
  /** Photos, videos and screengrabs, from the captions; empty when the text has none. */
  media?: MediaRecord[];
  /** 1 for the first text seen at a URL; a changed text at the same URL is the next version. */
  version?: number;
  /** The article this version replaces (same URL, earlier text), kept in the graph. */
  supersedes?: string;
}

/** An article without its text and sentences: what lists, evidence and provenance read. */
export type ArticleSummary = Omit<ArticleRecord, 'text' | 'sentences'>;

/** An article's text and sentences, read only where a request asks for them. */
export type ArticleBody = Pick<ArticleRecord, 'text' | 'sentences'>;

export interface MentionRecord {
  articleId: string;
  entityId: string;
  start: number;
  end: number;
  sentence: number;
  text: string;
}

/**
 * What a committed ingest announces to live subscribers: written to the store's change log in the
 * same transaction as the ingest, and read back by every server on that store.
 */
/** What one committed write announces through the store's change log (port.ts changesAfter). */
export type ChangeRecord = IngestChange | CurationChange;

/** An ingest: its article, claims and links (log entries from before `kind` existed have none). */
export interface IngestChange {
  kind?: 'ingest';
  articleId: string;
  outcome: 'CREATED' | 'NEW_VERSION';
  /** The claims written, in the batch's order. */
  claimIds: string[];
  /** Links the new claims made to claims already in the graph. */
  links: { type: ClaimLinkType; from: string; to: string }[];
}

/** A curator's change, as its revision. */
export interface CurationChange {
  kind: 'curation';
  revision: RevisionRecord;
}

/** What a curator can do, each recorded as a revision. */
export const REVISION_ACTIONS = ['REVIEW_CLAIM', 'CORRECT_CLAIM', 'MERGE_ENTITIES', 'ADD_ALIAS', 'SET_LOCATION'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** One curator's change: who, when, what, and the records as they were before and after. */
export interface RevisionRecord {
  id: string;
  /** The nodes it changed (a merge changes two, a correction the old claim and its replacement). */
  nodeIds: string[];
  action: RevisionAction;
  /** The name of the API key that made it. */
  author: string;
  /** ISO 8601 date-time. */
  at: string;
  note?: string;
  before: unknown;
  after: unknown;
}

/**
 * A curator's change beyond rewriting records, applied in the batch's transaction after its
 * records: reviews set, claims superseded by their corrections, one entity merged into another
 * (its claims, mentions, participations and names move; its id answers with the kept entity).
 */
export interface Curation {
  revision: RevisionRecord;
  reviews?: { claimId: string; review: ClaimReview }[];
  supersede?: { claimId: string; by: string }[];
  merge?: { keep: string; merge: string };
}

/** One unit of writing: everything an article (or a curator's change) contributes, stored all-or-nothing. */
export interface GraphBatch {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
  mentions: MentionRecord[];
  /** Announced to live subscribers once the batch commits (ingest sets it; seeding does not). */
  change?: ChangeRecord;
  /** A curator's change (curate/), recorded as a revision in the same transaction. */
  curation?: Curation;
}

export const emptyBatch = (): GraphBatch => ({ articles: [], entities: [], claims: [], mentions: [] });
