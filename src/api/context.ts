// What every resolver sees: the store (counted, and stopped once the request is abandoned), and
// this request's loaders.
import type { Annotator } from '../ingest/ingest.js';
import type { GraphStore } from '../store/port.js';
import { countingStore, type RoundTripCounter } from './instrumented-store.js';
import { DataErrors } from './data-errors.js';
import { LiveEvents } from './live/events.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** Store calls made while answering this request. */
  roundTrips: RoundTripCounter;
  /** The NLP service ingest uses (reached on the first ingest, not at start-up). */
  nlp: Annotator;
  /** Where committed writes are announced to subscriptions. */
  events: LiveEvents;
  /** Where resolvers report data the model says cannot be (logged once each). */
  dataErrors: DataErrors;
  /** The name of the API key the request was authenticated with (set by the auth plugin); curation records it. */
  author?: string;
}

export interface ContextOptions {
  /** Aborted when the HTTP layer stops waiting for the answer (REQUEST_TIMEOUT_MS). */
  signal?: AbortSignal;
  events?: LiveEvents;
  dataErrors?: DataErrors;
}

export function createContext(store: GraphStore, nlp: Annotator, options: ContextOptions = {}): ApiContext {
  const { signal, events = new LiveEvents(), dataErrors = new DataErrors(() => undefined) } = options;
  const roundTrips: RoundTripCounter = { count: 0, byOperation: {} };
  const counted = countingStore(signal ? stopsWhenAbandoned(store, signal) : store, roundTrips);
  return { store: counted, loaders: createLoaders(counted), roundTrips, nlp, events, dataErrors };
}

/** The request was abandoned (its client already has a 503): no further store call is made. */
export class RequestAbandonedError extends Error {
  constructor() {
    super('the request was abandoned (REQUEST_TIMEOUT_MS); no further store calls');
    this.name = 'RequestAbandonedError';
  }
}

/**
 * A view of the store whose calls fail once `signal` is aborted: work left over from an abandoned
 * request stops at its next store call, so an ingest that had not reached its one write never
 * writes (a write already under way completes: it is one transaction).
 */
function stopsWhenAbandoned(store: GraphStore, signal: AbortSignal): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => (signal.aborted ? Promise.reject(new RequestAbandonedError()) : value.apply(target, args));
    },
  });
}
