// The explorer's Review facet as pure functions: which claims it lets through, how many of the
// graph's claims each verdict holds, and how it lives in the URL (left out while it is the
// default, unreviewed and accepted).
import { describe, expect, it } from 'vitest';
import { claimPasses, facetCounts, isFiltering, NO_FACETS, showsRejected, type GraphEdge } from '../../src/web/explorer/facets.js';
import { EMPTY_STATE, formatHash, parseHash } from '../../src/web/explorer/url-state.js';

const edge = (id: string, verdict: GraphEdge['verdict']): GraphEdge => ({
  id,
  source: 'place:a',
  target: 'place:b',
  predicate: 'BORDERS',
  status: 'REPORTED',
  statement: id,
  claimId: id,
  confidence: 1,
  origin: 'CURATED',
  sources: [],
  verdict,
});

describe('Review facet', () => {
  it('shows unreviewed and accepted claims by default, rejected ones only when ticked', () => {
    const [unreviewed, accepted, rejected] = [edge('c:1', 'UNREVIEWED'), edge('c:2', 'ACCEPTED'), edge('c:3', 'REJECTED')];
    expect([unreviewed, accepted, rejected].map((e) => claimPasses(e, NO_FACETS))).toEqual([true, true, false]);
    expect(showsRejected(NO_FACETS)).toBe(false);
    expect(isFiltering(NO_FACETS)).toBe(false);
    const all = { ...NO_FACETS, verdicts: ['UNREVIEWED', 'ACCEPTED', 'REJECTED'] as GraphEdge['verdict'][] };
    expect([unreviewed, accepted, rejected].map((e) => claimPasses(e, all))).toEqual([true, true, true]);
    expect(showsRejected(all)).toBe(true);
    expect(isFiltering(all)).toBe(false);
    const onlyRejected = { ...NO_FACETS, verdicts: ['REJECTED'] as GraphEdge['verdict'][] };
    expect([unreviewed, accepted, rejected].map((e) => claimPasses(e, onlyRejected))).toEqual([false, false, true]);
    expect(isFiltering(onlyRejected)).toBe(true);
  });

  it('counts the graph’s claims by verdict', () => {
    const edges = [edge('c:1', 'UNREVIEWED'), edge('c:2', 'UNREVIEWED'), edge('c:3', 'ACCEPTED'), edge('c:4', 'REJECTED')];
    expect(facetCounts([], edges, null).verdicts).toEqual({ UNREVIEWED: 2, ACCEPTED: 1, REJECTED: 1 });
  });

  it('lives in the URL only when it is not the default, and comes back as it was written', () => {
    expect(formatHash(EMPTY_STATE)).toBe('');
    expect(parseHash('').facets.verdicts).toEqual(['UNREVIEWED', 'ACCEPTED']);
    for (const verdicts of [['UNREVIEWED', 'ACCEPTED', 'REJECTED'], ['REJECTED'], ['ACCEPTED'], []] as GraphEdge['verdict'][][]) {
      const hash = formatHash({ ...EMPTY_STATE, facets: { ...NO_FACETS, verdicts } });
      expect(hash).toBe(`#verdict=${verdicts.join(',')}`);
      expect(parseHash(hash).facets.verdicts).toEqual(verdicts);
    }
    // Written in any order, repeated or not, read in the facet's order; unknown values dropped.
    expect(parseHash('#verdict=REJECTED,UNREVIEWED,MAYBE,REJECTED').facets.verdicts).toEqual(['UNREVIEWED', 'REJECTED']);
  });
});
