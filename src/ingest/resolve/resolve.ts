// The resolve stage: mentions that name the same thing within the article become one entity
// ("Abiy" and "Abiy Ahmed", "TPLF" and "Tigray People's Liberation Front"), and each entity
// gets the id of what the graph already holds (found by its stored search keys: case,
// diacritics, aliases, transliteration skeletons), of a lexicon entry, or a new provisional id.
import type { EntityKind, EntityRecord } from '../../model/records.js';
import { normalizeName, skeletonKey } from '../../model/search-keys.js';
import { type Lexicon, slug } from '../mentions/lexicon.js';
import { ACRONYM, type Mention, type Mentions, REGION_NOUNS } from '../mentions/find-mentions.js';

/** Looks up normalised search keys in the graph (the store port's entityIdsByKeys). */
export type GraphLookup = (keys: string[]) => Promise<{ key: string; id: string; kind: EntityKind }[]>;

export type Resolution = 'graph' | 'lexicon' | 'new';

export interface ResolvedEntity {
  /** The place, or for a country its place and its state actor (place first). */
  ids: string[];
  name: string;
  kind: 'PLACE' | 'ACTOR';
  type: Mention['type'];
  resolution: Resolution;
  /** Records to create (new or lexicon entities the graph lacks). */
  records: EntityRecord[];
  /** Spellings this article uses that the graph entity lacks. */
  newAliases: string[];
}

export interface Resolved {
  entities: ResolvedEntity[];
  /** Mention index → index into entities. */
  entityOf: number[];
}

const GENERIC_SUFFIX = new RegExp(`\\s+(?:${[...REGION_NOUNS].join('|')})$`, 'i');
/** A place's name without the kind of place after it ("Helmand province" is Helmand). */
const withoutKind = (text: string) => text.replace(GENERIC_SUFFIX, '') || text;

const words = (text: string) => normalizeName(text).split(' ').filter(Boolean);
const initials = (text: string) =>
  text
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

export async function resolveEntities(found: Mentions, text: string, lexicon: Lexicon, lookup: GraphLookup): Promise<Resolved> {
  const { mentions } = found;
  const parent = mentions.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  // One name is one thing within an article, whatever kind NER guessed for each mention ("Saada" a
  // person here, a place there); the cluster's kind is decided below.
  const compatible = (a: Mention, b: Mention) => a.kind === b.kind || a.type === 'country' || b.type === 'country' || normalizeName(a.text) === normalizeName(b.text);
  const byLabel = new Map<string, number>();
  mentions.forEach((m, i) => {
    // "Borno state" and "Borno" are one place.
    const label = normalizeName(m.kind === 'PLACE' ? withoutKind(m.text) : m.text);
    const known = lexicon.byLabel.get(label)?.[0];
    for (const key of [label, ...(known ? [`lexicon:${known}`] : [])]) {
      const other = byLabel.get(key);
      if (other !== undefined && compatible(mentions[other], m)) join(i, other);
      else byLabel.set(key, i);
    }
  });
  mentions.forEach((m, i) => {
    // A short form of a person named in full ("Abiy" for "Abiy Ahmed", "Aliyev" for "Ilham Aliyev").
    if (m.type === 'person') {
      const mine = words(m.text);
      // Of two people it could be short for ("Mohamud": Hassan Sheikh Mohamud, Mohamud Indha-Asse),
      // the one it is the surname of, then the one named last before it.
      const rank = (o: Mention) => [words(o.text).at(-1) === mine.at(-1) ? 0 : 1, o.start < m.start ? 0 : 1, Math.abs(m.start - o.start)];
      const fuller = mentions
        .map((o, j) => ({ o, j }))
        .filter(({ o }) => o.type === 'person' && o.text.length > m.text.length && mine.every((w) => words(o.text).includes(w)))
        .map(({ o, j }) => ({ j, rank: rank(o) }))
        .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2])[0];
      if (fuller) join(i, fuller.j);
    }
    // An acronym: given in brackets after the full name, or the initials of a name in the article.
    if (ACRONYM.test(m.text)) {
      const before = text.slice(0, m.start).match(/(\S[^()]*?)\s*\(\s*$/);
      const full = before
        ? mentions.findIndex((o) => o.end <= m.start && text.slice(o.end, m.start).trim() === '(')
        : mentions.findIndex((o) => o !== m && o.kind === m.kind && initials(o.text).toUpperCase() === m.text.replace(/[.&-]/g, '') && o.text.includes(' '));
      if (full >= 0) join(i, full);
    }
  });

  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  const clusters = [...groups.values()].map((members) => {
    const named = members.map((i) => mentions[i]);
    // The fullest name stands for the entity; an acronym only when nothing else names it.
    const best = [...named].sort((a, b) => Number(/^[A-Z]{2,}$/.test(a.text)) - Number(/^[A-Z]{2,}$/.test(b.text)) || b.text.length - a.text.length)[0];
    const country = named.some((m) => m.type === 'country');
    // NER's guesses vote; a place's name as a person's is the usual mistake, so places win ties.
    const places = named.filter((m) => m.kind === 'PLACE').length;
    const kind = country || places * 2 >= named.length ? ('PLACE' as const) : ('ACTOR' as const);
    const typed = named.find((m) => m.kind === kind && m.text === best.text) ?? named.find((m) => m.kind === kind) ?? best;
    return {
      members,
      // "Helmand province" is Helmand; "Armenia's Defence Ministry" is the Armenian Defence Ministry.
      name: bodyVariants(kind === 'PLACE' ? withoutKind(best.text) : best.text, lexicon)[0],
      kind,
      type: country ? ('country' as const) : typed.type,
      spellings: [...new Set(named.map((m) => m.text))],
      title: named.find((m) => m.title)?.title,
    };
  });

  const keysOf = (c: (typeof clusters)[number]) => {
    const keys = [...new Set([c.name, ...c.spellings].flatMap((s) => bodyVariants(s, lexicon)).map(normalizeName))];
    if (c.type === 'person' && words(c.name).length >= 2) keys.push(`~${skeletonKey(c.name)}`);
    return keys;
  };
  const hits = await lookup([...new Set(clusters.flatMap(keysOf))]);
  const byKey = new Map<string, { id: string; kind: EntityKind }[]>();
  for (const h of hits) byKey.set(h.key, [...(byKey.get(h.key) ?? []), h]);

  const entityOf = new Array<number>(mentions.length);
  const entities: ResolvedEntity[] = clusters.map((c, index) => {
    for (const i of c.members) entityOf[i] = index;
    const wantKinds: EntityKind[] = c.type === 'country' ? ['PLACE', 'ACTOR'] : [c.kind];
    // The canonical name's keys first, then the other spellings, then the skeleton.
    const keys = keysOf(c);
    // What the graph holds by this very name outweighs NER's guess at its kind ("Shusha" tagged a person).
    const exact = [
      ...(byKey.get(normalizeName(c.name)) ?? []),
      ...(lexicon.byLabel.get(normalizeName(c.name)) ?? []).map((id) => ({ id, kind: lexicon.entities.get(id)!.kind })),
    ];
    const kinds = [...new Set(exact.map((h) => h.kind))];
    if (!exact.some((h) => wantKinds.includes(h.kind)) && kinds.length === 1 && kinds[0] !== 'EVENT') wantKinds.splice(0, wantKinds.length, kinds[0]);
    const graphIds = wantKinds.map((kind) => keys.flatMap((k) => byKey.get(k) ?? []).find((h) => h.kind === kind)?.id);
    if (graphIds[0]) {
      const ids = c.type === 'country' ? (graphIds.filter(Boolean) as string[]) : [graphIds[0]];
      const kind = ids[0].startsWith('place:') ? ('PLACE' as const) : ('ACTOR' as const);
      return { ids, name: c.name, kind, type: kind === c.kind ? c.type : kind === 'PLACE' ? ('site' as const) : ('organisation' as const), resolution: 'graph' as const, records: [], newAliases: c.spellings };
    }
    const lexiconIds = keys.flatMap((k) => lexicon.byLabel.get(k) ?? []).filter((id, i, all) => all.indexOf(id) === i);
    const known = wantKinds.map((kind) => lexiconIds.find((id) => lexicon.entities.get(id)?.kind === kind)).filter((id): id is string => Boolean(id));
    if (known.length) {
      const records = known.map((id) => lexicon.entities.get(id)!);
      const extra = c.spellings.filter((s) => !records.some((r) => [r.name, ...r.aliases].some((n) => normalizeName(n) === normalizeName(s))));
      const kind = records[0].kind === 'PLACE' ? ('PLACE' as const) : ('ACTOR' as const);
      const type = kind === c.kind ? c.type : kind === 'PLACE' ? ('site' as const) : records[0].subtype === 'person' ? ('person' as const) : ('organisation' as const);
      return { ids: known, name: records[0].name, kind, type, resolution: 'lexicon' as const, records: records.map((r) => ({ ...r, aliases: [...r.aliases, ...extra] })), newAliases: [] };
    }
    return { ...newEntity(c.name, c.kind, c.type, c.spellings, c.title), resolution: 'new' as const, newAliases: [] };
  });
  return { entities, entityOf };
}

/**
 * A country's body by every name the graph may know it by, the canonical one first: "Armenia's
 * Defence Ministry" → "Armenian Defence Ministry", "Armenia's Defence Ministry", and the other
 * spelling of defence/defense.
 */
function bodyVariants(name: string, lexicon: Lexicon): string[] {
  const m = /^(.+?)(?:'s|’s)\s+(.+)$/.exec(name) ?? /^(\S+(?:\s\S+)?)\s+(.+)$/.exec(name);
  const country = m ? lexicon.countries.find((c) => normalizeName(c.name) === normalizeName(m[1]) || c.demonyms.some((d) => normalizeName(d) === normalizeName(m[1]))) : undefined;
  const body = m && /\b(?:ministry|army|military|forces|government|police|navy|parliament|cabinet|authorities|presidency|embassy|air force|guard)$/i.test(m[2]);
  // The canonical name is the lexicon's: demonym and British spelling ("Azerbaijani Defence Ministry").
  const forms = country && m && body ? [`${country.demonyms[0]} ${m[2].replace(/Defense/g, 'Defence').replace(/defense/g, 'defence')}`, `${country.name}'s ${m[2]}`, name] : [name];
  const spelled = forms.flatMap((f) => [f, f.replace(/defence/gi, 'defense'), f.replace(/defense/gi, 'defence')]);
  return [...new Set(spelled)];
}

const SUBTYPES: Record<Mention['type'], string> = { person: 'person', organisation: 'organisation', country: 'country', region: 'region', city: 'city', site: 'site' };

function newEntity(name: string, kind: 'PLACE' | 'ACTOR', type: Mention['type'], spellings: string[], title: string | undefined) {
  const aliases = spellings.filter((s) => s !== name);
  const base = { name, aliases, provisional: true };
  if (type === 'country') {
    const place = `place:${slug(name)}`;
    const actor = `actor:${slug(name)}`;
    return {
      ids: [place, actor],
      name,
      kind,
      type,
      records: [
        { id: place, kind: 'PLACE' as const, subtype: 'country', counterpartId: actor, ...base },
        { id: actor, kind: 'ACTOR' as const, subtype: 'state', counterpartId: place, ...base },
      ],
    };
  }
  const id = `${kind === 'PLACE' ? 'place' : 'actor'}:${slug(name)}`;
  return { ids: [id], name, kind, type, records: [{ id, kind, subtype: SUBTYPES[type], ...base, ...(title ? { role: title } : {}) }] };
}
