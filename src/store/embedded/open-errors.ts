// What stops the embedded database from opening, in words a person can act on: a LadybugDB
// database left by an earlier version, a directory where the SQLite file should be, a file that is
// not SQLite.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Raised when the embedded database cannot be opened; the message says why and what to do. */
export class EmbeddedOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddedOpenError';
  }
}

/** Earlier versions kept a LadybugDB database as `graph.lbug` in a directory, by default ./data/embedded. */
const LADYBUG_FILE = 'graph.lbug';
const LADYBUG_DEFAULT_DIR = 'embedded';

const isDirectory = (p: string) => existsSync(p) && statSync(p).isDirectory();

function ladybugMessage(dir: string, file: string): string {
  const shown = path.relative('.', path.resolve(dir)) || path.resolve(dir);
  return (
    `${path.resolve(dir)} holds a LadybugDB database from an earlier version of newsgraph; the embedded store is now SQLite ` +
    `(EMBEDDED_DB_PATH names its file, ${file}) and cannot read it. To rebuild the graph, move that directory away ` +
    `(\`mv ${shown} ${shown}.ladybug-old\`), then run \`npm run seed\` or start the server again (it seeds an empty store), ` +
    'and re-ingest your own articles with `npm run ingest`.'
  );
}

/**
 * Refuses, before SQLite creates anything, a path that is a directory (LadybugDB's or another), and
 * a new database file beside a LadybugDB directory at the old default place, which would otherwise
 * leave the old graph silently unused.
 */
export function checkEmbeddedPath(file: string): void {
  if (isDirectory(file)) {
    if (existsSync(path.join(file, LADYBUG_FILE))) throw new EmbeddedOpenError(ladybugMessage(file, `e.g. ${path.join(path.dirname(path.resolve(file)), 'newsgraph.sqlite')}`));
    throw new EmbeddedOpenError(
      `EMBEDDED_DB_PATH=${file} is a directory; it names the SQLite database file, e.g. ./data/newsgraph.sqlite (or :memory:).`,
    );
  }
  const legacy = path.join(path.dirname(path.resolve(file)), LADYBUG_DEFAULT_DIR);
  if (!existsSync(file) && existsSync(path.join(legacy, LADYBUG_FILE))) throw new EmbeddedOpenError(ladybugMessage(legacy, file));
}

/** SQLite's refusal to open a file, as a message naming the file and the way out. */
export function explainOpenFailure(file: string, error: unknown): EmbeddedOpenError {
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown })?.code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new EmbeddedOpenError(
      `The embedded database at ${path.resolve(file)} cannot be read (${detail}). ` +
        'Move the file aside (or delete it) and run `npm run seed` to rebuild it, or set EMBEDDED_DB_PATH to another file.',
      { cause: error },
    );
  }
  return new EmbeddedOpenError(`The embedded database at ${path.resolve(file)} could not be opened: ${detail}`, { cause: error });
}
