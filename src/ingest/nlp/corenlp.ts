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
 * CoreNLP counts offsets in UTF-16 code units, like JavaScript strings, so its offsets index the
 * text directly. The server is asked for JSON with the properties as URL-encoded JSON.
 */
export async function annotate(baseUrl: string, text: string, options: AnnotateOptions = {}): Promise<NlpDocument> {
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
