// Who suffered an act: the subject of a passive or of a verb of suffering ("were killed", "died"),
// and of a participle whose passive auxiliary was left out ("… and three injured"). Read by the
// claim patterns and by the argument reader alike.
import type { SentenceGraph } from '../nlp/dependencies.js';

/** Verbs whose subject suffered the act a noun under them names. */
const SUFFERING = new Set(['die', 'perish', 'suffer', 'sustain', 'wound', 'injure']);
/** Of these, the verbs whose object, when they have one, is who suffered ("militants wounded seven others in an attack"). */
const HARMING = new Set(['wound', 'injure']);

/** Whether a verb's subject suffered its act ("were killed", "died"): a passive or a verb of suffering. */
export const suffers = (g: SentenceGraph, verb: number) => g.passive(verb) || (SUFFERING.has(g.token(verb).lemma) && !(HARMING.has(g.token(verb).lemma) && g.children(verb, ['obj']).length));

/**
 * A past participle with a subject but neither auxiliary nor object, joined to a passive or after
 * "while", is a passive whose auxiliary was left out ("… were killed and ten others wounded", "left
 * three dead while several others wounded"): its subject is who suffered the act.
 */
export function elidedPassive(g: SentenceGraph, trigger: number): boolean {
  if (g.token(trigger).pos !== 'VBN' || !g.children(trigger, ['nsubj']).length || g.children(trigger, ['aux', 'aux:pass', 'obj']).length) return false;
  // Joined to a passive or a verb of suffering ("twelve civilians have died and over 25 wounded"), or
  // a clause of its own after "while" (a verb the tagger took for a participle is neither).
  return g.parents(trigger, ['conj:*']).some((e) => suffers(g, e.token)) || g.children(trigger, ['mark']).some((e) => g.token(e.token).lemma === 'while');
}
