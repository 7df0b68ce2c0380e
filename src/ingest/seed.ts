// Seeding: each article under seed/ with its curated annotation → graph records → the store,
// one transaction per article.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GraphStore, WriteSummary } from '../store/port.js';
import { parseArticle } from './article/parse-article.js';
import { curateArticle } from './annotation/curate.js';
import { SEED_DIR } from './data-files.js';

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
  const articleFile = path.join(path.dirname(annotationFile), path.basename(annotationFile, ANNOTATION_SUFFIX) + '.txt');
  const fileMatch = /^\s*file:\s*(\S+)/m.exec(yamlText);
  const named = fileMatch ? path.join(path.dirname(annotationFile), fileMatch[1]) : articleFile;
  if (!existsSync(named)) throw new Error(`${annotationFile}: its article ${named} does not exist`);
  const article = parseArticle(readFileSync(named, 'utf8'));
  return curateArticle(yamlText, article, path.basename(annotationFile));
}

/** Seeds the given annotation files (default: all under seed/). Every file is validated before any is written. */
export async function seedStore(store: GraphStore, files = seedAnnotationFiles()): Promise<SeedResult[]> {
  const batches = files.map((file) => ({ file, batch: buildSeedBatch(file) }));
  const results: SeedResult[] = [];
  for (const { file, batch } of batches) {
    results.push({ file, articleId: batch.articles[0].id, written: await store.upsert(batch) });
  }
  return results;
}
