// CoreNLP's answers kept on disk by text and options: the same text annotated again gives the same
// document without asking CoreNLP (eval while tuning patterns; one test run across its files).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotator } from '../ingest.js';
import type { NlpDocument } from './document.js';

export function diskCachedAnnotator(nlp: Annotator, dir: string): Annotator {
  mkdirSync(dir, { recursive: true });
  return {
    async annotate(text, options) {
      // What decides the document: the text, the publication day (SUTime) and the annotators run.
      const annotators = options?.annotators ? `${options.annotators.join(',')}\n` : '';
      const key = createHash('sha256').update(`${annotators}${options?.publishedAt ?? ''}\n${text}`).digest('hex');
      const file = path.join(dir, `${key}.json`);
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as NlpDocument;
      const doc = await nlp.annotate(text, options);
      // Written aside and renamed: a reader never sees half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(doc));
      renameSync(partial, file);
      return doc;
    },
  };
}
