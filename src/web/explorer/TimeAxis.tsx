// The graph's events, and the dates its claims were stated on, along a horizontal time axis, each
// drawn as long as its date is exact: a day as a tick, a week, month or year as a bar, an
// approximate date dashed and marked "≈". Events are filled marks, claims hollow ones in lanes of
// their own. The wheel (or the buttons) zooms around the pointer (the middle) down to a few days;
// dragging across the axis brushes a range of days, which filters the graph and the map.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { claimDates, type DatedClaim } from './claim-dates.js';
import { formatDate, precisionWord } from './encoding.js';
import { DAY, daysBetween, eventSpan, overlaps, rangeSpan, spanOf, type DayRange, type Span } from './time-span.js';
import type { DatePrecision, EventDates } from './types.js';
import './time-and-distance.css';

interface Props {
  events: EventDates[];
  /** Ids of the graph's claims; those with a `statedOn` are drawn. */
  claims?: readonly string[];
  range: DayRange | null;
  selected: string | null;
  onBrush(range: DayRange): void;
  onClear(): void;
  onSelect(id: string): void;
  onOpenClaim?(claimId: string): void;
}

const PAD = 24;
const AXIS_Y = 20;
const LANE_H = 16;
/** A day-precision date's tick: this wide and tall, whatever the zoom. */
const TICK_W = 3;
const TICK_H = 14;
/** A day-precision claim's diamond reaches this far from its day's middle. */
const DIAMOND_R = 5;
/** Drags shorter than this are clicks. */
const DRAG_PX = 4;
/** The narrowest view the zoom reaches: a few days, so a day's tick still sits inside its day. */
const MIN_VIEW = 3 * DAY;
/** One wheel notch (100 px of deltaY) or button press scales the view by this much. */
const ZOOM_STEP = 1.5;

interface Dated {
  key: string;
  span: Span;
  precision: DatePrecision;
  label: string;
}

interface Mark extends Dated {
  x0: number;
  x1: number;
  lane: number;
  /** A day or less: drawn as a tick, not a bar. */
  tick: boolean;
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

/**
 * Each visible item in the first lane where it overlaps nothing, so none hides another; a tick
 * takes `halfTick` either side of its day's middle.
 */
function laidOut(items: Dated[], x: (t: number) => number, width: number, halfTick: number): { marks: Mark[]; lanes: number } {
  const marks: Mark[] = [];
  const laneEnds: number[] = [];
  for (const item of items) {
    const tick = item.span.end - item.span.start <= DAY;
    const mid = (x(item.span.start) + x(item.span.end)) / 2;
    const [x0, x1] = tick ? [mid - halfTick, mid + halfTick] : [x(item.span.start), Math.max(x(item.span.end), x(item.span.start) + 2)];
    if (x1 < PAD || x0 > width - PAD) continue;
    let lane = laneEnds.findIndex((end) => end + 3 < x0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x1;
    marks.push({ ...item, x0, x1, lane, tick });
  }
  return { marks, lanes: laneEnds.length };
}

const byStart = (a: Dated, b: Dated) => a.span.start - b.span.start || a.label.localeCompare(b.label);

/**
 * The view `factor` times as long, the instant `fraction` of the way across it staying where it
 * is, kept inside the domain; null is the whole domain.
 */
function zoomed(view: Span, domain: Span, fraction: number, factor: number): Span | null {
  const whole = domain.end - domain.start;
  const length = Math.min(whole, Math.max(Math.min(MIN_VIEW, whole), (view.end - view.start) * factor));
  if (length >= whole) return null;
  const start = view.start + fraction * (view.end - view.start - length);
  return shifted({ start, end: start + length }, domain, 0);
}

/** The view moved by `by` ms, kept inside the domain. */
function shifted(view: Span, domain: Span, by: number): Span {
  const length = view.end - view.start;
  const start = Math.min(domain.end - length, Math.max(domain.start, view.start + by));
  return { start, end: start + length };
}

export function TimeAxis(p: Props) {
  const box = useRef<HTMLDivElement>(null);
  const clipId = `time-clip-${useId().replace(/[^\w-]/g, '')}`;
  const [width, setWidth] = useState(600);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  /** The zoomed-in stretch of time; null shows the whole domain. */
  const [view, setView] = useState<Span | null>(null);
  const [statedOn, setStatedOn] = useState<Record<string, DatedClaim>>({});
  const [problem, setProblem] = useState<string | null>(null);
  /** Set by a drag, so the click that ends it does not select a mark. */
  const dragged = useRef(false);

  // When the graph's claims were stated, asked once per claim.
  const asked = useRef(new Set<string>());
  const claimKey = [...new Set(p.claims ?? [])].sort().join(' ');
  useEffect(() => {
    const ids = claimKey ? claimKey.split(' ').filter((id) => !asked.current.has(id)) : [];
    if (!ids.length) return;
    ids.forEach((id) => asked.current.add(id));
    claimDates(ids)
      .then((found) => setStatedOn((known) => ({ ...known, ...Object.fromEntries(found.map((c) => [c.id, c])) })))
      .catch((err: unknown) => {
        ids.forEach((id) => asked.current.delete(id));
        setProblem(`Could not date the graph's claims: ${err instanceof Error ? err.message : String(err)}`);
      });
  }, [claimKey]);

  const events = useMemo(
    () =>
      p.events
        .flatMap((event): Dated[] => {
          const span = eventSpan(event);
          if (!span) return [];
          const label = `${event.name}: ${formatDate(event.date!)} (${precisionWord(event.date!.precision)})${event.endDate ? ` until ${formatDate(event.endDate)}` : ''}`;
          return [{ key: event.id, span, precision: event.date!.precision, label }];
        })
        .sort(byStart),
    [p.events],
  );
  const claims = useMemo(
    () =>
      (claimKey ? claimKey.split(' ') : [])
        .flatMap((id): Dated[] => {
          const claim = statedOn[id];
          const span = claim ? spanOf(claim.statedOn) : null;
          if (!claim || !span) return [];
          const label = `Claim: ${claim.statement} Stated on ${formatDate(claim.statedOn)} (${precisionWord(claim.statedOn.precision)})`;
          return [{ key: id, span, precision: claim.statedOn.precision, label }];
        })
        .sort(byStart),
    [claimKey, statedOn],
  );

  // Everything dated, padded by a twentieth so marks at the ends are not cut.
  const domain = useMemo<Span>(() => {
    const all = [...events, ...claims];
    if (!all.length) return { start: 0, end: DAY };
    const start = Math.min(...all.map((d) => d.span.start));
    const end = Math.max(...all.map((d) => d.span.end));
    const pad = Math.max(DAY, (end - start) / 20);
    return { start: start - pad, end: end + pad };
  }, [events, claims]);
  // A new extent (the graph grew, claims were dated) shows the whole of it again.
  useEffect(() => setView(null), [domain.start, domain.end]);

  // The plot is not drawn while nothing is dated, so its listeners attach once it is.
  const drawn = events.length > 0 || claims.length > 0 || !!p.range;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [drawn]);

  const shown = view ?? domain;
  const x = (t: number) => PAD + ((t - shown.start) / (shown.end - shown.start)) * (width - 2 * PAD);
  const t = (px: number) => shown.start + ((px - PAD) / (width - 2 * PAD)) * (shown.end - shown.start);

  const eventLanes = laidOut(events, x, width, TICK_W / 2);
  const claimLanes = laidOut(claims, x, width, DIAMOND_R);
  // As many lanes as the whole extent needs, at least, so zooming does not move the axis under the pointer.
  const xWhole = (t: number) => PAD + ((t - domain.start) / (domain.end - domain.start)) * (width - 2 * PAD);
  const [eventRows, claimRows] = [
    Math.max(eventLanes.lanes, laidOut(events, xWhole, width, TICK_W / 2).lanes),
    Math.max(claimLanes.lanes, laidOut(claims, xWhole, width, DIAMOND_R).lanes),
  ];
  const eventsTop = AXIS_Y + 14;
  const claimsTop = eventsTop + eventRows * LANE_H + (claimRows && eventRows ? 8 : 0);
  const height = claimsTop + Math.max(eventRows || claimRows ? 0 : 1, claimRows) * LANE_H;

  // The wheel zooms around the pointer; sideways (or with Shift) it pans. Not passive, so the page does not scroll.
  const zoomAt = useRef<(e: WheelEvent) => void>(() => {});
  zoomAt.current = (e: WheelEvent) => {
    if (!events.length && !claims.length) return;
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 300 : 1;
    const [dx, dy] = e.shiftKey ? [e.deltaY * unit, 0] : [e.deltaX * unit, e.deltaY * unit];
    if (Math.abs(dx) > Math.abs(dy)) {
      setView((v) => v && shifted(v, domain, (dx / (width - 2 * PAD)) * (v.end - v.start)));
      return;
    }
    // From the view as it is by now: wheel events may come faster than renders.
    const fraction = Math.min(1, Math.max(0, (localX(e) - PAD) / (width - 2 * PAD)));
    setView((v) => zoomed(v ?? domain, domain, fraction, ZOOM_STEP ** (dy / 100)));
  };
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => zoomAt.current(e);
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [drawn]);

  const localX = (e: { clientX: number }) => e.clientX - (box.current?.getBoundingClientRect().left ?? 0);
  const onPointerDown = (e: React.PointerEvent) => {
    if (e.button !== 0 || (!events.length && !claims.length)) return;
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
  const clampX = (px: number) => Math.min(width - PAD, Math.max(PAD, px));

  if (!drawn) return null;
  const activate = (run: () => void) => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      run();
    }
  };

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
        {problem ? (
          <span role="alert" className="error small-text">
            {problem}
          </span>
        ) : null}
        <span className="time-legend muted small-text" aria-hidden="true">
          <span className="swatch event" />
          events
          <span className="swatch claim" />
          claims
        </span>
        <span className="time-zoom" role="group" aria-label="Zoom the time axis">
          <button type="button" className="small" aria-label="Zoom in" title="Zoom in (or the wheel over the axis)" onClick={() => setView((v) => zoomed(v ?? domain, domain, 0.5, 1 / ZOOM_STEP))}>
            +
          </button>
          <button type="button" className="small" aria-label="Zoom out" title="Zoom out" disabled={!view} onClick={() => setView((v) => zoomed(v ?? domain, domain, 0.5, ZOOM_STEP))}>
            −
          </button>
          <button type="button" className="small" aria-label="Earlier" title="Earlier (or Shift and the wheel)" disabled={!view || view.start <= domain.start} onClick={() => setView((v) => v && shifted(v, domain, -(v.end - v.start) / 2))}>
            ◀
          </button>
          <button type="button" className="small" aria-label="Later" title="Later" disabled={!view || view.end >= domain.end} onClick={() => setView((v) => v && shifted(v, domain, (v.end - v.start) / 2))}>
            ▶
          </button>
          <button type="button" className="small" disabled={!view} onClick={() => setView(null)}>
            Reset zoom
          </button>
        </span>
      </div>
      <div ref={box} className="time-axis-plot">
        {events.length || claims.length ? (
          <svg
            width={width}
            height={height}
            onPointerDown={onPointerDown}
            data-domain-start={domain.start}
            data-domain-end={domain.end}
            data-view-start={shown.start}
            data-view-end={shown.end}
          >
            <clipPath id={clipId}>
              <rect x={PAD - TICK_W} y={0} width={width - 2 * PAD + 2 * TICK_W} height={height} />
            </clipPath>
            {band ? <rect className="time-brush" x={clampX(band[0]!)} y={0} width={Math.max(1, clampX(band[1]!) - clampX(band[0]!))} height={height} /> : null}
            <line className="time-axis-line" x1={PAD} x2={width - PAD} y1={AXIS_Y} y2={AXIS_Y} />
            {ticks(shown).map((tick) => (
              <g key={tick.t} className="time-tick">
                <line x1={x(tick.t)} x2={x(tick.t)} y1={AXIS_Y - 4} y2={AXIS_Y + 4} />
                <text x={x(tick.t)} y={AXIS_Y - 8} textAnchor="middle">
                  {tick.label}
                </text>
              </g>
            ))}
            {eventRows && claimRows ? <line className="time-lanes-divider" x1={PAD} x2={width - PAD} y1={claimsTop - 6} y2={claimsTop - 6} /> : null}
            <g clipPath={`url(#${clipId})`}>
              {eventLanes.marks.map((m) => {
                const y = eventsTop + m.lane * LANE_H;
                const inside = !p.range || overlaps(m.span, p.range);
                return (
                  <g
                    key={m.key}
                    className={`time-mark${m.precision === 'APPROXIMATE' ? ' approximate' : ''}${inside ? '' : ' outside'}${m.key === p.selected ? ' selected' : ''}`}
                    data-entity-id={m.key}
                    data-precision={m.precision}
                    data-x={x(m.span.start)}
                    role="button"
                    tabIndex={0}
                    aria-label={m.label}
                    aria-pressed={m.key === p.selected}
                    onClick={() => !dragged.current && p.onSelect(m.key)}
                    onKeyDown={activate(() => p.onSelect(m.key))}
                  >
                    <title>{m.label}</title>
                    {m.tick ? (
                      <rect x={m.x0} y={y - TICK_H / 2} width={m.x1 - m.x0} height={TICK_H} />
                    ) : (
                      <rect x={m.x0} y={y - 4} width={m.x1 - m.x0} height={8} rx={2} />
                    )}
                    {m.precision === 'APPROXIMATE' ? (
                      <text x={m.x1 + 2} y={y + 4}>
                        ≈
                      </text>
                    ) : null}
                  </g>
                );
              })}
              {claimLanes.marks.map((m) => {
                const y = claimsTop + m.lane * LANE_H;
                const inside = !p.range || overlaps(m.span, p.range);
                const mid = (m.x0 + m.x1) / 2;
                return (
                  <g
                    key={m.key}
                    className={`time-claim${m.precision === 'APPROXIMATE' ? ' approximate' : ''}${inside ? '' : ' outside'}`}
                    data-claim-id={m.key}
                    data-precision={m.precision}
                    data-x={x(m.span.start)}
                    role="button"
                    tabIndex={0}
                    aria-label={m.label}
                    onClick={() => !dragged.current && p.onOpenClaim?.(m.key)}
                    onKeyDown={activate(() => p.onOpenClaim?.(m.key))}
                  >
                    <title>{m.label}</title>
                    {m.tick ? (
                      <polygon points={`${mid},${y - 6} ${m.x1},${y} ${mid},${y + 6} ${m.x0},${y}`} />
                    ) : (
                      <rect x={m.x0} y={y - 4} width={m.x1 - m.x0} height={8} rx={2} />
                    )}
                    {m.precision === 'APPROXIMATE' ? (
                      <text x={m.x1 + 2} y={y + 4}>
                        ≈
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          </svg>
        ) : (
          <p className="hint">No dated events or claims in the graph.</p>
        )}
      </div>
    </section>
  );
}
