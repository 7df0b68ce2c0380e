// What the NLP stage hands on: one article as CoreNLP read it, with character offsets into the
// article's text. Token indexes are 1-based within their sentence, as in CoreNLP's output; the
// dependency graphs are enhanced++ (relations) and basic (a tree, for phrase spans).

export interface NlpToken {
  /** 1-based within the sentence. */
  index: number;
  word: string;
  lemma: string;
  pos: string;
  ner: string;
  /** SUTime's value for dates ("2020-11-08"), the number for NUMBER/MONEY/PERCENT ("5700000.0"). */
  normalized?: string;
  start: number;
  end: number;
}

export interface NlpDependency {
  dep: string;
  /** 0 is the root. */
  governor: number;
  dependent: number;
}

export interface NlpEntityMention {
  tokenBegin: number;
  /** Exclusive, 0-based like tokenBegin (CoreNLP's convention for entity mentions). */
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  ner: string;
  normalized?: string;
}

export interface NlpSentence {
  index: number;
  start: number;
  end: number;
  tokens: NlpToken[];
  /** enhanced++: relations with case markers folded in (obl:in, nmod:of, obl:agent). */
  dependencies: NlpDependency[];
  /** basic: a tree, for the span of a phrase. */
  tree: NlpDependency[];
  entities: NlpEntityMention[];
}

/** A coreference chain: mentions of one referent, the representative first. */
export interface NlpCorefMention {
  sentence: number;
  /** 1-based token span [begin, end) and head. */
  tokenBegin: number;
  tokenEnd: number;
  head: number;
  text: string;
  type: 'PROPER' | 'NOMINAL' | 'PRONOMINAL' | 'LIST';
  representative: boolean;
}

export interface NlpQuote {
  start: number;
  end: number;
  text: string;
  sentenceBegin: number;
  sentenceEnd: number;
  /** The speaker CoreNLP's quote attribution found, as text, when it found one. */
  speaker?: string;
}

export interface NlpDocument {
  text: string;
  sentences: NlpSentence[];
  corefs: NlpCorefMention[][];
  quotes: NlpQuote[];
  /** Milliseconds CoreNLP spent, by annotator, when the server reported them; and the request's wall time. */
  timing: { requestMs: number };
}
