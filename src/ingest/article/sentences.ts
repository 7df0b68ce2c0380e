// Sentence splitting with character offsets. compromise finds the boundaries; wire-service habits
// it does not know are fixed up here: a photo credit ("Photo / AP") ends its caption, and a
// closing byline ("- AP") belongs to the last sentence.
import nlp from 'compromise';
import type { SentenceRecord } from '../../model/records.js';

const PHOTO_CREDIT = /^Photo\s*\/\s*\S+$/;
const BYLINE = /^[-–—]?\s*[A-Z]{2,6}$/;

export function splitSentences(text: string): SentenceRecord[] {
  const spans: { start: number; end: number }[] = [];
  for (const s of nlp(text).sentences().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    let { start } = s.offset;
    let end = start + s.offset.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  const merged: { start: number; end: number; caption: boolean }[] = [];
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    const prev = merged[merged.length - 1];
    const sameParagraph = prev && !text.slice(prev.end, span.start).includes('\n');
    if (prev && PHOTO_CREDIT.test(words)) {
      prev.end = span.end;
      prev.caption = true;
    } else if (prev && sameParagraph && BYLINE.test(words)) {
      prev.end = span.end;
    } else {
      merged.push({ ...span, caption: false });
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
