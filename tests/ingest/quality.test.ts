// The extraction quality figures in docs/QUALITY.md are the ones the rules produce now: a rule
// change that moves them must come with a fresh `npm run eval`. Only the dev set is scored here;
// the held-out set is scored by `npm run eval` alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSet, f1 } from '../../src/ingest/eval/evaluate.js';

describe('extraction quality on the dev set', () => {
  it('matches the figures published in docs/QUALITY.md', async () => {
    const report = await evaluateSet('dev');
    const published = /\*\*Dev set:\*\* entity F1 ([\d.]+) %.*claim F1 ([\d.]+) %/.exec(readFileSync('docs/QUALITY.md', 'utf8'));
    expect(published, 'docs/QUALITY.md has no dev-set line; run npm run eval').not.toBeNull();
    expect((f1(report.entities.ALL) * 100).toFixed(1)).toBe(published![1]);
    expect((f1(report.claims) * 100).toFixed(1)).toBe(published![2]);
  });

  it('scores the seed article and at least five more, each yielding claims', async () => {
    const report = await evaluateSet('dev');
    expect(report.articles.map((a) => a.file)).toContain('2020-11-09-ap-shushi-helicopter.txt');
    expect(report.articles.length).toBeGreaterThanOrEqual(6);
    for (const article of report.articles) expect(article.claims.systemCount, article.file).toBeGreaterThan(0);
  });
});
