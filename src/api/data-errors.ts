// Data errors: the store holds something the model says cannot be (a claim whose subject entity is
// gone). The answer shows null there and goes on; the operator hears of each once, not on every read.

/** Distinct data errors remembered, so a repeated one is not logged again; past it, the oldest are forgotten. */
const REMEMBERED = 10_000;

export class DataErrors {
  private readonly seen = new Set<string>();

  /** `log` receives each distinct data error once (while remembered). */
  constructor(private readonly log: (key: string, message: string) => void) {}

  report(key: string, message: string): void {
    if (this.seen.has(key)) return;
    if (this.seen.size >= REMEMBERED) this.seen.delete(this.seen.values().next().value as string);
    this.seen.add(key);
    this.log(key, message);
  }
}
