// What the integration project's global setups provide (the run's Neo4j, its CoreNLP). A unit-project
// file gets nothing from inject(): that is a misfiled test, so it fails here instead of skipping.
import { inject, type ProvidedContext } from 'vitest';

export function provided<K extends 'neo4j' | 'corenlp'>(key: K): ProvidedContext[K] {
  const value = inject(key);
  if (value === undefined) {
    throw new Error(
      `inject('${key}') is empty: this file runs in the unit project, which starts no Neo4j or CoreNLP. ` +
        'Name it *.test.ts, not *.unit.test.ts, to run it in the integration project.',
    );
  }
  return value;
}
