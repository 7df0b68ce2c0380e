// Shapes of the answers to the operations in queries.ts (hand-written: the selections are
// small, and the browser test checks the operations against the schema).

export type EntityKind = 'PLACE' | 'ACTOR' | 'EVENT' | 'THING';
export type ClaimStatus = 'REPORTED' | 'CLAIMED' | 'CONFIRMED' | 'DENIED' | 'UNCERTAIN';
export type DatePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'APPROXIMATE';

export interface EntityCard {
  id: string;
  name: string;
  kind: EntityKind;
  subtype: string;
}

export interface DateValue {
  value: string;
  precision: DatePrecision;
  expression: string | null;
}

export interface ClaimRef {
  id: string;
  statement: string;
  status: ClaimStatus;
}

export interface ClaimSummary extends ClaimRef {
  predicate: string;
  confidence: number;
  /** Null only when the store has lost the entity (the server logs it as a data error). */
  subject: EntityCard | null;
  object: EntityCard | null;
  quantity: { value: number; unit: string; approximate: boolean } | null;
  attributedTo: { id: string; name: string }[];
  statedOn: DateValue | null;
  statedVia: string | null;
  confirms: ClaimRef[];
  confirmedBy: ClaimRef[];
  contradicts: ClaimRef[];
  contradictedBy: ClaimRef[];
}

export interface SearchHit extends EntityCard {
  aliases: string[];
}

export interface EntityDetails extends EntityCard {
  aliases: string[];
  description: string | null;
  provisional: boolean;
  source: string | null;
  // Place
  location?: { lat: number; lon: number; source: string; precision: string } | null;
  // Actor
  role?: string | null;
  // Event
  eventType?: string | null;
  date?: DateValue | null;
  endDate?: DateValue | null;
  fatalities?: number | null;
  /** Event.location, aliased. */
  place?: EntityCard | null;
  participants?: { role: string; entity: EntityCard }[];
  claims: { totalCount: number; edges: { node: ClaimSummary }[] };
}

export interface Subgraph {
  truncated: boolean;
  nodes: EntityCard[];
  edges: { source: string; target: string; predicate: string; claim: ClaimRef | null }[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  caption: boolean;
}

export interface Article {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string;
  sentences: Sentence[];
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  sentence: number;
  caption: boolean;
  article: Article;
}

export interface ClaimWithEvidence extends ClaimSummary {
  evidence: Evidence[];
}

/** A cited article, as exports and the sources table name it. */
export interface Citation {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** One source's statement: who said what, when, how, and the quotes with their articles. */
export interface Statement {
  id: string;
  predicate: string;
  statement: string;
  status: ClaimStatus;
  confidence: number;
  subject: EntityCard | null;
  object: EntityCard | null;
  attributedTo: { id: string; name: string }[];
  statedOn: DateValue | null;
  statedVia: string | null;
  confirms: { id: string }[];
  confirmedBy: { id: string }[];
  contradicts: { id: string }[];
  contradictedBy: { id: string }[];
  sameAs: { id: string }[];
  evidence: { quote: string; sentenceText: string; article: Citation }[];
}

/** A place with its coordinates, or an event with its place's (as EntityLocations answers). */
export type EntityLocation =
  | { id: string; name: string; kind: 'PLACE'; location: { lat: number; lon: number } | null }
  | {
      id: string;
      name: string;
      kind: 'EVENT';
      place: { id: string; name: string; location: { lat: number; lon: number } | null } | null;
    };

/** An event with its dates (as EventDates answers). */
export interface EventDates {
  id: string;
  name: string;
  date: DateValue | null;
  endDate: DateValue | null;
}

export interface PathStep {
  from: { id: string; name: string };
  to: { id: string; name: string };
  predicate: string;
  direction: 'OUTGOING' | 'INCOMING';
  claim: ClaimRef;
}

export interface Path {
  hops: number;
  nodes: EntityCard[];
  steps: PathStep[];
}

export interface TimelineEvent extends EntityCard {
  date: DateValue | null;
  endDate: DateValue | null;
  location: { id: string; name: string } | null;
}

/** One page of the timeline, with what is needed to fetch the next. */
export interface TimelinePage {
  events: TimelineEvent[];
  totalCount: number;
  /** Cursor to continue after; null when this is the last page. */
  next: string | null;
}
