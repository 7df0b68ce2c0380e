// Runs tests/support/write-batches.ts as a child process and follows what it reports.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Writer {
  child: ChildProcess;
  /** Batch numbers the writer reported committed, in order. */
  committed: number[];
  /** Everything it wrote to stderr. */
  errors: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once `n` batches are reported committed; rejects past the deadline or if the writer exits first. */
  committedAtLeast(n: number, deadlineMs: number): Promise<void>;
}

/** `target`: the embedded store's file, or the Neo4j server's URI. */
export function startWriter(target: string, first: number, count: number): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/write-batches.ts', target, String(first), String(count)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const committed: number[] = [];
  const errors: string[] = [];
  const listeners = new Set<() => void>();
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^committed (\d+)$/.exec(line);
      if (match) committed.push(Number(match[1]));
    }
    listeners.forEach((l) => l());
  });
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // 'close', not 'exit': by then everything the writer printed has been read.
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const committedAtLeast = (n: number, deadlineMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (committed.length < n) return;
        finish();
        resolve();
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`writer reported ${committed.length} of ${n} commits within ${deadlineMs} ms: ${errors.join('')}`));
      }, deadlineMs);
      const finish = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(() => {
        if (committed.length >= n) return check();
        finish();
        reject(new Error(`writer exited after ${committed.length} of ${n} commits: ${errors.join('')}`));
      });
      check();
    });
  return { child, committed, errors, exited, committedAtLeast };
}
