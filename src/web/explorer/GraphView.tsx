// The graph view: cytoscape.js drawing the entities (nodes, shaped and coloured by kind)
// and the claims between them (edges, labelled by predicate, line style and colour by
// status). React owns the data; this component keeps cytoscape in step with it.
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { KIND_STYLE, KINDS, REJECTED_EDGE, STATUS_STYLE, STATUSES } from './encoding.js';
import { PNG_SCALE, type DrawnView } from './export.js';
import type { GraphEdge } from './facets.js';
import { DETAIL_ZOOM, FIT_MAX_ZOOM, FIT_MIN_ZOOM, FIT_PADDING, HUB_COUNT, HUB_MIN_DEGREE } from './legibility.js';
import type { ClaimStatus, EntityCard, EntityKind } from './types.js';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface GraphViewHandle {
  fit(): void;
  relayout(): void;
  center(id: string): void;
  /** The drawn neighbour of `id` nearest in that direction on the screen, if any. */
  neighbourToward(id: string, direction: Direction): string | null;
  /** What is drawn now (filters applied), with positions and edge geometry, for the exports. */
  drawn(): DrawnView;
  /** The drawn picture as a PNG at PNG_SCALE times its size, on white, every node labelled. */
  png(): Promise<Blob>;
}

interface Props {
  nodes: EntityCard[];
  edges: GraphEdge[];
  selected: string | null;
  expanded: readonly string[];
  /** Node and edge ids of the current path, highlighted; everything else is dimmed. */
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  /** Filtered out (see facets.ts): not drawn, nor their claims; they keep their place for when they return. */
  hiddenNodes: readonly string[];
  hiddenEdges: readonly string[];
  /** Pinned entities: no layout moves them. */
  pinned: readonly string[];
  /** Where new nodes start before layout (the node just expanded). */
  anchor: string | null;
  onSelect(id: string): void;
  onExpand(id: string): void;
  onOpenClaim(claimId: string): void;
}

// The path glow: a dark halo under the path's nodes and lines (everything else is dimmed).
const PATH_GLOW = '#1d232b';

// Readable from a handful to a few hundred nodes: below DETAIL_ZOOM only key nodes keep
// their labels (see labelDetail), and every label hides when zoomed far out
// (min-zoomed-font-size) instead of piling up.
const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
      color: '#1d232b',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 5,
      width: 28,
      height: 28,
      'border-width': 1.5,
      'overlay-opacity': 0,
    },
  },
  ...KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: KIND_STYLE[kind].shape,
      'background-color': KIND_STYLE[kind].fill,
      'border-color': KIND_STYLE[kind].border,
      ...(kind === 'ACTOR' ? { width: 30, height: 24 } : {}),
      ...(kind === 'EVENT' ? { width: 32, height: 32 } : {}),
    },
  })),
  {
    selector: '.filtered',
    style: { display: 'none' },
  },
  {
    // Pinned: a dotted outline around the node (it stays where it is on relayout).
    selector: 'node.pinned',
    style: { 'outline-width': 2, 'outline-style': 'dotted', 'outline-color': '#1d232b', 'outline-offset': 3 },
  },
  {
    selector: '.unlabelled',
    style: { label: '' },
  },
  {
    // Expanded: a double border (its neighbourhood is already drawn).
    selector: 'node.expanded',
    style: { 'border-width': 4.5, 'border-style': 'double' },
  },
  {
    // Selected: black border (double when also expanded) and a soft halo.
    selector: 'node.selected',
    style: {
      'border-width': 4.5,
      'border-color': '#000000',
      'font-weight': 'bold',
      'z-index': 20,
      'underlay-color': '#000000',
      'underlay-opacity': 0.12,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      label: 'data(predicate)',
      'font-family': 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      'font-size': 9,
      color: '#2b3440',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'arrow-scale': 0.9,
      'line-color': '#777777',
      'target-arrow-color': '#777777',
      'target-arrow-shape': 'triangle',
      width: 1.5,
      'overlay-opacity': 0,
    },
  },
  {
    // A large picture's edges are straight: bezier edges each need their bundle's control points,
    // the bulk of measuring 4,000 edges before the first layout (see runLayout).
    selector: 'edge.bulk',
    style: { 'curve-style': 'straight' },
  },
  ...STATUSES.map((status) => {
    const s = STATUS_STYLE[status];
    return {
      selector: `edge[status = "${status}"]`,
      style: {
        'line-color': s.colour,
        'target-arrow-color': s.colour,
        'target-arrow-shape': s.arrow,
        'line-style': s.line,
        ...(s.dash ? { 'line-dash-pattern': s.dash } : {}),
        width: s.width,
      },
    };
  }),
  {
    // Rejected claims (drawn only while the Review facet shows them): grey, finely dashed, a bar at the end.
    selector: 'edge[verdict = "REJECTED"]',
    style: {
      'line-color': REJECTED_EDGE.colour,
      'target-arrow-color': REJECTED_EDGE.colour,
      'target-arrow-shape': REJECTED_EDGE.arrow,
      'line-style': 'dashed',
      'line-dash-pattern': [...REJECTED_EDGE.dash],
      color: '#6b6b6b',
      'font-style': 'italic',
    },
  },
  {
    selector: '.dimmed',
    style: { opacity: 0.45 },
  },
  {
    selector: 'node.on-path',
    style: {
      'border-width': 3,
      'border-color': '#000000',
      'underlay-color': PATH_GLOW,
      'underlay-opacity': 0.22,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
      'z-index': 10,
    },
  },
  {
    selector: 'edge.on-path',
    style: {
      width: 5,
      'underlay-color': PATH_GLOW,
      'underlay-opacity': 0.22,
      'underlay-padding': 5,
      'font-weight': 'bold',
      'font-size': 10,
      'z-index': 10,
    },
  },
  {
    selector: 'edge:active, edge.hover',
    style: { width: 5 },
  },
];

const COSE_LAYOUT = {
  name: 'cose',
  animate: false,
  fit: true,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  // Tuned on synthetic graphs of 300 nodes: spacious enough for labels, a readable tree
  // structure, about two seconds for a fresh layout of that size (far less when growing).
  idealEdgeLength: () => 100,
  nodeRepulsion: () => 400_000,
  edgeElasticity: () => 100,
  nodeOverlap: 20,
  nestingFactor: 1.2,
  gravity: 1,
  numIter: 1000,
  initialTemp: 1000,
  coolingFactor: 0.99,
  minTemp: 1,
  componentSpacing: 60,
};

cytoscape.use(fcose);

/**
 * Above this many nodes cose's all-pairs passes take seconds (3 min at 2,000 nodes on the bench's
 * machine, and fcose's force pass 15 s; docs/BENCHMARKS.md): a large picture is laid out by fcose's
 * spectral pass alone (about a second at 2,000 nodes), and the renderer draws a snapshot while the
 * view is panned or zoomed.
 */
export const LARGE_GRAPH = 300;

/**
 * fcose's "draft": the spectral layout only. It places every node afresh, so a large picture that
 * grows (randomize false: no spectral pass) keeps its nodes where they are and the new ones on
 * their ring around the expanded node.
 */
const SPECTRAL_LAYOUT = {
  name: 'fcose',
  quality: 'draft',
  animate: false,
  fit: false,
  padding: 30,
  nodeSeparation: 100,
};

/** Up to this many nodes, edges are shorter (see runLayout). */
const SMALL_GRAPH = 30;

/** Growing an existing picture: a cooler start keeps the old nodes roughly where they were. */
const GROW_TEMP = 250;

export const GraphView = forwardRef<GraphViewHandle, Props>(function GraphView(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  // Handlers change every render; cytoscape listeners read the latest through this ref.
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: STYLE as unknown as cytoscape.StylesheetJson,
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    cy.on('tap', 'node', (e) => handlers.current.onSelect(e.target.id()));
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand(e.target.id()));
    cy.on('tap', 'edge', (e) => {
      const claimId = e.target.data('claimId') as string | null;
      if (claimId) handlers.current.onOpenClaim(claimId);
    });
    const setCursor = (c: string) => () => {
      if (container.current) container.current.style.cursor = c;
    };
    cy.on('mouseover', 'node, edge', setCursor('pointer'));
    cy.on('mouseout', 'node, edge', setCursor(''));
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    // A large picture is restyled once the zoom rests, not mid-gesture (a restyle of thousands of
    // elements holds a frame for a few hundred ms).
    let restyle = 0;
    cy.on('zoom', () => {
      clearTimeout(restyle);
      if (cy.nodes().length > LARGE_GRAPH) restyle = window.setTimeout(() => labelDetail(cy), 250);
      else labelDetail(cy);
    });
    // The canvas changes size with the window and the side panels: draw at the new size and
    // fit again, or part of the picture (often the selection) is left outside.
    let frame = 0;
    const resized = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        cy.resize();
        fitLegibly(cy, handlers.current.selected);
      });
    });
    resized.observe(container.current!);
    cyRef.current = cy;
    return () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(restyle);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const runLayout = (randomize = false) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    if (cy.nodes().length === 1) {
      cy.nodes().positions(() => ({ x: 0, y: 0 }));
      fitLegibly(cy, handlers.current.selected);
      return;
    }
    // Small pictures are drawn tighter, so they fit at a zoom where labels read well.
    const small = cy.nodes().length <= SMALL_GRAPH;
    const large = cy.nodes().length > LARGE_GRAPH;
    // Read by the bench (tools/bench/explorer.ts): from here, the preparation included, to layoutstop.
    const started = performance.now();
    viewportSnapshots(cy, large);
    cy.edges().toggleClass('bulk', large);
    // The claims' labels go before the layout measures the picture (see labelDetail).
    if (large) labelDetail(cy, true);
    const layout = cy.layout(
      (large
        ? { ...SPECTRAL_LAYOUT, randomize }
        : {
            ...COSE_LAYOUT,
            ...(small ? { idealEdgeLength: () => 75, nodeRepulsion: () => 160_000 } : {}),
            randomize,
            initialTemp: randomize ? COSE_LAYOUT.initialTemp : GROW_TEMP,
            fit: false,
          }) as cytoscape.LayoutOptions,
    );
    layout.one('layoutstop', () => {
      performance.measure('graph-layout', { start: started, detail: { nodes: cy.nodes().length, edges: cy.edges().length } });
      // Mirroring would move every node but the pinned ones, tearing the picture.
      if (cy.nodes(':locked').empty()) matchAspect(cy);
      fitLegibly(cy, handlers.current.selected);
    });
    layout.run();
  };

  useImperativeHandle(ref, () => ({
    fit: () => cyRef.current && fitLegibly(cyRef.current, handlers.current.selected),
    relayout: () => runLayout(),
    center: (id: string) => {
      const cy = cyRef.current;
      const node = cy?.$id(id);
      if (cy && node && node.nonempty()) cy.animate({ center: { eles: node } }, { duration: 200 });
    },
    neighbourToward: (id: string, direction: Direction) => (cyRef.current ? neighbourToward(cyRef.current, id, direction) : null),
    drawn: () => (cyRef.current ? drawnView(cyRef.current) : { nodes: [], edges: [] }),
    png: () => {
      // A picture for a report is read zoomed in: the level-of-detail labels come back for it.
      const cy = cyRef.current!;
      const unlabelled = cy.elements('.unlabelled').removeClass('unlabelled');
      const picture = cy.png({ output: 'blob-promise', full: true, scale: PNG_SCALE, bg: '#ffffff' });
      unlabelled.addClass('unlabelled');
      return picture;
    },
  }));

  // Data → cytoscape: add what is new, drop what is gone, lay out when something was added.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const nodeIds = new Set(props.nodes.map((n) => n.id));
    const edgeIds = new Set(props.edges.map((e) => e.id));
    let added = 0;
    const before = cy.nodes().length;
    cy.batch(() => {
      cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
      cy.nodes().filter((n) => !nodeIds.has(n.id())).remove();
      const anchorNode = props.anchor ? cy.$id(props.anchor) : null;
      const origin = anchorNode?.nonempty() ? anchorNode.position() : centreOf(cy);
      const fresh = props.nodes.filter((n) => cy.$id(n.id).empty());
      fresh.forEach((n, i) => {
        // New nodes start on a small ring around the anchor, so the layout keeps the old
        // picture and grows the neighbourhood outwards (deterministic: no random start).
        const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
        const r = fresh.length === 1 && cy.nodes().length === 0 ? 0 : 60 + 4 * fresh.length;
        cy.add({
          group: 'nodes',
          data: { id: n.id, name: n.name, kind: n.kind, subtype: n.subtype },
          position: { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) },
        });
        added++;
      });
      for (const e of props.edges) {
        const drawnEdge = cy.$id(e.id);
        // A review changes a drawn claim's verdict (App's curation listener), and so its style.
        if (drawnEdge.nonempty() && drawnEdge.data('verdict') !== e.verdict) drawnEdge.data('verdict', e.verdict);
        if (drawnEdge.nonempty()) continue;
        if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
        cy.add({
          group: 'edges',
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            predicate: e.predicate,
            status: e.status ?? 'UNKNOWN',
            claimId: e.claimId,
            verdict: e.verdict,
          },
        });
        added++;
      }
    });
    // Before the layout's fit, so that fits what is drawn; pinned before the layout moves anything.
    applyFilters(cy, props.hiddenNodes, props.hiddenEdges);
    applyPins(cy, props.pinned);
    // Growing a picture keeps it (new nodes start by their anchor); a picture made mostly
    // of new nodes (first load, a restored URL) starts from random positions instead.
    if (added) runLayout(cy.nodes().length - before > Math.max(before, 12));
  }, [props.nodes, props.edges, props.anchor]);

  // Classes for selection, expansion and the path, and which nodes are key (always labelled).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('selected expanded on-path dimmed key');
      for (const id of props.expanded) cy.$id(id).addClass('expanded key');
      if (props.selected) {
        cy.$id(props.selected).addClass('selected');
        cy.$id(props.selected).closedNeighborhood('node').addClass('key');
      }
      hubs(cy).addClass('key');
      if (props.path) {
        const onPath = cy.collection();
        for (const id of [...props.path.nodes, ...props.path.edges]) onPath.merge(cy.$id(id));
        onPath.addClass('on-path');
        onPath.nodes().addClass('key');
        // The selection stays in full colour even off the path.
        const keep = props.selected ? onPath.union(cy.$id(props.selected)) : onPath;
        cy.elements().not(keep).addClass('dimmed');
      }
    });
    labelDetail(cy, true);
  }, [props.selected, props.expanded, props.path, props.nodes, props.edges]);

  useEffect(() => {
    if (cyRef.current) applyFilters(cyRef.current, props.hiddenNodes, props.hiddenEdges);
  }, [props.hiddenNodes, props.hiddenEdges]);

  useEffect(() => {
    if (cyRef.current) applyPins(cyRef.current, props.pinned);
  }, [props.pinned]);

  const summary = `Graph of ${props.nodes.length} entities and ${props.edges.length} claims. ` +
    'Click an entity to show its details, double-click to expand it, click a line to open its claim. ' +
    'The details panel and the list of entities offer the same with the keyboard.';

  return <div ref={container} className="graph-canvas" role="img" aria-label={summary} />;
});

/**
 * Fits the picture, keeping the zoom between FIT_MIN_ZOOM and FIT_MAX_ZOOM. A picture too
 * big to fit at FIT_MIN_ZOOM is centred on the selection, so that stays in view.
 */
function fitLegibly(cy: cytoscape.Core, selected: string | null): void {
  if (cy.nodes().empty() || cy.width() === 0 || cy.height() === 0) return;
  // What the filters leave drawn, unless they leave nothing.
  const drawn = cy.elements(':visible').nonempty() ? cy.elements(':visible') : cy.elements();
  cy.fit(drawn, FIT_PADDING);
  const zoom = Math.min(FIT_MAX_ZOOM, Math.max(FIT_MIN_ZOOM, cy.zoom()));
  if (zoom === cy.zoom()) return;
  const selection = selected ? cy.$id(selected).filter(':visible') : cy.collection();
  cy.zoom(zoom);
  cy.center(zoom === FIT_MIN_ZOOM && selection.nonempty() ? selection : drawn);
}

/**
 * A large picture is redrawn as a snapshot while the reader pans or zooms (edges hidden, one
 * pixel per CSS pixel), then in full once the view rests: the renderer's large-graph options,
 * switched with the size (cytoscape takes them only at start-up; the renderer reads these fields).
 */
function viewportSnapshots(cy: cytoscape.Core, large: boolean): void {
  const r = (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean; forcedPixelRatio: number | null } }).renderer();
  if (r.textureOnViewport === large) return;
  r.textureOnViewport = large;
  r.hideEdgesOnViewport = large;
  r.forcedPixelRatio = large ? 1 : null;
  cy.resize();
}

/** Hides these entities and claims (cytoscape also leaves out the claims of a hidden entity). */
function applyFilters(cy: cytoscape.Core, nodes: readonly string[], edges: readonly string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    for (const id of [...nodes, ...edges]) cy.$id(id).addClass('filtered');
  });
}

/** Locks the pinned nodes where they are (layouts leave locked nodes in place) and frees the rest. */
function applyPins(cy: cytoscape.Core, pinned: readonly string[]): void {
  const pins = new Set(pinned);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const pin = pins.has(n.id());
      if (pin) n.lock().addClass('pinned');
      else n.unlock().removeClass('pinned');
    });
  });
}

const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The drawn neighbour of `id` closest in a direction: among those within 60° of it on the screen,
 * the nearest, straighter counting as nearer, so the arrow keys walk the picture's edges.
 */
function neighbourToward(cy: cytoscape.Core, id: string, direction: Direction): string | null {
  const from = cy.$id(id);
  if (from.empty()) return null;
  const [dx, dy] = STEP[direction];
  const p = from.position();
  let best: string | null = null;
  let bestScore = Infinity;
  from.neighborhood('node:visible').forEach((n) => {
    const q = n.position();
    const dist = Math.hypot(q.x - p.x, q.y - p.y);
    const cos = dist ? ((q.x - p.x) * dx + (q.y - p.y) * dy) / dist : 0;
    const score = dist * (2 - cos);
    if (cos >= 0.5 && score < bestScore) [best, bestScore] = [n.id(), score];
  });
  return best;
}

/** The HUB_COUNT most connected nodes (more on a tie), of at least HUB_MIN_DEGREE claims each. */
function hubs(cy: cytoscape.Core): cytoscape.NodeCollection {
  const degrees = cy.nodes().map((n) => n.degree(false)).sort((a, b) => b - a);
  const cutoff = Math.max(HUB_MIN_DEGREE, degrees[HUB_COUNT - 1] ?? 0);
  return cy.nodes().filter((n) => n.degree(false) >= cutoff);
}

/**
 * Level of detail: below DETAIL_ZOOM only key nodes (the selection and its neighbours, the
 * expanded, the path, the hubs) are labelled, and in a large picture only the claims of the
 * selection and the path (thousands of turned labels cost seconds to measure and draw).
 * Restyled only when the zoom crosses the threshold, unless `force` (the key nodes changed).
 */
function labelDetail(cy: cytoscape.Core, force = false): void {
  const detail = cy.zoom() >= DETAIL_ZOOM;
  if (!force && cy.scratch('labelDetail') === detail) return;
  cy.scratch('labelDetail', detail);
  cy.batch(() => {
    cy.elements().removeClass('unlabelled');
    if (detail) return;
    cy.nodes().not('.key').addClass('unlabelled');
    if (cy.nodes().length > LARGE_GRAPH) cy.edges().not('.on-path').not(cy.nodes('.selected').connectedEdges()).addClass('unlabelled');
  });
}

/**
 * cose ignores the canvas shape; a tall picture in a wide canvas (or the reverse) fits at
 * a smaller zoom than it needs. Mirroring it on the diagonal fixes that without changing
 * what is connected to what.
 */
function matchAspect(cy: cytoscape.Core): void {
  const bb = cy.nodes().boundingBox({});
  const wide = cy.width() >= cy.height();
  if (bb.w === 0 || bb.h === 0 || wide === bb.w >= bb.h || Math.max(bb.w / bb.h, bb.h / bb.w) < 1.25) return;
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  cy.nodes().positions((n) => {
    const p = n.position();
    return { x: cx + (p.y - cyy), y: cyy + (p.x - cx) };
  });
}

function drawnView(cy: cytoscape.Core): DrawnView {
  return {
    nodes: cy.nodes(':visible').map((n) => ({
      id: n.id(),
      name: n.data('name') as string,
      kind: n.data('kind') as EntityKind,
      subtype: n.data('subtype') as string,
      ...n.position(),
      width: n.width(),
      height: n.height(),
    })),
    edges: cy.edges(':visible').map((e) => {
      const status = e.data('status') as string;
      return {
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        predicate: e.data('predicate') as string,
        status: status === 'UNKNOWN' ? null : (status as ClaimStatus),
        claimId: e.data('claimId') as string | null,
        points: [e.sourceEndpoint(), ...(e.controlPoints() ?? []), e.targetEndpoint()],
      };
    }),
  };
}

function centreOf(cy: cytoscape.Core): { x: number; y: number } {
  if (cy.nodes().empty()) return { x: 0, y: 0 };
  const bb = cy.nodes().boundingBox({});
  return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
}
