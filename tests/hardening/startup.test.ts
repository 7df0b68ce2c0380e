// Start-up fails fast (issue 16): a bad HOST is refused by configuration before the store is
// opened, with one line and a non-zero exit; an unreachable Neo4j ends the process non-zero within
// a bound, with one message and no stack trace.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_BUILD, ensureServerBuilt } from '../../tools/build-server.js';
import { freePort } from './support/child-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: () => { code: number | null; signal: NodeJS.Signals | null } | undefined;
}

/** `npm start`'s process, `node dist/app/main.js`, with `env` over this process's environment. */
function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [path.join(APP_BUILD.outDir, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, stopped as one
  });
  let output = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.once('exit', (code, signal) => (exit = { code, signal }));
  return { child, output: () => output, exit: () => exit };
}

beforeAll(() => ensureServerBuilt());

const children: ChildProcess[] = [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-startup-'));
afterAll(() => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('start-up that fails fast', () => {
  it('[embedded] HOST=999.1.1.1 is refused by configuration with one line and exit 1, before the store is opened', async () => {
    const db = path.join(dir, 'host');
    const run = start({ HOST: '999.1.1.1', GRAPH_STORE: 'embedded', EMBEDDED_DB_PATH: db });
    children.push(run.child);
    await expect.poll(run.exit, { timeout: 60_000, interval: 100 }).toBeDefined();
    expect(run.exit()).toEqual({ code: 1, signal: null });
    const lines = run.output().trim().split('\n').filter((line) => !/^npm (warn|notice)/.test(line));
    expect(lines).toEqual([expect.stringMatching(/^Invalid configuration: HOST="999\.1\.1\.1": expected an IPv4 address .* an IPv6 address .* or a host name/)]);
    expect(readdirSync(dir)).not.toContain('host'); // the store was never opened
  });

  it('[embedded] a PORT already in use ends start-up with one message and exit 1, the store opened and seeded being closed again', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as net.AddressInfo;
      const run = start({ HOST: '127.0.0.1', PORT: String(port), GRAPH_STORE: 'embedded', EMBEDDED_DB_PATH: path.join(dir, 'port-in-use') });
      children.push(run.child);
      await expect.poll(run.exit, { timeout: 60_000, interval: 100 }).toBeDefined();
      expect(run.exit(), run.output()).toEqual({ code: 1, signal: null });
      expect(run.output()).toMatch(new RegExp(`^Cannot listen on 127\\.0\\.0\\.1:${port} \\(HOST, PORT\\): the port is in use by another process; stop it or choose another PORT$`, 'm'));
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
    }
  });

  it('[neo4j] GRAPH_STORE=neo4j with nothing listening at NEO4J_URI ends with one message and a non-zero exit within 30 s', async () => {
    const port = await freePort(); // closed loopback port
    const started = performance.now();
    const run = start({ GRAPH_STORE: 'neo4j', NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused-password', PORT: String(await freePort()) });
    children.push(run.child);
    await expect.poll(run.exit, { timeout: 30_000, interval: 100 }).toBeDefined();
    const elapsed = performance.now() - started;
    expect(run.exit()?.code, run.output()).not.toBe(0);
    expect(run.output()).toMatch(new RegExp(`Cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}`));
    expect(run.output()).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.output()).not.toContain('unused-password');
    console.log(`[neo4j] unreachable store: exit ${run.exit()?.code} after ${elapsed.toFixed(0)} ms`);
  });

  it('[neo4j] a Neo4j that accepts connections but never answers ends start-up at STARTUP_TIMEOUT_MS with one message and exit 1', async () => {
    const silent = net.createServer(() => undefined); // accepts, never speaks Bolt
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      const run = start({ GRAPH_STORE: 'neo4j', NEO4J_URI: `bolt://127.0.0.1:${port}`, STARTUP_TIMEOUT_MS: '1000', PORT: String(await freePort()) });
      children.push(run.child);
      await expect.poll(run.exit, { timeout: 30_000, interval: 100 }).toBeDefined();
      expect(run.exit()).toEqual({ code: 1, signal: null });
      expect(run.output()).toMatch(/^start-up did not finish within 1000 ms \(STARTUP_TIMEOUT_MS\): the neo4j store could not be opened and seeded in time/m);
    } finally {
      silent.close();
    }
  });
});
