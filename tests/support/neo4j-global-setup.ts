// vitest globalSetup: provides `inject('neo4j')` to the [neo4j] tests.
//  - NEO4J_URI set: use that server as is.
//  - else Java + Maven present: start the embedded launcher (tools/neo4j-local) for this run.
//  - else: { uri: null, reason } and one loud stderr line; with REQUIRE_NEO4J=1 the run fails instead.
import type { TestProject } from 'vitest/node';
import { neo4jLocalAvailable, startNeo4jLocal } from '../../tools/neo4j-local/launcher.js';
import { adoptDatabase, markDatabase } from './neo4j-marker.js';

export type ProvidedNeo4j = { uri: string } | { uri: null; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_URI) {
    // Someone else's database is never emptied: refused unless empty or marked as the suite's.
    const uri = process.env.NEO4J_URI;
    await adoptDatabase(uri);
    project.provide('neo4j', { uri });
    // Whatever the last test left is the suite's: marked, so the next run accepts it.
    return () => markDatabase(uri);
  }
  const available = neo4jLocalAvailable();
  if (!available.ok) {
    const message =
      `!!! NEO4J SUITE SKIPPED: no NEO4J_URI and no Java/Maven (${available.reason}). ` +
      'Install Java 17 + Maven or set NEO4J_URI to run the [neo4j] tests.';
    if (process.env.REQUIRE_NEO4J === '1') throw new Error(message);
    process.stderr.write(message + '\n');
    project.provide('neo4j', { uri: null, reason: available.reason });
    return;
  }
  const neo4j = await startNeo4jLocal();
  await adoptDatabase(neo4j.uri);
  project.provide('neo4j', { uri: neo4j.uri });
  return () => neo4j.stop();
}
