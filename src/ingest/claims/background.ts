// Background the text states in passing, by its structure rather than a verb: titles ("TPLF
// leader Debretsion Gebremichael" → LEADS), containment ("Hacari in Norte de Santander
// province", "Gondar, a city in Amhara" → LOCATED_IN) and distances ("150km from the
// shootdown" → DISTANCE_FROM).
import { normalizeName } from '../../model/search-keys.js';
import { type Mention, REGION_NOUNS, SETTLEMENT_NOUNS } from '../mentions/find-mentions.js';
import type { NlpToken } from '../nlp/document.js';
import { type ArticleContext, PLACE_NOUNS } from './context.js';

export interface BackgroundClaim {
  predicate: 'LEADS' | 'SPOKESPERSON_FOR' | 'LOCATED_IN' | 'DISTANCE_FROM' | 'CONTROLS';
  rule: string;
  sentence: number;
  subjectId: string;
  objectId: string;
  quantity?: { value: number; unit: string; approximate: boolean };
  start: number;
  end: number;
  confidence: number;
}

const HEAD_TITLES = /\b(?:president|prime minister|premier|leader|chief|head|chairman|chairwoman|chair|king|queen|emir|governor|mayor|commander|secretary[- ]general|director|ceo|chancellor)\b/i;
const HEAD_OF_STATE = /^(?:former\s+|interim\s+|acting\s+|transitional\s+)?(?:president|prime minister|premier)$/i;
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/i;
/** Nouns for a body a title may name before it ("police spokesman X", "Army chief X"). */
const BODY_WORD = /^(?:police|army|military|government|ministry)$/i;
/** Titles of a town's or province's own head, who may lead a city named after "of". */
const LOCAL_HEADS = /\b(?:mayor|governor)\b/i;
const RANK: Record<Mention['type'], number> = { site: 1, city: 1, region: 2, country: 3, person: 0, organisation: 0 };
/** Common nouns that refer back to the last place of a kind ("the country's", "the region's main town"). */
const BACK_REFERENCE: Record<string, Mention['type'][]> = { country: ['country'], region: ['region'], state: ['region'], province: ['region'], city: ['city'] };
/** The kind of place right after a region's name ("… in Helmand province"). */
const KIND_AFTER = new RegExp(`^\\s+(?:${[...REGION_NOUNS].join('|')})\\b`, 'i');
/** Nouns for a settlement, whose compound names the place that holds it ("the Oromia towns of …"; an island's names the island, "Java island"). */
const SETTLEMENTS = new Set([...SETTLEMENT_NOUNS].filter((n) => n !== 'island'));
/** Adjectives that leave a capital the country's ("the administrative capital"). */
const CAPITAL_KINDS = new Set(['administrative', 'commercial', 'economic', 'political', 'financial']);
/** Nouns for a part of a place named by its "of" ("the southeast of Angola", "the coast of Guyana"). */
const REGION_PARTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'coast', 'interior', 'heart']);
/** Nouns for a part of a larger place. */
const PART_NOUNS = new Set(['district', 'region', 'province', 'neighborhood', 'neighbourhood', 'suburb', 'area', 'county', 'prefecture', 'governorate', 'quarter']);
const UNITS: Record<string, string> = { km: 'km', kilometre: 'km', kilometer: 'km', kilometres: 'km', kilometers: 'km', mile: 'mi', miles: 'mi', mi: 'mi', metre: 'm', meter: 'm', metres: 'm', meters: 'm' };

export function findBackground(ctx: ArticleContext): BackgroundClaim[] {
  return [...titles(ctx), ...containment(ctx), ...buildings(ctx), ...distances(ctx), ...heldBy(ctx)];
}

/** "a police station in Karak", "an army base in southern Yemen": a built place the story names by its noun lies in the place after "in". */
function buildings(ctx: ArticleContext): BackgroundClaim[] {
  const out: BackgroundClaim[] = [];
  ctx.graphs.forEach((g, sentence) => {
    for (const t of g.sentence.tokens) {
      const thing = ctx.thingOf(t.lemma, t.word);
      if (!/^NN/.test(t.pos) || thing?.kind !== 'PLACE' || ctx.nameAt(sentence, t.index)) continue;
      // ("Gunmen stormed the police station in Karak": the parse may hang the place on the act done
      // at the building, which was done where the building is.)
      const own = g.children(t.index, ['nmod:in']);
      const act = own.length ? [] : g.parents(t.index, ['obj', 'nsubj:pass', 'obl:at', 'obl:to', 'obl:into']).filter((e) => /^VB/.test(g.token(e.token).pos));
      const where = act.flatMap((e) => g.children(e.token, ['obl:in']));
      for (const e of [...own, ...(where.length === 1 ? where : [])]) {
        const place = placeName(ctx, sentence, e.token);
        if (!place || ctx.mentionKind(place.mention) !== 'PLACE') continue;
        const subjectId = ctx.pick(ctx.entityAt(sentence, t.index)?.ids ?? [], 'PLACE');
        const objectId = ctx.pick(place.ids, 'PLACE');
        if (!subjectId || !objectId || subjectId === objectId) continue;
        // (The evidence from the noun's own words: "a police station", not "The victims … were at a petrol station".)
        const first = Math.min(t.index, ...g.children(t.index, ['det', 'amod', 'compound', 'nummod']).map((c) => g.span(c.token)[0]));
        const start = g.sentence.tokens[first - 1].start;
        out.push({ predicate: 'LOCATED_IN', rule: 'building', sentence, subjectId, objectId, start, end: withKind(ctx, ctx.found.mentions[place.mention].end), confidence: 0.7 });
      }
    }
  });
  return out;
}

/**
 * The name at a token, or the name a kind of place is given: compounded with it ("in Borno state",
 * "in the Fareek Klaib district"), apposed to it ("in Armenia's capital, Yerevan") or, for a
 * settlement, after its "of" ("the town of Higuey").
 */
export function placeName(ctx: ArticleContext, sentence: number, token: number): { ids: string[]; mention: number } | undefined {
  const g = ctx.graphs[sentence];
  // (A settlement's "of" names it before anything apposed: "in the town of Higuey, about 120 km
  // northeast of the capital, Santo Domingo"; not a capital's: "the capital of Mali, Bamako" is Bamako.)
  const lemma = g.token(token).lemma;
  const relations = SETTLEMENT_NOUNS.has(lemma) && lemma !== 'capital' ? ['nmod:of', 'compound', 'appos'] : ['compound', 'appos'];
  return ctx.nameAt(sentence, token) ?? (PLACE_NOUNS.has(lemma) ? relations.flatMap((r) => g.children(token, [r])).map((e) => ctx.nameAt(sentence, e.token)).find(Boolean) : undefined);
}

/** Where evidence ending at a place's name ends: after a trailing "province"/"region" word, which belongs to it. */
function withKind(ctx: ArticleContext, end: number): number {
  return end + (KIND_AFTER.exec(ctx.doc.text.slice(end, end + 16))?.[0].length ?? 0);
}

/** "the rebel-held town of Misrata", "Taliban-controlled districts": who holds a place, in passing. */
function heldBy(ctx: ArticleContext): BackgroundClaim[] {
  const out: BackgroundClaim[] = [];
  ctx.graphs.forEach((g, sentence) => {
    for (const t of g.sentence.tokens) {
      if (!/^(?:held|controlled|occupied)$/i.test(t.word) || g.token(t.index - 1)?.word !== '-' || !g.token(t.index - 2)) continue;
      const holderToken = g.token(t.index - 2);
      const named = ctx.nameAt(sentence, holderToken.index);
      // The lexicon lists armed groups in the plural ("rebel-held": the rebels).
      const plural = `${holderToken.lemma.toLowerCase().replace(/s$/, '')}s`;
      const group = !named && ctx.isArmedGroupNoun(plural, plural) ? ctx.unnamed(plural, 'ACTOR', 'armed-group') : undefined;
      const holder = named ? ctx.pick(named.ids, 'ACTOR') : group;
      const head = g.parents(t.index, ['amod']).map((e) => e.token)[0];
      if (!holder || head === undefined) continue;
      // The place itself, or the places "of" a settlement noun ("the rebel-held cities of Misrata and Ras Lanuf").
      const places = [head, ...(PLACE_NOUNS.has(g.token(head).lemma) ? g.children(head, ['nmod:of']).map((e) => e.token) : [])]
        .map((p) => ctx.nameAt(sentence, p))
        .filter((n): n is NonNullable<typeof n> => n !== undefined);
      for (const place of places) {
        const objectId = ctx.pick(place.ids, 'PLACE');
        const m = ctx.found.mentions[place.mention];
        if (!objectId || objectId === holder) continue;
        out.push({ predicate: 'CONTROLS', rule: 'held-by', sentence, subjectId: holder, objectId, start: holderToken.start, end: Math.max(m.end, t.end), confidence: 0.7 });
      }
    }
  });
  return out;
}

function titles(ctx: ArticleContext): BackgroundClaim[] {
  const out: BackgroundClaim[] = [];
  const { text } = ctx.doc;
  ctx.doc.sentences.forEach((s, sentence) => {
    // A title NER left untagged ("Boko Haram's chief Abubakar Shekau", "chief" read as an adjective).
    // (Or capitalised between a name, a body's or a place's, and a person's: "Toronto Police Chief Bill Blair".)
    const named = (t: NlpToken | undefined) => t !== undefined && /^(?:PERSON|ORGANIZATION|CITY|STATE_OR_PROVINCE|COUNTRY)$/.test(t.ner);
    const between = (t: NlpToken) => t.pos === 'NNP' && named(s.tokens[t.index - 2]) && s.tokens[t.index]?.ner === 'PERSON';
    const untagged = s.tokens.filter((t) => t.ner === 'O' && /^(?:NN|JJ|NNP)$/.test(t.pos) && (/^[a-z]/.test(t.word) || between(t)) && HEAD_TITLES.test(t.word) && !SPOKESPERSON.test(t.word)).map((t) => ({ text: t.word, start: t.start, end: t.end }));
    for (const title of [...s.entities.filter((m) => m.ner === 'TITLE'), ...untagged]) {
      const predicate = SPOKESPERSON.test(title.text) ? 'SPOKESPERSON_FOR' : HEAD_TITLES.test(title.text) ? 'LEADS' : undefined;
      // A president-elect does not lead yet.
      if (!predicate || /^-?elect\b/i.test(text.slice(title.end)) || /\belect$/i.test(title.text)) continue;
      // (Nor does a deputy: "Deputy Mayor of Grozny", "deputy governor of Ghazni", in NER's title or right before it.)
      if (predicate === 'LEADS' && (/\b(?:deputy|vice|assistant)\b/i.test(title.text) || /\b(?:deputy|vice|assistant)[\s-]+$/i.test(text.slice(Math.max(0, title.start - 15), title.start)))) continue;
      const mentions = ctx.found.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.sentence === sentence);
      // The person the title names: right after it ("Prime Minister Abiy Ahmed") or in apposition after it ("the army's chief, Birhanu Jula").
      const person = mentions.find(({ m }) => m.type === 'person' && m.start >= title.end && /^[\s,]*$/.test(text.slice(title.end, m.start)))
        ?? mentions.find(({ m }) => m.type === 'person' && m.end <= title.start && /^,\s*(?:the\s+|a\s+)?(?:\S+(?:'s|’s)\s+)?$/.test(text.slice(m.end, title.start)))
        // "The governor of the Lower Shabelle region, Ibrahim Aden Ali", "President of Romania Klaus Iohannis"
        // ("the al-Qaida chief in Pakistan, Ayman al-Zawahri": where the title is held.)
        ?? mentions.find(({ m }) => m.type === 'person' && m.start >= title.end && /^\s+(?:of|for|with|in)\s+(?:[^,;]{1,60},\s*|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)$/.test(text.slice(title.end, m.start)));
      if (!person) {
        if (predicate === 'SPOKESPERSON_FOR') out.push(...unnamedSpokesperson(ctx, sentence, title));
        continue;
      }
      // The body it names: just before the title ("TPLF leader", "Ethiopia's prime minister", "Ethiopian Prime Minister") or "of X" after.
      // (Within the sentence: "… in Egypt. Spokeswoman Jen Psaki" is no Egyptian spokeswoman.)
      const before = text.slice(Math.max(s.tokens[0].start, title.start - 60), title.start);
      // The body or place right before the title, or by its possessive ("Venezuela's socialist president
      // Hugo Chavez": lower-case words may stand between, but not a body of its own, "Ukraine's
      // opposition leader").
      const adjacent = (m: Mention) => m.end <= title.start && /^(?:(?:'s|’s)\s+(?:(?!opposition\b|rebel\b)[a-z][\w-]*\s+){0,2}|(?:'s|’s)?\s*)$/.test(text.slice(m.end, title.start));
      // A body, country or region also by "of" or "for" after the title; any other place ("South
      // Ossetia's separatist president", "North Rhine-Westphalia Premier") only before it.
      const org = mentions.find(({ m }) =>
        adjacent(m) ||
        // ("Didier Vaillant, mayor of Villiers-le-Bel": a town's own head.)
        ((m.kind !== 'PLACE' || m.type === 'country' || m.type === 'region' || LOCAL_HEADS.test(title.text)) &&
          // ("mayor of the neighboring Diabaly district": lower-case words may stand between.)
          // ("a spokesman for Indonesian President Susilo Bambang Yudhoyono": titles and demonyms too.)
          // ("A spokesman with the U.N. stabilization mission in Haiti, Major Anibal Molero": "with" too.)
          [title.end, person.m.end].some((from) => m.start >= from && /^\s*(?:of|for|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/.test(untitled(s, text, from, m.start)))),
      );
      // ("The governor of Cameroon's Far North region, Midjiyawa Bakari": what the possessive holds.)
      const possessed = org && org.m.start >= title.end && /^(?:'s|’s)\s/.test(text.slice(org.m.end, org.m.end + 3)) ? mentions.find(({ m }) => m.start > org.m.end && m.type !== 'person' && /^(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}$/.test(text.slice(org.m.end, m.start))) : undefined;
      const holder = possessed ?? org;
      let orgId = holder && ctx.idsOf(holder.i);
      let orgStart = org?.m.start;
      if (!orgId) {
        // A demonym before the title names its country's state ("Ethiopian Prime Minister").
        const demonym = /(\S+)\s+$/.exec(before);
        const country = demonym && ctx.lexicon.countryByWord.get(demonym[1].toLowerCase().replace(/[^a-z ]/g, ''));
        // "police spokesman Oliver Mandipaka", "Israeli government spokesman Mark Regev": the body a noun names.
        // ("Army chief Abdel Fattah el-Sissi": NER may take the body's noun into the title.)
        const inTitle = /\s/.test(title.text) && BODY_WORD.test(title.text.split(/\s+/)[0]) ? s.tokens.find((t) => t.start === title.start) : undefined;
        const bodyToken = inTitle ?? (demonym && BODY_WORD.test(demonym[1]) ? s.tokens.find((t) => t.end === title.start - demonym[0].length + demonym[1].length) : undefined);
        const body = bodyToken && ctx.entityAt(sentence, bodyToken.index);
        if (country) {
          orgId = [country.placeId, country.actorId];
          orgStart = title.start - demonym![0].length;
        } else if (body) {
          orgId = body.ids;
          orgStart = ctx.doc.sentences[sentence].tokens[body.first - 1].start;
        } else {
          // A head of government with no country named ("President Bashar al-Assad") leads the country
          // the story is in, or the one country its sentence is in ("In Mexico, … since President Felipe Calderon took office").
          const inCountry = mentions.filter(({ m }) => m.type === 'country' && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)));
          const here = new Set(inCountry.map(({ i }) => ctx.pick(ctx.idsOf(i), 'PLACE')));
          const inSentence = here.size === 1 ? inCountry[0] : undefined;
          // ("The U.S. State Department is condemning … Spokeswoman Jen Psaki also said": a bare
          // spokesperson's title that opens its sentence speaks for the body the sentence before was about.)
          const opens = predicate === 'SPOKESPERSON_FOR' && title.start === s.tokens[0].start;
          orgId = HEAD_OF_STATE.test(title.text) ? (inSentence ? ctx.idsOf(inSentence.i) : storyCountry(ctx)) : opens ? ctx.subjectBefore(sentence)?.ids : undefined;
          if (!orgId) continue;
          orgStart = title.start;
        }
      }
      const subjectId = ctx.idsOf(person.i)[0];
      const objectId = ctx.pick(orgId, 'ACTOR') ?? orgId[0];
      if (subjectId === objectId) continue;
      const start = Math.min(orgStart!, title.start, person.m.start);
      const end = Math.max(holder?.m.end ?? 0, title.end, person.m.end);
      out.push({ predicate, rule: 'title', sentence, subjectId, objectId, start, end, confidence: 0.8 });
    }
  });
  return out;
}

/** "a Taliban spokesman said": the unnamed spokesperson (an entity of the article) speaks for the body named right before the title. */
function unnamedSpokesperson(ctx: ArticleContext, sentence: number, title: { start: number; end: number }): BackgroundClaim[] {
  const token = ctx.doc.sentences[sentence].tokens.find((t) => t.start === title.start);
  const i = ctx.found.mentions.findIndex((m) => m.sentence === sentence && m.end <= title.start && /^\s*$/.test(ctx.doc.text.slice(m.end, title.start)));
  if (!token || i < 0 || (ctx.mentionKind(i) === 'PLACE' && ctx.found.mentions[i].type !== 'country')) return [];
  const spokesperson = ctx.entityAt(sentence, token.index);
  const bodyId = ctx.pick(ctx.idsOf(i), 'ACTOR') ?? ctx.idsOf(i)[0];
  const subjectId = spokesperson?.ids[0];
  if (!subjectId || subjectId === bodyId || ctx.idsOf(i).includes(subjectId)) return [];
  return [{ predicate: 'SPOKESPERSON_FOR', rule: 'title', sentence, subjectId, objectId: bodyId, start: ctx.found.mentions[i].start, end: title.end, confidence: 0.8 }];
}

/** The text between two offsets without the words NER tagged as titles or demonyms. */
function untitled(s: ArticleContext['doc']['sentences'][number], text: string, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const t of s.tokens) {
    if (t.start < from || t.end > to || (t.ner !== 'TITLE' && t.ner !== 'NATIONALITY')) continue;
    out += text.slice(at, t.start);
    at = t.end;
  }
  return (out + text.slice(at, to)).replace(/\s+/g, ' ');
}

const storyCountries = new WeakMap<ArticleContext, string[] | undefined>();

/** The country the story is about, its state and place ids (worked out once per article). */
export function storyCountry(ctx: ArticleContext): string[] | undefined {
  if (!storyCountries.has(ctx)) storyCountries.set(ctx, countryOfStory(ctx));
  return storyCountries.get(ctx);
}

/** The country an article names most often, by name, demonym ("Colombian") or capital, the first named of equals. */
function countryOfStory(ctx: ArticleContext): string[] | undefined {
  const counts = new Map<string, { ids: string[]; n: number; at: number }>();
  // The first two sentences' countries count thrice: they say where the story is ("a state of siege
  // in Guatemala"), the rest names its neighbours and their gangs as often.
  const lead = ctx.doc.sentences[1]?.end ?? ctx.doc.sentences[0]?.end ?? 0;
  const count = (ids: string[], at: number) => {
    const key = ctx.pick(ids, 'PLACE') ?? ids[0];
    const seen = counts.get(key);
    counts.set(key, { ids: seen?.ids ?? ids, n: (seen?.n ?? 0) + (at < lead ? 3 : 1), at: Math.min(seen?.at ?? at, at) });
  };
  // A capital counts for its country: a story from Bangui is about the Central African Republic,
  // however often it names the French troops there.
  ctx.found.mentions.forEach((m, i) => {
    const ids = ctx.resolved.entities[ctx.resolved.entityOf[i]].ids;
    if (m.type === 'country') count(ids, m.start);
    const capitalOf = m.type === 'city' ? countryWithCapital(ctx, ids) : undefined;
    if (capitalOf) count(capitalOf, m.start);
  });
  for (const s of ctx.doc.sentences) {
    for (const e of s.entities) {
      // (Not a foreign mission: a story from Tegucigalpa names "the Brazilian embassy" there often.)
      // (Nor a foreign force: a story from Abidjan names "French forces", "French helicopters" often.)
      const mission = /^\s+(?:embassy|consulate|ambassador|forces|troops|soldiers|helicopters|peacekeepers|warplanes|jets)\b/i.test(ctx.doc.text.slice(e.end, e.end + 14));
      // (A country named in its body's name, "Guatemala's government", counts too.)
      const inBody = e.ner === 'COUNTRY' && !ctx.found.mentions.some((m) => m.type === 'country' && m.start <= e.start && e.start < m.end);
      const country = (e.ner === 'NATIONALITY' || inBody) && !mission ? ctx.lexicon.countryByWord.get(normalizeName(e.text)) : undefined;
      if (country) count([country.placeId, country.actorId], e.start);
    }
  }
  // Named as often as another, the country the story names first leads ("Syrian activists say …",
  // then Russia's part in the talks).
  const [first] = [...counts.values()].sort((a, b) => b.n - a.n || a.at - b.at);
  return first?.ids;
}

/** The ids of the country whose capital the lexicon knows a place to be. */
function countryWithCapital(ctx: ArticleContext, ids: string[]): string[] | undefined {
  const country = ids.map((id) => ctx.lexicon.countryByCapital.get(id)).find(Boolean);
  return country && [country.placeId, country.actorId];
}

/** A place that may hold another: its ids, the mention that names it here (none when its words are elsewhere), and its rank. */
interface Container {
  ids: string[];
  mention?: number;
  type?: Mention['type'];
}

function containment(ctx: ArticleContext): BackgroundClaim[] {
  const out: BackgroundClaim[] = [];
  const country = storyCountry(ctx);
  const named = (mention: number): Container => ({ ids: ctx.idsOf(mention), mention, type: ctx.found.mentions[mention].type });
  const placeOf = (sentence: number, token: number): Container | undefined => {
    const name = placeName(ctx, sentence, token);
    if (name) return named(name.mention);
    const g = ctx.graphs[sentence];
    // "in the southeast of Angola", "on the coast of Guyana": the place a part of it is named by
    // (not "east of Algiers", which is outside it).
    if (REGION_PARTS.has(g.token(token).lemma)) {
      if (!g.children(token, ['det']).some((e) => g.token(e.token).lemma === 'the')) return undefined;
      const of = g.children(token, ['nmod:of'])[0];
      return of && placeOf(sentence, of.token);
    }
    // A demonym names its country ("the Haitian capital", "the Kenyan coastal city").
    const demonym = ctx.lexicon.countryByWord.get(g.token(token).lemma);
    if (demonym) return { ids: [demonym.placeId, demonym.actorId] };
    // "the country's southern province of Helmand", "the region's main town", "the state capital":
    // the last place of that kind the story named (its words are elsewhere: the evidence quotes the
    // words that refer to it).
    const kind = BACK_REFERENCE[g.token(token).lemma];
    const last = kind && !/^NNP/.test(g.token(token).pos) ? ctx.lastNamedBy(sentence, g.token(token).start, (m, i) => ctx.mentionKind(i) === 'PLACE' && kind.includes(m.type)) : undefined;
    // Before any country is named ("Afghan police say a bomb exploded in the country's southern
    // province of Helmand"), "the country" is the one the story is about.
    if (last === undefined && g.token(token).lemma === 'country' && kind) return country && { ids: country, type: 'country' };
    return last === undefined ? undefined : { ...named(last), mention: undefined };
  };
  ctx.found.mentions.forEach((m, i) => {
    if (ctx.mentionKind(i) !== 'PLACE' || m.type === 'country') return;
    const g = ctx.graphs[m.sentence];
    const head = m.tokenEnd - 1;
    // The noun that says what the place is: "the town of X", "X, a town in Y", "the Haitian capital, X",
    // "Ethiopia's Ogaden region".
    const nouns = [
      ...g.parents(head, ['nmod:of', 'compound']).map((e) => e.token),
      ...g.children(head, ['appos']).map((e) => e.token),
      ...g.parents(head, ['appos']).map((e) => e.token),
      // "the country's three largest cities — Blantyre, Mzuzu": a list after a dash, hung on the plural noun.
      ...g.parents(head, ['dep']).map((e) => e.token).filter((t) => g.token(t).pos === 'NNS' && t < m.tokenBegin && /^[:—–-]$/.test(g.token(t + 1)?.word ?? '')),
      // "the Libyan capital Tripoli": the noun compounded before the name.
      ...g.children(head, ['compound']).map((e) => e.token).filter((t) => t < m.tokenBegin),
      // "the Haitian capital, Port-au-Prince" when the parse hung the apposition elsewhere.
      ...(g.token(m.tokenBegin - 1)?.word === ',' && m.tokenBegin > 2 ? [m.tokenBegin - 2] : []),
    ].filter((t) => PLACE_NOUNS.has(g.token(t).lemma));
    // "Njaba in Borno state" with the "in" phrase hung on the verb: the place right after "in".
    // ("Kashgar, in the predominantly Muslim Xinjiang region": after a comma too, unless a noun of
    // place holds the name, "Peru's capital of Lima, in the Ayacucho region", whose "in" may be the noun's.)
    // ("Moxico province, in the southeast of Angola": after the name's own kind of place.)
    const kind = REGION_NOUNS.has(g.token(m.tokenEnd)?.lemma ?? '') && g.token(m.tokenEnd + 1)?.word === ',' ? 1 : 0;
    const after = g.token(m.tokenEnd + kind)?.word === ',' && (!nouns.length || kind) ? g.token(m.tokenEnd + kind + 1) : g.token(m.tokenEnd);
    // ("Lusignan on the coast of Guyana": "on" a part of a place.)
    const inNext = after?.lemma === 'in' || after?.lemma === 'on' ? g.parents(after.index, ['case']).map((e) => e.token).filter((t) => after.lemma === 'in' || REGION_PARTS.has(g.token(t).lemma)) : [];
    // A part named by its own noun lies in the place "of" it: "the Gaya district of Bihar" (not "the towns of A, B").
    // ("the Hangu District of north-west Pakistan": the part's noun may end the name itself.)
    const parts = [head, ...g.parents(head, ['compound']).map((e) => e.token)].filter((t) => PART_NOUNS.has(g.token(t).lemma.toLowerCase()));
    // An apposition right after another place noun names that noun ("Afgoye, a town 30 kilometers west
    // of the Somali capital, Mogadishu": Mogadishu is the capital, though the parse hangs it on Afgoye).
    const ownAppos = (t: number) => !(g.token(t - 1)?.word === ',' && t - 2 !== head && PLACE_NOUNS.has(g.token(t - 2)?.lemma ?? ''));
    // Where the container is named: a token (`larger`: it must outrank the place), or nowhere: the story's country.
    const candidates: { token?: number; larger?: boolean }[] = [
      ...g.children(head, ['nmod:in', 'appos', 'nmod:poss']).filter((e) => e.dep !== 'appos' || ownAppos(e.token)).map((e) => ({ token: e.token })),
      ...nouns.flatMap((n) => g.children(n, ['nmod:in', 'nmod:poss', 'amod']).map((e) => ({ token: e.token }))),
      // ("Algiers, the capital of Algeria": a capital's "of" names what holds it, not the capital.)
      ...nouns.filter((n) => g.token(n).lemma === 'capital').flatMap((n) => g.children(n, ['nmod:of']).map((e) => ({ token: e.token, larger: true }))),
      // "the Oromia towns of Ambo", "the Borno state town of Dikwa" (but "the Zahra Square region of
      // Khadhimia" names the part, not what holds it).
      ...nouns.filter((n) => SETTLEMENTS.has(g.token(n).lemma)).flatMap((n) => g.children(n, ['compound']).map((e) => ({ token: e.token, larger: true }))),
      // "the capital, Juba": the capital of the country the story is about.
      // (Also "the administrative capital, Ouagadougou", "the commercial capital".)
      ...nouns.filter((n) => g.token(n).lemma === 'capital' && !g.children(n, ['nmod:in', 'nmod:poss', 'compound', 'nmod:of']).length && g.children(n, ['amod']).every((e) => CAPITAL_KINDS.has(g.token(e.token).lemma))).map(() => ({})),
      ...parts.flatMap((n) => g.children(n, ['nmod:of']).map((e) => ({ token: e.token }))),
      ...inNext.map((token) => ({ token })),
    ];
    // ("the capital Bangui" in a story mostly about Chad: the country the lexicon knows it is the capital of.)
    const itsCountry = countryWithCapital(ctx, ctx.idsOf(i)) ?? country;
    for (const c of candidates) {
      const other: Container | undefined = c.token === undefined ? itsCountry && { ids: itsCountry, type: 'country' } : placeOf(m.sentence, c.token);
      if (!other || other.mention === i) continue;
      if (other.mention !== undefined && ctx.mentionKind(other.mention) !== 'PLACE') continue;
      const type = other.type;
      // (Two names NER typed only as locations: "the West Bank city of Jenin" says which holds the other.)
      if (type && (RANK[type] < RANK[m.type] || (type === m.type && ((c.larger && type !== 'site') || (m.type !== 'city' && m.type !== 'site'))))) continue;
      const subjectId = ctx.pick(ctx.idsOf(i), 'PLACE');
      const objectId = ctx.pick(other.ids, 'PLACE');
      if (!subjectId || !objectId || subjectId === objectId) continue;
      const tokens = g.sentence.tokens;
      // A noun's phrase starts after its preposition ("of the Somali capital" is quoted from "the").
      const phraseStart = (n: number) => {
        let first = g.span(n, new Set([head]))[0];
        while (first < n && /^(?:IN|TO)$/.test(tokens[first - 1].pos)) first++;
        return tokens[first - 1].start;
      };
      // The evidence: the container's own words when they are here, else the words that name it.
      const o = other.mention === undefined ? undefined : ctx.found.mentions[other.mention];
      const words = o ?? (c.token === undefined ? undefined : tokens[c.token - 1]);
      // ("the country's X": from the determiner of the words that stand for the container.)
      const wordsStart = !o && c.token !== undefined ? phraseStart(c.token) : words?.start;
      const start = Math.min(m.start, wordsStart ?? m.start, ...nouns.map(phraseStart));
      const end = Math.max(m.end, words?.end ?? m.end);
      out.push({ predicate: 'LOCATED_IN', rule: 'containment', sentence: m.sentence, subjectId, objectId, start, end: withKind(ctx, end), confidence: 0.75 });
    }
  });
  return out;
}

function distances(ctx: ArticleContext): BackgroundClaim[] {
  const out: BackgroundClaim[] = [];
  ctx.graphs.forEach((g, sentence) => {
    for (const t of g.sentence.tokens) {
      // "150km" is one token for CoreNLP; "150 km" two, the number the unit's nummod or the token before.
      const glued = /^(\d[\d,.]*)([a-z]+)$/i.exec(t.word);
      const unit = glued ? UNITS[glued[2].toLowerCase()] : (UNITS[t.word.toLowerCase()] ?? UNITS[t.lemma]);
      if (!unit) continue;
      const num = glued ? t.index : (g.children(t.index, ['nummod'])[0]?.token ?? (g.token(t.index - 1)?.pos === 'CD' ? t.index - 1 : undefined));
      if (num === undefined) continue;
      const value = glued ? Number(glued[1].replace(/,/g, '')) : ctx.numberAt(sentence, num);
      if (value === undefined || !Number.isFinite(value)) continue;
      // A figure in brackets converts the one before it ("40 kilometers (24 miles)").
      if (/^(?:\(|-LRB-)$/.test(g.token(num - 1)?.word ?? '')) continue;
      // What lies that far: the nearest place named before the figure.
      const before = ctx.found.mentions.map((m, i) => ({ m, i })).filter(({ m, i }) => m.sentence === sentence && ctx.mentionKind(i) === 'PLACE' && m.end <= g.token(num).start).pop();
      // ("It's located about 530 kilometers northeast of the capital", "to retake the district, located
      // about 170 kilometers southwest of Kabul": none named before it, what is said to lie there.)
      const lying = before ? undefined : locatedThing(ctx, sentence, num);
      const subject = before ? { start: before.m.start, ids: ctx.idsOf(before.i) } : lying;
      const subjectId = subject && ctx.pick(subject.ids, 'PLACE');
      if (!subject || !subjectId) continue;
      // The place it is measured from: "of X" / "from X" within a few words.
      const tokens = g.sentence.tokens;
      let objectId: string | undefined;
      let objectEnd = 0;
      // (Past a bracketed conversion: "40 kilometers (24 miles) northeast of Skopje".)
      let from = t.index;
      if (/^(?:\(|-LRB-)$/.test(tokens[from]?.word ?? '')) {
        const close = tokens.findIndex((x, j) => j > from && /^(?:\)|-RRB-)$/.test(x.word));
        if (close > 0) from = close + 1;
      }
      for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
        if (!/^(?:of|from)$/i.test(tokens[k].word)) continue;
        // The noun the preposition marks ("from Peru's capital" → capital), else the phrase's last noun.
        // (tokens[k] is 1-based token k + 1, "of"/"from".)
        const at = g.parents(k + 1, ['case']).map((e) => e.token).find((t) => t > k + 1) ?? nounAfter(g, k + 2);
        // "of the capital, Bamako", "from Peru's capital of Lima": the place a noun names in apposition,
        // or the capital an owner's "of" names ("the capital of X" alone is X's capital, not X;
        // entityAt reads "the town of X").
        const named = (t: number) => {
          if (!PLACE_NOUNS.has(g.token(t)?.lemma ?? '')) return undefined;
          const owned = g.token(t).lemma === 'capital' && g.children(t, ['nmod:poss']).length > 0;
          const of = owned ? g.children(t, ['nmod:of']).map((e) => ctx.nameAt(sentence, e.token)).find(Boolean) : undefined;
          if (of) return of.mention;
          const next = g.token(t + 1)?.word === ',' ? ctx.nameAt(sentence, t + 2) : undefined;
          return next && ctx.found.mentions[next.mention].tokenBegin === t + 2 ? next.mention : undefined;
        };
        const apposed = named(at);
        const found = apposed !== undefined ? { ids: ctx.idsOf(apposed), first: at, last: ctx.found.mentions[apposed].tokenEnd - 1 } : ctx.entityAt(sentence, at);
        // "Khankendi lies 10km to the north of it": the place named before the one measured.
        // (Coreference sometimes ties "it" to the very place measured.)
        const it = g.token(at)?.lemma === 'it' && (!found || found.ids.includes(subjectId)) ? ctx.lastNamedBy(sentence, subject.start, (_, i) => ctx.mentionKind(i) === 'PLACE') : undefined;
        const arg = it !== undefined ? { ids: ctx.idsOf(it), first: at, last: at } : found;
        objectId = arg && (ctx.pick(arg.ids, 'PLACE') ?? arg.ids[0]);
        objectEnd = arg ? tokens[arg.last - 1].end : 0;
        break;
      }
      if (!objectId || subjectId === objectId) continue;
      const approximate = /^[<>~]/.test(g.token(num).normalized ?? '') || /\b(?:about|some|around|nearly|almost|roughly|approximately)\s+$/i.test(ctx.doc.text.slice(Math.max(0, g.token(num).start - 16), g.token(num).start));
      out.push({ predicate: 'DISTANCE_FROM', rule: 'distance', sentence, subjectId, objectId, quantity: { value, unit, approximate }, start: subject.start, end: objectEnd, confidence: 0.7 });
    }
  });
  return out;
}

/**
 * What a sentence says lies at a distance when no place is named before the figure: the subject of
 * "located"/"lies"/"situated" ("It's located about 530 kilometers …": "it" is the place the sentence
 * before named last), or the noun "located" describes ("the district, located about …").
 */
function locatedThing(ctx: ArticleContext, sentence: number, num: number): { start: number; ids: string[] } | undefined {
  const g = ctx.graphs[sentence];
  const verb = g.sentence.tokens.find((t) => t.index < num && /^(?:locate|lie|situate)$/.test(t.lemma) && /^VB/.test(t.pos));
  if (!verb) return undefined;
  const held = [...g.children(verb.index, ['nsubj', 'nsubj:pass']), ...g.parents(verb.index, ['acl'])].map((e) => e.token)[0];
  if (held === undefined) return undefined;
  const token = g.token(held);
  const found = ctx.entityAt(sentence, held);
  if (found && found.ids.some((id) => id.startsWith('place:'))) return { start: token.start, ids: found.ids };
  if (token.lemma !== 'it' || sentence === 0) return undefined;
  const last = ctx.lastNamedBy(sentence, ctx.doc.sentences[sentence].tokens[0].start, (m, i) => m.sentence === sentence - 1 && ctx.mentionKind(i) === 'PLACE');
  return last === undefined ? undefined : { start: token.start, ids: ctx.idsOf(last) };
}

/** The head noun of the phrase starting at a token ("the Armenian border" → border). */
function nounAfter(g: ArticleContext['graphs'][number], from: number): number {
  let head = from;
  for (let k = from; k <= Math.min(g.sentence.tokens.length, from + 5); k++) {
    if (/^NN/.test(g.token(k).pos)) head = k;
    else if (head !== from || !/^(?:DT|JJ|PRP\$|CD|NN)/.test(g.token(k).pos)) break;
  }
  return head;
}
