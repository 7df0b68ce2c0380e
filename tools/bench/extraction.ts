// `npm run bench:extract`: ingest's extraction speed on 500-word articles with the NLP service warm:
// articles/s through CoreNLP one at a time and two at a time (as a folder ingest sends them), the
// pipeline after CoreNLP (mentions, resolution, claims) as a share of the total, and each CoreNLP
// annotator's time (from the local server's /timing). Uses CORENLP_URL, else starts CoreNLP locally.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { EVAL_DIR } from '../../src/ingest/eval/evaluate.js';
import { extractArticle } from '../../src/ingest/extract.js';
import type { NlpDocument } from '../../src/ingest/nlp/document.js';
import { nlpService } from '../../src/ingest/nlp/service.js';

const WORDS = 500;
const ARTICLES = Number(process.env.ARTICLES ?? 8);

export interface ExtractionBench {
  articles: number;
  words: number;
  sequential: { articlesPerSecond: number; medianMs: number };
  concurrent: { articlesPerSecond: number; concurrency: number };
  pipelineMedianMs: number;
  /** Share of an article's time spent outside CoreNLP. */
  pipelineShare: number;
  /**
   * CoreNLP's own account, annotator → seconds over the one-at-a-time pass (local server only; the
   * server's running totals, so another client using the same server at the time is counted too).
   */
  annotators: Record<string, number>;
}

/** 500-word articles made of consecutive dev-set texts (real wire copy), each different. */
function articles(n: number): string[] {
  const texts = readdirSync(`${EVAL_DIR}dev`).filter((f) => f.endsWith('.txt')).sort().map((f) => parseArticle(readFileSync(`${EVAL_DIR}dev/${f}`, 'utf8')).text);
  const words = texts.join('\n\n').split(/(\s+)/);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const from = (i * WORDS * 2) % Math.max(1, words.length - WORDS * 2);
    out.push(words.slice(from, from + WORDS * 2).join('').trim());
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `url`: the NLP service to use (the bench harness hands in the one it obtained); else CORENLP_URL, else a local one. */
export async function benchExtraction(n = ARTICLES, url?: string): Promise<ExtractionBench> {
  const nlp = await nlpService(url);
  try {
    const texts = articles(n);
    const publishedAt = '2020-11-10';
    await nlp.annotate(texts[0], { publishedAt }); // warm
    const timingBefore = await annotatorTimes(nlp.url);

    const docs: NlpDocument[] = [];
    const nlpMs: number[] = [];
    const started = performance.now();
    for (const text of texts) {
      const t = performance.now();
      docs.push(await nlp.annotate(`${text}\n\nRun ${docs.length}.`, { publishedAt }));
      nlpMs.push(performance.now() - t);
    }
    const sequentialSeconds = (performance.now() - started) / 1000;
    const timingAfter = await annotatorTimes(nlp.url);

    const concurrency = 2;
    const startedConcurrent = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < texts.length) {
          const i = next++;
          await nlp.annotate(`${texts[i]}\n\nAgain ${i}.`, { publishedAt });
        }
      }),
    );
    const concurrentSeconds = (performance.now() - startedConcurrent) / 1000;

    const pipelineMs: number[] = [];
    for (const [i, doc] of docs.entries()) {
      const t = performance.now();
      const article = parseArticle(`published: ${publishedAt}\n\n${doc.text}`);
      await extractArticle({ articleId: `article:bench-${i}`, articleKey: `bench-${i}`, sentences: article.sentences, publishedAt }, doc, async () => []);
      pipelineMs.push(performance.now() - t);
    }
    const annotators = Object.fromEntries(Object.entries(timingAfter).map(([k, v]) => [k, Number((v - (timingBefore[k] ?? 0)).toFixed(2))]));
    const totalPipeline = pipelineMs.reduce((a, b) => a + b, 0);
    const totalNlp = nlpMs.reduce((a, b) => a + b, 0);
    return {
      articles: texts.length,
      words: WORDS,
      sequential: { articlesPerSecond: texts.length / sequentialSeconds, medianMs: median(nlpMs) },
      concurrent: { articlesPerSecond: texts.length / concurrentSeconds, concurrency },
      pipelineMedianMs: median(pipelineMs),
      pipelineShare: totalPipeline / (totalPipeline + totalNlp),
      annotators,
    };
  } finally {
    await nlp.close();
  }
}

/** The local server's running totals per annotator, in seconds; empty for a server without /timing. */
async function annotatorTimes(url: string): Promise<Record<string, number>> {
  const res = await fetch(`${url.replace(/\/$/, '')}/timing`).catch(() => undefined);
  if (!res?.ok) return {};
  const text = await res.text();
  // The first pipeline listed is the one ingest uses (the only one, unless a client sent other properties).
  const block = text.split(/\n(?=\{)/)[0];
  return Object.fromEntries([...block.matchAll(/^(\w+)Annotator: ([\d.]+) sec\./gm)].map((m) => [m[1], Number(m[2])]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchExtraction();
  console.log(`extraction of ${r.articles} articles of ${r.words} words (real wire copy), CoreNLP warm:`);
  console.log(`  one at a time: ${r.sequential.articlesPerSecond.toFixed(2)} articles/s (median ${(r.sequential.medianMs / 1000).toFixed(2)} s in CoreNLP)`);
  console.log(`  ${r.concurrent.concurrency} at a time:  ${r.concurrent.articlesPerSecond.toFixed(2)} articles/s (target ≥ 0.5)`);
  console.log(`  pipeline after CoreNLP: median ${r.pipelineMedianMs.toFixed(1)} ms, ${(r.pipelineShare * 100).toFixed(1)} % of the total (target ≤ 10 %)`);
  const total = Object.values(r.annotators).reduce((a, b) => a + b, 0);
  for (const [name, s] of Object.entries(r.annotators)) console.log(`  ${name.padEnd(16)} ${s.toFixed(2)} s (${total ? ((s / total) * 100).toFixed(0) : 0} %)`);
}
