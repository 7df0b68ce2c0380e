// The explorer page: search, graph, time axis, map, details, evidence, sources side by side,
// filters, path finder, timeline and exports, with the shareable part of the state (selection,
// expanded nodes, path ends, open claim, compared sources, map, filters, time range, hidden
// entities) in the URL, and keyboard shortcuts for the main actions (see SHORTCUTS).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, PATH_MAX_HOPS } from './api.js';
import { afterCuration, useCurations } from './curation.js';
import { DetailsPanel } from './DetailsPanel.js';
import { EntitySearch } from './EntitySearch.js';
import { EvidenceView } from './EvidenceView.js';
import { ExportMenu } from './ExportMenu.js';
import { claimPasses, entityPasses, facetCounts, isFiltering, NO_FACETS, showsRejected, type GraphEdge } from './facets.js';
import { FilterPanel } from './FilterPanel.js';
import { GraphView, type Direction, type GraphViewHandle } from './GraphView.js';
import { MapView, type MapPoint } from './MapView.js';
import { PathPanel } from './PathPanel.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { SourcesView } from './SourcesView.js';
import { TimeAxis } from './TimeAxis.js';
import { eventSpan, overlaps } from './time-span.js';
import { TimelinePanel } from './TimelinePanel.js';
import type { ClaimEdgeFragment, ClaimFacetsFragment } from './generated/operations.js';
import type { EntityCard, EntityDetails, EntityLocation, EventDates, Path, Subgraph } from './types.js';
import { parseHash, writeHash } from './url-state.js';
import { KindIcon, Legend } from './widgets.js';

interface GraphData {
  nodes: Record<string, EntityCard>;
  edges: Record<string, GraphEdge>;
}

const EMPTY_GRAPH: GraphData = { nodes: {}, edges: {} };

function withNodes(g: GraphData, nodes: EntityCard[]): GraphData {
  if (nodes.every((n) => g.nodes[n.id])) return g;
  const next = { ...g.nodes };
  for (const n of nodes) next[n.id] ??= n;
  return { nodes: next, edges: g.edges };
}

/** An edge for a claim between two entities, or for a lost claim (null) with a synthetic id. */
function edgeOf(source: string, target: string, predicate: string, claim: ClaimFacetsFragment | null): GraphEdge {
  return {
    id: claim?.id ?? `${source}|${predicate}|${target}`,
    source,
    target,
    predicate,
    status: claim?.status ?? null,
    statement: claim?.statement ?? null,
    claimId: claim?.id ?? null,
    confidence: claim?.confidence ?? null,
    origin: claim?.origin.kind ?? null,
    sources: claim?.evidence.map((ev) => ({ publisher: ev.article.publisher, publishedAt: ev.article.publishedAt })) ?? [],
    verdict: claim?.review?.verdict ?? 'UNREVIEWED',
  };
}

/** The edge of a claim a curator just reviewed (the review answers it with its ends). */
const reviewedEdge = (claim: ClaimEdgeFragment): GraphEdge => edgeOf(claim.subject.id, claim.object?.id ?? claim.subject.id, claim.predicate, claim);

function withSubgraph(g: GraphData, sub: Subgraph): GraphData {
  const withN = withNodes(g, sub.nodes);
  const edges = { ...withN.edges };
  for (const e of sub.edges) {
    const edge = edgeOf(e.source, e.target, e.predicate, e.claim);
    edges[edge.id] ??= edge;
  }
  return { nodes: withN.nodes, edges };
}

function withPath(g: GraphData, path: Path): GraphData {
  const withN = withNodes(g, path.nodes);
  const edges = { ...withN.edges };
  for (const s of path.steps) {
    // The edge runs the claim's way: subject → object.
    const [source, target] = s.direction === 'OUTGOING' ? [s.from.id, s.to.id] : [s.to.id, s.from.id];
    edges[s.claim.id] ??= edgeOf(source, target, s.predicate, s.claim);
  }
  return { nodes: withN.nodes, edges };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function App() {
  const initial = useMemo(() => parseHash(window.location.hash), []);
  const [graph, setGraph] = useState<GraphData>(EMPTY_GRAPH);
  const [anchor, setAnchor] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [details, setDetails] = useState<EntityDetails | null>(null);
  const [detailsLoading, setDetailsLoading] = useState(false);
  const [detailsError, setDetailsError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [pathFrom, setPathFrom] = useState<EntityCard | null>(null);
  const [pathTo, setPathTo] = useState<EntityCard | null>(null);
  const [path, setPath] = useState<Path | null | undefined>(undefined);
  const [pathLoading, setPathLoading] = useState(false);
  const [pathError, setPathError] = useState<string | null>(null);
  const [claimStack, setClaimStack] = useState<string[]>([]);
  const [sourcesOf, setSourcesOf] = useState<string | null>(initial.sources);
  const [mapOpen, setMapOpen] = useState(initial.map);
  const [locations, setLocations] = useState<Record<string, EntityLocation>>({});
  const [onlySelection, setOnlySelection] = useState(false);
  const [facets, setFacets] = useState(initial.facets);
  // Read by expand and the curation listener, which outlive a render: whether to ask for rejected claims.
  const withRejected = useRef(showsRejected(initial.facets));
  withRejected.current = showsRejected(facets);
  const [timeRange, setTimeRange] = useState(initial.when);
  const [hiddenByHand, setHiddenByHand] = useState(initial.hidden);
  const [pinned, setPinned] = useState<string[]>([]);
  const [onlyNeighbours, setOnlyNeighbours] = useState(initial.neighbours);
  const [helpOpen, setHelpOpen] = useState(false);
  const [eventDates, setEventDates] = useState<Record<string, EventDates>>({});
  const [restored, setRestored] = useState(false);
  const [status, setStatus] = useState('');
  const [loadingGraph, setLoadingGraph] = useState(0);

  const graphView = useRef<GraphViewHandle>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const evidenceOpener = useRef<HTMLElement | null>(null);
  const cards = useRef(new Map<string, EntityCard>());

  // Names and kinds of every entity seen, for path ends and nodes added by id.
  const remember = (list: EntityCard[]) =>
    list.forEach(({ id, name, kind, subtype }) => cards.current.set(id, { id, name, kind, subtype }));

  // ----- entities -----------------------------------------------------------------------
  const openEntity = useCallback(async (id: string, card?: EntityCard) => {
    let known = card ?? cards.current.get(id);
    if (!known) {
      try {
        known = (await api.entityCards([id]))[0];
      } catch (err) {
        setStatus(message(err));
        return;
      }
      if (!known) {
        setStatus(`There is no entity ${id}.`);
        return;
      }
    }
    remember([known]);
    const k = cards.current.get(id)!;
    setGraph((g) => withNodes(g, [k]));
    setSelectedId(id);
  }, []);

  const expand = useCallback(async (id: string) => {
    setLoadingGraph((n) => n + 1);
    try {
      const sub = await api.neighborhood(id, withRejected.current);
      remember(sub.nodes);
      setAnchor(id);
      setGraph((g) => withSubgraph(g, sub));
      setExpanded((list) => (list.includes(id) ? list : [...list, id]));
      const name = cards.current.get(id)?.name ?? id;
      setStatus(
        `Expanded ${name}: ${sub.nodes.length - 1} neighbours, ${sub.edges.length} claims` +
          (sub.truncated ? ' (limit reached, showing the first 50)' : ''),
      );
    } catch (err) {
      setStatus(message(err));
    } finally {
      setLoadingGraph((n) => n - 1);
    }
  }, []);

  // A curator's change (curation.ts) reaches the graph, and the details are asked for again.
  const curations = useCurations((change) => {
    setGraph((g) => afterCuration(g, change, { showRejected: withRejected.current, edgeOf: reviewedEdge }));
    if (change.kind === 'merge') setSelectedId((id) => (id === change.mergedId ? change.kept.id : id));
  });

  // Details of the selection.
  useEffect(() => {
    if (!selectedId) {
      setDetails(null);
      return;
    }
    const ctrl = new AbortController();
    setDetailsLoading(true);
    setDetailsError(null);
    api
      .entity(selectedId, ctrl.signal)
      .then((e) => {
        setDetails(e);
        if (e) remember([e]);
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setDetailsError(message(err));
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setDetailsLoading(false);
      });
    return () => ctrl.abort();
  }, [selectedId, curations]);

  // ----- path ---------------------------------------------------------------------------
  const findPath = useCallback(async (from: EntityCard, to: EntityCard) => {
    setPathLoading(true);
    setPathError(null);
    try {
      const found = await api.path(from.id, to.id);
      if (found) {
        remember(found.nodes);
        setAnchor(from.id);
        setGraph((g) => withPath(g, found));
      }
      setPath(found);
      setStatus(
        found
          ? `Path from ${from.name} to ${to.name}: ${found.hops} ${found.hops === 1 ? 'claim' : 'claims'}.`
          : `No chain of claims links ${from.name} and ${to.name} within ${PATH_MAX_HOPS} hops.`,
      );
    } catch (err) {
      setPathError(message(err));
      setPath(undefined);
    } finally {
      setPathLoading(false);
    }
  }, []);

  const setPathEnd = useCallback((end: 'from' | 'to', entity: EntityCard | null) => {
    if (entity) remember([entity]);
    (end === 'from' ? setPathFrom : setPathTo)(entity);
    setPath(undefined);
  }, []);

  const setPathEndById = (end: 'from' | 'to', id: string) => {
    const card = cards.current.get(id);
    if (card) setPathEnd(end, card);
  };

  // ----- evidence -----------------------------------------------------------------------
  const openClaim = useCallback((id: string) => {
    evidenceOpener.current = document.activeElement as HTMLElement | null;
    setClaimStack([id]);
  }, []);
  const openRelatedClaim = useCallback((id: string) => {
    setClaimStack((stack) => (stack[stack.length - 1] === id ? stack : [...stack, id]));
  }, []);
  const closeEvidence = useCallback(() => {
    setClaimStack([]);
    const opener = evidenceOpener.current;
    evidenceOpener.current = null;
    if (opener && opener.isConnected) opener.focus();
  }, []);

  // ----- keyboard -----------------------------------------------------------------------
  // One listener; the handler it calls is rebuilt each render (below), so it reads the current state.
  const onShortcut = useRef<(e: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onShortcut.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // ----- URL state ----------------------------------------------------------------------
  // Restore once from the address (selection, expanded nodes, path ends, open claim) ...
  useEffect(() => {
    const s = initial;
    const ids = [...new Set([s.sel, s.from, s.to].filter((x): x is string => !!x))];
    if (!ids.length && !s.exp.length && !s.claim) {
      setOnlySelection(s.only);
      setRestored(true);
      return;
    }
    let cancelled = false;
    setLoadingGraph((n) => n + 1);
    (async () => {
      const [found, subs] = await Promise.all([
        ids.length ? api.entityCards(ids) : Promise.resolve([]),
        Promise.all(s.exp.map((id) => api.neighborhood(id, showsRejected(s.facets)).catch(() => null))),
      ]);
      remember(found);
      const byId = new Map(found.map((c) => [c.id, c]));
      const from = s.from ? (byId.get(s.from) ?? null) : null;
      const to = s.to ? (byId.get(s.to) ?? null) : null;
      const foundPath = from && to ? await api.path(from.id, to.id).catch(() => null) : undefined;
      if (cancelled) return;
      let g = EMPTY_GRAPH;
      const exp: string[] = [];
      subs.forEach((sub, i) => {
        if (sub && sub.nodes.length) {
          remember(sub.nodes);
          g = withSubgraph(g, sub);
          exp.push(s.exp[i]!);
        }
      });
      const sel = s.sel ? byId.get(s.sel) : undefined;
      if (sel) g = withNodes(g, [sel]);
      // Ids of the link the graph does not hold are said, as an unknown claim id is in its view.
      const unknown = [...new Set([...ids.filter((id) => !byId.has(id)), ...s.exp.filter((_, i) => !subs[i]?.nodes.length)])];
      if (foundPath) {
        remember(foundPath.nodes);
        g = withPath(g, foundPath);
      }
      setGraph(g);
      setExpanded(exp);
      setPathFrom(from);
      setPathTo(to);
      if (foundPath !== undefined) setPath(foundPath);
      if (sel) setSelectedId(sel.id);
      setOnlySelection(s.only);
      if (s.claim) setClaimStack([s.claim]);
      if (unknown.length) setStatus(`The link names ${unknown.join(', ')}, which the graph does not hold; the rest of the view is restored.`);
    })()
      .catch((err: unknown) => setStatus(`Could not restore the shared view: ${message(err)}`))
      .finally(() => {
        setLoadingGraph((n) => n - 1);
        if (!cancelled) setRestored(true);
      });
    return () => {
      cancelled = true;
    };
  }, [initial]);

  // Ticking Rejected in the Review facet asks again for the expanded entities' neighbourhoods, with
  // their rejected claims (the first answers left them out); unticking only hides them.
  const showRejected = showsRejected(facets);
  const askedRejected = useRef(showsRejected(initial.facets));
  const expandedNow = useRef(expanded);
  expandedNow.current = expanded;
  useEffect(() => {
    if (!restored) return;
    const ask = showRejected && !askedRejected.current;
    askedRejected.current = showRejected;
    const ids = expandedNow.current;
    if (!ask || !ids.length) return;
    setLoadingGraph((n) => n + 1);
    Promise.all(ids.map((id) => api.neighborhood(id, true)))
      .then((subs) => {
        subs.forEach((sub) => remember(sub.nodes));
        setGraph((g) => subs.reduce(withSubgraph, g));
        const rejected = new Set(subs.flatMap((sub) => sub.edges.flatMap((e) => (e.claim?.review?.verdict === 'REJECTED' ? [e.claim.id] : []))));
        setStatus(`Rejected claims shown: ${rejected.size} around the expanded ${ids.length === 1 ? 'entity' : 'entities'}.`);
      })
      .catch((err: unknown) => {
        // Asked again on the next tick of Rejected.
        askedRejected.current = false;
        setStatus(`Could not load the rejected claims: ${message(err)}`);
      })
      .finally(() => setLoadingGraph((n) => n - 1));
  }, [restored, showRejected]);

  // ... and keep the address up to date afterwards.
  const openClaimId = claimStack[claimStack.length - 1] ?? null;
  useEffect(() => {
    if (!restored) return;
    writeHash({
      sel: selectedId,
      exp: expanded,
      from: pathFrom?.id ?? null,
      to: pathTo?.id ?? null,
      claim: openClaimId,
      sources: sourcesOf,
      map: mapOpen,
      only: onlySelection,
      facets,
      when: timeRange,
      hidden: hiddenByHand,
      neighbours: onlyNeighbours,
    });
  }, [restored, selectedId, expanded, pathFrom, pathTo, openClaimId, sourcesOf, mapOpen, onlySelection, facets, timeRange, hiddenByHand, onlyNeighbours]);

  // ----- derived ------------------------------------------------------------------------
  const nodes = useMemo(() => Object.values(graph.nodes), [graph.nodes]);
  const edges = useMemo(() => Object.values(graph.edges), [graph.edges]);
  const pathHighlight = useMemo(
    () => (path ? { nodes: path.nodes.map((n) => n.id), edges: path.steps.map((s) => s.claim.id) } : null),
    [path],
  );
  const selectedCard = selectedId ? (graph.nodes[selectedId] ?? cards.current.get(selectedId) ?? null) : null;
  const sortedNodes = useMemo(() => [...nodes].sort((a, b) => a.name.localeCompare(b.name)), [nodes]);
  const counts = useMemo(() => facetCounts(nodes, edges, facets.reported), [nodes, edges, facets.reported]);
  // When the graph's events happened, asked once per event.
  const dating = useRef(new Set<string>());
  useEffect(() => {
    const ids = nodes.filter((n) => n.kind === 'EVENT' && !dating.current.has(n.id)).map((n) => n.id);
    if (!ids.length) return;
    ids.forEach((id) => dating.current.add(id));
    api
      .eventDates(ids)
      .then((found) => setEventDates((known) => ({ ...known, ...Object.fromEntries(found.map((e) => [e.id, e])) })))
      .catch((err: unknown) => {
        ids.forEach((id) => dating.current.delete(id));
        setStatus(`Could not date the graph's events: ${message(err)}`);
      });
  }, [nodes]);
  const graphEvents = useMemo(() => nodes.flatMap((n) => (eventDates[n.id] ? [eventDates[n.id]!] : [])), [nodes, eventDates]);
  // Under a time range, the events not known to fall in it (undated, or not yet dated) are hidden.
  const outOfRange = useMemo(() => {
    if (!timeRange) return [];
    return nodes
      .filter((n) => {
        const span = n.kind === 'EVENT' && eventDates[n.id] ? eventSpan(eventDates[n.id]!) : null;
        return n.kind === 'EVENT' && !(span && overlaps(span, timeRange));
      })
      .map((n) => n.id);
  }, [nodes, eventDates, timeRange]);
  // What is not drawn: entities the facets, the time range or a hand hide, or (showing only the
  // selection's neighbours) not next to it; claims the facets hide. A claim goes with either entity.
  const hiddenNodes = useMemo(() => {
    const outside = new Set(outOfRange);
    const hand = new Set(hiddenByHand);
    const near = onlyNeighbours && selectedId ? neighbourhoodOf(selectedId, edges) : null;
    return nodes.filter((n) => !entityPasses(n, facets) || outside.has(n.id) || hand.has(n.id) || (near && !near.has(n.id))).map((n) => n.id);
  }, [nodes, edges, facets, outOfRange, hiddenByHand, onlyNeighbours, selectedId]);
  const hiddenEdges = useMemo(() => edges.filter((e) => !claimPasses(e, facets)).map((e) => e.id), [edges, facets]);
  const shown = useMemo(() => {
    const hiddenIds = new Set([...hiddenNodes, ...hiddenEdges]);
    const shownEdges = edges.filter((e) => !hiddenIds.has(e.id) && !hiddenIds.has(e.source) && !hiddenIds.has(e.target));
    return { nodes: nodes.length - hiddenNodes.length, edges: shownEdges.length };
  }, [nodes, edges, hiddenNodes, hiddenEdges]);
  const filtering = isFiltering(facets) || !!timeRange || hiddenNodes.length > 0;

  // Where the graph's places and events are, asked once per entity while the map is open.
  const locating = useRef(new Set<string>());
  useEffect(() => {
    if (!mapOpen) return;
    const ids = nodes.filter((n) => (n.kind === 'PLACE' || n.kind === 'EVENT') && !locating.current.has(n.id)).map((n) => n.id);
    if (!ids.length) return;
    ids.forEach((id) => locating.current.add(id));
    api
      .locations(ids)
      .then((found) => setLocations((known) => ({ ...known, ...Object.fromEntries(found.map((l) => [l.id, l])) })))
      .catch((err: unknown) => {
        ids.forEach((id) => locating.current.delete(id));
        setStatus(`Could not place the graph on the map: ${message(err)}`);
      });
  }, [mapOpen, nodes]);
  // The points the filters leave: places at their coordinates, events at their place's.
  const hidden = useMemo(() => new Set(hiddenNodes), [hiddenNodes]);
  const mapPoints = useMemo(
    () =>
      nodes.flatMap((n): MapPoint[] => {
        const l = locations[n.id];
        const at = l?.__typename === 'Place' ? l.location : l?.__typename === 'Event' ? l.place?.location : null;
        const kind = l?.__typename === 'Place' ? 'PLACE' : 'EVENT';
        return l && at && !hidden.has(l.id) ? [{ id: l.id, name: l.name, kind, lat: at.lat, lon: at.lon }] : [];
      }),
    [nodes, locations, hidden],
  );

  const clearGraph = () => {
    setGraph(EMPTY_GRAPH);
    setExpanded([]);
    setPath(undefined);
    setSelectedId(null);
    setAnchor(null);
    setHiddenByHand([]);
    setPinned([]);
    setStatus('Graph cleared.');
  };

  // ----- hiding, pinning, neighbours --------------------------------------------------------
  const nameOf = (id: string) => cards.current.get(id)?.name ?? id;
  const hideEntity = (id: string) => {
    setHiddenByHand((h) => (h.includes(id) ? h : [...h, id]));
    // A hidden selection would leave the details of something not drawn.
    if (id === selectedId) setSelectedId(null);
    setStatus(`${nameOf(id)} is hidden; Show hidden brings it back.`);
  };
  const togglePin = (id: string) => {
    const pin = !pinned.includes(id);
    setPinned((p) => (pin ? [...p, id] : p.filter((x) => x !== id)));
    setStatus(pin ? `${nameOf(id)} is pinned: re-layout leaves it where it is.` : `${nameOf(id)} is unpinned.`);
  };
  const selectionPinned = !!selectedId && pinned.includes(selectedId);

  onShortcut.current = (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') {
      if (claimStack.length) closeEvidence();
      else if (sourcesOf) setSourcesOf(null);
      else if (helpOpen) setHelpOpen(false);
      else if (selectedId && !isTyping(e.target)) setSelectedId(null);
      else return;
      e.preventDefault();
      return;
    }
    // The evidence and sources views are dialogs: the graph's keys wait until they close.
    if (claimStack.length || sourcesOf || isTyping(e.target)) return;
    const toward = ARROWS[e.key];
    if (toward) {
      const next = selectedId ? graphView.current?.neighbourToward(selectedId, toward) : null;
      if (!next) return;
      setSelectedId(next);
    } else if (e.key === '/') {
      searchInput.current?.focus();
      searchInput.current?.select();
    } else if (e.key === '?') setHelpOpen((o) => !o);
    else if (e.key === 'f') graphView.current?.fit();
    else if (e.key === 'n') setOnlyNeighbours((o) => !o);
    else if (e.key === 'e' && selectedId) void expand(selectedId);
    else if (e.key === 'h' && selectedId) hideEntity(selectedId);
    else if (e.key === 'p' && selectedId) togglePin(selectedId);
    else return;
    e.preventDefault();
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <line x1="5" y1="14" x2="15" y2="5" stroke="#555" strokeWidth="1.6" />
            <line x1="5" y1="14" x2="15" y2="15" stroke="#E69F00" strokeWidth="1.6" strokeDasharray="2.5 1.5" />
            <circle cx="5" cy="14" r="3.6" fill="#56B4E9" stroke="#1f5f86" />
            <rect x="11.5" y="2" width="7" height="6" rx="1.5" fill="#F0E442" stroke="#857c10" />
            <polygon points="15,11.5 18.5,15 15,18.5 11.5,15" fill="#CC79A7" stroke="#7d3a63" />
          </svg>
          newsgraph <span className="brand-sub">explorer</span>
        </h1>
        <EntitySearch
          ref={searchInput}
          label="Search entities"
          hideLabel
          placeholder="Search places, actors, events in any spelling"
          onChoose={(hit) => void openEntity(hit.id, hit)}
          kbdHint="/"
          className="main-search"
          testId="search"
        />
        <nav className="topnav" aria-label="Elsewhere">
          <a href="/">GraphQL playground</a>
        </nav>
      </header>

      <main className="layout">
        <aside className="sidebar left" aria-label="Filters, path finder and timeline">
          <FilterPanel counts={counts} facets={facets} onChange={setFacets} onShowAll={() => setFacets(NO_FACETS)} />
          <PathPanel
            from={pathFrom}
            to={pathTo}
            path={path}
            loading={pathLoading}
            error={pathError}
            onSetEnd={setPathEnd}
            onFind={() => pathFrom && pathTo && void findPath(pathFrom, pathTo)}
            onSwap={() => {
              setPathFrom(pathTo);
              setPathTo(pathFrom);
              setPath(undefined);
            }}
            onClear={() => {
              setPathFrom(null);
              setPathTo(null);
              setPath(undefined);
              setPathError(null);
            }}
            onOpenClaim={openClaim}
            onOpenEntity={(id) => void openEntity(id)}
          />
          <TimelinePanel
            selected={selectedCard}
            onlySelection={onlySelection}
            onToggleOnly={setOnlySelection}
            onOpenEntity={(id) => void openEntity(id)}
          />
        </aside>

        <section className="graph-panel" aria-labelledby="graph-heading">
          <div className="graph-toolbar">
            <h2 id="graph-heading" className="visually-hidden">
              Graph
            </h2>
            <span
              className="graph-count"
              data-testid="graph-count"
              data-nodes={nodes.length}
              data-edges={edges.length}
              data-shown-nodes={shown.nodes}
              data-shown-edges={shown.edges}
            >
              {filtering ? `${shown.nodes} of ` : ''}
              {nodes.length} {nodes.length === 1 ? 'entity' : 'entities'} · {filtering ? `${shown.edges} of ` : ''}
              {edges.length} {edges.length === 1 ? 'claim' : 'claims'}
            </span>
            {hiddenByHand.length ? (
              <button type="button" className="small" onClick={() => setHiddenByHand([])}>
                Show hidden ({hiddenByHand.length})
              </button>
            ) : null}
            <span className="graph-status" role="status" aria-live="polite">
              {loadingGraph > 0 ? 'Loading…' : status}
            </span>
            <div className="toolbar-buttons" role="group" aria-label="Graph view">
              <details className="node-list">
                <summary>List</summary>
                <div className="node-list-popover">
                  {sortedNodes.length ? (
                    <ul className="plain" aria-label="Entities in the graph">
                      {sortedNodes.map((n) => (
                        <li key={n.id}>
                          <button
                            type="button"
                            className={`link entity-link${n.id === selectedId ? ' current' : ''}`}
                            onClick={() => setSelectedId(n.id)}
                            aria-current={n.id === selectedId ? 'true' : undefined}
                          >
                            <KindIcon kind={n.kind} size={10} />
                            {n.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="hint">The graph is empty.</p>
                  )}
                </div>
              </details>
              <button type="button" onClick={() => graphView.current?.fit()} disabled={!nodes.length} title="Fit (f)">
                Fit
              </button>
              <button type="button" onClick={() => graphView.current?.relayout()} disabled={nodes.length < 2} title="Pinned entities stay">
                Re-layout
              </button>
              <button type="button" onClick={clearGraph} disabled={!nodes.length}>
                Clear
              </button>
              <button type="button" aria-pressed={mapOpen} onClick={() => setMapOpen((m) => !m)}>
                Map
              </button>
              <ExportMenu graph={graphView} disabled={!shown.nodes} onStatus={setStatus} />
              <ShortcutHelp open={helpOpen} onToggle={setHelpOpen} />
            </div>
          </div>
          <div className="graph-stage">
            <GraphView
              ref={graphView}
              nodes={nodes}
              edges={edges}
              selected={selectedId}
              expanded={expanded}
              path={pathHighlight}
              hiddenNodes={hiddenNodes}
              hiddenEdges={hiddenEdges}
              pinned={pinned}
              anchor={anchor}
              onSelect={setSelectedId}
              onExpand={(id) => void expand(id)}
              onOpenClaim={openClaim}
            />
            {nodes.length === 0 && restored ? (
              <div className="graph-empty">
                <p>
                  <strong>Start with a search</strong> (press <kbd>/</kbd>): “Shusha”, “Aliyev”, “helicopter”…
                </p>
                <p>Click an entity to see its details and claims, double-click (or “Expand”) to draw its neighbours.</p>
              </div>
            ) : null}
          </div>
          {/* The axis draws itself only when something is dated (its claims' dates it asks for). */}
          <TimeAxis
            events={graphEvents}
            claims={edges.flatMap((e) => (e.claimId ? [e.claimId] : []))}
            range={timeRange}
            selected={selectedId}
            onBrush={setTimeRange}
            onClear={() => setTimeRange(null)}
            onSelect={setSelectedId}
            onOpenClaim={openClaim}
          />
          {mapOpen ? <MapView points={mapPoints} selected={selectedId} onSelect={setSelectedId} onOpenClaim={openClaim} /> : null}
          <Legend />
        </section>

        <aside className="sidebar right" aria-label="Selection">
          <DetailsPanel
            entity={details}
            loading={detailsLoading}
            error={detailsError}
            selectedId={selectedId}
            expanded={!!selectedId && expanded.includes(selectedId)}
            pathFrom={pathFrom?.id ?? null}
            pathTo={pathTo?.id ?? null}
            onExpand={(id) => void expand(id)}
            onSetPathEnd={setPathEndById}
            onOpenEntity={(id) => void openEntity(id)}
            onOpenClaim={openClaim}
            onCompareSources={setSourcesOf}
            onCenter={(id) => graphView.current?.center(id)}
            pinned={selectionPinned}
            onlyNeighbours={onlyNeighbours}
            onHide={hideEntity}
            onTogglePin={togglePin}
            onToggleNeighbours={() => setOnlyNeighbours((o) => !o)}
          />
        </aside>
      </main>

      {sourcesOf ? (
        <SourcesView
          subjectId={sourcesOf}
          subjectName={cards.current.get(sourcesOf)?.name ?? null}
          onClose={() => setSourcesOf(null)}
          onOpenClaim={openClaim}
        />
      ) : null}
      {openClaimId ? (
        <EvidenceView
          claimId={openClaimId}
          canGoBack={claimStack.length > 1}
          onBack={() => setClaimStack((s) => s.slice(0, -1))}
          onClose={closeEvidence}
          onOpenClaim={openRelatedClaim}
          onOpenEntity={(id) => void openEntity(id)}
        />
      ) : null}
    </div>
  );
}

const ARROWS: Record<string, Direction | undefined> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The entity and those a claim in the graph joins it to. */
function neighbourhoodOf(id: string, edges: readonly GraphEdge[]): Set<string> {
  const near = new Set([id]);
  for (const e of edges) {
    if (e.source === id) near.add(e.target);
    if (e.target === id) near.add(e.source);
  }
  return near;
}
