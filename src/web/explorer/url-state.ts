// Shareable state in the URL hash: `#sel=place:shushi&exp=place:shushi,place:stepanakert&from=…&to=…`.
// Ids keep their `:` readable; everything else is percent-encoded. The hash never reaches
// the server, and replaceState keeps the back button for real navigation.
import { DEFAULT_VERDICTS, KINDS, ORIGINS, STATUSES, VERDICTS } from './encoding.js';
import { isDefaultVerdicts, NO_FACETS, type Facets } from './facets.js';
import type { DayRange } from './time-span.js';

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
  /** What the filter panel hides. */
  facets: Facets;
  /** Days brushed on the time axis: the graph shows only the events of these days. */
  when: DayRange | null;
  /** Entities hidden one by one. */
  hidden: string[];
  /** Only the selection and its neighbours are drawn. */
  neighbours: boolean;
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
  facets: NO_FACETS,
  when: null,
  hidden: [],
  neighbours: false,
};

/** The known values named in a comma-separated list, in the order of `known`. */
function listOf<T extends string>(value: string | null, known: readonly T[]): T[] {
  const named = new Set((value ?? '').split(',').map((s) => s.trim()));
  return known.filter((k) => named.has(k));
}

/**
 * A comma-separated list of free values (subtypes, publishers), each once, sorted. Split before
 * decoding, as a publisher's name may hold a comma (written %2C).
 */
function namesOf(raw: string | null): string[] {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s).trim();
    } catch {
      return '';
    }
  };
  return [...new Set((raw ?? '').split(',').map(decode).filter(Boolean))].sort();
}

/** A number in (0, 1], or none. */
function fraction(value: string | null): number | null {
  const n = Number(value);
  return value && n > 0 && n <= 1 ? n : null;
}

/** `2020-11-01..2020-11-30`, ends in either order; anything else is no range. */
function dayRange(value: string | null): DayRange | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value?.trim() ?? '');
  if (!m || Number.isNaN(Date.parse(m[1]!)) || Number.isNaN(Date.parse(m[2]!))) return null;
  return m[1]! <= m[2]! ? { from: m[1]!, to: m[2]! } : { from: m[2]!, to: m[1]! };
}

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = (k: string) =>
    hash
      .replace(/^#/, '')
      .split('&')
      .find((p) => p.startsWith(`${k}=`))
      ?.slice(k.length + 1) ?? null;
  const one = (k: string) => {
    const v = params.get(k)?.trim();
    return v ? v : null;
  };
  const ids = (k: string) => [
    ...new Set(
      (params.get(k) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return {
    sel: one('sel'),
    exp: ids('exp'),
    from: one('from'),
    to: one('to'),
    claim: one('claim'),
    sources: one('sources'),
    map: params.get('map') === '1',
    only: params.get('only') === '1',
    facets: {
      hideKinds: listOf(params.get('hidekind'), KINDS),
      hideSubtypes: namesOf(raw('hidesubtype')),
      hideStatuses: listOf(params.get('hidestatus'), STATUSES),
      hideSources: namesOf(raw('hidesource')),
      hideOrigins: listOf(params.get('hideorigin'), ORIGINS),
      minConfidence: fraction(params.get('minconf')),
      reported: dayRange(params.get('reported')),
      // Absent: the default; present, even empty (nothing ticked), exactly the verdicts named.
      verdicts: params.has('verdict') ? listOf(params.get('verdict'), VERDICTS) : DEFAULT_VERDICTS,
    },
    when: dayRange(params.get('when')),
    hidden: ids('hide'),
    neighbours: params.get('nbrs') === '1',
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
  const f = state.facets;
  if (f.hideKinds.length) parts.push(`hidekind=${f.hideKinds.join(',')}`);
  if (f.hideSubtypes.length) parts.push(`hidesubtype=${f.hideSubtypes.map(enc).join(',')}`);
  if (f.hideStatuses.length) parts.push(`hidestatus=${f.hideStatuses.join(',')}`);
  if (f.hideSources.length) parts.push(`hidesource=${f.hideSources.map(enc).join(',')}`);
  if (f.hideOrigins.length) parts.push(`hideorigin=${f.hideOrigins.join(',')}`);
  if (f.minConfidence !== null) parts.push(`minconf=${f.minConfidence}`);
  if (f.reported) parts.push(`reported=${f.reported.from}..${f.reported.to}`);
  if (!isDefaultVerdicts(f.verdicts)) parts.push(`verdict=${VERDICTS.filter((v) => f.verdicts.includes(v)).join(',')}`);
  if (state.when) parts.push(`when=${state.when.from}..${state.when.to}`);
  if (state.hidden.length) parts.push(`hide=${state.hidden.map(enc).join(',')}`);
  if (state.neighbours) parts.push('nbrs=1');
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Writes the state into the address bar without adding a history entry. */
export function writeHash(state: UrlState): void {
  const hash = formatHash(state);
  if (hash === window.location.hash || (!hash && !window.location.hash)) return;
  const url = window.location.pathname + window.location.search + hash;
  window.history.replaceState(null, '', url);
}
