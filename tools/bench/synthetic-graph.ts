// A deterministic synthetic news graph for benchmarks: places (country → region → city), actors
// (states, persons, armed forces, ministries), events, and attributed claims with verbatim evidence
// in generated article texts. Same options and seed → byte-identical batches.
//
// Structure: entities are laid on a ring; most claims join entities near each other on it
// ("geography"), a few join distant ones (small world), and places form a containment hierarchy.
// That gives paths of every length up to the graph's diameter, bounded degrees (no accidental
// super-hubs beyond countries), and realistic search keys (transliterated aliases: Şuşa, Shusha).
import { readFileSync } from 'node:fs';
import { contentHash } from '../../src/ingest/article/parse-article.js';
import type {
  ArticleRecord,
  ClaimRecord,
  ClaimStatus,
  EntityKind,
  EntityRecord,
  EvidenceRecord,
  GraphBatch,
  MentionRecord,
  SentenceRecord,
} from '../../src/model/records.js';
import { parse as parseYaml } from 'yaml';

/** mulberry32: a tiny, fast, seedable 32-bit PRNG (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** Number of entities (places, actors, events). */
  entities: number;
  seed?: number;
  /** Average claims per entity as subject (each claim touches one or two entities). Default 5. */
  claimsPerEntity?: number;
  /** Claims stated by one article. Default 12. */
  claimsPerArticle?: number;
}

export interface PathProbe {
  from: string;
  to: string;
  /** Shortest distance in the generated graph (undirected, claims with an entity object). */
  hops: number;
}

export interface Probes {
  /** Entities with typical degree, for lookups, one-hop and three-level queries. */
  entityIds: string[];
  /** Centres for neighbourhood queries (same pool). */
  neighbourhoodIds: string[];
  /** Search strings: exact names, transliterated aliases, prefixes, misspellings. */
  searchTexts: string[];
  /** Endpoint pairs exactly 3–4 hops apart. */
  paths: PathProbe[];
  /** Names for generated ingest articles: places and actors that exist in the graph. */
  placeNames: string[];
  actorNames: string[];
}

export interface SyntheticGraph {
  options: Required<SyntheticOptions>;
  entityCount: number;
  claimCount: number;
  articleCount: number;
  /** Entity batches, in reference order (a batch refers only to itself and earlier batches). */
  entityBatches(batchSize: number): Generator<GraphBatch>;
  /** Article + claim + evidence + mention batches of about `claimsPerBatch` claims (whole articles). */
  claimBatches(claimsPerBatch: number): Generator<GraphBatch>;
  probes: Probes;
}

const PREDICATES_FILE = new URL('../../seed/vocabulary/predicates.yaml', import.meta.url);

/** Predicates the generator uses, each checked against seed/vocabulary/predicates.yaml. */
type Pattern = { predicate: string; subject: EntityKind; object: EntityKind | null; weight: number; phrase: (s: string, o: string, q?: number) => string; quantity?: string };

const PATTERNS: Pattern[] = [
  { predicate: 'BORDERS', subject: 'PLACE', object: 'PLACE', weight: 3, phrase: (s, o) => `${s} borders ${o}` },
  { predicate: 'LOCATED_NEAR', subject: 'PLACE', object: 'PLACE', weight: 4, phrase: (s, o) => `${s} lies near ${o}` },
  { predicate: 'DISTANCE_FROM', subject: 'PLACE', object: 'PLACE', weight: 4, quantity: 'km', phrase: (s, o, q) => `${s} is about ${q}km from ${o}` },
  { predicate: 'DIRECTION_FROM', subject: 'PLACE', object: 'PLACE', weight: 2, phrase: (s, o) => `${s} lies to the north of ${o}` },
  { predicate: 'OVERLOOKS', subject: 'PLACE', object: 'PLACE', weight: 1, phrase: (s, o) => `${s} overlooks ${o}` },
  { predicate: 'CONNECTS', subject: 'PLACE', object: 'PLACE', weight: 2, phrase: (s, o) => `the road from ${s} connects to ${o}` },
  { predicate: 'STRATEGIC_FOR', subject: 'PLACE', object: null, weight: 1, phrase: (s) => `${s} is strategically important` },
  { predicate: 'CONTROLS', subject: 'ACTOR', object: 'PLACE', weight: 4, phrase: (s, o) => `${s} controls ${o}` },
  { predicate: 'TOOK_CONTROL_OF', subject: 'ACTOR', object: 'PLACE', weight: 3, phrase: (s, o) => `${s} took control of ${o}` },
  { predicate: 'ADVANCING_ON', subject: 'ACTOR', object: 'PLACE', weight: 2, phrase: (s, o) => `${s} was advancing on ${o}` },
  { predicate: 'LOST_CONTROL_OF', subject: 'ACTOR', object: 'PLACE', weight: 1, phrase: (s, o) => `${s} lost control of ${o}` },
  { predicate: 'DEPLOYED_TO', subject: 'ACTOR', object: 'PLACE', weight: 2, quantity: 'troops', phrase: (s, o, q) => `${s} deployed ${q} troops to ${o}` },
  { predicate: 'FIGHTING', subject: 'ACTOR', object: 'ACTOR', weight: 3, phrase: (s, o) => `${s} has been fighting ${o}` },
  { predicate: 'BACKED_BY', subject: 'ACTOR', object: 'ACTOR', weight: 2, phrase: (s, o) => `${s} is backed by ${o}` },
  { predicate: 'PART_OF', subject: 'ACTOR', object: 'ACTOR', weight: 2, phrase: (s, o) => `${s} is part of ${o}` },
  { predicate: 'ATTACKED', subject: 'ACTOR', object: 'PLACE', weight: 3, phrase: (s, o) => `${s} attacked ${o}` },
  { predicate: 'PARTICIPATED_IN', subject: 'ACTOR', object: 'EVENT', weight: 3, phrase: (s, o) => `${s} took part in the ${o}` },
  { predicate: 'DENIED', subject: 'ACTOR', object: 'EVENT', weight: 1, phrase: (s, o) => `${s} denied any role in the ${o}` },
  { predicate: 'OCCURRED_NEAR', subject: 'EVENT', object: 'PLACE', weight: 3, phrase: (s, o) => `the ${s} took place near ${o}` },
  { predicate: 'KILLED', subject: 'EVENT', object: 'ACTOR', weight: 2, quantity: 'people', phrase: (s, o, q) => `the ${s} killed ${q} members of ${o}` },
  { predicate: 'CONNECTED_WITH', subject: 'EVENT', object: 'EVENT', weight: 2, phrase: (s, o) => `the ${s} was connected with the ${o}` },
  { predicate: 'SIGNIFICANCE', subject: 'EVENT', object: null, weight: 1, phrase: (s) => `the ${s} was the most significant in weeks` },
];

const STATUS_WEIGHTS: [ClaimStatus, number][] = [['REPORTED', 50], ['CLAIMED', 20], ['CONFIRMED', 15], ['DENIED', 5], ['UNCERTAIN', 10]];
const PUBLISHERS = ['AP', 'Reuters', 'AFP', 'BBC', 'Al Jazeera', 'Meridian', 'Northstar', 'Eurasianet', 'OC Media', 'JAMnews', 'TASS', 'Anadolu'];
const CHANNELS = ['a statement', 'Facebook', 'Telegram', 'a news conference', 'state television', 'Twitter'];
const SYLLABLES = ['ka', 'ra', 'shu', 'sha', 'ste', 'pa', 'na', 'kert', 'zor', 'gan', 'dzha', 'bad', 'li', 'vo', 'mir', 'tash', 'kho', 'ye', 'rev', 'an',
  'ar', 'ba', 'gy', 'um', 'ri', 'che', 'lo', 'da', 'sev', 'go', 'ris', 'nak', 'hi', 'van', 'meg', 'ru', 'tsa', 'khan', 'ku', 'ber', 'ma', 'ze', 'ol', 'tu', 'chi', 'gor', 'as', 'ke'];
const PLACE_SUFFIX = ['', '', '', 'abad', 'kert', 'shen', 'dzor', 'li', 'grad', 'an'];
const EVENT_TYPES: [string, string, string][] = [
  ['shelling', 'Shelling of', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
  ['clashes', 'Clashes near', 'Battles / Armed clash'],
  ['territory-taken', 'Capture of', 'Battles / Government regains territory'],
  ['protest', 'Protest in', 'Protests / Peaceful protest'],
  ['ceasefire', 'Ceasefire in', 'Strategic developments / Agreement'],
  ['displacement', 'Flight from', 'Strategic developments / Displacement'],
];
const ACTOR_KINDS: [string, (n: string) => string][] = [
  ['person', (n) => n],
  ['armed-force', (n) => `${n} Brigade`],
  ['government-body', (n) => `${n} Defence Ministry`],
  ['organisation', (n) => `${n} Relief Committee`],
  ['media', (n) => `${n} Times`],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slugOf = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Transliteration variants, as news spells the same name: Shusha / Şuşa / Shoucha, Pogosian / Poghosyan. */
function transliterations(name: string): string[] {
  const turkic = name.replace(/sh/g, 'ş').replace(/Sh/g, 'Ş').replace(/ch/g, 'ç').replace(/Ch/g, 'Ç').replace(/kh/g, 'x').replace(/Kh/g, 'X').replace(/dzh/g, 'c');
  const french = name.replace(/sh/g, 'ch').replace(/Sh/g, 'Ch').replace(/u/g, 'ou').replace(/ian\b/g, 'yan');
  const out = [turkic, french].filter((v) => v !== name);
  return [...new Set(out)];
}

function weighted<T>(rand: () => number, items: [T, number][]): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

interface EntitySpec {
  record: EntityRecord;
  /** Place tier: 0 country, 1 region, 2 city; -1 for non-places. */
  tier: number;
  /** Position on the ring (0..1): nearby entities are related. */
  pos: number;
}

interface ClaimSpec {
  subject: number;
  object: number; // -1: none
  pattern: number; // index into PATTERNS, or -1 for LOCATED_IN
  status: ClaimStatus;
  attributedTo: number; // -1: none
  quantity: number;
  statedOn: string;
  statedVia: number;
  linkTo: number; // claim index confirmed/contradicted, or -1
}

export function buildSyntheticGraph(input: SyntheticOptions): SyntheticGraph {
  const options: Required<SyntheticOptions> = { seed: 20201109, claimsPerEntity: 5, claimsPerArticle: 12, ...input };
  const rand = mulberry32(options.seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)];

  // The predicates must exist in the vocabulary: a renamed predicate breaks the generator loudly.
  const vocabulary = (parseYaml(readFileSync(PREDICATES_FILE, 'utf8')) as { predicates: Record<string, unknown> }).predicates;
  for (const p of [...PATTERNS.map((x) => x.predicate), 'LOCATED_IN']) {
    if (!(p in vocabulary)) throw new Error(`synthetic graph: predicate ${p} is not in seed/vocabulary/predicates.yaml`);
  }

  // ---- names -------------------------------------------------------------------------------
  const used = new Set<string>();
  const freshName = (words: number, suffixes: readonly string[]): string => {
    for (let attempt = 0; ; attempt++) {
      const parts: string[] = [];
      for (let w = 0; w < words; w++) {
        const syllables = 2 + int(2) + (attempt > 20 ? 1 : 0);
        let word = '';
        for (let s = 0; s < syllables; s++) word += pick(SYLLABLES);
        if (w === words - 1) word += pick(suffixes);
        parts.push(cap(word));
      }
      const name = parts.join(' ');
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };

  // ---- entities -----------------------------------------------------------------------------
  const n = Math.max(30, options.entities);
  const countries = Math.max(3, Math.round(n * 0.002));
  const regions = Math.max(6, Math.round(n * 0.02));
  const places = Math.round(n * 0.45);
  const events = Math.round(n * 0.15);
  const actors = n - places - events - countries; // states (one per country) are among the actors
  const specs: EntitySpec[] = [];
  const byKind: Record<EntityKind, number[]> = { PLACE: [], ACTOR: [], EVENT: [], THING: [] };
  const add = (spec: EntitySpec) => {
    byKind[spec.record.kind].push(specs.length);
    specs.push(spec);
  };
  // Countries as places and as states, side by side (counterparts refer to each other).
  for (let i = 0; i < countries; i++) {
    const name = freshName(1, ['ia', 'stan', 'land', 'ia']);
    const id = slugOf(name);
    const pos = (i + 0.5) / countries;
    add({
      tier: 0, pos,
      record: {
        id: `place:${id}`, kind: 'PLACE', subtype: 'country', name, aliases: transliterations(name), provisional: false,
        source: `gazetteer:${id}`, counterpartId: `actor:${id}`,
        location: { lat: 35 + pos * 10, lon: 40 + pos * 10, source: `gazetteer:${id}`, precision: 'COUNTRY' },
      },
    });
    add({
      tier: -1, pos,
      record: { id: `actor:${id}`, kind: 'ACTOR', subtype: 'state', name, aliases: transliterations(name), provisional: false, counterpartId: `place:${id}` },
    });
  }
  for (let i = 0; i < places - countries; i++) {
    const tier = i < regions ? 1 : 2;
    const pos = tier === 1 ? (i + 0.5) / regions : rand();
    const name = tier === 1 ? `${freshName(1, [''])} Region` : freshName(rand() < 0.15 ? 2 : 1, PLACE_SUFFIX);
    add({
      tier, pos,
      record: {
        id: `place:${slugOf(name)}`, kind: 'PLACE', subtype: tier === 1 ? 'region' : pick(['city', 'city', 'town', 'village', 'border', 'road', 'site']),
        name, aliases: transliterations(name), provisional: false,
        location: { lat: 35 + pos * 10 + rand() * 0.1, lon: 40 + pos * 10 + rand() * 0.1, source: 'synthetic', precision: tier === 1 ? 'REGION' : 'CITY' },
      },
    });
  }
  for (let i = 0; i < actors; i++) {
    const [subtype, label] = pick(ACTOR_KINDS);
    const base = subtype === 'person' ? `${freshName(1, [''])} ${freshName(1, ['ov', 'yan', 'ian', 'ev', 'li'])}` : freshName(1, ['']);
    const name = label(base);
    add({
      tier: -1, pos: rand(),
      record: {
        id: `actor:${slugOf(name)}`, kind: 'ACTOR', subtype, name, aliases: transliterations(name), provisional: false,
        ...(subtype === 'person' ? { role: pick(['spokesperson', 'commander', 'minister', 'governor', 'mayor']) } : {}),
      },
    });
  }
  const placeIdx = () => byKind.PLACE;
  for (let i = 0; i < events; i++) {
    const [subtype, prefix, eventType] = pick(EVENT_TYPES);
    const pos = rand();
    const where = nearest(placeIdx(), pos);
    const placeName = specs[where].record.name;
    const year = 2019 + int(5);
    const date = `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    let name = `${prefix} ${placeName} ${date.slice(0, 7)}`;
    while (used.has(name.toLowerCase())) name += ` ${int(100)}`;
    used.add(name.toLowerCase());
    const participants = [nearest(byKind.ACTOR, pos), nearest(byKind.ACTOR, (pos + 0.001 + rand() * 0.01) % 1)];
    add({
      tier: -1, pos,
      record: {
        id: `event:${slugOf(name)}`, kind: 'EVENT', subtype, name, aliases: [], provisional: false, eventType,
        date: { value: date, precision: 'DAY' }, locationId: specs[where].record.id,
        ...(rand() < 0.4 ? { fatalities: int(40) } : {}),
        participants: [...new Set(participants)].map((p, k) => ({ entityId: specs[p].record.id, role: k === 0 ? 'attacker' : 'target' })),
      },
    });
  }

  /** Sorted ring position per kind, for "nearby" picks in O(log n). */
  function nearest(pool: number[], pos: number): number {
    // pools are small enough at generation time to scan a sample; exactness is not needed
    let best = pool[0];
    let bestD = 2;
    for (let k = 0; k < 24; k++) {
      const c = pool[int(pool.length)];
      const d = Math.abs(specs[c].pos - pos);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }

  // Ring index per kind for locality: sort each kind's entities by position.
  const ring: Record<EntityKind, number[]> = {
    PLACE: [...byKind.PLACE].sort((a, b) => specs[a].pos - specs[b].pos),
    ACTOR: [...byKind.ACTOR].sort((a, b) => specs[a].pos - specs[b].pos),
    THING: [],
    EVENT: [...byKind.EVENT].sort((a, b) => specs[a].pos - specs[b].pos),
  };
  const ringRank = new Map<number, number>();
  for (const kind of ['PLACE', 'ACTOR', 'EVENT'] as const) ring[kind].forEach((e, r) => ringRank.set(e, r));
  const WINDOW = 40;
  const near = (subject: number, kind: EntityKind): number => {
    const pool = ring[kind];
    if (rand() < 0.1) return pool[int(pool.length)]; // a long-range link
    const rank = Math.floor(specs[subject].pos * pool.length);
    const r = (rank + int(2 * WINDOW + 1) - WINDOW + pool.length) % pool.length;
    return pool[r];
  };
  const regionsList = ring.PLACE.filter((e) => specs[e].tier === 1);
  const countriesList = ring.PLACE.filter((e) => specs[e].tier === 0);
  const containerOf = (e: number): number => {
    const list = specs[e].tier === 1 ? countriesList : regionsList;
    return list[Math.min(list.length - 1, Math.floor(specs[e].pos * list.length))];
  };

  // ---- claims ----------------------------------------------------------------------------------
  const claims: ClaimSpec[] = [];
  const patternsFor: Record<EntityKind, [number, number][]> = { PLACE: [], ACTOR: [], EVENT: [], THING: [] };
  PATTERNS.forEach((p, i) => patternsFor[p.subject].push([i, p.weight]));
  const statesAndForces = byKind.ACTOR;
  const newClaim = (subject: number, object: number, pattern: number): ClaimSpec => {
    const status = weighted(rand, STATUS_WEIGHTS);
    const attributed = status !== 'REPORTED' && status !== 'UNCERTAIN' ? near(subject, 'ACTOR') : -1;
    const p = pattern >= 0 ? PATTERNS[pattern] : undefined;
    const year = 2019 + int(5);
    return {
      subject, object, pattern, status,
      attributedTo: attributed === subject ? statesAndForces[int(statesAndForces.length)] : attributed,
      quantity: p?.quantity === 'km' ? 5 + int(300) : p?.quantity ? 1 + int(500) : 0,
      statedOn: attributed >= 0 ? `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}` : '',
      statedVia: attributed >= 0 && rand() < 0.5 ? int(CHANNELS.length) : -1,
      linkTo: -1,
    };
  };
  for (let e = 0; e < specs.length; e++) {
    const spec = specs[e];
    const kind = spec.record.kind;
    let count = Math.max(1, Math.round(options.claimsPerEntity - 3 + rand() * 6));
    if (spec.tier >= 1) {
      claims.push(newClaim(e, containerOf(e), -1)); // LOCATED_IN: the containment hierarchy
      count--;
    }
    for (let k = 0; k < count; k++) {
      const pattern = weighted(rand, patternsFor[kind]);
      const objectKind = PATTERNS[pattern].object;
      let object = objectKind ? near(e, objectKind) : -1;
      if (object === e) object = objectKind ? near(e, objectKind) : -1;
      if (object === e) continue;
      const claim = newClaim(e, object, pattern);
      // A confirmation points at an earlier claim about the same subject (CONFIRMS link).
      if (claim.status === 'CONFIRMED' && claims.length && rand() < 0.3) claim.linkTo = claims.length - 1;
      claims.push(claim);
    }
  }

  // ---- articles --------------------------------------------------------------------------------
  const perArticle = options.claimsPerArticle;
  const articleCount = Math.ceil(claims.length / perArticle);
  const claimId = (c: number) => `claim:syn-${Math.floor(c / perArticle)}:c${c % perArticle}`;
  const articleId = (a: number) => `article:syn-${a}`;

  function buildArticle(a: number): { article: ArticleRecord; claims: ClaimRecord[]; mentions: MentionRecord[] } {
    const ar = mulberry32(options.seed ^ Math.imul(a + 1, 0x9e3779b1));
    const id = articleId(a);
    const first = a * perArticle;
    const last = Math.min(claims.length, first + perArticle);
    const publisher = PUBLISHERS[a % PUBLISHERS.length];
    const publishedAt = `${2019 + (a % 5)}-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`;
    let text = '';
    const sentences: SentenceRecord[] = [];
    const mentions: MentionRecord[] = [];
    const records: ClaimRecord[] = [];
    const addSentence = (body: string, mentioned: { name: string; id: string }[]) => {
      if (text) text += ' ';
      const start = text.length;
      text += body;
      const index = sentences.length;
      sentences.push({ index, start, end: text.length, caption: false });
      const seen = new Set<string>();
      for (const m of mentioned) {
        const at = body.indexOf(m.name);
        if (at < 0 || seen.has(`${at}:${m.id}`)) continue;
        seen.add(`${at}:${m.id}`);
        mentions.push({ articleId: id, entityId: m.id, start: start + at, end: start + at + m.name.length, sentence: index, text: m.name });
      }
      return { start, index };
    };
    const lead = specs[claims[first].subject].record;
    addSentence(`${publisher} reports from the region around ${lead.name} on the latest developments.`, [{ name: lead.name, id: lead.id }]);
    for (let c = first; c < last; c++) {
      const spec = claims[c];
      const s = specs[spec.subject].record;
      const o = spec.object >= 0 ? specs[spec.object].record : undefined;
      const pattern = spec.pattern >= 0 ? PATTERNS[spec.pattern] : undefined;
      const clause = pattern ? pattern.phrase(s.name, o?.name ?? '', spec.quantity) : `${s.name} lies within ${o?.name}`;
      const quote = cap(clause);
      const speaker = spec.attributedTo >= 0 ? specs[spec.attributedTo].record : undefined;
      const verb = { CLAIMED: 'claimed', CONFIRMED: 'confirmed', DENIED: 'denied', REPORTED: 'said', UNCERTAIN: 'said' }[spec.status];
      let body: string;
      let quoteAt: number;
      if (spec.status === 'UNCERTAIN') {
        body = `It was not clear whether ${clause}.`;
        quoteAt = body.indexOf(clause);
      } else if (speaker) {
        body = `${quote}, ${speaker.name} ${verb}${spec.statedVia >= 0 ? ` in ${CHANNELS[spec.statedVia]}` : ''}.`;
        quoteAt = 0;
      } else {
        body = `${quote}${ar() < 0.5 ? ', officials said' : ''}.`;
        quoteAt = 0;
      }
      const quoted = spec.status === 'UNCERTAIN' ? clause : quote;
      const mentioned = [{ name: s.name, id: s.id }, ...(o ? [{ name: o.name, id: o.id }] : []), ...(speaker ? [{ name: speaker.name, id: speaker.id }] : [])];
      const { start, index } = addSentence(body, mentioned);
      const evidence: EvidenceRecord = { articleId: id, quote: quoted, start: start + quoteAt, end: start + quoteAt + quoted.length, sentence: index };
      const predicate = pattern?.predicate ?? 'LOCATED_IN';
      const quantity = pattern?.quantity ? { value: spec.quantity, unit: pattern.quantity, approximate: pattern.quantity === 'km' } : undefined;
      records.push({
        id: claimId(c),
        articleId: id,
        predicate,
        statement: quote,
        subjectId: s.id,
        ...(o ? { objectId: o.id } : {}),
        ...(quantity ? { quantity } : {}),
        qualifiers: predicate === 'DIRECTION_FROM' ? { direction: 'north' } : {},
        status: spec.status,
        attributedTo: speaker ? [speaker.id] : [],
        ...(spec.statedOn ? { statedOn: { value: spec.statedOn, precision: 'DAY' as const } } : {}),
        ...(spec.statedVia >= 0 ? { statedVia: CHANNELS[spec.statedVia] } : {}),
        confidence: spec.status === 'UNCERTAIN' ? 0.5 : 0.9,
        origin: 'curated',
        evidence: [evidence],
        links: spec.linkTo >= 0 ? [{ type: 'CONFIRMS', targetId: claimId(spec.linkTo) }] : [],
      });
    }
    const article: ArticleRecord = {
      id,
      title: `${lead.name}: ${records.length} developments`,
      publisher,
      publishedAt,
      url: `https://news.invalid/${slugOf(publisher)}/syn-${a}`,
      text,
      contentHash: contentHash(text),
      sentences,
      version: 1,
    };
    return { article, claims: records, mentions };
  }

  // ---- probes ---------------------------------------------------------------------------------
  const adjacency: number[][] = specs.map(() => []);
  for (const c of claims) {
    if (c.object >= 0 && c.object !== c.subject) {
      adjacency[c.subject].push(c.object);
      adjacency[c.object].push(c.subject);
    }
  }
  const probeRand = mulberry32(options.seed ^ 0x5eed);
  const probeCount = 64;
  // Typical entities: cities, actors and events of median-ish degree (not countries).
  const typical = specs.map((_, i) => i).filter((i) => specs[i].tier !== 0 && specs[i].record.subtype !== 'state' && adjacency[i].length >= 4);
  const entityProbes: number[] = [];
  for (let k = 0; k < probeCount && typical.length; k++) entityProbes.push(typical[Math.floor(probeRand() * typical.length)]);
  const searchTexts: string[] = [];
  for (const e of entityProbes.slice(0, 32)) {
    const r = specs[e].record;
    const variant = searchTexts.length % 4;
    if (variant === 0) searchTexts.push(r.name); // exact name
    else if (variant === 1) searchTexts.push(r.aliases[0] ?? r.name.toLowerCase()); // transliteration (Şuşa)
    else if (variant === 2) searchTexts.push(r.name.slice(0, Math.max(4, Math.ceil(r.name.length / 2)))); // prefix
    else searchTexts.push(r.name.replace(/a/, 'e').replace(/o/, 'u')); // a misspelling (skeleton match)
  }
  const paths: PathProbe[] = [];
  for (let attempt = 0; attempt < 400 && paths.length < 16; attempt++) {
    const from = typical[Math.floor(probeRand() * typical.length)];
    const dist = new Map<number, number>([[from, 0]]);
    let frontier = [from];
    for (let d = 1; d <= 4 && frontier.length; d++) {
      const next: number[] = [];
      for (const v of frontier) for (const w of adjacency[v]) if (!dist.has(w)) {
        dist.set(w, d);
        next.push(w);
      }
      frontier = next;
    }
    const at4 = [...dist].filter(([, d]) => d === 4).map(([v]) => v);
    const at3 = [...dist].filter(([, d]) => d === 3).map(([v]) => v);
    const targets = at4.length ? at4 : at3;
    if (!targets.length) continue;
    const to = targets[Math.floor(probeRand() * targets.length)];
    paths.push({ from: specs[from].record.id, to: specs[to].record.id, hops: dist.get(to) as number });
  }

  const graph: SyntheticGraph = {
    options,
    entityCount: specs.length,
    claimCount: claims.length,
    articleCount,
    *entityBatches(batchSize: number) {
      for (let i = 0; i < specs.length; i += batchSize) {
        yield { articles: [], entities: specs.slice(i, i + batchSize).map((s) => s.record), claims: [], mentions: [] };
      }
    },
    *claimBatches(claimsPerBatch: number) {
      const articlesPerBatch = Math.max(1, Math.round(claimsPerBatch / perArticle));
      for (let a = 0; a < articleCount; a += articlesPerBatch) {
        const batch: GraphBatch = { articles: [], entities: [], claims: [], mentions: [] };
        for (let k = a; k < Math.min(articleCount, a + articlesPerBatch); k++) {
          const built = buildArticle(k);
          batch.articles.push(built.article);
          batch.claims.push(...built.claims);
          batch.mentions.push(...built.mentions);
        }
        yield batch;
      }
    },
    probes: {
      entityIds: entityProbes.map((e) => specs[e].record.id),
      neighbourhoodIds: entityProbes.map((e) => specs[e].record.id),
      searchTexts,
      paths,
      placeNames: ring.PLACE.filter((e) => specs[e].tier === 2).slice(0, 200).map((e) => specs[e].record.name),
      actorNames: byKind.ACTOR.filter((e) => specs[e].record.subtype === 'state' || specs[e].record.subtype === 'armed-force').slice(0, 200).map((e) => specs[e].record.name),
    },
  };
  return graph;
}
