// `npm start`: configuration → store (seeded with the shipped articles when empty) → HTTP.
import { loadConfig } from './config/config.js';
import { seedStore } from './ingest/seed.js';
import { startApp } from './server/http.js';
import { openStore } from './store/open.js';
import { runCli } from './cli/run-cli.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

runCli(async () => {
  const config = loadConfig();
  const store = await openStore(config);
  // Never wipes: an existing graph is served as it is.
  if ((await store.counts()).articles === 0) {
    for (const r of await seedStore(store)) console.log(`seeded ${r.articleId}: ${r.written.entities} entities, ${r.written.claims} claims`);
  }
  const app = await startApp({ store, config, port: config.PORT, host: config.HOST });
  console.log(`newsgraph (${config.GRAPH_STORE} store) at ${app.url}/ : playground at /, explorer at /explore, GraphQL at /graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the store`);
    const deadline = setTimeout(() => {
      console.error(`shutdown took over ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    await app.close();
    await store.close();
    clearTimeout(deadline);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
});
