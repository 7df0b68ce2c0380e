// The load-and-fault harness (tools/bench/load-fault.ts), run for half a minute so it cannot rot:
// the embedded server killed with -9 once under 20 connections, then every article checked in the
// store. The full run (10 minutes per backend, two kills) is `npm run bench -- --load-fault`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLoadFaultArgs, renderLoadFault, runLoadFault, SECTION_END, SECTION_START, writeSection } from '../../tools/bench/load-fault.js';
import { corenlpUrl } from '../support/corenlp.js';

describe('load-and-fault harness', () => {
  it('[embedded] a server killed with -9 under load loses and duplicates no article', { timeout: 240_000 }, async () => {
    const { options, out } = parseLoadFaultArgs(['--load-fault', '--backends', 'embedded', '--load-fault-minutes', '0.5', '--load-fault-kills', '1']);
    expect(out).toBeUndefined(); // a short run leaves docs/BENCHMARKS.md alone
    const results = await runLoadFault({ ...options, corenlpUrl: corenlpUrl(), log: () => undefined });

    expect(results.runs).toHaveLength(1);
    const run = results.runs[0];
    expect(run.error).toBeUndefined();
    expect(run.articles).toMatchObject({ scheduled: 6, storedOnce: 6, lost: 0, duplicated: 0, neverAcknowledged: 0 });
    // The kill happened under load and was seen: refused or reset connections while it was open,
    // none outside it, and a recovery measured.
    expect(run.faults).toHaveLength(1);
    expect(Number.isFinite(run.faults[0].recoveryMs)).toBe(true);
    expect(run.faults[0].recoveryMs).toBeGreaterThan(0);
    expect(Object.keys(run.errorsByCode).some((code) => code.startsWith('transport '))).toBe(true);
    expect(run.errorsOutsideFaults).toEqual({});
    expect(run.ok).toBeGreaterThan(0);
    expect(run.readLatency.p99).toBeGreaterThanOrEqual(run.readLatency.p50);
    // Two server processes, each with RSS samples.
    expect(run.rss.segments.map((s) => s.life)).toEqual([1, 2]);
    expect(run.rss.segments.every((s) => s.maxMb > 0)).toBe(true);

    // The section replaces its earlier copy and keeps the text around it.
    const doc = path.join(mkdtempSync(path.join(os.tmpdir(), 'load-fault-doc-')), 'BENCHMARKS.md');
    writeFileSync(doc, '# Benchmarks\n\n<!-- bench:notes (kept by npm run bench) -->\n\nnotes\n');
    const section = renderLoadFault(results, 'npm run bench -- --load-fault');
    writeSection(doc, section);
    writeSection(doc, section);
    const text = readFileSync(doc, 'utf8');
    expect(text.split(SECTION_START)).toHaveLength(2);
    expect(text.indexOf(SECTION_END)).toBeGreaterThan(text.indexOf('notes\n'));
    expect(text).toContain('| articles **lost** / **duplicated** | **0** / **0** |');
  });

  it('refuses an unknown flag, naming the known ones', () => {
    expect(() => parseLoadFaultArgs(['--load-fault', '--minutes', '3'])).toThrow(/unknown flag --minutes; known: .*--load-fault-minutes/);
    expect(() => parseLoadFaultArgs(['--load-fault', '--backends', 'mysql'])).toThrow(/unknown backend mysql \(embedded, neo4j\)/);
  });
});
