// vitest globalSetup: provides `inject('corenlp')` to the extraction and ingest tests, which run
// against a real Stanford CoreNLP (never a mock).
//  - CORENLP_URL set: use that server as is.
//  - else Java + Maven present: start tools/corenlp-local for this run (models load in about a minute).
//  - else: { url: null, reason } and one loud stderr line; with REQUIRE_CORENLP=1 (CI) the run fails instead.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { coreNLPLocalAvailable, startCoreNLPLocal } from '../../tools/corenlp-local/launcher.js';

/** `cacheDir`: where this run keeps CoreNLP's answers by text, so each text is annotated once per run, not once per file. */
export type ProvidedCoreNLP = { url: string; cacheDir: string } | { url: null; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    corenlp: ProvidedCoreNLP;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corenlp-answers-'));
  const dropCache = () => rmSync(cacheDir, { recursive: true, force: true });
  if (process.env.CORENLP_URL) {
    project.provide('corenlp', { url: process.env.CORENLP_URL, cacheDir });
    return async () => dropCache();
  }
  const available = coreNLPLocalAvailable();
  if (!available.ok) {
    const message =
      `!!! CORENLP SUITE SKIPPED: no CORENLP_URL and no Java/Maven (${available.reason}). ` +
      'Install Java 17 + Maven or set CORENLP_URL to run the [corenlp] tests.';
    if (process.env.REQUIRE_CORENLP === '1') throw new Error(message);
    process.stderr.write(message + '\n');
    project.provide('corenlp', { url: null, reason: available.reason });
    dropCache();
    return;
  }
  const corenlp = await startCoreNLPLocal();
  project.provide('corenlp', { url: corenlp.url, cacheDir });
  return async () => {
    dropCache();
    await corenlp.stop();
  };
}
