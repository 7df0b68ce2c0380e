// Runs a command-line entry point: known failures print their message alone (no stack trace)
// and exit non-zero.
import { ConfigError } from '../config/config.js';
import { AnnotationError } from '../ingest/annotation/curate.js';
import { ArticleInputError } from '../ingest/article/validate-input.js';
import { NlpUnavailableError } from '../ingest/nlp/corenlp.js';
import { EmbeddedOpenError } from '../store/embedded/open-errors.js';
import { ListenError } from '../server/listen-error.js';
import { StoreStartError } from '../store/open.js';
import { InvalidBatchError } from '../store/port.js';

const EXPECTED = [ConfigError, AnnotationError, ArticleInputError, NlpUnavailableError, EmbeddedOpenError, StoreStartError, InvalidBatchError, ListenError];

/** Should a failed command still hold the event loop (a handle not closed), it ends this long after. */
const EXIT_AFTER_FAILURE_MS = 5_000;

export function describeFailure(error: unknown): string {
  if (EXPECTED.some((kind) => error instanceof kind)) return (error as Error).message;
  if (error instanceof TypeError && /parseArgs|Unknown option/i.test(error.message)) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

const onFailure: (() => Promise<unknown>)[] = [];

/** `close` runs should the command fail from here on (a store or driver opened), so the process can end. */
export function closeOnFailure(close: () => Promise<unknown>): void {
  onFailure.push(close);
}

export function runCli(main: () => Promise<void>): void {
  main().catch(async (error: unknown) => {
    console.error(describeFailure(error));
    process.exitCode = 1;
    setTimeout(() => process.exit(1), EXIT_AFTER_FAILURE_MS).unref();
    await Promise.allSettled(onFailure.map((close) => close()));
  });
}

/**
 * Ends the process with `message` and exit code 1 unless the returned function is called within
 * `ms`: a start-up step that neither succeeds nor fails (an unanswering store) must not hang.
 */
export function deadline(ms: number, message: string): () => void {
  const timer = setTimeout(() => {
    console.error(message);
    process.exit(1);
  }, ms);
  return () => clearTimeout(timer);
}
