// The data files ingest reads (gazetteer, seed articles), all under seed/; the predicate vocabulary
// is the model's (model/vocabulary.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { GazetteerSpec } from './annotation/schema.js';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

function readYaml(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'));
}

let gazetteer: GazetteerSpec | undefined;
/** Reference coordinates with their sources (seed/gazetteer.yaml). */
export function loadGazetteer(): GazetteerSpec {
  gazetteer ??= GazetteerSpec.parse(readYaml(`${SEED_DIR}gazetteer.yaml`));
  return gazetteer;
}
