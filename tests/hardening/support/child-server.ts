// `npm start` as a child process (node dist/app/main.js, built first when stale), for the crash and shutdown tests.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_BUILD, ensureServerBuilt } from '../../../tools/build-server.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr, line by line). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Refused ports before giving up: a free port can be taken between the probe and the child's listen. */
const PORT_ATTEMPTS = 5;

/**
 * Starts the server with `env` on top of this process's environment; resolves once it listens.
 * Another suite running beside this one can take the probed port first: then a new one is tried.
 */
export async function startChildServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePort(env, timeoutMs);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startOnFreePort(env: Record<string, string>, timeoutMs: number): Promise<ChildServer> {
  await ensureServerBuilt();
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(APP_BUILD.outDir, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not listening after ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
    // Per stream, the text after its last newline waits for the rest of its line.
    const partial = new Map<NodeJS.ReadableStream, string>();
    const onData = (stream: NodeJS.ReadableStream) => (chunk: Buffer) => {
      const text = (partial.get(stream) ?? '') + chunk.toString('utf8');
      const lines = text.split('\n');
      partial.set(stream, lines.pop() ?? '');
      for (const line of lines.filter(Boolean)) {
        output.push(line);
        const match = /^newsgraph \(\w+ store\) at (http:\/\/\S+?)\/ :/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    };
    child.stdout!.on('data', onData(child.stdout!));
    child.stderr!.on('data', onData(child.stderr!));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      const text = output.join('\n');
      const taken = new RegExp(`^Cannot listen on 127\\.0\\.0\\.1:${port} .*the port is in use`, 'm').test(text);
      reject(new (taken ? PortTakenError : Error)(`server exited before listening (code ${code}, signal ${signal}):\n${text}`));
    });
  });
  return { url, child, output, exited };
}

/** POSTs a GraphQL request; rejects when the connection breaks (e.g. the server was killed). */
export async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}
