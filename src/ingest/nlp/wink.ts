// One wink-nlp instance (its English model ships in the npm package: nothing is downloaded), and
// tokens with character offsets into the original text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag: PROPN, NOUN, VERB, NUM … */
  pos: string;
}

export interface AnalysedText {
  tokens: Token[];
  /** Sentences as [first token, last token] index pairs. */
  sentenceSpans: [number, number][];
  /** Named quantities wink recognises (DATE, DURATION, CARDINAL …) as token spans. */
  entities: { type: string; first: number; last: number }[];
}

// Sentence splitting and mention detection read the same article one after the other.
let last: { text: string; result: AnalysedText } | undefined;

export function analyse(text: string): AnalysedText {
  if (last?.text === text) return last.result;
  const result = analyseUncached(text);
  last = { text, result };
  return result;
}

function analyseUncached(text: string): AnalysedText {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    // wink keeps tokens verbatim; find each after the previous one to get offsets.
    const at = text.indexOf(word, cursor);
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? cursor : at + word.length;
    tokens.push({ text: word, start, end, pos: pos[i] });
    cursor = end;
  });
  const sentenceSpans = doc.sentences().out(its.span) as [number, number][];
  const entities = (doc.entities().out(its.detail) as { type: string }[]).map((detail, i) => {
    const span = doc.entities().itemAt(i).out(its.span) as [number, number];
    return { type: detail.type, first: span[0], last: span[1] };
  });
  return { tokens, sentenceSpans, entities };
}
