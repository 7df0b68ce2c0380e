// Measures extraction against hand-written gold annotations (seed/eval/): precision, recall and
// F1 for entities by kind and for claims, scored as seed/eval/GUIDELINES.md fixes it before
// any tuning. Extraction runs against a graph holding the curated seed entities, as in production.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimRecord, EntityKind, EntityRecord, GraphBatch } from '../../model/records.js';
import { normalizeName, searchKeysFor } from '../../model/search-keys.js';
import { parseArticle } from '../article/parse-article.js';
import { curateArticle } from '../annotation/curate.js';
import { loadVocabulary, SEED_DIR } from '../data-files.js';
import { extractArticle, type Extraction } from '../extract/extract.js';
import type { GraphLookup } from '../extract/resolve.js';
import { buildSeedBatch, seedAnnotationFiles } from '../seed.js';

export const EVAL_DIR = `${SEED_DIR}eval/`;

export interface Score {
  truePositives: number;
  goldCount: number;
  systemCount: number;
}

export const precision = (s: Score) => (s.systemCount ? s.truePositives / s.systemCount : 0);
export const recall = (s: Score) => (s.goldCount ? s.truePositives / s.goldCount : 0);
export const f1 = (s: Score) => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export interface ArticleScore {
  file: string;
  /** By kind, and NAMED: places and actors the text names (no unnamed things, no events). */
  entities: Record<EntityKind | 'NAMED', Score>;
  claims: Score;
  /** Matched claims whose status agrees with gold. */
  statusAgreement: { agree: number; matched: number };
  extractMs: number;
  /** Gold claims the extractor missed and system claims gold lacks (for tuning). */
  missed: string[];
  spurious: string[];
  missedEntities: string[];
  spuriousEntities: string[];
}

const add = (a: Score, b: Score): Score => ({
  truePositives: a.truePositives + b.truePositives,
  goldCount: a.goldCount + b.goldCount,
  systemCount: a.systemCount + b.systemCount,
});
const zero = (): Score => ({ truePositives: 0, goldCount: 0, systemCount: 0 });

/** An in-memory graph of the curated seed entities, answering search-key lookups. */
function seedGraphLookup(): GraphLookup {
  const byKey = new Map<string, EntityRecord[]>();
  for (const file of seedAnnotationFiles()) {
    for (const e of buildSeedBatch(file).entities) {
      for (const key of searchKeysFor(e.name, e.aliases)) byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
  }
  return async (keys) => keys.flatMap((key) => (byKey.get(key) ?? []).map((e) => ({ key, id: e.id, kind: e.kind })));
}

/** Labels a system entity goes by: its record's names and the words that mentioned it. */
function systemLabels(extraction: Extraction, text: string): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  const addLabel = (id: string, text: string) => labels.set(id, (labels.get(id) ?? new Set()).add(label(text)));
  for (const m of extraction.mentions) addLabel(m.entityId, text.slice(m.start, m.end).replace(/(?:'s|’s)$/, ''));
  for (const e of extraction.entities) [e.name, ...e.aliases].forEach((l) => addLabel(e.id, l));
  return labels;
}

/** Labels compare without a leading article ("the border with Azerbaijan" = "border with Azerbaijan"). */
const label = (text: string) => normalizeName(text).replace(/^(?:the|a|an) /, '');

const kindOf = (id: string): EntityKind => (id.startsWith('place:') ? 'PLACE' : id.startsWith('event:') ? 'EVENT' : 'ACTOR');

/** One-to-one entity matching: same id, or same kind and a shared label; events on subtype and date. */
function matchEntities(
  gold: GraphBatch,
  extraction: Extraction,
  text: string,
): { map: Map<string, string>; scores: Record<EntityKind | 'NAMED', Score>; missed: string[]; spurious: string[] } {
  const labels = systemLabels(extraction, text);
  const systemIds = [...extraction.resolutions.keys()];
  const systemEvents = new Map(extraction.entities.filter((e) => e.kind === 'EVENT').map((e) => [e.id, e]));
  const map = new Map<string, string>();
  const used = new Set<string>();
  const missed: string[] = [];
  const scores: Record<EntityKind | 'NAMED', Score> = { PLACE: zero(), ACTOR: zero(), EVENT: zero(), NAMED: zero() };
  const unnamed = (g: EntityRecord) => g.kind === 'EVENT' || (g.description ?? '').startsWith('Unnamed in the text');
  const systemNamed = (id: string) => !id.startsWith('event:') && !(extraction.entities.find((e) => e.id === id)?.description ?? '').startsWith('Unnamed in the text');
  for (const g of gold.entities) {
    scores[g.kind].goldCount++;
    const goldLabels = new Set([g.name, ...g.aliases].map(label));
    const match = systemIds.find((id) => {
      if (used.has(id) || kindOf(id) !== g.kind) return false;
      if (id === g.id) return true;
      if (g.kind === 'EVENT') {
        const e = systemEvents.get(id);
        return e !== undefined && (e.subtype === g.subtype || e.eventType === g.eventType) && e.date?.value === g.date?.value;
      }
      return [...(labels.get(id) ?? [])].some((l) => goldLabels.has(l));
    });
    if (!unnamed(g)) scores.NAMED.goldCount++;
    if (match) {
      used.add(match);
      map.set(match, g.id);
      scores[g.kind].truePositives++;
      if (!unnamed(g) && systemNamed(match)) scores.NAMED.truePositives++;
    } else missed.push(`${g.id} (${[g.name, ...g.aliases].join(' / ')})`);
  }
  for (const id of systemIds) {
    scores[kindOf(id)].systemCount++;
    if (systemNamed(id)) scores.NAMED.systemCount++;
  }
  const spurious = systemIds.filter((id) => !used.has(id)).map((id) => `${id} (${[...(labels.get(id) ?? [])].join(' / ')})`);
  return { map, scores, missed, spurious };
}

const describe = (c: ClaimRecord) => `${c.subjectId} ${c.predicate} ${c.objectId ?? ''}${c.quantity ? ` ${c.quantity.value}${c.quantity.unit}` : ''} [${c.status}] "${c.evidence[0]?.quote ?? ''}"`;

export async function evaluateArticle(goldFile: string, lookup: GraphLookup): Promise<ArticleScore> {
  const yaml = readFileSync(goldFile, 'utf8');
  const articleFile = path.join(path.dirname(goldFile), path.basename(goldFile, '.gold.yaml') + '.txt');
  const article = parseArticle(readFileSync(articleFile, 'utf8'));
  const gold = curateArticle(yaml, article, path.basename(goldFile));
  const started = performance.now();
  const extraction = await extractArticle(
    { articleId: 'article:eval', articleKey: 'eval', text: article.text, sentences: article.sentences, publishedAt: article.publishedAt },
    lookup,
  );
  const extractMs = performance.now() - started;
  const { map, scores, missed: missedEntities, spurious: spuriousEntities } = matchEntities(gold, extraction, article.text);
  const toGold = (id: string | undefined) => (id === undefined ? undefined : (map.get(id) ?? id));
  const used = new Set<string>();
  let truePositives = 0;
  let agree = 0;
  const matchedSystem = new Set<string>();
  const missed: string[] = [];
  const symmetric = new Set([...loadVocabulary()].filter(([, spec]) => spec.symmetric).map(([name]) => name));
  for (const g of gold.claims) {
    const sameArguments = (c: ClaimRecord) => {
      const [s, o] = [toGold(c.subjectId), toGold(c.objectId)];
      return (s === g.subjectId && o === g.objectId) || (symmetric.has(g.predicate) && s === g.objectId && o === g.subjectId);
    };
    const candidates = extraction.claims.filter(
      (c) =>
        !used.has(c.id) &&
        c.predicate === g.predicate &&
        sameArguments(c) &&
        (!g.quantity || (c.quantity?.value === g.quantity.value && c.quantity.unit === g.quantity.unit)),
    );
    // Ties go to the claim whose status agrees.
    const match = candidates.find((c) => c.status === g.status) ?? candidates[0];
    if (!match) {
      missed.push(describe(g));
      continue;
    }
    used.add(match.id);
    matchedSystem.add(match.id);
    truePositives++;
    if (match.status === g.status) agree++;
  }
  return {
    file: path.basename(articleFile),
    entities: scores,
    claims: { truePositives, goldCount: gold.claims.length, systemCount: extraction.claims.length },
    statusAgreement: { agree, matched: truePositives },
    extractMs,
    missedEntities,
    spuriousEntities,
    missed,
    spurious: extraction.claims.filter((c) => !matchedSystem.has(c.id)).map(describe),
  };
}

export interface EvalReport {
  set: string;
  articles: ArticleScore[];
  entities: Record<EntityKind | 'NAMED' | 'ALL', Score>;
  claims: Score;
  statusAgreement: { agree: number; matched: number };
}

export async function evaluateSet(set: 'dev' | 'test'): Promise<EvalReport> {
  const dir = `${EVAL_DIR}${set}/`;
  const lookup = seedGraphLookup();
  const articles: ArticleScore[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.yaml')).sort();
  // Warm up (lexicon, rules and the NLP model load once) so times are per article, not start-up.
  if (files.length) await evaluateArticle(dir + files[0], lookup);
  for (const file of files) {
    articles.push(await evaluateArticle(dir + file, lookup));
  }
  const entities: EvalReport['entities'] = { PLACE: zero(), ACTOR: zero(), EVENT: zero(), NAMED: zero(), ALL: zero() };
  let claims = zero();
  const statusAgreement = { agree: 0, matched: 0 };
  for (const a of articles) {
    for (const kind of ['PLACE', 'ACTOR', 'EVENT'] as const) {
      entities[kind] = add(entities[kind], a.entities[kind]);
      entities.ALL = add(entities.ALL, a.entities[kind]);
    }
    entities.NAMED = add(entities.NAMED, a.entities.NAMED);
    claims = add(claims, a.claims);
    statusAgreement.agree += a.statusAgreement.agree;
    statusAgreement.matched += a.statusAgreement.matched;
  }
  return { set, articles, entities, claims, statusAgreement };
}
