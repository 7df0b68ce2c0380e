// Relative dates in news copy, resolved against the publication date. Each result keeps the words
// it came from and a precision, so "for six weeks" never passes for an exact day.
import type { DatePrecision, ResolvedDate } from '../../model/records.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

export class DateResolutionError extends Error {}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** YYYY-MM-DD naming a day that exists (no 2020-02-30 rolling into March). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && iso(d) === value;
}

/** The weekday (0 = Sunday) an expression names alone ("Monday", "on Monday", "last Monday"), else -1. */
function weekdayOf(words: string): number {
  return WEEKDAYS.indexOf(words.replace(/^(on|last) /, ''));
}

/** Whether an expression is a weekday alone, which resolveRelativeDate reads by news copy's convention. */
export const isWeekday = (expression: string): boolean => weekdayOf(expression.trim().toLowerCase().replace(/[.,]$/, '')) >= 0;

function parseCount(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/**
 * Resolve an expression against the publication day (YYYY-MM-DD):
 * - weekday names: the latest such day on or before publication ("Monday" in a Monday story is that day);
 * - "today", "yesterday";
 * - "for N days|weeks|months|years": the start of that period, approximate;
 * - "N days|weeks… ago": that day, approximate beyond a day; "in N days": ahead;
 * - "since YYYY" or a bare year, "YYYY-MM", "YYYY-MM-DD": as written.
 * `shiftDays` moves the result ("a day after" Monday puts the earlier event at -1).
 */
export function resolveRelativeDate(expression: string, publishedAt: string, shiftDays = 0): ResolvedDate {
  if (!isCalendarDay(publishedAt)) {
    throw new DateResolutionError(`publication date "${publishedAt}" is not a calendar day YYYY-MM-DD`);
  }
  const words = expression.trim().toLowerCase().replace(/[.,]$/, '');
  const result = (value: string, precision: DatePrecision): ResolvedDate => {
    // Only a day can move by days; a year or month stays as written.
    if (!shiftDays || value.length !== 10) return { value, precision, expression };
    const shifted = `${Math.abs(shiftDays)} day${Math.abs(shiftDays) === 1 ? '' : 's'} ${shiftDays < 0 ? 'before' : 'after'} ${expression}`;
    return { value: addDays(value, shiftDays), precision, expression: shifted };
  };
  const weekday = weekdayOf(words);
  if (weekday >= 0) {
    const published = new Date(`${publishedAt}T00:00:00Z`).getUTCDay();
    // "Monday" in a Monday story is that day; "last Monday" is the one before.
    const back = (published - weekday + 7) % 7 || (words.startsWith('last ') ? 7 : 0);
    return result(addDays(publishedAt, -back), 'DAY');
  }
  if (words === 'today') return result(publishedAt, 'DAY');
  if (words === 'yesterday') return result(addDays(publishedAt, -1), 'DAY');
  const period = /^(for |over |in )?(?:the (?:past|last) )?(\w+) (day|week|month|year)s?( ago)?$/.exec(words);
  if (period) {
    const count = parseCount(period[2]);
    if (count === undefined) throw new DateResolutionError(`"${expression}": cannot read "${period[2]}" as a number`);
    // "in three days" looks ahead; "for six weeks" and "three days ago" look back.
    const days = count * UNIT_DAYS[period[3]] * (period[1] === 'in ' ? 1 : -1);
    return result(addDays(publishedAt, days), Math.abs(days) <= 1 ? 'DAY' : 'APPROXIMATE');
  }
  const since = /^(?:since |in )?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(words);
  if (since) {
    const [, year, month, day] = since;
    if (day) {
      if (!isCalendarDay(`${year}-${month}-${day}`)) throw new DateResolutionError(`"${expression}" is not a calendar day`);
      return result(`${year}-${month}-${day}`, 'DAY');
    }
    if (month) return result(`${year}-${month}`, 'MONTH');
    return result(year, 'YEAR');
  }
  throw new DateResolutionError(
    `cannot resolve the date "${expression}"; known forms: a weekday, today, yesterday, "for N weeks", "N days ago", "since YYYY", YYYY[-MM[-DD]]`,
  );
}
