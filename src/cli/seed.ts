// `npm run seed [annotation files…] [--reset]`: validates and writes the curated seed articles
// into the configured store, then prints what the store holds.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { seedStore, seedAnnotationFiles } from '../ingest/seed.js';
import { openStore } from '../store/open.js';
import { runCli } from './run-cli.js';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { reset: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log('usage: npm run seed -- [file.annotation.yaml …] [--reset]\n  default: every seed/*.annotation.yaml; --reset empties the store first');
    return;
  }
  const config = loadConfig();
  const files = positionals.length ? positionals : seedAnnotationFiles();
  const store = await openStore(config);
  try {
    if (values.reset) await store.clearAll();
    for (const result of await seedStore(store, files)) {
      const w = result.written;
      console.log(`seeded ${result.articleId}: ${w.entities} entities, ${w.claims} claims, ${w.evidence} evidence, ${w.mentions} mentions`);
    }
    const counts = await store.counts();
    console.log(`${config.GRAPH_STORE} store now holds: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  } finally {
    await store.close();
  }
});
