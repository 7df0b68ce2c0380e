// A curated annotation plus its article → graph records. Every problem is collected with its
// location and reported at once; a file with any problem produces no records at all.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ClaimRecord, EntityRecord, EvidenceRecord, GraphBatch, MediaRecord, ResolvedDate } from '../../model/records.js';
import { captionMedia } from '../article/media.js';
import type { ParsedArticle } from '../article/parse-article.js';
import { sentenceAt } from '../article/sentences.js';
import { loadVocabulary } from '../../model/vocabulary.js';
import { loadGazetteer } from '../data-files.js';
import { DateResolutionError, resolveRelativeDate } from '../dates/resolve-date.js';
import { findCuratedMentions } from './curated-mentions.js';
import { AnnotationSpec, type DateSpec, type QuoteSpec } from './schema.js';

export interface AnnotationProblem {
  /** Where: the file and a path inside it, e.g. "claims[3].evidence[0].quote". */
  location: string;
  message: string;
}

export class AnnotationError extends Error {
  constructor(readonly problems: AnnotationProblem[]) {
    super(`${problems.length} problem(s) in the annotation, nothing written:\n${problems.map((p) => `- ${p.location}: ${p.message}`).join('\n')}`);
    this.name = 'AnnotationError';
  }
}

export const articleIdFor = (key: string): string => `article:${key}`;
export const claimIdFor = (articleKey: string, claimKey: string): string => `claim:${articleKey}:${claimKey}`;

/** All start offsets of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

export function curateArticle(annotationYaml: string, article: ParsedArticle, file = 'annotation'): GraphBatch {
  const problems: AnnotationProblem[] = [];
  const problem = (location: string, message: string) => problems.push({ location: `${file}: ${location}`, message });

  let raw: unknown;
  try {
    raw = parseYaml(annotationYaml);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : 'document';
    throw new AnnotationError([{ location: `${file}: ${where}`, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const parsed = AnnotationSpec.safeParse(raw);
  if (!parsed.success) {
    throw new AnnotationError(
      parsed.error.issues.map((issue) => ({ location: `${file}: ${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'document'}`, message: issue.message })),
    );
  }
  const spec = parsed.data;
  const vocabulary = loadVocabulary();
  const gazetteer = loadGazetteer();
  const articleId = articleIdFor(spec.article.id);
  const text = article.text;

  const entityIds = new Set<string>();
  spec.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) problem(`entities[${i}].id`, `duplicate entity id ${e.id}`);
    entityIds.add(e.id);
    if (!e.id.startsWith(`${e.kind.toLowerCase()}:`)) problem(`entities[${i}].id`, `id ${e.id} does not match kind ${e.kind} (expected ${e.kind.toLowerCase()}:…)`);
  });
  const claimKeys = new Set<string>();
  spec.claims.forEach((c, i) => {
    if (claimKeys.has(c.id)) problem(`claims[${i}].id`, `duplicate claim id ${c.id}`);
    claimKeys.add(c.id);
  });
  const ref = (location: string, id: string | undefined) => {
    if (id !== undefined && !entityIds.has(id)) problem(location, `unknown entity ${id}; declare it under entities`);
  };

  const resolveDate = (location: string, date: DateSpec | undefined): ResolvedDate | undefined => {
    if (!date) return undefined;
    if (date.value) return { value: date.value, precision: date.precision ?? 'DAY', ...(date.expression ? { expression: date.expression } : {}) };
    if (!article.publishedAt) {
      problem(location, 'a relative date needs the article\'s publication date ("date YYYY-MM-DD" or "published:" header)');
      return undefined;
    }
    try {
      const resolved = resolveRelativeDate(date.expression as string, article.publishedAt, date.shiftDays ?? 0);
      return date.precision ? { ...resolved, precision: date.precision } : resolved;
    } catch (error) {
      if (error instanceof DateResolutionError) problem(location, error.message);
      else throw error;
      return undefined;
    }
  };

  const entities: EntityRecord[] = spec.entities.map((e, i) => {
    const at = `entities[${i}]`;
    ref(`${at}.counterpart`, e.counterpart);
    ref(`${at}.location`, e.location);
    e.participants.forEach((p, j) => ref(`${at}.participants[${j}].entity`, p.entity));
    const place = e.gazetteer ? gazetteer.places[e.gazetteer] : undefined;
    if (e.gazetteer && !place) problem(`${at}.gazetteer`, `unknown gazetteer key ${e.gazetteer}; known: ${Object.keys(gazetteer.places).join(', ')}`);
    const record: EntityRecord = {
      id: e.id,
      kind: e.kind,
      subtype: e.subtype,
      name: e.name,
      aliases: e.aliases,
      provisional: false,
    };
    if (e.description) record.description = e.description;
    if (e.source) record.source = e.source;
    if (e.role) record.role = e.role;
    if (place) record.location = { lat: place.lat, lon: place.lon, source: place.source, precision: place.precision };
    if (e.counterpart) record.counterpartId = e.counterpart;
    if (e.eventType) record.eventType = e.eventType;
    else if (e.kind === 'EVENT') record.eventType = e.subtype;
    const date = resolveDate(`${at}.date`, e.date);
    if (date) record.date = date;
    const endDate = resolveDate(`${at}.endDate`, e.endDate);
    if (endDate) record.endDate = endDate;
    if (e.location) record.locationId = e.location;
    if (e.fatalities !== undefined) record.fatalities = e.fatalities;
    if (e.kind === 'EVENT') record.participants = e.participants.map((p) => ({ entityId: p.entity, role: p.role }));
    return record;
  });

  const locateQuote = (location: string, q: QuoteSpec): EvidenceRecord | undefined => {
    const found = occurrences(text, q.quote);
    if (found.length === 0) {
      problem(location, `quote not found verbatim in the article: "${q.quote}"`);
      return undefined;
    }
    if (q.occurrence === undefined && found.length > 1) {
      problem(location, `quote found ${found.length} times: "${q.quote}"; add occurrence: 1..${found.length} to say which`);
      return undefined;
    }
    if (q.occurrence !== undefined && q.occurrence > found.length) {
      problem(location, `occurrence ${q.occurrence} asked, but the quote appears ${found.length} time(s): "${q.quote}"`);
      return undefined;
    }
    const start = found[(q.occurrence ?? 1) - 1];
    const end = start + q.quote.length;
    const sentence = sentenceAt(article.sentences, start);
    if (sentence === -1 || sentenceAt(article.sentences, end - 1) !== sentence) {
      problem(location, `quote does not lie inside one sentence: "${q.quote}"; quote within a single sentence`);
      return undefined;
    }
    return { articleId, quote: q.quote, start, end, sentence };
  };

  const covered = new Set<number>();
  const claims: ClaimRecord[] = spec.claims.map((c, i) => {
    const at = `claims[${i}]`;
    const predicate = vocabulary.get(c.predicate);
    if (!predicate) problem(`${at}.predicate`, `unknown predicate ${c.predicate}; see seed/vocabulary/predicates.yaml`);
    if (predicate?.object === 'entity' && !c.object && !c.quantity) problem(`${at}.object`, `${c.predicate} needs an object entity`);
    if (predicate?.object === 'none' && c.object) problem(`${at}.object`, `${c.predicate} takes no object`);
    if (predicate?.quantity === 'required' && !c.quantity) problem(`${at}.quantity`, `${c.predicate} needs a quantity (value, unit, approximate)`);
    ref(`${at}.subject`, c.subject);
    ref(`${at}.object`, c.object);
    c.attributedTo.forEach((id, j) => ref(`${at}.attributedTo[${j}]`, id));
    c.links.forEach((l, j) => {
      if (!claimKeys.has(l.claim) && !l.claim.startsWith('claim:')) problem(`${at}.links[${j}].claim`, `unknown claim ${l.claim}`);
    });
    const evidence = c.evidence
      .map((q, j) => locateQuote(`${at}.evidence[${j}].quote`, q))
      .filter((ev): ev is EvidenceRecord => ev !== undefined);
    evidence.forEach((ev) => covered.add(ev.sentence));
    const record: ClaimRecord = {
      id: claimIdFor(spec.article.id, c.id),
      articleId,
      predicate: c.predicate,
      statement: c.statement,
      subjectId: c.subject,
      qualifiers: c.qualifiers,
      status: c.status,
      attributedTo: c.attributedTo,
      confidence: c.confidence,
      origin: 'curated',
      evidence,
      links: c.links.map((l) => ({ type: l.type, targetId: l.claim.startsWith('claim:') ? l.claim : claimIdFor(spec.article.id, l.claim) })),
    };
    if (c.object) record.objectId = c.object;
    if (c.quantity) record.quantity = c.quantity;
    const statedOn = resolveDate(`${at}.statedOn`, c.statedOn);
    if (statedOn) record.statedOn = statedOn;
    if (c.statedVia) record.statedVia = c.statedVia;
    return record;
  });

  // Media belong to the article; a caption they quote needs no claim of its own.
  const media: MediaRecord[] = spec.media
    ? spec.media.flatMap((m, i) => {
        const at = `media[${i}]`;
        ref(`${at}.releasedBy`, m.releasedBy);
        m.shows.forEach((id, j) => ref(`${at}.shows[${j}]`, id));
        const caption = locateQuote(`${at}.caption.quote`, m.caption);
        if (!caption) return [];
        covered.add(caption.sentence);
        const record: MediaRecord = { kind: m.kind, caption, shows: m.shows };
        if (m.credit) record.credit = m.credit;
        if (m.releasedBy) record.releasedBy = m.releasedBy;
        if (m.description) record.description = m.description;
        return [record];
      })
    : captionMedia(articleId, text, article.sentences);

  spec.noClaims.forEach((n, i) => {
    if (n.sentence >= article.sentences.length) problem(`noClaims[${i}].sentence`, `the article has sentences 0..${article.sentences.length - 1}`);
    covered.add(n.sentence);
  });
  for (const s of article.sentences) {
    if (!covered.has(s.index)) {
      problem('claims', `sentence ${s.index} ("${text.slice(s.start, Math.min(s.end, s.start + 60))}…") has no claim; add one or a noClaims entry with the reason`);
    }
  }

  if (problems.length) throw new AnnotationError(problems);
  return {
    articles: [
      {
        id: articleId,
        title: spec.article.title ?? article.title,
        publisher: spec.article.publisher ?? article.publisher,
        publishedAt: article.publishedAt,
        url: spec.article.url ?? article.url,
        text,
        contentHash: article.contentHash,
        sentences: article.sentences,
        media,
      },
    ],
    entities,
    claims,
    mentions: findCuratedMentions(articleId, article, entities),
  };
}
