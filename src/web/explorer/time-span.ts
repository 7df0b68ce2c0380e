// Dates as spans of time: a day-precision date covers its day, a month its month, a year its
// year, so a brushed range can say whether an event may have happened inside it.
import type { DateValue, EventDates } from './types.js';

const DAY_MS = 86_400_000;

/** A brushed range of whole days, both ends included, as ISO days (`2020-11-08`). */
export interface DayRange {
  from: string;
  to: string;
}

/** Milliseconds since the epoch (UTC), start included and end excluded. */
export interface Span {
  start: number;
  end: number;
}

/** The time a date may stand for: at least its value's own granularity, widened by its precision. */
export function spanOf(d: Pick<DateValue, 'value' | 'precision'>): Span | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d.value);
  if (!m) return null;
  const [y, mo, day] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
  const start = Date.UTC(y, mo ?? 0, day ?? 1);
  const byValue = mo === null ? Date.UTC(y + 1, 0, 1) : day === null ? Date.UTC(y, mo + 1, 1) : start + DAY_MS;
  const byPrecision =
    d.precision === 'YEAR'
      ? Date.UTC(y + 1, 0, 1)
      : d.precision === 'MONTH'
        ? Date.UTC(y, (mo ?? 0) + 1, 1)
        : d.precision === 'WEEK'
          ? start + 7 * DAY_MS
          : start + DAY_MS;
  return { start, end: Math.max(byValue, byPrecision) };
}

/** From the start of an event's date to the end of its end date, if it has one. */
export function eventSpan(e: Pick<EventDates, 'date' | 'endDate'>): Span | null {
  const from = e.date ? spanOf(e.date) : null;
  if (!from) return null;
  const until = e.endDate ? spanOf(e.endDate) : null;
  return { start: from.start, end: Math.max(from.end, until?.end ?? 0) };
}

export const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function rangeSpan(r: DayRange): Span {
  return { start: dayStart(r.from), end: dayStart(r.to) + DAY_MS };
}

/** Whether the span overlaps the range: an event known only to the month is kept by any day of it. */
export function overlaps(s: Span, r: DayRange): boolean {
  const rs = rangeSpan(r);
  return s.start < rs.end && s.end > rs.start;
}

/** The days from one instant to another, in either order. */
export function daysBetween(a: number, b: number): DayRange {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return { from: isoDay(lo), to: isoDay(hi) };
}

export const DAY = DAY_MS;
