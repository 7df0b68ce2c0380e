// A folder of generated wire-style articles for the folder-ingest benchmark (`npm run ingest --
// <folder>` into each store). Deterministic: same count and seed → byte-identical files.
//
// The articles name countries, their forces and capitals from the shipped lexicon (so they resolve
// to entities the seed graph and earlier articles created) and towns from a fixed pool of invented
// names (new, provisional entities that later articles name again), in sentences the claim rules
// read: attribution, control of territory, distance, casualties, displacement, denials.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { mulberry32 } from './synthetic-graph.js';

const LEXICON = fileURLToPath(new URL('../../seed/lexicon/entities.yaml', import.meta.url));

interface Country {
  name: string;
  demonym: string;
  capital: string;
}

function countries(): Country[] {
  const lexicon = parseYaml(readFileSync(LEXICON, 'utf8')) as { countries: { name: string; demonyms: string[]; capital?: string }[] };
  return lexicon.countries
    .filter((c) => c.capital && c.demonyms.length)
    .map((c) => ({ name: c.name, demonym: c.demonyms[0], capital: c.capital as string }));
}

const SYLLABLES = ['ka', 'ra', 'to', 'mi', 'sha', 'vel', 'dor', 'an', 'ki', 'lu', 'ber', 'go', 'zan', 'tu', 'nor', 'ye'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function townName(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  const word = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  return word[0].toUpperCase() + word.slice(1);
}

/** Writes `count` articles (`0001.txt`, …) into `dir`, replacing what was there; returns their paths. */
export function writeArticleFolder(dir: string, count: number, seed = 20201109): string[] {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const nations = countries();
  const towns = [...new Set(Array.from({ length: 400 }, () => townName(random)))];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const [a, b] = [pick(nations), pick(nations)];
    const town = pick(towns);
    const other = pick(towns);
    const day = 1 + (i % 28);
    const body = [
      `${a.name} said on ${pick(WEEKDAYS)} that its forces had taken control of ${town}, a town near ${a.capital}.`,
      `${town} is about ${5 + Math.floor(random() * 140)}km from ${other}.`,
      `${b.demonym} officials denied that ${a.demonym} troops had entered ${other}, according to a statement from the ${b.name} Defense Ministry.`,
      `Shelling near ${other} killed ${2 + Math.floor(random() * 30)} people, the ${b.demonym} Foreign Ministry said.`,
      `About ${(1 + Math.floor(random() * 40)) * 500} people have fled ${town} since the fighting began, the United Nations said on ${pick(WEEKDAYS)}.`,
      `Dispatch ${i} of the benchmark folder.`,
    ].join(' ');
    const header = [
      `title: Fighting near ${town} (${i})`,
      `published: 2021-03-${String(day).padStart(2, '0')}`,
      'publisher: Bench Wire',
      `url: https://bench.invalid/folder/${i}`,
    ].join('\n');
    const file = path.join(dir, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, `${header}\n\n${body}\n`);
    files.push(file);
  }
  return files;
}
