// The claim predicate vocabulary (seed/vocabulary/predicates.yaml): the one definition of each
// predicate, shared by ingest (what may be extracted) and the API (what may be asked for).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const VOCABULARY_FILE = fileURLToPath(new URL('../../seed/vocabulary/predicates.yaml', import.meta.url));

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

let vocabulary: Vocabulary | undefined;
/** The claim predicates by name, read once. */
export function loadVocabulary(): Vocabulary {
  vocabulary ??= new Map(
    Object.entries(z.object({ predicates: z.record(z.string(), PredicateSpec) }).parse(parseYaml(readFileSync(VOCABULARY_FILE, 'utf8'))).predicates),
  );
  return vocabulary;
}

/** Predicates that place their subject inside their object (LOCATED_IN, CAPITAL_OF …). */
export function containmentPredicates(): string[] {
  return [...loadVocabulary().entries()].filter(([, spec]) => spec.containment).map(([name]) => name);
}
