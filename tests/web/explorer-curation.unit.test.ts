// What a curator's change does to the explorer's graph (afterCuration) and how a revision reads
// in the histories (whatChanged), as pure functions.
import { describe, expect, it } from 'vitest';
import { afterCuration } from '../../src/web/explorer/curation.js';
import { whatChanged } from '../../src/web/explorer/RevisionHistory.js';
import type { EntityCard } from '../../src/web/explorer/types.js';

const card = (id: string, name: string): EntityCard => ({ id, name, kind: 'ACTOR', subtype: 'armed-force' });
const edge = (id: string, source: string, target: string) => ({ id, source, target, claimId: id });
const graph = {
  nodes: { a: card('a', 'Armenian forces'), b: card('b', 'Ethnic Armenian forces'), c: card('c', 'Azerbaijani forces') },
  edges: { 'claim:1': edge('claim:1', 'a', 'c'), 'claim:2': edge('claim:2', 'b', 'c'), 'claim:3': edge('claim:3', 'c', 'b') },
};

describe('afterCuration', () => {
  it('takes a rejected claim’s edge out and leaves the rest', () => {
    const after = afterCuration(graph, { kind: 'review', claimId: 'claim:2', verdict: 'REJECTED' });
    expect(Object.keys(after.edges)).toEqual(['claim:1', 'claim:3']);
    expect(after.nodes).toBe(graph.nodes);
  });

  it('changes nothing for an accepted claim, an alias, or a claim not drawn', () => {
    expect(afterCuration(graph, { kind: 'review', claimId: 'claim:1', verdict: 'ACCEPTED' })).toBe(graph);
    expect(afterCuration(graph, { kind: 'review', claimId: 'claim:9', verdict: 'REJECTED' })).toBe(graph);
    expect(afterCuration(graph, { kind: 'alias', entityId: 'a' })).toBe(graph);
  });

  it('marks a rejected claim’s edge rejected instead while rejected claims are shown, and accepted again when accepted', () => {
    const marked = { ...graph, edges: { ...graph.edges, 'claim:2': { ...graph.edges['claim:2'], verdict: 'UNREVIEWED' as const } } };
    const view = { showRejected: true, edgeOf: () => edge('never', 'a', 'c') };
    const rejected = afterCuration(marked, { kind: 'review', claimId: 'claim:2', verdict: 'REJECTED' }, view);
    expect(rejected.edges['claim:2']).toMatchObject({ source: 'b', target: 'c', verdict: 'REJECTED' });
    expect(Object.keys(rejected.edges)).toEqual(['claim:1', 'claim:2', 'claim:3']);
    const accepted = afterCuration(rejected, { kind: 'review', claimId: 'claim:2', verdict: 'ACCEPTED' }, view);
    expect(accepted.edges['claim:2']).toMatchObject({ verdict: 'ACCEPTED' });
    expect(afterCuration(accepted, { kind: 'review', claimId: 'claim:2', verdict: 'ACCEPTED' }, view)).toBe(accepted);
  });

  it('draws an accepted claim’s edge again at once when a rejection took it away, between entities the graph holds only', () => {
    const claim = (id: string, subject: string, object: string) => ({
      id,
      predicate: 'FIGHTING',
      subject: { id: subject },
      object: { id: object },
      status: 'REPORTED' as const,
      statement: 'They fought',
      confidence: 1,
      origin: { kind: 'CURATED' as const },
      review: { verdict: 'ACCEPTED' as const },
      evidence: [],
    });
    const view = { showRejected: false, edgeOf: (c: ReturnType<typeof claim>) => ({ ...edge(c.id, c.subject.id, c.object.id), verdict: c.review.verdict }) };
    const rejected = afterCuration(graph, { kind: 'review', claimId: 'claim:2', verdict: 'REJECTED' }, view);
    expect(Object.keys(rejected.edges)).toEqual(['claim:1', 'claim:3']);
    const back = afterCuration(rejected, { kind: 'review', claimId: 'claim:2', verdict: 'ACCEPTED', claim: claim('claim:2', 'b', 'c') }, view);
    expect(back.edges['claim:2']).toEqual({ id: 'claim:2', source: 'b', target: 'c', claimId: 'claim:2', verdict: 'ACCEPTED' });
    expect(back.nodes).toBe(graph.nodes);
    // An end the graph does not draw: a review adds no entity, so no edge either.
    expect(afterCuration(rejected, { kind: 'review', claimId: 'claim:7', verdict: 'ACCEPTED', claim: claim('claim:7', 'b', 'z') }, view)).toBe(rejected);
    // Rejected while rejected claims are hidden: nothing to draw.
    expect(afterCuration(rejected, { kind: 'review', claimId: 'claim:2', verdict: 'REJECTED', claim: claim('claim:2', 'b', 'c') }, view)).toBe(rejected);
  });

  it('takes a merged entity’s node out and ends its edges at the kept one, drawn if it was not', () => {
    const after = afterCuration(graph, { kind: 'merge', kept: graph.nodes.a, mergedId: 'b' });
    expect(Object.keys(after.nodes).sort()).toEqual(['a', 'c']);
    expect(after.edges['claim:2']).toMatchObject({ source: 'a', target: 'c' });
    expect(after.edges['claim:3']).toMatchObject({ source: 'c', target: 'a' });
    const intoNew = afterCuration(graph, { kind: 'merge', kept: card('d', 'Armenian army'), mergedId: 'b' });
    expect(Object.keys(intoNew.nodes).sort()).toEqual(['a', 'c', 'd']);
    expect(afterCuration(graph, { kind: 'merge', kept: graph.nodes.a, mergedId: 'x' })).toBe(graph);
  });
});

describe('whatChanged', () => {
  it('says the verdict, the added alias and the merged entity from before and after', () => {
    expect(whatChanged({ action: 'REVIEW_CLAIM', before: null, after: { verdict: 'REJECTED' } })).toBe('rejected the claim');
    expect(whatChanged({ action: 'REVIEW_CLAIM', before: { verdict: 'REJECTED' }, after: { verdict: 'ACCEPTED' } })).toBe('accepted the claim');
    expect(whatChanged({ action: 'ADD_ALIAS', before: { aliases: ['Shusha'] }, after: { aliases: ['Shusha', 'Şuşa'] } })).toBe('added the alias “Şuşa”');
    expect(whatChanged({ action: 'MERGE_ENTITIES', before: { keep: { id: 'a' }, merge: { id: 'b', name: 'Ethnic Armenian forces' } }, after: {} })).toBe(
      'merged Ethnic Armenian forces (b) into this one',
    );
  });

  it('falls back to the action alone when before and after are not as expected', () => {
    expect(whatChanged({ action: 'ADD_ALIAS', before: 'x', after: [1] })).toBe('added an alias');
    expect(whatChanged({ action: 'MERGE_ENTITIES', before: null, after: null })).toBe('merged two entities');
  });
});
