// KnownLoader: a value the request already has is handed over as a plain value (no promise), and
// nothing else about DataLoader changes: batching, first value wins, errors are not kept, clear forgets.
import { describe, expect, it } from 'vitest';
import { knownLoader } from '../../src/api/loaders.js';

function recordingLoader() {
  const batches: string[][] = [];
  const loader = knownLoader<string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => (k.startsWith('bad') ? new Error(`no ${k}`) : k.startsWith('none') ? null : `value of ${k}`));
  });
  return { loader, batches };
}

describe('KnownLoader', () => {
  it('answers a loaded or primed key as a plain value, an unknown one with the batched load', async () => {
    const { loader, batches } = recordingLoader();
    const first = loader.now('a');
    const second = loader.now('b');
    expect(first).toBeInstanceOf(Promise);
    expect(await Promise.all([first, second])).toEqual(['value of a', 'value of b']);
    expect(batches).toEqual([['a', 'b']]);
    expect(loader.now('a')).toBe('value of a');
    loader.prime('p', 'primed');
    expect(loader.now('p')).toBe('primed');
    expect(await loader.load('p')).toBe('primed');
    // null is a value (a missing record), kept like any other.
    await loader.load('none-1');
    expect(loader.now('none-1')).toBeNull();
    expect(batches).toEqual([['a', 'b'], ['none-1']]);
  });

  it('keeps the first value, as DataLoader does, and never keeps an error', async () => {
    const { loader, batches } = recordingLoader();
    loader.prime('a', 'first');
    loader.prime('a', 'second');
    expect(loader.now('a')).toBe('first');
    expect(await loader.load('a')).toBe('first');
    await expect(loader.load('bad-1')).rejects.toThrow('no bad-1');
    const again = loader.now('bad-1');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no bad-1');
    loader.prime('e', new Error('primed error'));
    const primed = loader.now('e');
    expect(primed).toBeInstanceOf(Promise);
    await expect(primed).rejects.toThrow('primed error');
    expect(batches).toEqual([['bad-1']]);
  });

  it('forgets what clear and clearAll drop, and loads it again', async () => {
    const { loader, batches } = recordingLoader();
    await loader.loadMany(['a', 'b']);
    loader.clear('a');
    expect(loader.now('b')).toBe('value of b');
    expect(await loader.now('a')).toBe('value of a');
    loader.clearAll();
    expect(loader.now('b')).toBeInstanceOf(Promise);
    await loader.now('b');
    expect(batches).toEqual([['a', 'b'], ['a'], ['b']]);
  });
});
