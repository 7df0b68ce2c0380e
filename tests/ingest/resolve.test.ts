// Entity resolution on a real Stanford CoreNLP, through extractArticle as ingest runs it: each name
// becomes the id of an entity the graph holds (found by the search keys the store indexes:
// normalised names, aliases, transliteration skeletons), a lexicon entity, or a new provisional one;
// titles are not part of a name, and a country's possessive or demonym names that country's body.
// The graph here is the seed annotation's entities plus one the lexicon does not know, indexed with
// the store's own key function.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitSentences } from '../../src/ingest/article/sentences.js';
import { type Extraction, extractArticle } from '../../src/ingest/extract.js';
import type { GraphLookup } from '../../src/ingest/resolve/resolve.js';
import type { EntityKind } from '../../src/model/records.js';
import { searchKeysFor } from '../../src/model/search-keys.js';
import { corenlpAvailable, testNlp } from '../support/corenlp.js';

interface GraphEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
}
const seedEntities = (
  parseYaml(readFileSync(new URL('../../seed/2020-11-09-ap-shushi-helicopter.annotation.yaml', import.meta.url), 'utf8')) as { entities: GraphEntity[] }
).entities;
// An entity only the graph knows (not in seed/lexicon/entities.yaml), with a transliteration.
const GRAPH_ONLY: GraphEntity = { id: 'actor:jeyhun-bayramov', kind: 'ACTOR', name: 'Jeyhun Bayramov', aliases: ['Ceyhun Bayramov'] };

/** What the store's entityIdsByKeys answers for a graph holding these entities. */
function lookupOver(entities: GraphEntity[]): GraphLookup {
  const index = new Map<string, { id: string; kind: EntityKind }[]>();
  for (const e of entities) {
    for (const key of searchKeysFor(e.name, e.aliases ?? [])) index.set(key, [...(index.get(key) ?? []), { id: e.id, kind: e.kind }]);
  }
  return async (keys) => keys.flatMap((key) => (index.get(key) ?? []).map((hit) => ({ key, ...hit })));
}
const seededGraph = lookupOver([...seedEntities, GRAPH_ONLY]);
const emptyGraph = lookupOver([]);

async function extract(text: string, lookup: GraphLookup): Promise<Extraction> {
  const publishedAt = '2020-11-10';
  const doc = await testNlp().annotate(text, { publishedAt });
  return extractArticle({ articleId: 'article:resolve-test', articleKey: 'resolve-test', publishedAt, sentences: splitSentences(text) }, doc, lookup);
}

/** The entity ids of the mentions written exactly `text`, in text order. */
function idsOf(e: Extraction, text: string): string[] {
  const hits = e.mentions.filter((m) => m.text === text);
  expect(hits.length, `mentions of "${text}" among ${JSON.stringify(e.mentions.map((m) => m.text))}`).toBeGreaterThan(0);
  return hits.map((m) => m.entityId);
}

describe.runIf(corenlpAvailable())('resolution against the graph [corenlp]', () => {
  it('resolves Shusha, Şuşa and Shushi to place:shushi, found in the graph, creating nothing', async () => {
    const e = await extract('Shusha fell. Reporters in Şuşa saw the flag. Shushi overlooks the valley.', seededGraph);
    for (const text of ['Shusha', 'Şuşa', 'Shushi']) expect(idsOf(e, text)).toEqual(['place:shushi']);
    expect(e.resolutions.get('place:shushi')).toBe('graph');
    expect(e.entities.map((x) => x.id)).not.toContain('place:shushi');
  });

  it('resolves Khankendi to place:stepanakert', async () => {
    const e = await extract('Shelling hit Khankendi overnight.', seededGraph);
    expect(idsOf(e, 'Khankendi')).toEqual(['place:stepanakert']);
  });

  it('resolves Vahram Poghosyan and the later Poghosyan to actor:vagram-pogosian', async () => {
    const e = await extract('Vahram Poghosyan spoke to reporters. Poghosyan said the road was closed.', seededGraph);
    expect(idsOf(e, 'Vahram Poghosyan')).toEqual(['actor:vagram-pogosian']);
    expect(idsOf(e, 'Poghosyan')).toEqual(['actor:vagram-pogosian']);
  });

  it('resolves a spelling no one has written before ("Vahram Poghosian") by its skeleton, and offers it as a new alias', async () => {
    const e = await extract('Vahram Poghosian said the town had fallen.', seededGraph);
    expect(idsOf(e, 'Vahram Poghosian')).toEqual(['actor:vagram-pogosian']);
    expect(e.resolutions.get('actor:vagram-pogosian')).toBe('graph');
    expect(e.newAliases.get('actor:vagram-pogosian')).toContain('Vahram Poghosian');
  });

  it('resolves "President Ilham Aliyev" to actor:ilham-aliyev, the title not part of the name', async () => {
    const e = await extract('President Ilham Aliyev addressed the nation.', seededGraph);
    expect(idsOf(e, 'Ilham Aliyev')).toEqual(['actor:ilham-aliyev']);
    expect(e.mentions.map((m) => m.text)).not.toContain('President Ilham Aliyev');
  });

  it('resolves a name only the graph knows (not the lexicon) to the graph entity, title and spelling aside ("Foreign Minister Ceyhun Bayramov")', async () => {
    const e = await extract('Foreign Minister Ceyhun Bayramov met his counterpart.', seededGraph);
    expect(idsOf(e, 'Ceyhun Bayramov')).toEqual(['actor:jeyhun-bayramov']);
  });

  it('resolves the possessive "Azerbaijan\'s Defense Ministry" to the ministry the graph already holds, creating no other ministry', async () => {
    const e = await extract("Azerbaijan's Defense Ministry said the town had been taken.", seededGraph);
    const said = e.claims.filter((c) => c.attributedTo.length > 0);
    expect(said.length).toBeGreaterThan(0);
    expect(said[0].attributedTo).toEqual(['actor:azerbaijan-defense-ministry']);
    expect(e.entities.filter((x) => /ministry/.test(x.id))).toEqual([]);
  });
});

describe.runIf(corenlpAvailable())('resolution of names the graph lacks [corenlp]', () => {
  it('falls back to the lexicon when the graph is empty: Shusha is place:shushi, known but not yet in the graph', async () => {
    const e = await extract('Shusha fell on Sunday.', emptyGraph);
    expect(idsOf(e, 'Shusha')).toEqual(['place:shushi']);
    expect(e.resolutions.get('place:shushi')).toBe('lexicon');
    expect(e.entities.find((x) => x.id === 'place:shushi')).toMatchObject({ kind: 'PLACE', provisional: false });
  });

  it('makes a new person a provisional entity with an id from the name, and resolves the later surname to it', async () => {
    const e = await extract('Arman Sargsyan, a local farmer, stayed behind. Sargsyan said the shelling stopped at dawn.', emptyGraph);
    expect(idsOf(e, 'Arman Sargsyan')).toEqual(['actor:arman-sargsyan']);
    expect(idsOf(e, 'Sargsyan')).toEqual(['actor:arman-sargsyan']);
    expect(e.resolutions.get('actor:arman-sargsyan')).toBe('new');
    expect(e.entities.find((x) => x.id === 'actor:arman-sargsyan')).toMatchObject({ kind: 'ACTOR', provisional: true });
  });

  it('gives a country two ids, its place and its state, and a country acting ("Armenia closed") is the state', async () => {
    const e = await extract('Armenia closed its border. The road runs from Stepanakert to Armenia.', emptyGraph);
    expect(e.named.find((n) => n.name === 'Armenia')?.ids).toEqual(['place:armenia', 'actor:armenia']);
    expect(idsOf(e, 'Armenia')).toEqual(['actor:armenia', 'place:armenia']);
  });

  it('does not find a known name inside a longer word ("Gorisville" is not Goris)', async () => {
    const e = await extract('Residents of Gorisville waited for the convoy.', emptyGraph);
    expect(e.mentions.map((m) => m.entityId)).not.toContain('place:goris');
  });

  it('names "Armenia\'s Defence Ministry" as the lexicon\'s Armenian Defence Ministry, not a ministry of no country', async () => {
    const e = await extract("Armenia's Defence Ministry denied the report.", emptyGraph);
    const denied = e.claims.filter((c) => c.status === 'DENIED');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied[0].attributedTo).toEqual(['actor:armenian-defence-ministry']);
    expect(e.entities.map((x) => x.id)).not.toContain('actor:defence-ministry');
  });

  it('names "Azerbaijani forces" as the lexicon\'s actor:azerbaijani-forces, the same entity in every article', async () => {
    const e = await extract('Azerbaijani forces entered the town of Hadrut.', emptyGraph);
    expect(idsOf(e, 'Azerbaijani forces')).toEqual(['actor:azerbaijani-forces']);
  });
});
