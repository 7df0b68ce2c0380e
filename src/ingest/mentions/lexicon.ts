// The extraction lexicon (seed/lexicon/entities.yaml): known places and actors with aliases,
// country demonyms, bodies of a country, person titles and common-noun things.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { EntityKind, EntityRecord } from '../../model/records.js';
import { normalizeName } from '../../model/search-keys.js';
import { loadGazetteer, SEED_DIR } from '../data-files.js';

const Known = z.object({
  id: z.string().regex(/^(place|actor):[a-z0-9-]+$/),
  name: z.string(),
  subtype: z.string(),
  aliases: z.array(z.string()).default([]),
  role: z.string().optional(),
  gazetteer: z.string().optional(),
  /** The armed force that acts for this actor ("the TPLF said its forces …"). */
  forces: z.string().optional(),
});

const LexiconFile = z.object({
  countries: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      demonyms: z.array(z.string()),
      gazetteer: z.string().optional(),
      capital: z.string().optional(),
      capital_aliases: z.array(z.string()).default([]),
    }),
  ),
  places: z.array(Known),
  actors: z.array(Known),
  bodies: z.record(z.string(), z.object({ name: z.string(), subtype: z.string(), forms: z.array(z.string()) })),
  titles: z.array(z.string()),
  /** split: how two things of a category differ: by noun (a hotel, a hospital), by name (a road by its ends), else one per story. */
  things: z.record(z.string(), z.object({ kind: z.enum(['PLACE', 'ACTOR']), words: z.array(z.string()), split: z.enum(['noun', 'name']).optional() })),
  thing_modifiers: z.array(z.string()),
});

export interface Country {
  name: string;
  slug: string;
  demonyms: string[];
  placeId: string;
  actorId: string;
  /** The capital's place id, when the lexicon knows it. */
  capitalId?: string;
}

export interface Lexicon {
  /** Known entities, ready to be written when an article first names them. */
  entities: Map<string, EntityRecord>;
  /** Normalised label → ids of the known entities it names (a country's name names two). */
  byLabel: Map<string, string[]>;
  /**
   * Normalised labels known only as short initials ("CAR", "US", "AU"): they name nothing unless
   * written in capitals, being ordinary words otherwise ("Car bombings"). Longer ones stay
   * readable in title case ("Nato", "Unicef").
   */
  initialsOnly: Set<string>;
  /** Every label, longest first (for matching). */
  labels: string[];
  countries: Country[];
  /** Normalised demonym or country name → country. */
  countryByWord: Map<string, Country>;
  /** A capital's place id → its country. */
  countryByCapital: Map<string, Country>;
  bodies: { key: string; name: string; subtype: string; forms: string[] }[];
  titles: string[];
  /** Thing noun → its category (aircraft, road …) and entity kind. */
  things: Map<string, { category: string; kind: 'PLACE' | 'ACTOR'; split?: 'noun' | 'name' }>;
  /** Actor id → the id of the armed force that acts for it. */
  forces: Map<string, string>;
  thingModifiers: string[];
}

/** "CAR", "U.N.", "ADF-NALU": capitals only, at least two letters. */
export const isInitials = (text: string): boolean => /^[\p{Lu}\p{N}.\-&]+$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

export const slug = (text: string): string => normalizeName(text).replace(/ /g, '-');

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const file = LexiconFile.parse(parseYaml(readFileSync(`${SEED_DIR}lexicon/entities.yaml`, 'utf8')));
  const gazetteer = loadGazetteer().places;
  const entities = new Map<string, EntityRecord>();
  // A capital names its city, and the state when the state acts ("Moscow denied").
  const capitals = new Map<string, string>();
  const locate = (key: string | undefined) => {
    const place = key ? gazetteer[key] : undefined;
    return place ? { lat: place.lat, lon: place.lon, source: place.source, precision: place.precision } : undefined;
  };
  const add = (e: EntityRecord) => entities.set(e.id, e);
  const countries: Country[] = file.countries.map((c) => {
    const s = slug(c.name);
    const country: Country = { name: c.name, slug: s, demonyms: c.demonyms, placeId: `place:${s}`, actorId: `actor:${s}`, ...(c.capital ? { capitalId: `place:${slug(c.capital)}` } : {}) };
    const location = locate(c.gazetteer);
    add({ id: country.placeId, kind: 'PLACE', subtype: 'country', name: c.name, aliases: c.aliases, provisional: false, counterpartId: country.actorId, ...(location ? { location } : {}) });
    add({ id: country.actorId, kind: 'ACTOR', subtype: 'state', name: c.name, aliases: c.aliases, provisional: false, counterpartId: country.placeId });
    if (c.capital) {
      const capitalLocation = locate(slug(c.capital));
      add({ id: `place:${slug(c.capital)}`, kind: 'PLACE', subtype: 'city', name: c.capital, aliases: c.capital_aliases, provisional: false, description: `Capital of ${c.name}.`, ...(capitalLocation ? { location: capitalLocation } : {}) });
      for (const name of [c.capital, ...c.capital_aliases]) capitals.set(normalizeName(name), country.actorId);
    }
    return country;
  });
  for (const [kind, list] of [['PLACE', file.places], ['ACTOR', file.actors]] as const) {
    for (const k of list) {
      const location = locate(k.gazetteer);
      add({ id: k.id, kind: kind as EntityKind, subtype: k.subtype, name: k.name, aliases: k.aliases, provisional: false, ...(k.role ? { role: k.role } : {}), ...(location ? { location } : {}) });
    }
  }
  const byLabel = new Map<string, string[]>();
  const [initials, spelledOut] = [new Set<string>(), new Set<string>()];
  for (const e of entities.values()) {
    for (const label of [e.name, ...e.aliases]) {
      const key = normalizeName(label);
      byLabel.set(key, [...new Set([...(byLabel.get(key) ?? []), e.id])]);
      (isInitials(label) && key.replace(/ /g, '').length <= 3 ? initials : spelledOut).add(key);
    }
  }
  for (const [label, actorId] of capitals) byLabel.set(label, [...(byLabel.get(label) ?? []), actorId]);
  const labels = [...new Set([...entities.values()].flatMap((e) => [e.name, ...e.aliases]))].sort((a, b) => b.length - a.length);
  const countryByWord = new Map<string, Country>();
  for (const c of countries) for (const w of [c.name, ...c.demonyms]) countryByWord.set(normalizeName(w), c);
  const things: Lexicon['things'] = new Map();
  for (const [category, t] of Object.entries(file.things)) for (const w of t.words) things.set(w.toLowerCase(), { category, kind: t.kind, ...(t.split ? { split: t.split } : {}) });
  const forces = new Map(file.actors.flatMap((a) => (a.forces ? [[a.id, a.forces] as [string, string]] : [])));
  cached = {
    entities,
    byLabel,
    initialsOnly: new Set([...initials].filter((key) => !spelledOut.has(key))),
    labels,
    countries,
    countryByWord,
    countryByCapital: new Map(countries.flatMap((c) => (c.capitalId ? [[c.capitalId, c] as const] : []))),
    bodies: Object.entries(file.bodies).map(([key, b]) => ({ key, ...b })),
    titles: [...file.titles].sort((a, b) => b.length - a.length),
    things,
    forces,
    thingModifiers: file.thing_modifiers,
  };
  return cached;
}
