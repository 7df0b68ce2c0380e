// An article's media from its text alone: each photo caption (a sentence ending in a credit such
// as "Photo / AP", see sentences.ts) is one item, its kind read from the caption's words.
import type { MediaKind, MediaRecord, SentenceRecord } from '../../model/records.js';

const CREDIT = /\b(?:Photo|Video|Image)\s*\/\s*(\S.*?)\s*$/;

function kindOf(caption: string): MediaKind {
  if (/\bscreen\s?(?:grab|shot)/i.test(caption)) return 'SCREENGRAB';
  if (/\bvideo\b/i.test(caption)) return 'VIDEO';
  return 'PHOTO';
}

/** One media item per caption sentence: the caption as evidence, its kind and its credit. */
export function captionMedia(articleId: string, text: string, sentences: readonly SentenceRecord[]): MediaRecord[] {
  return sentences
    .filter((s) => s.caption)
    .map((s) => {
      const quote = text.slice(s.start, s.end);
      const credit = CREDIT.exec(quote)?.[1];
      return {
        kind: kindOf(quote),
        caption: { articleId, quote, start: s.start, end: s.end, sentence: s.index },
        ...(credit ? { credit } : {}),
        shows: [],
      };
    });
}
