// A writer process for the crash and concurrency tests: writes generated batches first, first + 1,
// … (at most `count`) through the store port, printing "committed <n>" once each upsert has
// returned. The store is the embedded one at a file path, or the Neo4j server at a bolt:// or
// neo4j:// URI (credentials from NEO4J_USER / NEO4J_PASSWORD, as for the test run).
//   node --import tsx tests/support/write-batches.ts <file or uri> <first> <count>
// With `-` for <first>, it opens the store, prints "ready" and waits for the first batch number on
// stdin: a test can start the next writer (seconds of module loading and connecting on a busy
// machine) while it still checks the last one.
import type { GraphStore } from '../../src/store/port.js';
import { generatedBatch } from './generated-batches.js';

const [target, first, count] = process.argv.slice(2);
// Only the adapter in use is loaded: the crash test starts this process again and again.
const store: GraphStore = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(target)
  ? new (await import('../../src/store/neo4j/adapter.js')).Neo4jStore({ uri: target, ...(await import('./neo4j-marker.js')).neo4jCredentials() })
  : await (await import('../../src/store/embedded/adapter.js')).EmbeddedStore.open({ path: target });
let start = Number(first);
if (first === '-') {
  await store.ping();
  process.stdout.write('ready\n');
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  start = Number((await lines.next()).value);
}
for (let n = start; n < start + Number(count); n++) {
  await store.upsert(generatedBatch(n));
  process.stdout.write(`committed ${n}\n`);
}
await store.close();
