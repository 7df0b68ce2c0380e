// Articles to ingest in the hardening tests, and a fingerprint of what a store holds.
import { readFileSync } from 'node:fs';
import { articleInputFromFile } from '../../../src/ingest/ingest.js';
import type { ArticleInput } from '../../../src/ingest/article/validate-input.js';
import type { GraphStore, StoreCounts } from '../../../src/store/port.js';

/** Evaluation articles (seed/eval) that ingest on top of the seed graph. */
const FILES = [
  'seed/eval/written/dev/2020-11-10-meridian-karabakh-ceasefire.txt',
  'seed/eval/written/dev/2020-11-09-northstar-shusha-helicopter.txt',
  'seed/eval/written/dev/2014-07-06-northstar-sloviansk-retaken.txt',
];

export function evalArticles(): ArticleInput[] {
  return FILES.map((file) => articleInputFromFile(readFileSync(file, 'utf8')));
}

/** A long article (the evaluation articles, `copies` times over, ~5.7 KB each time) at its own URL. */
export function longArticle(copies: number, tag: string): ArticleInput {
  const texts = evalArticles().map((a) => a.text);
  const text = Array.from({ length: copies }, (_, i) => `${texts.join('\n\n')}\n\nEditor's note ${tag}-${i}.`).join('\n\n');
  return { text, title: `Long article ${tag}`, publishedAt: '2020-11-10', publisher: 'Hardening Wire', url: `https://example.org/hardening/${tag}` };
}

export const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { outcome createdClaims createdMentions article { id } }
}`;

export interface Fingerprint {
  counts: StoreCounts;
  /** A sample of records, serialised: entities, claims with evidence, articles. */
  sample: string;
}

const SAMPLE_ENTITIES = ['place:shushi', 'place:stepanakert', 'actor:ilham-aliyev', 'place:armenia', 'actor:russia'];

/** Counts plus a sample of records, to show that nothing changed. */
export async function fingerprint(store: GraphStore): Promise<Fingerprint> {
  const counts = await store.counts();
  const claimPage = await store.claimsPage({}, { first: 100 });
  const claims = await store.getClaims(claimPage.items.slice(0, 30));
  const evidence = await store.getEvidence(claimPage.items.slice(0, 30));
  const articles = await store.articlesPage({ first: 100 });
  const entities = await store.getEntities(SAMPLE_ENTITIES);
  const articleRecords = await store.getArticles(articles.items);
  return {
    counts,
    sample: JSON.stringify({
      entities,
      claims,
      evidence,
      articles: articleRecords.map((a) => a && { id: a.id, title: a.title, contentHash: a.contentHash, textLength: a.text.length }),
    }),
  };
}
