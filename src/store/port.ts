// The store port: every operation ingest and the API need, answered alike by the Neo4j and the
// embedded adapter. Reads and writes each run in one transaction; batched reads return results in
// the order of the ids asked for (null where an id is unknown), ready for DataLoader.
import type {
  ArticleBody,
  ArticleRecord,
  ArticleSummary,
  ChangeRecord,
  ClaimLinkType,
  ClaimRecord,
  ClaimStatus,
  EntityKind,
  EntityRecord,
  EvidenceRecord,
  GraphBatch,
  MentionRecord,
  ReviewState,
  RevisionRecord,
} from '../model/records.js';

export type StoreBackend = 'neo4j' | 'embedded';

/** Changes the log keeps: far more than a listener polling every second falls behind by. */
export const CHANGE_LOG_KEEP = 10_000;

/** Longest path the store will search for; longer requests are refused, not run. */
export const MAX_PATH_HOPS = 6;

/** One id, or any of several. */
export type OneOrMany<T> = T | readonly T[];

/** Bounds on a value; all given must hold. Dates are ISO prefixes compared at the bound's precision ("2020-11" is the whole month). */
export interface Range<T> {
  eq?: T;
  gt?: T;
  gte?: T;
  lt?: T;
  lte?: T;
}

/** Tests on a text; all given must hold. */
export interface TextTest {
  in?: readonly string[];
  contains?: string;
  startsWith?: string;
}

/**
 * Claims filter, the fields combined with AND; `all`, `any` and `not` nest filters. Absent fields
 * do not filter, except that rejected and superseded claims are left out unless the filter names
 * `reviews` or `superseded` somewhere (shared.ts visibleByDefault); an empty list matches nothing.
 */
export interface ClaimFilter {
  ids?: readonly string[];
  subject?: OneOrMany<string>;
  object?: OneOrMany<string>;
  /** Subject or object. */
  about?: OneOrMany<string>;
  /** Kinds of the subject (and object, about): ids carry their kind as prefix (place:, actor:, event:). */
  subjectKinds?: readonly EntityKind[];
  objectKinds?: readonly EntityKind[];
  aboutKinds?: readonly EntityKind[];
  predicates?: readonly string[];
  statuses?: readonly ClaimStatus[];
  attributedTo?: OneOrMany<string>;
  article?: OneOrMany<string>;
  /** The reporting article's publication day. */
  publishedAt?: Range<string>;
  /** The reporting article's publisher. */
  publisher?: TextTest;
  /** Curated annotations or rule-based extraction. */
  origin?: 'curated' | 'extracted';
  confidence?: Range<number>;
  /** The day the statement was made, at the precision stored. */
  statedOn?: Range<string>;
  statement?: TextTest;
  /** Review states; UNREVIEWED is a claim no curator has judged. */
  reviews?: readonly ReviewState[];
  /** true: only claims a correction replaced; false: only current ones. */
  superseded?: boolean;
  all?: readonly ClaimFilter[];
  any?: readonly ClaimFilter[];
  not?: ClaimFilter;
}

/** What claim lists may be sorted by; `publishedAt` is the reporting article's day. Ties are broken by id. */
export const CLAIM_SORT_FIELDS = ['id', 'confidence', 'publishedAt', 'statedOn', 'predicate', 'status'] as const;
export type ClaimSortField = (typeof CLAIM_SORT_FIELDS)[number];
export interface SortKey<F extends string> {
  field: F;
  descending: boolean;
}

/**
 * A keyset page in a sort order: `from` is the key (the sort values, then the id) of the item
 * the page continues from, after it, or before it when `backward` (`last` / `before`). Items come
 * back in sort order either way; `hasNextPage` says whether more lie beyond the page in the
 * direction read.
 */
export interface SortedPageRequest<F extends string> {
  first: number;
  sort?: readonly SortKey<F>[];
  from?: readonly (string | number)[];
  backward?: boolean;
}

/** A sorted page: with each item, its key for cursors. */
export interface SortedPage extends Page<string> {
  keys: (string | number)[][];
}

/** How many items share one value of a dimension (a status, a predicate, a source, a day). */
export interface Bucket {
  /** null: the items have no value here (an article without publisher or date). */
  key: string | null;
  count: number;
}

/** Claim counts, computed in the store: in all, and by status, predicate, source and day. */
export interface ClaimsAggregateRecord {
  count: number;
  byStatus: Bucket[];
  byPredicate: Bucket[];
  /** By the publisher of the article that reports the claim. */
  bySource: Bucket[];
  /** By the day (YYYY-MM-DD) the reporting article was published. */
  byDay: Bucket[];
}

export interface EntitiesAggregateRecord {
  count: number;
  byKind: Bucket[];
  bySubtype: Bucket[];
}

export interface TimelineFilter {
  about?: string;
  from?: string;
  to?: string;
}

/** Keyset page request: items strictly after the `after` key, in ascending key order. */
export interface PageRequest {
  first: number;
  after?: string;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Claims touching one entity, in id order (used for Entity.claims, batched over entities). */
export interface EntityClaimIds {
  entityId: string;
  claimIds: string[];
}

/** How a claim touches an entity: as subject, object, either, or as the party it is attributed to. */
export type ClaimRole = 'SUBJECT' | 'OBJECT' | 'ANY' | 'ATTRIBUTED_TO';

/**
 * Whose claims a per-parent page lists: an entity's in a role, or an article's (`ARTICLE`), with
 * optional filters: any of `predicates`, and `linked` for claims whose object is an entity (the
 * claims behind Entity.related).
 */
export interface ClaimsOf {
  via: ClaimRole | 'ARTICLE';
  predicates?: readonly string[];
  linked?: boolean;
  /** Conditions each claim must also meet (as for Query.claims). */
  filter?: ClaimFilter;
}

/** What a per-parent claim page brings along beside the claims on it, so the fields below cost no store call of their own. */
export interface ClaimPageInclude {
  /** Each claim's evidence. */
  evidence?: boolean;
  /** Summaries of the articles that report the claims and that their evidence quotes. */
  articles?: boolean;
  /** The claims' subjects and objects. */
  entities?: boolean;
  /**
   * claimPages only: the parents' own records among `entities`, for parents that are entities
   * under that id (a merged entity's old id is not followed), so a request for an entity and its
   * claims is one store call.
   */
  parents?: boolean;
}

/** The records of the claims on a page, and what ClaimPageInclude asked for besides. */
export interface ClaimsAlong {
  claims: ClaimRecord[];
  /** Evidence by claim id, for every claim on the page(s), when `include.evidence`. */
  evidence: Map<string, EvidenceRecord[]>;
  articles: ArticleSummary[];
  entities: EntityRecord[];
}

/** Per-parent claim pages, in the order of the parents asked for, with the records of every claim on them. */
export interface ClaimPages extends ClaimsAlong {
  pages: SortedPage[];
}

/** A materialised edge between two entities, always backed by the claim that states it. */
export interface EdgeRecord {
  source: string;
  target: string;
  predicate: string;
  claimId: string;
}

export interface SearchHit {
  id: string;
  /** 0 exact name or alias, 1 prefix, 2 word inside a name, 3 phonetic skeleton. */
  rank: number;
}

export interface ClaimLinkRecordOut {
  from: string;
  to: string;
  type: ClaimLinkType;
}

export interface WriteSummary {
  articles: number;
  entities: number;
  claims: number;
  evidence: number;
  mentions: number;
}

export type StoreCounts = Record<'articles' | 'entities' | 'claims' | 'evidence' | 'mentions' | 'edges', number>;

export interface GraphStore {
  readonly backend: StoreBackend;
  /** Create constraints, indexes or tables; safe to call on every start. */
  applySchema(): Promise<void>;
  /**
   * Write a batch in one transaction: everything or nothing. Idempotent by id: writing the same
   * batch twice leaves the same graph. An article's earlier claims, evidence and mentions are
   * replaced by the batch's, so a corrected annotation leaves no stale facts behind.
   */
  upsert(batch: GraphBatch): Promise<WriteSummary>;

  /** Entities by id; the id of an entity merged into another answers with the kept entity. */
  getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  /** Curators' revisions of each node, newest first, at most `limit` per node. */
  getRevisions(nodeIds: readonly string[], limit: number): Promise<RevisionRecord[][]>;
  getClaims(ids: readonly string[]): Promise<(ClaimRecord | null)[]>;
  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  /** Articles without their text and sentences (most reads need neither). */
  getArticleSummaries(ids: readonly string[]): Promise<(ArticleSummary | null)[]>;
  /** Text and sentences of each article, null for unknown ids. */
  getArticleBodies(ids: readonly string[]): Promise<(ArticleBody | null)[]>;
  /** Evidence of each claim, in claim-id order; a claim without evidence gets []. */
  getEvidence(claimIds: readonly string[]): Promise<EvidenceRecord[][]>;
  /** Claim-to-claim links touching each claim (both directions). */
  getClaimLinks(claimIds: readonly string[]): Promise<ClaimLinkRecordOut[][]>;
  /** Mentions of each entity across articles. */
  getMentions(entityIds: readonly string[]): Promise<MentionRecord[][]>;
  /** Mentions in each article, in text order. */
  getArticleMentions(articleIds: readonly string[]): Promise<MentionRecord[][]>;
  /** Ids of every claim touching each entity in the given role, in id order (ingest's candidates, one predicate). */
  claimIdsForEntities(entityIds: readonly string[], role: ClaimRole, predicate?: string): Promise<EntityClaimIds[]>;
  /**
   * One keyset page of claim ids per parent (entity or article, see ClaimsOf), in the order of
   * the ids asked for: the same `first`, sort and starting key applied to each parent inside the
   * store (forward only), each page's totalCount counted there, so a parent with 10,000 claims costs what a small one does.
   * The claims' records come along, and what `include` asks for, in the same read: a nested
   * request (entity → claims → evidence → article) costs one store call below its root.
   */
  claimPages(parentIds: readonly string[], of: ClaimsOf, page: SortedPageRequest<ClaimSortField>, include?: ClaimPageInclude): Promise<ClaimPages>;
  /** Up to `limit` events whose location or participants include each entity, ordered by date (undated last), then id. */
  eventIdsForEntities(entityIds: readonly string[], limit: number): Promise<string[][]>;
  /** Article lookup by content hash (re-ingest detection). */
  articleIdByHash(contentHash: string): Promise<string | null>;
  /** Every version of the article published at a URL, oldest first. */
  articleVersionsByUrl(url: string): Promise<{ id: string; version: number }[]>;

  /** A keyset page of the claims `filter` matches, with their records and what `include` asks for, in one read. */
  claimsPage(filter: ClaimFilter, page: SortedPageRequest<ClaimSortField>, include?: ClaimPageInclude): Promise<SortedPage & ClaimsAlong>;
  /** Counts of the claims `filter` matches, in one statement; buckets in key order. */
  claimsAggregate(filter: ClaimFilter): Promise<ClaimsAggregateRecord>;
  /** Counts of the entities (of one kind, when given), in one statement; buckets in key order. */
  entitiesAggregate(kind?: EntityKind): Promise<EntitiesAggregateRecord>;
  entitiesPage(kind: EntityKind | undefined, page: PageRequest): Promise<Page<string>>;
  articlesPage(page: PageRequest): Promise<Page<string>>;
  /**
   * A keyset page of dated events in date order, then id, optionally about one entity and within
   * [from, to]: ISO prefixes, `to` including the whole period it names ("2020-11" reaches
   * 2020-11-30). `after` is the id of an event of the previous page: the page continues after
   * its (date, id).
   */
  timeline(filter: TimelineFilter, page: PageRequest): Promise<Page<string>>;

  /** Exact search-key lookup for entity resolution: each key with the entities it names. */
  entityIdsByKeys(keys: readonly string[]): Promise<{ key: string; id: string; kind: EntityKind }[]>;
  /** Entities matching any of the normalised keys (see model/search-keys), best rank first. */
  search(keys: { exact: string[]; prefix: string; skeleton: string }, kinds: EntityKind[] | undefined, limit: number): Promise<SearchHit[]>;
  /**
   * One hop of edges around each of the given entities (both directions), in claim-id order. With
   * a filter, only the edges of claims it matches, rejected and superseded ones among them when it
   * names `reviews` or `superseded` (visibleByDefault); without one, the graph's visible edges.
   */
  edgesAround(entityIds: readonly string[], limit: number, filter?: ClaimFilter): Promise<EdgeRecord[]>;
  /** Shortest chain of edges between two entities, ignoring direction; null when none within maxHops. */
  shortestPath(from: string, to: string, maxHops: number): Promise<EdgeRecord[] | null>;

  /**
   * Changes logged after `seq` (GraphBatch.change, in commit order), at most `limit`: how every
   * server on one store hears of every ingest, whichever server or process made it. The log keeps
   * the last CHANGE_LOG_KEEP changes.
   */
  changesAfter(seq: number, limit: number): Promise<{ seq: number; change: ChangeRecord }[]>;
  /** The sequence number of the last change logged (0 when none): where a new listener starts. */
  lastChangeSeq(): Promise<number>;

  counts(): Promise<StoreCounts>;
  /** Delete the whole graph (a full re-seed, and test isolation); schema stays. */
  clearAll(): Promise<void>;
  /** Resolves when the store answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be reached or failed; the API turns it into STORE_UNAVAILABLE. */
export class StoreUnavailableError extends Error {
  /** A transaction ran past its time budget (QUERY_TIMEOUT_MS), rather than the store being down. */
  readonly timeout: boolean;
  constructor(message: string, options?: { cause?: unknown; timeout?: boolean }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
    this.timeout = options?.timeout ?? false;
  }
}

/** A batch that breaks the graph's rules (dangling reference, missing id); nothing was written. */
export class InvalidBatchError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid batch, nothing written:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidBatchError';
  }
}
