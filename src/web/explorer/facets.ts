// The filter panel's facets as data: what each one hides and how many of the graph's entities
// or claims each value holds. Entity facets (kind, subtype) hide nodes; claim facets (status,
// source, origin, confidence, reporting dates, review verdict) hide edges. Pure, so App, the graph
// and the map agree on what is drawn.
import { DEFAULT_VERDICTS, KINDS, ORIGINS, STATUSES, VERDICTS } from './encoding.js';
import type { DayRange } from './time-span.js';
import type { ClaimStatus, EntityCard, EntityKind, OriginKind, ReviewState } from './types.js';

/** A claim as the graph holds it: an edge with what the claim facets read. */
export interface GraphEdge {
  /** The claim id (one edge per claim), or a synthetic id when the claim is gone. */
  id: string;
  source: string;
  target: string;
  predicate: string;
  status: ClaimStatus | null;
  statement: string | null;
  claimId: string | null;
  /** Null on an edge whose claim is gone (it passes every claim facet but status). */
  confidence: number | null;
  origin: OriginKind | null;
  /** The articles reporting the claim: who published each and on which day. */
  sources: { publisher: string | null; publishedAt: string | null }[];
  /** The curator's verdict (UNREVIEWED on an edge whose claim is gone). */
  verdict: ReviewState;
}

/** What the filters hide; the empty value hides nothing. Every field lives in the URL. */
export interface Facets {
  hideKinds: EntityKind[];
  /** Entity subtypes (`city`, `person` …), sorted. */
  hideSubtypes: string[];
  hideStatuses: ClaimStatus[];
  /** Publishers, sorted; a claim goes when every publisher of its articles is hidden. */
  hideSources: string[];
  hideOrigins: OriginKind[];
  /** Claims less sure than this (0–1) are hidden. */
  minConfidence: number | null;
  /** Only claims reported (an article of theirs published) on these days. */
  reported: DayRange | null;
  /**
   * The review verdicts shown, in VERDICTS order; unlike the others, what is shown rather than
   * hidden, since rejected claims are left out unless asked for (the graph asks the API for them
   * only while REJECTED is here).
   */
  verdicts: ReviewState[];
}

export const NO_FACETS: Facets = {
  hideKinds: [],
  hideSubtypes: [],
  hideStatuses: [],
  hideSources: [],
  hideOrigins: [],
  minConfidence: null,
  reported: null,
  verdicts: DEFAULT_VERDICTS,
};

/** The minimums the confidence facet offers (a URL may name another). */
export const CONFIDENCE_STEPS = [0.5, 0.7, 0.8, 0.9, 0.95, 1];

/** Whether the Review facet shows rejected claims, so the graph must ask for them. */
export function showsRejected(f: Facets): boolean {
  return f.verdicts.includes('REJECTED');
}

/** Whether the verdicts shown are the default (unreviewed and accepted), which the URL leaves unsaid. */
export function isDefaultVerdicts(verdicts: readonly ReviewState[]): boolean {
  return verdicts.length === DEFAULT_VERDICTS.length && DEFAULT_VERDICTS.every((v) => verdicts.includes(v));
}

export function isFiltering(f: Facets): boolean {
  return (
    f.hideKinds.length + f.hideSubtypes.length + f.hideStatuses.length + f.hideSources.length + f.hideOrigins.length > 0 ||
    f.minConfidence !== null ||
    f.reported !== null ||
    // Rejected claims not shown are not in the graph at all, so only an unticked default hides any.
    !DEFAULT_VERDICTS.every((v) => f.verdicts.includes(v))
  );
}

export function entityPasses(n: EntityCard, f: Facets): boolean {
  return !f.hideKinds.includes(n.kind) && !f.hideSubtypes.includes(n.subtype);
}

const publishers = (e: GraphEdge) => [...new Set(e.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])))];
const days = (e: GraphEdge) => [...new Set(e.sources.flatMap((s) => (s.publishedAt ? [s.publishedAt.slice(0, 10)] : [])))];

export function claimPasses(e: GraphEdge, f: Facets): boolean {
  if (e.status && f.hideStatuses.includes(e.status)) return false;
  if (!e.claimId) return true;
  if (!f.verdicts.includes(e.verdict)) return false;
  if (e.origin && f.hideOrigins.includes(e.origin)) return false;
  if (f.minConfidence !== null && e.confidence !== null && e.confidence < f.minConfidence) return false;
  const named = publishers(e);
  if (named.length && named.every((p) => f.hideSources.includes(p))) return false;
  // Under a range, a claim no dated article reports is hidden (as an undated event is on the time axis).
  if (f.reported && !days(e).some((d) => d >= f.reported!.from && d <= f.reported!.to)) return false;
  return true;
}

export interface FacetCounts {
  kinds: Record<EntityKind, number>;
  /** Each subtype in the graph with its kind (the first seen) and count, by kind then name. */
  subtypes: { subtype: string; kind: EntityKind; count: number }[];
  statuses: Record<ClaimStatus, number>;
  /** Each publisher with the claims its articles report, by name. */
  sources: { name: string; count: number }[];
  origins: Record<OriginKind, number>;
  /** Claims with a known confidence, and how many reach each minimum. */
  rated: number;
  atLeast: (min: number) => number;
  /** Each publication day with the claims reported on it, in date order. */
  days: { day: string; count: number }[];
  /** Claims that fall in the reporting range (all claims without one). */
  inRange: number;
  /** Claims with each review verdict (rejected ones are in the graph only while shown, or just rejected). */
  verdicts: Record<ReviewState, number>;
}

/** How many of the graph's entities and claims each facet value holds (filters not applied). */
export function facetCounts(nodes: readonly EntityCard[], edges: readonly GraphEdge[], reported: DayRange | null): FacetCounts {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  const subtypes = new Map<string, { subtype: string; kind: EntityKind; count: number }>();
  for (const n of nodes) {
    kinds[n.kind]++;
    const s = subtypes.get(n.subtype) ?? subtypes.set(n.subtype, { subtype: n.subtype, kind: n.kind, count: 0 }).get(n.subtype)!;
    s.count++;
  }
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  const origins = Object.fromEntries(ORIGINS.map((o) => [o, 0])) as Record<OriginKind, number>;
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<ReviewState, number>;
  const sources = new Map<string, number>();
  const byDay = new Map<string, number>();
  const confidences: number[] = [];
  let inRange = 0;
  for (const e of edges) {
    if (e.status) statuses[e.status]++;
    if (!e.claimId) continue;
    if (e.origin) origins[e.origin]++;
    verdicts[e.verdict]++;
    if (e.confidence !== null) confidences.push(e.confidence);
    for (const p of publishers(e)) sources.set(p, (sources.get(p) ?? 0) + 1);
    const ds = days(e);
    for (const d of ds) byDay.set(d, (byDay.get(d) ?? 0) + 1);
    if (!reported || ds.some((d) => d >= reported.from && d <= reported.to)) inRange++;
  }
  return {
    kinds,
    subtypes: [...subtypes.values()].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.subtype.localeCompare(b.subtype)),
    statuses,
    sources: [...sources].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name)),
    origins,
    rated: confidences.length,
    atLeast: (min) => confidences.filter((c) => c >= min).length,
    days: [...byDay].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day)),
    inRange,
    verdicts,
  };
}
