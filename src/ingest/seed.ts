// Seeding: each article under seed/ with its curated annotation → graph records → the store,
// one transaction per article.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GraphStore, WriteSummary } from '../store/port.js';
import { parseArticle } from './article/parse-article.js';
import { parse as parseYaml } from 'yaml';
import { AnnotationError, curateArticle } from './annotation/curate.js';
import { SEED_DIR } from './data-files.js';
import { keepCuration } from './keep-curation.js';

export const ANNOTATION_SUFFIX = '.annotation.yaml';

/** The annotated articles shipped under seed/ (an article is a .txt with a .annotation.yaml beside it). */
export function seedAnnotationFiles(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ANNOTATION_SUFFIX))
    .sort()
    .map((f) => path.join(dir, f));
}

export interface SeedResult {
  file: string;
  articleId: string;
  written: WriteSummary;
}

/** Reads and validates an annotation and its article; throws AnnotationError listing every problem. */
export function buildSeedBatch(annotationFile: string) {
  const yamlText = readFileSync(annotationFile, 'utf8');
  const name = path.basename(annotationFile);
  let named: unknown;
  try {
    named = (parseYaml(yamlText) as { article?: { file?: unknown } } | null)?.article?.file;
  } catch {
    // Unreadable YAML is reported, with its line, by curateArticle below.
  }
  const articleFile = path.join(
    path.dirname(annotationFile),
    typeof named === 'string' ? named : path.basename(annotationFile, ANNOTATION_SUFFIX) + '.txt',
  );
  if (!existsSync(articleFile)) {
    throw new AnnotationError([{ location: `${annotationFile}: article.file`, message: `the article ${articleFile} does not exist` }]);
  }
  return curateArticle(yamlText, parseArticle(readFileSync(articleFile, 'utf8')), name);
}

/** Seeds the given annotation files (default: all under seed/). Every file is validated before any is written. */
export async function seedStore(store: GraphStore, files = seedAnnotationFiles()): Promise<SeedResult[]> {
  const batches = files.map((file) => ({ file, batch: buildSeedBatch(file) }));
  const results: SeedResult[] = [];
  for (const { file, batch } of batches) {
    // A re-loaded annotation keeps what curators did since (merges, aliases, coordinates).
    results.push({ file, articleId: batch.articles[0].id, written: await store.upsert(await keepCuration(store, batch)) });
  }
  return results;
}
