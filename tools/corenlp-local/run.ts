// `npm run corenlp:local [-- --port N]`: Stanford CoreNLP on 127.0.0.1 for ingest (set CORENLP_URL to
// the URL it prints). Ctrl-C stops it.
import { parseArgs } from 'node:util';
import { coreNLPLocalAvailable, startCoreNLPLocal } from './launcher.js';
import { stopWithSignals } from '../java-launcher.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '9000' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`corenlp-local: bad --port ${values.port} (a number from 0 to 65535)`);
  process.exit(2);
}
const available = coreNLPLocalAvailable();
if (!available.ok) {
  console.error(`corenlp-local: ${available.reason}. Install Java 17+ and Maven, or run the corenlp service of docker-compose.yml.`);
  process.exit(1);
}
const started = Date.now();
console.log('Loading Stanford CoreNLP models (about a minute)...');
const corenlp = await startCoreNLPLocal({ port });
console.log(`CoreNLP ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${corenlp.url}`);
console.log('Use it with:');
console.log(`  CORENLP_URL=${corenlp.url} npm run ingest -- article.txt`);
console.log('Press Ctrl-C to stop.');

stopWithSignals('CoreNLP', corenlp, 'corenlp-local: CoreNLP exited unexpectedly');
