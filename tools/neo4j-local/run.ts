// `npm run neo4j:local [-- --port N --data-dir PATH]`: a local Neo4j 5.26 (embedded, Bolt only, auth
// disabled) that keeps its data in ./data/neo4j-local between runs. Ctrl-C stops it cleanly.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNeo4jLocal, neo4jLocalAvailable, startNeo4jLocal } from './launcher.js';
import { stopWithSignals } from '../java-launcher.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: { port: { type: 'string', default: '7687' }, 'data-dir': { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`neo4j-local: bad --port ${values.port}`);
  process.exit(2);
}
// An explicit --data-dir is relative to the cwd, like any CLI path; the default lives in the repo.
const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : path.join(REPO_ROOT, 'data/neo4j-local');

const available = neo4jLocalAvailable();
if (!available.ok) {
  console.error(`neo4j-local: ${available.reason}. Install Java 17+ and Maven, or run Neo4j another way (docker compose).`);
  process.exit(1);
}

await buildNeo4jLocal();
const started = Date.now();
const neo4j = await startNeo4jLocal({ port, dataDir });
console.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${neo4j.uri} (data: ${neo4j.dataDir}; logs: ${path.join(neo4j.dataDir, 'logs')})`);
console.log('Auth is disabled. Use it with:');
console.log(`  GRAPH_STORE=neo4j NEO4J_URI=${neo4j.uri}`);
console.log('Press Ctrl-C to stop.');

stopWithSignals('Neo4j', neo4j, `neo4j-local: Neo4j exited unexpectedly; see ${path.join(neo4j.dataDir, 'logs/debug.log')}`);
