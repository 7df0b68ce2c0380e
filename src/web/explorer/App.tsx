// The explorer page: search, graph, time axis, map, details, evidence, sources side by side,
// filters, path finder, timeline and exports, with the shareable part of the state (selection,
// expanded nodes, path ends, open claim, compared sources, map, filters, time range) in the URL.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, PATH_MAX_HOPS } from './api.js';
import { afterCuration, useCurations } from './curation.js';
import { DetailsPanel } from './DetailsPanel.js';
import { KINDS, STATUSES } from './encoding.js';
import { EntitySearch } from './EntitySearch.js';
import { EvidenceView } from './EvidenceView.js';
import { ExportMenu } from './ExportMenu.js';
import { FilterPanel } from './FilterPanel.js';
import { GraphView, type GraphEdge, type GraphViewHandle } from './GraphView.js';
import { MapView, type MapPoint } from './MapView.js';
import { PathPanel } from './PathPanel.js';
import { SourcesView } from './SourcesView.js';
import { TimeAxis } from './TimeAxis.js';
import { eventSpan, overlaps } from './time-span.js';
import { TimelinePanel } from './TimelinePanel.js';
import type { ClaimStatus, EntityCard, EntityDetails, EntityKind, EntityLocation, EventDates, Path, Subgraph } from './types.js';
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

function withSubgraph(g: GraphData, sub: Subgraph): GraphData {
  const withN = withNodes(g, sub.nodes);
  const edges = { ...withN.edges };
  for (const e of sub.edges) {
    const id = e.claim?.id ?? `${e.source}|${e.predicate}|${e.target}`;
    edges[id] ??= {
      id,
      source: e.source,
      target: e.target,
      predicate: e.predicate,
      status: e.claim?.status ?? null,
      statement: e.claim?.statement ?? null,
      claimId: e.claim?.id ?? null,
    };
  }
  return { nodes: withN.nodes, edges };
}

function withPath(g: GraphData, path: Path): GraphData {
  const withN = withNodes(g, path.nodes);
  const edges = { ...withN.edges };
  for (const s of path.steps) {
    // The edge runs the claim's way: subject → object.
    const [source, target] = s.direction === 'OUTGOING' ? [s.from.id, s.to.id] : [s.to.id, s.from.id];
    edges[s.claim.id] ??= {
      id: s.claim.id,
      source,
      target,
      predicate: s.predicate,
      status: s.claim.status,
      statement: s.claim.statement,
      claimId: s.claim.id,
    };
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
  const [hiddenKinds, setHiddenKinds] = useState(initial.hideKinds);
  const [hiddenStatuses, setHiddenStatuses] = useState(initial.hideStatuses);
  const [timeRange, setTimeRange] = useState(initial.when);
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
      const sub = await api.neighborhood(id);
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
    setGraph((g) => afterCuration(g, change));
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
  const claimStackRef = useRef(claimStack);
  claimStackRef.current = claimStack;
  const sourcesOfRef = useRef(sourcesOf);
  sourcesOfRef.current = sourcesOf;

  // ----- keyboard -----------------------------------------------------------------------
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        searchInput.current?.focus();
        searchInput.current?.select();
      } else if (e.key === 'Escape' && claimStackRef.current.length) {
        e.preventDefault();
        closeEvidence();
      } else if (e.key === 'Escape' && sourcesOfRef.current) {
        e.preventDefault();
        setSourcesOf(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeEvidence]);

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
        Promise.all(s.exp.map((id) => api.neighborhood(id).catch(() => null))),
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
      hideKinds: hiddenKinds,
      hideStatuses: hiddenStatuses,
      when: timeRange,
    });
  }, [restored, selectedId, expanded, pathFrom, pathTo, openClaimId, sourcesOf, mapOpen, onlySelection, hiddenKinds, hiddenStatuses, timeRange]);

  // ----- derived ------------------------------------------------------------------------
  const nodes = useMemo(() => Object.values(graph.nodes), [graph.nodes]);
  const edges = useMemo(() => Object.values(graph.edges), [graph.edges]);
  const pathHighlight = useMemo(
    () => (path ? { nodes: path.nodes.map((n) => n.id), edges: path.steps.map((s) => s.claim.id) } : null),
    [path],
  );
  const selectedCard = selectedId ? (graph.nodes[selectedId] ?? cards.current.get(selectedId) ?? null) : null;
  const sortedNodes = useMemo(() => [...nodes].sort((a, b) => a.name.localeCompare(b.name)), [nodes]);
  const kindCounts = useMemo(() => countBy(KINDS, nodes, (n) => n.kind), [nodes]);
  const statusCounts = useMemo(() => countBy(STATUSES, edges, (e) => e.status), [edges]);
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
  // What the filters leave drawn: a claim goes with either of its entities.
  const shown = useMemo(() => {
    const outside = new Set(outOfRange);
    const shownIds = new Set(nodes.filter((n) => !hiddenKinds.includes(n.kind) && !outside.has(n.id)).map((n) => n.id));
    const shownEdges = edges.filter(
      (e) => !(e.status && hiddenStatuses.includes(e.status)) && shownIds.has(e.source) && shownIds.has(e.target),
    );
    return { nodes: shownIds.size, edges: shownEdges.length };
  }, [nodes, edges, hiddenKinds, hiddenStatuses, outOfRange]);
  const filtering = hiddenKinds.length + hiddenStatuses.length > 0 || !!timeRange;

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
  const mapPoints = useMemo(
    () =>
      nodes.flatMap((n): MapPoint[] => {
        const l = locations[n.id];
        const at = l?.__typename === 'Place' ? l.location : l?.__typename === 'Event' ? l.place?.location : null;
        const kind = l?.__typename === 'Place' ? 'PLACE' : 'EVENT';
        return l && at && !hiddenKinds.includes(kind) && !outOfRange.includes(l.id)
          ? [{ id: l.id, name: l.name, kind, lat: at.lat, lon: at.lon }]
          : [];
      }),
    [nodes, locations, hiddenKinds, outOfRange],
  );

  const clearGraph = () => {
    setGraph(EMPTY_GRAPH);
    setExpanded([]);
    setPath(undefined);
    setSelectedId(null);
    setAnchor(null);
    setStatus('Graph cleared.');
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
          <FilterPanel
            kindCounts={kindCounts}
            statusCounts={statusCounts}
            hiddenKinds={hiddenKinds}
            hiddenStatuses={hiddenStatuses}
            onToggleKind={(kind, on) => setHiddenKinds((h) => KINDS.filter((k) => (k === kind ? !on : h.includes(k))))}
            onToggleStatus={(status, on) => setHiddenStatuses((h) => STATUSES.filter((s) => (s === status ? !on : h.includes(s))))}
            onShowAll={() => {
              setHiddenKinds([]);
              setHiddenStatuses([]);
            }}
          />
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
              <button type="button" onClick={() => graphView.current?.fit()} disabled={!nodes.length}>
                Fit
              </button>
              <button type="button" onClick={() => graphView.current?.relayout()} disabled={nodes.length < 2}>
                Re-layout
              </button>
              <button type="button" onClick={clearGraph} disabled={!nodes.length}>
                Clear
              </button>
              <button type="button" aria-pressed={mapOpen} onClick={() => setMapOpen((m) => !m)}>
                Map
              </button>
              <ExportMenu graph={graphView} disabled={!shown.nodes} onStatus={setStatus} />
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
              hiddenKinds={hiddenKinds}
              hiddenStatuses={hiddenStatuses}
              hiddenIds={outOfRange}
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
          {graphEvents.length || timeRange ? (
            <TimeAxis
              events={graphEvents}
              range={timeRange}
              selected={selectedId}
              onBrush={setTimeRange}
              onClear={() => setTimeRange(null)}
              onSelect={setSelectedId}
            />
          ) : null}
          {mapOpen ? <MapView points={mapPoints} selected={selectedId} onSelect={setSelectedId} /> : null}
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

/** How many items fall under each of `keys`. */
function countBy<K extends string, T>(keys: readonly K[], items: readonly T[], keyOf: (item: T) => K | null): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const item of items) {
    const k = keyOf(item);
    if (k !== null && k in counts) counts[k]++;
  }
  return counts;
}
