// Extraction: an article's text → entities, mentions and attributed claims with evidence, by
// rules (seed/lexicon/claim-rules.yaml) over sentences whose mentions are replaced by slots.
import type { ClaimRecord, ClaimStatus, EntityRecord, MentionRecord, ResolvedDate, SentenceRecord } from '../../model/records.js';
import { normalizeName } from '../../model/search-keys.js';
import { resolveRelativeDate } from '../dates/resolve-date.js';
import { loadLexicon, slug } from './lexicon.js';
import { detectMentions } from './mentions.js';
import { type GraphLookup, type ResolvedMention, type Resolution, resolveMentions } from './resolve.js';
import { type AttributionRule, loadRules, type Rule, SLOT_CLOSE, SLOT_OPEN } from './rules.js';

export interface ExtractionInput {
  articleId: string;
  /** Key used in claim ids: claim:<articleKey>:<rule>-<sentence>-<n>. */
  articleKey: string;
  text: string;
  sentences: SentenceRecord[];
  publishedAt?: string;
}

export interface Extraction {
  /** Entities to create: new names, lexicon entries the graph lacks, and events. */
  entities: EntityRecord[];
  /** Spellings the graph lacks for entities it holds (to add as aliases). */
  newAliases: Map<string, string[]>;
  /** Every entity id the article names, with how it was resolved. */
  resolutions: Map<string, Resolution | 'event'>;
  claims: ClaimRecord[];
  mentions: MentionRecord[];
}

interface Slot {
  mention: ResolvedMention;
  kind: 'PLACE' | 'ACTOR' | 'COUNTRY';
}

interface MaskedSentence {
  sentence: SentenceRecord;
  text: string;
  slots: Slot[];
  /** Maps a masked offset to the original text (slot tokens map to their mention's span). */
  toOriginal(offset: number, edge: 'start' | 'end'): number;
}

const slotKind = (ids: string[]): Slot['kind'] => {
  const place = ids.some((id) => id.startsWith('place:'));
  const actor = ids.some((id) => !id.startsWith('place:'));
  return place && actor ? 'COUNTRY' : place ? 'PLACE' : 'ACTOR';
};

function mask(text: string, sentence: SentenceRecord, mentions: ResolvedMention[]): MaskedSentence {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const pieces: { masked: [number, number]; original: [number, number]; slot: boolean }[] = [];
  let masked = '';
  let at = sentence.start;
  const slots: Slot[] = [];
  const plain = (until: number) => {
    if (until <= at) return;
    pieces.push({ masked: [masked.length, masked.length + until - at], original: [at, until], slot: false });
    masked += text.slice(at, until);
    at = until;
  };
  for (const mention of inside) {
    plain(mention.start);
    const kind = slotKind(mention.ids);
    const token = `${SLOT_OPEN}${slots.length}:${kind}:${mention.category ?? 'named'}${SLOT_CLOSE}`;
    pieces.push({ masked: [masked.length, masked.length + token.length], original: [mention.start, mention.end], slot: true });
    masked += token;
    slots.push({ mention, kind });
    at = mention.end;
    // A possessive stays outside the slot ("Shushi's position").
  }
  plain(sentence.end);
  return {
    sentence,
    text: masked,
    slots,
    toOriginal(offset, edge) {
      for (const p of pieces) {
        if (offset >= p.masked[0] && offset <= p.masked[1]) {
          if (p.slot) return edge === 'start' ? p.original[0] : p.original[1];
          return p.original[0] + (offset - p.masked[0]);
        }
      }
      return edge === 'start' ? sentence.start : sentence.end;
    },
  };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'a dozen': 12, dozens: 24, hundreds: 200, thousands: 2000,
};

function parseQuantity(raw: string): { value: number; vague: boolean } | undefined {
  const word = raw.toLowerCase();
  if (word in NUMBER_WORDS) return { value: NUMBER_WORDS[word], vague: ['dozens', 'hundreds', 'thousands'].includes(word) };
  const value = Number(raw.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, vague: false } : undefined;
}

const PEOPLE_WORDS = /^(people|civilians|servicemen|soldiers|troops|residents|fighters|police officers|officers|children|workers|villagers|others|crew members|members)$/;

const UNIT_NAMES: Record<string, string> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi', m: 'm', metres: 'm', meters: 'm',
};

const DATE_WORDS = /\b(?:(?:on|last) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/;

function sentenceDate(sentenceText: string, publishedAt: string | undefined): ResolvedDate | undefined {
  const found = DATE_WORDS.exec(sentenceText);
  if (!found || !publishedAt) return undefined;
  try {
    return resolveRelativeDate(found[0].replace(/^on /, ''), publishedAt);
  } catch {
    return undefined;
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_WORDS = new RegExp(
  `\\b(?:(?<weekday>(?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)|(?<month>${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')}) (?<day>\\d{1,2})\\b|the (?<previous>previous|day before|night before)\\b|(?<dayAfter>a day after)\\b)`,
  'g',
);

interface DateMention {
  /** Offset in the sentence. */
  at: number;
  date: ResolvedDate;
  /** Inside a "since …" phrase: when something began, not when it happened. */
  since: boolean;
}

/**
 * The days a sentence names, read against the publication date: weekdays, "September 27" (the latest
 * such day on or before publication), "the previous evening" (the day before the sentence's other
 * day), "a day after" (the day before the last day the story named).
 */
function datesIn(sentenceText: string, publishedAt: string | undefined, lastNamed: ResolvedDate | undefined): DateMention[] {
  if (!publishedAt) return [];
  const found: { at: number; expression?: string; value?: string; shift?: 'previous' | 'day-after' }[] = [];
  for (const m of sentenceText.matchAll(DAY_WORDS)) {
    const g = m.groups!;
    if (g.weekday) found.push({ at: m.index!, expression: g.weekday });
    else if (g.month) {
      const year = Number(publishedAt.slice(0, 4));
      const day = `${String(MONTHS.indexOf(g.month.toLowerCase()) + 1).padStart(2, '0')}-${g.day.padStart(2, '0')}`;
      found.push({ at: m.index!, value: `${`${year}-${day}` <= publishedAt ? year : year - 1}-${day}` });
    } else found.push({ at: m.index!, shift: g.previous ? 'previous' : 'day-after' });
  }
  const resolve = (expression: string, shift = 0): ResolvedDate | undefined => {
    try {
      return resolveRelativeDate(expression, publishedAt, shift);
    } catch {
      return undefined;
    }
  };
  const plain = found.filter((f) => !f.shift).map((f) => resolve(f.expression ?? f.value!)).find(Boolean);
  return found.flatMap((f) => {
    const date = f.shift === 'previous'
      ? resolve(plain?.value ?? publishedAt, -1)
      : f.shift === 'day-after'
        ? lastNamed && resolve(lastNamed.value, -1)
        : resolve(f.expression ?? f.value!);
    const since = /\bsince\b[^,;]{0,60}$/.test(sentenceText.slice(Math.max(0, f.at - 60), f.at));
    return date ? [{ at: f.at, date, since }] : [];
  });
}

/** Where a clause ends: the day an act happened is named in its own clause. */
const CLAUSE_BREAK = /, (?:killing|wounding|injuring|after|when|as|but|and|saying|a claim)\b| (?:after|when|since|because)\b|;/;

/**
 * The day an event at `offset` happened: the first day named after it in its clause (`own`), else
 * the nearest before, often the day of the statement that reports it.
 */
function eventDate(dates: DateMention[], sentenceText: string, offset: number): { date: ResolvedDate; own: boolean } | undefined {
  const rest = sentenceText.slice(offset);
  const clauseEnd = offset + (CLAUSE_BREAK.exec(rest.slice(1))?.index ?? rest.length);
  // A day inside a "since …" clause dates an act only when the act is in that clause too.
  const after = dates.find((d) => (!d.since || sentenceText.lastIndexOf('since', d.at) < offset) && d.at >= offset && d.at <= clauseEnd);
  if (after) return { date: after.date, own: true };
  const before = dates.filter((d) => !d.since && d.at < offset).pop();
  return before && { date: before.date, own: false };
}

/** The id of a slot's mention suited to the slot: a country fills a place slot as a place. */
function idFor(slot: Slot | undefined, want: 'PLACE' | 'ACTOR' | 'ANY'): string | undefined {
  if (!slot) return undefined;
  const ids = slot.mention.ids;
  if (want === 'PLACE') return ids.find((id) => id.startsWith('place:'));
  if (want === 'ACTOR') return ids.find((id) => !id.startsWith('place:'));
  return ids.find((id) => id.startsWith('place:')) ?? ids[0];
}

const slotWants = new Map<string, 'PLACE' | 'ACTOR' | 'ANY'>();
/** Which id of a country a slot wants: COUNTRY slots take the place, STATE slots the state. */
const slotWant = (pattern: string, name: string): 'PLACE' | 'ACTOR' | 'ANY' => {
  const key = `${name}|${pattern}`;
  let want = slotWants.get(key);
  if (!want) {
    const kind = new RegExp(`<${name}:(PLACE|ACTOR|COUNTRY|STATE|ANY)`).exec(pattern)?.[1];
    want = kind === 'COUNTRY' ? 'PLACE' : kind === 'STATE' ? 'ACTOR' : ((kind as 'PLACE' | 'ACTOR' | 'ANY' | undefined) ?? 'ANY');
    slotWants.set(key, want);
  }
  return want;
};

/** The object a text leaves implicit: the place named just before, the region, or the story's event. */
function fallbackObject(
  kind: NonNullable<Rule['fallback']> | NonNullable<Rule['subject_fallback']>,
  mentions: ResolvedMention[],
  lexicon: ReturnType<typeof loadLexicon>,
  before: number,
  subject: string | undefined,
  lastEvent: EntityRecord | undefined,
  sentenceStartOf: (offset: number) => number,
  subtypeOf: (id: string) => string | undefined,
  text: string,
): string | undefined {
  if (kind === 'last-event') return lastEvent?.id;
  if (kind === 'last-event-place') return lastEvent?.locationId;
  const earlier = mentions.filter((m) => m.start < before);
  if (kind === 'previous-road') return earlier.filter((m) => m.category === 'road').pop()?.ids[0];
  if (kind === 'previous-population') return earlier.flatMap((m) => m.ids).filter((id) => subtypeOf(id) === 'population-group').pop();
  if (kind === 'previous-state') return earlier.flatMap((m) => m.ids).filter((id) => subtypeOf(id) === 'state').pop();
  const candidates = earlier.filter((m) => !m.category && !m.weak);
  const placeOf = (m: ResolvedMention) => {
    const place = m.ids.find((id) => id.startsWith('place:'));
    if (!place || place === subject) return undefined;
    const subtype = lexicon.entities.get(place)?.subtype;
    if (kind === 'previous-region') return subtype === 'region' || /region$/i.test(m.surface) ? place : undefined;
    return subtype === 'country' ? undefined : place;
  };
  if (kind === 'previous-region') {
    for (let i = candidates.length - 1; i >= 0; i--) {
      const place = placeOf(candidates[i]);
      if (place) return place;
    }
    return undefined;
  }
  // "X, about 15 km to the south": of the place named earlier in the sentence, else of the place
  // the story is about (the one named most often so far).
  const sentenceStart = sentenceStartOf(before);
  // A place someone heads to ("by boat to Pemba, 250 km to the south") is not where distances start.
  for (let i = candidates.length - 1; kind === 'previous-place' && i >= 0 && candidates[i].start >= sentenceStart; i--) {
    const place = placeOf(candidates[i]);
    if (place && !/\b(?:to|into|towards)\s+$/.test(text.slice(Math.max(0, candidates[i].start - 9), candidates[i].start))) return place;
  }
  const counts = new Map<string, number>();
  for (const m of candidates) {
    const place = placeOf(m);
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const VERB_STATUS: [RegExp, ClaimStatus][] = [
  [/^(confirmed|confirms|acknowledged|admitted|conceded)$/, 'CONFIRMED'],
  [/^(denied|denies|rejected)$/, 'DENIED'],
];

interface Frame {
  start: number;
  end: number;
  scope: 'after' | 'sentence';
  status: ClaimStatus;
  speakers: string[];
  speakerSlot?: number;
}

/** A rule whose cue words are all absent from the (lower-cased) sentence cannot match it. */
const cueMissing = (rule: { cue?: string[] }, lower: string) => rule.cue !== undefined && !rule.cue.some((word) => lower.includes(word));

function frames(masked: MaskedSentence, lower: string, rules: AttributionRule[]): Frame[] {
  const found: Frame[] = [];
  for (const rule of rules) {
    if (cueMissing(rule, lower)) continue;
    for (const match of masked.text.matchAll(rule.regex)) {
      const speakerSlot = match.groups?.speaker !== undefined ? Number(match.groups.speaker) : undefined;
      const speaker = speakerSlot !== undefined ? idFor(masked.slots[speakerSlot], 'ACTOR') : undefined;
      const verb = match.groups?.verb?.toLowerCase() ?? '';
      const status = rule.status ?? VERB_STATUS.find(([re]) => re.test(verb))?.[1] ?? 'CLAIMED';
      found.push({ start: match.index!, end: match.index! + match[0].length, scope: rule.scope, status, speakers: speaker ? [speaker] : [], speakerSlot });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The frame that governs a claim starting at `offset`: the nearest before it, or a sentence-wide one. */
function frameFor(all: Frame[], offset: number, end: number): Frame | undefined {
  const before = all.filter((f) => f.scope === 'after' && f.end <= offset + 1);
  const uncertain = before.filter((f) => f.status === 'UNCERTAIN').pop();
  if (uncertain) return uncertain;
  return before.pop() ?? all.find((f) => f.scope === 'sentence' && (f.end <= offset + 1 || f.start >= end - 1));
}

export async function extractArticle(input: ExtractionInput, lookup: GraphLookup): Promise<Extraction> {
  const lexicon = loadLexicon();
  const { rules, attribution, background } = loadRules();
  const resolved = await resolveMentions(detectMentions(input.text, lexicon), lexicon, lookup, input.articleKey, input.sentences.map((s) => s.start));
  const subtypeOf = (id: string) => resolved.entities.get(id)?.record?.subtype ?? lexicon.entities.get(id)?.subtype;
  const names = new Map<string, string>();
  for (const m of resolved.mentions) for (const id of m.ids) if (!names.has(id)) names.set(id, m.surface.replace(/(?:'s|’s)$/, ''));
  for (const [id, e] of resolved.entities) if (e.record?.name) names.set(id, e.record.name);

  const claims: ClaimRecord[] = [];
  const events = new Map<string, EntityRecord>();
  const seen = new Set<string>();
  let lastEvent: string | undefined;
  // The last event that is an act (not an apology or a truce about one): what apologies and
  // compensation refer to.
  let lastActEvent: string | undefined;
  // The last day the story named, for "a day after".
  let lastNamed: ResolvedDate | undefined;

  for (const sentence of input.sentences) {
    const masked = mask(input.text, sentence, resolved.mentions);
    const sentenceText = input.text.slice(sentence.start, sentence.end);
    const when = sentenceDate(sentenceText, input.publishedAt);
    const dates = datesIn(sentenceText, input.publishedAt, lastNamed);
    const lower = masked.text.toLowerCase();
    const sentenceFrames = frames(masked, lower, attribution);
    let n = 0;
    for (const rule of rules) {
      if (cueMissing(rule, lower)) continue;
      for (const match of masked.text.matchAll(rule.regex)) {
        const groups = match.groups ?? {};
        const slotOf = (name: string) => (groups[name] !== undefined ? masked.slots[Number(groups[name])] : undefined);
        const at = masked.toOriginal(match.index!, 'start');
        const subjects = ['subject', 'subject2', 'subject3'].map((name) => idFor(slotOf(name), slotWant(rule.pattern, name)));
        let objects = [idFor(slotOf('object'), slotWant(rule.pattern, 'object')), idFor(slotOf('object2'), slotWant(rule.pattern, 'object2'))];
        if (rule.country && groups[rule.country]) {
          const country = lexicon.countryByWord.get(normalizeName(groups[rule.country]));
          objects[0] = rule.country_as === 'state' ? country?.actorId : country?.placeId;
        }
        const fallback = (kind: Parameters<typeof fallbackObject>[0], subject: string | undefined) =>
          fallbackObject(kind, resolved.mentions, lexicon, at, subject, lastActEvent ? events.get(lastActEvent) : undefined, () => sentence.start, subtypeOf, input.text);
        if (!subjects[0] && rule.subject_fallback === 'previous-population') subjects[0] = fallback(rule.subject_fallback, undefined);
        // An object the text leaves implicit (or names as the subject again: "Shusha, which overlooks
        // the city"), looked up before this rule adds an event of its own.
        if ((!objects[0] || objects[0] === subjects[0]) && rule.fallback) objects[0] = fallback(rule.fallback, subjects[0]);
        // "the town had fallen": to whoever the story says took it.
        if (!subjects[0] && rule.subject_fallback === 'last-taker' && objects[0]) {
          const taking = [...events.values()].filter((e) => e.eventType === 'territory-taken' && e.locationId === objects[0]).pop();
          subjects[0] = taking?.participants?.find((p) => p.role === 'attacker')?.entityId;
        }
        objects = objects.filter((o, i) => i === 0 || o !== undefined);
        const start = at;
        const end = masked.toOriginal(match.index! + match[0].length, 'end');
        const frame = frameFor(sentenceFrames, match.index!, match.index! + match[0].length);
        if (rule.subject === 'speaker') subjects[0] = frame?.speakers[0];

        let eventId: string | undefined;
        if (rule.event) {
          const where = rule.event.location === 'object' ? objects[0] : rule.event.location === 'subject' ? subjects[0] : undefined;
          const since = rule.event.date === 'since' ? dates.find((d) => d.since) : undefined;
          const found = rule.event.date === 'since' ? since && { date: since.date, own: true } : eventDate(dates, sentenceText, at - sentence.start);
          const named = found?.date;
          const date = named ?? (input.publishedAt ? { value: input.publishedAt, precision: 'APPROXIMATE' as const } : undefined);
          // One event per type, place and day (a flight goes on: one per story): repeated reports of
          // the same act meet here. Only a day named in the act's own clause tells two acts apart.
          const sameDay = (e: EntityRecord) => !found?.own || e.date?.precision === 'APPROXIMATE' || e.date?.value === found.date.value;
          const sameType = [...events.values()].find(
            (e) => e.eventType === rule.event!.type && (rule.event!.date === 'since' || ((!where || e.locationId === where || !e.locationId) && sameDay(e))),
          );
          eventId = sameType?.id ?? `event:${rule.event.type}-${slug(where ? (names.get(where) ?? where.split(':')[1]) : 'unknown')}${date ? `-${date.value}` : ''}`;
          const participants = Object.entries(rule.event.participants ?? {}).flatMap(([slotName, role]) => {
            const id = slotName === 'subject' ? subjects[0] : objects[0];
            return id ? [{ entityId: id, role }] : [];
          });
          const existing = events.get(eventId);
          // A day the text names wins over the publication day taken for want of one.
          const day = named && existing?.date?.precision === 'APPROXIMATE' ? named : (existing?.date ?? date);
          const location = existing?.locationId ?? (where?.startsWith('place:') ? where : undefined);
          events.set(eventId, {
            id: eventId,
            kind: 'EVENT',
            subtype: rule.event.type,
            eventType: rule.event.type,
            name: existing?.name ?? `${rule.event.type.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase())}${where ? ` in ${names.get(where) ?? where}` : ''}`,
            aliases: [],
            provisional: true,
            ...(day ? { date: day } : {}),
            ...(location ? { locationId: location } : {}),
            participants: [...(existing?.participants ?? []), ...participants].filter(
              (p, i, all) => all.findIndex((q) => q.entityId === p.entityId && q.role === p.role) === i,
            ),
          });
          lastEvent = eventId;
          if (!['apology', 'ceasefire'].includes(rule.event.type)) lastActEvent = eventId;
        }
        if (rule.subject === 'event') subjects[0] = eventId ?? lastActEvent ?? lastEvent;
        if (rule.object === 'event') objects = [eventId];
        const quote = input.text.slice(start, end).trim();
        const quoteStart = input.text.indexOf(quote, start);

        for (const subjectId of subjects) {
          for (const objectId of objects) {
            if (!subjectId) continue;
            if (!rule.subject_only && !objectId && !rule.quantity) continue;
            if (objectId === subjectId) continue;
            const qualifiers: Record<string, string> = {};
            let quantity: ClaimRecord['quantity'];
            if (rule.quantity) {
              const parsed = parseQuantity(groups[rule.quantity.value] ?? '');
              if (!parsed) continue;
              const unitWord = (groups[rule.quantity.unit] ?? (rule.quantity.unit === 'unit' ? 'people' : rule.quantity.unit)).toLowerCase();
              const unit = UNIT_NAMES[unitWord] ?? (PEOPLE_WORDS.test(unitWord) ? 'people' : unitWord);
              quantity = { value: parsed.value, unit, approximate: Boolean(groups.approx) || parsed.vague };
              if (unit === 'people' && unitWord !== 'people') qualifiers.who = unitWord;
            }
            // A country lies in no place an article names beside it ("Ethiopia, Eritrea and Sudan").
            if (rule.predicate === 'LOCATED_IN' && subtypeOf(subjectId) === 'country') continue;
            const speakers = frame?.speakers.filter((id) => id !== subjectId || frame.status === 'UNCERTAIN') ?? [];
            // Inside quotation marks when an odd number of them opens the sentence up to the claim.
            const quoted = (input.text.slice(sentence.start, start).match(/["“”]/g)?.length ?? 0) % 2 === 1;
            const status: ClaimStatus = rule.status ?? (background.has(rule.predicate) && !quoted ? 'REPORTED' : (frame?.status ?? 'REPORTED'));
            // The same proposition from another speaker or with another stance is another claim.
            const key = `${rule.predicate}|${subjectId}|${objectId ?? ''}|${quantity?.value ?? ''}|${status}|${speakers.join(',')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            for (const [name, group] of Object.entries(rule.qualifiers ?? {})) {
              if (groups[group]) qualifiers[name] = groups[group].toLowerCase();
            }
            const statement = `${names.get(subjectId) ?? subjectId} ${rule.predicate.toLowerCase().replace(/_/g, ' ')}${objectId ? ` ${names.get(objectId) ?? objectId}` : ''}${quantity ? ` (${quantity.approximate ? 'about ' : ''}${quantity.value} ${quantity.unit})` : ''}.`;
            claims.push({
              id: `claim:${input.articleKey}:${rule.id}-${sentence.index}-${n++}`,
              articleId: input.articleId,
              predicate: rule.predicate,
              statement,
              subjectId,
              ...(objectId ? { objectId } : {}),
              ...(quantity ? { quantity } : {}),
              qualifiers,
              status,
              attributedTo: status === 'REPORTED' ? [] : speakers,
              ...(status !== 'REPORTED' && when ? { statedOn: when } : {}),
              confidence: rule.confidence,
              origin: `rule:${rule.id}`,
              evidence: [{ articleId: input.articleId, quote, start: quoteStart, end: quoteStart + quote.length, sentence: sentence.index }],
              links: [],
            });
          }
        }
      }
    }
    lastNamed = dates.filter((d) => !d.since).pop()?.date ?? lastNamed;
  }

  // What the article names: each mention's entity as its context reads it (a country after "in"
  // is the place, otherwise the state), everything a claim is about, and the events.
  const referenced = new Set<string>();
  for (const m of resolved.mentions) {
    if (m.ids.length === 1) {
      // Things count only when a claim is about them; outlets and platforms only when they act.
      const media = lexicon.entities.get(m.ids[0])?.subtype === 'media';
      if (!m.ids[0].includes(`:${input.articleKey}-`) && !media && !m.weak) referenced.add(m.ids[0]);
      continue;
    }
    const before = input.text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
    // "Hamdayet, Sudan": a country after a place and a comma locates it.
    const afterPlace = resolved.mentions.some((p) => p.end === m.start - 2 && input.text.slice(p.end, m.start) === ', ' && p.ids.some((id) => id.startsWith('place:')));
    // "apologised to Russia", "Russia's military base": the state, not the land.
    const toParty = /\b(?:apologi[sz]ed|spoke|talked|said|wrote|appealed|turned|belongs?|loyal|sent a (?:letter|message)) to\s+$/i.test(before);
    const owner = /^(?:'s|’s) /.test(input.text.slice(m.end, m.end + 3)) && resolved.mentions.some((t) => t.category && t.start >= m.end && t.start <= m.end + 30);
    const asPlace = afterPlace || !toParty && !owner && !/according to\s+(the\s+)?$/i.test(before) && /\b(in|into|to|from|near|within|across|over|inside|outside|toward|towards|of|with|around|through|entered|reach(?:ed)?)\s+(the\s+)?((?:north|south|east|west|central)(?:ern|-eastern|-western)?\s+)?$/.test(before);
    referenced.add(m.ids.find((id) => (asPlace ? id.startsWith('place:') : !id.startsWith('place:'))) ?? m.ids[0]);
  }
  for (const c of claims) {
    for (const id of [c.subjectId, c.objectId, ...c.attributedTo]) if (id) referenced.add(id);
  }
  for (const e of events.values()) {
    referenced.add(e.id);
    for (const p of e.participants ?? []) referenced.add(p.entityId);
  }

  const resolutions = new Map<string, Resolution | 'event'>();
  for (const id of referenced) resolutions.set(id, events.has(id) ? 'event' : (resolved.resolutions.get(id) ?? 'new'));
  const mentions: MentionRecord[] = resolved.mentions.flatMap((m) =>
    m.ids.filter((id) => referenced.has(id)).map((entityId) => ({
      articleId: input.articleId,
      entityId,
      start: m.start,
      end: m.end,
      sentence: input.sentences.findIndex((s) => m.start >= s.start && m.end <= s.end),
      text: input.text.slice(m.start, m.end),
    })),
  ).filter((m) => m.sentence >= 0);
  const newAliases = new Map<string, string[]>();
  for (const [id, e] of resolved.entities) if (e.newAlias && referenced.has(id)) newAliases.set(id, [e.newAlias]);
  return {
    entities: [
      ...[...resolved.entities.entries()].filter(([id, e]) => e.resolution !== 'graph' && referenced.has(id)).map(([, e]) => e.record),
      ...events.values(),
    ],
    newAliases,
    resolutions,
    claims,
    mentions,
  };
}
