// The Neo4j adapter's retries beyond the driver's: every operation is a managed transaction the
// driver retries once (a lost connection, a deadlock) within a short window; after that only
// transient errors other than a lost connection are run again, with backoff for a few seconds;
// a lost connection is reported at once (an outage must answer fast), timeouts and client errors never retried.
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../src/store/neo4j/adapter.js';

const error = (code: string) => Object.assign(new Error(code), { code });

describe('Neo4j retry policy', () => {
  it('gives up on a lost connection the driver already retried', () => {
    for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']) {
      expect(retryDelay(error(code), 1, 0), code).toBeUndefined();
    }
  });

  it('retries deadlocks and other transient errors with growing delays for up to 5 s', () => {
    const deadlock = error('Neo.TransientError.Transaction.DeadlockDetected');
    const first = retryDelay(deadlock, 1, 0)!;
    const fifth = retryDelay(deadlock, 5, 500)!;
    expect(first).toBeGreaterThanOrEqual(40);
    expect(first).toBeLessThanOrEqual(60);
    expect(fifth).toBeGreaterThan(first * 8);
    expect(retryDelay(deadlock, 12, 4_990)).toBeUndefined();
  });

  it('never retries a timeout, a client error, an invalid batch or an error without a code', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Statement.SyntaxError',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    ]) {
      expect(retryDelay(error(code), 1, 0), code).toBeUndefined();
    }
    expect(retryDelay(new Error('invalid batch'), 1, 0)).toBeUndefined();
    expect(retryDelay(undefined, 1, 0)).toBeUndefined();
  });
});
