// Article files: the header is taken off, the text is kept byte for byte, and sentences come with
// offsets that slice back to the sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash, parseArticle } from '../../src/ingest/article/parse-article.js';
import { sentenceAt, spansBySentence, splitSentences } from '../../src/ingest/article/sentences.js';

const SEED_FILE = new URL('../../seed/2020-11-09-ap-shushi-helicopter.txt', import.meta.url);
const raw = readFileSync(SEED_FILE, 'utf8');
const article = parseArticle(raw);
const sentence = (i: number) => article.text.slice(article.sentences[i].start, article.sentences[i].end);

describe('parseArticle on the seed article', () => {
  it('reads the publication date 2020-11-09 from the "date" header', () => {
    expect(article.publishedAt).toBe('2020-11-09');
  });

  it('takes the "date 2020-11-09 " header off and keeps the rest of the file byte for byte', () => {
    expect(article.text).not.toContain('date 2020-11-09');
    expect(raw.endsWith(article.text)).toBe(true);
    const header = raw.slice(0, raw.length - article.text.length);
    expect(header).toMatch(/^\s*date 2020-11-09 $/);
    expect(article.text.startsWith("Azerbaijan's national flag with the city of Shushi")).toBe(true);
    expect(article.text.endsWith('into Armenia. - AP')).toBe(true);
  });

  it('has no title, publisher or url of its own (the seed file carries only a date)', () => {
    expect(article.title).toBeUndefined();
    expect(article.publisher).toBeUndefined();
    expect(article.url).toBeUndefined();
  });

  it('splits the text into 14 sentences, numbered 0 to 13', () => {
    expect(article.sentences).toHaveLength(14);
    expect(article.sentences.map((s) => s.index)).toEqual([...Array(14).keys()]);
  });

  it('marks sentences 0 and 7, and only those, as photo captions ending "Photo / AP"', () => {
    expect(article.sentences.filter((s) => s.caption).map((s) => s.index)).toEqual([0, 7]);
    expect(sentence(0)).toBe(
      "Azerbaijan's national flag with the city of Shushi in the background, in the separatist region of region of Nagorno-Karabakh. Photo / AP",
    );
    expect(sentence(7)).toBe(
      "Screengrab from a video released by Azerbaijan's Defense Ministry, shows Azerbaijan's national flag fixed to a sign that reads 'Shushi'. Photo / AP",
    );
  });

  it('keeps the closing "- AP" byline in the last sentence', () => {
    expect(sentence(13)).toBe('Long lines of vehicles have jammed the road as Nagorno-Karabakh residents flee the fighting into Armenia. - AP');
  });

  it('gives offsets that slice to whole sentences, in order, with only whitespace between them', () => {
    expect(sentence(1)).toBe(
      'Russia said Monday that one of its military helicopters was shot down in Armenia, near the border with Azerbaijan, killing two servicemen.',
    );
    expect(sentence(11)).toBe(
      "Shushi's position above the regional capital Stepanakert, which is about 10km to the north, gives strategic advantage to whomever holds it.",
    );
    expect(sentence(12)).toBe('The city also lies along the main road connecting Stepanakert with Armenia.');
    let previousEnd = 0;
    for (const s of article.sentences) {
      expect(s.start, `sentence ${s.index}`).toBeLessThan(s.end);
      expect(article.text.slice(previousEnd, s.start), `before sentence ${s.index}`).toMatch(/^\s*$/);
      expect(sentence(s.index)).toBe(sentence(s.index).trim());
      previousEnd = s.end;
    }
    expect(article.text.slice(previousEnd)).toMatch(/^\s*$/);
  });

  it('finds the sentence holding an offset, and -1 between sentences', () => {
    const s3 = article.sentences[3];
    expect(sentenceAt(article.sentences, s3.start)).toBe(3);
    expect(sentenceAt(article.sentences, s3.end - 1)).toBe(3);
    expect(sentenceAt(article.sentences, s3.end)).toBe(-1);
    expect(sentenceAt(article.sentences, article.text.indexOf('Nakhchivan is about 70km'))).toBe(4);
  });
});

describe('parseArticle header lines', () => {
  it('reads title:, published:, publisher: and url: lines and keeps only the body as text', () => {
    const parsed = parseArticle(
      'title: Ceasefire agreed\npublished: 2020-11-10\npublisher: Reuters\nurl: https://example.com/story\n\nA ceasefire was agreed. Troops stayed put.',
    );
    expect(parsed).toMatchObject({
      title: 'Ceasefire agreed',
      publishedAt: '2020-11-10',
      publisher: 'Reuters',
      url: 'https://example.com/story',
      text: 'A ceasefire was agreed. Troops stayed put.',
    });
    expect(parsed.sentences.map((s) => parsed.text.slice(s.start, s.end))).toEqual(['A ceasefire was agreed.', 'Troops stayed put.']);
  });

  it('accepts header lines in any order, some missing, with CRLF line ends', () => {
    const parsed = parseArticle('url: https://example.com/a\r\ntitle:   Spaced title  \r\n\r\nBody text.');
    expect(parsed).toMatchObject({ url: 'https://example.com/a', title: 'Spaced title', text: 'Body text.' });
    expect(parsed.publishedAt).toBeUndefined();
    expect(parsed.publisher).toBeUndefined();
  });

  it('stops reading the header at the first line that is not a header line', () => {
    const parsed = parseArticle('title: T\nThe body starts here.\nurl: not a header any more');
    expect(parsed.title).toBe('T');
    expect(parsed.url).toBeUndefined();
    expect(parsed.text).toBe('The body starts here.\nurl: not a header any more');
  });

  it('treats a file without header lines as all text', () => {
    const parsed = parseArticle('Shushi overlooks Stepanakert. It lies on the road.');
    expect(parsed.text).toBe('Shushi overlooks Stepanakert. It lies on the road.');
    expect(parsed.title ?? parsed.publishedAt ?? parsed.publisher ?? parsed.url).toBeUndefined();
  });

  it('leaves empty header values unset', () => {
    const parsed = parseArticle('title:\npublisher: AP\n\nText.');
    expect(parsed.title).toBeUndefined();
    expect(parsed.publisher).toBe('AP');
  });
});

describe('contentHash', () => {
  it('is the same for the same text, whatever the header around it', () => {
    const a = parseArticle('title: One\n\nThe same words.');
    const b = parseArticle('title: Two\npublisher: X\n\nThe same words.');
    expect(a.contentHash).toBe(b.contentHash);
    expect(parseArticle(raw).contentHash).toBe(article.contentHash);
    expect(article.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('differs when the text differs, even by one character', () => {
    expect(contentHash('Shushi overlooks Stepanakert.')).not.toBe(contentHash('Shushi overlooks Stepanakert!'));
    expect(contentHash(article.text)).not.toBe(contentHash(article.text.replace('10km', '11km')));
  });

  it('does not depend on how the text spells its accented letters (NFC or NFD)', () => {
    expect(contentHash('Şuşa'.normalize('NFD'))).toBe(contentHash('Şuşa'.normalize('NFC')));
  });
});

describe('splitSentences', () => {
  it('joins a lone photo credit to its caption and marks it a caption', () => {
    const text = 'Troops in the square. Photo / Reuters\n\nThe war went on.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.caption])).toEqual([
      ['Troops in the square. Photo / Reuters', true],
      ['The war went on.', false],
    ]);
  });
});

describe('spansBySentence', () => {
  const text = 'Troops moved in. "The toll is six dead. We are still counting," the army said.\nCalm returned.';
  const sentences = splitSentences(text);

  it('gives a span inside one sentence back as it is', () => {
    const start = text.indexOf('Troops');
    expect(spansBySentence(text, sentences, start, start + 'Troops moved in.'.length)).toEqual([{ start, end: start + 16, sentence: 0 }]);
  });

  it('cuts a quotation across sentences into one verbatim piece per sentence, without the spaces between', () => {
    const start = text.indexOf('"The toll');
    const end = text.indexOf(' the army said');
    const pieces = spansBySentence(text, sentences, start, end);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['"The toll is six dead.', 'We are still counting,"']);
    for (const p of pieces) {
      const s = sentences[p.sentence];
      expect(p.start >= s.start && p.end <= s.end, JSON.stringify(p)).toBe(true);
    }
  });

  it('leaves out what falls between sentences, and gives nothing for a span of spaces', () => {
    const gap = text.indexOf('\n');
    expect(spansBySentence(text, sentences, gap, gap + 1)).toEqual([]);
    const pieces = spansBySentence(text, sentences, text.indexOf('army said'), text.length);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['army said.', 'Calm returned.']);
  });
});
