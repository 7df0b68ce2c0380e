// Days from SUTime: CoreNLP normalises "last week", "November 4" against the publication date;
// this reads its value into a ResolvedDate. A bare weekday is read by the project's own rule.
import type { ResolvedDate } from '../../model/records.js';
import { isCalendarDay, isWeekday, resolveRelativeDate } from '../dates/resolve-date.js';
import type { ArticleContext } from './context.js';

/** A SUTime value as a date: "2020-11-08" (day), "2020-11" (month), "2020" (year), "XXXX-11-08" with the year of publication. */
export function parseTimex(value: string | undefined, publishedAt: string | undefined, expression: string): ResolvedDate | undefined {
  // A bare weekday is the latest such day on or before publication (news copy's convention), read
  // here rather than from SUTime, which in one full test run put "Monday" in the week after.
  if (publishedAt && isCalendarDay(publishedAt) && isWeekday(expression)) return resolveRelativeDate(expression, publishedAt);
  if (!value) return undefined;
  const year = publishedAt?.slice(0, 4);
  const v = value.replace(/^XXXX/, year ?? 'XXXX').replace(/T.*$/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { value: v, precision: 'DAY', expression };
  if (/^\d{4}-W\d{2}$/.test(v)) return { value: v.slice(0, 4), precision: 'WEEK', expression };
  if (/^\d{4}-\d{2}$/.test(v)) return { value: v, precision: 'MONTH', expression };
  if (/^\d{4}$/.test(v)) return { value: v, precision: 'YEAR', expression };
  return undefined;
}

/** The day named by the first of these tokens (or the phrases they head) that is a DATE. */
export function dateOf(ctx: ArticleContext, sentence: number, heads: number[]): ResolvedDate | undefined {
  const s = ctx.doc.sentences[sentence];
  for (const head of heads) {
    const [first, last] = ctx.graphs[sentence].span(head);
    for (const m of s.entities) {
      if (m.ner !== 'DATE' || m.tokenBegin + 1 < first || m.tokenEnd > last) continue;
      const date = parseTimex(m.normalized, ctx.publishedAt, m.text);
      if (date) return date;
    }
  }
  return undefined;
}

/** The day a sentence names anywhere, as a last resort for an act's day. */
export function sentenceDate(ctx: ArticleContext, sentence: number, within?: [number, number]): ResolvedDate | undefined {
  for (const m of ctx.doc.sentences[sentence].entities) {
    if (m.ner !== 'DATE') continue;
    if (within && (m.tokenBegin + 1 < within[0] || m.tokenEnd > within[1])) continue;
    const date = parseTimex(m.normalized, ctx.publishedAt, m.text);
    if (date) return date;
  }
  return undefined;
}
