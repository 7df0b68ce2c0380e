// Relative dates in news copy, resolved against the publication date of the seed story
// (2020-11-09, a Monday), each with its precision and the words it came from.
import { describe, expect, it } from 'vitest';
import { parseTimex } from '../../src/ingest/claims/dates.js';
import { DateResolutionError, resolveRelativeDate } from '../../src/ingest/dates/resolve-date.js';

const PUBLISHED = '2020-11-09'; // a Monday

function resolutionError(run: () => unknown): DateResolutionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DateResolutionError);
    return error as DateResolutionError;
  }
  throw new Error('expected a DateResolutionError, but the date resolved');
}

describe('resolveRelativeDate', () => {
  it('reads "Monday" in a Monday story as the publication day itself', () => {
    expect(new Date(`${PUBLISHED}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(resolveRelativeDate('Monday', PUBLISHED)).toEqual({ value: '2020-11-09', precision: 'DAY', expression: 'Monday' });
  });

  it('reads "Sunday" in a Monday story as the day before', () => {
    expect(resolveRelativeDate('Sunday', PUBLISHED)).toEqual({ value: '2020-11-08', precision: 'DAY', expression: 'Sunday' });
  });

  it('reads the other weekdays as the latest such day on or before publication', () => {
    expect(resolveRelativeDate('Tuesday', PUBLISHED).value).toBe('2020-11-03');
    expect(resolveRelativeDate('Saturday', PUBLISHED).value).toBe('2020-11-07');
    expect(resolveRelativeDate('on Friday', PUBLISHED).value).toBe('2020-11-06');
    expect(resolveRelativeDate('  SUNDAY. ', PUBLISHED).value).toBe('2020-11-08');
  });

  it('shifts "Monday" by -1 day to 2020-11-08 and says so in the expression', () => {
    const date = resolveRelativeDate('Monday', PUBLISHED, -1);
    expect(date).toEqual({ value: '2020-11-08', precision: 'DAY', expression: '1 day before Monday' });
  });

  it('shifts forward and across a month end, with the count spelled out', () => {
    expect(resolveRelativeDate('Saturday', '2020-10-31', 2)).toEqual({ value: '2020-11-02', precision: 'DAY', expression: '2 days after Saturday' });
  });

  it('reads "for six weeks" as an approximate start about six weeks before publication', () => {
    const date = resolveRelativeDate('for six weeks', PUBLISHED);
    expect(date.precision).toBe('APPROXIMATE');
    expect(date.expression).toBe('for six weeks');
    expect(['2020-09-27', '2020-09-28']).toContain(date.value);
  });

  it('reads "since 1994" as the year 1994 with YEAR precision', () => {
    expect(resolveRelativeDate('since 1994', PUBLISHED)).toEqual({ value: '1994', precision: 'YEAR', expression: 'since 1994' });
  });

  it('keeps explicit dates as written, with the precision they carry', () => {
    expect(resolveRelativeDate('2020-09', PUBLISHED)).toMatchObject({ value: '2020-09', precision: 'MONTH' });
    expect(resolveRelativeDate('2020-09-27', PUBLISHED)).toMatchObject({ value: '2020-09-27', precision: 'DAY' });
    expect(resolveRelativeDate('in 1994', PUBLISHED)).toMatchObject({ value: '1994', precision: 'YEAR' });
  });

  it('reads "yesterday" as the day before publication and "today" as the day itself', () => {
    expect(resolveRelativeDate('yesterday', PUBLISHED)).toEqual({ value: '2020-11-08', precision: 'DAY', expression: 'yesterday' });
    expect(resolveRelativeDate('today', PUBLISHED)).toMatchObject({ value: '2020-11-09', precision: 'DAY' });
    expect(resolveRelativeDate('yesterday', '2021-01-01').value).toBe('2020-12-31');
  });

  it('reads "3 days ago" as three days before publication, approximate', () => {
    expect(resolveRelativeDate('3 days ago', PUBLISHED)).toEqual({ value: '2020-11-06', precision: 'APPROXIMATE', expression: '3 days ago' });
  });

  it('keeps DAY precision for a period of one day ("a day ago")', () => {
    expect(resolveRelativeDate('a day ago', PUBLISHED)).toMatchObject({ value: '2020-11-08', precision: 'DAY' });
  });

  it('refuses an expression it does not know, listing the forms it does know', () => {
    const error = resolutionError(() => resolveRelativeDate('the other week', PUBLISHED));
    expect(error.message).toContain('"the other week"');
    for (const form of ['weekday', 'today', 'yesterday', 'for N weeks', 'N days ago', 'since YYYY', 'YYYY[-MM[-DD]]']) {
      expect(error.message).toContain(form);
    }
  });

  it('refuses a period whose count is not a number', () => {
    const error = resolutionError(() => resolveRelativeDate('for many weeks', PUBLISHED));
    expect(error.message).toContain('"many"');
  });

  it('refuses a publication date that is not YYYY-MM-DD, naming it and the format', () => {
    for (const bad of ['09/11/2020', '2020-11', '', 'Monday']) {
      const error = resolutionError(() => resolveRelativeDate('Monday', bad));
      expect(error.message).toContain(`"${bad}"`);
      expect(error.message).toContain('YYYY-MM-DD');
    }
  });

  it('refuses an explicit date that is not a calendar day', () => {
    const error = resolutionError(() => resolveRelativeDate('2020-02-30', PUBLISHED));
    expect(error.message).toContain('"2020-02-30"');
  });

  it('refuses a publication date with a month that does not exist (2020-13-45) with a DateResolutionError', () => {
    const error = resolutionError(() => resolveRelativeDate('Monday', '2020-13-45'));
    expect(error.message).toContain('"2020-13-45"');
  });

  it('refuses a publication date with a day the month does not have (2020-02-30) instead of rolling it into March', () => {
    const error = resolutionError(() => resolveRelativeDate('yesterday', '2020-02-30'));
    expect(error.message).toContain('"2020-02-30"');
  });
});

describe('parseTimex', () => {
  it("reads a bare weekday by the project's rule whatever SUTime said (\"on Monday\" in a Saturday story is the Monday before)", () => {
    expect(parseTimex('2020-06-22', '2020-06-20', 'on Monday')).toEqual({ value: '2020-06-15', precision: 'DAY', expression: 'on Monday' });
    expect(parseTimex('XXXX-WXX-1', '2020-06-20', 'Monday')).toEqual({ value: '2020-06-15', precision: 'DAY', expression: 'Monday' });
  });

  it("keeps SUTime's value for what is not a bare weekday, with the year of publication for a day without one", () => {
    expect(parseTimex('XXXX-11-04', '2020-11-09', 'November 4')).toEqual({ value: '2020-11-04', precision: 'DAY', expression: 'November 4' });
    expect(parseTimex('2020-W45', '2020-11-09', 'last week')).toEqual({ value: '2020', precision: 'WEEK', expression: 'last week' });
    expect(parseTimex(undefined, '2020-11-09', 'recently')).toBeUndefined();
  });
});

