// Mention detection: spans of an article that name a place or an actor, found from the lexicon
// (known names, a country's bodies and forces, titled persons) and from wink-nlp's proper nouns.
import { normalizeName } from '../../model/search-keys.js';
import { analyse, type Token } from '../nlp/wink.js';
import type { Country, Lexicon } from './lexicon.js';

export type MentionRef =
  | { type: 'known'; ids: string[] }
  | { type: 'body'; country: Country; body: Lexicon['bodies'][number]; ethnic?: boolean }
  /** "the defence ministry", "the army": a body of the country last named ("federal forces": of the
   * country the story is about; "the ministry": the ministry named last). */
  | { type: 'bare-body'; body: Lexicon['bodies'][number]; of?: 'story-country' | 'last-ministry' }
  /** "the city", "the town": the settlement named last; "the region", "the territory": the region. */
  | { type: 'anaphor'; kind: 'PLACE'; scale: 'settlement' | 'region' }
  /** "enemy troops": the forces named last; "the crowd": the group of people named last. */
  | { type: 'group-anaphor'; of: 'forces' | 'population' }
  | { type: 'person'; name: string; role?: string }
  /** A proper noun the lexicon and graph may not know; `weak` when only a guess (it counts only in a claim). */
  | { type: 'name'; name: string; kind: 'PLACE' | 'ACTOR'; weak?: boolean }
  /** `id`: the slug base when it is not the surface; `place`: where the group lives (not where it came from). */
  | { type: 'population'; name: string; id?: string; aliases?: string[]; place?: string; weak?: boolean }
  /** `identity`: what tells two things of a category apart (a head noun, a road's ends), '' when anaphoric. */
  | { type: 'thing'; category: string; kind: 'PLACE' | 'ACTOR'; name: string; aliases: string[]; identity: string }
  /** "his country's soldiers", "its forces": the forces of the country last named. */
  | { type: 'their-forces'; personal: boolean };

export interface MentionCandidate {
  start: number;
  end: number;
  surface: string;
  ref: MentionRef;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'the', 'a', 'an', 'photo', 'screengrab', 'but', 'and', 'it', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at', 'mr', 'mrs', 'ms',
]);
const CONNECTORS = new Set(['da', 'de', 'do', 'dos', 'del', 'la', 'al', 'el', 'ul', 'for', 'of']);
const CAPITALISED = "\\p{Lu}[\\p{L}'’-]+(?: (?:da|de|do|del|al|el) [\\p{L}'’-]+| \\p{Lu}[\\p{L}'’-]+)*";
const ROAD_ENDS = new RegExp(
  `^ ((?:(?:that|which) (?:links|connects|runs from)|connecting|linking|between|from) ${CAPITALISED} (?:with|and|to) ${CAPITALISED}|(?:into|to) ${CAPITALISED})`,
  'u',
);
const REGION_SUBTYPES = new Set(['region', 'district', 'province', 'state', 'oblast']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside', 'toward', 'towards', 'around', 'of', 'north', 'south', 'east', 'west', 'via', 'through']);

interface Matchers {
  known: RegExp;
  body: RegExp;
  bareBody: RegExp;
  anaphor: RegExp;
  coordinated: RegExp;
  population: RegExp;
  placePopulation: RegExp;
  thing: RegExp;
  titled: RegExp;
}

const matchersCache = new WeakMap<Lexicon, Matchers>();

function matchers(lexicon: Lexicon): Matchers {
  let m = matchersCache.get(lexicon);
  if (m) return m;
  const countryWords = lexicon.countries.flatMap((c) => [c.name, ...c.demonyms]);
  const demonyms = lexicon.countries.flatMap((c) => c.demonyms);
  const forms = lexicon.bodies.flatMap((b) => b.forms.flatMap((f) => [f, titleCase(f)]));
  const name = "\\p{Lu}[\\p{L}'’-]+";
  m = {
    known: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.labels)})(?![\\p{L}\\p{N}])`, 'gu'),
    // "military" before a thing noun is an adjective ("Russia's military base").
    body: new RegExp(
      `(?<![\\p{L}\\p{N}])(?<ethnic>[Ee]thnic )?(?<country>${alternation(countryWords)})(?:'s|’s)? (?<form>${alternation(forms)})(?![\\p{L}\\p{N}])(?<!military(?= (?:${alternation([...lexicon.things.keys()])})\\b))`,
      'gu',
    ),
    bareBody: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:[Tt]he (?<form>(?:defen[cs]e|foreign|health|interior) ministry|ministry|army|military)|(?<form2>peacekeepers|[Ff]ederal (?:forces|troops)|[Gg]overnment (?:forces|troops)|parliament))(?![\\p{L}\\p{N}])(?! (?:${alternation([...lexicon.things.keys()])})\\b)`,
      'gu',
    ),
    anaphor: /(?<![\p{L}\p{N}])[Tt]he (?<noun>city|town|village|region|territory|province)(?![\p{L}\p{N}'’]| of )/gu,
    coordinated: new RegExp(`(?<![\\p{L}\\p{N}])(?<country>${alternation(demonyms)}) and (?:${alternation(demonyms)}) (?<form>${alternation(forms)})(?![\\p{L}\\p{N}])`, 'gu'),
    placePopulation: new RegExp(`(?<![\\p{L}\\p{N}])(?<place>${alternation(lexicon.labels)}) (?<group>residents|refugees|civilians|villagers|protesters)(?![\\p{L}\\p{N}])`, 'gu'),
    thing: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:the|a|an|its|their|one of its|one of their) )?(?<mods>(?:(?:${alternation([...lexicon.thingModifiers, ...demonyms])}) ){0,3})(?<noun>${alternation([...lexicon.things.keys()])})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    population: new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:[Ee]thnic|[Ll]ocal) )?(?:${alternation(demonyms.map((d) => `${d}s`))})(?![\\p{L}\\p{N}])`, 'gu'),
    titled: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?<country>${alternation(countryWords)})(?:'s|’s)? )?(?<title>${alternation(lexicon.titles)}) (?<name>${name}(?: ${name}){0,3})`,
      'gu',
    ),
  };
  matchersCache.set(lexicon, m);
  return m;
}

function singularOf(noun: string): string {
  if (/ of |(?:ss|us)$/.test(noun) || ['aircraft', 'vehicles'].includes(noun)) return noun;
  if (/uses$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, '');
}

/**
 * Two names for one thing side by side: "Tigray People's Liberation Front (TPLF)" and "Stepanakert
 * (Khankendi)" are one mention; in "the Lachin corridor, the road that links X with Y" the road is
 * the corridor.
 */
function mergeAppositions(text: string, found: MentionCandidate[]): MentionCandidate[] {
  const merged: MentionCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const next = found[i + 1];
    const prev = merged[merged.length - 1];
    if (next && text.slice(m.end, next.start) === ' (' && text[next.end] === ')' && m.ref.type !== 'thing' && next.ref.type !== 'thing') {
      merged.push({ ...m, end: next.end + 1, surface: text.slice(m.start, next.end + 1) });
      i++;
    } else if (m.ref.type === 'thing' && m.ref.kind === 'PLACE' && m.ref.identity && prev?.ref.type === 'known' && /^, (?:the|a|an) $/.test(text.slice(prev.end, m.start))) {
      merged.push({ ...m, ref: prev.ref });
    } else merged.push(m);
  }
  return merged;
}

/** Longest span wins; among equal spans the first found (lexicon before patterns before NLP). */
function dropOverlaps(found: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: MentionCandidate[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function properNounRuns(tokens: Token[], known: (run: Token[]) => boolean): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[i].text)) continue;
    let j = i;
    // "Nagorno - Karabakh": hyphens join; so does a following capitalised proper noun.
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const after = tokens[j + 2];
      const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN');
      if (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text) && next.start - tokens[j].end <= 1) j++;
      else if (next.text === '-' && after?.pos === 'PROPN' && next.start === tokens[j].end) j += 2;
      // "Mocimboa da Praia", "Donetsk People's Republic", "International Organization for Migration".
      else if (CONNECTORS.has(next.text) && capital(after) && next.start - tokens[j].end <= 1) j += 2;
      // A possessive joins a name ("People's Republic") unless what precedes is a name already known.
      else if ((next.text === "'s" || next.text === '’s') && capital(after) && !known(tokens.slice(i, j + 1))) j += 2;
      else break;
    }
    runs.push({ first: i, last: j });
    i = j;
  }
  return runs;
}

export function detectMentions(text: string, lexicon: Lexicon): MentionCandidate[] {
  const m = matchers(lexicon);
  const found: MentionCandidate[] = [];
  const push = (start: number, end: number, ref: MentionRef) => found.push({ start, end, surface: text.slice(start, end), ref });

  for (const hit of text.matchAll(m.known)) {
    push(hit.index!, hit.index! + hit[0].length, { type: 'known', ids: lexicon.byLabel.get(normalizeName(hit[0])) ?? [] });
  }
  for (const hit of text.matchAll(m.body)) {
    const country = lexicon.countryByWord.get(normalizeName(hit.groups!.country));
    const form = hit.groups!.form.toLowerCase();
    const body = lexicon.bodies.find((b) => b.forms.includes(form));
    if (country && body && body.key !== 'president') push(hit.index!, hit.index! + hit[0].length, { type: 'body', country, body, ethnic: Boolean(hit.groups!.ethnic) });
  }
  for (const hit of text.matchAll(m.bareBody)) {
    const form = (hit.groups!.form ?? hit.groups!.form2).toLowerCase().replace('defense', 'defence');
    const key = /army|military|forces|troops/.test(form) ? 'forces' : form === 'ministry' ? 'defence-ministry' : undefined;
    const body = lexicon.bodies.find((b) => (key ? b.key === key : b.forms.includes(form))) ?? lexicon.bodies.find((b) => b.key === 'defence-ministry');
    const of = /^(?:federal|government) /.test(form) ? 'story-country' : form === 'ministry' ? 'last-ministry' : undefined;
    if (body) push(hit.index!, hit.index! + hit[0].length, { type: 'bare-body', body, ...(of ? { of } : {}) });
  }
  for (const hit of text.matchAll(m.anaphor)) {
    const scale = /city|town|village/.test(hit.groups!.noun) ? 'settlement' : 'region';
    push(hit.index!, hit.index! + hit[0].length, { type: 'anaphor', kind: 'PLACE', scale });
  }
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])(?:[Ee]nemy (?<forces>forces|troops|soldiers|fighters)|[Tt]he (?:crowd|mob))(?![\p{L}\p{N}])/gu)) {
    push(hit.index!, hit.index! + hit[0].length, { type: 'group-anaphor', of: hit.groups!.forces ? 'forces' : 'population' });
  }
  // "where the helicopter was shot down": the site, an unnamed place a distance can be measured from.
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])where (?:the|a|an) (?:[\w-]+ )?[\w-]+ (?:was shot down|was downed|came down|crashed|was hit|landed)(?![\p{L}\p{N}])/gu)) {
    push(hit.index!, hit.index! + hit[0].length, { type: 'thing', category: 'site', kind: 'PLACE', name: hit[0], aliases: [], identity: hit[0] });
  }
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:country's |country’s )?(?:forces|troops|soldiers|army)(?![\p{L}\p{N}])/gu)) {
    push(hit.index!, hit.index! + hit[0].length, { type: 'their-forces', personal: /^[Hh](?:is|er) /.test(hit[0]) });
  }
  // "Armenian and Azerbaijani forces": the first demonym shares the second's noun.
  for (const hit of text.matchAll(m.coordinated)) {
    const country = lexicon.countryByWord.get(normalizeName(hit.groups!.country));
    const body = lexicon.bodies.find((b) => b.forms.includes(hit.groups!.form.toLowerCase()));
    if (country && body) push(hit.index!, hit.index! + hit.groups!.country.length, { type: 'body', country, body });
  }
  // "Nagorno-Karabakh residents", "residents of Kramatorsk": a population group named after a place.
  for (const hit of text.matchAll(m.placePopulation)) {
    push(hit.index!, hit.index! + hit[0].length, { type: 'population', name: hit[0] });
  }
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])(?<group>[Rr]esidents|[Rr]efugees|[Pp]eople|[Cc]ivilians) (?<rel>of|from) (?<place>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu)) {
    const { group, rel, place } = hit.groups!;
    // Residents of a place are there ("a block of flats in the town" is theirs); people from it came away.
    push(hit.index!, hit.index! + hit[0].length, { type: 'population', name: `${place} ${group.toLowerCase()}`, ...(rel === 'of' ? { place } : {}) });
  }
  // "People displaced from Palma": the group only, so the place stays a mention of its own.
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])(?<group>[Rr]esidents|[Pp]eople|[Cc]ivilians|[Ff]amilies) (?:displaced|evacuated|who fled) from (?<place>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu)) {
    const group = hit.groups!.group.toLowerCase();
    const place = hit.groups!.place;
    push(hit.index!, hit.index! + group.length, { type: 'population', name: `${place} ${group}`, id: `${group} from ${place}`, aliases: [`${group} from ${place}`] });
  }
  // Things the story turns on ("one of its military helicopters", "the main road").
  for (const hit of text.matchAll(m.thing)) {
    const noun = hit.groups!.noun.toLowerCase();
    const thing = lexicon.things.get(noun);
    if (!thing) continue;
    // "by road", "a border village": a way of travelling, a kind of place, not a thing of the story.
    if (/\bby $/.test(text.slice(hit.index! - 3, hit.index!)) || /^ (?:village|town|city|region|area|guards?|police)\b/.test(text.slice(hit.index! + hit[0].length, hit.index! + hit[0].length + 9))) continue;
    const mods = hit.groups!.mods.trim();
    const singular = singularOf(noun);
    const start = hit.index! + hit[0].length - (hit.groups!.mods.length + hit.groups!.noun.length);
    const end = hit.index! + hit[0].length;
    // A border is named by what follows it ("the border with the Azerbaijan exclave of Nakhchivan").
    const withWhat = thing.category === 'border' ? /^ with ([^,.;]+?)(?=,|\.|;| and | but |$)/.exec(text.slice(end, end + 80)) : null;
    // A road is named by the places it links ("the road that links X with Y", "the road into Mueda").
    const ends = thing.category === 'road' ? ROAD_ENDS.exec(text.slice(end, end + 100)) : null;
    const base = `${mods ? `${mods} ` : ''}${singular}`;
    const name = withWhat ? `border with ${text.slice(end + withWhat[0].length - withWhat[1].length, end + withWhat[0].length)}` : ends ? `${base} ${ends[1]}` : base;
    // "the airport in Gondar" is also known by where it is.
    const where = /^ (in|near|of|outside) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u.exec(text.slice(end, end + 60));
    const aliases = where ? [`${base} ${where[1]} ${where[2]}`, `${where[2]} ${singular}`] : [];
    if (where && base !== singular) aliases.push(`${singular} ${where[1]} ${where[2]}`);
    // Things of a category are told apart as the lexicon says: by their noun, or by what names them
    // (a bare "the road" is the road named last).
    const identity = thing.split === 'noun' ? singular : thing.split === 'name' ? (withWhat || ends ? name : '') : 'one';
    push(start, end, { type: 'thing', category: thing.category, kind: thing.kind, name, aliases, identity });
  }
  // "ethnic Armenians", "Russians": a population group named after a country.
  // Named after a country only, a group counts when a claim is about it ("that Armenians call Shushi").
  for (const hit of text.matchAll(m.population)) {
    push(hit.index!, hit.index! + hit[0].length, { type: 'population', name: hit[0], weak: true });
  }
  for (const hit of text.matchAll(m.titled)) {
    const name = hit.groups!.name;
    const start = hit.index! + hit[0].length - name.length;
    const role = [hit.groups!.country, hit.groups!.title].filter(Boolean).join(' ');
    push(start, start + name.length, { type: 'person', name, role });
  }
  const { tokens } = analyse(text);
  const knownRun = (run: Token[]) => lexicon.byLabel.has(normalizeName(run.map((t) => t.text).join(' ')));
  const titleWords = new Set(lexicon.titles.flatMap((t) => t.split(' ')).concat(lexicon.countries.flatMap((c) => c.demonyms)));
  for (const raw of properNounRuns(tokens, knownRun)) {
    // Titles and demonyms before a name are not part of it ("Prime Minister Abiy Ahmed").
    const run = { ...raw };
    // Nor are counts ("Hundreds of Stepanakert residents").
    while (run.first < run.last && (titleWords.has(tokens[run.first].text) || /^(?:Hundreds|Thousands|Dozens|Tens|Millions|of)$/.test(tokens[run.first].text))) run.first++;
    const start = tokens[run.first].start;
    const end = tokens[run.last].end;
    const surface = text.slice(start, end).replace(/(?:'s|’s)$/, '');
    if (NOT_NAMES.has(surface.toLowerCase())) continue;
    const before = tokens[run.first - 1]?.text.toLowerCase() ?? '';
    const words = surface.split(/\s+/).length;
    // A lone capitalised word opening a sentence is usually just that ("Long lines of …").
    const opensSentence = run.first === 0 || /^[.!?\n]/.test(before) || /\n/.test(text.slice(tokens[run.first - 1]?.end ?? 0, start));
    if (words === 1 && opensSentence) continue;
    // A bare demonym is an adjective here, not a name.
    if (words === 1 && lexicon.countryByWord.has(normalizeName(surface)) && !lexicon.byLabel.has(normalizeName(surface))) continue;
    // "according to X" names a source, not a place.
    const place = PLACE_PREPOSITIONS.has(before) && tokens[run.first - 2]?.text.toLowerCase() !== 'according';
    const region = /^ (?:region|province|oblast|state|district)\b/.exec(text.slice(start + surface.length, start + surface.length + 12));
    // "the Tigray region" is the known region Tigray; "the Donetsk region" is not the city Donetsk.
    const knownRegion = region ? lexicon.byLabel.get(normalizeName(surface))?.filter((id) => REGION_SUBTYPES.has(lexicon.entities.get(id)?.subtype ?? '')) : undefined;
    if (region && knownRegion?.length) push(start, start + surface.length + region[0].length, { type: 'known', ids: knownRegion });
    else if (region) push(start, start + surface.length + region[0].length, { type: 'name', name: `${surface}${region[0]}`, kind: 'PLACE' });
    else if (place) push(start, start + surface.length, { type: 'name', name: surface, kind: 'PLACE' });
    else if (words >= 2 && !/\b(?:for|of|and)\b/.test(surface)) push(start, start + surface.length, { type: 'person', name: surface });
    else push(start, start + surface.length, { type: 'name', name: surface, kind: words >= 2 ? 'ACTOR' : 'PLACE', weak: words === 1 });
  }
  return mergeAppositions(text, dropOverlaps(found));
}
