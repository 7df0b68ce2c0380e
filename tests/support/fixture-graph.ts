// A small hand-made graph for the store contract: a chain of places and actors joined by claims.
import type { ClaimRecord, EntityRecord, GraphBatch } from '../../src/model/records.js';

export const ARTICLE_ID = 'article:fixture';
export const TEXT =
  'Shushi overlooks Stepanakert. Stepanakert is in Nagorno-Karabakh. Nagorno-Karabakh is within Azerbaijan. Aliyev leads Azerbaijan.';

function place(id: string, name: string, aliases: string[] = []): EntityRecord {
  return { id, kind: 'PLACE', subtype: 'city', name, aliases, provisional: false };
}

export function claim(id: string, subjectId: string, predicate: string, objectId: string, quote: string): ClaimRecord {
  const start = TEXT.indexOf(quote);
  return {
    id,
    articleId: ARTICLE_ID,
    predicate,
    statement: quote,
    subjectId,
    objectId,
    qualifiers: {},
    status: 'REPORTED',
    attributedTo: [],
    confidence: 1,
    origin: 'curated',
    evidence: [{ articleId: ARTICLE_ID, quote, start, end: start + quote.length, sentence: 0 }],
    links: [],
  };
}

export function fixtureBatch(): GraphBatch {
  return {
    articles: [{ id: ARTICLE_ID, title: 'Fixture', text: TEXT, contentHash: 'hash-fixture', sentences: [{ index: 0, start: 0, end: TEXT.length, caption: false }] }],
    entities: [
      { ...place('place:shushi', 'Shushi', ['Shusha', 'Şuşa']), location: { lat: 39.7583, lon: 46.7483, source: 'gazetteer', precision: 'CITY' } },
      place('place:stepanakert', 'Stepanakert', ['Khankendi']),
      { ...place('place:nagorno-karabakh', 'Nagorno-Karabakh', ['Artsakh']), subtype: 'region' },
      { ...place('place:azerbaijan', 'Azerbaijan'), subtype: 'country', counterpartId: 'actor:azerbaijan' },
      { id: 'actor:azerbaijan', kind: 'ACTOR', subtype: 'state', name: 'Azerbaijan', aliases: [], provisional: false, counterpartId: 'place:azerbaijan' },
      { id: 'actor:ilham-aliyev', kind: 'ACTOR', subtype: 'person', name: 'Ilham Aliyev', aliases: ['Aliyev'], role: 'President of Azerbaijan', provisional: false },
      place('place:island', 'Island'),
      {
        id: 'event:meeting', kind: 'EVENT', subtype: 'statement', name: 'A meeting', aliases: [], provisional: false,
        eventType: 'statement', date: { value: '2020-11-08', precision: 'DAY' }, locationId: 'place:stepanakert',
        participants: [{ entityId: 'actor:ilham-aliyev', role: 'speaker' }],
      },
    ],
    claims: [
      claim('claim:c1', 'place:shushi', 'OVERLOOKS', 'place:stepanakert', 'Shushi overlooks Stepanakert'),
      claim('claim:c2', 'place:stepanakert', 'LOCATED_IN', 'place:nagorno-karabakh', 'Stepanakert is in Nagorno-Karabakh'),
      claim('claim:c3', 'place:nagorno-karabakh', 'LOCATED_IN', 'place:azerbaijan', 'Nagorno-Karabakh is within Azerbaijan'),
      claim('claim:c4', 'actor:ilham-aliyev', 'LEADS', 'actor:azerbaijan', 'Aliyev leads Azerbaijan'),
      claim('claim:c5', 'place:azerbaijan', 'LOCATED_IN', 'place:azerbaijan', 'Azerbaijan'),
    ],
    mentions: [{ articleId: ARTICLE_ID, entityId: 'place:shushi', start: 0, end: 6, sentence: 0, text: 'Shushi' }],
  };
}
