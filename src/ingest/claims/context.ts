// What the claims stage reads an article through: each sentence's dependency graph, and the
// entity a token stands for — a resolved name, a pronoun's antecedent, or an unnamed group or
// thing ("six soldiers", "a Russian Mi-24 helicopter") made an entity of this article.
import type { EntityRecord } from '../../model/records.js';
import { normalizeName } from '../../model/search-keys.js';
import { type Mentions, SETTLEMENT_NOUNS } from '../mentions/find-mentions.js';
import { type Lexicon, slug } from '../mentions/lexicon.js';
import type { NlpDocument } from '../nlp/document.js';
import { SentenceGraph } from '../nlp/dependencies.js';
import type { Resolved } from '../resolve/resolve.js';
import { SPEECH_VERBS } from './speech-verbs.js';
import { elidedPassive } from './suffering.js';

/** Nouns for people in the plural or collective, which name a group when a claim is about them. */
const GROUP_NOUNS = new Set(
  ('soldier troop force fighter militant rebel insurgent gunman attacker civilian people person resident villager protester demonstrator ' +
    'police policeman policemen officer serviceman servicemen personnel guard worker child children woman women man men student pilgrim ' +
    'refugee migrant passenger tourist journalist official member supporter militiaman militiamen jihadist terrorist victim casualty ' +
    'peacekeeper commando marine sailor pilot crew staff employee prisoner hostage miner farmer voter worshipper fisherman fishermen ' +
    'separatist army military government authority ministry source witness spokesman spokeswoman spokesperson medic doctor analyst ' +
    'observer agency security bomber suspect leader commander inmate family resident citizen settler militia crowd patron teacher bystander shopper mourner other ' +
    'assailant raider guerrilla sniper agent administrator rioter looter kidnapper extremist combatant monk nun priest cleric imam pastor bishop faction')
    .split(' '),
);

/** Words that say how many, not which ("few people", "many residents"). */
const QUANTIFIERS = new Set(['few', 'many', 'several', 'some', 'numerous', 'various', 'countless', 'more', 'fewer']);

/** Titles a story uses alone for a person it named with them ("the minister said"). */
const TITLE_NOUNS = new Set(['minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'commander', 'general', 'ambassador', 'correspondent', 'envoy', 'secretary', 'premier', 'chancellor', 'chairman', 'reporter']);

/** Each title as a whole word, built once. */
const TITLE_WORDS = new Map([...TITLE_NOUNS].map((noun) => [noun, new RegExp(`\\b${noun}\\b`, 'i')]));

/** Nouns that can be a source: people by what they do (activists, researchers, observers) and channels. */
const SOURCE_NOUN = /(?:ists?|ers?|ors?|ians?|ants?|ents?|ics?|ees?|eers?|ives?|media|agency|commission|committee|council|groups?|websites?|sites?|services?|newspapers?|papers?|statements?|communiqu[eé]s?|reports?|offices?|ministry|military|army|government|authorities|police|sources?|witness(?:es)?|officials?|people|residents?|villagers?)$/i;

/** A person of a body named before the noun ("a Taliban spokesman", "a Human Rights Watch researcher"). */
const ONE_OF_BODY = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'researcher', 'reporter', 'correspondent', 'official', 'commander', 'member', 'envoy', 'negotiator', 'lawmaker']);

/** Nouns for what a statement came in, whose source is the speaker ("a statement from the ministry"). */
const CHANNEL_NOUNS = new Set(['statement', 'report', 'communique', 'communiqué', 'letter', 'message', 'announcement', 'release', 'tweet', 'post', 'broadcast', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Nouns for a side's armed people ("its forces", "their troops"). */
const FORCE_NOUNS = new Set(['force', 'forces', 'troop', 'troops', 'soldier', 'soldiers', 'army', 'military', 'militia']);
/** Bare names of a country's armed forces, which a story uses for one body ("the military", "the army"). */
const ARMED_FORCES = new Set(['military', 'army', 'armed forces']);

/** Nouns for a kind of place, whose "of" names it ("the town of Hacari"). */
export const PLACE_NOUNS = new Set(['town', 'city', 'village', 'region', 'province', 'district', 'state', 'county', 'area', 'capital', 'neighborhood', 'neighbourhood', 'suburb', 'prefecture', 'governorate', 'island', 'port', 'community']);


/** CoreNLP lemmatises some plurals to themselves ("troops"); the singular is tried too. */
function isGroupNoun(lemma: string, word: string): boolean {
  return GROUP_NOUNS.has(lemma) || GROUP_NOUNS.has(word) || GROUP_NOUNS.has(word.replace(/s$/, ''));
}

export interface ArgumentEntity {
  /** A country answers with its place and its state; callers pick by kind. */
  ids: string[];
  /** Token range [first, last] of the words that name it, in its sentence. */
  first: number;
  last: number;
  /** The number the phrase gives ("six soldiers" → 6), with whether it was hedged ("at least"). */
  count?: { value: number; approximate: boolean };
}

export class ArticleContext {
  readonly graphs: SentenceGraph[];
  /** Entities made by this stage (groups, things) and events, by id. */
  readonly made = new Map<string, EntityRecord>();
  private readonly mentionAt = new Map<string, number>();
  private readonly anaphorAt = new Map<string, number>();
  /** Sentences wholly inside a quotation (the speaker's own words). */
  private readonly quoted = new Set<number>();
  /** Where the story named an armed group by its organisation ("Taliban fighters", "Shining Path's rebels"), in text order. */
  private readonly armedOrgs: { start: number; ids: string[] }[] = [];

  constructor(
    readonly doc: NlpDocument,
    readonly found: Mentions,
    readonly resolved: Resolved,
    readonly lexicon: Lexicon,
    readonly articleKey: string,
    readonly publishedAt: string | undefined,
  ) {
    this.graphs = doc.sentences.map((s) => new SentenceGraph(s));
    doc.sentences.forEach((s, i) => {
      if (doc.quotes.some((q) => q.start <= s.start + 1 && s.end - 1 <= q.end)) this.quoted.add(i);
    });
    found.mentions.forEach((m, i) => {
      for (let t = m.tokenBegin; t < m.tokenEnd; t++) this.mentionAt.set(`${m.sentence}:${t}`, i);
    });
    for (const a of found.anaphors) {
      for (let t = a.tokenBegin; t < a.tokenEnd; t++) if (!this.anaphorAt.has(`${a.sentence}:${t}`)) this.anaphorAt.set(`${a.sentence}:${t}`, a.antecedent);
    }
    this.graphs.forEach((g, sentence) => {
      for (const token of g.sentence.tokens) {
        if (!this.isArmedGroupNoun(token.lemma, token.word)) continue;
        const org = g.children(token.index, ['compound', 'nmod:poss']).map((e) => this.nameAt(sentence, e.token)).find((n) => n && this.actsThrough(sentence, token.index, n.mention));
        if (org) this.armedOrgs.push({ start: token.start, ids: org.ids });
      }
    });
  }

  /**
   * Whether the name inside a group's phrase is the organisation the group belongs to: one NER
   * typed so, or a name it took for a person right before "militants", "rebels" ("Boko Haram
   * militants"): people have followers by possessive ("Machar's fighters"), not by compound.
   */
  private actsThrough(sentence: number, head: number, mention: number): boolean {
    const m = this.found.mentions[mention];
    if (m.type === 'organisation') return true;
    const token = this.graphs[sentence].token(head);
    return m.type === 'person' && m.tokenEnd === head && this.isArmedGroupNoun(token.lemma, token.word);
  }

  /** Whether a person's mention comes with a title noun: before it ("Defence Minister X", "the minister of Peru, X") or in apposition after it ("X, the prime minister"). */
  // ("The former president told …": with its modifier, the person introduced as "the former president
  // of the Maldives, X", not the new president named since.)
  private introducedAs(m: Mentions['mentions'][number], noun: string, modifiers: readonly string[] = []): boolean {
    const withModifiers = (words: string) => modifiers.every((w) => words.toLowerCase().split(/[^a-z]+/).includes(w));
    if (m.title && m.title.toLowerCase().split(/\s+/).includes(noun) && withModifiers(m.title)) return true;
    const s = this.doc.sentences[m.sentence];
    const before = this.doc.text.slice(Math.max(s.start, m.start - 50), m.start);
    const after = this.doc.text.slice(m.end, Math.min(s.end, m.end + 50));
    const word = TITLE_WORDS.get(noun)!;
    const apposed = after.split(/[,;]/)[1] ?? '';
    return (word.test(before) && /,\s*$/.test(before) && withModifiers(before)) || (/^\s*,/.test(after) && word.test(apposed) && withModifiers(apposed));
  }

  /**
   * "The minister": the person the story last introduced by that title. With `modified`, only a title
   * with a modifier ("the former president"), and only a person introduced with it.
   */
  private titledBefore(sentence: number, head: number, modified: boolean): ArgumentEntity | undefined {
    const g = this.graphs[sentence];
    const token = g.token(head);
    if (!((token.pos === 'NN' || token.ner === 'TITLE') && TITLE_NOUNS.has(token.lemma) && g.children(head, ['det']).some((e) => g.token(e.token).lemma === 'the') && !g.children(head, ['nmod:poss', 'nmod:of']).length)) return undefined;
    const modifiers = g.children(head, ['amod']).map((e) => g.token(e.token).word.toLowerCase()).filter((w) => /^(?:former|new|late|ousted|deposed|interim|acting)$/.test(w));
    if (modified && !modifiers.length) return undefined;
    const titled = this.lastNamedBy(sentence, token.start, (m) => m.type === 'person' && this.introducedAs(m, token.lemma, modified ? modifiers : []));
    return titled === undefined ? undefined : { ids: this.idsOf(titled), first: head, last: head };
  }

  /** The body or group whose speech verb reports the clause a subject "it"/"they"/"we" is in; not a person. */
  private reportingSide(sentence: number, head: number): ArgumentEntity | undefined {
    const g = this.graphs[sentence];
    if (!/^(?:it|they|we)$/i.test(g.token(head).word) || g.token(head).pos !== 'PRP') return undefined;
    const verb = g.parents(head, ['nsubj', 'nsubj:pass'])[0]?.token;
    const up = verb === undefined ? undefined : g.treeParent(verb);
    if (!up || up.dep !== 'ccomp' || !SPEECH_VERBS.has(g.token(up.token).lemma)) return undefined;
    const subject = g.children(up.token, ['nsubj'])[0]?.token;
    if (subject === undefined || subject === head || g.token(subject).pos === 'PRP') return undefined;
    const named = this.nameAt(sentence, subject);
    if (named && this.found.mentions[named.mention].type === 'person') return undefined;
    const side = this.speakerAt(sentence, subject);
    return side && { ids: side.ids, first: head, last: head };
  }

  /**
   * "Chad said its forces had liberated Dikwa": a side's own forces act for it. The side is what
   * "its"/"their" refers to: the body or country named before it in the sentence (usually the one
   * speaking), else coreference's antecedent.
   */
  private sideOf(sentence: number, head: number): ArgumentEntity | undefined {
    const g = this.graphs[sentence];
    const token = g.token(head);
    if (!FORCE_NOUNS.has(token.lemma) && !this.isArmedGroupNoun(token.lemma, token.word)) return undefined;
    const owner = g.children(head, ['nmod:poss']).map((e) => e.token).find((t) => /^(?:its|their)$/i.test(g.token(t).word));
    if (owner === undefined) return undefined;
    const side = (i: number) => ['organisation', 'country'].includes(this.found.mentions[i].type);
    const antecedent = this.anaphorAt.get(`${sentence}:${owner}`);
    const named = this.lastNamedBy(sentence, g.token(owner).start, (m, i) => m.sentence === sentence && side(i)) ?? (antecedent !== undefined && side(antecedent) ? antecedent : undefined);
    return named === undefined ? undefined : { ids: this.idsOf(named), first: owner, last: head };
  }

  isArmedGroupNoun(lemma: string, word: string): boolean {
    return this.thingOf(lemma, word)?.category === 'armed-group';
  }

  /** The lexicon's thing a noun names, by lemma or by word ("troops" lemmatises to itself). */
  thingOf(lemma: string, word: string) {
    return this.lexicon.things.get(lemma) ?? this.lexicon.things.get(word.toLowerCase());
  }

  /** The quotation a span of the text lies in, if any. */
  quoteAround(start: number, end: number): NlpDocument['quotes'][number] | undefined {
    return this.doc.quotes.find((q) => q.start <= start && end <= q.end);
  }

  /** The resolved entity of the name covering a token, if one does. */
  nameAt(sentence: number, token: number): { ids: string[]; mention: number } | undefined {
    const m = this.mentionAt.get(`${sentence}:${token}`);
    return m === undefined ? undefined : { ids: this.idsOf(m), mention: m };
  }

  /** The ids a mention resolved to. */
  idsOf(mention: number): string[] {
    return this.resolved.entities[this.resolved.entityOf[mention]].ids;
  }

  nameOf(id: string): string {
    return this.made.get(id)?.name ?? this.resolved.entities.find((e) => e.ids.includes(id))?.name ?? id;
  }

  kindOf(id: string): 'PLACE' | 'ACTOR' | 'EVENT' {
    return id.startsWith('place:') ? 'PLACE' : id.startsWith('event:') ? 'EVENT' : 'ACTOR';
  }

  /** The entity a head token stands for, or undefined when it is no entity. */
  entityAt(sentence: number, head: number): ArgumentEntity | undefined {
    const g = this.graphs[sentence];
    const token = g.token(head);
    if (!token) return undefined;
    const name = this.nameAt(sentence, head);
    if (name) {
      const m = this.found.mentions[name.mention];
      return { ids: name.ids, first: m.tokenBegin, last: m.tokenEnd - 1 };
    }
    // "Chad's President Idriss Deby called" parsed with the title as the head: the person it titles.
    // ("President of Romania Klaus Iohannis said", "U.S. Ambassador to the United Nations Nikki Haley
    // said": the name hung on the title by "of" or "to".)
    if (token.ner === 'TITLE') {
      const titled = g.children(head, ['dep', 'appos', 'flat', 'compound', 'nmod:of', 'nmod:to']).map((e) => this.nameAt(sentence, e.token)).find((n) => n && this.found.mentions[n.mention].type === 'person');
      if (titled) return { ids: titled.ids, first: head, last: this.found.mentions[titled.mention].tokenEnd - 1 };
    }
    // "He said" after "Chinedu Offor told VOA …": news copy's "he" who speaks is the person who
    // spoke last, which coreference often misses for a person named in between.
    const speaking = /^(?:he|she)$/i.test(token.word) && token.pos === 'PRP' && g.parents(head, ['nsubj']).some((e) => SPEECH_VERBS.has(g.token(e.token).lemma));
    const spoke = speaking ? this.lastSpeaker(sentence, token.start) : undefined;
    if (spoke !== undefined) return { ids: this.idsOf(spoke), first: head, last: head };
    // "The rebel group said that it has killed 626 troops": "it"/"they" who did what a body or group
    // reports is that body or group.
    const reporter = this.reportingSide(sentence, head);
    if (reporter) return reporter;
    // "Tajikistan's interior ministry blamed … It said …": "it" who speaks at a sentence's start is
    // the body the sentence before was about (coreference may tie it to a body named in between).
    const it = /^it$/i.test(token.word) && head === 1 && sentence > 0 && g.parents(head, ['nsubj']).some((e) => SPEECH_VERBS.has(g.token(e.token).lemma));
    const about = it ? this.subjectBefore(sentence) : undefined;
    if (about) return { ids: about.ids, first: head, last: head };
    // "The former president": the person introduced with that modifier and title, before what
    // coreference ties it to (often the president named last).
    const introduced = this.titledBefore(sentence, head, true);
    if (introduced) return introduced;
    // A pronoun or description that coreference ties to a name ("he", "the ministry").
    const antecedent = this.anaphorAt.get(`${sentence}:${head}`);
    if (antecedent !== undefined && !/^(?:NNS|NNPS)$/.test(token.pos)) {
      return { ids: this.idsOf(antecedent), first: head, last: head };
    }
    // "the MILF rebels withdrew … So they fired upon the bus": "they" who act, which coreference left
    // alone, are the body or group that was last the subject of a verb, in this sentence or the one before.
    // (Not in a clause told in passing, "before they abandoned Khanashin", "after they continued to
    // fire", which may be the other side's: the verb must be a main or reported clause's.)
    const main = (verb: number) => !SPEECH_VERBS.has(g.token(verb).lemma) && g.parents(verb).every((e) => /^(?:root|conj|parataxis|ccomp)/i.test(e.dep));
    if (/^they$/i.test(token.word) && token.pos === 'PRP' && g.parents(head, ['nsubj']).some((e) => main(e.token))) {
      const acted = this.bodySubjectBefore(sentence, head);
      if (acted) return { ids: acted.ids, first: head, last: head };
    }
    // "the government", "the ministry": the organisation named before whose name ends in that noun.
    if (/^NN$/.test(token.pos) && g.children(head, ['det']).some((e) => g.token(e.token).lemma === 'the') && !g.children(head, ['compound', 'amod', 'nmod:poss']).length) {
      const named = this.lastNamedBy(sentence, token.start, (m) => m.type === 'organisation' && m.text.toLowerCase().split(/\s+/).pop() === token.word.toLowerCase());
      if (named !== undefined) return { ids: this.idsOf(named), first: head, last: head };
    }
    // "The minister said": the person the story last introduced by that title ("the defence minister
    // of Peru, Flores Araoz", "Prime Minister Sher Bahadur Deuba").
    // (The tagger may take the title for an adjective: "The general says".)
    const titled = this.titledBefore(sentence, head, false);
    if (titled) return titled;
    // '"…," said the official' after "James Warren with the American Embassy says …": the one who spoke last.
    if (token.pos === 'NN' && /^(?:official|spokesman|spokeswoman|spokesperson)$/.test(token.lemma) && g.children(head, ['det']).some((e) => g.token(e.token).lemma === 'the') && !g.children(head, ['compound', 'amod', 'nmod:poss', 'nmod:of']).length) {
      const spoke = this.lastSpeaker(sentence, token.start);
      if (spoke !== undefined) return { ids: this.idsOf(spoke), first: head, last: head };
    }
    // "he said" that coreference left alone: in news copy, the person named last.
    if (/^(?:he|she)$/i.test(token.word) && token.pos === 'PRP') {
      const last = this.lastNamed(sentence, token.start, 'person');
      if (last !== undefined) return { ids: this.idsOf(last), first: head, last: head };
    }
    // "2,317 of its fighters": the number heads the phrase, the people are its nmod:of.
    if (token.pos === 'CD') {
      const of = g.children(head, ['nmod:of'])[0];
      const people = of && this.group(sentence, of.token);
      const value = this.numberAt(sentence, head);
      if (people && value !== undefined) return { ...people, first: head, count: { value, approximate: false } };
      // "killing 22, wounding 54": a bare count of people as the act's object
      // ("three died in another suicide attack": the subject of dying too.)
      const relation = g.parents(head).map((e) => e.dep);
      const died = g.parents(head, ['nsubj']).some((e) => /^(?:die|perish)$/.test(g.token(e.token).lemma));
      // (Not an age: "four girls and one boy, aged between 13 and 16, who were killed".)
      const age = g.parents(head).some((e) => g.token(e.token)?.lemma === 'age');
      // ("One man was killed and three injured": the number subject of a passive whose auxiliary was left out.)
      const elided = g.parents(head, ['nsubj']).some((e) => elidedPassive(g, e.token));
      if (of || age || value === undefined || !Number.isInteger(value) || token.ner !== 'NUMBER' || !(died || elided || relation.some((r) => r === 'obj' || r === 'nsubj:pass'))) return undefined;
      const { count, at } = this.countAt(sentence, head);
      return { ids: [this.unnamed('people', 'ACTOR', 'group')], first: at ?? head, last: head, count: count ?? { value, approximate: false } };
    }
    // "Eritrea's foreign minister, Osman Saleh": the person in apposition (or right after, when the parse missed it).
    if (/^NN/.test(token.pos)) {
      // ("The Palestinian militant group Islamic Jihad": the name right after the noun, hung on it as dep.)
      const appos = g.children(head, ['appos', 'dep']).filter((e) => e.dep === 'appos' || g.span(e.token)[0] === head + 1).map((e) => this.nameAt(sentence, e.token)).find(Boolean);
      if (appos) return { ids: appos.ids, first: head, last: head };
      // "The deputy governor of Ghazni, Mohammad Kazim Allahyer": a person's name the parse hung on the place of the title.
      const ofPlace = token.ner === 'TITLE' ? g.children(head, ['nmod:of']).flatMap((e) => g.children(e.token, ['appos'])).map((e) => this.nameAt(sentence, e.token)).find((n) => n && this.found.mentions[n.mention].type === 'person') : undefined;
      if (ofPlace) return { ids: ofPlace.ids, first: head, last: head };
      const [, last] = g.span(head);
      const next = g.token(last + 1)?.word === ',' ? this.nameAt(sentence, last + 2) : undefined;
      // (And "the Haitian capital, Port-au-Prince": a place's noun with the place's name after it.)
      if (next && (this.found.mentions[next.mention].type === 'person' || (PLACE_NOUNS.has(token.lemma) && this.mentionKind(next.mention) === 'PLACE'))) return { ids: next.ids, first: head, last: head };
      // "the palace, known as Villa Somalia": the name it goes by.
      const knownAs = g.token(last + 1)?.word === ',' && /^(?:known|called)$/.test(g.token(last + 2)?.word ?? '') && g.token(last + 3)?.word === 'as' ? this.nameAt(sentence, last + 4) : undefined;
      if (knownAs) return this.upTo(head, knownAs);
    }
    // A head noun with a name inside its phrase: "the Tigray region", "Azerbaijan's Defence Ministry",
    // and the source of a channel: "a statement from Minister Chris Murungaru".
    if (/^NN/.test(token.pos)) {
      const from = CHANNEL_NOUNS.has(token.lemma) ? g.children(head, ['nmod:from', 'nmod:by', 'nmod:of']).map((e) => this.entityAt(sentence, e.token)).find(Boolean) : undefined;
      if (from) return from;
      // "the town of Hacari", "the village of Ghajar" (but a part with a name of its own, "Gereshk district of Helmand", is Gereshk;
      // and "the capital of Iraq" is not Iraq).
      const ownName = !SETTLEMENT_NOUNS.has(token.lemma) && g.children(head, ['compound', 'flat']).some((e) => this.nameAt(sentence, e.token));
      const named = PLACE_NOUNS.has(token.lemma) && token.lemma !== 'capital' && !ownName ? g.children(head, ['nmod:of']).map((e) => this.nameAt(sentence, e.token)).find(Boolean) : undefined;
      if (named) return this.upTo(head, named);
      // "several hundred members of the Lord's Resistance Army": the organisation acting through its people.
      const ofOrg = token.lemma === 'member' || this.isArmedGroupNoun(token.lemma, token.word) ? g.children(head, ['nmod:of']).map((e) => this.nameAt(sentence, e.token)).find((n) => n && this.found.mentions[n.mention].type === 'organisation') : undefined;
      if (ofOrg) {
        const { count, at } = this.countOf(sentence, head);
        return { ...this.upTo(head, ofOrg), first: Math.min(head, at ?? head), ...(count ? { count } : {}) };
      }
      const inner = g.children(head, ['compound', 'flat', 'nmod:poss']).map((e) => this.nameAt(sentence, e.token)).find(Boolean);
      // "Israeli army positions", "a Hezbollah command post", "Somalia's presidential palace": a place an
      // actor or a country holds is that place, not its holder.
      const thing = this.thingOf(token.lemma, token.word);
      // (A building of a town too: "Sucre's jail".)
      // (And a country's border: "50 kilometers from Sudan's border with Uganda".)
      const held = inner && thing?.kind === 'PLACE' && ((this.mentionKind(inner.mention) === 'ACTOR' && !this.isCountry(inner.ids)) || ((this.isCountry(inner.ids) || this.mentionKind(inner.mention) === 'PLACE') && (thing.category === 'building' || thing.category === 'border')));
      if (held) return this.group(sentence, head);
      // "a former Taliban spokesman", "a Human Rights Watch researcher": one person of the body, not the body.
      // ("Mongolia's justice minister says": a holder of the country's title, not the country.)
      if (inner && (ONE_OF_BODY.has(token.lemma) || TITLE_NOUNS.has(token.lemma))) return this.group(sentence, head, true);
      if (inner && !isGroupNoun(token.lemma, token.word.toLowerCase())) return { ids: inner.ids, first: head, last: head };
      // "Hezbollah militants", "Taliban fighters": the organisation acting through its people.
      if (inner && this.actsThrough(sentence, head, inner.mention)) {
        // "59 Houthi fighters": the number killed is of the organisation's people.
        const { count, at } = this.countOf(sentence, head);
        return { ids: inner.ids, first: Math.min(head, at ?? head, this.found.mentions[inner.mention].tokenBegin), last: head, ...(count ? { count } : {}) };
      }
      // "The Palestinians began shooting", "At least one American was killed": people named by their
      // nationality, in the plural or counted.
      return this.sideOf(sentence, head) ?? this.group(sentence, head, this.nationals(g, head));
    }
    // "killed a civilian" with "civilian" tagged an adjective: a group noun heading the phrase all the same.
    if (/^JJ/.test(token.pos) && isGroupNoun(token.lemma, token.word.toLowerCase()) && g.children(head, ['det']).length) return this.group(sentence, head);
    // ("shot a Palestinian", "11,500 Togolese have fled": so is a nationality.)
    if (/^JJ/.test(token.pos) && this.nationals(g, head)) return this.group(sentence, head, true);
    return undefined;
  }

  /** A noun standing for the name later in its phrase, its words running to the name's end ("the town of Hacari"). */
  private upTo(head: number, name: { ids: string[]; mention: number }): ArgumentEntity {
    return { ids: name.ids, first: head, last: Math.max(head, this.found.mentions[name.mention].tokenEnd - 1) };
  }

  /**
   * The source a speech verb names: an entity as above, or any description of one ("rights
   * activists", "local meteorologists", "a Human Rights Watch researcher").
   */
  speakerAt(sentence: number, head: number): ArgumentEntity | undefined {
    const found = this.entityAt(sentence, head);
    if (found) return found;
    const g = this.graphs[sentence];
    const token = g.token(head);
    // "Officials say … . They say …": the unnamed group that spoke in the sentence before.
    if (/^they$/i.test(token.word) && sentence > 0) {
      const before = this.graphs[sentence - 1];
      const spoke = before.sentence.dependencies.find((d) => d.dep === 'nsubj' && SPEECH_VERBS.has(before.token(d.governor).lemma) && before.token(d.dependent).pos === 'NNS');
      const group = spoke && !this.nameAt(sentence - 1, spoke.dependent) ? this.group(sentence - 1, spoke.dependent, true) : undefined;
      if (group) return { ids: group.ids, first: head, last: head };
    }
    if (/^(?:it|they)$/i.test(token.word)) {
      const last = this.lastNamedBy(sentence, token.start, (m) => m.type === 'organisation');
      if (last !== undefined) return { ids: this.idsOf(last), first: head, last: head };
    }
    // A name NER missed ("Hovhannisyan tweeted"): a person by that name.
    if (/^NNP/.test(token.pos)) return this.unknownName(sentence, head);
    // "police reports say", "Israeli media reports", "a military statement": the source the channel is named by.
    if (CHANNEL_NOUNS.has(token.lemma)) {
      const by = g.children(head, ['compound']).map((e) => e.token).filter((t) => t < head && SOURCE_NOUN.test(g.token(t).word)).pop();
      if (by !== undefined) return this.speakerAt(sentence, by);
      // "a statement issued by the Interior Ministry".
      const issuer = g.children(head, ['acl']).flatMap((e) => g.children(e.token, ['obl:by', 'obl:agent']))[0];
      if (issuer) return this.speakerAt(sentence, issuer.token);
      // "The communiqué … says": the body the story named last; "… condemned the blast. A statement
      // called it …": the body named in this sentence or the one before.
      const det = g.children(head, ['det']).map((e) => g.token(e.token).lemma)[0];
      if ((det === 'the' || det === 'a') && !g.children(head, ['amod', 'nmod:poss', 'compound']).length) {
        const body = this.lastNamedBy(sentence, token.start, (m) => m.type === 'organisation' && (det === 'the' || m.sentence >= sentence - 1));
        if (body !== undefined) return { ids: this.idsOf(body), first: head, last: head };
      }
      // "a military statement": the armed forces, named by an adjective.
      const military = g.children(head, ['amod']).map((e) => e.token).find((t) => t < head && ARMED_FORCES.has(g.token(t).word.toLowerCase()));
      if (military !== undefined) return this.group(sentence, military, true);
    }
    // (And a title with no name: "the army chief of staff announced …"; and the state's broadcaster:
    // "State television blamed …".)
    const stateMedia = /^(?:television|tv|radio)$/i.test(token.word) && g.children(head, ['amod', 'compound']).some((e) => /^(?:state|state-run|official)$/i.test(g.token(e.token).word));
    return /^NN/.test(token.pos) && (SOURCE_NOUN.test(token.word) || token.ner === 'TITLE' || stateMedia) ? this.group(sentence, head, true) : undefined;
  }

  private unknownName(sentence: number, head: number): ArgumentEntity {
    const g = this.graphs[sentence];
    // A surname NER did not tag the second time ("Offor said" after "Chinedu Offor told VOA").
    const word = g.token(head).word;
    const fuller = this.lastNamedBy(sentence, g.token(head).start, (m) => m.type === 'person' && m.text.split(/\s+/).length > 1 && m.text.split(/\s+/).pop() === word);
    if (fuller !== undefined && g.children(head, ['flat', 'compound']).length === 0) return { ids: this.idsOf(fuller), first: head, last: head };
    // A title before the name is not part of it ("Secretary-General Ban Ki-moon").
    const parts = [head, ...g.children(head, ['flat', 'compound']).map((e) => e.token).filter((t) => /^NNP/.test(g.token(t).pos) && g.token(t).ner !== 'TITLE')];
    const [first, last] = [Math.min(...parts), Math.max(...parts)];
    const tokens = g.sentence.tokens;
    const name = this.doc.text.slice(tokens[first - 1].start, tokens[last - 1].end);
    const id = `actor:${slug(name)}`;
    // An acronym names a body, not a person ("MEND said").
    const subtype = /^[A-Z0-9.&-]{2,}$/.test(name) ? 'organisation' : 'person';
    if (!this.made.has(id)) this.made.set(id, { id, kind: 'ACTOR', subtype, name, aliases: [], provisional: true });
    return { ids: [id], first, last };
  }

  /** An unnamed group or thing ("six soldiers", "Russian servicemen", "the helicopter"), made an entity of this article. */
  private group(sentence: number, head: number, anyNoun = false): ArgumentEntity | undefined {
    const g = this.graphs[sentence];
    const token = g.token(head);
    const word = token.word.toLowerCase();
    const thing = this.thingOf(token.lemma, word);
    if (!anyNoun && !isGroupNoun(token.lemma, word) && !thing) return undefined;
    // A bare singular is no particular thing: "took office", "in hospital", "at home".
    if (thing && !isGroupNoun(token.lemma, word) && token.pos === 'NN' && !g.children(head, ['det', 'nmod:poss', 'compound', 'amod', 'nummod']).length) return undefined;
    // A post is a place only as a police, military or border post, not a post on Telegram.
    if (token.lemma === 'post' && !g.children(head, ['compound', 'amod']).length) return undefined;
    // The noun with the words that say which: compounds, adjectives, possessors — not its number or article.
    // (Not a speech participle the parse hung on it: "as saying police have killed …".)
    // (Nor a day the parse took for a compound: "By Thursday officials had arrested …".)
    const modifiers = g.children(head, ['compound', 'amod', 'nmod:poss', 'flat']).filter((e) => !(g.token(e.token).pos === 'VBG' && SPEECH_VERBS.has(g.token(e.token).lemma)) && !/^(?:DATE|TIME)$/.test(g.token(e.token).ner)).map((e) => g.span(e.token)).filter(([, last]) => last < head);
    // A bare "the rebels" after "Shining Path rebels": the organisation the story named them by.
    if (thing?.category === 'armed-group' && !modifiers.length && !g.children(head, ['nummod']).length) {
      const named = this.armedOrgs.filter((o) => o.start < token.start).pop();
      if (named) return { ids: named.ids, first: head, last: head };
    }
    // A bare plural "officials" after "Omani officials" is that group again, when the story named only
    // one so; and "the officer" after "an unnamed military officer" is that person again.
    const again = (token.pos === 'NNS' || word === 'police') && !g.children(head, ['nummod', 'det']).length;
    const theOne = token.pos === 'NN' && g.children(head, ['det']).length === 1 && g.children(head, ['det']).every((e) => g.token(e.token).lemma === 'the') && !g.children(head, ['nummod', 'nmod:of', 'nmod:for', 'acl', 'acl:relcl']).length;
    if (thing?.kind !== 'PLACE' && (again || theOne) && !modifiers.length) {
      const earlier = [...this.made.values()].filter((e) => e.id.startsWith(`actor:${this.articleKey}-`) && e.name.toLowerCase().endsWith(` ${word}`));
      if (earlier.length === 1) return { ids: [earlier[0].id], first: head, last: head };
    }
    const first = Math.min(head, ...modifiers.map(([f]) => f));
    let words = g.sentence.tokens.slice(first - 1, head);
    // A phrase the parse ran over a conjunction ("a civilian and wounded others") names only its last part.
    const joined = words.findLastIndex((w) => w.pos === 'CC' || w.word === ',');
    if (joined >= 0 && joined < words.length - 1) words = words.slice(joined + 1);
    // (Nor how many: "Few people believe …" and "many residents" name people and residents.)
    while (words.length > 1 && (/^(?:DT|CD|PRP\$|JJS)$/.test(words[0].pos) || words[0].ner === 'NUMBER' || QUANTIFIERS.has(words[0].word.toLowerCase()))) words = words.slice(1);
    const name = this.doc.text.slice(words[0].start, words[words.length - 1].end).replace(/^(?:the|a|an)\s+/i, '');
    const id = this.unnamed(name, thing?.kind ?? 'ACTOR', thing?.category ?? 'group');
    const counted = this.countOf(sentence, head);
    // "a policeman", "another peacekeeper": one person.
    const one = !counted.count && token.pos === 'NN' && isGroupNoun(token.lemma, word) && g.children(head, ['det']).some((e) => /^(?:a|an|another)$/i.test(g.token(e.token).word));
    const count = counted.count ?? (one ? { value: 1, approximate: false } : undefined);
    return { ids: [id], first: Math.min(words[0].index, counted.at ?? head), last: head, ...(count ? { count } : {}) };
  }

  /** The id of an unnamed group or thing of this article, made the first time it is named. */
  unnamed(name: string, kind: 'PLACE' | 'ACTOR', subtype: string): string {
    // A story's bare "the military" and "the army" are one body: the one it named first.
    const same = ARMED_FORCES.has(name.toLowerCase()) ? [...ARMED_FORCES].map((n) => `actor:${this.articleKey}-${slug(n)}`).find((id) => this.made.has(id)) : undefined;
    if (same) return same;
    const id = `${kind === 'PLACE' ? 'place' : 'actor'}:${this.articleKey}-${slug(name)}`;
    if (!this.made.has(id)) {
      this.made.set(id, {
        id,
        kind,
        subtype,
        name: name.charAt(0).toUpperCase() + name.slice(1),
        aliases: [],
        description: `Unnamed in the text: ${name}.`,
        provisional: true,
      });
    }
    return id;
  }

  /** "six soldiers", "at least 12 people", "2,317 of its fighters". */
  countOf(sentence: number, head: number): { count?: ArgumentEntity['count']; at?: number } {
    const g = this.graphs[sentence];
    // (A number the tagger took for a name or an adjective, "Eleven people", "Another sixteen officers", hangs as a compound or amod.)
    const num = g.children(head, ['nummod'])[0] ?? g.parents(head, ['nmod:of']).find((p) => g.token(p.token).pos === 'CD') ?? g.children(head, ['compound', 'amod']).find((e) => g.token(e.token).ner === 'NUMBER');
    return num ? this.countAt(sentence, num.token) : {};
  }

  /** A number token's count, hedged or not ("at least three"), and where its words start. */
  countAt(sentence: number, num: number): { count?: ArgumentEntity['count']; at?: number } {
    const g = this.graphs[sentence];
    const token = g.token(num);
    const value = this.numberAt(sentence, num);
    if (value === undefined) return {};
    // "Twenty-five" is three tokens ("Twenty", "-", "five"): its words start at the first.
    const whole = this.numberEntity(sentence, num);
    const start = whole?.ner === 'NUMBER' ? whole.tokenBegin + 1 : num;
    const hedged = /^[<>~]/.test(token.normalized ?? '') || g.children(num, ['advmod', 'nmod:npmod', 'obl:npmod', 'fixed']).length > 0 || /\b(?:about|some|around|nearly|almost|over|more than|at least|up to)\s+$/i.test(this.doc.text.slice(Math.max(0, g.token(start).start - 14), g.token(start).start));
    // The evidence starts at the hedge ("at least three"), not inside it.
    const first = Math.min(start, ...g.children(num, ['advmod', 'nmod:npmod', 'obl:npmod']).map((e) => g.span(e.token)[0]));
    return { count: { value, approximate: hedged }, at: first };
  }

  /**
   * "The Palestinians began shooting", "At least one American was killed", "11,500 Togolese": people
   * named by their nationality, in the plural or counted (not "Israeli troops", where it qualifies).
   */
  private nationals(g: SentenceGraph, head: number): boolean {
    const token = g.token(head);
    const word = normalizeName(token.word);
    const demonym = token.ner === 'NATIONALITY' || this.lexicon.countryByWord.has(word) || this.lexicon.countryByWord.has(word.replace(/s$/, ''));
    if (!demonym || this.lexicon.countryByWord.get(word)?.name.toLowerCase() === word) return false;
    return /^NNP?S$/.test(token.pos) || g.children(head, ['det', 'nummod']).length > 0;
  }

  /** The nearest subject before `head` that is a body or a group of people (not a pronoun), in its sentence or the one before: who "they" are. */
  private bodySubjectBefore(sentence: number, head: number): ArgumentEntity | undefined {
    for (const at of [sentence, sentence - 1]) {
      if (at < 0) break;
      const g = this.graphs[at];
      const subjects = g.sentence.tokens
        .filter((t) => (at < sentence || t.index < head) && t.pos !== 'PRP' && g.parents(t.index, ['nsubj']).length)
        .reverse();
      for (const t of subjects) {
        const found = this.entityAt(at, t.index);
        if (found && found.ids.some((id) => this.isBody(id, true)) && (t.pos === 'NNS' || t.pos === 'NNPS' || found.ids.every((id) => !id.startsWith('place:')))) return found;
      }
    }
    return undefined;
  }

  /** The body the sentence before `sentence` is about: its main verb's subject, when that is an organisation or group. */
  subjectBefore(sentence: number): ArgumentEntity | undefined {
    const g = this.graphs[sentence - 1];
    const root = g.children(0)[0];
    const subject = root && g.children(root.token, ['nsubj'])[0];
    const found = subject && this.entityAt(sentence - 1, subject.token);
    return found && found.ids.some((id) => this.isBody(id)) ? found : undefined;
  }

  /** Whether an id is a body or a group of people (an armed group too, when asked). */
  private isBody(id: string, armed = false): boolean {
    const type = this.made.get(id)?.subtype ?? this.resolved.entities.find((e) => e.ids.includes(id))?.type ?? '';
    return type === 'organisation' || type === 'group' || (armed && type === 'armed-group');
  }

  /**
   * The last person named as the subject of a speech verb before a character offset, within the
   * last three sentences, not counting sentences wholly inside a quotation (the speaker's own words).
   */
  lastSpeaker(sentence: number, before: number): number | undefined {
    const between = (from: number) => {
      let n = 0;
      for (let i = from + 1; i < sentence; i++) if (!this.quoted.has(i)) n++;
      return n;
    };
    return this.lastNamedBy(sentence, before, (m) => {
      if (m.type !== 'person' || between(m.sentence) > 2) return false;
      const g = this.graphs[m.sentence];
      // The subject, or in apposition to it ("A spokesman …, Major General Qassim Abbas Moussawi, says").
      // ("The spokesman for the Comoros government, Education Minister X, says": the parse may hang the
      // apposition on the body the subject speaks for.)
      const apposed = g.parents(m.tokenEnd - 1, ['appos']).map((e) => e.token);
      const heads = [m.tokenEnd - 1, ...apposed, ...apposed.flatMap((a) => g.parents(a, ['nmod:for']).map((e) => e.token))];
      // ("Frank Agyekum is Ghana's deputy information minister. … he tells reporter": the person the
      // sentence before introduced, speaking next.)
      const introduced = m.sentence < sentence && between(m.sentence) === 0 && heads.some((h) => g.parents(h, ['nsubj']).some((e) => g.children(e.token, ['cop']).length > 0 && (g.token(e.token).ner === 'TITLE' || TITLE_NOUNS.has(g.token(e.token).lemma))));
      return introduced || heads.some((h) => g.parents(h, ['nsubj']).some((e) => SPEECH_VERBS.has(g.token(e.token).lemma)));
    });
  }

  /** The last name of a type mentioned before a character offset (this sentence or earlier). */
  lastNamed(sentence: number, before: number, type: string): number | undefined {
    return this.lastNamedBy(sentence, before, (m) => m.type === type);
  }

  lastNamedBy(sentence: number, before: number, test: (m: Mentions['mentions'][number], index: number) => boolean): number | undefined {
    for (let i = this.found.mentions.length - 1; i >= 0; i--) {
      const m = this.found.mentions[i];
      if (m.start < before && m.sentence <= sentence && test(m, i)) return i;
    }
    return undefined;
  }

  /** What the graph takes a mention for (resolution can overrule NER: "Goris" tagged a person is a place). */
  mentionKind(i: number): 'PLACE' | 'ACTOR' {
    return this.resolved.entities[this.resolved.entityOf[i]].kind;
  }

  /** A number token's value: CoreNLP's normalisation ("three" → 3, "5.7 million" → 5700000), else its digits. */
  numberAt(sentence: number, token: number): number | undefined {
    const t = this.graphs[sentence].token(token);
    const m = this.numberEntity(sentence, token);
    // (CoreNLP reads "One-hundred-sixty-five" as 6600: hyphen-joined words are read here.)
    const inWords = m && m.text.includes('-') ? numberInWords(m.text) : undefined;
    if (inWords !== undefined) return inWords;
    // SUTime writes hedged figures with a comparison: "at least three" is ">=3.0".
    const normal = /^[<>~]?=?(-?\d+(?:\.\d+)?(?:E\d+)?)$/.exec(t.normalized ?? m?.normalized ?? '');
    const value = Number(normal ? normal[1] : t.word.replace(/,/g, ''));
    return Number.isFinite(value) ? value : undefined;
  }

  /** The normalised entity mention (a number, a date) a token is part of. */
  private numberEntity(sentence: number, token: number) {
    return this.doc.sentences[sentence].entities.find((e) => e.tokenBegin < token && e.tokenEnd >= token && e.normalized);
  }

  /** Is this id a state or country (the two faces of one country)? */
  isCountry(ids: string[]): boolean {
    return ids.length === 2;
  }

  /** Picks the id of the wanted kind ("in Armenia" the place, "Armenia said" the state). */
  pick(ids: string[], want: 'PLACE' | 'ACTOR'): string | undefined {
    return ids.find((id) => this.kindOf(id) === want);
  }

  labelOf(sentence: number, first: number, last: number): string {
    const tokens = this.doc.sentences[sentence].tokens;
    return normalizeName(this.doc.text.slice(tokens[first - 1].start, tokens[last - 1].end));
  }
}

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** A number written in words ("One-hundred-sixty-five" → 165), or undefined if a word is not a number word. */
export function numberInWords(text: string): number | undefined {
  let total = 0;
  let group = 0;
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return undefined;
  for (const word of words) {
    if (UNITS.includes(word)) group += UNITS.indexOf(word);
    else if (TENS.indexOf(word) >= 2) group += TENS.indexOf(word) * 10;
    else if (word === 'hundred') group = (group || 1) * 100;
    else if (word in SCALES) {
      total += (group || 1) * SCALES[word];
      group = 0;
    } else return undefined;
  }
  return total + group;
}
