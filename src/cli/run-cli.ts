// Runs a command-line entry point: known failures print their message alone (no stack trace)
// and exit non-zero.
import { ConfigError } from '../config/config.js';
import { AnnotationError } from '../ingest/annotation/curate.js';
import { ArticleInputError } from '../ingest/article/validate-input.js';
import { NlpUnavailableError } from '../ingest/nlp/corenlp.js';
import { EmbeddedOpenError } from '../store/embedded/open-errors.js';
import { StoreStartError } from '../store/open.js';
import { InvalidBatchError } from '../store/port.js';

const EXPECTED = [ConfigError, AnnotationError, ArticleInputError, NlpUnavailableError, EmbeddedOpenError, StoreStartError, InvalidBatchError];

export function describeFailure(error: unknown): string {
  if (EXPECTED.some((kind) => error instanceof kind)) return (error as Error).message;
  if (error instanceof TypeError && /parseArgs|Unknown option/i.test(error.message)) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(describeFailure(error));
    process.exitCode = 1;
  });
}
