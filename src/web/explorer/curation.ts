// What a curator's change does to what the explorer shows. Each change, once the server has made
// it, is announced here; App applies it to the graph (a rejected claim's edge leaves or is marked
// rejected, an accepted one's is drawn again, a merged entity's node goes and its edges end at the
// kept one) and reloads what the views show.
import { useEffect, useRef, useState } from 'react';
import type { ClaimEdgeFragment, ReviewState, Verdict } from './generated/operations.js';
import type { EntityCard } from './types.js';

export type Curation =
  /** `claim`: the reviewed claim as the server now answers it, with what its edge needs. */
  | { kind: 'review'; claimId: string; verdict: Verdict; claim?: ClaimEdgeFragment }
  | { kind: 'alias'; entityId: string }
  | { kind: 'merge'; kept: EntityCard; mergedId: string };

const listeners = new Set<(change: Curation) => void>();

export function announceCuration(change: Curation): void {
  listeners.forEach((l) => l(change));
}

/**
 * Calls `onChange` on every change announced from now on, and answers how many there have been:
 * a dependency for effects that reload what a change may alter.
 */
export function useCurations(onChange?: (change: Curation) => void): number {
  const [count, setCount] = useState(0);
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listener = (change: Curation) => {
      latest.current?.(change);
      setCount((n) => n + 1);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return count;
}

/** What afterCuration needs of an edge: its ends, the claim it draws and that claim's verdict. */
interface CuratedEdge {
  source: string;
  target: string;
  claimId: string | null;
  verdict?: ReviewState;
}

interface CuratedGraph<E extends CuratedEdge> {
  nodes: Record<string, EntityCard>;
  edges: Record<string, E>;
}

/** How the graph shows reviews: whether rejected claims are drawn, and how a reviewed claim becomes an edge. */
export interface ReviewView<E> {
  /** The Review facet shows rejected claims: a rejected claim's edge stays, marked rejected. */
  showRejected: boolean;
  /** The edge of a reviewed claim the graph does not draw (an accepted claim it lost when rejected). */
  edgeOf(claim: ClaimEdgeFragment): E;
}

/** A review's effect: the claim's edge gone (rejected, not shown), marked with its verdict, or drawn again between two drawn entities. */
function afterReview<E extends CuratedEdge>(g: CuratedGraph<E>, change: Extract<Curation, { kind: 'review' }>, view?: ReviewView<E>): CuratedGraph<E> {
  const shown = change.verdict !== 'REJECTED' || !!view?.showRejected;
  const drawn = Object.entries(g.edges).filter(([, e]) => e.claimId === change.claimId);
  if (!drawn.length) {
    const claim = change.claim;
    // Drawn again only between entities the graph holds: a review adds no entity.
    if (!shown || !view || !claim?.object || !g.nodes[claim.subject.id] || !g.nodes[claim.object.id]) return g;
    const edge = view.edgeOf(claim);
    return { nodes: g.nodes, edges: { ...g.edges, [claim.id]: edge } };
  }
  if (!shown) return { nodes: g.nodes, edges: Object.fromEntries(Object.entries(g.edges).filter(([, e]) => e.claimId !== change.claimId)) };
  if (drawn.every(([, e]) => e.verdict === undefined || e.verdict === change.verdict)) return g;
  return { nodes: g.nodes, edges: { ...g.edges, ...Object.fromEntries(drawn.map(([id, e]) => [id, { ...e, verdict: change.verdict }])) } };
}

/**
 * The graph after a change, as the server now answers it: a rejected claim is in no list, so its
 * edge goes, unless `view` shows rejected claims, when it stays marked rejected; an accepted claim's
 * edge is marked accepted, or drawn again if a rejection took it away; a merge moved the merged
 * entity's claims to the kept one, so its edges are re-ended there and its node goes. A new alias
 * changes nothing drawn.
 */
export function afterCuration<E extends CuratedEdge>(g: CuratedGraph<E>, change: Curation, view?: ReviewView<E>): CuratedGraph<E> {
  if (change.kind === 'review') return afterReview(g, change, view);
  if (change.kind === 'merge') {
    if (!g.nodes[change.mergedId]) return g;
    const keep = change.kept.id;
    const nodes = { ...g.nodes, [keep]: g.nodes[keep] ?? change.kept };
    delete nodes[change.mergedId];
    const moved = (id: string) => (id === change.mergedId ? keep : id);
    const edges: Record<string, E> = {};
    for (const [id, e] of Object.entries(g.edges)) edges[id] = { ...e, source: moved(e.source), target: moved(e.target) };
    return { nodes, edges };
  }
  return g;
}
