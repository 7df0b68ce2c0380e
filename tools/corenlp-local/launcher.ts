// Starts Stanford CoreNLP (CoreNLPLocal.java: the CoreNLP pipeline behind a loopback HTTP server) as
// a child JVM, for ingest when CORENLP_URL is not set, the tests and `npm run corenlp:local`. CoreNLP
// is GPL: it runs as its own process and newsgraph talks to it over HTTP only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJavaProject, javaAvailable, type JavaProject, startJavaProcess } from '../java-launcher.js';

const PROJECT: JavaProject = {
  // From two folders deep, so the path holds in the server's bundle too (tools/build-server.ts).
  dir: fileURLToPath(new URL('../../tools/corenlp-local/', import.meta.url)),
  mainClass: 'CoreNLPLocal',
  name: 'corenlp-local',
  firstBuildNote: 'a first build downloads CoreNLP and its 474 MB models jar into ~/.m2',
};

/**
 * Heap bound: the full pipeline with statistical coref and two documents at a time. At 3 GB it spent
 * most of its time in full GCs; 4 GB is the budget.
 */
const JVM_OPTS = ['-Xmx4g', '-XX:+UseSerialGC', ...(process.env.CORENLP_LOCAL_JAVA_OPTS?.split(/\s+/).filter(Boolean) ?? [])];

export interface CoreNLPLocal {
  url: string;
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function coreNLPLocalAvailable(): { ok: true } | { ok: false; reason: string } {
  return javaAvailable('CoreNLP 4.5.10');
}

export async function buildCoreNLPLocal(): Promise<void> {
  return buildJavaProject(PROJECT);
}

/** Starts the server on 127.0.0.1 (`port` 0/absent: a free one) and resolves once every model is loaded. */
export async function startCoreNLPLocal(opts: { port?: number; threads?: number; timeoutMs?: number } = {}): Promise<CoreNLPLocal> {
  const jvm = await startJavaProcess(PROJECT, {
    jvmOptions: JVM_OPTS,
    args: ['--port', String(opts.port ?? 0), '--threads', String(opts.threads ?? 2)],
    readyLine: /^CORENLP_READY (http:\/\/\S+)$/,
    // Loading the models takes 30-90 s on a busy 2-core machine.
    timeoutMs: opts.timeoutMs ?? 300_000,
  });
  return { url: jvm.ready, stop: jvm.stop, exited: jvm.exited };
}
