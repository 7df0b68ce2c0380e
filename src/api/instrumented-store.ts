// Counts the store calls each request makes: the figure behind the N+1 test and the benchmarks.
import type { GraphStore } from '../store/port.js';

export interface RoundTripCounter {
  count: number;
  byOperation: Record<string, number>;
}

/** A view of the store that counts every call into `counter`. */
export function countingStore(store: GraphStore, counter: RoundTripCounter): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.count++;
        const name = String(property);
        counter.byOperation[name] = (counter.byOperation[name] ?? 0) + 1;
        return value.apply(target, args);
      };
    },
  });
}
