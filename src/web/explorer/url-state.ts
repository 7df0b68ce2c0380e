// Shareable state in the URL hash: `#sel=place:shushi&exp=place:shushi,place:stepanakert&from=…&to=…`.
// Ids keep their `:` readable; everything else is percent-encoded. The hash never reaches
// the server, and replaceState keeps the back button for real navigation.
import { KINDS, STATUSES } from './encoding.js';
import type { DayRange } from './time-span.js';
import type { ClaimStatus, EntityKind } from './types.js';

export interface UrlState {
  /** Selected entity. */
  sel: string | null;
  /** Expanded entities, in the order they were expanded. */
  exp: string[];
  /** Path finder ends. */
  from: string | null;
  to: string | null;
  /** Claim whose evidence is open. */
  claim: string | null;
  /** Claim or event whose sources are compared side by side. */
  sources: string | null;
  /** The map is open beside the graph. */
  map: boolean;
  /** Timeline limited to events about the selection. */
  only: boolean;
  /** Entity kinds and claim statuses the graph hides (filters), in KINDS and STATUSES order. */
  hideKinds: EntityKind[];
  hideStatuses: ClaimStatus[];
  /** Days brushed on the time axis: the graph shows only the events of these days. */
  when: DayRange | null;
}

export const EMPTY_STATE: UrlState = {
  sel: null,
  exp: [],
  from: null,
  to: null,
  claim: null,
  sources: null,
  map: false,
  only: false,
  hideKinds: [],
  hideStatuses: [],
  when: null,
};

/** The known values named in a comma-separated list, in the order of `known`. */
function listOf<T extends string>(value: string | null, known: readonly T[]): T[] {
  const named = new Set((value ?? '').split(',').map((s) => s.trim()));
  return known.filter((k) => named.has(k));
}

/** `2020-11-01..2020-11-30`, ends in either order; anything else is no range. */
function dayRange(value: string | null): DayRange | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value?.trim() ?? '');
  if (!m || Number.isNaN(Date.parse(m[1]!)) || Number.isNaN(Date.parse(m[2]!))) return null;
  return m[1]! <= m[2]! ? { from: m[1]!, to: m[2]! } : { from: m[2]!, to: m[1]! };
}

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const one = (k: string) => {
    const v = params.get(k)?.trim();
    return v ? v : null;
  };
  const exp = (params.get('exp') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    sel: one('sel'),
    exp: [...new Set(exp)],
    from: one('from'),
    to: one('to'),
    claim: one('claim'),
    sources: one('sources'),
    map: params.get('map') === '1',
    only: params.get('only') === '1',
    hideKinds: listOf(params.get('hidekind'), KINDS),
    hideStatuses: listOf(params.get('hidestatus'), STATUSES),
    when: dayRange(params.get('when')),
  };
}

const enc = (s: string) => encodeURIComponent(s).replace(/%3A/gi, ':');

export function formatHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.sel) parts.push(`sel=${enc(state.sel)}`);
  if (state.exp.length) parts.push(`exp=${state.exp.map(enc).join(',')}`);
  if (state.from) parts.push(`from=${enc(state.from)}`);
  if (state.to) parts.push(`to=${enc(state.to)}`);
  if (state.claim) parts.push(`claim=${enc(state.claim)}`);
  if (state.sources) parts.push(`sources=${enc(state.sources)}`);
  if (state.map) parts.push('map=1');
  if (state.only) parts.push('only=1');
  if (state.hideKinds.length) parts.push(`hidekind=${state.hideKinds.join(',')}`);
  if (state.hideStatuses.length) parts.push(`hidestatus=${state.hideStatuses.join(',')}`);
  if (state.when) parts.push(`when=${state.when.from}..${state.when.to}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Writes the state into the address bar without adding a history entry. */
export function writeHash(state: UrlState): void {
  const hash = formatHash(state);
  if (hash === window.location.hash || (!hash && !window.location.hash)) return;
  const url = window.location.pathname + window.location.search + hash;
  window.history.replaceState(null, '', url);
}
