// The README's "## Reliability" section states the limits and the figures the hardening tests run
// with; this test rebuilds its tables from the constants in use (support/reliability-section.ts)
// and requires the README to hold them verbatim, so the section cannot go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config/config.js';
import { auditTable, costNote, limitsTable, testsTable } from './support/reliability-section.js';

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('\n## Reliability\n');
const next = start >= 0 ? readme.indexOf('\n## ', start + 1) : -1;
/** The section, up to the next `## ` heading (or the end). */
const section = start >= 0 ? readme.slice(start, next >= 0 ? next + 1 : undefined) : '';

describe("the README's Reliability section", () => {
  it('exists', () => {
    expect(start).toBeGreaterThan(0);
  });

  it.each([
    ['limits', limitsTable],
    ['tests and figures', testsTable],
    ['GraphQL-over-HTTP deviations', auditTable],
  ])('holds the %s table as the constants make it (print it with `npx tsx tests/hardening/support/reliability-section.ts`)', (_, table) => {
    const missing = table().filter((line) => !section.includes(`${line}\n`));
    expect(missing).toEqual([]);
  });

  it('describes the cost rule with the numbers it uses, and every variable it names exists', () => {
    expect(section).toContain(costNote());
    const named = [...section.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]).filter((name) => /_/.test(name) && !/^(BAD|STORE|QUERY|PAYLOAD|UNAUTHENTICATED|GRAPHQL|INTERNAL|PERSISTED|RESPONSE|TOO_MANY)/.test(name));
    expect(named.filter((name) => !(CONFIG_VARIABLES as string[]).includes(name))).toEqual([]);
  });
});
