// Attributed statements: every speech clause (said, told, tweeted, denied, according to …) and
// every quotation whose speaker CoreNLP found, with its speaker resolved to an entity, the
// reported words as verbatim content, the stance its verb gives, and the day and channel named.
import type { ClaimStatus, ResolvedDate } from '../../model/records.js';
import type { SentenceGraph } from '../nlp/dependencies.js';
import type { ArticleContext } from './context.js';
import { dateOf } from './dates.js';
import { describedBySpeech, SPEECH_VERBS } from './speech-verbs.js';

export interface Statement {
  sentence: number;
  speakerIds: string[];
  /** Character span of the reported content in the article. */
  start: number;
  end: number;
  status: ClaimStatus;
  verb: string;
  /** Where a claim it reports may start, when before its words: "three men who officials say killed …" starts at the men. */
  reaches?: number;
  statedOn?: ResolvedDate;
  statedVia?: string;
}

const DENIAL = new Set(['deny', 'reject', 'dismiss', 'refute', 'downplay']);
const CONFIRMATION = new Set(['confirm', 'admit', 'acknowledge', 'concede']);
/** Verbs whose object is what was said ("denied the report", "accused FARC of …"). */
const OBJECT_CONTENT = new Set(['deny', 'reject', 'dismiss', 'downplay', 'confirm', 'admit', 'acknowledge', 'announce', 'accuse', 'report', 'claim', 'urge', 'promise', 'vow', 'warn', 'reveal', 'predict', 'demand', 'pledge', 'condemn', 'denounce', 'blame', 'estimate', 'describe', 'appeal', 'call', 'cite', 'criticize', 'criticise']);
/** Verbs that hedge what they report. */
const HEDGING_VERBS = new Set(['suspect', 'believe', 'suggest', 'speculate', 'fear']);
export const HEDGES = /\b(?:may|might|possibly|perhaps|unclear|not clear|probably|likely|believed to)\b/i;
const CHANNELS = /\b(?:statement|tweet|twitter|facebook|telegram|instagram|post|address|interview|broadcast|message|conference|briefing|television|radio|communiqu[eé]|release|letter|blog|website|video|speech)\b/i;
const QUOTE_MARKS = /^[\s"“”‘’'«»,:;—–-]+|[\s"“”‘’'«»,:;—–-]+$/g;

export function findStatements(ctx: ArticleContext): Statement[] {
  const out: Statement[] = [];
  ctx.graphs.forEach((g, sentence) => {
    for (const t of g.sentence.tokens) {
      if ((SPEECH_VERBS.has(t.lemma) || speaksByObject(g, t.index)) && /^VB/.test(t.pos)) {
        const s = speechClause(ctx, g, sentence, t.index) ?? describedClause(ctx, g, sentence, t.index);
        if (s) out.push(s);
      }
    }
    // "according to police", "according to the ministry".
    for (const e of g.sentence.dependencies.filter((d) => d.dep === 'obl:according_to' || d.dep === 'nmod:according_to')) {
      const speaker = ctx.speakerAt(sentence, e.dependent);
      if (!speaker) continue;
      const [first, last] = g.span(e.governor, new Set([e.dependent, ...g.children(e.dependent).map((c) => c.token)]));
      const span = trimmed(ctx, g, first, last, e.dependent);
      if (span) out.push({ sentence, speakerIds: speaker.ids, ...span, status: statusOf(ctx, 'say', span, false), verb: 'according to' });
    }
    // "claimed responsibility for the assault, saying it has inflicted heavy casualties": the parse
    // can make the participle the marker of the clause it reports (advcl:saying), which then speaks
    // for the subject the sentence hangs it on.
    for (const d of g.sentence.dependencies) {
      const marker = /^advcl:(\w+)$/.exec(d.dep)?.[1];
      const verb = marker ? g.children(d.dependent, ['mark']).find((m) => g.token(m.token).word.toLowerCase() === marker && g.token(m.token).pos === 'VBG')?.token : undefined;
      if (verb === undefined || !SPEECH_VERBS.has(g.token(verb).lemma)) continue;
      // (Not "X quotes Y as saying …", read below.)
      if (g.token(d.governor).lemma === 'quote' && g.children(d.governor, ['obj']).length) continue;
      const subject = g.children(d.governor, ['nsubj'])[0];
      const speaker = subject && ctx.speakerAt(sentence, subject.token);
      const span = speaker && trimmed(ctx, g, ...g.span(d.dependent, new Set([verb])), verb);
      if (span) out.push({ sentence, speakerIds: speaker.ids, ...span, status: statusOf(ctx, g.token(verb).lemma, span, false), verb: g.token(verb).lemma });
    }
    // "responsibility for the attacks was claimed by al-Qaeda …", "… has been claimed on behalf of the
    // North Armagh Battalion": the passive's agent claimed what its subject names.
    for (const t of g.sentence.tokens) {
      if (t.lemma !== 'claim' || !g.passive(t.index)) continue;
      const claimed = g.children(t.index, ['nsubj:pass']).find((e) => g.token(e.token).lemma === 'responsibility');
      const by = g.children(t.index, ['obl:agent', 'obl:on_behalf_of'])[0];
      const speaker = claimed && by && ctx.speakerAt(sentence, by.token);
      const span = speaker && trimmed(ctx, g, ...g.span(claimed!.token), t.index);
      if (span) out.push({ sentence, speakerIds: speaker.ids, ...span, status: statusOf(ctx, 'claim', span, false), verb: 'claim' });
    }
    // "Bloomberg news quotes a prominent opposition leader, Bekele Nega, as saying police have killed
    // 10 students": the one quoted is the speaker, what follows "as saying" their words.
    for (const t of g.sentence.tokens) {
      if (t.lemma !== 'quote' || !/^VB/.test(t.pos)) continue;
      const quoting = quotingOf(g, t.index);
      const speaker = quoting && ctx.speakerAt(sentence, quoting.quoted);
      if (!quoting || !speaker) continue;
      const [first, last] = quoting.participle ? [quoting.clause, g.sentence.tokens.length] : g.span(quoting.clause);
      const saying = g.sentence.tokens.slice(first - 1, last).find((w) => /^(?:saying|telling)$/i.test(w.word));
      const span = saying && trimmed(ctx, g, saying.index + 1, last, t.index);
      // The quoting source is the channel ("The Associated Press quotes …").
      const source = g.children(t.index, ['nsubj'])[0];
      const via = source && phrase(ctx, g, source.token).replace(/^the\s+/i, '');
      if (span) out.push({ sentence, speakerIds: speaker.ids, ...span, status: statusOf(ctx, 'say', span, false), verb: 'quote', ...(via ? { statedVia: via } : {}) });
    }
  });
  // A speech clause inside a quotation speaks for all of it ("“We are acting … this must stop,” he said").
  for (const st of out) {
    const q = ctx.quoteAround(st.start, st.end);
    if (!q) continue;
    const inner = ctx.doc.text.slice(q.start, q.end);
    const lead = inner.length - inner.replace(/^[\s"“”‘’'«»]+/, '').length;
    st.start = q.start + lead;
    st.end = q.start + lead + inner.replace(QUOTE_MARKS, '').length;
  }
  // Quotations no speech clause above already covers, by the speaker the text gives around them,
  // else the one CoreNLP found (its guess wanders between runs and sometimes to a name the speaker
  // mentioned: "He says he heard from President Hassan Sheikh Mohamud … “The first I heard …”").
  const clauses = [...out];
  for (const q of ctx.doc.quotes) {
    if (out.some((s) => s.start < q.end && q.start < s.end)) continue;
    const speaker = quoteSpeaker(ctx, q, clauses) ?? (q.speaker ? ctx.resolved.entities.find((e) => e.name === q.speaker || e.name.endsWith(` ${q.speaker}`)) : undefined);
    const inner = ctx.doc.text.slice(q.start, q.end);
    const lead = inner.length - inner.replace(/^[\s"“”‘’'«»]+/, '').length;
    const text = inner.replace(QUOTE_MARKS, '');
    // A word or a name in quotation marks ("hard", "Daily Telegraph", "Awakening Council") is no statement.
    const words = text.split(/\s+/);
    if (!speaker || words.length < 2 || words.every((w) => /^[\p{Lu}\d]/u.test(w))) continue;
    const start = q.start + lead;
    out.push({ sentence: q.sentenceBegin, speakerIds: speaker.ids, start, end: start + text.length, status: 'CLAIMED', verb: 'quote' });
  }
  return out;
}

/**
 * The speaker the text gives a quotation: the subject of a speech verb outside it in its own
 * sentences ('"The toll is six dead" among the soldiers, the army said'), else, when it opens its
 * sentence, whoever spoke first in the sentence before ('He says he heard from the president. "The
 * first I heard of it …"').
 */
function quoteSpeaker(ctx: ArticleContext, q: ArticleContext['doc']['quotes'][number], clauses: readonly Statement[]): { ids: string[] } | undefined {
  const quoted = (t: { start: number; end: number }) => t.start >= q.start && t.end <= q.end;
  for (let sentence = q.sentenceBegin; sentence <= q.sentenceEnd; sentence++) {
    const g = ctx.graphs[sentence];
    for (const t of g.sentence.tokens) {
      if (!SPEECH_VERBS.has(t.lemma) || !/^VB/.test(t.pos) || quoted(t)) continue;
      const subject = g.children(t.index, ['nsubj'])[0];
      const speaker = subject && !quoted(g.token(subject.token)) ? ctx.speakerAt(sentence, subject.token) : undefined;
      if (speaker) return speaker;
    }
  }
  if (ctx.doc.sentences[q.sentenceBegin].tokens[0].start < q.start) return undefined;
  // (The first: a main clause's speaker, not one reported inside it.)
  const before = clauses.find((s) => s.sentence === q.sentenceBegin - 1);
  return before && { ids: before.speakerIds };
}

function speechClause(ctx: ArticleContext, g: SentenceGraph, sentence: number, verb: number): Statement | undefined {
  const lemma = g.token(verb).lemma;
  // "X quotes Y (as) saying …" is Y's statement, read with the quoting source as its channel.
  if (lemma === 'quote' && quotingOf(g, verb)) return undefined;
  const subject = subjectOf(g, verb);
  if (!subject) return undefined;
  // Inside a quotation, what "they" blamed is the quoted speaker's account, not a statement of theirs.
  const pronoun = /^(?:they|it|he|she)$/i.test(g.token(subject.token).word);
  if (pronoun && ctx.quoteAround(g.token(verb).start, g.token(verb).end)) return undefined;
  // "No group has claimed responsibility": no one said it.
  if (g.children(subject.token, ['det']).some((e) => /^no$/i.test(g.token(e.token).word))) return undefined;
  const speaker = ctx.speakerAt(sentence, subject.token);
  if (!speaker) return undefined;
  let span: { start: number; end: number } | undefined;
  // ("Witnesses told the Associated Press about people being injured": what it was about, for a verb that tells.)
  const about = /^(?:tell|say|write|testify|report|complain|warn|inform)$/.test(g.token(verb).lemma) ? g.children(verb, ['advcl:about', 'obl:about'])[0] : undefined;
  const clause = g.children(verb, ['ccomp', 'parataxis'])[0] ?? g.children(verb, ['dep']).find((e) => /^VB/.test(g.token(e.token).pos)) ?? about;
  // The clause "X said" itself: the speaker's words, the verb and what follows it.
  // (Not a subject it shares with an earlier verb.)
  const verbFirst = subject.shared ? verb : Math.min(verb, g.span(subject.token)[0]);
  const verbLast = g.span(verb, new Set(g.children(verb).filter((e) => e.token < verb).map((e) => e.token)))[1];
  const tokens = g.sentence.tokens;
  // "described the communiqués as a desperate measure": an object with what is said of it.
  const describes = g.children(verb, ['obj']).length > 0 && g.children(verb, ['obl:as', 'advcl:as', 'xcomp', 'obl:of']).length > 0;
  if (clause) {
    const [first, last] = g.span(clause.token, nestedSpeech(g, clause.token));
    // (What it was about, without "about".)
    span = trimmed(ctx, g, clause === about && /^about$/i.test(g.token(first).word) ? first + 1 : first, last, verb);
  } else if (verbFirst > 2 && tokens[verbFirst - 2].word === ',' && tokens.slice(verbLast).every((t) => /^(?:[.!?"'”’]|'')$/.test(t.word)) && !describes && !saysMore(g, verb)) {
    // "…, the army says." at the end of a sentence: what was said is everything before the comma
    // (not "In a telephone interview, he described the communiqués as …").
    span = trimmed(ctx, g, 1, verbFirst - 2, verb);
  } else {
    // "…, he said": the speech verb hangs on what was said.
    const up = g.treeParent(verb);
    // (Not when it is itself what another speech verb reports: "officials said they believed …".)
    const reported = reportedByAnother(g, verb);
    // An object after the verb, where the parse split what was said (below).
    const object = g.children(verb, ['obj']).find((e) => e.token > verb);
    if (up && !reported && ['parataxis', 'ccomp', 'dep', 'csubj', 'csubj:pass'].includes(up.dep)) {
      let [first, last] = g.span(up.token, new Set([verb]));
      // ("announced the district would be under a curfew" parsed as a subject clause: the object that
      // the parse left with the verb starts what was said.)
      if (object && up.dep.startsWith('csubj')) first = Math.min(first, g.span(object.token)[0]);
      // What was said ends before the speaker's own words when they come after it.
      span = trimmed(ctx, g, first, verbFirst > first ? Math.min(last, verbFirst - 1) : last, verb);
    } else if (lemma === 'say' && object && (g.children(verb, ['conj:and']).some((e) => g.passive(e.token)) || finiteUnder(g, object.token))) {
      // "said more than 2 million buildings, including …, were damaged": the parse makes the
      // clause's subject the verb's object and its verb a conjunct; what was said runs from the object.
      // (So with "said rebels calling themselves Ninjas staged a bloody attack": the clause's verb
      // hung below the object.)
      span = trimmed(ctx, g, g.span(object.token)[0], g.sentence.tokens.length, verb);
    } else if (OBJECT_CONTENT.has(lemma) || objectReports(g, verb) || speaksByObject(g, verb)) {
      // "denied the report", "accused FARC of massacring civilians", "called on Somalis to remain
      // resolute": the object and what follows it.
      // ("put the death toll at 11", "estimate it at more than 50": the figure too; "identified the dead
      // as …": what they were identified as, however the parse hangs it.)
      const at = lemma === 'put' || lemma === 'estimate' ? ['obl:at'] : lemma === 'identify' ? ['advcl:as'] : [];
      // ("calls it a very serious incident": the parse may hang what it is called as obl:npmod; "blamed
      // rebels from neighboring Chad": a phrase of the object hung on the verb, right after the object.)
      const afterObject = (e: { dep: string; token: number }) =>
        (e.dep === 'obl:npmod' && g.token(e.token).ner !== 'DATE') || (e.dep === 'obl:from' && g.children(verb, ['obj']).some((o) => g.span(o.token)[1] + 1 === g.span(e.token)[0]));
      const parts = g
        .children(verb)
        .filter((e) => ['obj', 'xcomp', 'obl:of', 'obl:for', 'obl:as', 'obl:on', 'ccomp', 'advcl:of', 'advcl:for', 'advcl:on', 'advcl:to', ...at].includes(e.dep) || afterObject(e))
        .map((e) => g.span(e.token, nestedSpeech(g, e.token)));
      if (parts.length) span = trimmed(ctx, g, Math.min(...parts.map(([f]) => f)), Math.max(...parts.map(([, l]) => l)), verb);
    }
  }
  // A bare name is no statement ("urged U.S. President-elect Barack Obama").
  if (!span || ctx.found.mentions.some((m) => m.start <= span!.start && span!.end <= m.end)) return undefined;
  // Nor is a verbless phrase of circumstance or a pronoun's ("In a Tuesday news conference", "it live on state radio").
  const words = tokens.filter((t) => t.start >= span!.start && t.end <= span!.end);
  // (A pronoun named as something is a statement: "called it a very serious incident".)
  const naming = g.children(verb, ['xcomp', 'obl:npmod', 'obl:as']).some((e) => /^NN/.test(g.token(e.token).pos));
  const circumstance = words[0] && ((words[0].pos === 'PRP' && !naming) || (words[0].pos === 'IN' && /^(?:in|on|at|for|during|since|after|before|within|through)$/i.test(words[0].word)));
  if (circumstance && !words.some((t) => /^VB/.test(t.pos))) return undefined;
  // Nor an aside of speech alone ("the ousted leader, who, he said, urged …" reports "he said").
  if (words.every((t) => t.pos === 'PRP' || SPEECH_VERBS.has(t.lemma))) return undefined;
  // "did not say how many …" reports nothing.
  const negated = g.children(verb, ['advmod']).some((e) => ['not', "n't", 'never'].includes(g.token(e.token).lemma));
  if (negated) return undefined;
  const via = channelOf(ctx, g, verb);
  // "has reportedly claimed": the story hedges what the speaker said.
  const reportedly = g.children(verb, ['advmod']).some((e) => /^(?:reportedly|allegedly|apparently|purportedly)$/i.test(g.token(e.token).word));
  const statedOn = dateOf(ctx, sentence, g.children(verb, ['obl:tmod', 'obl:on', 'obl:npmod', 'nmod:tmod']).map((e) => e.token));
  return {
    sentence,
    speakerIds: speaker.ids,
    ...span,
    status: reportedly ? 'UNCERTAIN' : statusOf(ctx, lemma, span, false),
    verb: lemma,
    ...(statedOn ? { statedOn } : {}),
    ...(via ? { statedVia: via } : {}),
  };
}

/**
 * "three men who Saudi officials say killed 22 people": the parse makes the speech verb an auxiliary
 * of the verb it reports and its speaker that verb's subject; what was said runs from that verb.
 */
function describedClause(ctx: ArticleContext, g: SentenceGraph, sentence: number, verb: number): Statement | undefined {
  const host = g.parents(verb, ['aux'])[0]?.token;
  const described = host === undefined ? undefined : describedBySpeech(g, host);
  if (host === undefined || described === undefined) return undefined;
  const subject = g.children(host, ['nsubj'])[0];
  const speaker = subject && ctx.speakerAt(sentence, subject.token);
  const span = speaker && trimmed(ctx, g, host, g.span(host)[1], verb);
  const reaches = g.token(g.span(described, new Set([host]))[0]).start;
  return span && { sentence, speakerIds: speaker.ids, ...span, reaches, status: statusOf(ctx, g.token(verb).lemma, span, false), verb: g.token(verb).lemma };
}

/**
 * "X quotes Y as saying …": the one quoted and the clause with "saying". The parse may make "saying"
 * the clause's marker (advcl:saying) or, with no "as", hang it on the one quoted ("quotes an unnamed
 * military officer saying three suspects were killed …"; `participle`: what was said then runs to the
 * sentence's end, whatever the parse made of it).
 */
function quotingOf(g: SentenceGraph, verb: number): { quoted: number; clause: number; participle: boolean } | undefined {
  const quoted = g.children(verb, ['obj'])[0];
  if (!quoted) return undefined;
  const clause = g.children(verb, ['advcl:as', 'advcl:saying', 'advcl:telling'])[0];
  if (clause) return { quoted: quoted.token, clause: clause.token, participle: false };
  const participle = g.children(quoted.token, ['acl']).find((e) => /^(?:saying|telling)$/i.test(g.token(e.token).word));
  return participle && { quoted: quoted.token, clause: participle.token, participle: true };
}

/** Whether a finite verb hangs below a noun ("rebels calling themselves Ninjas staged …"): a clause the parse took for a phrase. */
function finiteUnder(g: SentenceGraph, noun: number): boolean {
  const [, last] = g.span(noun);
  return g.sentence.tokens.slice(noun, last).some((t) => /^VB[DZP]$/.test(t.pos) && g.dominates(noun, t.index) && !g.parents(t.index, ['acl:relcl']).length);
}

/** Whether a verb is what another speech verb reports ("officials said they believed …"). */
function reportedByAnother(g: SentenceGraph, verb: number): boolean {
  const up = g.treeParent(verb);
  return up?.dep === 'ccomp' && SPEECH_VERBS.has(g.token(up.token).lemma);
}

/**
 * Verbs that state something only through their object: "put the death toll at 11", "expressed deep
 * concern about …", "identified the dead as two Indian nationals" (not "identified the bodies").
 */
function speaksByObject(g: SentenceGraph, verb: number): boolean {
  const objects = g.children(verb, ['obj']);
  const up = g.treeParent(verb);
  // (Not inside what another speaker says: "He said Hun Sen expressed regret" is his statement.)
  if (!objects.length || reportedByAnother(g, verb)) return false;
  switch (g.token(verb).lemma) {
    case 'put':
      return objects.some((e) => /^(?:toll|figure|number|count)$/.test(g.token(e.token).lemma)) && g.children(verb, ['obl:at']).length > 0;
    case 'express':
      return true;
    // ("He voiced hope they could resume negotiations", "voiced concern over …".)
    case 'voice':
      return objects.some((e) => /^(?:hope|concern|fear|support|regret|doubt|confidence|opposition|anger|frustration|outrage|condolence|sympathy)$/.test(g.token(e.token).lemma));
    case 'identify':
      // (Not a name given in passing: "The gunman, who authorities have identified as Nordine Amrani".)
      return g.children(verb, ['obl:as', 'advcl:as']).length > 0 && up?.dep !== 'acl:relcl';
    default:
      return false;
  }
}

/**
 * Who a speech verb's clause names as its subject. "…soldiers and two militants, a Nampala official
 * told VOA": the phrase right before the verb speaks, though the parse made it an apposition of an
 * earlier noun: of the verb's subject, or ("…, local military officials told VOA.") of a place,
 * leaving the verb no subject at all. A verb joined to another shares its subject ("Mubarak called
 * the attacks … and vowed to track down …").
 */
function subjectOf(g: SentenceGraph, verb: number): { token: number; shared?: boolean } | undefined {
  // (Of two subjects the parse gives that are not joined, the pronoun: "From the capital, Accra he tells …".)
  const all = g.children(verb, ['nsubj']);
  const joinedUp = all.some((a) => g.children(a.token, ['conj', 'conj:*']).some((e) => all.some((b) => b.token === e.token)));
  const pronoun = all.length > 1 && !joinedUp ? all.find((s) => g.token(s.token).pos === 'PRP') : undefined;
  const subjects = pronoun ? [pronoun] : all;
  // (A named person's apposition may end at a comma before the verb, and hang on a noun inside the
  // subject's phrase: "The spokesman for the Comoros government, Education Minister Abdourahim Said
  // Bacar, says".)
  const before = g.sentence.dependencies.find((d) => d.dep === 'appos' && d.dependent < verb && (g.span(d.dependent)[1] === verb - 1 || (g.span(d.dependent)[1] === verb - 2 && g.token(verb - 1).word === ',' && g.token(d.dependent).ner === 'PERSON')));
  const within = (s: { token: number }) => {
    const [first, last] = g.span(s.token, new Set([before!.dependent]));
    return first <= before!.governor && before!.governor <= last;
  };
  const apposed = before && (!subjects.length || subjects.some(within)) ? { token: before.dependent } : undefined;
  // ("Hong Kong Federation of Students leader Alex Chow said", "North Rhine-Westphalia Premier Armin
  // Laschet … told", parsed with the body or place for the head: the titled person its phrase ends
  // with speaks.)
  const end = subjects.length ? g.span(subjects[0].token)[1] : 0;
  let name = end;
  while (name > 1 && g.token(name - 1).ner === 'PERSON') name--;
  // (Not one the subject speaks for: "A spokeswoman for pop star Madonna said"; but a bare title runs
  // on to its holder's name: "Spokesman for Mauritania's Interior Minister Mohammed Lamine Shah confirmed".)
  const speaksFor = subjects.length > 0 && g.parents(end, ['nmod:for']).length > 0 && g.children(subjects[0].token, ['det']).length > 0;
  const titled = subjects.length && !apposed && end < verb && g.token(end).ner === 'PERSON' && g.token(subjects[0].token).ner !== 'PERSON' && g.token(name - 1)?.ner === 'TITLE' && !speaksFor;
  if (titled) return { token: end };
  if (subjects.length) return apposed ?? subjects[0];
  // ("Khartoum continues to deny allegations of genocide", "He went on to assert that …": the subject
  // of the verb that tells it goes on.)
  const going = g.treeParent(verb);
  const goesOn = going?.dep === 'xcomp' && /^(?:continue|keep|begin|start|go)$/.test(g.token(going.token).lemma) ? g.children(going.token, ['nsubj'])[0] : undefined;
  if (goesOn) return goesOn;
  // '"…," said a statement issued by …': inverted after a quotation, the parse takes the speaker for the object.
  const inverted = g.token(verb).lemma === 'say' && /^(?:,|''|")$/.test(g.token(verb - 1)?.word ?? '') ? g.children(verb, ['obj']).find((e) => e.token > verb) : undefined;
  if (inverted) return inverted;
  const conjunct = g.treeParent(verb);
  const joined = conjunct?.dep.startsWith('conj') && /^VB[DZP]$/.test(g.token(verb).pos) ? subjectOf(g, conjunct.token) : undefined;
  return participleSubject(g, verb) ?? apposed ?? (joined && { token: joined.token, shared: true });
}

/** Whether a speech verb has words of its own after it ("In the past, Iran has accused the group of …"), so it does not end its sentence as "…, the army says." does. */
function saysMore(g: SentenceGraph, verb: number): boolean {
  // (Only a main clause: "…, according to Reuters, which cited an official …" still reports what comes before.)
  const parent = g.treeParent(verb);
  if (parent && parent.dep !== 'ROOT') return false;
  // (Nor whom it was told to: "…, local military officials told VOA.")
  const told = g.token(verb).lemma === 'tell' ? ['obj', 'iobj'] : [];
  return g.children(verb).some((e) => e.token > verb && !/^(?:punct|nsubj|obl:tmod|nmod:tmod|advmod|obl:npmod|obl:on)$/.test(e.dep) && !told.includes(e.dep));
}

/**
 * Speech verbs below `head` that report on their own ("…, saying his forces know …", "…, noting that
 * …", "until, he said, …"): their words are their own statement, not part of the one above.
 */
function nestedSpeech(g: SentenceGraph, head: number): Set<number> {
  const out = new Set<number>();
  const stack = [head];
  while (stack.length) {
    for (const c of g.treeChildren(stack.pop()!)) {
      const rel = g.treeParent(c)!.dep;
      // (The parse hangs "…, saying" on a clause as advcl, or as dep; "said he remains president and
      // called on his followers to …" joins the speaker's second verb to what he said.)
      // (Or with a pronoun for the speaker: "said it was a pre-meditated attack and he blamed …".)
      const joined = rel === 'conj' && g.treeChildren(c).filter((t) => g.treeParent(t)!.dep.startsWith('nsubj')).every((t) => g.token(t).pos === 'PRP');
      if (SPEECH_VERBS.has(g.token(c).lemma) && /^VB/.test(g.token(c).pos) && (rel.startsWith('advcl') || rel === 'parataxis' || joined || (rel === 'dep' && g.token(c).pos === 'VBG'))) out.add(c);
      else stack.push(c);
    }
  }
  return out;
}

/**
 * Any speech verb whose object comes with what is said of it ("critics say Aristide is to blame",
 * "declared Yanukovych the winner"), or whose object the parse hung the reported clause on ("said
 * the airstrike that killed Dhore was carried out …").
 */
function objectReports(g: SentenceGraph, verb: number): boolean {
  const objects = g.children(verb, ['obj']);
  return (objects.length > 0 && g.children(verb, ['xcomp']).length > 0) || objects.some((o) => g.children(o.token, ['ccomp']).length > 0);
}

/** Relations by which a clause hangs on the clause whose subject it shares. */
const SHARED_SUBJECT = new Set(['advcl', 'xcomp', 'conj', 'dep']);

/**
 * "Deby called on Shekau to surrender or be killed, saying his forces know …", "after blaming the
 * group for …": a participle that reports a clause or an object speaks for the subject of the
 * sentence it hangs on (the top of the chain of clauses, not "Shekau to surrender"). "…, adding to
 * hundreds of killings" and "calling for the ouster" report nothing.
 */
function participleSubject(g: SentenceGraph, verb: number): { dep: string; token: number } | undefined {
  const reports = g.children(verb, ['ccomp', 'parataxis']).length || (OBJECT_CONTENT.has(g.token(verb).lemma) && g.children(verb, ['obj']).length);
  if (g.token(verb).pos !== 'VBG' || !reports) return undefined;
  // "with a local official in Mondoro estimating that …": the noun a participle reporting a clause
  // describes speaks (not "a statement denouncing the attacks").
  const described = g.treeParent(verb);
  if (described?.dep === 'acl' && /^NN/.test(g.token(described.token).pos) && g.children(verb, ['ccomp', 'parataxis']).length) return described;
  // The main clause's subject; a clause joined with a subject of its own is a main clause ("officials
  // sent …, but Golding refused …, arguing that …" is Golding's).
  let top: number | undefined;
  for (let node = verb, up = g.treeParent(verb); up && SHARED_SUBJECT.has(up.dep.split(':')[0]); node = up.token, up = g.treeParent(up.token)) {
    const own = up.dep.startsWith('conj') && node !== verb ? g.children(node, ['nsubj'])[0] : undefined;
    if (own) return own;
    top = up.token;
  }
  return top === undefined ? undefined : g.children(top, ['nsubj'])[0];
}

function statusOf(ctx: ArticleContext, lemma: string, span: { start: number; end: number }, quoted: boolean): ClaimStatus {
  if (DENIAL.has(lemma)) return 'DENIED';
  if (HEDGING_VERBS.has(lemma)) return 'UNCERTAIN';
  if (CONFIRMATION.has(lemma)) return 'CONFIRMED';
  if (!quoted && HEDGES.test(ctx.doc.text.slice(span.start, span.end))) return 'UNCERTAIN';
  return 'CLAIMED';
}

/** "in a statement", "on Twitter", "in a televised address": the channel a statement came by. */
function channelOf(ctx: ArticleContext, g: SentenceGraph, verb: number): string | undefined {
  for (const e of g.children(verb, ['obl:in', 'obl:on', 'obl:through', 'obl:via', 'nmod:in', 'obl:to'])) {
    const words = phrase(ctx, g, e.token).replace(/^(?:in|on|through|via|to)\s+/i, '');
    if (CHANNELS.test(words) || /^(?:NNP)$/.test(g.token(e.token).pos) && /^(?:Twitter|Facebook|Telegram|X|Instagram)$/.test(g.token(e.token).word)) return words;
  }
  return undefined;
}

/** The words of the phrase `head` heads. */
function phrase(ctx: ArticleContext, g: SentenceGraph, head: number): string {
  const [first, last] = g.span(head);
  return ctx.doc.text.slice(g.token(first).start, g.token(last).end);
}

/** The content's character span: tokens [first, last] without edge punctuation, quotation marks, "that", or the speech verb itself. */
function trimmed(ctx: ArticleContext, g: SentenceGraph, first: number, last: number, verb: number): { start: number; end: number } | undefined {
  const tokens = g.sentence.tokens;
  const skip = (t: number) => t === verb || /^(?:[,.:;!?"'`“”‘’«»]|''|``|-LRB-|-RRB-)$/.test(tokens[t - 1].word) || tokens[t - 1].pos === 'HYPH';
  // (Nor the verb's own preposition: "called on his followers to …".)
  const particle = (t: number) => t === verb + 1 && /^(?:on|upon|for)$/i.test(tokens[t - 1].word) && /^(?:call|appeal)$/.test(tokens[verb - 1].lemma);
  // (A "that" which opens the clause, not one that points: "rejects that secession", tagged IN all the same.)
  const opens = (t: number) => tokens[t - 1].lemma === 'that' && tokens[t - 1].pos === 'IN' && !g.parents(t, ['amod', 'det']).length;
  while (first <= last && (skip(first) || particle(first) || opens(first))) first++;
  while (last >= first && skip(last)) last--;
  if (last < first) return undefined;
  // Words only: a span ending on the speech verb's own phrase is cut before it.
  const start = tokens[first - 1].start;
  const end = tokens[last - 1].end;
  const text = ctx.doc.text.slice(start, end);
  // (One word says nothing, except what a denial or confirmation points back to: "Sudan denies this".)
  const pointsBack = /^(?:this|that|it)$/i.test(text) && /^(?:deny|reject|dismiss|confirm)$/.test(tokens[verb - 1].lemma);
  if (text.split(/\s+/).length < 2 && !pointsBack) return undefined;
  return { start, end };
}
