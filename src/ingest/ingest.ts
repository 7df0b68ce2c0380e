// Ingest: any article → NLP (one CoreNLP request) → extraction (mentions → resolve → claims, with
// the curated annotation on top when one exists) → links to what other sources said → one
// all-or-nothing write. Re-ingesting the same text changes nothing (and needs no NLP); a new text
// at a known URL becomes the next version, the old one kept.
import { readFileSync } from 'node:fs';
import type { ArticleRecord, ClaimRecord, EntityRecord, GraphBatch } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import { parse as parseYaml } from 'yaml';
import { contentHash, parseArticle, type ParsedArticle } from './article/parse-article.js';
import { captionMedia } from './article/media.js';
import { splitSentences } from './article/sentences.js';
import { type ArticleInput, validateArticleInput } from './article/validate-input.js';
import { curateArticle } from './annotation/curate.js';
import { linkAcrossSources } from './corroborate.js';
import { extractionThread } from './extract-off-thread.js';
import { keepCuration } from './keep-curation.js';
import { loadLexicon, slug } from './mentions/lexicon.js';
import type { AnnotateOptions } from './nlp/corenlp.js';
import type { NlpDocument } from './nlp/document.js';
import { batchReferences } from '../store/rows.js';
import { processWrites, type WriteLock } from './write-lock.js';
import { buildSeedBatch, seedAnnotationFiles } from './seed.js';

export interface IngestResult {
  articleId: string;
  /** created: a new article; unchanged: this exact text was already ingested; new-version: a new text at a known URL. */
  outcome: 'created' | 'unchanged' | 'new-version';
  created: { entities: number; claims: number; mentions: number };
  merged: { entities: number; aliases: number };
  skipped: { claims: number };
  corroborations: number;
  contradictions: number;
  curated: boolean;
  /** The claims written (with their links to earlier claims); none when unchanged. */
  claims: ClaimRecord[];
}

/** Curated annotations under seed/, found by the content hash of their article. */
let curatedByHash: Map<string, string> | undefined;
function curatedAnnotationFor(hash: string): string | undefined {
  if (!curatedByHash) {
    curatedByHash = new Map();
    for (const file of seedAnnotationFiles()) {
      const article = buildSeedBatch(file).articles[0];
      curatedByHash.set(article.contentHash, file);
    }
  }
  return curatedByHash.get(hash);
}

/** A stable article key: from the URL when there is one, else from the title and date, else the text. */
function articleKey(input: ArticleInput, hash: string): string {
  if (input.url) return slug(input.url.replace(/^https?:\/\/(www\.)?/, '')).slice(0, 80);
  const base = [input.publishedAt, input.title].filter(Boolean).join(' ');
  return base ? `${slug(base).slice(0, 72)}-${hash.slice(7, 13)}` : `text-${hash.slice(7, 23)}`;
}

const claimKey = (c: ClaimRecord) => `${c.predicate}|${c.subjectId}|${c.objectId ?? ''}`;

/** What ingest needs of the NLP service (nlp/service.ts gives one; a folder ingest may hand in work already under way). */
export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Promise<NlpDocument>;
}

/** `writes` serialises the read-decide-write step; the process shares one lock unless told otherwise. */
export async function ingestArticle(store: GraphStore, input: ArticleInput, nlp: Annotator, writes: WriteLock = processWrites): Promise<IngestResult> {
  validateArticleInput(input);
  const hash = contentHash(input.text);
  const empty = { created: { entities: 0, claims: 0, mentions: 0 }, merged: { entities: 0, aliases: 0 }, skipped: { claims: 0 }, corroborations: 0, contradictions: 0 };
  const unchanged = (articleId: string): IngestResult => ({ articleId, outcome: 'unchanged', ...empty, curated: false, claims: [] });
  const known = await store.articleIdByHash(hash);
  if (known) return unchanged(known);
  // Annotation is the slow part and needs nothing from the graph: it runs before the writer lock.
  const doc = await nlp.annotate(input.text, { publishedAt: input.publishedAt ?? undefined });
  return writes.run(async () => {
    // Another ingest of the same text may have been written while this one was annotated.
    const meanwhile = await store.articleIdByHash(hash);
    if (meanwhile) return unchanged(meanwhile);
    return writeArticle(store, input, hash, doc);
  });
}

/** Decides what is new against the graph as it stands, then writes it in one transaction. */
async function writeArticle(store: GraphStore, input: ArticleInput, hash: string, doc: NlpDocument): Promise<IngestResult> {

  // An article with a curated annotation keeps the annotation's identity.
  const curatedFile = curatedAnnotationFor(hash);
  const curatedKey = curatedFile ? (parseYaml(readFileSync(curatedFile, 'utf8')) as { article: { id: string } }).article.id : undefined;
  let key = curatedKey ?? articleKey(input, hash);
  let version = 1;
  let supersedes: string | undefined;
  if (input.url) {
    const versions = await store.articleVersionsByUrl(input.url);
    const latest = versions[versions.length - 1];
    if (latest) {
      version = latest.version + 1;
      supersedes = latest.id;
      key = `${key}-v${version}`;
    }
  }
  const articleId = `article:${key}`;
  const sentences = splitSentences(input.text);
  const article: ArticleRecord = {
    id: articleId,
    text: input.text,
    contentHash: hash,
    sentences,
    version,
    ...(input.title ? { title: input.title } : {}),
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(supersedes ? { supersedes } : {}),
    media: captionMedia(articleId, input.text, sentences),
  };

  // The claim rules run on the extraction thread, so reads are served while they do.
  const extraction = await extractionThread.extract(
    { articleId, articleKey: key, sentences, publishedAt: input.publishedAt ?? undefined, publisher: input.publisher ?? undefined },
    doc,
    (keys) => store.entityIdsByKeys(keys),
  );

  // Curated annotations win: their claims replace extracted ones that say the same thing.
  let claims = extraction.claims;
  let entities = extraction.entities;
  let skipped = 0;
  if (curatedFile) {
    const parsed: ParsedArticle = { text: input.text, contentHash: hash, sentences, publishedAt: input.publishedAt ?? undefined };
    const curated = curateArticle(readFileSync(curatedFile, 'utf8'), parsed, curatedFile);
    const said = new Set(curated.claims.map(claimKey));
    const extra = claims.filter((c) => !said.has(claimKey(c)));
    skipped = claims.length - extra.length;
    claims = [...curated.claims.map((c) => ({ ...c, articleId, evidence: c.evidence.map((ev) => ({ ...ev, articleId })) })), ...extra];
    // The annotation's media (with what each shows) replace those read from the captions.
    article.media = (curated.articles[0].media ?? []).map((m) => ({ ...m, caption: { ...m.caption, articleId } }));
    const curatedEntities = new Set(curated.entities.map((e) => e.id));
    entities = [...curated.entities, ...entities.filter((e) => !curatedEntities.has(e.id))];
  }

  // Entities the graph already holds are not rewritten, except to learn a new spelling.
  const existing = new Set((await store.getEntities(entities.map((e) => e.id))).flatMap((e) => (e ? [e.id] : [])));
  const toCreate = entities.filter((e) => !existing.has(e.id));
  const aliasTargets = [...extraction.newAliases.keys()];
  const merged: EntityRecord[] = [];
  for (const [i, record] of (await store.getEntities(aliasTargets)).entries()) {
    if (!record) continue;
    const add = (extraction.newAliases.get(aliasTargets[i]) ?? []).filter((a) => a !== record.name && !record.aliases.includes(a));
    if (add.length) merged.push({ ...record, aliases: [...record.aliases, ...add] });
  }

  const links = await linkAcrossSources(store, article, claims);
  // Through curators' merges: a merged entity's old id writes to the entity it became.
  const batch = await closeReferences(
    store,
    await keepCuration(store, {
      articles: [article],
      entities: [...toCreate, ...merged],
      claims: links.claims,
      mentions: extraction.mentions.filter((m) => article.sentences[m.sentence]),
    }),
  );
  // Announced to live subscribers by every server reading the store's change log (api/live/changes.ts).
  batch.change = {
    kind: 'ingest',
    articleId,
    outcome: version > 1 ? 'NEW_VERSION' : 'CREATED',
    claimIds: batch.claims.map((c) => c.id),
    links: batch.claims.flatMap((c) => c.links.map((l) => ({ type: l.type, from: c.id, to: l.targetId }))),
  };
  await store.upsert(batch);
  const resolvedToGraph = [...extraction.resolutions.values()].filter((r) => r === 'graph').length;
  return {
    articleId,
    outcome: version > 1 ? 'new-version' : 'created',
    created: { entities: toCreate.length, claims: batch.claims.length, mentions: batch.mentions.length },
    merged: { entities: resolvedToGraph, aliases: merged.length },
    skipped: { claims: skipped },
    corroborations: links.corroborations,
    contradictions: links.contradictions,
    curated: Boolean(curatedFile),
    claims: batch.claims,
  };
}

/**
 * Every entity the batch refers to must exist once it is written: a country's counterpart, the
 * state a LEADS claim names. Missing ones come from the gazetteer; what is still unknown is
 * dropped with the claims and mentions that need it, rather than failing the article.
 */
async function closeReferences(store: GraphStore, batch: GraphBatch): Promise<GraphBatch> {
  const lexicon = loadLexicon();
  const entities = new Map(batch.entities.map((e) => [e.id, e]));
  for (let round = 0; round < 2; round++) {
    const wanted = batchReferences({ ...batch, entities: [...entities.values()] }).entityIds.filter((id) => !entities.has(id));
    if (!wanted.length) break;
    const stored = await store.getEntities(wanted);
    wanted.forEach((id, i) => {
      const known = lexicon.entities.get(id);
      if (!stored[i] && known) entities.set(id, known);
    });
  }
  const all = [...entities.values()];
  const wanted = batchReferences({ ...batch, entities: all }).entityIds.filter((id) => !entities.has(id));
  const stored = await store.getEntities(wanted);
  const missing = new Set(wanted.filter((_, i) => !stored[i]));
  if (!missing.size) return { ...batch, entities: all };
  const ok = (id: string | undefined) => id === undefined || !missing.has(id);
  return {
    ...batch,
    entities: all.map((e) => ({
      ...e,
      ...(e.counterpartId && !ok(e.counterpartId) ? { counterpartId: undefined } : {}),
      ...(e.locationId && !ok(e.locationId) ? { locationId: undefined } : {}),
      ...(e.participants ? { participants: e.participants.filter((p) => ok(p.entityId)) } : {}),
    })),
    claims: batch.claims
      .filter((c) => ok(c.subjectId) && ok(c.objectId))
      .map((c) => ({ ...c, attributedTo: c.attributedTo.filter(ok) })),
    mentions: batch.mentions.filter((m) => ok(m.entityId)),
  };
}

/** Reads an article file (optional title:/published:/publisher:/url: header lines) for ingest. */
export function articleInputFromFile(raw: string): ArticleInput {
  const parsed = parseArticle(raw);
  return { text: parsed.text, title: parsed.title, publishedAt: parsed.publishedAt, publisher: parsed.publisher, url: parsed.url };
}
