// docs/QUALITY.md's held-out sections: each is written by its set's one scoring and carried over,
// word for word, by every later eval of the dev set.
import { describe, expect, it } from 'vitest';
import { composeQualityFile, HELD_OUT, heldOutSections } from '../../src/ingest/eval/quality-file.js';

const dev = (f1: string) => `# Extraction quality\n\n**Dev set:** entity F1 ${f1} %.\n\n| article | F1 |\n|---|---:|\n| a | ${f1} |\n`;
const firstHeldOut = `${HELD_OUT.test} entity F1 82.1 %.\n\n| test set (12 articles) | F1 |\n|---|---:|\n| b | 82.1 |`;
const secondHeldOut = `${HELD_OUT['test-2']} entity F1 90.0 %.\n\n| test-2 set (12 articles) | F1 |\n|---|---:|\n| c | 90.0 |`;

describe('composeQualityFile', () => {
  it('rewrites the dev section and keeps a held-out section exactly as its scoring left it', () => {
    const before = composeQualityFile(dev('80.0'), '', { set: 'test', section: firstHeldOut });
    const after = composeQualityFile(dev('85.0'), before);
    expect(after).toContain('**Dev set:** entity F1 85.0 %.');
    expect(after).not.toContain('80.0');
    expect(heldOutSections(after).get('test')).toBe(firstHeldOut);
  });

  it('adds a newly scored held-out set after the ones scored before, leaving them unchanged', () => {
    const before = composeQualityFile(dev('80.0'), '', { set: 'test', section: firstHeldOut });
    const after = composeQualityFile(dev('85.0'), before, { set: 'test-2', section: secondHeldOut });
    const sections = heldOutSections(after);
    expect([...sections.keys()]).toEqual(['test', 'test-2']);
    expect(sections.get('test')).toBe(firstHeldOut);
    expect(sections.get('test-2')).toBe(secondHeldOut);
    expect(after.indexOf(HELD_OUT.test)).toBeLessThan(after.indexOf(HELD_OUT['test-2']));
    // Carried over again by a dev-only run, both stay as they were.
    expect(heldOutSections(composeQualityFile(dev('86.0'), after))).toEqual(sections);
  });

  it('writes the dev section alone while no held-out set has been scored', () => {
    const file = composeQualityFile(dev('80.0'), '');
    expect(heldOutSections(file).size).toBe(0);
    expect(file).toBe(dev('80.0'));
  });
});
