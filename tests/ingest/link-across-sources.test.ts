// Statements about one place from different sources, linked across predicates (real CoreNLP, both
// stores): Aliyev's claim that his forces took Shushi, contradicted by the Armenian ministry's
// "the battle continues in Shushi" and confirmed by the separatists' "Shusha is completely out of
// our control".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest.js';
import type { ClaimRecord } from '../../src/model/records.js';
import type { GraphStore } from '../../src/store/port.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';
import { corenlpAvailable, testNlp } from '../support/corenlp.js';

const TAKEN = {
  text: 'Azerbaijani President Ilham Aliyev said on Sunday that his forces had taken control of Shusha, a strategic town in Nagorno-Karabakh.',
  publishedAt: '2020-11-08',
  publisher: 'Harbor Times',
  url: 'https://example.org/harbor/shusha-taken',
};
const FIGHTING = {
  text: 'Armenia rejected the claim. "The battle continues in Shushi," Defence Ministry spokesman Artsrun Hovhannisyan tweeted on Sunday.',
  publishedAt: '2020-11-08',
  publisher: 'Eastline News',
  url: 'https://example.org/eastline/shushi-battle',
};
const LOST = {
  text: '"Shusha is completely out of our control," Vahram Poghosyan, a spokesman for the separatist leader, said on Monday.',
  publishedAt: '2020-11-09',
  publisher: 'Kestrel Daily',
  url: 'https://example.org/kestrel/shusha-lost',
};

describe.each(BACKENDS)('links across sources and predicates [%s] [corenlp]', (backend) => {
  describe.runIf(backendAvailable(backend) && corenlpAvailable())(`[${backend}]`, () => {
    let store: GraphStore;
    const claimsOf = async (articleId: string, predicate: string) => {
      const page = await store.claimsPage({ article: articleId, predicates: [predicate] }, { first: 50 });
      return (await store.getClaims(page.items)).filter((c): c is ClaimRecord => c !== null);
    };
    const linksFrom = async (claim: ClaimRecord) => (await store.getClaimLinks([claim.id]))[0].filter((l) => l.from === claim.id);

    beforeAll(async () => {
      store = await openTestStore(backend);
    });
    afterAll(async () => store?.close());

    it(`[${backend}] "the battle continues in Shushi" contradicts the claim that Shushi was taken, and "out of our control" confirms it`, async () => {
      const taken = await ingestArticle(store, TAKEN, testNlp());
      const [took] = await claimsOf(taken.articleId, 'TOOK_CONTROL_OF');
      expect(took).toMatchObject({ objectId: 'place:shushi', status: 'CLAIMED', attributedTo: ['actor:ilham-aliyev'] });

      const fighting = await ingestArticle(store, FIGHTING, testNlp());
      const [continues] = await claimsOf(fighting.articleId, 'CONTINUES_FIGHTING_IN');
      expect(continues).toMatchObject({ objectId: 'place:shushi', status: 'CLAIMED' });
      expect(await linksFrom(continues)).toEqual([expect.objectContaining({ type: 'CONTRADICTS', to: took.id })]);
      expect(fighting.contradictions).toBeGreaterThanOrEqual(1);

      const lost = await ingestArticle(store, LOST, testNlp());
      const [outOfControl] = await claimsOf(lost.articleId, 'LOST_CONTROL_OF');
      expect(outOfControl).toMatchObject({ objectId: 'place:shushi', status: 'CLAIMED', attributedTo: ['actor:vagram-pogosian'] });
      expect(await linksFrom(outOfControl)).toEqual([expect.objectContaining({ type: 'CONFIRMS', to: took.id })]);
    });
  });
});
