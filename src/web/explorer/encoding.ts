// Visual encoding shared by the graph, the legend and the lists. Colours are from the
// Okabe–Ito palette (safe for the common colour-vision deficiencies), and nothing is told
// by colour alone: entity kinds also differ in shape, claim statuses in line style, and
// every badge carries its word.
import type { ClaimStatus, DatePrecision, EntityKind, OriginKind, ReviewState } from './types.js';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export interface KindStyle {
  label: string;
  plural: string;
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
  fill: string;
  border: string;
}

export const KINDS: EntityKind[] = ['PLACE', 'ACTOR', 'EVENT', 'THING'];

export const KIND_STYLE: Record<EntityKind, KindStyle> = {
  PLACE: { label: 'Place', plural: 'Places', shape: 'ellipse', fill: OKABE_ITO.skyBlue, border: '#1f5f86' },
  ACTOR: { label: 'Actor', plural: 'Actors', shape: 'round-rectangle', fill: OKABE_ITO.yellow, border: '#857c10' },
  EVENT: { label: 'Event', plural: 'Events', shape: 'diamond', fill: OKABE_ITO.reddishPurple, border: '#7d3a63' },
  THING: { label: 'Thing', plural: 'Things', shape: 'hexagon', fill: OKABE_ITO.orange, border: '#8a5d00' },
};

export interface StatusStyle {
  label: string;
  description: string;
  colour: string;
  /** Cytoscape line style; `dash` refines dashed lines (dash-dot for DENIED). */
  line: 'solid' | 'dashed' | 'dotted';
  dash?: number[];
  width: number;
  /** Arrow at the object end: a bar for denials, a triangle otherwise. */
  arrow: 'triangle' | 'tee';
}

export const STATUSES: ClaimStatus[] = ['REPORTED', 'CLAIMED', 'CONFIRMED', 'DENIED', 'UNCERTAIN'];

export const STATUS_STYLE: Record<ClaimStatus, StatusStyle> = {
  REPORTED: {
    label: 'Reported',
    description: "the article's own voice",
    colour: '#555555',
    line: 'solid',
    width: 1.5,
    arrow: 'triangle',
  },
  CLAIMED: {
    label: 'Claimed',
    description: 'a party says so, unverified',
    colour: OKABE_ITO.orange,
    line: 'dashed',
    dash: [7, 4],
    width: 2.5,
    arrow: 'triangle',
  },
  CONFIRMED: {
    label: 'Confirmed',
    description: 'a party confirms what another said',
    colour: OKABE_ITO.bluishGreen,
    line: 'solid',
    width: 4,
    arrow: 'triangle',
  },
  DENIED: {
    label: 'Denied',
    description: 'a party denies it',
    colour: OKABE_ITO.vermillion,
    line: 'dashed',
    dash: [9, 3, 2, 3],
    width: 2.5,
    arrow: 'tee',
  },
  UNCERTAIN: {
    label: 'Uncertain',
    description: 'the source leaves it open',
    colour: OKABE_ITO.blue,
    line: 'dotted',
    width: 2.5,
    arrow: 'triangle',
  },
};

export const ORIGINS: OriginKind[] = ['CURATED', 'EXTRACTED'];

export const ORIGIN_STYLE: Record<OriginKind, { label: string; description: string }> = {
  CURATED: { label: 'Curated', description: 'annotated and checked by a person' },
  EXTRACTED: { label: 'Extracted', description: 'found by an extraction rule' },
};

export const VERDICTS: ReviewState[] = ['UNREVIEWED', 'ACCEPTED', 'REJECTED'];

/** The review states shown unless the Review facet says otherwise: the API leaves rejected claims out by default too. */
export const DEFAULT_VERDICTS: ReviewState[] = ['UNREVIEWED', 'ACCEPTED'];

export const VERDICT_STYLE: Record<ReviewState, { label: string; description: string }> = {
  UNREVIEWED: { label: 'Unreviewed', description: 'no curator has judged it yet' },
  ACCEPTED: { label: 'Accepted', description: 'a curator checked it and accepted it' },
  REJECTED: { label: 'Rejected', description: 'a curator rejected it: asked for only while shown, drawn grey and dashed with a bar' },
};

/** How a rejected claim's edge is drawn, over its status's style (the graph and the legend). */
export const REJECTED_EDGE = { colour: '#9a9a9a', dash: [2, 3], arrow: 'tee' } as const;

/** SVG stroke-dasharray matching the cytoscape line (for the legend and badges). */
export function svgDash(s: StatusStyle): string | undefined {
  if (s.line === 'solid') return undefined;
  if (s.line === 'dotted') return `${s.width} ${s.width * 1.6}`;
  return (s.dash ?? [6, 4]).join(' ');
}

const PRECISION_WORD: Record<DatePrecision, string> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
  APPROXIMATE: 'approximate',
};

export function precisionWord(p: DatePrecision): string {
  return PRECISION_WORD[p] ?? p.toLowerCase();
}

/** "2020-11-08", "1994", "≈ 2020-09-28": the value with a hint of how exact it is. */
export function formatDate(d: { value: string; precision: DatePrecision }): string {
  return d.precision === 'APPROXIMATE' ? `≈ ${d.value}` : d.value;
}
