// Per-request DataLoaders over the store's batched reads: one store call per kind of data per
// tick of resolution, however many objects ask (no N+1). Paged lists per parent (an entity's or
// an article's claims, an entity's events) batch the parents that ask with the same arguments.
import DataLoader from 'dataloader';
import type { ArticleBody, ArticleSummary, ClaimRecord, EntityRecord, EvidenceRecord, MentionRecord, RevisionRecord } from '../model/records.js';
import type { ClaimFilter, ClaimLinkRecordOut, ClaimPageInclude, ClaimSortField, ClaimsAlong, ClaimsOf, GraphStore, SortedPage, SortKey, SortedPageRequest } from '../store/port.js';

/**
 * A DataLoader that also keeps the values it has settled (loaded or primed), so `now` hands a
 * known one over as a plain value. graphql-js completes plain values at once, while a promise per
 * nested object costs microtasks and a Promise.all for the object around it: on a page of 20
 * claims with their evidence and articles that is some 80 promises per request.
 */
export interface KnownLoader<K, V> extends DataLoader<K, V> {
  /** The value for `key` if this request already has it, else the load's promise. */
  now(key: K): V | Promise<V>;
}

export function knownLoader<V>(batch: (keys: readonly string[]) => Promise<ArrayLike<V | Error>>): KnownLoader<string, V> {
  const known = new Map<string, V>();
  const keep = (key: string, value: V | Error) => {
    // The first value stays, as DataLoader's own cache keeps the first (prime does not overwrite).
    if (!(value instanceof Error) && !known.has(key)) known.set(key, value);
  };
  const loader = new DataLoader<string, V>(async (keys) => {
    const values = await batch(keys);
    keys.forEach((key, i) => keep(key, values[i]));
    return values;
  }) as KnownLoader<string, V>;
  const prime = loader.prime.bind(loader);
  const clear = loader.clear.bind(loader);
  const clearAll = loader.clearAll.bind(loader);
  return Object.assign(loader, {
    prime(key: string, value: V | PromiseLike<V> | Error) {
      if (!(value instanceof Error) && !isPromiseLike(value)) keep(key, value);
      return prime(key, value);
    },
    clear(key: string) {
      known.delete(key);
      return clear(key);
    },
    clearAll() {
      known.clear();
      return clearAll();
    },
    now: (key: string): V | Promise<V> => (known.has(key) ? (known.get(key) as V) : loader.load(key)),
  });
}

/** `next` of a value that may still be loading: at once when it is plain, after it when it is a promise. */
export function whenKnown<V, R>(value: V | Promise<V>, next: (value: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

export interface Loaders {
  entity: KnownLoader<string, EntityRecord | null>;
  claim: KnownLoader<string, ClaimRecord | null>;
  /** Articles without text and sentences; `articleBody` reads those only for the fields that need them. */
  article: KnownLoader<string, ArticleSummary | null>;
  articleBody: DataLoader<string, ArticleBody | null>;
  evidence: KnownLoader<string, EvidenceRecord[]>;
  claimLinks: DataLoader<string, ClaimLinkRecordOut[]>;
  mentions: DataLoader<string, MentionRecord[]>;
  articleMentions: DataLoader<string, MentionRecord[]>;
  /** Up to `limit` event ids of an entity, keyed by eventIdsKey, so equal limits batch. */
  eventIds: DataLoader<string, string[]>;
  /** A node's revisions, newest first, up to MAX_REVISIONS (fields take the first few). */
  revisions: DataLoader<string, RevisionRecord[]>;
  /** One page of a parent's claims; the key (claimPageKey) holds the arguments, so equal arguments batch. */
  claimPage: DataLoader<string, SortedPage>;
}

const SEPARATOR = '\u0000';

/** Most revisions one node's field shows. */
export const MAX_REVISIONS = 100;

/** The loader key of one parent's claim page: the arguments and what to bring along, then the parent id. */
export function claimPageKey(parentId: string, of: ClaimsOf, page: SortedPageRequest<ClaimSortField>, include: ClaimPageInclude = {}): string {
  const args = {
    via: of.via,
    predicates: of.predicates ?? null,
    linked: of.linked ?? false,
    filter: of.filter ?? null,
    first: page.first,
    sort: page.sort ?? [],
    from: page.from ?? null,
    include: { evidence: include.evidence ?? false, articles: include.articles ?? false, entities: include.entities ?? false, parents: include.parents ?? false },
  };
  return `${JSON.stringify(args)}${SEPARATOR}${parentId}`;
}

/** The loader key of an entity's first `limit` events. */
export function eventIdsKey(entityId: string, limit: number): string {
  return `${limit}${SEPARATOR}${entityId}`;
}

/**
 * A batch function for keys `${args}${SEPARATOR}${id}`: the keys sharing their arguments are one
 * call of `load`, with the ids in the order asked.
 */
function groupedByArguments<T>(load: (args: string, ids: string[]) => Promise<T[]>) {
  return async (keys: readonly string[]): Promise<T[]> => {
    const groups = new Map<string, { ids: string[]; positions: number[] }>();
    keys.forEach((key, position) => {
      const cut = key.lastIndexOf(SEPARATOR);
      const args = key.slice(0, cut);
      const group = groups.get(args) ?? { ids: [], positions: [] };
      group.ids.push(key.slice(cut + 1));
      group.positions.push(position);
      groups.set(args, group);
    });
    const results = new Array<T>(keys.length);
    await Promise.all(
      [...groups].map(async ([args, group]) => {
        const values = await load(args, group.ids);
        group.positions.forEach((position, i) => (results[position] = values[i]));
      }),
    );
    return results;
  };
}

/** What a claim read brought along goes into the request's loaders: the next levels' loads are answered from there. */
export function primeAlong(loaders: Pick<Loaders, 'claim' | 'evidence' | 'article' | 'entity'>, along: ClaimsAlong): void {
  for (const claim of along.claims) loaders.claim.prime(claim.id, claim);
  for (const [claimId, evidence] of along.evidence) loaders.evidence.prime(claimId, evidence);
  for (const article of along.articles) loaders.article.prime(article.id, article);
  for (const entity of along.entities) loaders.entity.prime(entity.id, entity);
}

export function createLoaders(store: GraphStore): Loaders {
  const loaders: Omit<Loaders, 'claimPage'> = {
    entity: knownLoader((ids) => store.getEntities(ids)),
    claim: knownLoader((ids) => store.getClaims(ids)),
    article: knownLoader((ids) => store.getArticleSummaries(ids)),
    articleBody: new DataLoader((ids) => store.getArticleBodies(ids)),
    evidence: knownLoader((ids) => store.getEvidence(ids)),
    claimLinks: new DataLoader((ids) => store.getClaimLinks(ids)),
    mentions: new DataLoader((ids) => store.getMentions(ids)),
    articleMentions: new DataLoader((ids) => store.getArticleMentions(ids)),
    eventIds: new DataLoader(groupedByArguments((limit, ids) => store.eventIdsForEntities(ids, Number(limit)))),
    revisions: new DataLoader((ids) => store.getRevisions(ids, MAX_REVISIONS)),
  };
  const claimPage: Loaders['claimPage'] = new DataLoader(
    groupedByArguments(async (json, ids) => {
      const args = JSON.parse(json) as {
        via: ClaimsOf['via'];
        predicates: string[] | null;
        linked: boolean;
        filter: ClaimFilter | null;
        first: number;
        sort: SortKey<ClaimSortField>[];
        from: (string | number)[] | null;
        include: ClaimPageInclude;
      };
      const of: ClaimsOf = {
        via: args.via,
        ...(args.predicates ? { predicates: args.predicates } : {}),
        ...(args.linked ? { linked: true } : {}),
        ...(args.filter ? { filter: args.filter } : {}),
      };
      const page = { first: args.first, sort: args.sort, ...(args.from !== null ? { from: args.from } : {}) };
      const found = await store.claimPages(ids, of, page, args.include);
      primeAlong(loaders, found);
      // A page read with its parent (Query.entity's prefetch) also answers the parent's own ask.
      if (args.include.parents) ids.forEach((id, i) => claimPage.prime(claimPageKey(id, of, page, { ...args.include, parents: false }), found.pages[i]));
      return found.pages;
    }),
  );
  return { ...loaders, claimPage };
}
