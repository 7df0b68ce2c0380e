// Sentence splitting with character offsets. wink-nlp finds the boundaries; wire-service habits
// it does not know are fixed up here: a photo credit ("Photo / AP") ends its caption, and a
// closing byline ("- AP") belongs to the last sentence.
import type { SentenceRecord } from '../../model/records.js';
import { analyse } from '../nlp/wink.js';

const PHOTO_CREDIT = /^Photo\s*\/\s*\S+$/;
const BYLINE = /^[-–—]?\s*[A-Z]{2,6}$/;

export function splitSentences(text: string): SentenceRecord[] {
  const { tokens, sentenceSpans } = analyse(text);
  const merged: { start: number; end: number; caption: boolean }[] = [];
  for (const [first, last] of sentenceSpans) {
    let start = tokens[first].start;
    let end = tokens[last].end;
    // wink keeps line breaks as tokens; a sentence is its words only.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end === start) continue;
    const words = text.slice(start, end);
    const prev = merged[merged.length - 1];
    const sameLine = prev !== undefined && !text.slice(prev.end, start).includes('\n');
    if (prev && PHOTO_CREDIT.test(words)) {
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
