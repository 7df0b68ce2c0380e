// Stated distances between the places on the map, each beside the great-circle distance the API
// computes from the two places' coordinates (Place.distanceTo): first the DISTANCE_FROM claims
// touching the shown places, then one distanceTo per pair whose both ends are shown.
import { request } from './api.js';
import type {
  DistanceClaimsQuery,
  DistanceClaimsQueryVariables,
  PlaceDistanceQuery,
  PlaceDistanceQueryVariables,
} from './generated/operations.js';
import { DISTANCE_CLAIMS, PLACE_DISTANCE } from './queries.js';

type Distance = NonNullable<Extract<NonNullable<PlaceDistanceQuery['entity']>, { distanceTo: unknown }>['distanceTo']>;
export type DistanceClaim = Distance['stated'][number];

/** Two places and what is known of how far apart they are. */
export interface PlaceDistance {
  from: string;
  to: string;
  /** Great-circle kilometres from the coordinates; null when either has none. */
  computedKm: number | null;
  /** The claims stating a figure for the pair, either direction. */
  stated: (DistanceClaim & { quantity: NonNullable<DistanceClaim['quantity']> })[];
}

/** The API's bound on `in` lists and page sizes. */
const PER_REQUEST = 100;

/** The shown pairs (subject, object) that some DISTANCE_FROM claim joins, each once. */
async function statedPairs(places: readonly string[], signal?: AbortSignal): Promise<[string, string][]> {
  const shown = new Set(places);
  const pairs = new Map<string, [string, string]>();
  for (let i = 0; i < places.length; i += PER_REQUEST) {
    const chunk = places.slice(i, i + PER_REQUEST);
    let after: string | null = null;
    do {
      const page: DistanceClaimsQuery = await request<DistanceClaimsQuery, DistanceClaimsQueryVariables>(
        DISTANCE_CLAIMS,
        { places: chunk, first: PER_REQUEST, after },
        signal,
      );
      for (const { node } of page.claims.edges) {
        const [a, b] = [node?.subject.id, node?.object?.id];
        if (!a || !b || a === b || !shown.has(a) || !shown.has(b)) continue;
        const key = [a, b].sort().join('|');
        if (!pairs.has(key)) pairs.set(key, [a, b]);
      }
      after = page.claims.pageInfo.hasNextPage ? page.claims.pageInfo.endCursor : null;
    } while (after);
  }
  return [...pairs.values()];
}

/** For the places shown, every pair with a stated distance, beside its computed one. */
export async function placeDistances(places: readonly string[], signal?: AbortSignal): Promise<PlaceDistance[]> {
  const pairs = await statedPairs(places, signal);
  const answers = await Promise.all(
    pairs.map(([from, to]) => request<PlaceDistanceQuery, PlaceDistanceQueryVariables>(PLACE_DISTANCE, { from, to }, signal)),
  );
  return answers.flatMap((d, i) => {
    const distance = d.entity && 'distanceTo' in d.entity ? d.entity.distanceTo : null;
    const stated = (distance?.stated ?? []).flatMap((c) => (c.quantity ? [{ ...c, quantity: c.quantity }] : []));
    const [from, to] = pairs[i]!;
    return distance && stated.length ? [{ from, to, computedKm: distance.computedKm, stated }] : [];
  });
}

/** "~150 km" for a stated figure (approximate ones marked), "147 km" for a computed one. */
export function formatKm(km: number, approximate = false): string {
  const figure = km >= 100 ? Math.round(km) : Math.round(km * 10) / 10;
  return `${approximate ? '~' : ''}${figure.toLocaleString('en')} km`;
}

/** A stated figure in its own unit, kilometres when it is one ("~150 km", "~3 mi"). */
export function formatStated(q: { value: number; unit: string; approximate: boolean }): string {
  return q.unit === 'km' ? formatKm(q.value, q.approximate) : `${q.approximate ? '~' : ''}${q.value.toLocaleString('en')} ${q.unit}`;
}
