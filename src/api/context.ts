// What every resolver sees: the store (counted), and this request's loaders.
import type { GraphStore } from '../store/port.js';
import { countingStore, type RoundTripCounter } from './instrumented-store.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** Store calls made while answering this request. */
  roundTrips: RoundTripCounter;
}

export function createContext(store: GraphStore): ApiContext {
  const roundTrips: RoundTripCounter = { count: 0, byOperation: {} };
  const counted = countingStore(store, roundTrips);
  return { store: counted, loaders: createLoaders(counted), roundTrips };
}
