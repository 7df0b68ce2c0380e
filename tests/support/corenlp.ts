// The real Stanford CoreNLP the test run started (or CORENLP_URL), as ingest's annotator. Its
// answers are kept per text for the run (in memory for the file, on disk in the run's cache dir for
// the files after it): the same text annotated twice gives the same document, and CoreNLP's time
// is spent once per text, not once per file.
import type { Annotator } from '../../src/ingest/ingest.js';
import { annotate } from '../../src/ingest/nlp/corenlp.js';
import { diskCachedAnnotator } from '../../src/ingest/nlp/disk-cache.js';
import type { NlpDocument } from '../../src/ingest/nlp/document.js';
import { provided } from './provided.js';

/** Whether CoreNLP runs here; the global setup already said loudly why not. */
export function corenlpAvailable(): boolean {
  return provided('corenlp').url !== null;
}

export function corenlpUrl(): string {
  const target = provided('corenlp');
  if (target.url === null) throw new Error(`CoreNLP is not available: ${target.reason}`);
  return target.url;
}

const answers = new Map<string, Promise<NlpDocument>>();

let onDisk: Annotator | undefined;

export function testNlp(): Annotator {
  if (!onDisk) {
    const target = provided('corenlp');
    if (target.url === null) throw new Error(`CoreNLP is not available: ${target.reason}`);
    const url = target.url;
    onDisk = diskCachedAnnotator({ annotate: (text, options) => annotate(url, text, options) }, target.cacheDir);
  }
  const run = onDisk;
  return {
    annotate(text, options) {
      const key = `${options?.publishedAt ?? ''}\n${text}`;
      let doc = answers.get(key);
      if (!doc) {
        doc = run.annotate(text, options);
        answers.set(key, doc);
        doc.catch(() => answers.delete(key));
      }
      return doc;
    },
  };
}
