// Deterministic article batches for the concurrency and crash tests: batch n is one article with
// CLAIMS_PER_ARTICLE claims (two evidence quotes each, at real offsets of its text) and as many
// mentions, over a few shared places and one place of its own. Whole or absent is checkable from n.
import type { ClaimRecord, EntityRecord, GraphBatch, MentionRecord } from '../../src/model/records.js';
import type { GraphStore } from '../../src/store/port.js';

export const CLAIMS_PER_ARTICLE = 60;
export const EVIDENCE_PER_CLAIM = 2;
const SHARED_PLACES = 8;

const place = (id: string, name: string): EntityRecord => ({ id, kind: 'PLACE', subtype: 'city', name, aliases: [`${name}-alias`], provisional: false });
const sharedPlace = (k: number) => place(`place:shared-${k}`, `Shared ${k}`);

export const articleIdOf = (n: number) => `article:generated-${String(n).padStart(5, '0')}`;

export function generatedBatch(n: number): GraphBatch {
  const articleId = articleIdOf(n);
  const own = place(`place:own-${n}`, `Own ${n}`);
  const sentences: string[] = [];
  const claims: ClaimRecord[] = [];
  const mentions: MentionRecord[] = [];
  const spans: { start: number; end: number; sentence: number; shared: EntityRecord }[] = [];
  let offset = 0;
  for (let i = 0; i < CLAIMS_PER_ARTICLE; i++) {
    const shared = sharedPlace(i % SHARED_PLACES);
    const sentence = `${own.name} lies near ${shared.name} (report ${n}, line ${i}).`;
    spans.push({ start: offset, end: offset + sentence.length, sentence: i, shared });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  const text = sentences.join(' ');
  for (const [i, span] of spans.entries()) {
    const quote = (from: number, to: number) => ({ articleId, quote: text.slice(from, to), start: from, end: to, sentence: span.sentence });
    const nameEnd = span.start + own.name.length;
    claims.push({
      id: `claim:generated-${n}-${i}`,
      articleId,
      predicate: i % 2 ? 'NEAR' : 'LOCATED_IN',
      statement: text.slice(span.start, span.end),
      subjectId: own.id,
      objectId: span.shared.id,
      qualifiers: {},
      status: 'REPORTED',
      attributedTo: [],
      confidence: 1,
      origin: 'curated',
      evidence: [quote(span.start, span.end), quote(span.start, nameEnd)],
      links: i ? [{ targetId: `claim:generated-${n}-0`, type: 'SAME_AS' }] : [],
    });
    mentions.push({ articleId, entityId: own.id, start: span.start, end: nameEnd, sentence: span.sentence, text: own.name });
  }
  return {
    articles: [{
      id: articleId,
      title: `Generated ${n}`,
      text,
      contentHash: `hash-generated-${n}`,
      sentences: spans.map((s) => ({ index: s.sentence, start: s.start, end: s.end, caption: false })),
    }],
    entities: [own, ...Array.from({ length: SHARED_PLACES }, (_, k) => sharedPlace(k))],
    claims,
    mentions,
  };
}

/**
 * Problems with the generated articles a store holds: each present article must be whole (all its
 * claims, evidence and mentions) and every evidence quote must be its article's text at its offsets.
 */
export async function generatedArticleProblems(store: GraphStore, numbers: number[]): Promise<string[]> {
  const problems: string[] = [];
  const articles = await store.getArticles(numbers.map(articleIdOf));
  for (const [i, article] of articles.entries()) {
    if (!article) continue;
    const n = numbers[i];
    const expected = generatedBatch(n);
    const claimIds = expected.claims.map((c) => c.id);
    const claims = await store.getClaims(claimIds);
    const evidence = await store.getEvidence(claimIds);
    const [mentions] = await store.getArticleMentions([article.id]);
    const page = await store.claimsPage({ article: article.id }, { first: 1 });
    if (claims.some((c) => c === null) || page.totalCount !== CLAIMS_PER_ARTICLE) problems.push(`${article.id}: ${page.totalCount} of ${CLAIMS_PER_ARTICLE} claims`);
    const quotes = evidence.flat();
    if (quotes.length !== CLAIMS_PER_ARTICLE * EVIDENCE_PER_CLAIM) problems.push(`${article.id}: ${quotes.length} evidence records`);
    for (const ev of quotes) {
      if (article.text.slice(ev.start, ev.end) !== ev.quote) problems.push(`${article.id}: quote "${ev.quote}" is not text[${ev.start}, ${ev.end})`);
    }
    if (mentions.length !== CLAIMS_PER_ARTICLE) problems.push(`${article.id}: ${mentions.length} mentions`);
  }
  return problems;
}
