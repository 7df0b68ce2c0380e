// Ingest input checks (issue 16): any HTML tag or entity-encoded markup is refused with the reason,
// and publication dates must fall within 1800-01-01 and tomorrow, the range named in the message.
// Nothing is written on a refusal.
import { describe, expect, it } from 'vitest';
import { EARLIEST_PUBLISHED, latestPublished, validateArticleInput } from '../../src/ingest/article/validate-input.js';
import { useTestServer } from '../support/api-server.js';
import { INGEST } from './support/articles.js';

const PLAIN = 'Azerbaijani forces took Shushi on Sunday, the president said. The city overlooks Stepanakert.';

const refusal = (input: Parameters<typeof validateArticleInput>[0]) => {
  try {
    validateArticleInput(input);
    return undefined;
  } catch (error) {
    return error as Error & { field: string };
  }
};

describe('article input checks', () => {
  it.each([
    ['a single <img onerror> tag', `${PLAIN} <img src=x onerror=alert(1)>`, '<img src=x onerror=alert(1)>'],
    ['a lone <script> tag', `<script>fetch('//x')</script>${PLAIN}`, "<script>fetch('//x')</script>"],
    ['a closing tag', `${PLAIN}</b>`, '</b>'],
    ['a comment', `${PLAIN} <!-- hidden -->`, '<!-- hidden -->'],
  ])('%s is refused as HTML, quoting the tag', (_, text, tag) => {
    const error = refusal({ text });
    expect(error?.field).toBe('text');
    expect(error?.message).toMatch(/^text looks like HTML: it holds a tag \(".*" at character \d+\); send the article's plain text, with no tags$/);
    expect(error?.message).toContain(JSON.stringify(tag).slice(1, 20));
  });

  it.each([
    ['&lt;script&gt;', `${PLAIN} &lt;script&gt;alert(1)&lt;/script&gt;`],
    ['&#60;img', `${PLAIN} &#60;img src=x&#62;`],
    ['&#x3C;b', `${PLAIN} &#x3C;b&#x3E;bold`],
  ])('entity-encoded markup (%s) is refused, saying so', (_, text) => {
    expect(refusal({ text })?.message).toMatch(/^text looks like HTML: it holds entity-encoded markup \(/);
  });

  it.each([
    ['a comparison', 'Turnout was < 40% and prices rose > 3%.'],
    ['an e-mail address in angle brackets', 'Write to <desk@example.org> with tips.'],
    ['an ampersand entity that is not markup', 'Johnson &amp; Johnson &lt; 5 per cent.'],
  ])('plain text with %s is accepted', (_, text) => {
    expect(refusal({ text })).toBeUndefined();
  });

  it.each(['0000-01-01', '1799-12-31', '3020-11-09'])('publishedAt %s is refused, naming the accepted range', (publishedAt) => {
    const error = refusal({ text: PLAIN, publishedAt });
    expect(error?.field).toBe('publishedAt');
    expect(error?.message).toBe(
      `publishedAt ${publishedAt} is outside the accepted range ${EARLIEST_PUBLISHED} to ${latestPublished()} (tomorrow); give the day the article was published`,
    );
  });

  it('publishedAt on 1800-01-01, today and tomorrow is accepted', () => {
    for (const publishedAt of [EARLIEST_PUBLISHED, new Date().toISOString().slice(0, 10), latestPublished()]) expect(refusal({ text: PLAIN, publishedAt })).toBeUndefined();
  });
});

describe('input checks over HTTP', () => {
  const server = useTestServer('embedded');

  it('[embedded] an ingest with one <img onerror> tag or a year-0000 date is BAD_USER_INPUT with the reason, and writes nothing', async () => {
    const before = await server.store.counts();
    for (const [input, says] of [
      [{ text: `${PLAIN} <img src=x onerror=alert(1)>`, url: 'https://example.org/hardening/img' }, /looks like HTML: it holds a tag/],
      [{ text: PLAIN, publishedAt: '0000-01-01', url: 'https://example.org/hardening/year-0' }, /outside the accepted range 1800-01-01 to/],
    ] as const) {
      const res = await server.query(INGEST, { input });
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0].message).toMatch(says);
    }
    expect(await server.store.counts()).toEqual(before);
  });
});
