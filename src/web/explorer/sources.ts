// What the sources table compares: for a claim, it and the claims linked to it; for an event,
// the claims about it and theirs. One row per statement, in the order they were made, and the
// CONFIRMS / CONTRADICTS / SAME_AS links between rows.
import { api } from './api.js';
import { OKABE_ITO } from './encoding.js';
import type { Statement } from './types.js';

export type SourceRelation = 'CONFIRMS' | 'CONTRADICTS' | 'SAME_AS';

/** `from` confirms or contradicts `to`; SAME_AS runs both ways and is listed once. */
export interface SourceLink {
  from: string;
  to: string;
  relation: SourceRelation;
}

export interface SourceComparison {
  /** The statements compared, by the day they were made (the focus first on a tie). */
  rows: Statement[];
  links: SourceLink[];
  /** Ids of the claim asked about, or of the event's own claims. */
  focus: string[];
  /** Claims about the event beyond those listed. */
  omitted: number;
}

export const RELATION_STYLE: Record<SourceRelation, { label: string; inverse: string; colour: string; dash?: string }> = {
  CONFIRMS: { label: 'confirms', inverse: 'confirmed by', colour: OKABE_ITO.bluishGreen },
  CONTRADICTS: { label: 'contradicts', inverse: 'contradicted by', colour: OKABE_ITO.vermillion, dash: '6 3' },
  SAME_AS: { label: 'same as', inverse: 'same as', colour: OKABE_ITO.blue, dash: '2 3' },
};

/** Claim ids are `claim:<article key>:<claim key>` (see the SDL); anything else is an entity. */
export const isClaimId = (id: string) => id.startsWith('claim:');

export async function loadComparison(id: string, signal?: AbortSignal): Promise<SourceComparison> {
  const { statements: focus, totalCount } = isClaimId(id)
    ? { statements: await api.statementsById([id], signal), totalCount: 1 }
    : await api.statementsAbout(id, signal);
  const known = new Set(focus.map((s) => s.id));
  const linked = [...new Set(focus.flatMap(linkedIds))].filter((l) => !known.has(l));
  const more = linked.length ? await api.statementsById(linked, signal) : [];
  return { ...compareSources(focus, more), omitted: totalCount - focus.length };
}

function linkedIds(s: Statement): string[] {
  return [...s.confirms, ...s.confirmedBy, ...s.contradicts, ...s.contradictedBy, ...s.sameAs].map((c) => c.id);
}

/** The day a statement was made, or failing that the day its first article was published. */
export function dayOf(s: Statement): string | null {
  return s.statedOn?.value ?? s.evidence[0]?.article.publishedAt ?? null;
}

export function compareSources(focus: Statement[], linked: Statement[]): Omit<SourceComparison, 'omitted'> {
  const byId = new Map([...focus, ...linked].map((s) => [s.id, s]));
  // Undated statements go last; ties keep the focus first, then go by id so the order is stable.
  const focusIds = new Set(focus.map((s) => s.id));
  const rows = [...byId.values()].sort(
    (a, b) =>
      compare(dayOf(a) ?? '\uffff', dayOf(b) ?? '\uffff') || Number(focusIds.has(b.id)) - Number(focusIds.has(a.id)) || compare(a.id, b.id),
  );
  const links: SourceLink[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, relation: SourceRelation) => {
    const key = relation === 'SAME_AS' ? [relation, ...[from, to].sort()].join('|') : [relation, from, to].join('|');
    if (!byId.has(from) || !byId.has(to) || seen.has(key)) return;
    seen.add(key);
    links.push({ from, to, relation });
  };
  // A link shows at both its ends (confirms here, confirmedBy there): it is listed once.
  for (const s of byId.values()) {
    for (const c of s.confirms) add(s.id, c.id, 'CONFIRMS');
    for (const c of s.confirmedBy) add(c.id, s.id, 'CONFIRMS');
    for (const c of s.contradicts) add(s.id, c.id, 'CONTRADICTS');
    for (const c of s.contradictedBy) add(c.id, s.id, 'CONTRADICTS');
    for (const c of s.sameAs) add(s.id, c.id, 'SAME_AS');
  }
  return { rows, links, focus: [...focusIds] };
}

/** Code-unit order: the same in every browser and in the tests, unlike localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
