// The explorer's answer types are generated from its operations (src/web/explorer/queries.ts) and
// the SDL; this fails when the generated file no longer matches them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { OPERATIONS } from '../../src/web/explorer/queries.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATED = 'src/web/explorer/generated/operations.ts';

describe('explorer operation types', () => {
  it(`has an up-to-date ${GENERATED} (run npm run codegen)`, async () => {
    const entry = codegenConfig.generates[GENERATED];
    expect(entry, `codegen.ts does not generate ${GENERATED}`).toBeDefined();
    // Only this entry: the staleness of the API's resolver types is tests/api's to check.
    const outputs: { filename: string; content: string }[] = await generate(
      { ...codegenConfig, generates: { [GENERATED]: entry! }, cwd: ROOT, silent: true },
      false,
    );
    const onDisk = readFileSync(join(ROOT, GENERATED), 'utf8');
    expect(onDisk === outputs[0]?.content, `${GENERATED} is stale: run npm run codegen`).toBe(true);
  }, 30_000);

  it('has a result type for every operation the explorer sends', () => {
    const generated = readFileSync(join(ROOT, GENERATED), 'utf8');
    for (const [name, source] of Object.entries(OPERATIONS)) {
      const type = source.trimStart().startsWith('mutation') ? 'Mutation' : 'Query';
      expect(generated, name).toContain(`export type ${name}${type} = `);
    }
  });
});
