// `npm run ingest -- <file or folder…>`: ingests plain-text articles (optional header lines
// title:, published:, publisher:, url:) into the configured store. A folder shows a progress bar;
// a bad file is reported and the rest go on; the summary counts what happened. Articles go to the
// NLP service (CORENLP_URL, or CoreNLP started locally) a few at a time, ahead of the writes, which
// stay one at a time in file order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { ArticleInputError, validateArticleInput } from '../ingest/article/validate-input.js';
import { type Annotator, articleInputFromFile, ingestArticle, type IngestResult } from '../ingest/ingest.js';
import type { NlpDocument } from '../ingest/nlp/document.js';
import { nlpService } from '../ingest/nlp/service.js';
import { openStore } from '../store/open.js';
import { describeFailure, runCli } from './run-cli.js';

/** Articles annotated ahead of the one being written (the local CoreNLP runs two at a time). */
const AHEAD = 2;

const USAGE = 'usage: npm run ingest -- <article.txt | folder> …\n  plain UTF-8 text; optional header lines title:, published: YYYY-MM-DD, publisher:, url: then a blank line';

function articleFiles(targets: string[]): string[] {
  return targets.flatMap((target) => {
    const stat = statSync(target, { throwIfNoEntry: false });
    if (!stat) throw new ArticleInputError('file', `${target} does not exist\n${USAGE}`);
    if (!stat.isDirectory()) return [target];
    return readdirSync(target)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(target, f));
  });
}

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const files = articleFiles(positionals);
  const config = loadConfig();
  // Reach the NLP service before opening the store: without it nothing is written.
  const nlp = await nlpService();
  const store = await openStore(config);
  const ahead = new Map<number, Promise<NlpDocument>>();
  const inputs = files.map((file) => () => articleInputFromFile(readFileSync(file, 'utf8')));
  const prefetch = (i: number) => {
    if (i >= files.length || ahead.has(i)) return;
    let input;
    try {
      input = inputs[i]();
      validateArticleInput(input);
    } catch {
      return; // the file's own turn reports it
    }
    const doc = nlp.annotate(input.text, { publishedAt: input.publishedAt ?? undefined });
    doc.catch(() => {}); // reported when its turn comes
    ahead.set(i, doc);
  };
  const outcomes: Record<IngestResult['outcome'] | 'failed', number> = { created: 0, unchanged: 0, 'new-version': 0, failed: 0 };
  const totals = { claims: 0, entities: 0, corroborations: 0, contradictions: 0 };
  const failures: string[] = [];
  const bar = files.length > 1 && process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(files.length, 0, { file: '' });
  try {
    for (const [i, file] of files.entries()) {
      bar?.update({ file: path.basename(file) });
      for (let k = i; k <= i + AHEAD; k++) prefetch(k);
      const annotated: Annotator = { annotate: (text, options) => ahead.get(i) ?? nlp.annotate(text, options) };
      try {
        const result = await ingestArticle(store, inputs[i](), annotated);
        ahead.delete(i);
        outcomes[result.outcome]++;
        totals.claims += result.created.claims;
        totals.entities += result.created.entities;
        totals.corroborations += result.corroborations;
        totals.contradictions += result.contradictions;
        if (!bar) console.log(`${file}: ${result.outcome} ${result.articleId} (${result.created.claims} claims, ${result.created.entities} new entities, ${result.merged.entities} resolved to the graph, ${result.corroborations} corroborations, ${result.contradictions} contradictions)`);
      } catch (error) {
        outcomes.failed++;
        failures.push(`${file}: ${describeFailure(error)}`);
        if (!bar) console.error(`${file}: ${describeFailure(error)}`);
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await store.close();
    await nlp.close();
  }
  if (bar) for (const f of failures) console.error(f);
  console.log(
    `ingested ${files.length} file(s): ${outcomes.created} created, ${outcomes['new-version']} new versions, ${outcomes.unchanged} unchanged, ${outcomes.failed} failed; ` +
      `${totals.claims} claims, ${totals.entities} new entities, ${totals.corroborations} corroborations, ${totals.contradictions} contradictions`,
  );
  if (outcomes.failed) process.exitCode = 1;
});
