// Debian's Chromium as the browser tests and the explorer bench launch it: software rendering and
// none of the calls to the network Chromium makes on its own (updates, sync, QUIC probes).

/** The Chromium binary (CHROMIUM_PATH, else Debian's). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
