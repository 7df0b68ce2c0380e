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
import { FIGHTING, LOST, TAKEN } from '../fixtures/statements-about-shushi.js';

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
