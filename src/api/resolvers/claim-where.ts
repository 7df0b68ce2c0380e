// Claim filters and sorts as clients write them (@neo4j/graphql 7 style: operator objects, AND /
// OR / NOT, `sort: [{ field: DESC }]`) turned into the store's terms (port.ts ClaimFilter,
// SortKey), checked on the way: each refusal names what is valid.
import { type GraphQLResolveInfo, Kind } from 'graphql';
import type { ClaimRecord, EntityKind } from '../../model/records.js';
import { CLAIM_SORT_FIELDS, type ClaimFilter, type ClaimSortField, type OneOrMany, type Range, type SortedPage, type SortKey, type TextTest } from '../../store/port.js';
import { badUserInput } from '../errors.js';
import type { ClaimSort, ClaimWhere, DateWhere, FloatWhere, IdWhere, InputMaybe, StringWhere } from '../generated/resolvers-types.js';
import { checkFirst, decodeCursor, encodeCursor } from '../pagination.js';
import { checkPredicate, MAX_IDS } from './arguments.js';

/** How deep AND / OR / NOT may nest, and how many filters one `where` may hold in all. */
export const MAX_WHERE_DEPTH = 4;
export const MAX_WHERE_FILTERS = 50;
/** Sort keys per request: each beyond the id costs a sort of the matching claims. */
export const MAX_SORT_KEYS = 3;

/** Both of `eq` and `in` must hold: their intersection (an empty list matches nothing). */
function eqIn<T>(eq: T | null | undefined, list: readonly T[] | null | undefined, argument: string): T | T[] | undefined {
  if (list && list.length > MAX_IDS) throw badUserInput(`"${argument}.in" takes at most ${MAX_IDS} values, got ${list.length}`, argument);
  if (eq == null) return list ? [...list] : undefined;
  if (list == null) return eq;
  return list.includes(eq) ? eq : [];
}

const asList = <T>(value: T | readonly T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? [...(value as readonly T[])] : [value as T]);

function ids(where: InputMaybe<IdWhere> | undefined, argument: string): OneOrMany<string> | undefined {
  return where ? eqIn(where.eq, where.in, argument) : undefined;
}

function range<T extends number | string>(where: InputMaybe<FloatWhere | DateWhere> | undefined): Range<T> | undefined {
  if (!where) return undefined;
  const out: Range<T> = {};
  for (const op of ['eq', 'gt', 'gte', 'lt', 'lte'] as const) if (where[op] != null) out[op] = where[op] as T;
  return Object.keys(out).length ? out : undefined;
}

function text(where: InputMaybe<StringWhere> | undefined, argument: string): TextTest | undefined {
  if (!where) return undefined;
  const any = asList(eqIn(where.eq, where.in, argument));
  const out: TextTest = { ...(any ? { in: any } : {}) };
  if (where.contains != null) out.contains = where.contains;
  if (where.startsWith != null) out.startsWith = where.startsWith;
  return Object.keys(out).length ? out : undefined;
}

/** The store filter for a `ClaimWhere`; nested filters are bounded in depth and number. */
export function claimFilter(where: ClaimWhere | null | undefined): ClaimFilter {
  let count = 0;
  const convert = (w: ClaimWhere, at: string, depth: number): ClaimFilter => {
    if (depth > MAX_WHERE_DEPTH) throw badUserInput(`"${at}": AND / OR / NOT nest at most ${MAX_WHERE_DEPTH} deep`, at);
    if (++count > MAX_WHERE_FILTERS) throw badUserInput(`"where" holds at most ${MAX_WHERE_FILTERS} filters in all (AND / OR / NOT included)`, at);
    const f: ClaimFilter = {};
    const set = <K extends keyof ClaimFilter>(key: K, value: ClaimFilter[K] | undefined) => {
      if (value !== undefined) f[key] = value;
    };
    set('ids', asList(ids(w.id, `${at}.id`)));
    for (const side of ['subject', 'object', 'about'] as const) {
      const entity = w[side];
      if (!entity) continue;
      set(side, ids(entity.id, `${at}.${side}.id`));
      set(`${side}Kinds`, asList(eqIn<EntityKind>(entity.kind?.eq, entity.kind?.in, `${at}.${side}.kind`)));
    }
    const predicates = eqIn<string>(w.predicate?.eq, w.predicate?.in, `${at}.predicate`);
    const legacy = w.predicate_IN?.map((p) => checkPredicate(p, `${at}.predicate_IN`));
    set('predicates', asList(legacy && predicates !== undefined ? asList(predicates)?.filter((p) => legacy.includes(p)) : (legacy ?? predicates)));
    const statuses = asList(eqIn(w.status?.eq, w.status?.in, `${at}.status`));
    const legacyStatuses = w.status_IN ?? undefined;
    set('statuses', legacyStatuses && statuses ? statuses.filter((s) => legacyStatuses.includes(s)) : (legacyStatuses ?? statuses));
    set('attributedTo', ids(w.attributedTo?.id, `${at}.attributedTo.id`));
    set('article', ids(w.article?.id, `${at}.article.id`));
    set('publishedAt', range<string>(w.article?.publishedAt));
    set('publisher', text(w.article?.publisher, `${at}.article.publisher`));
    if (w.origin?.eq) f.origin = w.origin.eq === 'CURATED' ? 'curated' : 'extracted';
    set('confidence', range<number>(w.confidence));
    set('statedOn', range<string>(w.statedOn));
    set('statement', text(w.statement, `${at}.statement`));
    set('reviews', asList(eqIn(w.verdict?.eq, w.verdict?.in, `${at}.verdict`)));
    if (w.superseded != null) f.superseded = w.superseded;
    if (w.AND) f.all = w.AND.map((sub, i) => convert(sub, `${at}.AND[${i}]`, depth + 1));
    if (w.OR) f.any = w.OR.map((sub, i) => convert(sub, `${at}.OR[${i}]`, depth + 1));
    if (w.NOT) f.not = convert(w.NOT, `${at}.NOT`, depth + 1);
    return f;
  };
  return where ? convert(where, 'where', 0) : {};
}

/** The store's sort keys for `sort`: one field per element, each field once, at most MAX_SORT_KEYS. */
export function claimSort(sort: readonly ClaimSort[] | null | undefined): SortKey<ClaimSortField>[] {
  if (!sort) return [];
  if (sort.length > MAX_SORT_KEYS) throw badUserInput(`"sort" takes at most ${MAX_SORT_KEYS} keys, got ${sort.length}`, 'sort');
  const keys = sort.map((element, i) => {
    const given = CLAIM_SORT_FIELDS.filter((field) => element[field] != null);
    if (given.length !== 1) {
      throw badUserInput(`"sort[${i}]" must set exactly one of ${CLAIM_SORT_FIELDS.join(', ')} (e.g. { confidence: DESC }); it sets ${given.length ? given.join(', ') : 'none'}`, 'sort');
    }
    return { field: given[0], descending: element[given[0]] === 'DESC' };
  });
  const fields = keys.map((k) => k.field);
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice) throw badUserInput(`"sort" names ${twice} twice; give each field once`, 'sort');
  return keys;
}

/** What a cursor of a sorted page holds: the sort it was made for and the item's key. */
const SORTED = 'sorted:';
const signature = (sort: readonly SortKey<ClaimSortField>[]) => sort.map((k) => `${k.field}${k.descending ? '-' : '+'}`).join(',');

/** A claim page's cursor: the id alone in id order (as before sorting existed), else the sort and the key. */
export function claimCursor(sort: readonly SortKey<ClaimSortField>[], key: readonly (string | number)[]): string {
  return sort.length ? encodeCursor(`${SORTED}${signature(sort)}:${JSON.stringify(key)}`) : encodeCursor(String(key.at(-1)));
}

/** The key a cursor holds, refused when it was made for another sort. */
export function claimCursorKey(cursor: string | null | undefined, sort: readonly SortKey<ClaimSortField>[], argument: string): (string | number)[] | undefined {
  const decoded = decodeCursor(cursor, argument);
  if (decoded === undefined) return undefined;
  const prefix = `${SORTED}${signature(sort)}:`;
  if (!sort.length) {
    if (decoded.startsWith(SORTED)) throw badUserInput(`"${argument}" is a cursor of a sorted page; page with the same sort it was made with`, argument);
    return [decoded];
  }
  const key = decoded.startsWith(prefix) ? parseKey(decoded.slice(prefix.length), sort.length) : undefined;
  if (!key) throw badUserInput(`"${argument}" is not a cursor of this sort; page with the same sort (and filter) it was made with`, argument);
  return key;
}

function parseKey(json: string, sortKeys: number): (string | number)[] | undefined {
  try {
    const key: unknown = JSON.parse(json);
    const valid = Array.isArray(key) && key.length >= sortKeys && key.length <= sortKeys + 1 && key.every((v) => typeof v === 'string' || typeof v === 'number');
    return valid ? (key as (string | number)[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Forward (`first` / `after`) or back (`last` / `before`): one direction per request. */
export function claimPaging(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  sort: readonly SortKey<ClaimSortField>[],
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'variableValues'>,
): { first: number; from?: (string | number)[]; backward: boolean } {
  const backward = args.last != null || args.before != null;
  if (!backward) return { first: checkFirst(args.first, 20), from: claimCursorKey(args.after, sort, 'after'), backward };
  // `first` has a default, so whether the client gave it is read from the operation (a variable left unset does not count).
  const given = new Set(
    info.fieldNodes[0].arguments?.filter((a) => a.value.kind !== Kind.VARIABLE || info.variableValues[a.value.name.value] !== undefined).map((a) => a.name.value),
  );
  if (given.has('first') || args.after != null) throw badUserInput('Page forward with "first" / "after" or back with "last" / "before", not both in one request', given.has('first') ? 'first' : 'after');
  return { first: checkFirst(args.last, 20, 'last'), from: claimCursorKey(args.before, sort, 'before'), backward };
}

/**
 * A sorted page of claims as a Relay connection: cursors from each claim's key; read backward,
 * the page's `hasNextPage` says whether more lie before it.
 */
export function claimConnectionOf(
  page: SortedPage,
  claims: (ClaimRecord | Error | null)[],
  sort: readonly SortKey<ClaimSortField>[],
  paging: { from?: unknown; backward?: boolean },
) {
  const edges = page.items.flatMap((_, i) => {
    const claim = claims[i];
    return claim && !(claim instanceof Error) ? [{ cursor: claimCursor(sort, page.keys[i]), node: claim }] : [];
  });
  const continued = paging.from !== undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: paging.backward ? continued : page.hasNextPage,
      hasPreviousPage: paging.backward ? page.hasNextPage : continued,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
