// The map: the graph's places at their coordinates and its events at their place's, over
// country outlines drawn in the page (Natural Earth's, from world-atlas, projected with d3-geo;
// no tile server). Clicking a point selects it, in the graph too. Between two shown places an
// article gives a distance for, the great-circle line (computed) and one dashed line per stated
// figure, labelled with both; clicking a stated line opens its claim.
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { placeDistances, formatKm, formatStated, type PlaceDistance } from './distances.js';
import { KIND_STYLE } from './encoding.js';
import './time-and-distance.css';

/** Where tools/build-explorer.ts put the country outlines, under /explore/assets/. */
declare const WORLD_ATLAS_URL: string;

export interface MapPoint {
  id: string;
  name: string;
  kind: 'PLACE' | 'EVENT';
  lat: number;
  lon: number;
}

interface Props {
  points: MapPoint[];
  selected: string | null;
  onSelect(id: string): void;
  /** Opens a claim's evidence (a stated distance's). */
  onOpenClaim?(claimId: string): void;
}

type Countries = FeatureCollection<Geometry, { name: string }>;

// Fetched once, when the map first opens; a failure is retried the next time.
let atlas: Promise<Countries> | null = null;
function loadCountries(): Promise<Countries> {
  atlas ??= fetch(WORLD_ATLAS_URL)
    .then((res) => {
      if (!res.ok) throw new Error(`The country outlines did not load (${res.status})`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries) as Countries)
    .catch((err: unknown) => {
      atlas = null;
      throw err;
    });
  return atlas;
}

/** Space kept free around the points, in pixels. */
const PAD = 40;
/** The map spans at least this many degrees, so one place, or a few close together, show their surroundings. */
const MIN_SPAN = 1.5;
/** Events at one place are stacked up and to the right of it, this far apart. */
const EVENT_STEP = 14;

export function MapView({ points, selected, onSelect, onOpenClaim }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [countries, setCountries] = useState<Countries | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadCountries()
      .then((c) => live && setCountries(c))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const projection = useMemo(() => fitted(points, size.width, size.height), [points, size]);
  const outlines = useMemo(() => {
    if (!countries || !projection) return [];
    const path = geoPath(projection);
    return countries.features.map((f) => ({ name: f.properties.name, d: path(f) ?? '' })).filter((c) => c.d);
  }, [countries, projection]);

  const placed = useMemo(() => {
    if (!projection) return [];
    const stacked = new Map<string, number>();
    return points.map((p) => {
      const [x, y] = projection([p.lon, p.lat])!;
      const key = `${p.lat},${p.lon}`;
      const n = p.kind === 'EVENT' ? (stacked.get(key) ?? 0) : 0;
      if (p.kind === 'EVENT') stacked.set(key, n + 1);
      const [dx, dy] = p.kind === 'EVENT' ? [EVENT_STEP * 0.7, -EVENT_STEP * (n + 0.7)] : [0, 0];
      return { ...p, x, y, dx, dy };
    });
  }, [points, projection]);
  const labelled = useMemo(() => withoutCrowding(placed, selected), [placed, selected]);

  // Asked again whenever the set of shown places changes (a filter, an expansion).
  const placeIds = useMemo(() => [...new Set(points.filter((p) => p.kind === 'PLACE').map((p) => p.id))].sort().join(' '), [points]);
  const [distances, setDistances] = useState<PlaceDistance[]>([]);
  useEffect(() => {
    const ids = placeIds ? placeIds.split(' ') : [];
    if (ids.length < 2) {
      setDistances([]);
      return;
    }
    const abort = new AbortController();
    placeDistances(ids, abort.signal)
      .then(setDistances)
      .catch((err: unknown) => !abort.signal.aborted && setError(`The stated distances did not load: ${err instanceof Error ? err.message : String(err)}`));
    return () => abort.abort();
  }, [placeIds]);
  const distanceLines = useMemo(() => (projection ? linesOf(distances, placed, projection) : []), [distances, placed, projection]);

  return (
    <div className="map-view" ref={box} data-testid="map" data-countries={outlines.length}>
      {error ? (
        <p role="alert" className="error map-message">
          {error}
        </p>
      ) : null}
      {!points.length ? <p className="hint map-message">No place or event in the graph has coordinates.</p> : null}
      <svg width={size.width} height={size.height} aria-label={`Map of ${points.length} places and events in the graph`}>
        <g className="map-countries">
          {outlines.map((c, i) => (
            <path key={`${c.name}-${i}`} d={c.d} data-country={c.name}>
              <title>{c.name}</title>
            </path>
          ))}
        </g>
        <g className="map-distances">
          {distanceLines.map((d) => (
            <g key={`${d.from}|${d.to}`} className="map-distance" data-from={d.from} data-to={d.to}>
              {d.computedPath ? (
                <path className="map-distance-computed" d={d.computedPath} data-computed-km={d.computedKm ?? undefined}>
                  <title>{`computed (great circle) ${formatKm(d.computedKm!)}`}</title>
                </path>
              ) : null}
              {d.stated.map((s) => (
                <g
                  key={s.claim.id}
                  className="map-distance-stated"
                  data-claim-id={s.claim.id}
                  role="button"
                  tabIndex={0}
                  aria-label={`${s.claim.statement} ${s.label}`}
                  onClick={() => onOpenClaim?.(s.claim.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onOpenClaim?.(s.claim.id);
                    }
                  }}
                >
                  <title>{`${s.claim.statement} (${s.label})`}</title>
                  <line className="map-distance-hit" x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
                  <line className="map-distance-line" x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
                  <text x={s.labelX} y={s.labelY} textAnchor={s.labelAnchor} data-testid="distance-label">
                    <tspan className="stated">{s.statedText}</tspan>
                    <tspan className="separator"> · </tspan>
                    <tspan className="computed">{s.computedText}</tspan>
                  </text>
                </g>
              ))}
            </g>
          ))}
        </g>
        <g className="map-points">
          {placed.map((p) => {
            const k = KIND_STYLE[p.kind];
            const current = p.id === selected;
            return (
              <g
                key={p.id}
                className={`map-point${current ? ' selected' : ''}`}
                data-entity-id={p.id}
                data-kind={p.kind}
                data-x={p.x.toFixed(2)}
                data-y={p.y.toFixed(2)}
                transform={`translate(${p.x + p.dx} ${p.y + p.dy})`}
                role="button"
                tabIndex={0}
                aria-pressed={current}
                aria-label={`${k.label} ${p.name}`}
                onClick={() => onSelect(p.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(p.id);
                  }
                }}
              >
                {p.kind === 'PLACE' ? (
                  <circle r={current ? 7 : 5.5} fill={k.fill} stroke={current ? '#000' : k.border} strokeWidth={current ? 3 : 1.5} />
                ) : (
                  <polygon points="0,-6.5 6.5,0 0,6.5 -6.5,0" fill={k.fill} stroke={current ? '#000' : k.border} strokeWidth={current ? 3 : 1.5} />
                )}
                <title>{p.name}</title>
                {labelled.has(p.id) ? (
                  <text x={LABEL_X} y={4}>
                    {p.name}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

/** Stated lines run this far apart (and from the computed one), so several figures for a pair stay apart. */
const STATED_STEP = 6;
const DISTANCE_LABEL_STEP = 15;
/** Lines shorter than this are labelled left of their western end, clear of the places' own labels (drawn to the right). */
const SHORT_LINE = 80;

/**
 * Screen geometry of the distances between placed places: the computed one as the great-circle
 * path, each stated one as a straight line offset to one side, its label beyond it.
 */
function linesOf(distances: PlaceDistance[], placed: (MapPoint & { x: number; y: number })[], projection: GeoProjection) {
  const at = new Map(placed.filter((p) => p.kind === 'PLACE').map((p) => [p.id, p]));
  const path = geoPath(projection);
  return distances.flatMap((d) => {
    const [a, b] = [at.get(d.from), at.get(d.to)];
    if (!a || !b) return [];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // The unit normal, turned to point up the screen so labels sit above the line.
    let [nx, ny] = [-(b.y - a.y) / length, (b.x - a.x) / length];
    if (ny > 0) [nx, ny] = [-nx, -ny];
    const computedText = d.computedKm === null ? 'computed: no coordinates' : `computed ${formatKm(d.computedKm)}`;
    return [
      {
        from: d.from,
        to: d.to,
        computedKm: d.computedKm,
        computedPath: path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] }),
        stated: d.stated.map((claim, i) => {
          const off = STATED_STEP * (i + 1);
          const statedText = `stated ${formatStated(claim.quantity)}`;
          const short = length < SHORT_LINE;
          return {
            claim,
            statedText,
            computedText,
            label: `${statedText} · ${computedText}`,
            x1: a.x + nx * off,
            y1: a.y + ny * off,
            x2: b.x + nx * off,
            y2: b.y + ny * off,
            labelX: short ? Math.min(a.x, b.x) - 10 : (a.x + b.x) / 2 + nx * (off + 6 + DISTANCE_LABEL_STEP * i),
            labelY: short ? (a.y + b.y) / 2 + 4 + DISTANCE_LABEL_STEP * i : (a.y + b.y) / 2 + ny * (off + 6 + DISTANCE_LABEL_STEP * i),
            labelAnchor: short ? ('end' as const) : ('middle' as const),
          };
        }),
      },
    ];
  });
}

/** Labels start this far right of their point; about LABEL_CHAR px a character at 12 px, LABEL_HEIGHT high. */
const LABEL_X = 10;
const LABEL_CHAR = 6.6;
const LABEL_HEIGHT = 14;

/**
 * Points whose labels are drawn: the selection's first, then places, then events, each unless
 * it would overlap one already drawn (close places, stacked events). The rest name themselves
 * on hover.
 */
function withoutCrowding(points: (MapPoint & { x: number; y: number; dx: number; dy: number })[], selected: string | null): Set<string> {
  const rank = (p: MapPoint) => (p.id === selected ? 0 : p.kind === 'PLACE' ? 1 : 2);
  const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const shown = new Set<string>();
  for (const p of [...points].sort((a, b) => rank(a) - rank(b))) {
    const x1 = p.x + p.dx + LABEL_X;
    const y1 = p.y + p.dy - LABEL_HEIGHT / 2;
    const box = { x1, y1, x2: x1 + p.name.length * LABEL_CHAR, y2: y1 + LABEL_HEIGHT };
    if (boxes.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) continue;
    boxes.push(box);
    shown.add(p.id);
  }
  return shown;
}

/** A Mercator projection showing every point (at least MIN_SPAN degrees around them) inside the box. */
function fitted(points: MapPoint[], width: number, height: number): GeoProjection | null {
  if (!points.length || width <= 2 * PAD || height <= 2 * PAD) return null;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [cx, cy] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const halfLon = Math.max((Math.max(...lons) - Math.min(...lons)) / 2, MIN_SPAN / 2);
  const halfLat = Math.max((Math.max(...lats) - Math.min(...lats)) / 2, MIN_SPAN / 4);
  return geoMercator()
    .fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [cx - halfLon, cy - halfLat],
          [cx + halfLon, cy + halfLat],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
