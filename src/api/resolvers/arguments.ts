// Argument rules beyond what the SDL's types enforce; each failure names what is valid.
import { loadVocabulary } from '../../model/vocabulary.js';
import { MAX_PATH_HOPS } from '../../store/port.js';
import { badUserInput } from '../errors.js';

export const MAX_NEIGHBORHOOD_HOPS = 3;
export const MAX_IDS = 100;

export function checkPredicate(predicate: string, argument: string): string {
  const vocabulary = loadVocabulary();
  if (!vocabulary.has(predicate)) {
    throw badUserInput(`"${argument}": unknown predicate ${JSON.stringify(predicate)}; valid predicates: ${[...vocabulary.keys()].sort().join(', ')}`, argument);
  }
  return predicate;
}

export function checkRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`"${argument}" must be between ${min} and ${max}, got ${value}`, argument);
  }
  return value;
}

export const checkMaxHops = (value: number) => checkRange(value, 1, MAX_PATH_HOPS, 'maxHops');
export const checkHops = (value: number) => checkRange(value, 1, MAX_NEIGHBORHOOD_HOPS, 'hops');

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD). */
export function checkIsoDate(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!ISO_PREFIX.test(value)) throw badUserInput(`"${argument}" must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, argument);
  return value;
}
