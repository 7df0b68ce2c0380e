// Counts for charts and dashboards: the store groups in one statement (port.ts claimsAggregate,
// entitiesAggregate); these resolvers only name the buckets and cut each list at its `first`.
import type { ClaimStatus, EntityKind } from '../../model/records.js';
import type { Bucket } from '../../store/port.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { checkFirst, MAX_PAGE_SIZE } from '../pagination.js';

/** The first `first` buckets (validated like any page size), each under the field name its type gives the key. */
function named<K extends string>(buckets: Bucket[], name: K, first?: number | null) {
  const size = first === undefined ? buckets.length : checkFirst(first, MAX_PAGE_SIZE);
  return buckets.slice(0, size).map((b) => ({ [name]: b.key, count: b.count }) as Record<K, string | null> & { count: number });
}

export const aggregateResolvers: Resolvers = {
  ClaimsAggregate: {
    count: (agg) => agg.count,
    byStatus: (agg) => named(agg.byStatus, 'status').map((b) => ({ ...b, status: b.status as ClaimStatus })),
    byPredicate: (agg, { first }) => named(agg.byPredicate, 'predicate', first).map((b) => ({ ...b, predicate: b.predicate ?? '' })),
    bySource: (agg, { first }) => named(agg.bySource, 'source', first),
    byDay: (agg, { first }) => named(agg.byDay, 'day', first),
  },
  EntitiesAggregate: {
    count: (agg) => agg.count,
    byKind: (agg) => named(agg.byKind, 'kind').map((b) => ({ ...b, kind: b.kind as EntityKind })),
    bySubtype: (agg, { first }) => named(agg.bySubtype, 'subtype', first).map((b) => ({ ...b, subtype: b.subtype ?? '' })),
  },
};
