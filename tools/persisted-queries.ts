// `npm run persisted-queries`: prints the operations a PERSISTED_QUERIES=only server runs, as an
// Apollo persisted query manifest (JSON). Clients send an operation's `id` as its sha256Hash.
import { persistedQueryManifest } from '../src/api/limits/persisted-queries.js';

process.stdout.write(JSON.stringify(persistedQueryManifest(), null, 2) + '\n');
