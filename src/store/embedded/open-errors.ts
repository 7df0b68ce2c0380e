// Turns LadybugDB's open failures into messages a person can act on.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Raised when the embedded database cannot be opened; the message says why and what to do. */
export class EmbeddedOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddedOpenError';
  }
}

/** The pid holding a POSIX lock on the file, from /proc/locks (Linux only; undefined elsewhere). */
export function lockHolder(file: string): number | undefined {
  try {
    const inode = statSync(file).ino;
    for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
      // "1: POSIX  ADVISORY  WRITE 12345 fd:01:123456 0 EOF"
      const fields = line.trim().split(/\s+/);
      const [pid, device] = [fields[4], fields[5]];
      if (device && Number(device.split(':')[2]) === inode && pid !== String(process.pid)) return Number(pid);
    }
  } catch {
    // No /proc or no file: the holder is unknown.
  }
  return undefined;
}

export function explainOpenFailure(dir: string, error: unknown): EmbeddedOpenError {
  const detail = error instanceof Error ? error.message : String(error);
  const file = path.resolve(dir, 'graph.lbug');
  if (/lock/i.test(detail)) {
    const pid = lockHolder(file);
    const holder = pid ? `process ${pid}` : 'another process';
    return new EmbeddedOpenError(
      `The embedded database at ${path.resolve(dir)} is in use by ${holder}: LadybugDB lets one process open it at a time. ` +
        'Stop that process (for example the running server) first, or point EMBEDDED_DB_PATH at another directory, ' +
        'or use the server\'s GraphQL API while it runs.',
      { cause: error },
    );
  }
  if (/not a valid|corrupt|checksum|WAL/i.test(detail)) {
    return new EmbeddedOpenError(
      `The embedded database at ${path.resolve(dir)} cannot be read (${detail.split('\n')[0]}). ` +
        'Move the directory aside (or delete it) and run `npm run seed` to rebuild it, or set EMBEDDED_DB_PATH to another directory.',
      { cause: error },
    );
  }
  return new EmbeddedOpenError(`The embedded database at ${path.resolve(dir)} could not be opened: ${detail.split('\n')[0]}`, {
    cause: error,
  });
}
