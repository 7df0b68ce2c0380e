// Broken annotations: each problem is reported with where it is and what is wrong, all problems of a
// file at once, and a file with any problem writes nothing to the store.
// Broken variants are the real seed annotation, loaded with `yaml`, mutated, and dumped again.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { type AnnotationProblem, AnnotationError, curateArticle } from '../../src/ingest/annotation/curate.js';
import { buildSeedBatch, seedAnnotationFiles, seedStore } from '../../src/ingest/seed.js';
import type { GraphStore, StoreCounts } from '../../src/store/port.js';
import { BACKENDS, backendAvailable, openTestStore } from '../support/backends.js';

const SEED_DIR = new URL('../../seed/', import.meta.url);
const ARTICLE_FILE = '2020-11-09-ap-shushi-helicopter.txt';
const ANNOTATION_FILE = '2020-11-09-ap-shushi-helicopter.annotation.yaml';
const FILE = 'broken.annotation.yaml';

const realYaml = readFileSync(new URL(ANNOTATION_FILE, SEED_DIR), 'utf8');
const article = parseArticle(readFileSync(new URL(ARTICLE_FILE, SEED_DIR), 'utf8'));

// The annotation as plain data, fresh for each mutation.
interface Doc {
  article: { id: string; file: string };
  entities: Record<string, unknown>[];
  claims: ({ id: string; evidence: { quote: string; occurrence?: number }[] } & Record<string, unknown>)[];
  noClaims?: { sentence: number; reason: string }[];
}
const load = (): Doc => parseYaml(realYaml) as Doc;
const claimAt = (doc: Doc, key: string): number => {
  const index = doc.claims.findIndex((c) => c.id === key);
  if (index < 0) throw new Error(`the seed annotation has no claim ${key}`);
  return index;
};

/** The problems curating `yamlText` reports; fails the test when it reports none. */
function problemsOf(yamlText: string, file = FILE): AnnotationProblem[] {
  try {
    curateArticle(yamlText, article, file);
  } catch (error) {
    expect(error).toBeInstanceOf(AnnotationError);
    const problems = (error as AnnotationError).problems;
    expect(problems.length).toBeGreaterThan(0);
    // The message lists every problem with its location.
    for (const p of problems) expect((error as AnnotationError).message).toContain(`${p.location}: ${p.message}`);
    return problems;
  }
  throw new Error('expected an AnnotationError, but the annotation was accepted');
}
const problemsOfDoc = (doc: Doc) => problemsOf(stringify(doc));
const at = (location: string) => `${FILE}: ${location}`;

describe('curating a broken annotation', () => {
  it('accepts the real annotation after a round trip through the yaml package (the baseline for every variant)', () => {
    const batch = curateArticle(stringify(load()), article, FILE);
    expect(batch.claims).toHaveLength(load().claims.length);
  });

  it('reports an unknown entity reference at claims[i].subject, naming the entity', () => {
    const doc = load();
    const i = claimAt(doc, 'shushi-overlooks-stepanakert');
    doc.claims[i].subject = 'place:atlantis';
    const problems = problemsOfDoc(doc);
    expect(problems).toEqual([{ location: at(`claims[${i}].subject`), message: expect.stringContaining('unknown entity place:atlantis') }]);
  });

  it('reports unknown entities wherever they are referred to: object, attributedTo, counterpart, participants', () => {
    const doc = load();
    const c = claimAt(doc, 'aliyev-claims-azerbaijani-forces-took-shushi');
    doc.claims[c].object = 'place:nowhere';
    doc.claims[c].attributedTo = ['actor:ilham-aliyev', 'actor:nobody'];
    const armenia = doc.entities.findIndex((e) => e.id === 'place:armenia');
    doc.entities[armenia].counterpart = 'actor:armenia-typo';
    const locations = problemsOfDoc(doc).map((p) => p.location);
    expect(locations).toEqual(
      expect.arrayContaining([at(`claims[${c}].object`), at(`claims[${c}].attributedTo[1]`), at(`entities[${armenia}].counterpart`)]),
    );
  });

  it('reports a quote that is not in the article verbatim at claims[i].evidence[j].quote', () => {
    const doc = load();
    const i = claimAt(doc, 'shushi-overlooks-stepanakert');
    doc.claims[i].evidence[0].quote = "shushi's position above the regional capital Stepanakert"; // wrong case
    const problems = problemsOfDoc(doc);
    expect(problems).toEqual([
      { location: at(`claims[${i}].evidence[0].quote`), message: expect.stringContaining('quote not found verbatim') },
    ]);
    expect(problems[0].message).toContain("shushi's position above");
  });

  it('reports a quote found twice without an occurrence, saying how many times and what to add', () => {
    const doc = load();
    const i = claimAt(doc, 'nagorno-karabakh-located-in-azerbaijan');
    expect(doc.claims[i].evidence[0]).toEqual({ quote: 'which is within Azerbaijan', occurrence: 1 });
    delete doc.claims[i].evidence[0].occurrence;
    const problems = problemsOfDoc(doc);
    expect(problems).toEqual([{ location: at(`claims[${i}].evidence[0].quote`), message: expect.stringContaining('found 2 times') }]);
    expect(problems[0].message).toContain('occurrence');
  });

  it('reports an occurrence beyond the number of times the quote appears', () => {
    const doc = load();
    const i = claimAt(doc, 'nagorno-karabakh-located-in-azerbaijan');
    doc.claims[i].evidence[0].occurrence = 3;
    expect(problemsOfDoc(doc)).toEqual([
      { location: at(`claims[${i}].evidence[0].quote`), message: expect.stringContaining('occurrence 3 asked, but the quote appears 2 time(s)') },
    ]);
  });

  it('reports an unknown predicate at claims[i].predicate, pointing at the vocabulary', () => {
    const doc = load();
    const i = claimAt(doc, 'shushi-overlooks-stepanakert');
    doc.claims[i].predicate = 'HOVERS_OVER';
    expect(problemsOfDoc(doc)).toEqual([
      { location: at(`claims[${i}].predicate`), message: expect.stringMatching(/unknown predicate HOVERS_OVER.*predicates\.yaml/) },
    ]);
  });

  it('reports a predicate used without what it needs (DISTANCE_FROM without a quantity)', () => {
    const doc = load();
    const i = claimAt(doc, 'stepanakert-distance-from-shushi');
    delete doc.claims[i].quantity;
    expect(problemsOfDoc(doc)).toEqual([{ location: at(`claims[${i}].quantity`), message: expect.stringContaining('DISTANCE_FROM needs a quantity') }]);
  });

  it('reports an unknown status as a schema error at claims[i].status, listing the valid statuses', () => {
    const doc = load();
    const i = claimAt(doc, 'aliyev-claims-azerbaijani-forces-took-shushi');
    doc.claims[i].status = 'RUMOURED';
    const problems = problemsOfDoc(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0].location).toBe(at(`claims[${i}].status`));
    for (const status of ['REPORTED', 'CLAIMED', 'CONFIRMED', 'DENIED', 'UNCERTAIN']) expect(problems[0].message).toContain(status);
  });

  it('reports a duplicate entity id at the second declaration', () => {
    const doc = load();
    doc.entities.push({ ...doc.entities[0] });
    const last = doc.entities.length - 1;
    expect(problemsOfDoc(doc)).toEqual([{ location: at(`entities[${last}].id`), message: 'duplicate entity id place:shushi' }]);
  });

  it('reports a duplicate claim id at the second claim', () => {
    const doc = load();
    const i = claimAt(doc, 'shushi-overlooks-stepanakert');
    doc.claims.push(structuredClone(doc.claims[i]));
    const last = doc.claims.length - 1;
    expect(problemsOfDoc(doc)).toEqual([{ location: at(`claims[${last}].id`), message: 'duplicate claim id shushi-overlooks-stepanakert' }]);
  });

  it('reports invalid YAML with the line it stops at', () => {
    const duplicateKey = realYaml.replace('  publisher: AP\n', '  publisher: AP\n  publisher: Reuters\n');
    const line = duplicateKey.split('\n').indexOf('  publisher: Reuters') + 1;
    expect(problemsOf(duplicateKey)).toEqual([{ location: at(`line ${line}`), message: expect.stringMatching(/^not valid YAML: /) }]);
    const misindented = realYaml.replace('    subtype: city\n    name: Shushi\n', '    subtype: city\n   name: Shushi\n');
    const [problem] = problemsOf(misindented);
    expect(problem.location).toMatch(new RegExp(`^${FILE}: line \\d+$`));
    expect(problem.message).toMatch(/^not valid YAML: /);
  });

  it('reports a sentence no claim covers, quoting its start and naming the fix', () => {
    const doc = load();
    // Drop the claims whose every quote lies in the last sentence (13).
    const inLastSentence = curateArticle(realYaml, article, FILE)
      .claims.filter((c) => c.evidence.every((ev) => ev.sentence === 13))
      .map((c) => c.id.split(':').pop());
    expect(inLastSentence.length).toBeGreaterThan(0);
    doc.claims = doc.claims.filter((c) => !inLastSentence.includes(c.id));
    const problems = problemsOfDoc(doc);
    expect(problems).toEqual([{ location: at('claims'), message: expect.stringContaining('sentence 13 ("Long lines of vehicles') }]);
    expect(problems[0].message).toContain('noClaims');
    // The fix the message names works: a noClaims entry with a reason covers the sentence.
    doc.noClaims = [{ sentence: 13, reason: 'covered elsewhere for this test' }];
    expect(curateArticle(stringify(doc), article, FILE).claims).toHaveLength(doc.claims.length);
  });

  it('reports a noClaims entry for a sentence the article does not have', () => {
    const doc = load();
    doc.noClaims = [{ sentence: 14, reason: 'off the end' }];
    expect(problemsOfDoc(doc)).toEqual([{ location: at('noClaims[0].sentence'), message: 'the article has sentences 0..13' }]);
  });

  it('reports a link to a claim the annotation does not have', () => {
    const doc = load();
    const i = claimAt(doc, 'pogosian-confirms-azerbaijani-forces-took-shushi');
    doc.claims[i].links = [{ type: 'CONFIRMS', claim: 'aliyev-said-something-else' }];
    expect(problemsOfDoc(doc)).toEqual([{ location: at(`claims[${i}].links[0].claim`), message: 'unknown claim aliyev-said-something-else' }]);
  });

  it('reports an unknown gazetteer key, listing the known ones', () => {
    const doc = load();
    doc.entities[0].gazetteer = 'shusha-typo';
    const [problem, ...rest] = problemsOfDoc(doc);
    expect(rest).toEqual([]);
    expect(problem.location).toBe(at('entities[0].gazetteer'));
    expect(problem.message).toMatch(/unknown gazetteer key shusha-typo; known: .*stepanakert/);
  });

  it('reports a relative date when the article has no publication date', () => {
    const undated = parseArticle(article.text);
    expect(undated.publishedAt).toBeUndefined();
    try {
      curateArticle(realYaml, undated, FILE);
      expect.unreachable('an undated article cannot resolve "Monday"');
    } catch (error) {
      expect(error).toBeInstanceOf(AnnotationError);
      const problems = (error as AnnotationError).problems;
      const shootdown = load().entities.findIndex((e) => e.id === 'event:russian-helicopter-shootdown');
      expect(problems).toContainEqual({ location: at(`entities[${shootdown}].date`), message: expect.stringContaining('publication date') });
    }
  });

  it('reports all problems of a file at once: an unknown entity and a missing quote are both listed', () => {
    const doc = load();
    const subject = claimAt(doc, 'shushi-overlooks-stepanakert');
    const quote = claimAt(doc, 'helicopter-accompanied-military-convoy');
    doc.claims[subject].subject = 'place:atlantis';
    doc.claims[quote].evidence[0].quote = 'the helicopter was escorting a military convoy';
    const problems = problemsOfDoc(doc);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        { location: at(`claims[${subject}].subject`), message: expect.stringContaining('unknown entity place:atlantis') },
        { location: at(`claims[${quote}].evidence[0].quote`), message: expect.stringContaining('quote not found verbatim') },
      ]),
    );
  });

  it('reports all schema problems of a file at once', () => {
    const doc = load();
    doc.claims[0].status = 'RUMOURED';
    doc.claims[1].confidence = 2;
    const locations = problemsOfDoc(doc).map((p) => p.location);
    expect(locations).toEqual(expect.arrayContaining([at('claims[0].status'), at('claims[1].confidence')]));
  });

  it('reports a quote that does not lie inside one sentence, since its evidence could name no sentence that holds it', () => {
    // Provenance invariant: the evidence's sentence contains [start, end). A quote running from one
    // sentence into the next, or starting in the blank line between them, breaks it.
    const doc = load();
    const i = claimAt(doc, 'shootdown-killed-two-servicemen');
    doc.claims[i].evidence.push({ quote: 'killing two servicemen.\n\nThe incident occurred' });
    const j = claimAt(doc, 'russia-stated-helicopter-statement');
    doc.claims[j].evidence.push({ quote: '\n\nRussia said Monday' });
    const locations = problemsOfDoc(doc).map((p) => p.location);
    expect(locations).toEqual(expect.arrayContaining([at(`claims[${i}].evidence[1].quote`), at(`claims[${j}].evidence[1].quote`)]));
  });
});

describe('seed files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-seed-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the annotation and the missing article file when the article is not beside it', () => {
    const sub = mkdtempSync(path.join(dir, 'no-article-'));
    const annotation = path.join(sub, ANNOTATION_FILE);
    writeFileSync(annotation, realYaml);
    expect(() => buildSeedBatch(annotation)).toThrow(`${annotation}: article.file: the article ${path.join(sub, ARTICLE_FILE)} does not exist`);
  });

  it('reads the article named by a quoted file: value (valid YAML for the same name)', () => {
    const sub = mkdtempSync(path.join(dir, 'quoted-'));
    copyFileSync(new URL(ARTICLE_FILE, SEED_DIR), path.join(sub, ARTICLE_FILE));
    const annotation = path.join(sub, 'quoted.annotation.yaml');
    writeFileSync(annotation, realYaml.replace(`  file: ${ARTICLE_FILE}\n`, `  file: "${ARTICLE_FILE}"\n`));
    expect(readFileSync(annotation, 'utf8')).toContain(`file: "${ARTICLE_FILE}"`);
    expect(buildSeedBatch(annotation).claims).toHaveLength(load().claims.length);
  });

  it('lists the shipped seed annotations', () => {
    expect(seedAnnotationFiles().map((f) => path.basename(f))).toContain(ANNOTATION_FILE);
  });
});

describe.each(BACKENDS)('seeding a broken annotation [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let store: GraphStore;
    let dir: string;
    let seeded: StoreCounts;

    /** Writes a variant (under a new article key, so any partial write would show) beside a copy of the article. */
    const writeVariant = (name: string, mutate: (doc: Doc) => void): string => {
      const doc = load();
      doc.article.id = `broken-${name}`;
      mutate(doc);
      const file = path.join(dir, `${name}.annotation.yaml`);
      writeFileSync(file, stringify(doc));
      return file;
    };
    const allIds = async () => ({
      entities: (await store.entitiesPage(undefined, { first: 1000 })).items,
      claims: (await store.claimsPage({}, { first: 1000 })).items,
      articles: (await store.articlesPage({ first: 100 })).items,
    });

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), `newsgraph-broken-${backend}-`));
      copyFileSync(new URL(ARTICLE_FILE, SEED_DIR), path.join(dir, ARTICLE_FILE));
      store = await openTestStore(backend);
      await seedStore(store);
      seeded = await store.counts();
    });
    afterAll(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it(`[${backend}] an annotation with an unknown entity is refused and leaves the store as it was`, async () => {
      const before = await allIds();
      const file = writeVariant('unknown-entity', (doc) => {
        doc.entities = doc.entities.filter((e) => e.id !== 'actor:ilham-aliyev');
      });
      const failure = seedStore(store, [file]);
      await expect(failure).rejects.toThrow(AnnotationError);
      await expect(seedStore(store, [file])).rejects.toThrow(/unknown entity actor:ilham-aliyev/);
      expect(await store.counts()).toEqual(seeded);
      expect(await allIds()).toEqual(before);
      expect(await store.getArticles(['article:broken-unknown-entity'])).toEqual([null]);
    });

    it(`[${backend}] an annotation with a quote not in the article is refused and leaves the store as it was`, async () => {
      const file = writeVariant('bad-quote', (doc) => {
        doc.entities.push({ id: 'place:new-town', kind: 'PLACE', subtype: 'city', name: 'New Town' });
        doc.claims[0].evidence[0].quote = 'a quote the article never had';
      });
      await expect(seedStore(store, [file])).rejects.toThrow(AnnotationError);
      expect(await store.counts()).toEqual(seeded);
      expect(await store.getEntities(['place:new-town'])).toEqual([null]);
    });

    it(`[${backend}] a good file and a broken one together write nothing, not even the good one`, async () => {
      await store.clearAll();
      try {
        const broken = writeVariant('with-good', (doc) => {
          doc.claims[0].predicate = 'HOVERS_OVER';
        });
        const good = fileURLToPath(new URL(ANNOTATION_FILE, SEED_DIR));
        await expect(seedStore(store, [good, broken])).rejects.toThrow(AnnotationError);
        expect(await store.counts()).toEqual({ articles: 0, entities: 0, claims: 0, evidence: 0, mentions: 0, edges: 0 });
      } finally {
        await seedStore(store);
      }
      expect(await store.counts()).toEqual(seeded);
    });
  });
});
