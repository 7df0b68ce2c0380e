// Flat rows: how records look as node and relationship properties in both stores (neither stores
// nested maps), and the batch checks both adapters run before writing.
import type {
  ArticleBody,
  ArticleRecord,
  ArticleSummary,
  ClaimRecord,
  DatePrecision,
  EntityRecord,
  EvidenceRecord,
  GeoPrecision,
  GraphBatch,
  MediaRecord,
  MentionRecord,
  ResolvedDate,
  ReviewVerdict,
} from '../model/records.js';
import { searchKeysFor } from '../model/search-keys.js';
import { InvalidBatchError } from './port.js';

// Unset values are null in rows (Neo4j then stores no property, SQLite a NULL).
const text = (v: string | undefined): string | null => v ?? null;
const num = (v: number | undefined): number | null => v ?? null;
const optText = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const optNum = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function dateToRow(prefix: string, d: ResolvedDate | undefined): Record<string, string | null> {
  return {
    [`${prefix}Value`]: text(d?.value),
    [`${prefix}Precision`]: text(d?.precision),
    [`${prefix}Expression`]: text(d?.expression),
  };
}

function rowToDate(prefix: string, row: Row): ResolvedDate | undefined {
  const value = optText(row[`${prefix}Value`]);
  if (!value) return undefined;
  const expression = optText(row[`${prefix}Expression`]);
  return {
    value,
    precision: (optText(row[`${prefix}Precision`]) ?? 'DAY') as DatePrecision,
    ...(expression ? { expression } : {}),
  };
}

export type Row = Record<string, unknown>;

export function entityToRow(e: EntityRecord) {
  return {
    id: e.id,
    kind: e.kind,
    subtype: e.subtype,
    name: e.name,
    aliases: e.aliases,
    description: text(e.description),
    source: text(e.source),
    provisional: e.provisional,
    role: text(e.role),
    lat: num(e.location?.lat),
    lon: num(e.location?.lon),
    locSource: text(e.location?.source),
    locPrecision: text(e.location?.precision),
    counterpartId: text(e.counterpartId),
    eventType: text(e.eventType),
    ...dateToRow('date', e.date),
    ...dateToRow('endDate', e.endDate),
    locationId: text(e.locationId),
    fatalities: num(e.fatalities),
  };
}

export function rowToEntity(row: Row, participants: { entityId: string; role: string }[] = []): EntityRecord {
  const lat = optNum(row.lat);
  const lon = optNum(row.lon);
  const entity: EntityRecord = {
    id: row.id as string,
    kind: row.kind as EntityRecord['kind'],
    subtype: row.subtype as string,
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    provisional: Boolean(row.provisional),
  };
  const description = optText(row.description);
  if (description) entity.description = description;
  const source = optText(row.source);
  if (source) entity.source = source;
  const role = optText(row.role);
  if (role) entity.role = role;
  if (lat !== undefined && lon !== undefined) {
    entity.location = {
      lat,
      lon,
      source: optText(row.locSource) ?? '',
      precision: (optText(row.locPrecision) ?? 'EXACT') as GeoPrecision,
    };
  }
  const counterpartId = optText(row.counterpartId);
  if (counterpartId) entity.counterpartId = counterpartId;
  const eventType = optText(row.eventType);
  if (eventType) entity.eventType = eventType;
  const date = rowToDate('date', row);
  if (date) entity.date = date;
  const endDate = rowToDate('endDate', row);
  if (endDate) entity.endDate = endDate;
  const locationId = optText(row.locationId);
  if (locationId) entity.locationId = locationId;
  const fatalities = optNum(row.fatalities);
  if (fatalities !== undefined) entity.fatalities = fatalities;
  if (entity.kind === 'EVENT') entity.participants = participants;
  return entity;
}

export function claimToRow(c: ClaimRecord) {
  return {
    id: c.id,
    articleId: c.articleId,
    predicate: c.predicate,
    statement: c.statement,
    subjectId: c.subjectId,
    objectId: text(c.objectId),
    qValue: num(c.quantity?.value),
    qUnit: text(c.quantity?.unit),
    qApprox: c.quantity?.approximate ?? false,
    qualifiers: JSON.stringify(c.qualifiers),
    status: c.status,
    attributedTo: c.attributedTo,
    ...dateToRow('statedOn', c.statedOn),
    statedVia: text(c.statedVia),
    confidence: c.confidence,
    origin: c.origin,
  };
}

export function rowToClaim(row: Row, evidence: EvidenceRecord[] = [], links: ClaimRecord['links'] = []): ClaimRecord {
  const claim: ClaimRecord = {
    id: row.id as string,
    articleId: row.articleId as string,
    predicate: row.predicate as string,
    statement: row.statement as string,
    subjectId: row.subjectId as string,
    qualifiers: JSON.parse((row.qualifiers as string) || '{}') as Record<string, string>,
    status: row.status as ClaimRecord['status'],
    attributedTo: (row.attributedTo as string[] | null) ?? [],
    confidence: row.confidence as number,
    origin: row.origin as string,
    evidence,
    links,
  };
  const objectId = optText(row.objectId);
  if (objectId) claim.objectId = objectId;
  const qValue = optNum(row.qValue);
  if (qValue !== undefined) {
    claim.quantity = { value: qValue, unit: optText(row.qUnit) ?? '', approximate: Boolean(row.qApprox) };
  }
  const statedOn = rowToDate('statedOn', row);
  if (statedOn) claim.statedOn = statedOn;
  const statedVia = optText(row.statedVia);
  if (statedVia) claim.statedVia = statedVia;
  // Curation's columns (src/curate): ingest never writes them.
  const verdict = optText(row.reviewVerdict);
  if (verdict) {
    const note = optText(row.reviewNote);
    claim.review = { verdict: verdict as ReviewVerdict, by: optText(row.reviewBy) ?? '', at: optText(row.reviewAt) ?? '', ...(note ? { note } : {}) };
  }
  const supersedes = optText(row.supersedes);
  if (supersedes) claim.supersedes = supersedes;
  const supersededBy = optText(row.supersededBy);
  if (supersededBy) claim.supersededBy = supersededBy;
  return claim;
}

export function articleToRow(a: ArticleRecord) {
  return {
    id: a.id,
    title: text(a.title),
    publisher: text(a.publisher),
    publishedAt: text(a.publishedAt),
    url: text(a.url),
    text: a.text,
    contentHash: a.contentHash,
    sentences: JSON.stringify(a.sentences),
    media: JSON.stringify(a.media ?? []),
    version: a.version ?? 1,
    supersedes: text(a.supersedes),
  };
}

export function rowToArticle(row: Row): ArticleRecord {
  return { ...rowToArticleSummary(row), ...rowToArticleBody(row) };
}

export function rowToArticleSummary(row: Row): ArticleSummary {
  const article: ArticleSummary = { id: row.id as string, contentHash: row.contentHash as string };
  if (typeof row.version === 'number') article.version = row.version;
  for (const key of ['title', 'publisher', 'publishedAt', 'url', 'supersedes'] as const) {
    const value = optText(row[key]);
    if (value) article[key] = value;
  }
  // Articles stored before media were recorded have none.
  const media = typeof row.media === 'string' ? (JSON.parse(row.media) as MediaRecord[]) : [];
  if (media.length) article.media = media;
  return article;
}

export function rowToArticleBody(row: Row): ArticleBody {
  return { text: row.text as string, sentences: JSON.parse((row.sentences as string) || '[]') as ArticleBody['sentences'] };
}

export const evidenceId = (claimId: string, index: number): string => `${claimId}#evidence-${index}`;
export const mentionId = (m: MentionRecord): string => `${m.articleId}#${m.start}-${m.end}:${m.entityId}`;

export function rowToEvidence(row: Row): EvidenceRecord {
  return {
    articleId: row.articleId as string,
    quote: row.quote as string,
    start: row.start as number,
    end: row.end as number,
    sentence: row.sentence as number,
  };
}

export function rowToMention(row: Row): MentionRecord {
  return {
    articleId: row.articleId as string,
    entityId: row.entityId as string,
    start: row.start as number,
    end: row.end as number,
    sentence: row.sentence as number,
    text: row.text as string,
  };
}

/** The rows, each once: the last of those with the same key (adapters CREATE relationships). */
function once<R>(rows: R[], key: (row: R) => string): R[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

/** Everything a batch writes, flattened into the row lists the adapters UNWIND, without repeats. */
export function batchRows(batch: GraphBatch) {
  const k = (...parts: string[]) => parts.join('\u0000');
  return {
    articles: batch.articles.map(articleToRow),
    entities: batch.entities.map(entityToRow),
    searchKeys: once(
      batch.entities.flatMap((e) => searchKeysFor(e.name, e.aliases).map((key) => ({ key, entityId: e.id }))),
      (r) => k(r.key, r.entityId),
    ),
    participants: once(
      batch.entities.flatMap((e) => (e.participants ?? []).map((p) => ({ eventId: e.id, entityId: p.entityId, role: p.role }))),
      (r) => k(r.eventId, r.entityId, r.role),
    ),
    locatedEvents: batch.entities.filter((e) => e.locationId).map((e) => ({ eventId: e.id, placeId: e.locationId as string })),
    claims: batch.claims.map(claimToRow),
    claimIds: batch.claims.map((c) => c.id),
    attributions: once(
      batch.claims.flatMap((c) => c.attributedTo.map((actorId) => ({ claimId: c.id, actorId }))),
      (r) => k(r.claimId, r.actorId),
    ),
    objects: batch.claims.filter((c) => c.objectId).map((c) => ({ claimId: c.id, objectId: c.objectId as string })),
    evidence: batch.claims.flatMap((c) =>
      c.evidence.map((ev, ord) => ({ id: evidenceId(c.id, ord), claimId: c.id, ord, ...ev })),
    ),
    links: once(
      batch.claims.flatMap((c) => c.links.map((l) => ({ fromId: c.id, toId: l.targetId, type: l.type }))),
      (r) => k(r.fromId, r.toId, r.type),
    ),
    edges: batch.claims
      .filter((c) => c.objectId && c.objectId !== c.subjectId)
      .map((c) => ({ source: c.subjectId, target: c.objectId as string, predicate: c.predicate, claimId: c.id })),
    mentions: once(batch.mentions.map((m) => ({ id: mentionId(m), ...m })), (m) => m.id),
  };
}

/**
 * Checks that need no database: ids present and unique, evidence inside its article's text.
 * References to entities and claims outside the batch are checked inside the write transaction.
 */
export function checkBatch(batch: GraphBatch): void {
  const problems: string[] = [];
  const seen = new Map<string, Set<string>>();
  const unique = (kind: string, id: string) => {
    if (!id) problems.push(`${kind} without an id`);
    const ids = seen.get(kind) ?? new Set<string>();
    if (ids.has(id)) problems.push(`${kind} ${id} appears twice`);
    ids.add(id);
    seen.set(kind, ids);
  };
  batch.articles.forEach((a) => unique('article', a.id));
  batch.entities.forEach((e) => unique('entity', e.id));
  batch.claims.forEach((c) => unique('claim', c.id));
  const articles = new Map(batch.articles.map((a) => [a.id, a]));
  for (const claim of batch.claims) {
    if (!claim.subjectId) problems.push(`claim ${claim.id} has no subject`);
    for (const ev of claim.evidence) {
      const article = articles.get(ev.articleId);
      if (!article) continue;
      if (article.text.slice(ev.start, ev.end) !== ev.quote) {
        problems.push(`claim ${claim.id}: evidence [${ev.start}, ${ev.end}) is not the quote "${ev.quote}"`);
      }
      const sentence = article.sentences[ev.sentence];
      if (!sentence || ev.start < sentence.start || ev.end > sentence.end) {
        problems.push(`claim ${claim.id}: evidence [${ev.start}, ${ev.end}) is not inside sentence ${ev.sentence}`);
      }
    }
  }
  if (problems.length) throw new InvalidBatchError(problems);
}

/** Ids a batch refers to that must exist once it is written. */
export function batchReferences(batch: GraphBatch): { entityIds: string[]; claimIds: string[]; articleIds: string[] } {
  const entityIds = new Set<string>();
  const claimIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const e of batch.entities) {
    if (e.locationId) entityIds.add(e.locationId);
    if (e.counterpartId) entityIds.add(e.counterpartId);
    for (const p of e.participants ?? []) entityIds.add(p.entityId);
  }
  for (const c of batch.claims) {
    entityIds.add(c.subjectId);
    if (c.objectId) entityIds.add(c.objectId);
    c.attributedTo.forEach((id) => entityIds.add(id));
    c.links.forEach((l) => claimIds.add(l.targetId));
    articleIds.add(c.articleId);
    c.evidence.forEach((ev) => articleIds.add(ev.articleId));
  }
  for (const m of batch.mentions) {
    entityIds.add(m.entityId);
    articleIds.add(m.articleId);
  }
  return { entityIds: [...entityIds], claimIds: [...claimIds], articleIds: [...articleIds] };
}
