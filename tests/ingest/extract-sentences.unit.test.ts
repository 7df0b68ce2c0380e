// Sentence splitting on its own: wire-copy habits (photo captions with credits, closing bylines)
// and abbreviations that end in a full stop without ending the sentence; every sentence comes with
// offsets that slice back to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { splitSentences } from '../../src/ingest/article/sentences.js';
import type { SentenceRecord } from '../../src/model/records.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);

const texts = (text: string, sentences: SentenceRecord[]) => sentences.map((s) => text.slice(s.start, s.end));

/** Offsets slice to trimmed sentences, in order, numbered from 0, with only whitespace between. */
function expectWellFormed(text: string, sentences: SentenceRecord[]): void {
  expect(sentences.map((s) => s.index)).toEqual([...sentences.keys()]);
  let previousEnd = 0;
  for (const s of sentences) {
    expect(s.start, `sentence ${s.index}`).toBeLessThan(s.end);
    const words = text.slice(s.start, s.end);
    expect(words, `sentence ${s.index}`).toBe(words.trim());
    expect(text.slice(previousEnd, s.start), `gap before sentence ${s.index}`).toMatch(/^\s*$/);
    previousEnd = s.end;
  }
  expect(text.slice(previousEnd)).toMatch(/^\s*$/);
}

describe('splitSentences: captions and bylines', () => {
  it('joins a photo credit to the caption before it and marks that sentence, and only it, a caption', () => {
    const text = 'Families wait at a checkpoint near Goris. Photo / Reuters\n\nThe road was closed on Tuesday. Buses turned back.';
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual([
      'Families wait at a checkpoint near Goris. Photo / Reuters',
      'The road was closed on Tuesday.',
      'Buses turned back.',
    ]);
    expect(sentences.map((s) => s.caption)).toEqual([true, false, false]);
    expectWellFormed(text, sentences);
  });

  it('marks a caption in the middle of a story as a caption too', () => {
    const text = 'Shelling hit Stepanakert overnight.\n\nA man clears rubble from a street in Stepanakert. Photo / AFP\n\nThe city was quiet by noon.';
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual([
      'Shelling hit Stepanakert overnight.',
      'A man clears rubble from a street in Stepanakert. Photo / AFP',
      'The city was quiet by noon.',
    ]);
    expect(sentences.map((s) => s.caption)).toEqual([false, true, false]);
  });

  it('keeps a closing byline on the same line ("- NW") in the last sentence', () => {
    const text = 'Talks resumed in Moscow. Goris is about 60km from Stepanakert. - NW';
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual(['Talks resumed in Moscow.', 'Goris is about 60km from Stepanakert. - NW']);
    expect(sentences.every((s) => !s.caption)).toBe(true);
    expectWellFormed(text, sentences);
  });
});

describe('splitSentences: abbreviations', () => {
  it('does not end a sentence at "U.S." or "U.N." inside it', () => {
    const text = 'The U.S. State Department urged calm. An official of the U.N. said the U.S. Embassy would stay open.';
    expect(texts(text, splitSentences(text))).toEqual([
      'The U.S. State Department urged calm.',
      'An official of the U.N. said the U.S. Embassy would stay open.',
    ]);
  });

  it('does not end a sentence at a title such as "Gen.", "Col." or "Dr."', () => {
    const text = 'Gen. Mark Brown met diplomats in Goris on Monday. Col. Anna Reid stayed behind. Dr. Lena Ivanova treated 12 people.';
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual([
      'Gen. Mark Brown met diplomats in Goris on Monday.',
      'Col. Anna Reid stayed behind.',
      'Dr. Lena Ivanova treated 12 people.',
    ]);
    expectWellFormed(text, sentences);
  });

  it('does not end a sentence at a time of day such as "5 p.m."', () => {
    const text = 'The talks ended at 5 p.m. on Tuesday. Both sides left.';
    expect(texts(text, splitSentences(text))).toEqual(['The talks ended at 5 p.m. on Tuesday.', 'Both sides left.']);
  });

  it('keeps decimal figures and distances with units inside one sentence', () => {
    const text = 'Lachin sits about 40km west of Stepanakert. The pass is 2.5 km long.';
    expect(texts(text, splitSentences(text))).toEqual(['Lachin sits about 40km west of Stepanakert.', 'The pass is 2.5 km long.']);
  });
});

describe('splitSentences: offsets', () => {
  it('gives offsets into the original text when it has leading blank lines and CRLF line ends', () => {
    const text = '\r\n\r\nArmenia closed the border.\r\nAzerbaijan said nothing.\r\n';
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual(['Armenia closed the border.', 'Azerbaijan said nothing.']);
    expect(sentences[0].start).toBe(4);
    expectWellFormed(text, sentences);
  });

  it('counts offsets in UTF-16 code units, so text after "Şuşa" and an emoji still slices exactly', () => {
    const text = 'Şuşa fell 🙁 on Sunday. Xankəndi was next.';
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual(['Şuşa fell 🙁 on Sunday.', 'Xankəndi was next.']);
    expectWellFormed(text, sentences);
  });

  it('splits every fixture article into well-formed sentences, the Northwind story with its caption first', () => {
    const northwind = parseArticle(readFileSync(new URL('northwind-2020-11-10-hadrut.txt', FIXTURES), 'utf8'));
    expectWellFormed(northwind.text, northwind.sentences);
    expect(northwind.sentences).toHaveLength(6);
    expect(northwind.sentences.map((s) => s.caption)).toEqual([true, false, false, false, false, false]);
    expect(northwind.text.slice(northwind.sentences[5].start, northwind.sentences[5].end)).toBe('Goris is about 60km from Stepanakert. - NW');
    for (const file of ['harbor-2020-11-09-shusha.txt', 'eastline-2020-11-10-shusha.txt', 'kestrel-2020-11-11-shusha.txt', 'batch/02-lachin-road.txt']) {
      const parsed = parseArticle(readFileSync(new URL(file, FIXTURES), 'utf8'));
      expectWellFormed(parsed.text, parsed.sentences);
      expect(parsed.sentences.length, file).toBeGreaterThanOrEqual(2);
    }
  });
});
