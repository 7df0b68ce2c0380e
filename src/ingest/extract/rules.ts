// The claim rules file (seed/lexicon/claim-rules.yaml), compiled once: slot and macro syntax
// turned into JavaScript regular expressions.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CLAIM_STATUSES } from '../../model/records.js';
import { loadVocabulary, SEED_DIR } from '../data-files.js';

const SlotKind = z.enum(['PLACE', 'ACTOR', 'COUNTRY', 'STATE', 'ANY']);

const RuleSpec = z
  .object({
    id: z.string().regex(/^[a-z0-9.-]+$/),
    predicate: z.string(),
    pattern: z.string(),
    /** "event": the claim's subject is the event the rule creates (a shootdown that killed two);
     * "speaker": the party whose statement the claim is in ("X said victims would receive compensation"). */
    subject: z.enum(['event', 'speaker']).optional(),
    /** "event": the claim's object is the event the rule creates (who signed a ceasefire). */
    object: z.literal('event').optional(),
    /** Where a subject the text leaves implicit comes from ("Many have arrived at Hamdayet"). */
    subject_fallback: z.enum(['previous-population', 'last-taker']).optional(),
    subject_only: z.boolean().optional(),
    swap: z.boolean().optional(),
    quantity: z.object({ value: z.string(), unit: z.string() }).optional(),
    qualifiers: z.record(z.string(), z.string()).optional(),
    event: z
      .object({
        type: z.string(),
        location: z.enum(['subject', 'object']).optional(),
        participants: z.partialRecord(z.enum(['subject', 'object']), z.string()).optional(),
        /** since: dated by the "since …" of its sentence (a flight that goes on), else undated. */
        date: z.literal('since').optional(),
      })
      .optional(),
    status: z.enum(CLAIM_STATUSES).optional(),
    /** A named group holding a demonym whose country's place is the object. */
    country: z.string().optional(),
    country_as: z.enum(['place', 'state']).optional(),
    /** Where an object the text leaves implicit comes from. */
    fallback: z.enum(['previous-place', 'main-place', 'previous-region', 'previous-road', 'previous-state', 'last-event', 'last-event-place']).optional(),
    confidence: z.number().min(0).max(1),
  })
  .strict();

const AttributionSpec = z
  .object({
    id: z.string(),
    pattern: z.string(),
    status: z.enum(CLAIM_STATUSES).optional(),
    scope: z.enum(['after', 'sentence']),
  })
  .strict();

const RulesFile = z.object({
  macros: z.record(z.string(), z.string()),
  background: z.array(z.string()).default([]),
  attribution: z.array(AttributionSpec),
  rules: z.array(RuleSpec),
});

export type Rule = z.infer<typeof RuleSpec> & {
  regex: RegExp;
  /** Words one of which every match contains (lower case), so a sentence without any is skipped. */
  cue?: string[];
};
export type AttributionRule = z.infer<typeof AttributionSpec> & { regex: RegExp; cue?: string[] };

/** Slot tokens in a masked sentence: ⟦<mention index>:<PLACE|ACTOR|COUNTRY>:<thing category or named>⟧. */
export const SLOT_OPEN = '⟦';
export const SLOT_CLOSE = '⟧';

function compile(pattern: string, macros: Record<string, string>, ruleId: string): RegExp {
  let source = pattern.replace(/\{([A-Z_]+)\}/g, (_m, name: string) => {
    const macro = macros[name];
    if (macro === undefined) throw new Error(`claim rule ${ruleId}: unknown macro {${name}}`);
    return macro;
  });
  // <name:KIND> or <name:KIND/category|category>: a slot, optionally only for things of a category.
  source = source.replace(/<(\w+):(PLACE|ACTOR|COUNTRY|STATE|ANY)(?:\/([\w|-]+))?>/g, (_m, name: string, kind: z.infer<typeof SlotKind>, categories?: string) => {
    const kinds = kind === 'ANY' ? 'PLACE|ACTOR|COUNTRY' : kind === 'COUNTRY' || kind === 'STATE' ? 'COUNTRY' : `${kind}|COUNTRY`;
    const group = name === 'ANY' ? '\\d+' : `(?<${name}>\\d+)`;
    return `${SLOT_OPEN}${group}:(?:${kinds}):(?:${categories ?? '[\\w-]+'})${SLOT_CLOSE}`;
  });
  try {
    return new RegExp(source, 'gu');
  } catch (error) {
    throw new Error(`claim rule ${ruleId}: invalid pattern: ${(error as Error).message}`);
  }
}

/** The end of the group opening at `open` (pattern[open] === '('). */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return pattern.length;
}

/**
 * A cue for a pattern: the words of a literal, or of a group of literal alternatives, that is not
 * optional at the pattern's top level ("claimed responsibility", "(?:shelled|attacked)"). Matching
 * is case-sensitive, so each match contains one of them; a sentence with none cannot match.
 */
export function cueOf(pattern: string): string[] | undefined {
  // A pattern with alternatives at its top level has no word every match needs.
  for (let i = 0, depth = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
  }
  const optional = (at: number) => /^(?:\?|\*|\{0,)/.test(pattern.slice(at));
  let best: string[] | undefined;
  const consider = (words: string[]) => {
    const clean = words.map((w) => w.toLowerCase());
    if (clean.every((w) => w.length >= 4) && (!best || Math.min(...clean.map((w) => w.length)) > Math.min(...best.map((w) => w.length)))) best = clean;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (c === '<' || c === '{') {
      i = pattern.indexOf(c === '<' ? '>' : '}', i);
      if (i < 0) break;
    } else if (c === '(') {
      const end = groupEnd(pattern, i);
      const body = pattern.slice(i + 1, end).replace(/^\?(?::|<\w+>)/, '');
      if (!pattern.startsWith('(?', i) || /^\(\?(?::|<\w+>)/.test(pattern.slice(i))) {
        const alternatives = body.split('|');
        if (!optional(end + 1) && alternatives.every((a) => /^[a-z][a-z '’-]*$/.test(a))) consider(alternatives.map((a) => a.split(' ').sort((x, y) => y.length - x.length)[0]));
      }
      i = end;
    } else if (/[a-z]/.test(c)) {
      const word = /^[a-z]+/.exec(pattern.slice(i))![0];
      const after = i + word.length;
      if (!/[a-z]/i.test(pattern[i - 1] ?? '') && !optional(after) && !/^\|/.test(pattern.slice(after)) && !/\|$/.test(pattern.slice(0, i))) consider([word]);
      i = after - 1;
    }
  }
  return best;
}

let cached: Rules | undefined;

export interface Rules {
  rules: Rule[];
  attribution: AttributionRule[];
  /** Predicates stated as background (geography, titles): REPORTED even inside a reported sentence. */
  background: Set<string>;
}

export function loadRules(file = `${SEED_DIR}lexicon/claim-rules.yaml`): Rules {
  if (cached && file === `${SEED_DIR}lexicon/claim-rules.yaml`) return cached;
  const spec = RulesFile.parse(parseYaml(readFileSync(file, 'utf8')));
  const vocabulary = loadVocabulary();
  for (const rule of spec.rules) {
    if (!vocabulary.has(rule.predicate)) throw new Error(`claim rule ${rule.id}: unknown predicate ${rule.predicate}`);
  }
  const withRegex = <R extends { id: string; pattern: string }>(rule: R) => {
    const cue = cueOf(rule.pattern);
    return { ...rule, regex: compile(rule.pattern, spec.macros, rule.id), ...(cue ? { cue } : {}) };
  };
  const compiled = {
    rules: spec.rules.filter((r) => r.confidence > 0).map(withRegex),
    attribution: spec.attribution.map(withRegex),
    background: new Set(spec.background),
  };
  if (file === `${SEED_DIR}lexicon/claim-rules.yaml`) cached = compiled;
  return compiled;
}
