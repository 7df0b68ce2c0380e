// A writer process for the crash and concurrency tests: writes generated batches first, first + 1,
// … (at most `count`) into the embedded store at `file` through the store port, printing
// "committed <n>" once each upsert has returned.
//   node --import tsx tests/support/write-batches.ts <file> <first> <count>
import { EmbeddedStore } from '../../src/store/embedded/adapter.js';
import { generatedBatch } from './generated-batches.js';

const [file, first, count] = process.argv.slice(2);
const store = await EmbeddedStore.open({ path: file });
for (let n = Number(first); n < Number(first) + Number(count); n++) {
  await store.upsert(generatedBatch(n));
  process.stdout.write(`committed ${n}\n`);
}
await store.close();
