// What an article submitted for ingest must look like; anything else is refused before any work,
// with a message saying what is accepted.
import { isCalendarDay } from '../dates/resolve-date.js';

export const MAX_ARTICLE_CHARS = 200_000;
export const MAX_TITLE_CHARS = 500;
/** The earliest publication day accepted; the latest is tomorrow (UTC), for time zones ahead. */
export const EARLIEST_PUBLISHED = '1800-01-01';

// Any tag, comment or doctype: a single `<img src=x onerror=…>` is as unwelcome as a page.
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!doctype/i;
// Markup escaped once (`&lt;script&gt;`, `&#60;img`, `&#x3c;b`): HTML in disguise, for a renderer that decodes it.
const ENCODED_TAG = /(?:&lt;|&#0*60;|&#x0*3c;)\s*\/?[A-Za-z!]/i;

/** The day after today (UTC), YYYY-MM-DD. */
export function latestPublished(now = Date.now()): string {
  return new Date(now + 86_400_000).toISOString().slice(0, 10);
}

/** At most 40 characters of `text` from `index`, for a message. */
const excerpt = (text: string, index: number) => {
  const part = text.slice(index, index + 40);
  return text.length > index + 40 ? `${part}…` : part;
};

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
  const tag = HTML_TAG.exec(text);
  if (tag) {
    throw new ArticleInputError('text', `text looks like HTML: it holds a tag (${JSON.stringify(excerpt(text, tag.index))} at character ${tag.index}); send the article's plain text, with no tags`);
  }
  const encoded = ENCODED_TAG.exec(text);
  if (encoded) {
    throw new ArticleInputError(
      'text',
      `text looks like HTML: it holds entity-encoded markup (${JSON.stringify(excerpt(text, encoded.index))} at character ${encoded.index}); send the article's plain text, with no tags, encoded or not`,
    );
  }
  if (input.publishedAt != null && !isCalendarDay(input.publishedAt)) {
    throw new ArticleInputError('publishedAt', `publishedAt ${JSON.stringify(excerpt(input.publishedAt, 0))} is not a date; use YYYY-MM-DD, e.g. 2020-11-09`);
  }
  if (input.publishedAt != null && (input.publishedAt < EARLIEST_PUBLISHED || input.publishedAt > latestPublished())) {
    throw new ArticleInputError(
      'publishedAt',
      `publishedAt ${input.publishedAt} is outside the accepted range ${EARLIEST_PUBLISHED} to ${latestPublished()} (tomorrow); give the day the article was published`,
    );
  }
  if (input.url != null && !/^https?:\/\/[^\s/]+\S*$/.test(input.url)) {
    throw new ArticleInputError('url', `url ${JSON.stringify(excerpt(input.url, 0))} is not an http(s) URL, e.g. https://example.org/news/article`);
  }
  if (input.title != null && input.title.length > MAX_TITLE_CHARS) {
    throw new ArticleInputError('title', `title has ${input.title.length} characters; at most ${MAX_TITLE_CHARS}`);
  }
  if (input.publisher != null && input.publisher.length > MAX_TITLE_CHARS) {
    throw new ArticleInputError('publisher', `publisher has ${input.publisher.length} characters; at most ${MAX_TITLE_CHARS}`);
  }
}
