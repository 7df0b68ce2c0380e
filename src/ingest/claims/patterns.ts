// Typed claims from dependency patterns (seed/lexicon/claim-patterns.yaml): a trigger word and
// its arguments by relation, so one pattern covers the active, the passive, the participle and
// the noun. An act (a killing, a shootdown, a capture) also becomes an event with its place, day
// and participants, so casualty counts and later reports attach to it.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ResolvedDate } from '../../model/records.js';
import { normalizeName } from '../../model/search-keys.js';
import { loadVocabulary } from '../../model/vocabulary.js';
import { SEED_DIR } from '../data-files.js';
import type { Edge, SentenceGraph } from '../nlp/dependencies.js';
import { placeName, storyCountry } from './background.js';
import { type ArgumentEntity, type ArticleContext, PLACE_NOUNS } from './context.js';
import { dateOf, sentenceDate } from './dates.js';
import { describedBySpeech, SPEECH_VERBS } from './speech-verbs.js';
import { elidedPassive, suffers } from './suffering.js';

const Kind = z.enum(['PLACE', 'ACTOR']);
const PatternSpec = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    predicate: z.string(),
    verbs: z.array(z.string()).default([]),
    nouns: z.array(z.string()).default([]),
    /** Adjectives that trigger as a copula's predicate ("four sailors are *dead*"). */
    adjectives: z.array(z.string()).default([]),
    particle: z.string().optional(),
    /** Verb particles that make it another act ("shot *down*" is a shootdown, not shots at). */
    not_particles: z.array(z.string()).optional(),
    /** Words that, joined to the trigger or completing it, make the act something else ("shot *dead*", "shot and *killed*": a killing, not shots at). */
    not_with: z.array(z.string()).optional(),
    light_verbs: z.array(z.string()).optional(),
    /** For noun triggers: the preposition the noun must carry ("in control of" vs "under the control of"). */
    case: z.array(z.string()).optional(),
    /** The trigger's subject must be one of these nouns ("the *battle* continues"). */
    subject_nouns: z.array(z.string()).optional(),
    /** The trigger's direct object must be one of these nouns ("has 20,000 *peacekeepers* in Darfur"). */
    obj_nouns: z.array(z.string()).optional(),
    /** What an active verb sends must be one of these nouns ("sending troops", not "sending a delegation"). */
    sent_nouns: z.array(z.string()).optional(),
    /** The verb's complement (obj or xcomp) must be one of these adjectives or participles, by lemma or word ("left five people *dead*", "left one person *wounded*"). */
    complement: z.array(z.string()).optional(),
    subject: z.array(z.string()).default([]),
    object: z.array(z.string()).default([]),
    subject_kinds: z.array(Kind).optional(),
    object_kinds: z.array(Kind).optional(),
    /** No agent named: `place` where it happened (else the act's event); `speaker` the side speaking ("out of our control"); `event` always the act itself; `police` the police the story named (an arrest). */
    subject_fallback: z.enum(['place', 'speaker', 'event', 'police']).optional(),
    /** Whose number is the claim's quantity: the subject's, the object's, or (`moved`) what the verb sends or holds: its direct object, else its passive subject. */
    quantity: z.enum(['subject', 'object', 'moved']).optional(),
    event: z.string().optional(),
    /** `subject`: the act is claimed by its own subject wherever it is told ("X claimed responsibility for …"). */
    claimed_by: z.enum(['subject']).optional(),
    confidence: z.number().min(0).max(1),
  })
  .strict();
export type Pattern = z.infer<typeof PatternSpec>;

let cached: Pattern[] | undefined;
export function loadPatterns(file = `${SEED_DIR}lexicon/claim-patterns.yaml`): Pattern[] {
  if (cached) return cached;
  const patterns = z.object({ patterns: z.array(PatternSpec) }).parse(parseYaml(readFileSync(file, 'utf8'))).patterns;
  const vocabulary = loadVocabulary();
  for (const p of patterns) if (!vocabulary.has(p.predicate)) throw new Error(`${file}: pattern ${p.id} names predicate ${p.predicate}, which seed/vocabulary/predicates.yaml does not define`);
  cached = patterns;
  return patterns;
}

export interface PatternMatch {
  pattern: Pattern;
  sentence: number;
  trigger: number;
  /** Absent when the act's own event is the subject. */
  subjectId?: string;
  /** The text named no agent: the subject is where it happened, or the act itself. */
  subjectFallback: boolean;
  objectId?: string;
  quantity?: { value: number; unit: string; approximate: boolean };
  /** Token range the evidence covers: trigger and arguments. */
  first: number;
  last: number;
  placeId?: string;
  date?: ResolvedDate;
}

/** Verbs that, in the passive, report an act of their subject's ("were reported killed", "is feared dead"). */
const REPORTING = new Set(['report', 'believe', 'fear', 'confirm', 'presume', 'say', 'think', 'know']);

/** Clauses that do not share their governor's subject: what was reported, a relative clause. */
const REPORTED_CLAUSE = new Set(['ccomp', 'parataxis', 'csubj', 'acl:relcl']);

/** Places an act happened in, at or near: obl:in / obl:near / nmod:in … of the trigger. */
const PLACE_RELATIONS = ['obl:in', 'obl:near', 'obl:at', 'obl:outside', 'obl:inside', 'obl:over', 'obl:around', 'obl:across', 'obl:along', 'nmod:in', 'nmod:near', 'nmod:at', 'nmod:outside'];
const TIME_RELATIONS = ['obl:tmod', 'obl:on', 'obl:npmod', 'nmod:tmod', 'obl:during', 'obl:since', 'nmod:on', 'obl:in'];

export function matchPatterns(ctx: ArticleContext): PatternMatch[] {
  const patterns = loadPatterns();
  const out: PatternMatch[] = [];
  ctx.graphs.forEach((g, sentence) => {
    for (const t of g.sentence.tokens) {
      const verb = /^VB/.test(t.pos);
      const noun = /^NN/.test(t.pos);
      const predicative = /^JJ/.test(t.pos) && g.children(t.index, ['cop']).length > 0;
      for (const p of patterns) {
        if (!((verb && p.verbs.includes(t.lemma)) || (noun && p.nouns.includes(t.lemma)) || (predicative && p.adjectives.includes(t.lemma)))) continue;
        if (p.particle && !g.children(t.index, ['compound:prt']).some((e) => g.token(e.token).lemma === p.particle)) continue;
        if (p.not_particles && g.children(t.index, ['compound:prt']).some((e) => p.not_particles!.includes(g.token(e.token).lemma))) continue;
        // ("shot dead two protesters": the parse may make "dead" the object's adjective; it is the next word.)
        if (p.not_with && [...g.children(t.index, ['conj:*', 'xcomp', 'advmod', 'obj', 'dep']), ...afterObject(g, t.index), ...g.parents(t.index, ['conj:*']), { token: t.index + 1 }].some((e) => p.not_with!.includes(g.token(e.token)?.lemma))) continue;
        if (p.subject_nouns && !g.children(t.index, ['nsubj']).some((e) => p.subject_nouns!.includes(g.token(e.token).lemma))) continue;
        if (p.obj_nouns && !g.children(t.index, ['obj']).some((e) => p.obj_nouns!.includes(g.token(e.token).lemma))) continue;
        if (p.sent_nouns && g.children(t.index, ['obj']).some((e) => !p.sent_nouns!.includes(g.token(e.token).lemma.toLowerCase()))) continue;
        if (p.complement && !complementOf(g, t.index, p.complement)) continue;
        if (noun && p.case && !g.children(t.index, ['case']).some((e) => p.case!.includes(g.token(e.token).lemma))) continue;
        if (noun && p.light_verbs) {
          const gov = g.treeParent(t.index);
          // ("responsibility for the attacks was claimed by X": the passive's subject too.)
          if (!gov || !['obj', 'nsubj:pass'].includes(gov.dep) || !p.light_verbs.includes(g.token(gov.token).lemma)) continue;
        }
        if (unrealised(g, t.index)) continue;
        out.push(...matchOne(ctx, g, sentence, t.index, p, out));
      }
    }
  });
  return out;
}

function matchOne(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number, p: Pattern, before: readonly PatternMatch[]): PatternMatch[] {
  // The complement a pattern asks for ("left five people dead").
  const complement = p.complement ? complementOf(g, trigger, p.complement) : undefined;
  // A relation path: "nsubj", "gov.nsubj" (from the trigger's governor), "advcl:for>obj" (a dependent's dependent).
  const read = (relations: string[]): ArgumentEntity[] => {
    for (const relation of relations) {
      // "civilians killed by retreating forces": the noun a participle describes.
      if (relation === '^acl') {
        const parent = g.treeParent(trigger);
        const found = parent?.dep === 'acl' && /^VBN/.test(g.token(trigger).pos) ? ctx.entityAt(sentence, parent.token) : undefined;
        if (found) return [found];
        continue;
      }
      // "gunmen shot and killed 20 people": the object after two joined verbs is both verbs' (the
      // parse hangs it on the first).
      if (relation === '^conj>obj') {
        const parent = g.treeParent(trigger);
        const shared = parent?.dep === 'conj' && !g.children(trigger, ['obj']).length ? g.children(parent.token, ['obj']).map((e) => e.token).filter((t) => t > trigger) : [];
        const found = shared.map((t) => ctx.entityAt(sentence, t)).filter((a): a is ArgumentEntity => a !== undefined);
        if (found.length) return found;
        continue;
      }
      // "at least forty were reported killed", "two soldiers were believed killed": the subject of the
      // passive that reports the act suffered it.
      if (relation === '^raised') {
        const parent = g.treeParent(trigger);
        const raised = parent && ['xcomp', 'dep'].includes(parent.dep) && /^VBN/.test(g.token(trigger).pos) && !g.children(trigger, ['nsubj', 'nsubj:pass', 'obj']).length && REPORTING.has(g.token(parent.token).lemma) && g.passive(parent.token);
        const found = raised ? g.children(parent.token, ['nsubj:pass']).map((e) => ctx.entityAt(sentence, e.token)).filter((a): a is ArgumentEntity => a !== undefined) : [];
        if (found.length) return found;
        continue;
      }
      // "claimed responsibility for the attack": the target of the attack the story told before.
      if (relation.endsWith('>act')) {
        const acts = relation.slice(0, -4).split('>').reduce((ts, step) => ts.flatMap((t) => g.children(t, [step]).map((e) => e.token)), [trigger]);
        // (An attack's target, not the victims of its casualty counts.)
        const act = acts.some((t) => definite(g, t) && !g.children(t, ['nmod:on', 'nmod:at', 'nmod:against']).length) ? actBefore(before.filter((m) => m.pattern.predicate === p.predicate), sentence, p, 2) : undefined;
        if (act?.objectId) return [{ ids: [act.objectId], first: acts[0], last: acts[0] }];
        continue;
      }
      const up = relation.startsWith('gov.');
      // A participle or conjunct shares its governor's subject; a reported clause does not share its speaker.
      const parent = g.treeParent(trigger);
      if (up && (!parent || REPORTED_CLAUSE.has(parent.dep))) continue;
      if (up && !sharesGovernor(g, trigger, parent!, p)) continue;
      const start = up ? parent!.token : trigger;
      if (start === undefined) continue;
      let tokens = [start];
      const steps = (up ? relation.slice(4) : relation).split('>');
      steps.forEach((step, i) => {
        tokens = tokens.flatMap((t) => g.children(t, [step]).map((e) => e.token));
        // ("left five people dead and 20 wounded": the wounded are the subject of "wounded", not of "dead".)
        if (complement !== undefined && i === 0 && steps.length > 1 && (step === 'xcomp' || step === 'obj')) tokens = tokens.filter((t) => t === complement);
      });
      // ("killed in al-Shabab's attack" names the agent; "killed in Pakistan's Swat Valley" a place.)
      if (relation.startsWith('obl:in>')) tokens = tokens.filter((t) => g.parents(t).some((e) => MEANS.has(g.token(e.token)?.lemma ?? '')));
      // "According to the minister, Flores Araoz, Shining Path rebels have killed …": the group right
      // before the verb is its subject, though the parse made it an apposition of the person before it
      // (not a title in apposition: "General X, the Guards' commander, … were killed").
      const apposed = (t: number) =>
        g.token(t).ner === 'PERSON'
          ? g.children(t, ['appos']).map((e) => e.token).find((a) => a < trigger && !/^(?:PERSON|TITLE)$/.test(g.token(a).ner) && g.sentence.tokens.slice(g.span(a)[1], trigger - 1).every((w) => /^(?:MD|RB|VB[DPZ]?)$/.test(w.pos)))
          : undefined;
      if (relation === 'nsubj') tokens = tokens.map((t) => apposed(t) ?? t);
      // "the towns of Boodhaano, Galadiid and Yucub", "a major part of Sararogha": the places named.
      tokens = tokens.flatMap((t) => {
        const token = g.token(t);
        const of = (token.pos === 'NNS' && PLACE_NOUNS.has(token.lemma)) || PART_OF.has(token.lemma) ? g.children(t, ['nmod:of']).map((e) => e.token).filter((n) => ctx.nameAt(sentence, n)) : [];
        // "killed scores of civilians", "dozens of soldiers", "into a crowd of hundreds of protesting
        // workers": the people counted.
        const ofPeople = (n: number): number[] => (/^NNS?$/.test(g.token(n).pos) && VAGUE_COUNTS.has(g.token(n).lemma) ? g.children(n, ['nmod:of']).map((e) => ofPeople(e.token)[0] ?? e.token) : []);
        const counted = ofPeople(t);
        return of.length ? of : counted.length ? counted : [t];
      });
      const found = tokens
        .filter((t) => t !== trigger)
        .map((t) => ctx.entityAt(sentence, t))
        .filter((a): a is ArgumentEntity => a !== undefined);
      if (found.length) return found;
    }
    return [];
  };
  const place = placeOf(ctx, g, sentence, trigger);
  // "three were killed and ten others wounded": the second participle's subject suffered it.
  const elided = elidedPassive(g, trigger);
  let subjects = read(elided ? p.subject.filter((r) => r !== 'nsubj' && r !== 'gov.nsubj') : p.subject);
  let objects = read(elided ? p.object.map((r) => (r === 'nsubj:pass' ? 'nsubj' : r)) : p.object);
  // "three men who Saudi officials say killed 22 people": who did it is the noun the clause describes
  // (which the parse also makes an object), not the speaker it makes the subject.
  const described = describedBySpeech(g, trigger);
  if (described !== undefined) {
    const doer = ctx.entityAt(sentence, described);
    subjects = doer ? [doer] : [];
    objects = objects.filter((o) => !(o.first <= described && described <= o.last));
  }
  const choose = (arg: ArgumentEntity, kinds: ('PLACE' | 'ACTOR')[] | undefined, fallback: 'PLACE' | 'ACTOR') => {
    if (!ctx.isCountry(arg.ids)) return kinds && !kinds.includes(ctx.kindOf(arg.ids[0]) as 'PLACE' | 'ACTOR') ? undefined : arg.ids[0];
    return ctx.pick(arg.ids, kinds?.length === 1 ? kinds[0] : fallback);
  };
  // (A vehicle is not who acted: "struck and killed by a truck".)
  const vehicle = (id: string | undefined) => id !== undefined && ctx.made.get(id)?.subtype === 'equipment';
  // ("Japan's latest typhoon, which killed nearly 100 people": a disaster's country is where, not who.)
  const disaster = g.children(trigger, ['nsubj']).some((e) => DISASTERS.has(g.token(e.token).lemma));
  const subjectIds: { arg: ArgumentEntity; id: string | undefined }[] = p.subject_fallback === 'event' ? [] : subjects.map((s) => ({ arg: s, id: disaster ? ctx.pick(s.ids, 'PLACE') : choose(s, p.subject_kinds, 'ACTOR') })).filter((s) => s.id && !vehicle(s.id));
  // The act's subject is the means ("a Taliban attack killed", "a bomb planted by Maoist rebels
  // killed", "Israeli air strikes killed"): whoever the means belongs to.
  // A verb with no agent of its own ("died") may still have one by what caused it ("died in an
  // al-Shabab attack", "died after a suspected terrorist blew himself up").
  const agentless = p.subject.length === 0 && p.subject_fallback === 'place';
  if (!subjectIds.length && p.subject_fallback !== 'speaker' && (p.subject.includes('nsubj') || agentless)) {
    const agent = agentless
      ? (agentOfInPhrase(ctx, g, sentence, trigger, p, before) ?? agentOfCause(ctx, g, sentence, trigger))
      : (agentOfMeans(ctx, g, sentence, trigger) ?? agentOfActBefore(g, sentence, trigger, p, before) ?? agentOfJoinedAttack(g, sentence, trigger, p, before) ?? agentOfInPhrase(ctx, g, sentence, trigger, p, before) ?? agentOfCause(ctx, g, sentence, trigger));
    if (agent) subjectIds.push({ arg: agent, id: ctx.pick(agent.ids, 'ACTOR') ?? agent.ids[0] });
  }
  // "Gunmen attacked the camp … Three soldiers were killed": a casualty with no agent of its own,
  // told within two sentences of acts that were all one agent's, is that agent's (not when the dead
  // are attackers; further on, the story may have moved to another act).
  // (Not "died in another suicide attack": an act of its own.)
  const ownAct = g.children(trigger, ['obl:in', 'obl:during']).some((e) => MEANS.has(g.token(e.token).lemma) && !definite(g, e.token));
  // (So with an attack told by its noun and target alone: "the deadliest attack on officers".)
  const bareAttack = p.predicate === 'ATTACKED' && !p.light_verbs && /^NN/.test(g.token(trigger).pos) && objects.length > 0;
  // (Not a death told by its noun, "after the murder of three seminary students", nor one told as the
  // time of another act, "48 hours after two soldiers were killed": an earlier act, told in passing.)
  const inPassing = p.subject_fallback === 'place' && (/^NN/.test(g.token(trigger).pos) || g.parents(trigger).some((e) => /^(?:advcl|obl|nmod):(?:after|before|since)$/.test(e.dep)));
  if (!subjectIds.length && p.event === 'attack' && (p.subject_fallback === 'place' || bareAttack) && !inPassing && !ownAct && !objects.some((o) => attackersAmong(g, o))) {
    // (An attack's noun takes the agent only of an act on the same target: "one gunman killed five
    // police officers, the deadliest attack on officers".)
    const targets = new Set(objects.flatMap((o) => o.ids));
    const agent = soleAgent(bareAttack && p.subject_fallback !== 'place' ? before.filter((m) => m.objectId && targets.has(m.objectId)) : before, sentence, p);
    if (agent) subjectIds.push({ arg: { ids: [agent], first: trigger, last: trigger }, id: agent });
  }
  // "one man was arrested": who arrests when the text names no one is the police the story named.
  // (Only a passive arrest or custody that happened: not "Coke must be arrested", "must be taken into
  // custody", whose modal hangs on the verb that governs the noun.)
  const verbOf = /^NN/.test(g.token(trigger).pos) ? (g.treeParent(trigger)?.token ?? trigger) : trigger;
  const arrest = (g.passive(trigger) || /^NN/.test(g.token(trigger).pos)) && !g.children(verbOf, ['aux']).some((e) => g.token(e.token).pos === 'MD');
  if (!subjectIds.length && p.subject_fallback === 'police' && arrest) {
    const police = policeBefore(ctx, sentence, trigger);
    if (police) subjectIds.push({ arg: { ...police, first: trigger, last: trigger }, id: police.ids[0] });
  }
  const subjectFallback = subjectIds.length === 0;
  // A casualty's place may be named further down its clause ("killed … after grenade attacks in Kigali").
  const own = place ?? (p.subject_fallback === 'place' ? placeBelow(ctx, g, sentence, trigger) : undefined);
  // No agent: where it happened — the act's own place, else the place the story last named (a
  // casualty count rarely repeats where).
  // (None named yet: the story's country, "Nicaraguan officials say at least 60 people have been killed".)
  const where = own ?? (p.subject_fallback === 'place' ? (storyPlace(ctx, sentence, g.token(trigger).start) ?? countryOf(ctx)) : undefined);
  if (!subjectIds.length && p.subject_fallback === 'place' && where) subjectIds.push({ arg: { ids: [where.id], first: where.first, last: where.last }, id: where.id });
  // No agent and no place: the act itself (its event) is the subject ("the death of 20 soldiers").
  // (The speaker is known only once statements are matched; the claims stage fills it in.)
  if (!subjectIds.length && (p.subject_fallback === 'speaker' || (p.event && (p.subject_fallback === 'place' || p.subject_fallback === 'event')))) {
    subjectIds.push({ arg: { ids: [], first: trigger, last: trigger }, id: undefined });
  }
  // "leaving six dead": no noun for the people, only the complement's number.
  // ("… and 20 wounded": the number may be the complement's subject.)
  const numberSubject = complement === undefined ? undefined : g.children(complement, ['nsubj']).find((e) => g.token(e.token).pos === 'CD');
  const counted = complement === undefined || objects.length ? undefined : numberSubject ? ctx.countAt(sentence, numberSubject.token) : ctx.countOf(sentence, complement);
  if (counted?.count) objects.push({ ids: [ctx.unnamed('people', 'ACTOR', 'group')], first: counted.at ?? complement!, last: complement!, count: counted.count });
  const objectIds = objects.map((o) => ({ arg: o, id: choose(o, p.object_kinds, 'PLACE') })).filter((o) => o.id);
  const spec = loadVocabulary().get(p.predicate)!;
  if (!subjectIds.length || (spec.object === 'entity' && !objectIds.length)) return [];
  const date = dateOf(ctx, sentence, g.children(trigger, TIME_RELATIONS).map((e) => e.token)) ?? sentenceDate(ctx, sentence, g.span(trigger));
  const movedNoun = p.quantity === 'moved' ? g.children(trigger, ['obj', 'nsubj:pass'])[0]?.token : undefined;
  const moved = movedNoun === undefined ? undefined : ctx.countOf(sentence, movedNoun).count;
  const out: PatternMatch[] = [];
  for (const s of subjectIds) {
    for (const o of objectIds.length ? objectIds : [undefined]) {
      if (o && s.id && o.id === s.id) continue;
      const counted = p.quantity === 'object' ? elidedCount(ctx, g, sentence, trigger, elided) || o?.arg.count : p.quantity === 'subject' ? s.arg.count : p.quantity === 'moved' ? moved : undefined;
      // The subject noun a pattern asks for belongs to the evidence ("the battle continues in Shushi").
      const named = p.subject_nouns ? g.children(trigger, ['nsubj']).map((e) => g.span(e.token)[0]) : [];
      // A place standing in for the agent belongs to the evidence only inside the act's own phrase
      // ("Officials in Afghanistan say a spokesman has been killed" quotes the killing alone).
      const [actFirst, actLast] = g.span(trigger);
      const inAct = !subjectFallback || (s.arg.first >= actFirst && s.arg.last <= actLast);
      // So does the complement a pattern asks for ("left five people dead").
      const tokens = [trigger, ...(inAct ? [s.arg.first, s.arg.last] : []), ...named, ...(complement === undefined ? [] : [complement]), ...(o ? [o.arg.first, o.arg.last] : [])].filter((t) => t > 0);
      out.push({
        pattern: p,
        sentence,
        trigger,
        ...(s.id ? { subjectId: s.id } : {}),
        subjectFallback,
        ...(o ? { objectId: o.id } : {}),
        ...(counted ? { quantity: { value: counted.value, unit: 'people', approximate: counted.approximate } } : {}),
        first: Math.min(...tokens),
        last: Math.max(...tokens),
        ...(own ? { placeId: own.id } : {}),
        ...(date ? { date } : {}),
      });
    }
  }
  return out;
}

/** The verb's complement among `adjectives` ("left five people dead": xcomp; "leaving six dead": obj; "left one person wounded": a participle), if any. */
function complementOf(g: SentenceGraph, verb: number, adjectives: string[]): number | undefined {
  return [...g.children(verb, ['xcomp', 'obj']), ...afterObject(g, verb)].map((e) => e.token).find((t) => /^(?:JJ|VBN)/.test(g.token(t).pos) && (adjectives.includes(g.token(t).lemma) || adjectives.includes(g.token(t).word.toLowerCase())));
}

/** "police shot two protesters dead": an adjective the parse hung on the object, after it, completes the verb. */
function afterObject(g: SentenceGraph, verb: number): Edge[] {
  return g.children(verb, ['obj']).flatMap((o) => g.children(o.token, ['amod']).filter((a) => a.token > o.token));
}

/**
 * "… have died and over 25 wounded": the number an elided participle gives its share of the people
 * named before. ("At least two people were killed and up to 20 injured": the parse may give the
 * participle the first verb's subject, with its own number as a nummod: 20 injured, not two.)
 */
function elidedCount(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number, elided: boolean): ArgumentEntity['count'] | undefined {
  // (Not a noun's year: "the 2006 murder of …".)
  if (!elided && !/^VB/.test(g.token(trigger).pos)) return undefined;
  const own = g.children(trigger, elided ? ['obl:over', 'obl:npmod', 'nummod', 'obl'] : ['nummod']).find((e) => g.token(e.token).pos === 'CD' && g.token(e.token).ner !== 'DATE');
  return own && ctx.countAt(sentence, own.token).count;
}

/**
 * Whether a trigger's arguments may be read from its governor ("attacked a village, killing 68";
 * "militants killed 13 soldiers in a suicide attack"). Not when the trigger has a subject of its own
 * ("a curfew after a militant attack killed five soldiers") or is passive ("urged him to surrender
 * or be killed"); not from a speech verb's object (who confirmed the deaths did not cause them),
 * though "claimed to have killed" is the claimant's act; not for a noun whose governor's subject
 * suffered it ("civilians died in a bombing", "were killed in an attack").
 */
function sharesGovernor(g: SentenceGraph, trigger: number, parent: { dep: string; token: number }, p: Pattern): boolean {
  if (g.children(trigger, ['nsubj']).length || g.passive(trigger)) return false;
  // (A light verb's noun shares its subject, a speech verb's too: "X claimed responsibility".)
  if (SPEECH_VERBS.has(g.token(parent.token).lemma) && parent.dep !== 'xcomp' && !p.light_verbs) return false;
  if (!/^NN/.test(g.token(trigger).pos) || p.light_verbs || p.case) return true;
  // "fought battles following an attack on a camp": an act told as the time of another is not its subject's.
  if (g.children(trigger, ['case']).some((e) => /^(?:after|following|before|since|amid|despite)$/i.test(g.token(e.token).word))) return false;
  // Only a verb that carries the act out ("launched an attack", "killed two teachers in a roadside
  // ambush"), not one that names, fears, investigates, links or repels it ("he linked the attacks to
  // …", "the government fears a rebel attack", "soldiers repelled the attack").
  return PERFORMING.has(g.token(parent.token).lemma) && !suffers(g, parent.token);
}

/** Verbs whose subject carries out the act a noun under them names. */
const PERFORMING = new Set(
  'launch carry stage mount conduct perpetrate commit execute wage unleash step increase intensify escalate renew resume continue begin start lead join kill wound injure'.split(' '),
);

/** Verbs whose infinitive is wanted, urged or threatened, not done ("threatened to kill", "called on him to surrender or be killed"). */
const IRREALIS = new Set(['call', 'urge', 'demand', 'want', 'threaten', 'plan', 'try', 'attempt', 'vow', 'promise', 'seek', 'intend', 'aim', 'hope', 'order', 'ask', 'warn', 'pledge', 'prepare']);

function unrealised(g: SentenceGraph, trigger: number): boolean {
  // A conjunct shares its first conjunct's "to" ("to surrender or be killed").
  const up = g.treeParent(trigger);
  const verb = up?.dep === 'conj' ? up.token : trigger;
  const parent = g.treeParent(verb);
  const infinitive = g.children(verb, ['mark']).some((e) => g.token(e.token).lemma === 'to');
  return infinitive && parent !== undefined && IRREALIS.has(g.token(parent.token).lemma);
}


/** Nouns for a number not given, whose "of" names what was counted ("scores of civilians"). */
const VAGUE_COUNTS = new Set(['score', 'dozen', 'hundred', 'thousand', 'million', 'ten', 'number', 'handful', 'couple', 'crowd']);

/** Nouns for a part of a place, whose "of" names the place an act is about ("a major part of Sararogha"). */
const PART_OF = new Set(['part', 'most', 'much', 'half', 'rest', 'outskirts', 'center', 'centre']);

/** Natural disasters: what one kills or wounds has no agent, only a place. */
const DISASTERS = new Set(['earthquake', 'quake', 'tremor', 'aftershock', 'typhoon', 'hurricane', 'cyclone', 'storm', 'tornado', 'flood', 'flooding', 'tsunami', 'landslide', 'mudslide', 'avalanche', 'eruption', 'drought', 'heatwave', 'wildfire']);

/** Nouns for the means of an act of violence, whose owner is the act's agent. */
const MEANS = new Set(['attack', 'assault', 'raid', 'ambush', 'strike', 'airstrike', 'bombing', 'shelling', 'blast', 'explosion', 'bomb', 'fire', 'gunfire', 'offensive', 'siege', 'shell', 'rocket', 'missile', 'mine', 'landmine', 'grenade', 'drone']);
/** Relations from a means to its owner: "by X", "planted by X", "X's", "a Taliban attack", "Israeli air strikes". */
const OWNER = ['nmod:by', 'nmod:agent', 'acl', 'compound', 'nmod:poss', 'amod'];

function agentOfMeans(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number): ArgumentEntity | undefined {
  // The trigger's own subject, or (a participle, a clause the parse hung on a verb) its governor's.
  const parent = g.treeParent(trigger);
  const verbs = [trigger, ...(parent && !REPORTED_CLAUSE.has(parent.dep) ? [parent.token] : [])];
  // ("A U.S. airstrike was reported to have killed …": the subject it shares with "reported".)
  const owner = verbs.flatMap((v) => g.children(v, ['nsubj', 'nsubj:xsubj']).map((e) => ({ verb: v, means: e.token }))).find((m) => MEANS.has(g.token(m.means).lemma));
  // ("Authorities say a bomb planted by Maoist rebels has killed …" parsed with "say" as the subject
  // clause and the means as its object.)
  if (!owner) {
    const means = g.children(trigger, ['csubj']).filter((e) => SPEECH_VERBS.has(g.token(e.token).lemma)).flatMap((e) => g.children(e.token, ['obj'])).find((e) => MEANS.has(g.token(e.token).lemma));
    return means && ownerOf(ctx, g, sentence, means.token);
  }
  const { verb, means } = owner;
  // "A bomb planted by Maoist rebels killed …" read as "a bomb [was] planted by …".
  return ownerOf(ctx, g, sentence, means, verb !== trigger ? g.children(verb, ['obl:agent', 'obl:by']) : []);
}

/** Who a means belongs to ("by X", "planted by X", "X's", "a Taliban attack", "Israeli air strikes"), with `more` edges to try after its own. */
function ownerOf(ctx: ArticleContext, g: SentenceGraph, sentence: number, means: number, more: Edge[] = []): ArgumentEntity | undefined {
  for (const e of [...g.children(means, OWNER), ...more]) {
    // "a bomb planted by Maoist rebels": the participle's agent.
    const heads = e.dep === 'acl' ? g.children(e.token, ['obl:agent', 'obl:by']).map((a) => a.token) : [e.token];
    for (const head of heads) {
      // The evidence quotes the means with its owner.
      const first = Math.min(g.span(means)[0], head);
      // (Not what carried it: "a car bomb", "a minibus explosion".)
      if (e.dep === 'compound' && ctx.thingOf(g.token(head).lemma, g.token(head).word)?.category === 'equipment') continue;
      const found = ctx.entityAt(sentence, head);
      if (found && ctx.pick(found.ids, 'ACTOR')) return { ...found, first: Math.min(first, found.first) };
      // A demonym stands for its state ("Israeli air strikes").
      const country = e.dep === 'amod' ? ctx.lexicon.countryByWord.get(normalizeName(g.token(head).word)) : undefined;
      if (country) return { ids: [country.actorId], first, last: head };
    }
  }
  return undefined;
}

/** Nouns for fighting between sides, whose other side ("against X", "with X") is the agent of a death in it. */
const BATTLES = new Set(['battle', 'fighting', 'fight', 'clash', 'gunbattle', 'firefight', 'shootout', 'skirmish', 'combat', 'confrontation', 'encounter']);

/**
 * Who caused a death or wound the act's "in" phrase names: the owner of the means ("were killed in a
 * heavy al-Shabab attack"), the other side of a battle ("was killed in the group's final battle
 * against government troops", "died in clashes with police").
 */
function agentOfInPhrase(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number, p: Pattern, before: readonly PatternMatch[]): ArgumentEntity | undefined {
  if (!suffers(g, trigger)) return undefined;
  // (Not when those who suffered were the attackers: "two attackers died in the assault".)
  const attackers = g.children(trigger, ['nsubj', 'nsubj:pass']).some((v) => ATTACKER_NOUNS.has(g.token(v.token).lemma));
  for (const e of g.children(trigger, ['obl:in', 'obl:during'])) {
    const owner = MEANS.has(g.token(e.token).lemma) ? ownerOf(ctx, g, sentence, e.token) : undefined;
    if (owner) return owner;
    // "were wounded in the attack": the attack the story told before, by its agent.
    const act = MEANS.has(g.token(e.token).lemma) && definite(g, e.token) && !attackers ? actBefore(before, sentence, p) : undefined;
    if (act) return { ids: [act.subjectId!], first: e.token, last: e.token };
    // ("wounded in an exchange of gunfire with police": a battle too.)
    const exchange = g.token(e.token).lemma === 'exchange' && g.children(e.token, ['nmod:of']).some((o) => /^(?:fire|gunfire|shot)$/.test(g.token(o.token).lemma));
    if (!BATTLES.has(g.token(e.token).lemma) && !exchange) continue;
    for (const side of g.children(e.token, ['nmod:against', 'nmod:with'])) {
      const found = asActor(ctx, ctx.entityAt(sentence, side.token));
      if (found) return found;
    }
  }
  return undefined;
}

/** Those who carry out an attack: when they die in it, its agent did not kill them. */
const ATTACKER_NOUNS = new Set(['attacker', 'assailant', 'militant', 'gunman', 'bomber', 'insurgent', 'rebel', 'fighter', 'jihadist', 'terrorist', 'raider']);

/** Verbs of a violent act whose doer, in a clause after or when which someone died, caused the death. */
const VIOLENT_ACTS = new Set(['blow', 'detonate', 'shoot', 'fire', 'open', 'attack', 'bomb', 'shell', 'storm', 'raid', 'strike', 'ambush', 'stab']);

/** "Two people died … after a suspected terrorist blew himself up", "was killed when authorities shot at a vehicle". */
function agentOfCause(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number): ArgumentEntity | undefined {
  if (!suffers(g, trigger)) return undefined;
  for (const e of g.children(trigger, ['advcl', 'advcl:after', 'advcl:when'])) {
    if (!VIOLENT_ACTS.has(g.token(e.token).lemma) || g.passive(e.token)) continue;
    const doer = g.children(e.token, ['nsubj'])[0];
    const found = doer && asActor(ctx, ctx.entityAt(sentence, doer.token));
    if (found) return found;
  }
  return undefined;
}

/** An argument as the actor among its ids (a country's state, not its land), if it has one. */
function asActor(ctx: ArticleContext, found: ArgumentEntity | undefined): ArgumentEntity | undefined {
  const id = found && ctx.pick(found.ids, 'ACTOR');
  return id ? { ...found!, ids: [id] } : undefined;
}

/**
 * "A Taliban attack in Gereshk … The attack targeted the police headquarters": a definite means
 * with no owner of its own ("the attack", "the raid") is the act of its kind the story told in the
 * last two sentences, by the same agent.
 */
function agentOfActBefore(g: SentenceGraph, sentence: number, trigger: number, p: Pattern, before: readonly PatternMatch[]): ArgumentEntity | undefined {
  const means = g.children(trigger, ['nsubj']).map((e) => e.token).find((t) => MEANS.has(g.token(t).lemma));
  if (!means || !definite(g, means) || g.children(means, OWNER).length) return undefined;
  const act = actBefore(before, sentence, p, 2);
  return act && { ids: [act.subjectId!], first: means, last: means };
}

/**
 * "members of the LRA attacked the camp; at least forty were reported killed": a casualty with no
 * agent in a clause joined to an attack (or in the clause reporting it) has the attack's agent.
 */
function agentOfJoinedAttack(g: SentenceGraph, sentence: number, trigger: number, p: Pattern, before: readonly PatternMatch[]): ArgumentEntity | undefined {
  if (p.event !== 'attack') return undefined;
  let up = g.treeParent(trigger);
  if (up && ['xcomp', 'dep'].includes(up.dep) && REPORTING.has(g.token(up.token).lemma)) up = g.treeParent(up.token);
  if (!up || !(up.dep === 'parataxis' || up.dep.startsWith('conj'))) return undefined;
  const act = before.find((m) => m.sentence === sentence && m.trigger === up!.token && m.pattern.predicate === 'ATTACKED' && !m.subjectFallback && m.subjectId);
  return act && { ids: [act.subjectId!], first: trigger, last: trigger };
}

/** "the attack", "this blast": a means the story has already told of. */
const definite = (g: SentenceGraph, t: number) => g.children(t, ['det']).some((e) => /^(?:the|this|that)$/i.test(g.token(e.token).word));

/** The last act of the pattern's kind told before `sentence` (at most `back` sentences before) whose agent the text named. */
function actBefore(before: readonly PatternMatch[], sentence: number, p: Pattern, back = Infinity): PatternMatch | undefined {
  if (!p.event) return undefined;
  for (let i = before.length - 1; i >= 0 && sentence - before[i].sentence <= back; i--) {
    const act = before[i];
    if (act.pattern.event === p.event && !act.subjectFallback && act.subjectId && act.sentence < sentence) return act;
  }
  return undefined;
}

/** The one agent of every act of the pattern's kind told in the two sentences before `sentence` or earlier in it, if there is one. */
function soleAgent(before: readonly PatternMatch[], sentence: number, p: Pattern): string | undefined {
  const agents = new Set(before.filter((m) => m.pattern.event === p.event && !m.subjectFallback && m.subjectId && sentence - m.sentence <= 2).map((m) => m.subjectId!));
  return agents.size === 1 ? [...agents][0] : undefined;
}

/** Whether an argument is the attackers themselves ("the bombers both died"). */
function attackersAmong(g: SentenceGraph, arg: ArgumentEntity): boolean {
  return [arg.first, arg.last].some((t) => ATTACKER_NOUNS.has(g.token(t).lemma));
}

/** The police (or gendarmes) the story last named up to `trigger`, as an actor. */
function policeBefore(ctx: ArticleContext, sentence: number, trigger: number): ArgumentEntity | undefined {
  for (let i = sentence; i >= 0; i--) {
    const g = ctx.graphs[i];
    for (let t = i === sentence ? trigger - 1 : g.sentence.tokens.length; t >= 1; t--) {
      // (Not "a police spokesman": a person.)
      if (!POLICE.has(g.token(t).lemma.toLowerCase()) || g.parents(t, ['compound']).length) continue;
      const found = ctx.entityAt(i, t);
      const id = found && ctx.pick(found.ids, 'ACTOR');
      if (found && id && !found.count) return { ...found, ids: [id] };
    }
  }
  return undefined;
}
const POLICE = new Set(['police', 'gendarme', 'gendarmerie']);

/** The story's country as a place whose words are elsewhere. */
function countryOf(ctx: ArticleContext): { id: string; first: number; last: number } | undefined {
  const ids = storyCountry(ctx);
  const id = ids && ctx.pick(ids, 'PLACE');
  return id ? { id, first: 0, last: 0 } : undefined;
}

/** The last place named before `offset`, the most specific of a sentence when it names several. */
function storyPlace(ctx: ArticleContext, sentence: number, offset: number): { id: string; first: number; last: number } | undefined {
  for (let i = ctx.found.mentions.length - 1; i >= 0; i--) {
    const m = ctx.found.mentions[i];
    if (ctx.mentionKind(i) !== 'PLACE' || m.start >= offset || m.sentence > sentence) continue;
    const id = ctx.pick(ctx.idsOf(i), 'PLACE');
    // Its words are elsewhere: the evidence keeps to the act's own clause.
    if (id) return { id, first: m.sentence === sentence ? m.tokenBegin : 0, last: m.sentence === sentence ? m.tokenEnd - 1 : 0 };
  }
  return undefined;
}

/**
 * The relations `placeBelow` follows (not "two U.S. nationals", "officers with Somalia's intelligence agency", nor where they came from: "after crossing into northern Cameroon from Nigeria");
 * a bare dep and an object too, where the parse hung the place there ("killed when the military suppressed a mutiny in …, Bobo Dioulasso");
 * and an agent that is no entity ("killed by the tsunami in the Santa Cruz Islands").
 */
const BELOW = /^(?:(?:obl|nmod):(?:in|into|at|on|near|across|after|during|amid|outside|inside|along|around|following|of|through)|obl:agent|advcl(?::.*)?|acl:relcl|dep|obj)$/;

/**
 * "at least one person has been killed … after grenade attacks in Kigali", "Two people were killed …
 * as supporters and opponents clashed on the streets of Caracas": a place the clause of the casualty
 * names further down (not in who died) is where it happened.
 */
function placeBelow(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number): { id: string; first: number; last: number } | undefined {
  // ("killed and up to 20 injured in an explosion …": the place below the first of two joined acts is the second's too.)
  const ofFirstConjunct = () => (/^VB/.test(g.token(trigger).pos) ? g.parents(trigger, ['conj:*']).map((e) => placeUnder(ctx, g, sentence, e.token)).find(Boolean) : undefined);
  // ("Fresh ethnic clashes in western Kenya's Rift Valley Sunday killed at least 20 people": the place
  // of the act that killed, when that act is the subject.)
  const ofActSubject = () => g.children(trigger, ['nsubj']).filter((e) => /^NN/.test(g.token(e.token).pos) && !ctx.entityAt(sentence, e.token)).map((e) => placeUnder(ctx, g, sentence, e.token)).find(Boolean);
  return placeUnder(ctx, g, sentence, trigger) ?? ofFirstConjunct() ?? ofActSubject();
}

/** The first place name found down to three phrases below `trigger`, nearest first. */
function placeUnder(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number): { id: string; first: number; last: number } | undefined {
  let level = [trigger];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    level = level.flatMap((t) => g.children(t).filter((e) => BELOW.test(e.dep)).map((e) => e.token));
    for (const t of level) {
      // (A name, not what the context makes of a noun: "Thailand's most violent outbreaks"; or the
      // name a place noun is given: "in Uzbekistan's capital, Tashkent".)
      const name = placeName(ctx, sentence, t);
      const id = name && ctx.pick(name.ids, 'PLACE');
      if (name && id) return { id, first: ctx.found.mentions[name.mention].tokenBegin, last: ctx.found.mentions[name.mention].tokenEnd - 1 };
    }
  }
  return undefined;
}

function placeOf(ctx: ArticleContext, g: SentenceGraph, sentence: number, trigger: number): { id: string; first: number; last: number } | undefined {
  const at = (token: number) => {
    const arg = ctx.entityAt(sentence, token);
    const id = arg && ctx.pick(arg.ids, 'PLACE');
    return arg && id ? { id, first: arg.first, last: arg.last } : undefined;
  };
  // (Two phrases down at most: "dead from clashes during demonstrations in the Haitian capital, Port-au-Prince".)
  const within = (t: number, depth = 2): { id: string; first: number; last: number } | undefined =>
    g.children(t, ['nmod:in', 'nmod:at', 'nmod:near', 'nmod:outside', 'nmod:along']).map((n) => at(n.token)).find(Boolean) ??
    (depth > 1 ? g.children(t, ['nmod:during', 'nmod:of']).map((n) => within(n.token, depth - 1)).find(Boolean) : undefined);
  const of = (verb: number) => {
    // ("dead from clashes during demonstrations in …": the place of what it came from or in.)
    const from = g.children(verb, ['obl:from', 'obl:during']).map((e) => within(e.token)).find(Boolean);
    if (from) return from;
    for (const e of g.children(verb, PLACE_RELATIONS)) {
      // "killed in a bomb blast in the Mondoro area": the place of the act the trigger happened in;
      // "died in a suicide attack on a police station in Karak": the place of what it struck.
      const found = at(e.token) ?? within(e.token) ?? g.children(e.token, ['nmod:on', 'nmod:against']).map((n) => within(n.token)).find(Boolean);
      if (found) return found;
    }
    return undefined;
  };
  // "twelve civilians have died and over 25 wounded in a suicide bombing in Hangu": the place the
  // parse gives the last of two joined acts of one subject belongs to both.
  const joined = [...g.children(trigger, ['conj:*']), ...g.parents(trigger, ['conj:*'])].map((e) => e.token).filter((t) => /^VB/.test(g.token(t).pos));
  return of(trigger) ?? (/^VB/.test(g.token(trigger).pos) ? joined.map(of).find(Boolean) : undefined);
}
