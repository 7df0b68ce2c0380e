// The NLP stage: one request to a Stanford CoreNLP server per article (tokens, sentences, NER with
// SUTime dates and numbers, enhanced++ dependencies, coreference, quotes), turned into an
// NlpDocument. CoreNLP is GPL and runs as its own process (tools/corenlp-local, or CORENLP_URL).
import type { NlpCorefMention, NlpDocument, NlpQuote, NlpSentence } from './document.js';

export const ANNOTATORS = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse', 'coref', 'quote'] as const;

export class NlpUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NlpUnavailableError';
  }
}

/** How to start the service, for every message that says it is missing. */
export const START_HINT =
  'Start Stanford CoreNLP with `npm run corenlp:local` (needs Java 17 and Maven; it prints the URL) and set CORENLP_URL to it, ' +
  'or run the `corenlp` service of docker-compose.yml.';

export interface AnnotateOptions {
  /** ISO day the article was published: SUTime resolves "Monday" against it. */
  publishedAt?: string;
  /** Annotators to run (the bench times subsets); all of ANNOTATORS by default. */
  annotators?: readonly string[];
  timeoutMs?: number;
}

interface RawToken {
  index: number;
  word: string;
  originalText: string;
  lemma?: string;
  pos?: string;
  ner?: string;
  normalizedNER?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}
interface RawDep {
  dep: string;
  governor: number;
  dependent: number;
}
interface RawSentence {
  index: number;
  tokens: RawToken[];
  basicDependencies?: RawDep[];
  enhancedPlusPlusDependencies?: RawDep[];
  entitymentions?: { tokenBegin: number; tokenEnd: number; characterOffsetBegin: number; characterOffsetEnd: number; text: string; ner: string; normalizedNER?: string }[];
}
interface RawCoref {
  sentNum: number;
  startIndex: number;
  endIndex: number;
  headIndex: number;
  text: string;
  type: NlpCorefMention['type'];
  isRepresentativeMention: boolean;
}
interface RawQuote {
  beginIndex: number;
  endIndex: number;
  text: string;
  beginSentence: number;
  endSentence: number;
  speaker?: string;
  canonicalSpeaker?: string;
}
interface RawDocument {
  sentences: RawSentence[];
  corefs?: Record<string, RawCoref[]>;
  quotes?: RawQuote[];
}

/**
 * Longest text sent in one request. Coreference works over the whole document and its memory grows
 * faster than the text (a 200,000-character article filled a 4 GB heap), so longer articles go in
 * parts cut at paragraph breaks; coreference then links within a part only.
 */
export const MAX_REQUEST_CHARS = 20_000;

/** A long text as parts of at most `max` characters, cut at paragraph breaks (else sentence ends, else anywhere). */
export function parts(text: string, max = MAX_REQUEST_CHARS): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find((i) => i > max / 4) ?? max - 1;
    out.push({ start, text: text.slice(start, start + cut + 1) });
    start += cut + 1;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

/** One document from the parts' answers: offsets and sentence numbers moved to the whole text's. */
function join(text: string, docs: { start: number; doc: NlpDocument }[]): NlpDocument {
  const sentences: NlpDocument['sentences'] = [];
  const corefs: NlpDocument['corefs'] = [];
  const quotes: NlpDocument['quotes'] = [];
  for (const { start, doc } of docs) {
    const first = sentences.length;
    const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });
    for (const s of doc.sentences) sentences.push({ ...move(s), index: first + s.index, tokens: s.tokens.map(move), entities: s.entities.map(move) });
    for (const chain of doc.corefs) corefs.push(chain.map((m) => ({ ...m, sentence: m.sentence + first })));
    for (const q of doc.quotes) quotes.push({ ...move(q), sentenceBegin: q.sentenceBegin + first, sentenceEnd: q.sentenceEnd + first });
  }
  return { text, sentences, corefs, quotes, timing: { requestMs: docs.reduce((sum, d) => sum + d.doc.timing.requestMs, 0) } };
}

/**
 * CoreNLP counts offsets in UTF-16 code units, like JavaScript strings, so its offsets index the
 * text directly. The server is asked for JSON with the properties as URL-encoded JSON.
 */
export async function annotate(baseUrl: string, text: string, options: AnnotateOptions = {}): Promise<NlpDocument> {
  const pieces = parts(text);
  if (pieces.length > 1) {
    const docs: { start: number; doc: NlpDocument }[] = [];
    for (const piece of pieces) docs.push({ start: piece.start, doc: await annotateOne(baseUrl, piece.text, options) });
    return join(text, docs);
  }
  return annotateOne(baseUrl, text, options);
}

async function annotateOne(baseUrl: string, text: string, options: AnnotateOptions): Promise<NlpDocument> {
  const properties = {
    annotators: (options.annotators ?? ANNOTATORS).join(','),
    outputFormat: 'json',
    'coref.algorithm': 'statistical',
    // Keep paragraph breaks as sentence breaks: a caption or headline never runs into the body.
    'ssplit.newlineIsSentenceBreak': 'two',
    ...(options.publishedAt ? { date: `${options.publishedAt}T12:00:00` } : {}),
  };
  const url = `${baseUrl.replace(/\/$/, '')}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 300_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    throw new NlpUnavailableError(`The NLP service at ${baseUrl} did not answer (${cause}). ${START_HINT}`);
  }
  if (!response.ok) {
    throw new NlpUnavailableError(`The NLP service at ${baseUrl} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
  const raw = (await response.json()) as RawDocument;
  return toDocument(text, raw, performance.now() - started);
}

function toDocument(text: string, raw: RawDocument, requestMs: number): NlpDocument {
  const sentences: NlpSentence[] = raw.sentences.map((s) => {
    const tokens = s.tokens.map((t) => ({
      index: t.index,
      word: t.originalText || t.word,
      lemma: (t.lemma ?? t.word).toLowerCase(),
      pos: t.pos ?? '',
      ner: t.ner ?? 'O',
      ...(t.normalizedNER ? { normalized: t.normalizedNER } : {}),
      start: t.characterOffsetBegin,
      end: t.characterOffsetEnd,
    }));
    return {
      index: s.index,
      start: tokens[0]?.start ?? 0,
      end: tokens[tokens.length - 1]?.end ?? 0,
      tokens,
      dependencies: s.enhancedPlusPlusDependencies ?? [],
      tree: s.basicDependencies ?? [],
      entities: (s.entitymentions ?? []).map((m) => ({
        tokenBegin: m.tokenBegin,
        tokenEnd: m.tokenEnd,
        start: m.characterOffsetBegin,
        end: m.characterOffsetEnd,
        text: m.text,
        ner: m.ner,
        ...(m.normalizedNER ? { normalized: m.normalizedNER } : {}),
      })),
    };
  });
  const corefs = Object.values(raw.corefs ?? {}).map((chain) =>
    chain.map((m) => ({
      sentence: m.sentNum - 1,
      tokenBegin: m.startIndex,
      tokenEnd: m.endIndex,
      head: m.headIndex,
      text: m.text,
      type: m.type,
      representative: m.isRepresentativeMention,
    })),
  );
  const quotes: NlpQuote[] = (raw.quotes ?? []).map((q) => ({
    start: q.beginIndex,
    end: q.endIndex,
    text: q.text,
    sentenceBegin: q.beginSentence,
    sentenceEnd: q.endSentence,
    ...(q.speaker && q.speaker !== 'Unknown' ? { speaker: q.speaker } : {}),
  }));
  return { text, sentences, corefs, quotes, timing: { requestMs } };
}
