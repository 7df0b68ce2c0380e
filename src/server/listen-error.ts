// Why the server could not listen, in words (its own module: the CLIs name it without loading the server).
/** The server could not listen on HOST:PORT; the message says why and what to change. */
export class ListenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ListenError';
  }
}

export const LISTEN_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the port is in use by another process; stop it or choose another PORT',
  EACCES: 'permission denied (ports below 1024 need privileges); choose a PORT above 1024',
  EADDRNOTAVAIL: 'the address is not one of this machine\'s; use 127.0.0.1, 0.0.0.0 (all interfaces) or an address of this host',
  ENOTFOUND: 'the host name does not resolve; use an address or a name this machine resolves',
  EAI_AGAIN: 'the host name could not be resolved right now; use an address',
};

