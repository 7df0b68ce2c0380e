// Starts the embedded Neo4j 5.26 Community launcher (Neo4jLocal.java) as a child JVM, for tests and
// `npm run neo4j:local`. The Maven build only runs when its outputs are missing or stale; each start is a
// plain `java -cp ...` (no `mvn exec`), about 4-6 s to NEO4J_READY.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJavaProject, javaAvailable, type JavaProject, startJavaProcess } from '../java-launcher.js';

const PROJECT: JavaProject = {
  dir: path.dirname(fileURLToPath(import.meta.url)), // paths never depend on the cwd
  mainClass: 'Neo4jLocal',
  name: 'neo4j-local',
  firstBuildNote: 'a first build downloads ~130 MB of Neo4j jars into ~/.m2',
};

/** The flags Neo4j's own launcher adds on Java 17+ (see ConfigFileMigrator), plus a small-machine footprint. */
const JVM_OPTS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED', // page cache: direct ByteBuffer access (else a slow fallback)
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-XX:+UseSerialGC', // small heap on 2 cores: no parallel GC threads competing with the tests
  '-Xms64m',
  '-Xmx512m',
  ...(process.env.NEO4J_LOCAL_JAVA_OPTS?.split(/\s+/).filter(Boolean) ?? []),
];

export type Neo4jLocal = {
  uri: string;
  port: number;
  dataDir: string;
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
  /** Settles when the JVM exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export function neo4jLocalAvailable(): { ok: true } | { ok: false; reason: string } {
  return javaAvailable('Neo4j 5.26');
}

/** Compiles Neo4jLocal and writes target/classpath.txt, unless that is already up to date. */
export async function buildNeo4jLocal(): Promise<void> {
  return buildJavaProject(PROJECT);
}

/**
 * Starts Neo4j with Bolt on 127.0.0.1 and auth disabled. `port` 0/absent picks a free port; `dataDir`
 * absent means a fresh temp dir that the JVM deletes on exit. Restarting on the same port and dataDir
 * keeps the data.
 */
export async function startNeo4jLocal(opts: { port?: number; dataDir?: string; timeoutMs?: number } = {}): Promise<Neo4jLocal> {
  await buildNeo4jLocal();
  const temp = opts.dataDir === undefined;
  const dataDir = temp ? mkdtempSync(path.join(os.tmpdir(), 'neo4j-local-')) : path.resolve(opts.dataDir!);
  mkdirSync(dataDir, { recursive: true });
  const timeoutMs = opts.timeoutMs ?? 120_000;

  const jvm = await startJavaProcess(PROJECT, {
    jvmOptions: JVM_OPTS,
    args: ['--port', String(opts.port ?? 0), '--data-dir', dataDir, ...(temp ? ['--delete-on-exit'] : [])],
    readyLine: /^NEO4J_READY (bolt:\/\/\S+)$/,
    timeoutMs,
    describeFailure: `data dir ${dataDir}`,
    // A SIGKILLed JVM could not delete its temp dir.
    onFailure: () => temp && rmSync(dataDir, { recursive: true, force: true }),
  });
  return { uri: jvm.ready, port: Number(new URL(jvm.ready).port), dataDir, stop: jvm.stop, exited: jvm.exited };
}
