import type { SentenceGraph } from '../nlp/dependencies.js';

// Verbs that report what someone said: the statement stage reads speech clauses by them, and the
// argument readers use them to tell a speaker from an agent and to find who spoke last.
export const SPEECH_VERBS = new Set(
  ('say tell tweet write post announce claim allege insist deny reject confirm admit acknowledge warn accuse add state report explain ' +
    'argue note stress assert declare maintain dismiss suggest vow promise urge threaten predict estimate reveal disclose indicate ' +
    'concede reiterate quote describe demand pledge appeal condemn blame testify recount complain emphasize emphasise inform believe ' +
    'contend remind caution suspect call cite denounce ask question downplay comment criticize criticise')
    .split(' '),
);

/**
 * "three men who Saudi officials say killed 22 people": the parse makes the speech verb an auxiliary
 * of the verb it reports (and its speaker that verb's subject); the noun the reported clause describes.
 */
export function describedBySpeech(g: SentenceGraph, verb: number): number | undefined {
  if (!g.children(verb, ['aux']).some((e) => SPEECH_VERBS.has(g.token(e.token).lemma))) return undefined;
  return g.parents(verb, ['acl:relcl'])[0]?.token;
}
