// The data files ingest reads (vocabulary, gazetteer, seed articles), all under seed/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { GazetteerSpec } from './annotation/schema.js';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

const PredicateSpec = z
  .object({
    object: z.enum(['entity', 'quantity', 'none']),
    quantity: z.enum(['required', 'optional']).optional(),
    symmetric: z.boolean().optional(),
    containment: z.boolean().optional(),
    description: z.string().min(1),
  })
  .strict();
export type PredicateSpec = z.infer<typeof PredicateSpec>;
export type Vocabulary = Map<string, PredicateSpec>;

function readYaml(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'));
}

let vocabulary: Vocabulary | undefined;
/** The claim predicates (seed/vocabulary/predicates.yaml): the one definition of each. */
export function loadVocabulary(): Vocabulary {
  vocabulary ??= new Map(
    Object.entries(z.object({ predicates: z.record(z.string(), PredicateSpec) }).parse(readYaml(`${SEED_DIR}vocabulary/predicates.yaml`)).predicates),
  );
  return vocabulary;
}

/** Predicates that place their subject inside their object (LOCATED_IN, CAPITAL_OF …). */
export function containmentPredicates(): string[] {
  return [...loadVocabulary().entries()].filter(([, spec]) => spec.containment).map(([name]) => name);
}

let gazetteer: GazetteerSpec | undefined;
/** Reference coordinates with their sources (seed/gazetteer.yaml). */
export function loadGazetteer(): GazetteerSpec {
  gazetteer ??= GazetteerSpec.parse(readYaml(`${SEED_DIR}gazetteer.yaml`));
  return gazetteer;
}
