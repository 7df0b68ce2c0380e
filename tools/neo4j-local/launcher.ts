// Starts the embedded Neo4j 5.26 Community launcher (Neo4jLocal.java) as a child JVM, for tests and
// `npm run neo4j:local`. The Maven build only runs when its outputs are missing or stale; each start is a
// plain `java -cp ...` (no `mvn exec`), about 4-6 s to NEO4J_READY.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url)); // paths never depend on the cwd
const POM = path.join(HERE, 'pom.xml');
const SOURCE = path.join(HERE, 'src/main/java/newsgraph/Neo4jLocal.java');
const TARGET = path.join(HERE, 'target');
const CLASSES = path.join(TARGET, 'classes');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
// Written after a successful build: `mvn compile` leaves up-to-date .class files untouched, so their
// mtimes can't tell whether a pom change was built.
const STAMP = path.join(TARGET, '.neo4j-local-built');

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
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return { ok: false, reason: `java not runnable (${java.error?.message ?? `exit ${java.status}`})` };
  // `java -version` prints e.g. `openjdk version "17.0.15"` (or "1.8.0_x" for Java 8) on stderr.
  const m = /version "(?:1\.)?(\d+)/.exec(java.stderr);
  if (m && Number(m[1]) < 17) return { ok: false, reason: `Neo4j 5.26 needs Java 17+, found Java ${m[1]}` };
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) return { ok: false, reason: `mvn not runnable (${mvn.error?.message ?? `exit ${mvn.status}`})` };
  return { ok: true };
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : -1;
}

function buildIsFresh(): boolean {
  if (!existsSync(path.join(CLASSES, 'newsgraph/Neo4jLocal.class')) || !existsSync(CLASSPATH_FILE)) return false;
  if (mtime(STAMP) < Math.max(mtime(POM), mtime(SOURCE))) return false;
  // A wiped ~/.m2 leaves a classpath pointing at nothing.
  return readClasspath().every((jar) => existsSync(jar));
}

function readClasspath(): string[] {
  return readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
}

let building: Promise<void> | undefined;

/** Compiles Neo4jLocal and writes target/classpath.txt, unless that is already up to date. */
export async function buildNeo4jLocal(): Promise<void> {
  if (buildIsFresh()) return;
  building ??= runMavenBuild().finally(() => {
    building = undefined;
  });
  return building;
}

async function runMavenBuild(): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', POM, 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  const first = !existsSync(CLASSPATH_FILE) ? ' (a first build downloads ~130 MB of Neo4j jars into ~/.m2)' : '';
  process.stderr.write(`neo4j-local: building${first}: mvn ${args.join(' ')}\n`);
  const started = Date.now();
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`neo4j-local: Maven build failed (exit ${code}):\n${lastLines(output, 40)}`);
  writeFileSync(STAMP, new Date().toISOString() + '\n');
  process.stderr.write(`neo4j-local: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
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

  const args = [...JVM_OPTS, '-cp', [CLASSES, ...readClasspath()].join(path.delimiter), 'newsgraph.Neo4jLocal',
    '--port', String(opts.port ?? 0), '--data-dir', dataDir, ...(temp ? ['--delete-on-exit'] : [])];
  // stdin stays an open pipe: the JVM stops when it reaches EOF, i.e. when this process dies.
  // Own process group so a terminal Ctrl-C reaches only us; we then stop the JVM in order.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null })); // spawn failure: there is no process
  });
  const describe = () => (stderrTail.length ? `; last stderr lines:\n${stderrTail.join('\n')}` : '');

  let uri: string;
  try {
    uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`neo4j-local: not ready after ${timeoutMs} ms (data dir ${dataDir})${describe()}`));
      }, timeoutMs);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`neo4j-local: could not run java: ${err.message}`));
      });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        // Give the stderr reader a moment to collect the failure message.
        setTimeout(() => reject(new Error(`neo4j-local: JVM exited before ready (code ${code}, signal ${signal})${describe()}`)), 50);
      });
    });
  } catch (err) {
    await exited;
    if (temp) rmSync(dataDir, { recursive: true, force: true }); // a SIGKILLed JVM could not delete it
    throw err;
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      child.stdin.destroy();
    })());

  return { uri, port: Number(new URL(uri).port), dataDir, stop, exited };
}
