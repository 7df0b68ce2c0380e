// The graph's events on a horizontal time axis, each drawn as long as its date is exact: a day
// as a point, a month or a year as a bar, an approximate date dashed and marked "≈". Dragging
// across the axis brushes a range of days, which filters the graph and the map.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DAY, daysBetween, eventSpan, overlaps, rangeSpan, type DayRange, type Span } from './time-span.js';
import { formatDate, precisionWord } from './encoding.js';
import type { EventDates } from './types.js';

interface Props {
  events: EventDates[];
  range: DayRange | null;
  selected: string | null;
  onBrush(range: DayRange): void;
  onClear(): void;
  onSelect(id: string): void;
}

const PAD = 24;
const AXIS_Y = 20;
const LANE_H = 16;
const POINT_R = 4;
/** Drags shorter than this are clicks. */
const DRAG_PX = 4;

interface Mark {
  event: EventDates;
  span: Span;
  x0: number;
  x1: number;
  lane: number;
  /** A day or less: drawn as a point, not a bar. */
  point: boolean;
}

/** Tick instants and their labels: years, months or days, whichever gives a handful. */
function ticks(domain: Span): { t: number; label: string }[] {
  const days = (domain.end - domain.start) / DAY;
  const from = new Date(domain.start);
  const out: { t: number; label: string }[] = [];
  if (days > 2 * 365) {
    const step = [1, 2, 5, 10, 20, 50].find((s) => days / 365 / s <= 8) ?? 100;
    for (let y = Math.ceil(from.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= domain.end; y += step)
      if (Date.UTC(y, 0, 1) >= domain.start) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else if (days > 60) {
    const step = [1, 2, 3, 6, 12].find((s) => days / 30 / s <= 8) ?? 12;
    for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth() + 1; Date.UTC(0, m, 1) <= domain.end; m += step) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
      out.push({ t, label: new Date(t).toISOString().slice(0, 7) });
    }
  } else {
    const step = Math.max(1, Math.ceil(days / 8));
    for (let t = Math.ceil(domain.start / DAY) * DAY; t <= domain.end; t += step * DAY)
      out.push({ t, label: new Date(t).toISOString().slice(5, 10) });
  }
  return out;
}

export function TimeAxis(p: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  /** Set by a drag, so the click that ends it does not select a mark. */
  const dragged = useRef(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const dated = useMemo(
    () =>
      p.events
        .flatMap((event) => {
          const span = eventSpan(event);
          return span ? [{ event, span }] : [];
        })
        .sort((a, b) => a.span.start - b.span.start || a.event.name.localeCompare(b.event.name)),
    [p.events],
  );
  // The events' extent, padded by a twentieth so marks at the ends are not cut.
  const domain = useMemo<Span>(() => {
    if (!dated.length) return { start: 0, end: DAY };
    const start = Math.min(...dated.map((d) => d.span.start));
    const end = Math.max(...dated.map((d) => d.span.end));
    const pad = Math.max(DAY, (end - start) / 20);
    return { start: start - pad, end: end + pad };
  }, [dated]);
  const x = (t: number) => PAD + ((t - domain.start) / (domain.end - domain.start)) * (width - 2 * PAD);
  const t = (px: number) => domain.start + ((px - PAD) / (width - 2 * PAD)) * (domain.end - domain.start);

  // Each mark in the first lane where it overlaps nothing, so none hides another.
  const marks: Mark[] = [];
  const laneEnds: number[] = [];
  for (const { event, span } of dated) {
    const point = span.end - span.start <= DAY;
    const mid = (x(span.start) + x(span.end)) / 2;
    const [x0, x1] = point ? [mid - POINT_R, mid + POINT_R] : [x(span.start), Math.max(x(span.end), x(span.start) + 2)];
    let lane = laneEnds.findIndex((end) => end + 3 < x0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x1;
    marks.push({ event, span, x0, x1, lane, point });
  }
  const height = AXIS_Y + 14 + Math.max(1, laneEnds.length) * LANE_H;

  const localX = (e: { clientX: number }) => e.clientX - (box.current?.getBoundingClientRect().left ?? 0);
  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0 || !dated.length) return;
    const a = localX(e);
    dragged.current = false;
    setDrag({ a, b: a });
    const move = (m: PointerEvent) => {
      const b = localX(m);
      if (Math.abs(b - a) >= DRAG_PX) dragged.current = true;
      setDrag({ a, b });
    };
    const up = (u: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDrag(null);
      const b = localX(u);
      if (Math.abs(b - a) >= DRAG_PX) p.onBrush(daysBetween(t(a), t(b)));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const shownRange = p.range ? rangeSpan(p.range) : null;
  const band = drag && dragged.current ? [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)] : shownRange ? [x(shownRange.start), x(shownRange.end)] : null;

  return (
    <section className="time-axis" aria-labelledby="time-axis-heading" data-testid="time-axis">
      <div className="time-axis-bar">
        <h2 id="time-axis-heading" className="panel-heading">
          Time
        </h2>
        <span className="muted small-text" data-testid="time-range">
          {p.range ? `${p.range.from} to ${p.range.to}: the graph shows the events of these days` : 'Drag across the axis to show only the events of a range'}
        </span>
        {p.range ? (
          <button type="button" className="small" onClick={p.onClear}>
            Clear range
          </button>
        ) : null}
      </div>
      <div ref={box} className="time-axis-plot">
        {dated.length ? (
          <svg width={width} height={height} onPointerDown={onPointerDown} data-domain-start={domain.start} data-domain-end={domain.end}>
            {band ? <rect className="time-brush" x={band[0]} y={0} width={Math.max(1, band[1]! - band[0]!)} height={height} /> : null}
            <line className="time-axis-line" x1={PAD} x2={width - PAD} y1={AXIS_Y} y2={AXIS_Y} />
            {ticks(domain).map((tick) => (
              <g key={tick.t} className="time-tick">
                <line x1={x(tick.t)} x2={x(tick.t)} y1={AXIS_Y - 4} y2={AXIS_Y + 4} />
                <text x={x(tick.t)} y={AXIS_Y - 8} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            {marks.map(({ event, span, x0, x1, lane, point }) => {
              const precision = event.date!.precision;
              const approximate = precision === 'APPROXIMATE';
              const y = AXIS_Y + 14 + lane * LANE_H;
              const inside = !p.range || overlaps(span, p.range);
              const label = `${event.name}: ${formatDate(event.date!)} (${precisionWord(precision)})${event.endDate ? ` until ${formatDate(event.endDate)}` : ''}`;
              return (
                <g
                  key={event.id}
                  className={`time-mark${approximate ? ' approximate' : ''}${inside ? '' : ' outside'}${event.id === p.selected ? ' selected' : ''}`}
                  data-entity-id={event.id}
                  data-precision={precision}
                  data-x={x(span.start)}
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  aria-pressed={event.id === p.selected}
                  onClick={() => !dragged.current && p.onSelect(event.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      p.onSelect(event.id);
                    }
                  }}
                >
                  <title>{label}</title>
                  {point ? (
                    <circle cx={(x0 + x1) / 2} cy={y} r={POINT_R} />
                  ) : (
                    <rect x={x0} y={y - 4} width={x1 - x0} height={8} rx={2} />
                  )}
                  {approximate ? (
                    <text x={x1 + 2} y={y + 4}>
                      ≈
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
        ) : (
          <p className="hint">No dated events in the graph.</p>
        )}
      </div>
    </section>
  );
}
