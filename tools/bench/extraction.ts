// `npm run bench:extract`: how long extraction takes for a 500-word article on one core
// (sentences, mentions, resolution against an in-memory graph lookup, claims), after a warm-up.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { EVAL_DIR } from '../../src/ingest/eval/evaluate.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';

const WORDS = 500;
const RUNS = Number(process.env.RUNS ?? 200);

// A 500-word article: dev-set texts joined until the length is reached.
const texts = readdirSync(`${EVAL_DIR}dev`).filter((f) => f.endsWith('.txt')).sort().map((f) => parseArticle(readFileSync(`${EVAL_DIR}dev/${f}`, 'utf8')).text);
const words = texts.join('\n\n').split(/(\s+)/);
const body = words.slice(0, WORDS * 2).join('').trim();

const lookup = async () => [];
const times: number[] = [];
for (let i = 0; i < RUNS + 20; i++) {
  // A different text each run, so no cache helps (analysis of the last text is memoised).
  const text = `${body}\n\nRun ${i}.`;
  const started = performance.now();
  const article = parseArticle(`published: 2020-11-10\n\n${text}`);
  await extractArticle({ articleId: 'article:bench', articleKey: 'bench', text: article.text, sentences: article.sentences, publishedAt: article.publishedAt }, lookup);
  if (i >= 20) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`extraction of a ${body.split(/\s+/).length}-word article (parse + sentences + mentions + resolution + claims), ${RUNS} runs after 20 warm-up:`);
console.log(`  median ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms (target: under 20 ms)`);
