// What subscriptions hear about: events published once the write that caused them has committed.
// One hub per server process. Each subscriber gets its own bounded queue, so one slow client never
// holds up the publisher or the others: past its bound it is ended with an error and can resubscribe.
import type { ClaimLinkType, ClaimRecord, RevisionRecord } from '../../model/records.js';

export type LiveEvent =
  | { kind: 'articleIngested'; articleId: string; outcome: 'CREATED' | 'NEW_VERSION'; createdClaims: number }
  | { kind: 'claimAdded'; claim: ClaimRecord; article: { publishedAt?: string; publisher?: string } }
  | { kind: 'claimLinked'; type: ClaimLinkType; from: string; to: string }
  | { kind: 'revisionMade'; revision: RevisionRecord };

/** Events queued for one subscriber before it is cut off as too slow. */
export const MAX_QUEUED_EVENTS = 1_000;

export class SlowSubscriberError extends Error {
  constructor() {
    super(`This subscription fell more than ${MAX_QUEUED_EVENTS} events behind and was ended; subscribe again to continue`);
    this.name = 'SlowSubscriberError';
  }
}

type Subscriber = { accepts: (event: LiveEvent) => boolean; push: (event: LiveEvent) => void };

export class LiveEvents {
  private readonly subscribers = new Set<Subscriber>();

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  publish(events: readonly LiveEvent[]): void {
    for (const event of events) for (const s of this.subscribers) if (s.accepts(event)) s.push(event);
  }

  /** The events `accepts` lets through, from now on, until the iterator is returned. */
  subscribe<K extends LiveEvent['kind']>(kind: K, accepts: (event: Extract<LiveEvent, { kind: K }>) => boolean = () => true): AsyncIterableIterator<Extract<LiveEvent, { kind: K }>> {
    type E = Extract<LiveEvent, { kind: K }>;
    const queue: E[] = [];
    let waiting: ((result: IteratorResult<E>) => void) | undefined;
    let failed: Error | undefined;
    let done = false;
    const end = () => {
      done = true;
      this.subscribers.delete(subscriber);
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    };
    const subscriber: Subscriber = {
      accepts: (event) => event.kind === kind && accepts(event as E),
      push: (event) => {
        if (waiting) {
          const resolve = waiting;
          waiting = undefined;
          resolve({ value: event as E, done: false });
        } else if (queue.length < MAX_QUEUED_EVENTS) {
          queue.push(event as E);
        } else {
          failed = new SlowSubscriberError();
          this.subscribers.delete(subscriber);
        }
      },
    };
    this.subscribers.add(subscriber);
    const iterator: AsyncIterableIterator<E> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (failed) {
          const error = failed;
          end();
          return Promise.reject(error);
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: () => {
        end();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error) => {
        end();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
