// Shared by the local Java services (tools/neo4j-local, tools/corenlp-local): a small Maven project
// fetches the artifacts and compiles a launcher class; each start is then a plain `java -cp …` that
// prints one READY line. The Maven build only runs when its outputs are missing or stale.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface JavaProject {
  /** Folder with pom.xml and src/main/java/newsgraph/<mainClass>.java. */
  dir: string;
  mainClass: string;
  /** Used in messages ("neo4j-local", "corenlp-local"). */
  name: string;
  /** Said on the first build ("downloads ~130 MB of Neo4j jars"). */
  firstBuildNote: string;
}

export interface JavaProcess {
  /** The READY line's first capture group (a URI). */
  ready: string;
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
  /** Settles when the JVM exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function javaAvailable(what: string): { ok: true } | { ok: false; reason: string } {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return { ok: false, reason: `java not runnable (${java.error?.message ?? `exit ${java.status}`})` };
  // `java -version` prints e.g. `openjdk version "17.0.15"` (or "1.8.0_x" for Java 8) on stderr.
  const m = /version "(?:1\.)?(\d+)/.exec(java.stderr);
  if (m && Number(m[1]) < 17) return { ok: false, reason: `${what} needs Java 17+, found Java ${m[1]}` };
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) return { ok: false, reason: `mvn not runnable (${mvn.error?.message ?? `exit ${mvn.status}`})` };
  return { ok: true };
}

const paths = (p: JavaProject) => {
  const target = path.join(p.dir, 'target');
  return {
    pom: path.join(p.dir, 'pom.xml'),
    source: path.join(p.dir, `src/main/java/newsgraph/${p.mainClass}.java`),
    classes: path.join(target, 'classes'),
    classFile: path.join(target, `classes/newsgraph/${p.mainClass}.class`),
    classpathFile: path.join(target, 'classpath.txt'),
    // Written after a successful build: `mvn compile` leaves up-to-date .class files untouched, so
    // their mtimes can't tell whether a pom change was built.
    stamp: path.join(target, `.${p.name}-built`),
  };
};

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : -1);
const readClasspath = (file: string) => readFileSync(file, 'utf8').trim().split(path.delimiter).filter(Boolean);

function buildIsFresh(p: JavaProject): boolean {
  const f = paths(p);
  if (!existsSync(f.classFile) || !existsSync(f.classpathFile)) return false;
  if (mtime(f.stamp) < Math.max(mtime(f.pom), mtime(f.source))) return false;
  // A wiped ~/.m2 leaves a classpath pointing at nothing.
  return readClasspath(f.classpathFile).every((jar) => existsSync(jar));
}

const building = new Map<string, Promise<void>>();

/** Compiles the launcher class and writes target/classpath.txt, unless that is already up to date. */
export async function buildJavaProject(p: JavaProject): Promise<void> {
  if (buildIsFresh(p)) return;
  let run = building.get(p.dir);
  if (!run) {
    run = runMavenBuild(p).finally(() => building.delete(p.dir));
    building.set(p.dir, run);
  }
  return run;
}

async function runMavenBuild(p: JavaProject): Promise<void> {
  const f = paths(p);
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', f.pom, 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${f.classpathFile}`];
  const first = !existsSync(f.classpathFile) ? ` (${p.firstBuildNote})` : '';
  process.stderr.write(`${p.name}: building${first}: mvn ${args.join(' ')}\n`);
  const started = Date.now();
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`${p.name}: Maven build failed (exit ${code}):\n${lastLines(output, 40)}`);
  writeFileSync(f.stamp, new Date().toISOString() + '\n');
  process.stderr.write(`${p.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

/**
 * Starts the launcher class and waits for the stdout line matching `readyLine`. stdin stays an open
 * pipe: the launchers stop when it reaches EOF, i.e. when this process dies. Own process group so a
 * terminal Ctrl-C reaches only us; we then stop the JVM in order.
 */
export async function startJavaProcess(
  p: JavaProject,
  opts: { jvmOptions: string[]; args: string[]; readyLine: RegExp; timeoutMs: number; describeFailure?: string; onFailure?: () => void },
): Promise<JavaProcess> {
  await buildJavaProject(p);
  const f = paths(p);
  const child = spawn('java', [...opts.jvmOptions, '-cp', [f.classes, ...readClasspath(f.classpathFile)].join(path.delimiter), `newsgraph.${p.mainClass}`, ...opts.args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
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
  const where = opts.describeFailure ? ` (${opts.describeFailure})` : '';

  let ready: string;
  try {
    ready = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${p.name}: not ready after ${opts.timeoutMs} ms${where}${describe()}`));
      }, opts.timeoutMs);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = opts.readyLine.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`${p.name}: could not run java: ${err.message}`));
      });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        // Give the stderr reader a moment to collect the failure message.
        setTimeout(() => reject(new Error(`${p.name}: JVM exited before ready (code ${code}, signal ${signal})${describe()}`)), 50);
      });
    });
  } catch (err) {
    await exited;
    opts.onFailure?.();
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
  return { ready, stop, exited };
}

/**
 * For the `npm run *:local` commands: Ctrl-C or SIGTERM stops the server cleanly, and the command
 * exits non-zero with `unexpected` if the server dies on its own.
 */
export function stopWithSignals(name: string, server: Pick<JavaProcess, 'stop' | 'exited'>, unexpected: string): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\nStopping ${name}...`);
      void server.stop().then(() => process.exit(0));
    });
  }
  void server.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`${unexpected} (code ${code}, signal ${signal})`);
    process.exit(1);
  });
}
