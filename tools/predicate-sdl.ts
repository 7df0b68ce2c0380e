// Writes schema/predicate.graphql, the `Predicate` enum, from the predicate vocabulary
// (seed/vocabulary/predicates.yaml), so the SDL stays the one source of types and the vocabulary
// the one definition of each predicate. Run by `npm run codegen`; tests/api/schema.unit.test.ts
// fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadVocabulary } from '../src/model/vocabulary.js';

export const PREDICATE_SDL_FILE = fileURLToPath(new URL('../schema/predicate.graphql', import.meta.url));

const blockString = (text: string) => `"""${text.replace(/"""/g, '\\"""')}"""`;

/** The enum's SDL: one value per predicate, in name order, described as the vocabulary describes it. */
export function predicateSdl(): string {
  const values = [...loadVocabulary().entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, spec]) => `  ${blockString(spec.description)}\n  ${name}`);
  return [
    '# Generated from seed/vocabulary/predicates.yaml by tools/predicate-sdl.ts (npm run codegen): edit the vocabulary, not this file.',
    blockString('A predicate of the claim vocabulary (seed/vocabulary/predicates.yaml); `Query.predicates` describes each.'),
    'enum Predicate {',
    ...values,
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(PREDICATE_SDL_FILE, predicateSdl());
