// `npm start`: configuration → store (seeded with the shipped articles when empty) → HTTP.
import { loadConfig } from './config/config.js';
import { seedStore } from './ingest/seed.js';
import { startApp } from './server/http.js';
import { openStore } from './store/open.js';
import { closeOnFailure, deadline, runCli } from './cli/run-cli.js';

/** After the requests in flight are done (or cut), closing the store may take at most this long. */
const STORE_CLOSE_DEADLINE_MS = 10_000;

runCli(async () => {
  const config = loadConfig();
  const started = deadline(
    config.STARTUP_TIMEOUT_MS,
    `start-up did not finish within ${config.STARTUP_TIMEOUT_MS} ms (STARTUP_TIMEOUT_MS): the ${config.GRAPH_STORE} store could not be opened and seeded in time; check that it is reachable, or raise STARTUP_TIMEOUT_MS`,
  );
  const store = await openStore(config);
  closeOnFailure(() => store.close());
  // Never wipes: an existing graph is served as it is.
  if ((await store.counts()).articles === 0) {
    for (const r of await seedStore(store)) console.log(`seeded ${r.articleId}: ${r.written.entities} entities, ${r.written.claims} claims`);
  }
  const app = await startApp({ store, config, port: config.PORT, host: config.HOST });
  started();
  const writes = config.API_KEYS.length ? `writes need one of ${config.API_KEYS.length} API key(s)` : 'writes disabled (no API_KEYS)';
  console.log(`newsgraph (${config.GRAPH_STORE} store) at ${app.url}/ : playground at /, explorer at /explore, GraphQL at /graphql; ${writes}`);

  // SIGTERM / SIGINT: stop accepting connections, let requests in flight finish (for at most
  // SHUTDOWN_TIMEOUT_MS, then cut them), close the store (Neo4j driver or SQLite), exit 0.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: no new connections; finishing requests in flight (up to ${config.SHUTDOWN_TIMEOUT_MS} ms), then closing the store`);
    const { cutConnections } = await app.close(config.SHUTDOWN_TIMEOUT_MS);
    if (cutConnections) console.error(`${cutConnections} connection(s) still busy after ${config.SHUTDOWN_TIMEOUT_MS} ms were cut`);
    const hung = setTimeout(() => {
      console.error(`closing the store took over ${STORE_CLOSE_DEADLINE_MS} ms; exiting`);
      process.exit(1);
    }, STORE_CLOSE_DEADLINE_MS).unref();
    await store.close();
    clearTimeout(hung);
    console.log('stopped');
    // Nothing is left to keep the process alive, so it ends here with code 0. Should something
    // still hold the event loop, say so rather than hang.
    setTimeout(() => {
      console.error('something still held the event loop 5 s after shutdown; exiting');
      process.exit(0);
    }, 5_000).unref();
  };
  const onSignal = (signal: string) =>
    stop(signal).catch((error: unknown) => {
      console.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  // `on`, not `once`: a second signal during the drain must not kill the process with its default action.
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  process.on('SIGINT', () => void onSignal('SIGINT'));
});
