// What an article submitted for ingest must look like; anything else is refused before any work,
// with a message saying what is accepted.
import { isCalendarDay } from '../dates/resolve-date.js';

export const MAX_ARTICLE_CHARS = 200_000;
const MAX_TITLE_CHARS = 500;

export interface ArticleInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  publisher?: string | null;
  url?: string | null;
}

/** Refused input; `field` names what to fix. Nothing was written. */
export class ArticleInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

export function validateArticleInput(input: ArticleInput): void {
  const { text } = input;
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new ArticleInputError('text', 'text is empty: send the article as plain text (UTF-8)');
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError('text', `text has ${text.length} characters; at most ${MAX_ARTICLE_CHARS} are accepted (one article, plain text)`);
  }
  // NUL and most C0 controls never occur in text; U+FFFD means the bytes were not UTF-8.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 || /\uFFFD/.test(text)) {
    throw new ArticleInputError('text', 'text looks binary or is not UTF-8 (control characters or undecodable bytes); send plain UTF-8 text');
  }
  const tags = text.match(/<\/?(?:html|head|body|div|p|span|br|script|style|a|table)\b[^>]*>/gi)?.length ?? 0;
  if (tags >= 2) {
    throw new ArticleInputError('text', 'text looks like HTML; send the article\'s plain text (strip the markup first)');
  }
  if (input.publishedAt != null && !isCalendarDay(input.publishedAt)) {
    throw new ArticleInputError('publishedAt', `publishedAt "${input.publishedAt}" is not a date; use YYYY-MM-DD, e.g. 2020-11-09`);
  }
  if (input.url != null && !/^https?:\/\/[^\s/]+\S*$/.test(input.url)) {
    throw new ArticleInputError('url', `url "${input.url}" is not an http(s) URL`);
  }
  if (input.title != null && input.title.length > MAX_TITLE_CHARS) {
    throw new ArticleInputError('title', `title has ${input.title.length} characters; at most ${MAX_TITLE_CHARS}`);
  }
  if (input.publisher != null && input.publisher.length > MAX_TITLE_CHARS) {
    throw new ArticleInputError('publisher', `publisher has ${input.publisher.length} characters; at most ${MAX_TITLE_CHARS}`);
  }
}
