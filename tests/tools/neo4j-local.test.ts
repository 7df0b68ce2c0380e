// The launcher behind the [neo4j] suite: a stop/restart on the same port and data dir (what the outage
// tests do) must come back on the same URI with the data intact.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, expect, it } from 'vitest';
import { neo4jLocalAvailable, startNeo4jLocal, type Neo4jLocal } from '../../tools/neo4j-local/launcher.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neo4j-local-test-'));
let running: Neo4jLocal | undefined;

afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function readValues(uri: string): Promise<string[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j')); // auth is disabled: any credentials work
  try {
    const { records } = await driver.executeQuery('MATCH (n:LauncherProbe) RETURN n.value AS value ORDER BY value');
    return records.map((r) => r.get('value') as string);
  } finally {
    await driver.close();
  }
}

it('[neo4j] launcher restarts on the same port and keeps the data', async () => {
  const available = neo4jLocalAvailable();
  if (!available.ok) {
    const message = `neo4j launcher test needs Java 17 + Maven: ${available.reason}`;
    if (process.env.REQUIRE_NEO4J === '1') throw new Error(message);
    console.warn(`!!! ${message} (not run)`);
    return;
  }

  running = await startNeo4jLocal({ dataDir });
  const first = running;
  expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
  expect(first.port).toBeGreaterThan(0);

  const driver = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'));
  await driver.executeQuery('CREATE (:LauncherProbe {value: $value})', { value: 'before-restart' });
  await driver.close();

  await first.stop();
  expect((await first.exited).signal).toBeNull(); // exited by itself on SIGTERM, not SIGKILLed
  // Nothing listens during the "outage" (verifyConnectivity does not retry, unlike executeQuery).
  const probe = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2_000 });
  await expect(probe.verifyConnectivity()).rejects.toThrow();
  await probe.close();

  running = await startNeo4jLocal({ port: first.port, dataDir });
  expect(running.uri).toBe(first.uri);
  expect(await readValues(running.uri)).toEqual(['before-restart']);

  await running.stop();
  running = undefined;
}, 180_000);
