// Numbers written in words, read where CoreNLP misreads them.
import { describe, expect, it } from 'vitest';
import { numberInWords } from '../../src/ingest/claims/context.js';

describe('numberInWords', () => {
  it('reads hyphen-joined and spaced number words whole', () => {
    expect(numberInWords('One-hundred-sixty-five')).toBe(165);
    expect(numberInWords('Twenty-five')).toBe(25);
    expect(numberInWords('two thousand three hundred')).toBe(2300);
    expect(numberInWords('one hundred and five')).toBe(105);
  });

  it('reads nothing where a word is no number word, or there is no word', () => {
    expect(numberInWords('2016-07-30')).toBeUndefined();
    expect(numberInWords('a hundred')).toBeUndefined();
    expect(numberInWords('-')).toBeUndefined();
    expect(numberInWords('and')).toBeUndefined();
  });
});
