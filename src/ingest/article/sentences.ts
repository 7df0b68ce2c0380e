// Sentences with character offsets for an article's record, with no NLP service needed (the seed
// and curated annotations use them): ICU's sentence rules (Intl.Segmenter) find the boundaries;
// wire-service habits they do not know are fixed up here: a media credit ("Photo / AP", "Video / AFP") ends its
// caption, and a closing byline ("- AP") belongs to the last sentence.
import type { SentenceRecord } from '../../model/records.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const PHOTO_CREDIT = /^(?:Photo|Video|Image)\s*\/\s*\S+$/;
const BYLINE = /^[-–—]?\s*[A-Z]{2,6}$/;
// ICU ends a sentence after any abbreviation followed by a capital; titles and initials do not end one.
const TITLE_END = /(?:^|\s)(?:Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Brig|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Pres|Rev|Fr|St|Mt|Ft|No|Gens|Sens|Reps|Messrs|(?:[A-Z]\.){0,3}[A-Z])\.$/;

export function splitSentences(text: string): SentenceRecord[] {
  const merged: { start: number; end: number; caption: boolean }[] = [];
  for (const segment of segmenter.segment(text)) {
    let start = segment.index;
    let end = start + segment.segment.length;
    // A sentence is its words only, without the line breaks and spaces around it.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end === start) continue;
    const words = text.slice(start, end);
    const prev = merged[merged.length - 1];
    const sameLine = prev !== undefined && !text.slice(prev.end, start).includes('\n');
    if (prev && sameLine && TITLE_END.test(text.slice(prev.start, prev.end))) {
      prev.end = end;
    } else if (prev && PHOTO_CREDIT.test(words)) {
      prev.end = end;
      prev.caption = true;
    } else if (prev && sameLine && BYLINE.test(words)) {
      prev.end = end;
    } else {
      merged.push({ start, end, caption: false });
    }
  }
  return merged.map((s, index) => ({ index, ...s }));
}

/** Index of the sentence holding a character offset (-1 if it falls between sentences). */
export function sentenceAt(sentences: readonly SentenceRecord[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The parts of [start, end) inside each sentence it touches, without the spaces around them: a
 * span crossing sentences (a quotation of several sentences, or CoreNLP ending a sentence where
 * the record does not) becomes one piece per sentence, each verbatim and inside its sentence.
 */
export function spansBySentence(text: string, sentences: readonly SentenceRecord[], start: number, end: number): { start: number; end: number; sentence: number }[] {
  const pieces: { start: number; end: number; sentence: number }[] = [];
  for (const s of sentences) {
    if (s.end <= start || s.start >= end) continue;
    let from = Math.max(start, s.start);
    let to = Math.min(end, s.end);
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) pieces.push({ start: from, end: to, sentence: s.index });
  }
  return pieces;
}
