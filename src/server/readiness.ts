// /readyz: whether the store answers now. Every store call a request makes is evidence (an answer:
// ready; a connection failure: not ready), and so is a probe (store.ping) run on demand when the
// last evidence is older than READY_FRESH_MS, so the answer follows the store within that time.
import type { GraphStore } from '../store/port.js';
import { StoreUnavailableError } from '../store/port.js';

/** How old the last evidence may be and still answer /readyz. */
export const READY_FRESH_MS = 250;
/** How long a probe may take before the store counts as unavailable. */
export const READY_PROBE_TIMEOUT_MS = 1_000;

export class Readiness {
  private last: { ready: boolean; at: number } | undefined;
  private probe: Promise<void> | undefined;
  private readonly waiting = new Set<(ready: boolean) => void>();

  constructor(private readonly ping: () => Promise<void>) {}

  /** A store call's outcome; answers any /readyz waiting for a probe. */
  observe(ready: boolean, at = performance.now()): void {
    // A probe that started before newer evidence does not overwrite it.
    if (!this.last || this.last.at <= at) this.last = { ready, at };
    this.answer(this.last.ready);
  }

  private answer(ready: boolean): void {
    for (const resolve of this.waiting) resolve(ready);
    this.waiting.clear();
  }

  /** Fresh evidence, or the first of: a probe's result, a request's store call. */
  check(): Promise<boolean> {
    if (this.last && performance.now() - this.last.at <= READY_FRESH_MS) return Promise.resolve(this.last.ready);
    return new Promise((resolve) => {
      this.waiting.add(resolve);
      this.probe ??= this.runProbe().finally(() => (this.probe = undefined));
    });
  }

  private async runProbe(): Promise<void> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const overdue = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_PROBE_TIMEOUT_MS);
    });
    const answered = this.ping().then(
      () => true,
      () => false,
    );
    const ready = await Promise.race([answered, overdue]);
    clearTimeout(timer);
    this.observe(ready, started);
  }
}

/** A view of the store whose calls report to `readiness`: answers as ready, lost connections as not. */
export function observedStore(store: GraphStore, readiness: Readiness): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (result instanceof Promise) {
          result.then(
            () => readiness.observe(true),
            (error: unknown) => {
              // A transaction past its time budget came from a store that answers.
              if (error instanceof StoreUnavailableError && !error.timeout) readiness.observe(false);
            },
          );
        }
        return result;
      };
    },
  });
}
