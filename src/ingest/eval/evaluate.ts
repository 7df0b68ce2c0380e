// Measures extraction against gold written for real published articles (seed/eval/), scored as
// seed/eval/GUIDELINES.md fixes it before any tuning: named entities by kind, attributed
// statements (speaker + overlapping content), typed claims, status, evidence integrity and
// resolution across articles. The articles of a set run through the same stages as ingest, in
// file order, against one growing graph (the seed's entities, then what earlier articles added).
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ClaimRecord, EntityKind, EntityRecord, SentenceRecord } from '../../model/records.js';
import { InvalidBatchError } from '../../store/port.js';
import { checkBatch } from '../../store/rows.js';
import { normalizeName, searchKeysFor } from '../../model/search-keys.js';
import { parseArticle } from '../article/parse-article.js';
import { SEED_DIR } from '../data-files.js';
import type { HeldOutSet } from './quality-file.js';
import { type Extraction, extractArticle } from '../extract.js';
import type { Annotator } from '../ingest.js';
import type { NlpDocument } from '../nlp/document.js';
import type { GraphLookup } from '../resolve/resolve.js';
import { buildSeedBatch, seedAnnotationFiles } from '../seed.js';

export const EVAL_DIR = `${SEED_DIR}eval/`;

const Status = z.enum(['REPORTED', 'CLAIMED', 'CONFIRMED', 'DENIED', 'UNCERTAIN']);
export const GoldFile = z.object({
  entities: z.array(z.object({ name: z.string(), kind: z.enum(['PLACE', 'ACTOR']), type: z.string(), aliases: z.array(z.string()).default([]), unnamed: z.boolean().default(false) })),
  statements: z.array(z.object({ speaker: z.string(), content: z.string(), status: Status, via: z.string().optional(), occurrence: z.number().int().positive().optional() })).default([]),
  claims: z
    .array(
      z.object({
        predicate: z.string(),
        subject: z.string(),
        object: z.string().optional(),
        quantity: z.number().optional(),
        status: Status,
        speaker: z.string().optional(),
        evidence: z.string(),
        occurrence: z.number().int().positive().optional(),
      }),
    )
    .default([]),
});
type Gold = z.infer<typeof GoldFile>;
type GoldEntity = Gold['entities'][number];

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
const zero = (): Score => ({ truePositives: 0, goldCount: 0, systemCount: 0 });
const add = (a: Score, b: Score): Score => ({ truePositives: a.truePositives + b.truePositives, goldCount: a.goldCount + b.goldCount, systemCount: a.systemCount + b.systemCount });

export interface Agreement {
  agree: number;
  matched: number;
}

export interface ArticleScore {
  file: string;
  entities: Score;
  /** Matched named entities whose type (person, organisation, place) agrees. */
  entityTypes: Agreement;
  statements: Score;
  statementStatus: Agreement;
  claims: Score;
  claimStatus: Agreement;
  /** Evidence quotes that equal the text at their offsets and cut no word. */
  evidence: Agreement;
  /** Why the store would refuse this article's extraction (empty: it would be stored). */
  refused: string[];
  nlpMs: number;
  extractMs: number;
  details: { missed: string[]; spurious: string[] };
  /** Gold entity name → the system id it aligned to (for resolution across articles). */
  aligned: Map<string, string>;
}

export interface EvalReport {
  set: string;
  articles: ArticleScore[];
  entities: Score;
  entityTypes: Agreement;
  statements: Score;
  statementStatus: Agreement;
  claims: Score;
  claimStatus: Agreement;
  evidence: Agreement;
  /** Articles whose extraction the store accepts (store/rows.ts checkBatch), of all: a refused one is lost to ingest. */
  stored: Agreement;
  /** Gold entities named in two or more articles: how many resolved to one id everywhere. */
  crossArticle: Agreement & { failures: string[] };
  nlpMs: number;
  extractMs: number;
}

/** Words that name people by what befell them ("nine dead", "34 injured"). */
const CASUALTIES = /^(?:dead|wounded|injured|killed)$/;
/** Labels compare without a leading article. */
const label = (text: string) => normalizeName(text).replace(/^(?:the|a|an) /, '');
/**
 * The head noun of a description: its last word before any modifier after it ("officials in
 * Afghanistan" → official); "people" for people named by their count alone ("nine dead", "34
 * injured", "more than 1,200").
 */
const headWord = (text: string) => {
  const head = label(text).split(/ (?:in|of|with|from|for|at|on|and|near|who|that) /)[0].split(' ').pop()!;
  return COUNT_WORD.test(head) || CASUALTIES.test(head) ? 'people' : head.replace(/s$/, '');
};

/** The graph ingest would see: the curated seed entities, then each article's entities as it is added. */
class EvalGraph {
  private readonly byKey = new Map<string, EntityRecord[]>();
  constructor() {
    for (const file of seedAnnotationFiles()) for (const e of buildSeedBatch(file).entities) this.add(e);
  }
  add(e: EntityRecord): void {
    this.index(e.name, e.aliases, e);
  }
  /** Spellings an earlier article taught the graph: the ingest writes them as aliases of `id`. */
  addAliases(id: string, aliases: string[]): void {
    this.index(aliases[0] ?? '', aliases, { id, kind: (id.startsWith('place:') ? 'PLACE' : 'ACTOR') as EntityKind } as EntityRecord);
  }
  private index(name: string, aliases: string[], e: EntityRecord): void {
    for (const key of searchKeysFor(name, aliases)) {
      const list = this.byKey.get(key) ?? [];
      if (!list.some((x) => x.id === e.id)) this.byKey.set(key, [...list, e]);
    }
  }
  lookup: GraphLookup = async (keys) => keys.flatMap((key) => (this.byKey.get(key) ?? []).map((e) => ({ key, id: e.id, kind: e.kind })));
}

function locate(text: string, quote: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(quote, at + 1);
  return at < 0 ? [0, 0] : [at, at + quote.length];
}

interface SystemEntity {
  ids: string[];
  kind: 'PLACE' | 'ACTOR';
  type: string;
  labels: Set<string>;
  named: boolean;
}

function systemEntities(extraction: Extraction): SystemEntity[] {
  const named = extraction.named.map((e) => ({ ids: e.ids, kind: e.kind, type: e.type, labels: new Set([e.name, ...e.spellings].map(label)), named: true }));
  const made = extraction.entities
    .filter((e) => (e.description ?? '').startsWith('Unnamed in the text'))
    .map((e) => ({ ids: [e.id], kind: e.kind as 'PLACE' | 'ACTOR', type: e.subtype, labels: new Set([label(e.name)]), named: false }));
  return [...named, ...made];
}

const TYPE_CLASS: Record<string, string> = { person: 'person', organisation: 'organisation', group: 'organisation', country: 'place', region: 'place', city: 'place', site: 'place' };

const COUNT_WORD = /^(?:[\d,.]+|at|least|most|more|than|about|nearly|almost|over|around|some|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|hundreds?|thousands?|dozens?|scores?)$/;

/**
 * Aligns each gold entity with the system entity it names (named: a shared label and kind; unnamed:
 * a shared label, else a shared head noun), closest pairs first: the gold's name before one of its
 * aliases, a shared label before a shared head, an unnamed system entity before a named one, then
 * the more words in common, so "one protester" takes "protester" and "at least six protesters"
 * takes "protesters" whichever is listed first (equals keep the gold's order).
 */
function align(gold: GoldEntity[], system: SystemEntity[]): Map<GoldEntity, SystemEntity> {
  // (Counts and their hedges say how many, not who: "at least six protesters" is worded as "protesters".)
  const words = (l: string) => new Set(l.split(' ').filter((w) => !COUNT_WORD.test(w)));
  const common = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length / new Set([...a, ...b]).size;
  const pairs: { g: number; s: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const labels = new Set([g.name, ...g.aliases].map(label));
    const kindOk = (s: SystemEntity) => s.kind === g.kind || (g.type === 'country' && s.ids.length === 2);
    system.forEach((s, si) => {
      // (Its own name before an alias: "Namibian Government" before the "government" its alias "the Government" names.)
      const shared = s.labels.has(label(g.name)) ? 3.5 : [...s.labels].some((l) => labels.has(l)) ? 3 : 0;
      if (!g.unnamed) {
        // (Or a system label that only adds a possessor or modifier before it: "Tajikistan's interior ministry".)
        const within = !shared && [...labels].some((l) => l.includes(' ') && [...s.labels].some((sl) => sl.endsWith(` ${l}`)));
        if ((shared || within) && kindOk(s)) pairs.push({ g: gi, s: si, score: shared || 2.5 });
        return;
      }
      if (shared) return pairs.push({ g: gi, s: si, score: shared });
      const heads = [...s.labels].filter((l) => headWord(l) === headWord(g.name));
      if (heads.length) pairs.push({ g: gi, s: si, score: (s.named ? 1 : 2) + Math.max(...heads.map((l) => common(words(l), words(label(g.name))))) * 0.99 });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.s - b.s);
  const map = new Map<GoldEntity, SystemEntity>();
  const used = new Set<number>();
  // (People named by their count alone are told apart by it: the system's one "people" of an article,
  // whose claims carry each count as their quantity, stands for every such gold group, "at least 21
  // people", "nearly 100 people", "up to 20 injured", "hundreds"; their claims then match only by the
  // count, or with none on either side; "more than a dozen people" too, its article part of the count.)
  const counts = (gi: number, si: number) =>
    gold[gi].unnamed &&
    !system[si].named &&
    system[si].labels.has('people') &&
    [...words(label(gold[gi].name))].every((w) => /^(?:people|persons?|up|to|an?)$/.test(w) || CASUALTIES.test(w));
  for (const { g, s } of pairs) {
    if (map.has(gold[g]) || (used.has(s) && !counts(g, s))) continue;
    used.add(s);
    map.set(gold[g], system[s]);
  }
  return map;
}

/** The store's own batch checks on an article's extraction, as ingest would write it: what it would refuse, if anything. */
function refusals(articleId: string, article: { text: string; contentHash: string; sentences: SentenceRecord[] }, extraction: Extraction): string[] {
  try {
    checkBatch({ articles: [{ id: articleId, text: article.text, contentHash: article.contentHash, sentences: article.sentences }], entities: extraction.entities, claims: extraction.claims, mentions: extraction.mentions });
    return [];
  } catch (error) {
    if (error instanceof InvalidBatchError) return error.problems;
    throw error;
  }
}

/**
 * Where a claim is first stated: its first evidence piece, joined with the pieces that continue it
 * into the next sentences (a statement across sentences is quoted sentence by sentence).
 */
function firstSpan(text: string, c: ClaimRecord): { start: number; end: number } {
  const [first, ...rest] = c.evidence;
  const span = { start: first.start, end: first.end };
  let sentence = first.sentence;
  for (const piece of rest) {
    if (piece.sentence !== sentence + 1 || text.slice(span.end, piece.start).trim()) break;
    span.end = piece.end;
    sentence = piece.sentence;
  }
  return span;
}

const describeClaim = (c: ClaimRecord) => `${c.subjectId} ${c.predicate} ${c.objectId ?? ''}${c.quantity ? ` ${c.quantity.value}` : ''} [${c.status}${c.attributedTo.length ? ` by ${c.attributedTo.join(',')}` : ''}] "${c.evidence[0]?.quote.slice(0, 90) ?? ''}"`;

export function scoreArticle(file: string, text: string, gold: Gold, extraction: Extraction, timing: { nlpMs: number; extractMs: number }): Omit<ArticleScore, 'refused'> {
  const missed: string[] = [];
  const spurious: string[] = [];
  const system = systemEntities(extraction);
  const alignment = align(gold.entities, system);
  const byName = new Map(gold.entities.map((g) => [g.name, g]));
  const idsOf = (name: string | undefined) => (name ? (alignment.get(byName.get(name)!)?.ids ?? []) : []);

  // 1. Named entities.
  const namedGold = gold.entities.filter((g) => !g.unnamed);
  const namedSystem = system.filter((s) => s.named);
  const entities: Score = { goldCount: namedGold.length, systemCount: namedSystem.length, truePositives: 0 };
  const entityTypes: Agreement = { agree: 0, matched: 0 };
  const matchedSystem = new Set<SystemEntity>();
  for (const g of namedGold) {
    const s = alignment.get(g);
    if (!s || !s.named) {
      missed.push(`entity ${g.kind} ${g.name} (${g.type})`);
      continue;
    }
    matchedSystem.add(s);
    entities.truePositives++;
    entityTypes.matched++;
    if (TYPE_CLASS[g.type] === TYPE_CLASS[s.type]) entityTypes.agree++;
  }
  for (const s of namedSystem) if (!matchedSystem.has(s)) spurious.push(`entity ${s.kind} ${[...s.labels].join(' / ')} (${s.type})`);

  // 2. Attributed statements: the claims of one speaker whose evidence overlaps count as one statement.
  const units: { speakers: string[]; start: number; end: number; status: string; used: boolean }[] = [];
  for (const c of extraction.claims.filter((c) => c.status !== 'REPORTED' && c.attributedTo.length)) {
    const ev = firstSpan(text, c);
    // (Overlap joins transitively, whatever order the claims come in: a statement overlapping two
    // claims that do not overlap each other makes the three one.)
    // (Only one speaker's units: a claim attributed to two joins neither's statements to the other's.)
    const overlapping = units.filter((u) => u.speakers.some((s) => c.attributedTo.includes(s)) && u.start < ev.end && ev.start < u.end);
    const [unit, ...joined] = overlapping.filter((u) => u.speakers.some((s) => overlapping[0].speakers.includes(s)));
    if (unit) {
      unit.start = Math.min(unit.start, ev.start, ...joined.map((u) => u.start));
      unit.end = Math.max(unit.end, ev.end, ...joined.map((u) => u.end));
      for (const u of joined) units.splice(units.indexOf(u), 1);
    } else units.push({ speakers: c.attributedTo, start: ev.start, end: ev.end, status: c.status, used: false });
  }
  const statements: Score = { goldCount: gold.statements.length, systemCount: units.length, truePositives: 0 };
  const statementStatus: Agreement = { agree: 0, matched: 0 };
  for (const g of gold.statements) {
    const [start, end] = locate(text, g.content, g.occurrence);
    const speakerIds = idsOf(g.speaker);
    const unit = units.find((u) => !u.used && u.speakers.some((s) => speakerIds.includes(s)) && u.start < end && start < u.end);
    if (!unit) {
      const other = units.find((u) => u.start < end && start < u.end);
      missed.push(`statement by ${g.speaker} [${g.status}]: "${g.content.slice(0, 90)}"${other ? ` (found, said by ${other.speakers.join(',')})` : ''}`);
      continue;
    }
    unit.used = true;
    statements.truePositives++;
    statementStatus.matched++;
    if (unit.status === g.status) statementStatus.agree++;
  }
  for (const u of units) if (!u.used) spurious.push(`statement by ${u.speakers.join(',')} [${u.status}]: "${text.slice(u.start, u.end).slice(0, 90)}"`);

  // 3. Typed claims.
  const typed = extraction.claims.filter((c) => c.predicate !== 'STATES');
  const claims: Score = { goldCount: gold.claims.length, systemCount: typed.length, truePositives: 0 };
  const claimStatus: Agreement = { agree: 0, matched: 0 };
  const usedClaims = new Set<ClaimRecord>();
  // A system entity several gold entities share (one "people" for each count) tells them apart only by
  // number: a gold claim about it matches one with the same number, or without one as it is without.
  const golds = new Map<SystemEntity, number>();
  for (const s of alignment.values()) golds.set(s, (golds.get(s) ?? 0) + 1);
  const shared = (name: string | undefined) => name !== undefined && (golds.get(alignment.get(byName.get(name)!)!) ?? 0) > 1;
  for (const g of gold.claims) {
    const subjects = idsOf(g.subject);
    const objects = idsOf(g.object);
    const needsNumber = shared(g.object) || shared(g.subject);
    const candidates = typed.filter(
      (c) =>
        !usedClaims.has(c) &&
        c.predicate === g.predicate &&
        subjects.includes(c.subjectId) &&
        (!g.object || (c.objectId !== undefined && objects.includes(c.objectId))) &&
        (g.quantity === undefined ? !needsNumber || c.quantity === undefined : c.quantity?.value === g.quantity),
    );
    const match = candidates.find((c) => c.status === g.status) ?? candidates[0];
    if (!match) {
      const [start, end] = locate(text, g.evidence, g.occurrence);
      const near = typed.find((c) => c.predicate === g.predicate && c.evidence.some((e) => e.start < end && start < e.end));
      missed.push(`claim ${g.subject} ${g.predicate} ${g.object ?? ''}${g.quantity !== undefined ? ` ${g.quantity}` : ''} [${g.status}]: "${g.evidence.slice(0, 90)}"${near ? ` (found as ${near.subjectId} → ${near.objectId ?? ''} ${near.quantity?.value ?? ''})` : ''}`);
      continue;
    }
    usedClaims.add(match);
    claims.truePositives++;
    claimStatus.matched++;
    if (match.status === g.status) claimStatus.agree++;
    else missed.push(`claim status ${g.subject} ${g.predicate} ${g.object ?? ''}: ${match.status} for gold ${g.status}: "${g.evidence.slice(0, 90)}"`);
  }
  for (const c of typed) if (!usedClaims.has(c)) spurious.push(`claim ${describeClaim(c)}`);

  // 4. Evidence integrity.
  const evidence: Agreement = { agree: 0, matched: 0 };
  const word = /[\p{L}\p{N}]/u;
  for (const c of extraction.claims) {
    for (const e of c.evidence) {
      evidence.matched++;
      const exact = text.slice(e.start, e.end) === e.quote;
      const whole = (e.start === 0 || !word.test(text[e.start - 1]) || !word.test(text[e.start])) && (e.end === text.length || !word.test(text[e.end]) || !word.test(text[e.end - 1]));
      if (exact && whole) evidence.agree++;
      else missed.push(`evidence cut: "${e.quote}"`);
    }
  }

  const aligned = new Map<string, string>();
  for (const [g, s] of alignment) if (!g.unnamed) aligned.set(label(g.name), s.ids[0]);
  return { file, entities, entityTypes, statements, statementStatus, claims, claimStatus, evidence, ...timing, details: { missed, spurious }, aligned };
}

/** Scores one set, annotating up to `concurrency` articles at once while extraction runs in file order. */
export async function evaluateSet(set: 'dev' | HeldOutSet, nlp: Annotator, concurrency = 2): Promise<EvalReport> {
  const dir = `${EVAL_DIR}${set}/`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.yaml')).sort();
  const inputs = files.map((f) => {
    const article = parseArticle(readFileSync(dir + f.replace(/\.gold\.yaml$/, '.txt'), 'utf8'));
    const gold = GoldFile.parse(parseYaml(readFileSync(dir + f, 'utf8')));
    return { file: f.replace(/\.gold\.yaml$/, ''), article, gold };
  });
  const docs: Promise<{ doc: NlpDocument; ms: number }>[] = [];
  let next = 0;
  const startNext = () => {
    const i = next++;
    if (i >= inputs.length) return;
    const started = performance.now();
    docs[i] = nlp.annotate(inputs[i].article.text, { publishedAt: inputs[i].article.publishedAt }).then((doc) => ({ doc, ms: performance.now() - started }));
    void docs[i].then(startNext, startNext);
  };
  for (let k = 0; k < concurrency; k++) startNext();

  const graph = new EvalGraph();
  const articles: ArticleScore[] = [];
  for (const [i, { file, article, gold }] of inputs.entries()) {
    const { doc, ms } = await docs[i];
    const started = performance.now();
    const key = `eval-${i}`;
    const extraction = await extractArticle({ articleId: `article:${key}`, articleKey: key, sentences: article.sentences, publishedAt: article.publishedAt, publisher: article.publisher }, doc, graph.lookup);
    const extractMs = performance.now() - started;
    for (const e of extraction.entities) graph.add(e);
    for (const [id, aliases] of extraction.newAliases) graph.addAliases(id, aliases);
    articles.push({ ...scoreArticle(file, article.text, gold, extraction, { nlpMs: ms, extractMs }), refused: refusals(`article:${key}`, article, extraction) });
  }

  // Resolution across articles: a gold name in several articles should meet one system id.
  const seen = new Map<string, Map<string, string>>();
  for (const a of articles) for (const [name, id] of a.aligned) seen.set(name, (seen.get(name) ?? new Map()).set(a.file, id));
  const crossArticle = { agree: 0, matched: 0, failures: [] as string[] };
  for (const [name, byArticle] of seen) {
    if (byArticle.size < 2) continue;
    crossArticle.matched++;
    if (new Set(byArticle.values()).size === 1) crossArticle.agree++;
    else crossArticle.failures.push(`${name}: ${[...byArticle].map(([f, id]) => `${f} → ${id}`).join('; ')}`);
  }
  const sum = <K extends 'entities' | 'statements' | 'claims'>(k: K) => articles.reduce((s, a) => add(s, a[k]), zero());
  const agreement = (k: 'entityTypes' | 'statementStatus' | 'claimStatus' | 'evidence') =>
    articles.reduce((s, a) => ({ agree: s.agree + a[k].agree, matched: s.matched + a[k].matched }), { agree: 0, matched: 0 });
  return {
    set,
    articles,
    entities: sum('entities'),
    entityTypes: agreement('entityTypes'),
    statements: sum('statements'),
    statementStatus: agreement('statementStatus'),
    claims: sum('claims'),
    claimStatus: agreement('claimStatus'),
    evidence: agreement('evidence'),
    stored: { agree: articles.filter((a) => !a.refused.length).length, matched: articles.length },
    crossArticle,
    nlpMs: articles.reduce((s, a) => s + a.nlpMs, 0),
    extractMs: articles.reduce((s, a) => s + a.extractMs, 0),
  };
}
