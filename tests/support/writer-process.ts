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
  /** A writer started with `first` 'later': resolves once its store is open and it waits for `begin`. */
  ready(deadlineMs: number): Promise<void>;
  /** Starts a waiting writer at batch `first`. */
  begin(first: number): void;
}

/** `target`: the embedded store's file, or the Neo4j server's URI; `first` 'later': the writer opens the store and waits for `begin`. */
export function startWriter(target: string, first: number | 'later', count: number): Writer {
  const later = first === 'later';
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/write-batches.ts', target, later ? '-' : String(first), String(count)], {
    cwd: ROOT,
    stdio: [later ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let isReady = false;
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
      if (line === 'ready') isReady = true;
    }
    listeners.forEach((l) => l());
  });
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // 'close', not 'exit': by then everything the writer printed has been read.
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  /** Resolves once `done()` holds; rejects past the deadline or if the writer exits first. */
  const until = (done: () => boolean, what: () => string, deadlineMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        finish();
        resolve();
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`writer reported ${what()} within ${deadlineMs} ms: ${errors.join('')}`));
      }, deadlineMs);
      const finish = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(() => {
        if (done()) return check();
        finish();
        reject(new Error(`writer exited having reported ${what()}: ${errors.join('')}`));
      });
      check();
    });
  const committedAtLeast = (n: number, deadlineMs: number) => until(() => committed.length >= n, () => `${committed.length} of ${n} commits`, deadlineMs);
  const ready = (deadlineMs: number) => until(() => isReady, () => 'no "ready"', deadlineMs);
  const begin = (start: number) => {
    if (!child.stdin) throw new Error('begin: this writer was started with its first batch');
    child.stdin.end(`${start}\n`);
  };
  return { child, committed, errors, exited, committedAtLeast, ready, begin };
}
