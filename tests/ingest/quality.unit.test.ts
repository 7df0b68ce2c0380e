// The evaluation set and its scorer (src/ingest/eval/evaluate.ts, seed/eval/GUIDELINES.md): every
// gold file parses, quotes its article verbatim and names only entities it lists; the set is large
// and varied enough to mean something; and the scorer gives F1 1 to an extraction equal to the gold
// and 0 to an empty one. The held-out test sets are checked for structure only, never scored here
// (`npm run eval -- --held-out SET` scores each once), so nothing here can be tuned on them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../src/ingest/article/parse-article.js';
import { EVAL_DIR, f1, GoldFile, scoreArticle } from '../../src/ingest/eval/evaluate.js';
import type { Extraction } from '../../src/ingest/extract.js';
import type { ClaimRecord } from '../../src/model/records.js';

type Gold = ReturnType<typeof GoldFile.parse>;
const SETS = ['dev', 'test', 'test-2', 'test-3', 'test-4', 'test-5', 'test-6', 'test-7', 'test-8', 'test-9', 'test-10', 'test-11', 'test-12', 'test-13', 'test-14', 'test-15'] as const;

/** The gold files of a set, each with its article's body. */
function goldOf(set: (typeof SETS)[number]): { stem: string; text: string; gold: Gold }[] {
  const dir = `${EVAL_DIR}${set}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.gold\.yaml$/, '');
      return { stem, text: parseArticle(readFileSync(`${dir}${stem}.txt`, 'utf8')).text, gold: GoldFile.parse(parseYaml(readFileSync(dir + f, 'utf8'))) };
    });
}

/** Where the `occurrence`-th (1-based) copy of `quote` starts in `text`, or -1. */
function occurrenceAt(text: string, quote: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The country column of seed/eval/SOURCES.md, by article stem (its tables: one per set). */
function countriesByStem(): Map<string, string> {
  const byStem = new Map<string, string>();
  const rows = readFileSync(`${EVAL_DIR}SOURCES.md`, 'utf8').split('\n').filter((l) => l.startsWith('|'));
  const header = rows[0].split('|').map((c) => c.trim().toLowerCase());
  const stemAt = header.indexOf('stem');
  const countryAt = header.indexOf('country');
  expect(countryAt, 'SOURCES.md has a country column').toBeGreaterThan(0);
  for (const row of rows.filter((r) => !/^\|\s*(?:stem|---)/.test(r))) {
    const cells = row.split('|').map((c) => c.trim());
    byStem.set(cells[stemAt], cells[countryAt]);
  }
  return byStem;
}

describe('the evaluation set', () => {
  const sets = Object.fromEntries(SETS.map((set) => [set, goldOf(set)])) as Record<(typeof SETS)[number], ReturnType<typeof goldOf>>;

  it('has at least 30 dev articles and 12 articles in each held-out test set, each with a gold file that parses', () => {
    expect(sets.dev.length).toBeGreaterThanOrEqual(30);
    expect(sets.test.length).toBeGreaterThanOrEqual(12);
    expect(sets['test-2'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-3'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-4'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-5'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-6'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-7'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-8'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-9'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-10'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-11'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-12'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-13'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-14'].length).toBeGreaterThanOrEqual(12);
    expect(sets['test-15'].length).toBeGreaterThanOrEqual(12);
  });

  it('keeps each article in one set only', () => {
    const stems = SETS.flatMap((set) => sets[set].map((a) => a.stem));
    expect(stems.length).toBe(new Set(stems).size);
  });

  it.each(SETS)('%s: every statement content and claim evidence occurs verbatim in its article, at its occurrence', (set) => {
    for (const { stem, text, gold } of sets[set]) {
      for (const s of gold.statements) expect(occurrenceAt(text, s.content, s.occurrence), `${stem}: statement "${s.content}" #${s.occurrence ?? 1}`).toBeGreaterThanOrEqual(0);
      for (const c of gold.claims) expect(occurrenceAt(text, c.evidence, c.occurrence), `${stem}: evidence "${c.evidence}" #${c.occurrence ?? 1}`).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(SETS)('%s: every speaker, subject and object names an entity the gold file lists', (set) => {
    for (const { stem, gold } of sets[set]) {
      const names = new Set(gold.entities.map((e) => e.name));
      const used = [
        ...gold.statements.map((s) => s.speaker),
        ...gold.claims.flatMap((c) => [c.subject, c.object, c.speaker].filter((n): n is string => n !== undefined)),
      ];
      for (const name of used) expect(names.has(name), `${stem}: "${name}" is not a listed entity`).toBe(true);
    }
  });

  it('lists every article in a SOURCES table with its country, from at least 8 countries', () => {
    const countries = countriesByStem();
    const stems = SETS.flatMap((set) => sets[set].map((a) => a.stem));
    for (const stem of stems) expect(countries.get(stem), `${stem} has no SOURCES row with a country`).toMatch(/\S/);
    expect(new Set(stems.map((s) => countries.get(s))).size).toBeGreaterThanOrEqual(8);
  });
});

describe('scoreArticle', () => {
  const text = 'Police said gunmen killed three villagers in Hacari on Monday. The army denied it.';
  const gold: Gold = GoldFile.parse({
    entities: [
      { name: 'Hacari', kind: 'PLACE', type: 'city' },
      { name: 'police', kind: 'ACTOR', type: 'organisation', unnamed: true },
      { name: 'gunmen', kind: 'ACTOR', type: 'group', unnamed: true },
      { name: 'villagers', kind: 'ACTOR', type: 'group', unnamed: true },
    ],
    statements: [{ speaker: 'police', content: 'gunmen killed three villagers in Hacari on Monday', status: 'CLAIMED' }],
    claims: [{ predicate: 'KILLED', subject: 'gunmen', object: 'villagers', quantity: 3, status: 'CLAIMED', speaker: 'police', evidence: 'gunmen killed three villagers' }],
  });
  const quote = 'gunmen killed three villagers';
  const start = text.indexOf(quote);
  const killed: ClaimRecord = {
    id: 'claim:t:killed-0-0',
    articleId: 'article:t',
    predicate: 'KILLED',
    statement: 'Gunmen killed three villagers.',
    subjectId: 'actor:t-gunmen',
    objectId: 'actor:t-villagers',
    quantity: { value: 3, unit: 'people', approximate: false },
    qualifiers: {},
    status: 'CLAIMED',
    attributedTo: ['actor:t-police'],
    confidence: 0.8,
    origin: 'rule:killed',
    evidence: [{ articleId: 'article:t', quote, start, end: start + quote.length, sentence: 0 }],
    links: [],
  };
  const unnamed = (id: string, name: string, subtype: string) => ({ id, kind: 'ACTOR' as const, subtype, name, aliases: [], description: `Unnamed in the text: ${name}.`, provisional: true });
  const asGold: Extraction = {
    entities: [unnamed('actor:t-police', 'police', 'organisation'), unnamed('actor:t-gunmen', 'gunmen', 'group'), unnamed('actor:t-villagers', 'villagers', 'group')],
    newAliases: new Map(),
    resolutions: new Map(),
    claims: [killed],
    mentions: [],
    named: [{ ids: ['place:hacari'], name: 'Hacari', kind: 'PLACE', type: 'city', spellings: ['Hacari'] }],
  };
  const empty: Extraction = { entities: [], newAliases: new Map(), resolutions: new Map(), claims: [], mentions: [], named: [] };
  /** An extraction with the article's one unnamed "people", a named place and `claims`. */
  const withPeople = (place: Extraction['named'][number], claims: ClaimRecord[]): Extraction => ({ ...empty, entities: [unnamed('actor:t-people', 'people', 'group')], named: [place], claims });
  const timing = { nlpMs: 0, extractMs: 0 };
  /** A claim like `killed` with other fields, its evidence the quote where it stands in `said`. */
  const claimAt = (said: string, quote: string, fields: Partial<ClaimRecord>): ClaimRecord => {
    const start = said.indexOf(quote);
    return { ...killed, ...fields, evidence: [{ articleId: 'article:t', quote, start, end: start + quote.length, sentence: 0 }] };
  };

  it('gives F1 = 1 for entities, statements and claims when the extraction says exactly what the gold says, with statuses agreeing and evidence intact', () => {
    const score = scoreArticle('t', text, gold, asGold, timing);
    expect(score.details).toEqual({ missed: [], spurious: [] });
    expect(f1(score.entities)).toBe(1);
    expect(f1(score.statements)).toBe(1);
    expect(f1(score.claims)).toBe(1);
    expect(score.statementStatus).toEqual({ agree: 1, matched: 1 });
    expect(score.claimStatus).toEqual({ agree: 1, matched: 1 });
    expect(score.evidence).toEqual({ agree: 1, matched: 1 });
  });

  it('aligns each unnamed gold entity with the closest wording, not the first system entity with its head noun ("one protester" takes "protester", "at least six protesters" takes "protesters")', () => {
    const said = 'One protester said police killed at least six protesters.';
    const protestGold: Gold = GoldFile.parse({
      entities: [
        { name: 'police', kind: 'ACTOR', type: 'organisation', unnamed: true },
        { name: 'at least six protesters', kind: 'ACTOR', type: 'group', unnamed: true },
        { name: 'one protester', kind: 'ACTOR', type: 'person', unnamed: true },
      ],
      statements: [{ speaker: 'one protester', content: 'police killed at least six protesters', status: 'CLAIMED' }],
      claims: [{ predicate: 'KILLED', subject: 'police', object: 'at least six protesters', quantity: 6, status: 'CLAIMED', speaker: 'one protester', evidence: 'police killed at least six protesters' }],
    });
    const claim = claimAt(said, 'police killed at least six protesters', { statement: 'Police killed at least six protesters.', subjectId: 'actor:t-police', objectId: 'actor:t-protesters', quantity: { value: 6, unit: 'people', approximate: true }, attributedTo: ['actor:t-protester'] });
    const extraction: Extraction = {
      ...empty,
      // The single protester is listed first: a first-come alignment gave him to the six.
      entities: [unnamed('actor:t-protester', 'protester', 'person'), unnamed('actor:t-police', 'police', 'organisation'), unnamed('actor:t-protesters', 'protesters', 'group')],
      claims: [claim],
    };
    const score = scoreArticle('t', said, protestGold, extraction, timing);
    expect(score.details).toEqual({ missed: [], spurious: [] });
    expect(f1(score.statements)).toBe(1);
    expect(f1(score.claims)).toBe(1);
  });

  it('counts the claims of one speaker as one statement when their evidence overlaps through another, in whatever order they come', () => {
    const said = 'Officials said the attack killed two people in the capital, Maseru.';
    const oneGold: Gold = GoldFile.parse({
      entities: [{ name: 'Officials', kind: 'ACTOR', type: 'group', unnamed: true }],
      statements: [{ speaker: 'Officials', content: 'the attack killed two people in the capital, Maseru', status: 'CLAIMED' }],
      claims: [],
    });
    const by = { attributedTo: ['actor:t-officials'], status: 'CLAIMED' as const, objectId: undefined, quantity: undefined, subjectId: 'actor:t-officials' };
    const killed = claimAt(said, 'the attack killed two people', { ...by, id: 'claim:t:a', statement: 'The attack killed two people.' });
    const capital = claimAt(said, 'the capital, Maseru', { ...by, id: 'claim:t:b', predicate: 'LOCATED_IN', statement: 'Maseru is the capital.' });
    const whole = claimAt(said, 'the attack killed two people in the capital, Maseru', { ...by, id: 'claim:t:c', predicate: 'STATES', statement: 'The attack killed two people in the capital, Maseru.' });
    const extraction = (claims: ClaimRecord[]): Extraction => ({ ...empty, entities: [unnamed('actor:t-officials', 'officials', 'group')], claims });
    // The two parts first, then what joins them: one statement, not two.
    for (const claims of [[killed, capital, whole], [whole, killed, capital], [capital, whole, killed]]) {
      const score = scoreArticle('t', said, oneGold, extraction(claims), timing);
      expect(score.statements).toEqual({ goldCount: 1, systemCount: 1, truePositives: 1 });
    }
    // Two speakers' statements stay two, though a claim attributed to both overlaps each.
    const byWitnesses = { ...killed, id: 'claim:t:w', attributedTo: ['actor:t-witnesses'] };
    const byBoth = { ...whole, id: 'claim:t:both', attributedTo: ['actor:t-officials', 'actor:t-witnesses'] };
    const twoSpeakers: Extraction = { ...extraction([]), entities: [unnamed('actor:t-officials', 'officials', 'group'), unnamed('actor:t-witnesses', 'witnesses', 'group')], claims: [capital, byWitnesses, byBoth] };
    expect(scoreArticle('t', said, oneGold, twoSpeakers, timing).statements.systemCount).toBe(2);
  });

  it('aligns a gold entity by its own name before one of its aliases ("Namibian Government" takes "namibian government", not the "government" its alias "the Government" names)', () => {
    const said = 'The Namibian Government said it repulsed an attack.';
    const govGold: Gold = GoldFile.parse({
      entities: [{ name: 'Namibian Government', kind: 'ACTOR', type: 'organisation', unnamed: true, aliases: ['the Government'] }],
      statements: [{ speaker: 'Namibian Government', content: 'it repulsed an attack', status: 'CLAIMED' }],
      claims: [],
    });
    const states = claimAt(said, 'it repulsed an attack', { predicate: 'STATES', statement: 'It repulsed an attack.', subjectId: 'actor:namibian-government', objectId: undefined, quantity: undefined, attributedTo: ['actor:namibian-government'] });
    const extraction: Extraction = {
      ...empty,
      named: [
        { ids: ['actor:government'], name: 'Government', kind: 'ACTOR', type: 'organisation', spellings: ['Government'] },
        { ids: ['actor:namibian-government'], name: 'Namibian Government', kind: 'ACTOR', type: 'organisation', spellings: ['Namibian Government'] },
      ],
      claims: [states],
    };
    const score = scoreArticle('t', said, govGold, extraction, timing);
    expect(f1(score.statements)).toBe(1);
  });

  it('aligns a named gold entity with a system entity whose name only adds words before it ("interior ministry" with "Tajikistan\'s interior ministry"), not a one-word name inside a longer one', () => {
    const said = "Tajikistan's interior ministry said six people were detained.";
    const ministryGold: Gold = GoldFile.parse({
      entities: [{ name: 'interior ministry', kind: 'ACTOR', type: 'organisation' }],
      statements: [{ speaker: 'interior ministry', content: 'six people were detained', status: 'CLAIMED' }],
      claims: [],
    });
    const states = claimAt(said, 'six people were detained', { predicate: 'STATES', statement: 'Six people were detained.', subjectId: 'actor:t-tajikistans-interior-ministry', objectId: undefined, quantity: undefined, attributedTo: ['actor:t-tajikistans-interior-ministry'] });
    const extraction: Extraction = { ...empty, entities: [unnamed('actor:t-tajikistans-interior-ministry', "Tajikistan's interior ministry", 'organisation')], claims: [states] };
    expect(f1(scoreArticle('t', said, ministryGold, extraction, timing).statements)).toBe(1);
    const oneWord: Gold = GoldFile.parse({ entities: [{ name: 'ministry', kind: 'ACTOR', type: 'organisation' }], statements: [{ speaker: 'ministry', content: 'six people were detained', status: 'CLAIMED' }], claims: [] });
    expect(f1(scoreArticle('t', said, oneWord, extraction, timing).statements)).toBe(0);
  });

  it('aligns a gold group named by its count alone ("nine dead", "more than 1,200") with the system\'s "people"', () => {
    const said = 'Police said the blast left nine dead.';
    const countGold: Gold = GoldFile.parse({
      entities: [
        { name: 'police', kind: 'ACTOR', type: 'organisation', unnamed: true },
        { name: 'nine dead', kind: 'ACTOR', type: 'group', unnamed: true },
      ],
      statements: [{ speaker: 'police', content: 'the blast left nine dead', status: 'CLAIMED' }],
      claims: [{ predicate: 'KILLED', subject: 'police', object: 'nine dead', quantity: 9, status: 'CLAIMED', speaker: 'police', evidence: 'left nine dead' }],
    });
    const claim = claimAt(said, 'left nine dead', { statement: 'The blast left nine dead.', subjectId: 'actor:t-police', objectId: 'actor:t-people', quantity: { value: 9, unit: 'people', approximate: false }, attributedTo: ['actor:t-police'] });
    const extraction: Extraction = { ...empty, entities: [unnamed('actor:t-police', 'police', 'organisation'), unnamed('actor:t-people', 'people', 'group')], claims: [claim] };
    const score = scoreArticle('t', said, countGold, extraction, timing);
    expect(score.details).toEqual({ missed: [], spurious: [] });
    expect(f1(score.claims)).toBe(1);
  });

  it('aligns every gold group of people named by its count with the system\'s one "people", each claim matching by its number ("at least 21 people are dead", "up to 20 injured")', () => {
    const said = 'At least 21 people are dead and up to 20 injured in Niigata.';
    const countsGold: Gold = GoldFile.parse({
      entities: [
        { name: 'Niigata', kind: 'PLACE', type: 'region' },
        { name: 'at least 21 people', kind: 'ACTOR', type: 'group', unnamed: true },
        { name: 'up to 20 injured', kind: 'ACTOR', type: 'group', unnamed: true },
      ],
      claims: [
        { predicate: 'KILLED', subject: 'Niigata', object: 'at least 21 people', quantity: 21, status: 'REPORTED', evidence: 'At least 21 people are dead' },
        { predicate: 'INJURED', subject: 'Niigata', object: 'up to 20 injured', quantity: 20, status: 'REPORTED', evidence: 'up to 20 injured' },
      ],
    });
    const reported = { attributedTo: [], status: 'REPORTED' as const, subjectId: 'place:niigata', objectId: 'actor:t-people' };
    const dead = claimAt(said, 'At least 21 people are dead', { ...reported, statement: 'At least 21 people are dead.', quantity: { value: 21, unit: 'people', approximate: true } });
    const hurt = claimAt(said, 'up to 20 injured', { ...reported, id: 'claim:t:injured', predicate: 'INJURED', statement: 'Up to 20 injured.', quantity: { value: 20, unit: 'people', approximate: true } });
    const extraction = withPeople({ ids: ['place:niigata'], name: 'Niigata', kind: 'PLACE', type: 'region', spellings: ['Niigata'] }, [dead, hurt]);
    expect(f1(scoreArticle('t', said, countsGold, extraction, timing).claims)).toBe(1);
    // A claim still needs its own number.
    const wrong = { ...extraction, claims: [dead, { ...hurt, quantity: { value: 21, unit: 'people', approximate: true } }] };
    expect(scoreArticle('t', said, countsGold, wrong, timing).claims.truePositives).toBe(1);
    // A gold claim without a number about a shared group ("the dead") matches only a claim without one.
    const vague: Gold = GoldFile.parse({
      ...countsGold,
      entities: [...countsGold.entities, { name: 'the dead', kind: 'ACTOR', type: 'group', unnamed: true }],
      claims: [...countsGold.claims, { predicate: 'KILLED', subject: 'Niigata', object: 'the dead', status: 'REPORTED', evidence: 'At least 21 people are dead' }],
    });
    const another = { ...extraction, claims: [...extraction.claims, { ...dead, id: 'claim:t:killed-5', quantity: { value: 5, unit: 'people', approximate: false } }] };
    expect(scoreArticle('t', said, vague, another, timing).claims.truePositives).toBe(2);
    const unnumbered: Gold = GoldFile.parse({ ...countsGold, claims: [{ ...countsGold.claims[0], quantity: undefined }, countsGold.claims[1]] });
    expect(scoreArticle('t', said, unnumbered, another, timing).claims.truePositives).toBe(1);
    const none = { ...another, claims: [...another.claims, { ...dead, id: 'claim:t:killed-none', quantity: undefined }] };
    expect(scoreArticle('t', said, vague, none, timing).claims.truePositives).toBe(3);
  });

  it('counts "more than a dozen people" as people named by their count (the article of "a dozen" is part of it)', () => {
    const said = 'Two people were killed and more than a dozen people injured in Caracas.';
    const dozenGold: Gold = GoldFile.parse({
      entities: [
        { name: 'Caracas', kind: 'PLACE', type: 'city' },
        { name: 'two people', kind: 'ACTOR', type: 'group', unnamed: true },
        { name: 'more than a dozen people', kind: 'ACTOR', type: 'group', unnamed: true },
      ],
      claims: [
        { predicate: 'KILLED', subject: 'Caracas', object: 'two people', quantity: 2, status: 'REPORTED', evidence: 'Two people were killed' },
        { predicate: 'INJURED', subject: 'Caracas', object: 'more than a dozen people', quantity: 12, status: 'REPORTED', evidence: 'more than a dozen people injured' },
      ],
    });
    const reported = { attributedTo: [], status: 'REPORTED' as const, subjectId: 'place:caracas', objectId: 'actor:t-people' };
    const extraction = withPeople({ ids: ['place:caracas'], name: 'Caracas', kind: 'PLACE', type: 'city', spellings: ['Caracas'] }, [
      claimAt(said, 'Two people were killed', { ...reported, statement: 'Two people were killed.', quantity: { value: 2, unit: 'people', approximate: false } }),
      claimAt(said, 'more than a dozen people injured', { ...reported, id: 'claim:t:injured', predicate: 'INJURED', statement: 'More than a dozen people injured.', quantity: { value: 12, unit: 'people', approximate: true } }),
    ]);
    expect(f1(scoreArticle('t', said, dozenGold, extraction, timing).claims)).toBe(1);
  });

  it('gives F1 = 0 for an empty extraction, listing every gold item as missed', () => {
    const score = scoreArticle('t', text, gold, empty, timing);
    expect(f1(score.entities)).toBe(0);
    expect(f1(score.statements)).toBe(0);
    expect(f1(score.claims)).toBe(0);
    expect(score.details.missed).toHaveLength(3);
    expect(score.details.spurious).toEqual([]);
  });
});
