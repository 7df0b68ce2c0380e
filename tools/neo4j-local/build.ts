// `tsx tools/neo4j-local/build.ts`: fetch the Neo4j artifacts and compile the launcher (CI's explicit step).
import { buildNeo4jLocal, neo4jLocalAvailable } from './launcher.js';

const available = neo4jLocalAvailable();
if (!available.ok) {
  console.error(`neo4j-local: cannot build: ${available.reason}`);
  process.exit(1);
}
await buildNeo4jLocal();
console.log('neo4j-local: built');
