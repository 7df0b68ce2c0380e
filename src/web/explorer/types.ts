// Shapes of the answers to the operations in queries.ts, named for the components. Each is taken
// from generated/operations.ts, which graphql-codegen writes from those operations and the SDL
// (npm run codegen), so a selection and its type cannot drift apart.
import type {
  ClaimEvidenceQuery,
  ClaimSummaryFragment,
  EntityCardFragment,
  EntityDetailsQuery,
  EntityLocationsQuery,
  EventDatesQuery,
  FindPathQuery,
  NeighborhoodQuery,
  SearchEntitiesQuery,
  StatementsQuery,
  TimelineQuery,
} from './generated/operations.js';

export type { ClaimStatus, DatePrecision, EntityKind, OriginKind, ReviewState } from './generated/operations.js';

/** What `nodes(ids:)` answers for a node none of the operation's fragments select. */
type Unselected = Record<PropertyKey, never>;

type KeysOfAny<U> = U extends unknown ? keyof U : never;
type FieldOfAny<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** A union of per-type selections as one object: a field only some types select is optional. */
type Merged<U> = Pick<U, keyof U> & { [K in Exclude<KeysOfAny<U>, keyof U>]?: FieldOfAny<U, K> };

export type EntityCard = EntityCardFragment;
export type ClaimSummary = ClaimSummaryFragment;
export type ClaimRef = ClaimSummary['confirms'][number];
export type DateValue = NonNullable<ClaimSummary['statedOn']>;
export type SearchHit = SearchEntitiesQuery['search'][number];

/** An entity with what its type adds (a place's location, an actor's role, an event's dates …). */
export type EntityDetails = Merged<NonNullable<EntityDetailsQuery['entity']>>;

export type Subgraph = NeighborhoodQuery['neighborhood'];

export type ClaimWithEvidence = NonNullable<ClaimEvidenceQuery['claim']>;
export type Evidence = ClaimWithEvidence['evidence'][number];
export type Article = Evidence['article'];
export type Sentence = Article['sentences'][number];

/** One source's statement: who said what, when, how, and the quotes with their articles. */
export type Statement = NonNullable<StatementsQuery['claims']['edges'][number]['node']>;
/** A cited article, as exports and the sources table name it. */
export type Citation = Statement['evidence'][number]['article'];

/** A place with its coordinates, or an event with its place's (as EntityLocations answers). */
export type EntityLocation = Exclude<EntityLocationsQuery['nodes'][number], Unselected | null>;
/** An event with its dates (as EventDates answers). */
export type EventDates = Exclude<EventDatesQuery['nodes'][number], Unselected | null>;

export type Path = NonNullable<FindPathQuery['path']>;
export type PathStep = Path['steps'][number];

export type TimelineEvent = TimelineQuery['timeline']['edges'][number]['node'];

/** One page of the timeline, with what is needed to fetch the next. */
export interface TimelinePage {
  events: TimelineEvent[];
  totalCount: number;
  /** Cursor to continue after; null when this is the last page. */
  next: string | null;
}
