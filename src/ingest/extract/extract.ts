// Extraction: an article's text → entities, mentions and attributed claims with evidence, by
// rules (seed/lexicon/claim-rules.yaml) over sentences whose mentions are replaced by slots.
import type { ClaimRecord, ClaimStatus, EntityRecord, MentionRecord, ResolvedDate, SentenceRecord } from '../../model/records.js';
import { resolveRelativeDate } from '../dates/resolve-date.js';
import { loadLexicon, slug } from './lexicon.js';
import { detectMentions } from './mentions.js';
import { type GraphLookup, type ResolvedMention, type Resolution, resolveMentions } from './resolve.js';
import { type AttributionRule, loadRules, SLOT_CLOSE, SLOT_OPEN } from './rules.js';

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
    const token = `${SLOT_OPEN}${slots.length}:${kind}${SLOT_CLOSE}`;
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
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'a dozen': 12, dozens: 24, hundreds: 200, thousands: 2000,
};

function parseQuantity(raw: string): { value: number; vague: boolean } | undefined {
  const word = raw.toLowerCase();
  if (word in NUMBER_WORDS) return { value: NUMBER_WORDS[word], vague: ['dozens', 'hundreds', 'thousands'].includes(word) };
  const value = Number(raw.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, vague: false } : undefined;
}

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

/** The id of a slot's mention suited to the slot: a country fills a place slot as a place. */
function idFor(slot: Slot | undefined, want: 'PLACE' | 'ACTOR' | 'ANY'): string | undefined {
  if (!slot) return undefined;
  const ids = slot.mention.ids;
  if (want === 'PLACE') return ids.find((id) => id.startsWith('place:'));
  if (want === 'ACTOR') return ids.find((id) => !id.startsWith('place:'));
  return ids.find((id) => id.startsWith('place:')) ?? ids[0];
}

const slotWant = (pattern: string, name: string): 'PLACE' | 'ACTOR' | 'ANY' =>
  (new RegExp(`<${name}:(PLACE|ACTOR|ANY)>`).exec(pattern)?.[1] as 'PLACE' | 'ACTOR' | 'ANY' | undefined) ?? 'ANY';

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

function frames(masked: MaskedSentence, rules: AttributionRule[]): Frame[] {
  const found: Frame[] = [];
  for (const rule of rules) {
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
  const { rules, attribution } = loadRules();
  const resolved = await resolveMentions(detectMentions(input.text, lexicon), lexicon, lookup);
  const names = new Map<string, string>();
  for (const m of resolved.mentions) for (const id of m.ids) if (!names.has(id)) names.set(id, m.surface.replace(/(?:'s|’s)$/, ''));
  for (const [id, e] of resolved.entities) if (e.record?.name) names.set(id, e.record.name);

  const claims: ClaimRecord[] = [];
  const events = new Map<string, EntityRecord>();
  const seen = new Set<string>();
  let lastEvent: string | undefined;

  for (const sentence of input.sentences) {
    const masked = mask(input.text, sentence, resolved.mentions);
    const sentenceText = input.text.slice(sentence.start, sentence.end);
    const when = sentenceDate(sentenceText, input.publishedAt);
    const sentenceFrames = frames(masked, attribution);
    let n = 0;
    for (const rule of rules) {
      for (const match of masked.text.matchAll(rule.regex)) {
        const groups = match.groups ?? {};
        const subjectSlot = groups.subject !== undefined ? masked.slots[Number(groups.subject)] : undefined;
        const objectSlot = groups.object !== undefined ? masked.slots[Number(groups.object)] : undefined;
        let subjectId = idFor(subjectSlot, slotWant(rule.pattern, 'subject'));
        const objectId = idFor(objectSlot, slotWant(rule.pattern, 'object'));
        const start = masked.toOriginal(match.index!, 'start');
        const end = masked.toOriginal(match.index! + match[0].length, 'end');
        const frame = frameFor(sentenceFrames, match.index!, match.index! + match[0].length);

        let eventId: string | undefined;
        if (rule.event) {
          const where = rule.event.location === 'object' ? objectId : rule.event.location === 'subject' ? subjectId : undefined;
          const date = when ?? (input.publishedAt ? { value: input.publishedAt, precision: 'APPROXIMATE' as const } : undefined);
          eventId = `event:${rule.event.type}-${slug(where ? (names.get(where) ?? where.split(':')[1]) : 'unknown')}${date ? `-${date.value}` : ''}`;
          const participants = Object.entries(rule.event.participants ?? {}).flatMap(([slotName, role]) => {
            const id = slotName === 'subject' ? subjectId : objectId;
            return id ? [{ entityId: id, role }] : [];
          });
          const existing = events.get(eventId);
          events.set(eventId, {
            id: eventId,
            kind: 'EVENT',
            subtype: rule.event.type,
            eventType: rule.event.type,
            name: `${rule.event.type.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase())}${where ? ` in ${names.get(where) ?? where}` : ''}`,
            aliases: [],
            provisional: true,
            ...(date ? { date } : {}),
            ...(where?.startsWith('place:') ? { locationId: where } : {}),
            participants: [...(existing?.participants ?? []), ...participants].filter(
              (p, i, all) => all.findIndex((q) => q.entityId === p.entityId && q.role === p.role) === i,
            ),
          });
          lastEvent = eventId;
        }
        if (rule.subject === 'event') subjectId = eventId ?? lastEvent;
        if (!subjectId) continue;
        if (!rule.subject_only && rule.predicate !== 'KILLED' && !objectId && !rule.quantity) continue;
        if (objectId === subjectId) continue;

        let quantity: ClaimRecord['quantity'];
        if (rule.quantity) {
          const parsed = parseQuantity(groups[rule.quantity.value] ?? '');
          if (!parsed) continue;
          const unitRaw = groups[rule.quantity.unit] ?? rule.quantity.unit;
          quantity = { value: parsed.value, unit: UNIT_NAMES[unitRaw.toLowerCase()] ?? unitRaw.toLowerCase(), approximate: Boolean(groups.approx) || parsed.vague };
        }
        const key = `${rule.predicate}|${subjectId}|${objectId ?? ''}|${quantity?.value ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);

        const qualifiers: Record<string, string> = {};
        for (const [name, group] of Object.entries(rule.qualifiers ?? {})) {
          if (groups[group]) qualifiers[name] = groups[group].toLowerCase();
        }
        const speakers = frame?.speakers.filter((id) => id !== subjectId || frame.status === 'UNCERTAIN') ?? [];
        const status: ClaimStatus = rule.status ?? frame?.status ?? 'REPORTED';
        const quote = input.text.slice(start, end).trim();
        const quoteStart = input.text.indexOf(quote, start);
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

  const resolutions = new Map<string, Resolution | 'event'>(resolved.resolutions);
  for (const id of events.keys()) resolutions.set(id, 'event');
  const mentions: MentionRecord[] = resolved.mentions.flatMap((m) =>
    m.ids.map((entityId) => ({
      articleId: input.articleId,
      entityId,
      start: m.start,
      end: m.end,
      sentence: input.sentences.findIndex((s) => m.start >= s.start && m.end <= s.end),
      text: input.text.slice(m.start, m.end),
    })),
  ).filter((m) => m.sentence >= 0);
  const newAliases = new Map<string, string[]>();
  for (const [id, e] of resolved.entities) if (e.newAlias) newAliases.set(id, [e.newAlias]);
  return {
    entities: [...[...resolved.entities.values()].filter((e) => e.resolution !== 'graph').map((e) => e.record), ...events.values()],
    newAliases,
    resolutions,
    claims,
    mentions,
  };
}
