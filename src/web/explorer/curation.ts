// What a curator's change does to what the explorer shows. Each change, once the server has made
// it, is announced here; App applies it to the graph (a rejected claim's edge leaves, a merged
// entity's node goes and its edges end at the kept one) and reloads what the views show.
import { useEffect, useRef, useState } from 'react';
import type { Verdict } from './generated/operations.js';
import type { EntityCard } from './types.js';

export type Curation =
  | { kind: 'review'; claimId: string; verdict: Verdict }
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

/** What afterCuration needs of an edge: its ends and the claim it draws. */
interface CuratedEdge {
  source: string;
  target: string;
  claimId: string | null;
}

interface CuratedGraph<E extends CuratedEdge> {
  nodes: Record<string, EntityCard>;
  edges: Record<string, E>;
}

/**
 * The graph after a change, as the server now answers it: a rejected claim is in no list, so its
 * edge goes; a merge moved the merged entity's claims to the kept one, so its edges are re-ended
 * there and its node goes. An accepted claim or a new alias changes nothing drawn.
 */
export function afterCuration<E extends CuratedEdge>(g: CuratedGraph<E>, change: Curation): CuratedGraph<E> {
  if (change.kind === 'review') {
    if (change.verdict !== 'REJECTED') return g;
    const edges = Object.fromEntries(Object.entries(g.edges).filter(([, e]) => e.claimId !== change.claimId));
    return Object.keys(edges).length === Object.keys(g.edges).length ? g : { nodes: g.nodes, edges };
  }
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
