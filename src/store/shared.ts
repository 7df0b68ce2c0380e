// Small helpers both adapters use to shape query results for the port.
import type { GraphBatch, RevisionRecord } from '../model/records.js';
import type { Bucket, ClaimFilter, ClaimsAggregateRecord, EntitiesAggregateRecord, Page, SortedPage, SortKey, WriteSummary } from './port.js';

/** Results in the order of the ids asked for, null for unknown ids (DataLoader's contract). */
export function orderByIds<T>(ids: readonly string[], byId: Map<string, T>): (T | null)[] {
  return ids.map((id) => byId.get(id) ?? null);
}

/** Rows grouped under the key they belong to, one (possibly empty) list per key asked for. */
export function groupByKey<R, T>(keys: readonly string[], rows: R[], keyOf: (row: R) => string, map: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key) ?? [];
    list.push(map(row));
    groups.set(key, list);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** A keyset page from up to first + 1 ids: the extra one only says whether more follow. */
export function pageOf(ids: string[], totalCount: number, first: number): Page<string> {
  return { items: ids.slice(0, first), totalCount, hasNextPage: ids.length > first };
}

export function summaryOf(batch: GraphBatch): WriteSummary {
  return {
    articles: batch.articles.length,
    entities: batch.entities.length,
    claims: batch.claims.length,
    evidence: batch.claims.reduce((n, c) => n + c.evidence.length, 0),
    mentions: batch.mentions.length,
  };
}

/** The last day a date prefix names, so a timeline bounded by `to: "2020-11"` includes all of November. */
export function endOfPeriod(prefix: string): string {
  if (prefix.length === 4) return `${prefix}-12-31`;
  if (prefix.length === 7) return `${prefix}-31`;
  return prefix;
}

/** One row of an aggregate statement: a dimension, one of its values and how many items have it. */
export interface DimensionRow {
  dim: string;
  key: string | null;
  n: number;
}

/** Buckets per dimension from an aggregate statement's rows, each list in key order (null last). */
function bucketsOf<D extends string>(rows: readonly DimensionRow[], dims: readonly D[]): Record<D, Bucket[]> {
  const out = Object.fromEntries(dims.map((d) => [d, [] as Bucket[]])) as Record<D, Bucket[]>;
  for (const row of rows) out[row.dim as D]?.push({ key: row.key, count: Number(row.n) });
  const order = (a: Bucket, b: Bucket) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1);
  for (const d of dims) out[d].sort(order);
  return out;
}

/** Every item has exactly one value of a dimension, so its buckets add up to the count. */
const total = (buckets: Bucket[]) => buckets.reduce((sum, b) => sum + b.count, 0);

/** The claims aggregate from the rows of either store's statement (dims status, predicate, source, day). */
export function claimsAggregateOf(rows: readonly DimensionRow[]): ClaimsAggregateRecord {
  const b = bucketsOf(rows, ['status', 'predicate', 'source', 'day'] as const);
  return { count: total(b.status), byStatus: b.status, byPredicate: b.predicate, bySource: b.source, byDay: b.day };
}

/** The entities aggregate from the rows of either store's statement (dims kind, subtype). */
export function entitiesAggregateOf(rows: readonly DimensionRow[]): EntitiesAggregateRecord {
  const b = bucketsOf(rows, ['kind', 'subtype'] as const);
  return { count: total(b.kind), byKind: b.kind, bySubtype: b.subtype };
}

/** A sort's key expressions (from an adapter's table) and directions, the id last to break ties unless sorted on. */
export function sortKeys<F extends string>(sort: readonly SortKey<F | 'id'>[], exprOf: Record<F | 'id', string>): { exprs: string[]; descending: boolean[] } {
  const keys = sort.some((k) => k.field === 'id') ? sort : [...sort, { field: 'id' as const, descending: false }];
  return { exprs: keys.map((k) => exprOf[k.field]), descending: keys.map((k) => k.descending) };
}

/**
 * The keyset condition of a sorted page, in the syntax both SQL and Cypher share: rows whose key
 * (`exprs`, the last one the id) lies after the parameters' key in the sort order (before it
 * when `backward`). A row is after when it equals the key up to some position and is past it
 * there.
 */
export function keysetCondition(exprs: readonly string[], descending: readonly boolean[], backward: boolean, param: (i: number) => string): string {
  const past = (i: number) => `${exprs[i]} ${descending[i] !== backward ? '<' : '>'} ${param(i)}`;
  const alternatives = exprs.map((_, i) => [...exprs.slice(0, i).map((e, j) => `${e} = ${param(j)}`), past(i)].join(' AND '));
  return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}

/** A sorted page from up to first + 1 rows (id and key each), read in the direction asked, given back in sort order. */
export function sortedPageOf(rows: { id: string; key: (string | number)[] }[], totalCount: number, first: number, backward: boolean): SortedPage {
  const page = rows.slice(0, first);
  if (backward) page.reverse();
  return { items: page.map((r) => r.id), keys: page.map((r) => r.key), totalCount, hasNextPage: rows.length > first };
}

/** Whether a filter, or any filter nested in it, names `key`. */
function names(filter: ClaimFilter, key: 'reviews' | 'superseded'): boolean {
  return filter[key] !== undefined || [...(filter.all ?? []), ...(filter.any ?? []), ...(filter.not ? [filter.not] : [])].some((f) => names(f, key));
}

/** Whether a filter says anything about review verdicts or supersession (else only visible claims match). */
function namesVisibility(filter: ClaimFilter): boolean {
  return names(filter, 'reviews') || names(filter, 'superseded');
}

/**
 * The filter as both stores apply it: rejected claims, and claims a correction superseded, stay in
 * the graph for whoever asks about them, but are left out of every list that does not.
 */
function visibleByDefault(filter: ClaimFilter): ClaimFilter {
  if (!namesVisibility(filter)) return { ...filter, reviews: ['UNREVIEWED', 'ACCEPTED'], superseded: false };
  const out = { ...filter };
  if (!names(filter, 'reviews')) out.reviews = ['UNREVIEWED', 'ACCEPTED'];
  if (!names(filter, 'superseded')) out.superseded = false;
  return out;
}

/**
 * A claim filter's tests with visibility applied. A filter silent on it tests the stored `shown`
 * flag, which both stores index; one that names verdicts or supersession tests them itself.
 */
export function visibleTests(filter: ClaimFilter, tests: (f: ClaimFilter) => string[], shown: string): string[] {
  return namesVisibility(filter) ? tests(visibleByDefault(filter)) : [...tests(filter), shown];
}

/** A revision as the rows that store it: one per node it changed. */
export function revisionRows(r: RevisionRecord) {
  return r.nodeIds.map((nodeId) => ({
    nodeId,
    at: r.at,
    id: r.id,
    nodeIds: JSON.stringify(r.nodeIds),
    action: r.action,
    author: r.author,
    note: r.note ?? null,
    before: JSON.stringify(r.before ?? null),
    after: JSON.stringify(r.after ?? null),
  }));
}

/** A stored revision row back as a record. */
export function rowToRevision(row: Record<string, unknown>): RevisionRecord {
  return {
    id: row.id as string,
    nodeIds: JSON.parse(row.nodeIds as string) as string[],
    action: row.action as RevisionRecord['action'],
    author: row.author as string,
    at: row.at as string,
    ...(typeof row.note === 'string' ? { note: row.note } : {}),
    before: JSON.parse(row.before as string) as unknown,
    after: JSON.parse(row.after as string) as unknown,
  };
}
