// Curated mentions: where an entity's name or an alias appears in an article, GDELT-style, with offsets.
import type { EntityRecord, MentionRecord } from '../../model/records.js';
import type { ParsedArticle } from '../article/parse-article.js';
import { sentenceAt } from '../article/sentences.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word, case-sensitive matches of each entity's labels. Where labels overlap ("Nagorno-Karabakh"
 * and "Karabakh"), the longest wins; entities sharing a label (a country as place and as state) share the mention.
 */
export function findCuratedMentions(articleId: string, article: ParsedArticle, entities: readonly EntityRecord[]): MentionRecord[] {
  const labels = new Map<string, string[]>();
  for (const e of entities) {
    for (const label of new Set([e.name, ...e.aliases])) {
      if (label.length < 3) continue;
      labels.set(label, [...(labels.get(label) ?? []), e.id]);
    }
  }
  if (!labels.size) return [];
  const sorted = [...labels.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const mentions: MentionRecord[] = [];
  for (const match of article.text.matchAll(pattern)) {
    const start = match.index as number;
    const end = start + match[0].length;
    for (const entityId of labels.get(match[0]) ?? []) {
      mentions.push({ articleId, entityId, start, end, sentence: sentenceAt(article.sentences, start), text: match[0] });
    }
  }
  return mentions;
}
