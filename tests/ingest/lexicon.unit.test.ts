// The lexicon's short initials ("CAR", "US", "AU") are ordinary words in other cases, so they name
// an entity only where written in capitals; longer initials stay known in title case ("Nato").
import { describe, expect, it } from 'vitest';
import { isInitials, loadLexicon } from '../../src/ingest/mentions/lexicon.js';

describe('lexicon initials', () => {
  const lexicon = loadLexicon();

  it('marks short initials that are ordinary words otherwise as initials only', () => {
    for (const label of ['car', 'us', 'au', 'un']) expect(lexicon.initialsOnly.has(label), label).toBe(true);
  });

  it('keeps spelled-out names, capitals and longer initials matchable in any case', () => {
    for (const label of ['central african republic', 'nato', 'unicef', 'bangui', 'united states']) expect(lexicon.initialsOnly.has(label), label).toBe(false);
  });

  it('tells initials from words', () => {
    expect(['CAR', 'U.N.', 'ADF-NALU', 'US'].map(isInitials)).toEqual([true, true, true, true]);
    expect(['Car', 'Us', 'A', 'Nato'].map(isInitials)).toEqual([false, false, false, false]);
  });
});
