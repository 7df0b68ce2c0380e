// Mutations run one at a time in this process. An ingest reads the graph (is this text known? which
// entities exist?) and then writes it; two at once would both decide "new" and race on the same
// nodes (on Neo4j: lock waits and deadlock retries). Queued, the second sees the first's article
// (outcome UNCHANGED). Nothing is lost: ingest is CPU-bound in this one thread anyway. Separate
// processes are still safe: every write is idempotent by id, and Neo4j's uniqueness constraints
// keep one node per id.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';

/** A FIFO lock: `acquire()` resolves with the function that releases it. */
class WriteLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail.then(() => release);
    this.tail = turn.then(() => released);
    return turn;
  }
}

export function serialWritesPlugin(): ApolloServerPlugin {
  const lock = new WriteLock();
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      let release: (() => void) | undefined;
      const done = () => {
        release?.();
        release = undefined;
      };
      return {
        async executionDidStart({ operation }) {
          if (operation?.operation !== 'mutation') return;
          // A mutation whose client was answered 503 while it waited here still runs, but its store
          // calls fail at once (api/context.ts), so it writes nothing.
          release = await lock.acquire();
          return { executionDidEnd: async () => done() };
        },
        // Every request ends here, whatever failed on the way: never leave the lock held.
        willSendResponse: async () => done(),
      };
    },
  };
}
