// An article's media from its captions alone (src/ingest/article/media.ts), for articles without a
// curated annotation: one item per caption, its kind from the caption's words, its credit from "Photo / X".
import { describe, expect, it } from 'vitest';
import { captionMedia } from '../../src/ingest/article/media.js';
import { splitSentences } from '../../src/ingest/article/sentences.js';

describe('captionMedia', () => {
  it('makes one item per caption, typed and credited, quoting the caption verbatim; body sentences are not media', () => {
    const text = [
      'Residents walk past a damaged building in Stepanakert. Photo / AP',
      'Screengrab from a video released by the ministry shows a flag on a sign. Photo / Reuters',
      'A video grab shows smoke over the town. Video / AFP',
      'The ministry said the town was taken on Sunday.',
    ].join('\n');
    const sentences = splitSentences(text);
    const media = captionMedia('article:x', text, sentences);
    expect(media.map((m) => [m.kind, m.credit])).toEqual([
      ['PHOTO', 'AP'],
      ['SCREENGRAB', 'Reuters'],
      ['VIDEO', 'AFP'],
    ]);
    for (const m of media) {
      expect(text.slice(m.caption.start, m.caption.end)).toBe(m.caption.quote);
      expect(sentences[m.caption.sentence].caption).toBe(true);
      expect(m.shows).toEqual([]);
    }
    expect(captionMedia('article:y', 'No captions here. Just text.', splitSentences('No captions here. Just text.'))).toEqual([]);
  });
});
