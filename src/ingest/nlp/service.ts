// Where the NLP service is: CORENLP_URL when set; otherwise a CoreNLP started on demand from
// Maven artifacts (tools/corenlp-local), once per process and stopped with it. Without either,
// one clear message says how to start it, before anything is written.
import { coreNLPLocalAvailable, type CoreNLPLocal, startCoreNLPLocal } from '../../../tools/corenlp-local/launcher.js';
import { annotate, type AnnotateOptions, NlpUnavailableError, START_HINT } from './corenlp.js';
import type { NlpDocument } from './document.js';

export interface NlpService {
  url: string;
  annotate(text: string, options?: AnnotateOptions): Promise<NlpDocument>;
  /** Stops a service this process started; a CORENLP_URL service is left alone. */
  close(): Promise<void>;
}

let started: Promise<CoreNLPLocal> | undefined;

/** The service to use: `url` (CORENLP_URL) as given, else the local one, started the first time it is needed. */
export async function nlpService(url = process.env.CORENLP_URL): Promise<NlpService> {
  if (url) return { url, annotate: (text, options) => annotate(url, text, options), close: async () => {} };
  if (!started) {
    const available = coreNLPLocalAvailable();
    if (!available.ok) throw new NlpUnavailableError(`Ingest needs the Stanford CoreNLP service: CORENLP_URL is not set and it cannot be started here (${available.reason}). ${START_HINT}`);
    process.stderr.write('newsgraph: CORENLP_URL is not set; starting Stanford CoreNLP locally (loading models takes about a minute)...\n');
    started = startCoreNLPLocal();
    started.catch(() => (started = undefined));
  }
  const local = await started.catch((err: Error) => {
    throw new NlpUnavailableError(`Stanford CoreNLP could not be started: ${err.message.split('\n')[0]}. ${START_HINT}`);
  });
  return {
    url: local.url,
    annotate: (text, options) => annotate(local.url, text, options),
    close: async () => {
      started = undefined;
      await local.stop();
    },
  };
}
