// Article files: optional header lines, then the text exactly as published. The seed's first line
// starts "date YYYY-MM-DD" before its photo caption; other articles may carry "title:",
// "published:", "publisher:" and "url:" lines.
import { createHash } from 'node:crypto';
import type { SentenceRecord } from '../../model/records.js';
import { splitSentences } from './sentences.js';

export interface ParsedArticle {
  text: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  contentHash: string;
  sentences: SentenceRecord[];
}

const DATE_PREFIX = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
const HEADER_LINE = /^(title|published|publisher|url):[ \t]*(.*)$/;

export function parseArticle(raw: string): ParsedArticle {
  const header: Record<string, string> = {};
  let text = raw;
  const datePrefix = DATE_PREFIX.exec(text);
  if (datePrefix) {
    header.published = datePrefix[1];
    text = text.slice(datePrefix[0].length);
  } else {
    // Header lines run until the first line that is not one.
    for (;;) {
      const newline = text.indexOf('\n');
      const line = (newline === -1 ? text : text.slice(0, newline)).replace(/\r$/, '');
      const match = HEADER_LINE.exec(line);
      if (!match) break;
      header[match[1]] = match[2].trim();
      text = newline === -1 ? '' : text.slice(newline + 1);
    }
    text = text.replace(/^\s*\n/, '');
  }
  return {
    text,
    title: header.title || undefined,
    publisher: header.publisher || undefined,
    publishedAt: header.published || undefined,
    url: header.url || undefined,
    contentHash: contentHash(text),
    sentences: splitSentences(text),
  };
}

/** The identity of a text: the same words give the same hash, whatever the metadata. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text.normalize('NFC')).digest('hex')}`;
}
