// Shared by the bench's commands and child servers: `--name value` / `--name=value` / `--flag`
// parsing with unknown flags refused, and the child servers' stop on a signal or a closed stdin.

/** Flags as given; a name not in `known` is refused, naming the known ones. */
export function parseFlags(argv: string[], known: readonly string[], context = ''): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [name, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags.set(name, argv[++i]);
    else flags.set(name, 'true');
  }
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`${context}unknown flag --${name}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  return flags;
}

/** A bench child server stops (once) on SIGTERM, SIGINT or its parent closing stdin, then exits 0. */
export function exitOnStop(close: () => Promise<unknown>): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}
