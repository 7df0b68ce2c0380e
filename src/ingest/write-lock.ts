// Ingests run their read-decide-write step one at a time in this process. That step reads the graph
// (is this text known? which entities exist? what did other sources say?) and then writes; two at
// once would both decide "new" and race on the same nodes (on Neo4j: lock waits and deadlock
// retries). Queued, the second sees the first's article (outcome UNCHANGED). Annotation, the slow
// part, runs in the CoreNLP process before the lock is taken, so queued ingests do not add up their
// annotation times. Separate processes are still safe: every write is idempotent by id, and Neo4j's
// uniqueness constraints keep one node per id.

/** A FIFO lock: `run(fn)` calls `fn` once every earlier caller's `fn` has settled. */
export class WriteLock {
  private tail: Promise<void> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** The one writer lock of this process. */
export const processWrites = new WriteLock();
