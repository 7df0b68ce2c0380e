// Entity resolution: each mention becomes the id of an entity the graph already holds (found by
// its stored search keys: case, diacritics, aliases, transliterations), a known lexicon entity,
// or a new provisional one. Titles, possessives and demonyms are normalised away first.
import type { EntityKind, EntityRecord } from '../../model/records.js';
import { normalizeName, skeletonKey } from '../../model/search-keys.js';
import { type Lexicon, slug } from './lexicon.js';
import type { MentionCandidate } from './mentions.js';

/** Looks up normalised search keys in the graph (the store port's entityIdsByKeys). */
export type GraphLookup = (keys: string[]) => Promise<{ key: string; id: string; kind: EntityKind }[]>;

export interface ResolvedMention {
  start: number;
  end: number;
  surface: string;
  /** One id, or a country's place and state actor. */
  ids: string[];
  /** For things: their category (aircraft, road, border …), which rules can ask for. */
  category?: string;
  /** A guessed name, not in the lexicon or graph: it counts only if a claim uses it. */
  weak?: boolean;
}

export type Resolution = 'graph' | 'lexicon' | 'new';

export interface ResolvedEntities {
  mentions: ResolvedMention[];
  /** Entities the article names that the graph lacks (to create) or that gain an alias (to merge). */
  entities: Map<string, { record: EntityRecord; resolution: Resolution; newAlias?: string }>;
  /** Every entity named, with how it was resolved. */
  resolutions: Map<string, Resolution>;
}

const stripPossessive = (s: string) => s.replace(/(?:'s|’s|')$/, '');

/** Spellings to try for a mention, most specific first. */
function variants(candidate: MentionCandidate): string[] {
  const ref = candidate.ref;
  const surface = stripPossessive(candidate.surface);
  if (ref.type === 'body') {
    const forms = ref.body.forms;
    const names = [ref.country.name, ...ref.country.demonyms];
    return [surface, ...names.flatMap((n) => forms.flatMap((f) => [`${n} ${f}`, `${n}'s ${f}`]))].map((v) => v.replace(/defense/gi, 'defence'));
  }
  return [surface];
}

function keysFor(candidate: MentionCandidate): string[] {
  // Things are this story's own ("the helicopter"); anaphors point back within the article.
  if (['thing', 'bare-body', 'anaphor', 'their-forces', 'group-anaphor'].includes(candidate.ref.type)) return [];
  const keys = new Set<string>();
  for (const v of variants(candidate)) {
    keys.add(normalizeName(v));
    keys.add(normalizeName(v.replace(/defence/gi, 'defense')));
  }
  const words = stripPossessive(candidate.surface).split(/\s+/);
  // Transliteration variants of multi-word names (Pogosian / Poghosyan) meet on their skeleton.
  if (words.length >= 2 && (candidate.ref.type === 'person' || candidate.ref.type === 'name')) keys.add(`~${skeletonKey(candidate.surface)}`);
  return [...keys];
}

function newEntity(candidate: MentionCandidate, lexicon: Lexicon, articleKey: string): EntityRecord {
  const ref = candidate.ref;
  const surface = stripPossessive(candidate.surface);
  switch (ref.type) {
    case 'body': {
      const demonym = ref.country.demonyms[0];
      const base = ref.body.name.replace('{Demonym}', demonym).replace('{Country}', ref.country.name);
      const name = ref.ethnic ? `Ethnic ${base}` : base;
      return {
        id: `actor:${ref.ethnic ? 'ethnic-' : ''}${slug(demonym)}-${ref.body.key}`,
        kind: 'ACTOR',
        subtype: ref.body.subtype,
        name,
        aliases: surface !== name ? [surface] : [],
        provisional: true,
      };
    }
    case 'person':
      return { id: `actor:${slug(ref.name)}`, kind: 'ACTOR', subtype: 'person', name: ref.name, aliases: [], provisional: true, ...(ref.role ? { role: ref.role } : {}) };
    case 'population':
      return {
        id: `actor:${slug(ref.id ?? surface)}`,
        kind: 'ACTOR',
        subtype: 'population-group',
        name: (ref.id ? ref.name : surface).replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
        aliases: ref.aliases ?? [],
        provisional: true,
      };
    case 'name':
      return { id: `${ref.kind.toLowerCase()}:${slug(ref.name)}`, kind: ref.kind, subtype: ref.kind === 'PLACE' ? 'place' : 'organisation', name: ref.name, aliases: [], provisional: true };
    case 'thing':
      return {
        id: `${ref.kind.toLowerCase()}:${articleKey}-${ref.category}${ref.identity && ref.identity !== 'one' ? `-${slug(ref.identity)}` : ''}`,
        kind: ref.kind,
        subtype: ref.category,
        name: ref.name.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
        aliases: ref.aliases,
        provisional: true,
        description: 'Unnamed in the text: found by extraction.',
      };
    case 'known':
      return lexicon.entities.get(ref.ids[0]) as EntityRecord;
    case 'bare-body':
    case 'anaphor':
    case 'their-forces':
    case 'group-anaphor':
      throw new Error('anaphors are resolved to an earlier mention');
  }
}

const REGION_SUBTYPES = new Set(['region', 'district', 'province', 'state', 'oblast']);

/** What "the city" or "the region" may refer back to. */
function scaleOf(id: string, surface: string, lexicon: Lexicon): 'settlement' | 'region' | undefined {
  const subtype = lexicon.entities.get(id)?.subtype;
  if (REGION_SUBTYPES.has(subtype ?? '') || /(?:region|province|state|district|oblast)$/i.test(surface)) return 'region';
  return subtype === 'country' || subtype === 'exclave' ? undefined : 'settlement';
}

/**
 * `sentenceStarts`: where each sentence begins, for anaphors: "the city" is a settlement named
 * earlier in its sentence, else the first one the last sentence naming one names (its topic).
 */
export async function resolveMentions(
  candidates: MentionCandidate[],
  lexicon: Lexicon,
  lookup: GraphLookup,
  articleKey: string,
  sentenceStarts: number[] = [],
): Promise<ResolvedEntities> {
  const keysByCandidate = candidates.map(keysFor);
  const found = await lookup([...new Set(keysByCandidate.flat())]);
  const graph = new Map<string, string[]>();
  for (const hit of found) graph.set(hit.key, [...(graph.get(hit.key) ?? []), hit.id]);

  const entities: ResolvedEntities['entities'] = new Map();
  const resolutions = new Map<string, Resolution>();
  const persons: { lastName: string; id: string }[] = [];
  const mentions: ResolvedMention[] = [];

  let lastCountry: string | undefined;
  // "his forces" are those of the last person's country, "its forces" those of the last actor.
  let lastPersonCountry: string | undefined;
  let lastActor: string | undefined;
  let lastMinistry: string | undefined;
  let lastPopulation: string | undefined;
  /** The last body of each kind ("the army" after "Ukrainian government forces" is those forces). */
  const lastBody = new Map<string, string>();
  const countryCounts = new Map<string, number>();
  /** Country actor of each body named so far. */
  const bodyCountry = new Map<string, string>();
  const places: { id: string; sentence: number; scale: 'settlement' | 'region' }[] = [];
  /** Things by category: the id for each identity, and the one named last. */
  const things = new Map<string, { ids: Map<string, string>; last?: string }>();
  const sentenceOf = (offset: number) => {
    let i = 0;
    while (i + 1 < sentenceStarts.length && sentenceStarts[i + 1] <= offset) i++;
    return i;
  };
  const addBody = (candidate: MentionCandidate, country: Lexicon['countries'][number], body: Lexicon['bodies'][number]): string => {
    const record = newEntity({ ...candidate, ref: { type: 'body', country, body } }, lexicon, articleKey);
    if (!entities.has(record.id)) entities.set(record.id, { record: { ...record, aliases: [] }, resolution: 'new' });
    if (!resolutions.has(record.id)) resolutions.set(record.id, 'new');
    bodyCountry.set(record.id, country.actorId);
    return record.id;
  };
  const forcesOf = (candidate: MentionCandidate, countryActor: string | undefined) => {
    const country = lexicon.countries.find((c) => c.actorId === countryActor);
    const body = lexicon.bodies.find((b) => b.key === 'forces');
    return country && body ? addBody(candidate, country, body) : undefined;
  };
  candidates.forEach((candidate, i) => {
    const keys = keysByCandidate[i];
    const ref = candidate.ref;
    const sentence = sentenceOf(candidate.start);
    if (ref.type === 'bare-body' || ref.type === 'anaphor' || ref.type === 'their-forces' || ref.type === 'group-anaphor') {
      let target: string | undefined;
      if (ref.type === 'anaphor') {
        const fitting = places.filter((p) => p.scale === ref.scale);
        const here = fitting.filter((p) => p.sentence === sentence).pop();
        const topicSentence = fitting.filter((p) => p.sentence < sentence).pop()?.sentence;
        target = ref.scale === 'region' ? fitting.pop()?.id : (here ?? fitting.find((p) => p.sentence === topicSentence))?.id;
        if (target) places.push({ id: target, sentence, scale: ref.scale });
      } else if (ref.type === 'group-anaphor') {
        target = ref.of === 'forces' ? lastBody.get('forces') : lastPopulation;
      } else if (ref.type === 'their-forces') {
        if (ref.personal) target = forcesOf(candidate, lastPersonCountry ?? lastCountry);
        else if (lastActor && lexicon.forces.has(lastActor)) target = lexicon.forces.get(lastActor);
        else if (lastActor && entities.get(lastActor)?.record.subtype === 'armed-force') target = lastActor;
        else target = forcesOf(candidate, (lastActor && (bodyCountry.get(lastActor) ?? (lexicon.countries.some((c) => c.actorId === lastActor) ? lastActor : undefined))) || lastCountry);
      } else if (ref.of === 'last-ministry' && lastMinistry) {
        target = lastMinistry;
      } else if (!ref.of && lastBody.has(ref.body.key)) {
        target = lastBody.get(ref.body.key);
      } else {
        const storyCountry = [...countryCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
        const owner = ref.of === 'story-country' ? (storyCountry ?? lastCountry) : lastCountry;
        const country = lexicon.countries.find((c) => c.actorId === owner);
        if (country) target = addBody(candidate, country, ref.body);
      }
      if (target) {
        // Bare "the army" counts only when a claim is about it; "the ministry" is the ministry.
        const weak = ref.type === 'bare-body' && !ref.body.key.endsWith('ministry');
        mentions.push({ start: candidate.start, end: candidate.end, surface: candidate.surface, ids: [target], ...(weak ? { weak } : {}) });
        if (ref.type !== 'anaphor') lastActor = target;
        if (ref.type === 'bare-body' && ref.body.key.endsWith('ministry')) lastMinistry = target;
        if (ref.type === 'bare-body') lastBody.set(ref.body.key, target);
      }
      return;
    }
    let ids: string[] = [];
    let resolution: Resolution = 'graph';
    // Exact keys first; the skeleton (prefixed "~") only when nothing exact matched.
    for (const key of keys) {
      const hit = graph.get(key);
      if (hit?.length && (!key.startsWith('~') || ids.length === 0)) {
        ids = [...new Set(hit)];
        break;
      }
    }
    // A capital the graph knows only as its state ("Moscow denied") is still the city too.
    if (ids.length && ref.type === 'known') {
      const kinds = new Set(ids.map((id) => id.split(':')[0]));
      ids = [...ids, ...ref.ids.filter((id) => !kinds.has(id.split(':')[0]) && !ids.includes(id))];
    }
    if (!ids.length) {
      // Gazetteer first, then a surname naming a person met earlier in the article, then new.
      const surname = normalizeName(candidate.surface).split(' ').pop() ?? '';
      const earlier =
        candidate.ref.type === 'name' && candidate.ref.kind === 'ACTOR' || (candidate.ref.type === 'name' && candidate.surface.split(/\s+/).length === 1)
          ? persons.find((p) => p.lastName === surname)
          : undefined;
      if (candidate.ref.type === 'known' && candidate.ref.ids.length) {
        ids = candidate.ref.ids;
        resolution = 'lexicon';
        for (const id of ids) entities.set(id, { record: lexicon.entities.get(id) as EntityRecord, resolution });
      } else if (earlier && candidate.surface.split(/\s+/).length === 1) {
        ids = [earlier.id];
      } else {
        let record = newEntity(candidate, lexicon, articleKey);
        if (ref.type === 'thing') {
          // A bare "the road" is the road named last; the first of a category keeps the plain id.
          const seen = things.get(ref.category) ?? { ids: new Map<string, string>() };
          things.set(ref.category, seen);
          const id = ref.identity === '' ? seen.last : seen.ids.get(ref.identity);
          const fresh = seen.ids.size === 0 ? newEntity({ ...candidate, ref: { ...ref, identity: 'one' } }, lexicon, articleKey).id : record.id;
          record = { ...record, id: id ?? fresh };
          if (ref.identity !== '') seen.ids.set(ref.identity, record.id);
          seen.last = record.id;
        }
        // The same new name twice in one article is one entity; a thing keeps its fullest name.
        const existing = entities.get(record.id);
        ids = [record.id];
        resolution = existing?.resolution ?? 'new';
        if (!existing) entities.set(record.id, { record, resolution: 'new' });
        else if (existing.record.name !== record.name) {
          const [long, short] = record.name.length > existing.record.name.length ? [record.name, existing.record.name] : [existing.record.name, record.name];
          existing.record = { ...existing.record, name: long, aliases: [...new Set([...existing.record.aliases, short])].filter((a) => a !== long) };
        }
      }
    } else if (candidate.ref.type === 'body' || keys[0].startsWith('~') === false) {
      const surface = stripPossessive(candidate.surface);
      // A spelling the graph lacks (found through a variant) becomes an alias.
      if (!graph.get(normalizeName(surface))?.length && ids.length === 1 && !entities.has(ids[0])) {
        entities.set(ids[0], { record: { id: ids[0] } as EntityRecord, resolution: 'graph', newAlias: surface });
      }
    }
    for (const id of ids) if (!resolutions.has(id)) resolutions.set(id, resolution);
    // Only people are referred to by surname later.
    const isPerson = candidate.ref.type === 'person' || (ids.length === 1 && lexicon.entities.get(ids[0])?.subtype === 'person');
    if (isPerson && ids.length === 1) persons.push({ lastName: normalizeName(candidate.surface).split(' ').pop() ?? '', id: ids[0] });
    const weak = (ref.type === 'name' && ref.weak && resolution === 'new') || (ref.type === 'population' && ref.weak);
    if (ref.type === 'population' || (ref.type === 'thing' && ref.category === 'population-group')) lastPopulation = ids[0];
    mentions.push({ start: candidate.start, end: candidate.end, surface: candidate.surface, ids, ...(ref.type === 'thing' ? { category: ref.category } : ref.type === 'population' ? { category: 'population-group' } : {}), ...(weak ? { weak } : {}) });
    const countryActor = ids.find((id) => lexicon.countries.some((c) => c.actorId === id)) ?? (ref.type === 'body' ? ref.country.actorId : undefined);
    if (countryActor) {
      lastCountry = countryActor;
      countryCounts.set(countryActor, (countryCounts.get(countryActor) ?? 0) + 1);
    }
    if (ref.type === 'body' && ids.length === 1) {
      bodyCountry.set(ids[0], ref.country.actorId);
      lastBody.set(ref.body.key, ids[0]);
      if (ref.body.key.endsWith('ministry')) lastMinistry = ids[0];
    }
    const actor = ids.find((id) => !id.startsWith('place:'));
    if (actor && !isPerson && ref.type !== 'thing' && ref.type !== 'population' && !weak) lastActor = actor;
    // "Azerbaijani President Ilham Aliyev": later "his country's soldiers" are Azerbaijan's.
    if (ref.type === 'person' && ref.role) {
      const demonym = ref.role.split(' ')[0];
      const country = lexicon.countryByWord.get(normalizeName(demonym.replace(/(?:'s|’s)$/, '')));
      if (country) lastCountry = lastPersonCountry = country.actorId;
    }
    const role = ids.length === 1 ? lexicon.entities.get(ids[0])?.role : undefined;
    const roleCountry = role ? lexicon.countries.find((c) => role.includes(c.name)) : undefined;
    if (roleCountry) lastPersonCountry = roleCountry.actorId;
    const place = ids.find((id) => id.startsWith('place:'));
    const scale = place && ref.type !== 'thing' && !weak ? scaleOf(place, candidate.surface, lexicon) : undefined;
    if (place && scale && (ids.length === 1 || ref.type === 'known')) places.push({ id: place, sentence, scale });
    // Residents of a place are there: "a block of flats in the town" is in their town.
    if (ref.type === 'population' && ref.place) {
      const id = lexicon.byLabel.get(normalizeName(ref.place))?.find((x) => x.startsWith('place:')) ?? `place:${slug(ref.place)}`;
      if (resolutions.has(id) || lexicon.entities.has(id)) places.push({ id, sentence, scale: 'settlement' });
    }
  });
  return { mentions, entities, resolutions };
}
