// An extraction names each new entity once: two names of one article resolving to the same new
// place ("Hangu" and "Hangu district") gave two records with one id, and the store refused the
// whole article ("entity place:hangu appears twice"; 2 of 48 dev articles under `npm run eval`).
import { describe, expect, it } from 'vitest';
import { oncePerId } from '../../src/ingest/extract.js';
import type { EntityRecord } from '../../src/model/records.js';
import { checkBatch } from '../../src/store/rows.js';

const place = (name: string, aliases: string[] = []): EntityRecord => ({ id: 'place:hangu', kind: 'PLACE', subtype: 'city', name, aliases, provisional: true });

describe('oncePerId', () => {
  it('keeps the first record of an id, with the later names and aliases as its aliases, and leaves other ids alone', () => {
    const other: EntityRecord = { id: 'actor:police', kind: 'ACTOR', subtype: 'group', name: 'police', aliases: [], provisional: true };
    const once = oncePerId([place('Hangu', ['Hangu town']), other, place('Hangu district', ['Hangu'])]);
    expect(once).toEqual([{ ...place('Hangu', ['Hangu town', 'Hangu district']) }, other]);
  });

  it('gives a batch the store accepts where the doubled records were refused', () => {
    const batch = (entities: EntityRecord[]) => ({ articles: [], entities, claims: [], mentions: [] });
    const doubled = [place('Hangu'), place('Hangu district')];
    expect(() => checkBatch(batch(doubled))).toThrow(/entity place:hangu appears twice/);
    expect(() => checkBatch(batch(oncePerId(doubled)))).not.toThrow();
  });
});
