// Extraction, one pass of stages over what CoreNLP read: mentions (names, typed) → resolve
// (against the graph and the lexicon) → claims (statements, typed patterns, background, events).
// Ingest and the evaluation both call this, so what eval scores is what ingest runs.
import type { ClaimRecord, EntityRecord, MentionRecord, SentenceRecord } from '../model/records.js';
import { sentenceAt } from './article/sentences.js';
import { ArticleContext } from './claims/context.js';
import { findClaims } from './claims/find-claims.js';
import { findMentions } from './mentions/find-mentions.js';
import { loadLexicon } from './mentions/lexicon.js';
import type { NlpDocument } from './nlp/document.js';
import { type GraphLookup, type Resolution, resolveEntities } from './resolve/resolve.js';

export interface ExtractionInput {
  articleId: string;
  /** Key used in claim ids: claim:<articleKey>:<rule>-<sentence>-<n>. */
  articleKey: string;
  publishedAt?: string;
  /** The article's publisher: not an entity of its own story. */
  publisher?: string;
  /** The article record's sentences, which evidence and mentions point into. */
  sentences: SentenceRecord[];
}

export interface Extraction {
  /** Entities to create: names the graph lacks, groups and things claims are about, and events. */
  entities: EntityRecord[];
  /** Spellings the graph lacks for entities it holds (to add as aliases). */
  newAliases: Map<string, string[]>;
  /** Every entity id the article names, with how it was resolved. */
  resolutions: Map<string, Resolution | 'event'>;
  claims: ClaimRecord[];
  mentions: MentionRecord[];
  /** Every entity the article names (a country once, with its place and state ids), with the spellings used. */
  named: { ids: string[]; name: string; kind: 'PLACE' | 'ACTOR'; type: string; spellings: string[] }[];
}

/** Relations under which a country's name is the state acting, not the land. */
const ACTING = new Set(['nsubj', 'nsubj:pass', 'obl:agent', 'nmod:poss', 'obl:by', 'nmod:by', 'obl:according_to']);

/**
 * One record per id: two names of an article can resolve to one new entity ("Hangu" and "Hangu
 * district"); the first record stays, with the other names and aliases added to its aliases.
 */
export function oncePerId(records: EntityRecord[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const record of records) {
    const known = byId.get(record.id);
    if (!known) {
      byId.set(record.id, record);
      continue;
    }
    const aliases = [...new Set([...known.aliases, record.name, ...record.aliases])].filter((a) => a !== known.name);
    byId.set(record.id, { ...known, aliases });
  }
  return [...byId.values()];
}

export async function extractArticle(input: ExtractionInput, doc: NlpDocument, lookup: GraphLookup): Promise<Extraction> {
  const lexicon = loadLexicon();
  const found = findMentions(doc, lexicon, input.publisher);
  const resolved = await resolveEntities(found, doc.text, lexicon, lookup);
  const ctx = new ArticleContext(doc, found, resolved, lexicon, input.articleKey, input.publishedAt);
  const { claims, events } = findClaims(ctx, input);

  const used = new Set(claims.flatMap((c) => [c.subjectId, c.objectId, ...c.attributedTo].filter((id): id is string => Boolean(id))));
  for (const e of events) for (const p of e.participants ?? []) used.add(p.entityId);
  const entities = oncePerId([...resolved.entities.flatMap((e) => e.records), ...[...ctx.made.values()].filter((e) => used.has(e.id)), ...events]);
  const resolutions = new Map<string, Resolution | 'event'>();
  for (const e of resolved.entities) for (const id of e.ids) resolutions.set(id, e.resolution);
  for (const e of ctx.made.values()) if (used.has(e.id)) resolutions.set(e.id, 'new');
  for (const e of events) resolutions.set(e.id, 'event');
  const newAliases = new Map<string, string[]>();
  for (const e of resolved.entities) if (e.resolution === 'graph') for (const id of e.ids) newAliases.set(id, e.newAliases);

  const mentions: MentionRecord[] = found.mentions.map((m, i) => {
    const ids = resolved.entities[resolved.entityOf[i]].ids;
    const acting = ids.length === 2 && ctx.graphs[m.sentence].parents(m.tokenEnd - 1).some((e) => ACTING.has(e.dep));
    return {
      articleId: input.articleId,
      entityId: acting ? ids[1] : ids[0],
      start: m.start,
      end: m.end,
      sentence: sentenceAt(input.sentences, m.start),
      text: m.text,
    };
  });
  const named = resolved.entities.map((e, index) => ({
    ids: e.ids,
    name: e.name,
    kind: e.kind,
    type: e.type,
    spellings: [...new Set(found.mentions.filter((_, i) => resolved.entityOf[i] === index).map((m) => m.text))],
  }));
  // Speakers NER missed ("Secretary-General Ban Ki-moon" tagged MISC, "MEND") are named all the same.
  for (const e of ctx.made.values()) {
    if (used.has(e.id) && (e.subtype === 'person' || e.subtype === 'organisation') && !e.description) named.push({ ids: [e.id], name: e.name, kind: 'ACTOR', type: e.subtype, spellings: [e.name] });
  }
  return { entities, newAliases, resolutions, claims, mentions: mentions.filter((m) => m.sentence >= 0), named };
}
