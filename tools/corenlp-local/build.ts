// `tsx tools/corenlp-local/build.ts`: fetch CoreNLP and its models and compile the launcher (CI's explicit step).
import { buildCoreNLPLocal, coreNLPLocalAvailable } from './launcher.js';

const available = coreNLPLocalAvailable();
if (!available.ok) {
  console.error(`corenlp-local: cannot build: ${available.reason}`);
  process.exit(1);
}
await buildCoreNLPLocal();
console.log('corenlp-local: built');
