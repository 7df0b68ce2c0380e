// The mentions stage: the names an article uses, typed, from CoreNLP's NER (and the shipped
// lexicon for names NER misses), and the coreference chains that point back at them. Produces
// no ids: that is the resolve stage's job.
import { normalizeName } from '../../model/search-keys.js';
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../nlp/document.js';
import { isInitials, type Lexicon } from './lexicon.js';

/** What a name is, as precisely as the text tells: the gold guidelines' types. */
export type MentionType = 'person' | 'organisation' | 'country' | 'region' | 'city' | 'site';

export interface Mention {
  sentence: number;
  /** 1-based token span [tokenBegin, tokenEnd) in its sentence. */
  tokenBegin: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  kind: 'PLACE' | 'ACTOR';
  type: MentionType;
  /** A title NER found right before a person ("Prime Minister", "TPLF leader"). */
  title?: string;
}

/** Pronouns and descriptions that a coreference chain ties to a named mention. */
export interface Anaphor {
  sentence: number;
  tokenBegin: number;
  tokenEnd: number;
  head: number;
  /** Index into the mentions list of the named mention the chain is about. */
  antecedent: number;
}

export interface Mentions {
  mentions: Mention[];
  anaphors: Anaphor[];
}

const NER_TYPES: Record<string, { kind: Mention['kind']; type: MentionType }> = {
  PERSON: { kind: 'ACTOR', type: 'person' },
  ORGANIZATION: { kind: 'ACTOR', type: 'organisation' },
  COUNTRY: { kind: 'PLACE', type: 'country' },
  STATE_OR_PROVINCE: { kind: 'PLACE', type: 'region' },
  CITY: { kind: 'PLACE', type: 'city' },
  LOCATION: { kind: 'PLACE', type: 'site' },
};

// NER types a name by its context; its last word often says better what it is.
const ORGANISATION_WORDS = new Set(
  ('party front army forces force ministry council committee agency organisation organization union group movement brigade battalion ' +
    'corps police court parliament assembly times news post press tribune herald journal company corporation corp inc ltd bank university ' +
    'institute commission office department government authority association network service guard militia coalition alliance league ' +
    'federation airlines airways television tv radio broadcasting watch cross crescent fund program programme mission congress senate ' +
    'cabinet regime administration command board bureau centre center foundation society church state')
    .split(' '),
);
const PLACE_WORDS = new Set(
  ('valley canal sea river ocean gulf lake mountain mountains hills desert island islands strait bay peninsula province region district ' +
    'county city town village square street road highway airport base border crossing camp bridge dam port harbour harbor coast plain ' +
    'prefecture governorate oblast municipality hospital hotel farm prison jail stadium mosque market station estate manor palace temple shrine')
    .split(' '),
);
const PLACE_TYPE_BY_WORD: Record<string, MentionType> = {
  province: 'region', region: 'region', district: 'region', county: 'region', prefecture: 'region', governorate: 'region', oblast: 'region',
  city: 'city', town: 'city', village: 'city', municipality: 'city',
};

/** Channels, not actors: a statement made on them keeps them as its statedVia. */
const PLATFORMS = new Set(['twitter', 'facebook', 'telegram', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'x']);

/** Corrects NER's type from the name's own last word: "Hindustan Times" is no person, "Red Sea" no organisation. */
function retype(text: string, kind: Mention['kind'], type: MentionType): { kind: Mention['kind']; type: MentionType } {
  const words = text.split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/[^a-z]/g, '');
  // "Islamic State" is a group; a state after a place's name ("Kassala State") is a region.
  if (last === 'state' && words.length > 1 && type !== 'person') return words[0] === 'Islamic' ? { kind: 'ACTOR', type: 'organisation' } : { kind: 'PLACE', type: 'region' };
  if (PLACE_WORDS.has(last) && words.length > 1) return { kind: 'PLACE', type: PLACE_TYPE_BY_WORD[last] ?? (type === 'country' || type === 'organisation' || type === 'person' ? 'site' : type) };
  // (A bank NER found as a location is a river's: "the West Bank".)
  if (ORGANISATION_WORDS.has(last) && words.length > 1 && !(kind === 'PLACE' && last === 'bank')) return { kind: 'ACTOR', type: 'organisation' };
  // "Federation of Students", "Union of Islamic Courts": a body's noun before its "of" or "for".
  const bodyOf = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/.test(w) && ORGANISATION_WORDS.has(words[i - 1].toLowerCase()) && words[i - 1].toLowerCase() !== 'state');
  if (bodyOf > 0 && !PLACE_WORDS.has(last)) return { kind: 'ACTOR', type: 'organisation' };
  // Acronyms name bodies, not people ("YBS", "TPLF").
  if (type === 'person' && /^[A-Z0-9.&-]{2,}$/.test(text)) return { kind: 'ACTOR', type: 'organisation' };
  return { kind, type };
}

/**
 * `publisher`: the article's own publisher, which is not an entity of its story ("Voice of
 * America", "VOA" in "told VOA").
 */
export function findMentions(doc: NlpDocument, lexicon: Lexicon, publisher?: string): Mentions {
  const own = new Set([normalizeName(publisher ?? ''), normalizeName(initialsOf(publisher ?? ''))].filter(Boolean));
  // The publisher's own services are the publisher too: "VOA Somali", "VOA's Horn of Africa Service".
  // (Not a one-letter initial: "Wikinews" is "W", as in "George W. Bush".)
  const forms = [publisher, publisher && initialsOf(publisher)].filter((f): f is string => !!f && f.length > 2).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const ownService = forms.length ? new RegExp(`(?:^|\\W)(?:${forms.join('|')})['’]s\\s+(?:(?:\\p{Lu}[\\p{L}-]*|to|of|for|and)\\s+)*$`, 'u') : undefined;
  const prefixes = [...own].filter((n) => n.length > 2).map((n) => `${n} `);
  const isOwn = (m: Mention) => {
    const label = normalizeName(m.text);
    return own.has(label) || prefixes.some((n) => label.startsWith(n)) || (ownService?.test(doc.text.slice(Math.max(0, m.start - 60), m.start)) ?? false);
  };
  // A storm's name is no one's anywhere in the story ("Cyclone Mahasen …. Mahasen weakened").
  const storms = new Set([...doc.text.matchAll(/\b(?:Typhoon|Hurricane|Cyclone|Storm)\s+(\p{Lu}[\p{L}-]+)/gu)].map((m) => m[1]));
  const mentions: Mention[] = [];
  for (const sentence of doc.sentences) mentions.push(...sentenceMentions(doc.text, sentence, lexicon).filter((m) => !isOwn(m) && !storms.has(m.text)));
  const acronyms = bracketedAcronyms(doc, mentions);
  const named = [...mentions, ...acronyms];
  const all = [...named, ...namedAgain(doc, named, new Set(acronyms.map((a) => a.text)))].sort((a, b) => a.start - b.start);
  return { mentions: all, anaphors: anaphors(doc, all) };
}

/**
 * "the Movement for the Emancipation of the Niger Delta (MEND)": the acronym a name gives itself in
 * brackets, a mention of that body even where NER left it untagged (resolution joins the two).
 */
function bracketedAcronyms(doc: NlpDocument, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'ACTOR' || !m.text.includes(' ')) continue;
    const sentence = doc.sentences[m.sentence];
    const [open, word, close] = [m.tokenEnd, m.tokenEnd + 1, m.tokenEnd + 2].map((i) => sentence.tokens[i - 1]);
    if (!open || !word || !close || !/^(?:\(|-LRB-)$/.test(open.word) || !/^(?:\)|-RRB-)$/.test(close.word) || !ACRONYM.test(word.word)) continue;
    if (mentions.some((o) => o.start <= word.start && word.end <= o.end)) continue;
    out.push({ sentence: m.sentence, tokenBegin: word.index, tokenEnd: word.index + 1, start: word.start, end: word.end, text: word.word, kind: m.kind, type: m.type });
  }
  return out;
}

/**
 * A name NER found in one sentence of the article, where it left the same words untagged in
 * another ("Shining Path rebels have killed", read as a verb and a noun): one article names one
 * thing one way. Names of two capitalised words or more, and acronyms a name gave itself in
 * brackets: NER's type for a lone word ("UNAMID", a place) is too often wrong to spread.
 */
function namedAgain(doc: NlpDocument, mentions: Mention[], acronyms: ReadonlySet<string> = new Set()): Mention[] {
  const names = new Map<string, Mention>();
  for (const m of mentions) if (!names.has(m.text) && (/^\p{Lu}\S*\s+\p{Lu}/u.test(m.text) || acronyms.has(m.text))) names.set(m.text, m);
  // A person's surname alone ("Frank Agyekum … ,” Agyekum noted"), when no other person shares it.
  // (A name ending in a hyphenated given name puts the family name first: "Ban Ki-moon … Ban urged".)
  const surnames = new Map<string, Mention | null>();
  for (const m of mentions) {
    if (m.type !== 'person' || !/\s/.test(m.text)) continue;
    const words = m.text.split(/\s+/);
    const surname = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words.at(-1)!) ? words[0] : words.at(-1)!;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(surname)) surnames.set(surname, surnames.has(surname) && surnames.get(surname)?.text !== m.text ? null : m);
  }
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const here = mentions.filter((m) => m.sentence === sentence.index);
    const taken = (start: number, end: number) => here.some((m) => m.start < end && start < m.end);
    for (const t of sentence.tokens) {
      for (const [name, known] of names) {
        if (!name.startsWith(t.word)) continue;
        const words = tokensSpelling(doc.text, sentence, t.index, name);
        if (!words) continue;
        const [first, last] = words;
        const { start } = sentence.tokens[first - 1];
        const { end } = sentence.tokens[last - 1];
        if (taken(start, end)) continue;
        const again: Mention = { sentence: sentence.index, tokenBegin: first, tokenEnd: last + 1, start, end, text: name, kind: known.kind, type: known.type };
        here.push(again);
        out.push(again);
      }
      // (After the longer names: "Ahmed Shah" before a surname "Ahmed".)
      const person = t.pos === 'NNP' ? surnames.get(t.word) : undefined;
      if (person && !taken(t.start, t.end)) {
        const again: Mention = { sentence: sentence.index, tokenBegin: t.index, tokenEnd: t.index + 1, start: t.start, end: t.end, text: t.word, kind: person.kind, type: person.type };
        here.push(again);
        out.push(again);
      }
    }
  }
  return out;
}

/** The 1-based token range from `first` whose words spell `name` exactly, with the text's own spaces. */
function tokensSpelling(text: string, sentence: NlpSentence, first: number, name: string): [number, number] | undefined {
  const start = sentence.tokens[first - 1].start;
  for (let last = first; last <= sentence.tokens.length; last++) {
    const end = sentence.tokens[last - 1].end;
    if (end - start > name.length) return undefined;
    if (end - start === name.length) return text.slice(start, end) === name ? [first, last] : undefined;
  }
  return undefined;
}

/** An acronym as a name: "MEND", "ADF-NALU", "U.N." (capitals, digits and joiners, 2–10 characters). */
export const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,9}$/;

/** "Voice of America" → "VOA": every word's initial, capitalised. */
const initialsOf = (name: string) => name.split(/\s+/).filter(Boolean).map((w) => w[0].toUpperCase()).join('');

/**
 * Nouns that, after a demonym or a country's possessive, name that country's body ("Sudanese army",
 * "Pakistan's army"). Not its police or authorities: "Iraqi police" are people of it, unnamed.
 */
const BODY_NOUNS = new Set(['army', 'military', 'government', 'navy', 'ministry', 'parliament', 'cabinet', 'forces', 'presidency', 'junta', 'embassy', 'legislature', 'senate']);

/** The last word of a body's name that takes a place after "in" into the name ("Mission in Darfur"). */
const MISSION_NOUNS = new Set(['Mission', 'Operation', 'Co-operation', 'Cooperation']);

/** Who lives in or holds a place, before its name ("Muslim-majority Yala", "Kurdish-controlled Kobani"). */
const QUALIFIER = /^\p{Lu}\p{L}*-(?:majority|dominated|controlled|held|populated|occupied|run|led)\s+(?=\p{Lu})/u;

/** Lower-case nouns after a region's name that belong to it ("Borno state"). */
export const REGION_NOUNS = new Set(['state', 'province', 'region', 'district', 'county', 'governorate', 'prefecture', 'oblast', 'island']);

/** Nouns for a landform, part of its name when capitalised ("Rift Valley", "Niger Delta"). */
const LANDFORMS = new Set(['valley', 'delta', 'desert', 'peninsula', 'plateau', 'mountains', 'hills', 'highlands', 'basin', 'gulf', 'strait']);

/** Nouns for a built place that, after its own name, are part of it ("the Erez checkpoint", "the Hazratbal mosque"). */
const FACILITY_NOUNS = new Set(['camp', 'checkpoint', 'mosque', 'station', 'highway', 'road', 'crossing', 'bridge', 'dam', 'market', 'prison', 'church', 'temple', 'shrine', 'stadium', 'compound']);

/** Prepositions of place: a name after them is a place, whatever NER guessed ("fighting in Saada"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'outside', 'inside', 'toward', 'towards', 'across', 'around', 'through']);
/** Nouns for a settlement: its "of" names the place itself ("the Borno state town of Dikwa"), and a name in apposition to one is a place ("Nampala, a town in central Mali"). */
export const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'capital', 'port', 'island']);
/** Nouns whose "of" names a place ("the town of Ras Lanuf", "large parts of Saada"). */
const PLACE_OF = new Set(['town', 'city', 'village', 'region', 'province', 'district', 'capital', 'outskirts', 'neighborhood', 'neighbourhood', 'suburb', 'area', 'part', 'center', 'centre', 'island']);

function sentenceMentions(text: string, sentence: NlpSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  let title: string | undefined;
  let prevEnd = 0;
  let demonym: NlpSentence['entities'][number] | undefined;
  for (const e of sentence.entities.map((e) => rankedPerson(sentence, beforeLowerOf(sentence, e)))) {
    // A demonym right before an organisation's name is part of it: the "Indonesian Red Cross" is not
    // the Red Cross (the ICRC).
    const m = e.ner === 'ORGANIZATION' && demonym && text.slice(demonym.end, e.start) === ' ' ? { ...e, start: demonym.start, tokenBegin: demonym.tokenBegin, text: text.slice(demonym.start, e.end) } : e;
    demonym = e.ner === 'NATIONALITY' ? e : undefined;
    if (m.ner === 'TITLE') {
      title = m.text;
      prevEnd = m.end;
      continue;
    }
    // A storm's name is no one's ("Typhoon Haiyan").
    if (m.ner === 'PERSON' && /\b(?:typhoon|hurricane|cyclone|storm)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      title = undefined;
      continue;
    }
    // A name NER could not type right after a title is a person's ("Secretary-General Ban Ki-moon" is MISC).
    const typed = NER_TYPES[m.ner] ?? (m.ner === 'MISC' ? miscType(text, sentence, m, title !== undefined && /^[\s-]*$/.test(text.slice(prevEnd, m.start))) : undefined);
    // CoreNLP lists pronouns as PERSON mentions too; they are anaphors, not names.
    const pronoun = m.tokenEnd - m.tokenBegin === 1 && /^(?:PRP\$?|WP\$?)$/.test(sentence.tokens[m.tokenBegin].pos);
    // A name has a capital somewhere; NER sometimes tags a common noun ("army") as an organisation.
    const common = !/\p{Lu}/u.test(m.text);
    if (!typed || pronoun || common || PLATFORMS.has(m.text.toLowerCase())) {
      title = undefined;
      continue;
    }
    const prev = found[found.length - 1];
    const gap = prev && prev.sentence === sentence.index ? text.slice(prev.end, m.start) : undefined;
    // One name split in two by NER ("Galwan" LOCATION + "Valley" CITY, "Saudi" + "Aramco"); not a
    // person beside a body ("Ambassador to the United Nations Nikki Haley").
    const personBesideOther = (prev?.type === 'person') !== (typed.type === 'person');
    if (prev && (gap === ' ' || gap === '-') && ((prev.kind === typed.kind && !personBesideOther) || PLACE_WORDS.has(m.text.toLowerCase()))) {
      prev.end = m.end;
      prev.tokenEnd = m.tokenEnd + 1;
      prev.text = text.slice(prev.start, prev.end);
      Object.assign(prev, retype(prev.text, prev.kind, prev.type));
      continue;
    }
    const words = trimName(text, m.start, m.end);
    found.push({
      sentence: sentence.index,
      tokenBegin: m.tokenBegin + 1,
      tokenEnd: m.tokenEnd + 1,
      start: words.start,
      end: words.end,
      text: text.slice(words.start, words.end),
      ...retype(text.slice(words.start, words.end), typed.kind, typed.type),
      ...(typed.type === 'person' && title ? { title } : {}),
    });
    title = undefined;
  }
  // "Azerbaijan's Defense Ministry": the country's possessive is part of its body's name.
  for (let i = found.length - 2; i >= 0; i--) {
    const [country, body] = [found[i], found[i + 1]];
    if (country.type !== 'country' || body.type !== 'organisation' || !/^(?:'s|’s) $/.test(text.slice(country.end, body.start))) continue;
    if (!BODY_NOUNS.has(body.text.split(/\s+/).pop()!.toLowerCase())) continue;
    found.splice(i, 2, { ...body, tokenBegin: country.tokenBegin, start: country.start, text: text.slice(country.start, body.end) });
  }
  // "Iran's Fars news agency": an agency NER names by its own name alone is that news agency (one the
  // lexicon knows, "Reuters news agency", stays Reuters).
  for (const m of found) {
    // (NER may take "news agency" into a known one's name: "the Agence France-Presse news agency".)
    const known = / news agency$/.exec(m.text);
    const own = known && sentence.tokens.find((t) => t.end === m.end - known[0].length);
    if (m.type === 'organisation' && own && lexicon.byLabel.has(normalizeName(m.text.slice(0, -known[0].length)))) extendTo(text, m, own);
    if (m.type !== 'organisation' || !/^ news agency\b/.test(text.slice(m.end, m.end + 12)) || lexicon.byLabel.has(normalizeName(m.text))) continue;
    const agency = sentence.tokens.find((t) => t.start === m.end + 6);
    if (agency) extendTo(text, m, agency);
  }
  // "Support Group for Islam and Muslims", "Movement for Democracy and Justice": NER may stop a
  // body named by its purpose at "and"; capitalised words after it that name nothing else are its.
  for (const body of found) {
    if (body.type !== 'organisation' || !/ for /.test(body.text) || text.slice(body.end, body.end + 5) !== ' and ') continue;
    const next = sentence.tokens.findIndex((t) => t.start === body.end + 5);
    if (next < 0) continue;
    const theirs = (t: NlpSentence['tokens'][number]) => /^NNPS?$/.test(t.pos) && /^\p{Lu}[\p{L}-]*$/u.test(t.word) && t.ner !== 'TITLE' && !found.some((m) => m.start <= t.start && t.start < m.end);
    let last = next;
    while (last < sentence.tokens.length && theirs(sentence.tokens[last])) last++;
    if (last > next) extendTo(text, body, sentence.tokens[last - 1]);
  }
  // "United Nations Mission in Iraq", "National Organization for Human Rights in Syria": where a
  // body's name ends in a mission's noun, or names what it is for, a place after "in" is part of it
  // (NER stops before "in"); for a body named by its purpose, only a country's name.
  // So is a country after "of" when the name ends in a body's capitalised noun ("Human Rights
  // Commission of Pakistan"), and a country's name right before a body NER named without it ("the
  // ruling Pakistan People's Party"; not one the lexicon knows alone: "Pakistan Taliban" stays two).
  for (let i = found.length - 2; i >= 0; i--) {
    const [body, place] = [found[i], found[i + 1]];
    const between = text.slice(body.end, place.start);
    const last = body.text.split(/\s+/).pop()!;
    if (body.type === 'organisation' && place.type === 'country' && between === ' of ' && /^\p{Lu}/u.test(last) && ORGANISATION_WORDS.has(last.toLowerCase()) && body.text.includes(' ')) {
      found.splice(i, 2, { ...body, tokenEnd: place.tokenEnd, end: place.end, text: text.slice(body.start, place.end) });
      continue;
    }
    const [country, named] = [body, place];
    if (country.type === 'country' && named.type === 'organisation' && between === ' ' && !lexicon.byLabel.has(normalizeName(named.text))) {
      found.splice(i, 2, { ...named, tokenBegin: country.tokenBegin, start: country.start, text: text.slice(country.start, named.end) });
      continue;
    }
    if (body.type !== 'organisation' || place.kind !== 'PLACE' || between !== ' in ') continue;
    const mission = MISSION_NOUNS.has(last);
    if (!mission && !(/ for /.test(body.text) && place.type === 'country')) continue;
    found.splice(i, 2, { ...body, tokenEnd: place.tokenEnd, end: place.end, text: text.slice(body.start, place.end) });
  }
  // "Borno state", "Abyan province": the kind of place after a region's name is part of how it is
  // spelled (the entity keeps "Borno" as its name and "Borno state" as a spelling).
  for (const m of found) {
    const next = sentence.tokens[m.tokenEnd - 1];
    // (Not a part of a larger place: "the Gaya district of Bihar" is Gaya, in Bihar.)
    const after = sentence.tokens[m.tokenEnd];
    if (m.kind !== 'PLACE' || m.type === 'country' || !next) continue;
    if (REGION_NOUNS.has(next.word) && text.slice(m.end, next.start) === ' ' && after?.word !== 'of') {
      takeInNext(text, m, next, 'region');
      continue;
    }
    // "North Waziristan tribal region": a name that qualifies a region's noun past an adjective is a
    // region's, its noun left outside the name ("the region's main town" later refers to it).
    const qualified = sentence.dependencies.find((d) => d.dependent === m.tokenEnd - 1 && d.dep === 'compound' && REGION_NOUNS.has(sentence.tokens[d.governor - 1].word));
    const between = qualified ? sentence.tokens.slice(m.tokenEnd - 1, qualified.governor - 1) : [];
    if (m.type === 'site' && between.length && between.every((t) => t.pos === 'JJ')) m.type = 'region';
  }
  // A person NER found after a preposition of place is a place ("clashes in Saada", "fled to Jimma"),
  // and so is one joined to a place ("in Saada and Amran", "the islands of Leyte and Samar").
  for (const m of found) {
    if (m.type !== 'person') continue;
    const head = m.tokenEnd - 1;
    const cased = sentence.dependencies.some((d) => d.governor === head && d.dep === 'case' && LOCATIVE.has(sentence.tokens[d.dependent - 1].lemma));
    const named = sentence.dependencies.some((d) => d.dependent === head && d.dep === 'nmod:of' && PLACE_OF.has(sentence.tokens[d.governor - 1].lemma));
    const joined = sentence.dependencies.some((d) => d.dependent === head && d.dep.startsWith('conj') && found.some((o) => o !== m && o.kind === 'PLACE' && o.tokenEnd - 1 === d.governor));
    // "Nampala, a town in central Mali": a name in apposition to a noun for a settlement.
    const apposed = sentence.dependencies.some((d) => d.dep === 'appos' && ((d.governor === head && SETTLEMENT_NOUNS.has(sentence.tokens[d.dependent - 1].lemma)) || (d.dependent === head && SETTLEMENT_NOUNS.has(sentence.tokens[d.governor - 1].lemma))));
    // ("the country's commercial capital, Bobo Dioulasso.": the same, where the parse lost the apposition;
    // only a name that ends the sentence or is followed by where or which, never "in the capital, John Smith said".)
    const [before, comma, after, next] = [sentence.tokens[m.tokenBegin - 3], sentence.tokens[m.tokenBegin - 2], sentence.tokens[m.tokenEnd - 1], sentence.tokens[m.tokenEnd]];
    const trailing = comma?.word === ',' && before !== undefined && SETTLEMENT_NOUNS.has(before.lemma) && (after === undefined || /^[.!?]$/.test(after.word) || (after.word === ',' && /^(?:where|which)$/.test(next?.lemma ?? '')));
    if (cased || named || joined || apposed || trailing) Object.assign(m, { kind: 'PLACE', type: 'city' });
  }
  // "the Kassab camp", "Bako city": a name NER took for a person's before a noun for a place is a
  // place's; a settlement's noun only says what it is, a camp's is part of its name.
  for (const m of found) {
    const next = sentence.tokens[m.tokenEnd - 1];
    if (m.type !== 'person' || !next || !PLACE_WORDS.has(next.word) || !sentence.dependencies.some((d) => d.governor === next.index && d.dependent === m.tokenEnd - 1 && d.dep === 'compound')) continue;
    if (PLACE_TYPE_BY_WORD[next.word] === 'city') Object.assign(m, { kind: 'PLACE', type: 'city' });
    else takeInNext(text, m, next);
  }
  // "the Erez checkpoint": a name NER found as a location, no finer, before a built place's noun is
  // that place's (a city's is not: "the Kabul airport" is Kabul's).
  for (const m of found) {
    const next = sentence.tokens[m.tokenEnd - 1];
    if (m.type === 'site' && next && FACILITY_NOUNS.has(next.word) && sentence.dependencies.some((d) => d.governor === next.index && d.dependent === m.tokenEnd - 1 && d.dep === 'compound')) takeInNext(text, m, next, 'site');
  }
  // A country's bodies: "Sudanese army", "Yemeni defense ministry", "Pakistan's army", "the U.S. military".
  sentence.tokens.forEach((t, i) => {
    // A country named in several words ("South Sudan") counts from its first.
    const named = found.find((m) => m.start <= t.start && t.start < m.end);
    if (named && (named.type !== 'country' || named.end !== t.end)) return;
    // NER may leave out the first word of a country's name ("South" of "South Sudan's army").
    const prev = named && named.start !== t.start ? undefined : sentence.tokens[i - 1];
    const longer = prev && /^\p{Lu}/u.test(prev.word) && !found.some((m) => m.start <= prev.start && prev.start < m.end) ? lexicon.countryByWord.get(normalizeName(`${prev.word} ${t.word}`)) : undefined;
    const country = longer ?? lexicon.countryByWord.get(normalizeName(named ? named.text : t.word));
    if (!country) return;
    const first = longer ? prev : undefined;
    let k = i + 1;
    if (sentence.tokens[k]?.word === "'s") k++;
    for (let last = k; last < Math.min(sentence.tokens.length, k + 3); last++) {
      const noun = sentence.tokens[last];
      if (!/^(?:NN|NNS|JJ)$/.test(noun.pos) || /\p{Lu}/u.test(noun.word)) break;
      if (!BODY_NOUNS.has(noun.lemma) && !BODY_NOUNS.has(noun.word.toLowerCase())) continue;
      const start = first?.start ?? named?.start ?? t.start;
      const end = noun.end;
      for (let j = found.length - 1; j >= 0; j--) if (found[j].start >= start && found[j].end <= end) found.splice(j, 1);
      found.push({ sentence: sentence.index, tokenBegin: first?.index ?? named?.tokenBegin ?? t.index, tokenEnd: noun.index + 1, start, end, text: text.slice(start, end), kind: 'ACTOR', type: 'organisation' });
      break;
    }
  });
  // Places NER missed that the words around them name as places: "Unity state", "Shan state", "North
  // West Frontier Province", "the village of al-Haraa", "Baghdad's al-Bayaa neighborhood".
  for (const t of sentence.tokens) {
    if (t.pos !== 'NNP' || found.some((m) => m.start <= t.start && t.start < m.end)) continue;
    const next = sentence.tokens[t.index];
    // (The region's noun may be capitalised as part of the name: "North West Frontier Province".)
    // (So is a landform's capitalised noun: "Kenya's Rift Valley", "the Sinai Peninsula".)
    const regionNoun = next !== undefined && (REGION_NOUNS.has(next.word.toLowerCase()) || (LANDFORMS.has(next.word.toLowerCase()) && /^\p{Lu}/u.test(next.word)));
    // ("the Hazratbal mosque", "the Acholi-Pii camp": a built place named by a name NER did not tag.)
    const facility = next !== undefined && FACILITY_NOUNS.has(next.word);
    const described = next && (regionNoun || facility || next.word === 'neighborhood' || next.word === 'neighbourhood') && sentence.dependencies.some((d) => d.governor === next.index && d.dependent === t.index && d.dep === 'compound');
    const ofPlace = sentence.dependencies.some((d) => d.dependent === t.index && d.dep === 'nmod:of' && PLACE_OF.has(sentence.tokens[d.governor - 1].lemma));
    // ("in central Casablanca, Morocco": a name with its country after a comma.)
    const ofCountry = t.ner === 'O' && sentence.dependencies.some((d) => d.governor === t.index && d.dep === 'appos' && found.some((m) => m.type === 'country' && m.tokenEnd - 1 === d.dependent));
    if (!described && !ofPlace && !ofCountry) continue;
    // The whole name: capitalised words and hyphens before it, and Arabic's article ("al-Haraa").
    let first = t.index;
    while (first > 1 && (sentence.tokens[first - 2].pos === 'NNP' || /^(?:-|al|el)$/.test(sentence.tokens[first - 2].word)) && !found.some((m) => m.tokenBegin <= first - 1 && first - 1 < m.tokenEnd)) first--;
    while (first < t.index && sentence.tokens[first - 1].word === '-') first++;
    const start = sentence.tokens[first - 1].start;
    const region = described && regionNoun;
    const withNoun = described && (regionNoun || facility);
    const end = withNoun ? next.end : t.end;
    found.push({ sentence: sentence.index, tokenBegin: first, tokenEnd: (withNoun ? next.index : t.index) + 1, start, end, text: text.slice(start, end), kind: 'PLACE', type: region ? 'region' : (ofPlace || ofCountry) && !facility ? 'city' : 'site' });
  }
  // Names the lexicon knows and NER missed or cut short ("Nagorno-Karabakh", "UN refugee agency").
  for (const t of sentence.tokens) {
    // Names start with a capital, or with Arabic's article ("al-Qaida").
    if (!/^\p{Lu}/u.test(t.word) && !/^(?:al|el)$/.test(t.word)) continue;
    if (found.some((m) => t.start > m.start && t.start < m.end)) continue;
    // (Up to eight tokens: "Islamic State of Iraq and the Levant", "Al - Qaida in the Islamic Maghreb".)
    for (let last = Math.min(sentence.tokens.length, t.index + 8); last >= t.index; last--) {
      // A name ends on a word, never on the punctuation after it ("Shusha." is Shusha).
      if (!/[\p{L}\p{N}]/u.test(sentence.tokens[last - 1].word)) continue;
      const end = sentence.tokens[last - 1].end;
      const label = normalizeName(text.slice(t.start, end));
      if (lexicon.initialsOnly.has(label) && !isInitials(text.slice(t.start, end))) continue;
      const ids = lexicon.byLabel.get(label);
      const known = ids && lexicon.entities.get(ids[0]);
      // A longer name than NER's wins; one that cuts into another name does not.
      if (!known || found.some((m) => m.start < end && t.start < m.end && (m.start < t.start || m.end > end))) continue;
      for (let j = found.length - 1; j >= 0; j--) if (found[j].start >= t.start && found[j].end <= end) found.splice(j, 1);
      const type: MentionType = known.subtype === 'person' ? 'person' : known.kind === 'ACTOR' ? 'organisation' : known.subtype === 'country' ? 'country' : ['city', 'town', 'village'].includes(known.subtype) ? 'city' : known.subtype === 'region' ? 'region' : 'site';
      found.push({ sentence: sentence.index, tokenBegin: t.index, tokenEnd: last + 1, start: t.start, end, text: text.slice(t.start, end), kind: known.kind === 'PLACE' ? 'PLACE' : 'ACTOR', type });
      break;
    }
  }
  // "Muslim-majority Yala province", "Kurdish-controlled Kobani": who lives in or holds a place is not its name.
  for (const m of found) {
    const qualifier = m.kind === 'PLACE' ? QUALIFIER.exec(m.text) : null;
    const first = qualifier ? sentence.tokens.find((t) => t.start === m.start + qualifier[0].length) : undefined;
    if (first) Object.assign(m, { start: first.start, tokenBegin: first.index, text: text.slice(first.start, m.end) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Extends a mention to end with `last`, a token of its sentence. */
function extendTo(text: string, m: Mention, last: { index: number; end: number }): void {
  Object.assign(m, { tokenEnd: last.index + 1, end: last.end, text: text.slice(m.start, last.end) });
}

/** Extends a mention over the word right after it ("Borno" + "state"); typed `type`, else by its new last word. */
function takeInNext(text: string, m: Mention, next: { index: number; end: number }, type?: MentionType): void {
  extendTo(text, m, next);
  Object.assign(m, type ? { type } : retype(m.text, 'PLACE', 'site'));
}

/** Kinds of land after a name that make it a place's ("Java island", "the Shan state"). */
const LAND_NOUNS = new Set([...REGION_NOUNS, 'islands', ...LANDFORMS]);

/**
 * A name NER could not type: a person's right after a title ("Secretary-General Ban Ki-moon"); a
 * place's when a kind of land follows the proper noun ("Java island", "the eastern Shan state").
 */
function miscType(text: string, sentence: NlpSentence, m: NlpEntityMention, afterTitle: boolean): { kind: Mention['kind']; type: MentionType } | undefined {
  if (afterTitle) return NER_TYPES.PERSON;
  const next = sentence.tokens[m.tokenEnd];
  const proper = sentence.tokens.slice(m.tokenBegin, m.tokenEnd).every((t) => t.pos === 'NNP');
  return proper && next && LAND_NOUNS.has(next.word) && text.slice(m.end, next.start) === ' ' ? { kind: 'PLACE', type: 'region' } : undefined;
}

/** Military ranks NER may take into a person's name. */
const RANKS = new Set(['commodore', 'admiral', 'general', 'gen.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'brigadier', 'marshal']);

/**
 * "Commodore Frank Bainimarama": a military rank and a name are a person's, whatever NER typed the
 * whole (here an organisation); the rank is not part of the name.
 */
function rankedPerson(sentence: NlpSentence, m: NlpEntityMention): NlpEntityMention {
  const tokens = sentence.tokens.slice(m.tokenBegin, m.tokenEnd);
  if (tokens.length < 3 || !RANKS.has(tokens[0].word.toLowerCase()) || !['PERSON', 'ORGANIZATION'].includes(m.ner) || !tokens.slice(1).every((t) => t.pos === 'NNP')) return m;
  const first = tokens[1];
  return { ...m, ner: 'PERSON', tokenBegin: m.tokenBegin + 1, start: first.start, text: m.text.slice(first.start - m.start) };
}

/**
 * A mention cut before "of" when only lower-case words follow it ("District of north-west", after
 * "Hangu"): they say where it is, not what it is called ("Bay of Bengal", "Movement for the
 * Emancipation of the Niger Delta" are names).
 */
function beforeLowerOf(sentence: NlpSentence, m: NlpEntityMention): NlpEntityMention {
  for (let i = m.tokenBegin + 1; i < m.tokenEnd - 1; i++) {
    const [of, next] = [sentence.tokens[i], sentence.tokens[i + 1]];
    const rest = sentence.tokens.slice(i + 1, m.tokenEnd);
    if (of.word !== 'of' || !/^\p{Ll}/u.test(next.word) || rest.some((t) => /\p{Lu}/u.test(t.word))) continue;
    const last = sentence.tokens[i - 1];
    return { ...m, tokenEnd: i, end: last.end, text: m.text.slice(0, last.end - m.start) };
  }
  return m;
}

/** A name without a possessive ending or a leading article. */
function trimName(text: string, start: number, end: number): { start: number; end: number } {
  const name = text.slice(start, end);
  const possessive = /(?:'s|’s|'|’)$/.exec(name);
  if (possessive && name.length > possessive[0].length + 1) end -= possessive[0].length;
  const article = /^(?:the|The)\s+/.exec(text.slice(start, end));
  if (article) start += article[0].length;
  return { start, end };
}

/** Pronouns and descriptions in a coreference chain whose representative (or any member) is a name. */
function anaphors(doc: NlpDocument, mentions: Mention[]): Anaphor[] {
  const out: Anaphor[] = [];
  const at = (sentence: number, token: number) =>
    mentions.findIndex((m) => m.sentence === sentence && token >= m.tokenBegin && token < m.tokenEnd);
  for (const chain of doc.corefs) {
    const named = chain.map((c) => at(c.sentence, c.head)).filter((i) => i >= 0);
    if (!named.length) continue;
    // The longest name in the chain stands for it ("Abiy" → "Abiy Ahmed").
    const antecedent = named.reduce((best, i) => (mentions[i].text.length > mentions[best].text.length ? i : best));
    for (const c of chain) {
      if (at(c.sentence, c.head) >= 0) continue;
      out.push({ sentence: c.sentence, tokenBegin: c.tokenBegin, tokenEnd: c.tokenEnd, head: c.head, antecedent });
    }
  }
  return out;
}
