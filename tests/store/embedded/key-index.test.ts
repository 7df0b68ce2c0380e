// The embedded store's in-memory search-key index: ranks, order, kinds and updates.
import { describe, expect, it } from 'vitest';
import { SearchKeyIndex } from '../../../src/store/embedded/key-index.js';

function index() {
  const i = new SearchKeyIndex();
  i.put('place:shushi', { kind: 'PLACE', name: 'Shushi', keys: ['shushi', 'shusha', '~SS'] });
  i.put('place:nagorno-karabakh', { kind: 'PLACE', name: 'Nagorno-Karabakh', keys: ['nagorno karabakh', 'artsakh'] });
  i.put('actor:karabakh-army', { kind: 'ACTOR', name: 'Karabakh Army', keys: ['karabakh army'] });
  i.put('place:shushi-district', { kind: 'PLACE', name: 'Shushi District', keys: ['shushi district', 'shusha district'] });
  return i;
}

describe('SearchKeyIndex', () => {
  it('ranks exact keys, then key prefixes, then later-word prefixes, then the skeleton; shorter names first', () => {
    const i = index();
    expect(i.search({ exact: ['shusha'], prefix: 'shusha', skeleton: '' }, undefined, 10)).toEqual([
      { id: 'place:shushi', rank: 0 },
      { id: 'place:shushi-district', rank: 1 },
    ]);
    expect(i.search({ exact: ['karabakh'], prefix: 'karabakh', skeleton: '' }, undefined, 10)).toEqual([
      { id: 'actor:karabakh-army', rank: 1 },
      { id: 'place:nagorno-karabakh', rank: 2 },
    ]);
    expect(i.search({ exact: ['sush'], prefix: 'sush', skeleton: '~SS' }, undefined, 10)).toEqual([{ id: 'place:shushi', rank: 3 }]);
    expect(i.search({ exact: ['stepanakert'], prefix: 'stepanakert', skeleton: '~STPNKRT' }, undefined, 10)).toEqual([]);
  });

  it('built at once (SearchKeyIndex.of) answers as one built entity by entity', () => {
    const one = index();
    const all = SearchKeyIndex.of([
      ['place:shushi', { kind: 'PLACE', name: 'Shushi', keys: ['shushi', 'shusha', '~SS', 'shusha'] }],
      ['place:nagorno-karabakh', { kind: 'PLACE', name: 'Nagorno-Karabakh', keys: ['nagorno karabakh', 'artsakh'] }],
      ['actor:karabakh-army', { kind: 'ACTOR', name: 'Karabakh Army', keys: ['karabakh army'] }],
      ['place:shushi-district', { kind: 'PLACE', name: 'Shushi District', keys: ['shushi district', 'shusha district'] }],
    ]);
    for (const prefix of ['sh', 'shusha', 'karabakh', 'district', 'a', 'nagorno k']) {
      const keys = { exact: [prefix], prefix, skeleton: '~SS' };
      expect(all.search(keys, undefined, 10), prefix).toEqual(one.search(keys, undefined, 10));
    }
    expect(all.lookup(['shusha', 'artsakh'])).toEqual(one.lookup(['shusha', 'artsakh']));
    all.put('place:stepanakert', { kind: 'PLACE', name: 'Stepanakert', keys: ['stepanakert', 'khankendi'] });
    expect(all.search({ exact: [], prefix: 'khan', skeleton: '' }, undefined, 10)).toEqual([{ id: 'place:stepanakert', rank: 1 }]);
  });

  it('filters by kind and stops at the limit', () => {
    const i = index();
    expect(i.search({ exact: [], prefix: 'karabakh', skeleton: '' }, ['PLACE'], 10)).toEqual([{ id: 'place:nagorno-karabakh', rank: 2 }]);
    expect(i.search({ exact: [], prefix: 'sh', skeleton: '' }, undefined, 1)).toEqual([{ id: 'place:shushi', rank: 1 }]);
  });

  it('looks keys up exactly, ordered by key then id, with each entity kind', () => {
    const i = index();
    i.put('actor:shusha-battalion', { kind: 'ACTOR', name: 'Shusha', keys: ['shusha'] });
    expect(i.lookup(['shusha', 'artsakh', 'nowhere', 'shusha'])).toEqual([
      { key: 'artsakh', id: 'place:nagorno-karabakh', kind: 'PLACE' },
      { key: 'shusha', id: 'actor:shusha-battalion', kind: 'ACTOR' },
      { key: 'shusha', id: 'place:shushi', kind: 'PLACE' },
    ]);
  });

  it('forgets replaced keys and removed entities, and keeps keys other entities still hold', () => {
    const i = index();
    i.put('actor:shusha-battalion', { kind: 'ACTOR', name: 'Shusha', keys: ['shusha'] });
    i.put('place:shushi', { kind: 'PLACE', name: 'Shushi', keys: ['shushi', 'şuşa'] });
    expect(i.lookup(['shusha']).map((h) => h.id)).toEqual(['actor:shusha-battalion']);
    expect(i.search({ exact: [], prefix: 'şu', skeleton: '' }, undefined, 10)).toEqual([{ id: 'place:shushi', rank: 1 }]);
    i.remove('place:nagorno-karabakh');
    expect(i.search({ exact: [], prefix: 'karabakh', skeleton: '' }, undefined, 10)).toEqual([{ id: 'actor:karabakh-army', rank: 1 }]);
    expect(i.size).toBe(4);
    i.clear();
    expect(i.size).toBe(0);
    expect(i.search({ exact: ['shushi'], prefix: 'sh', skeleton: '' }, undefined, 10)).toEqual([]);
  });
});
