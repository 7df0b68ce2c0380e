// Extraction on a real Stanford CoreNLP: the phrasings real wire copy uses, which the old regular
// expressions missed. Each case is a sentence or two of the kind the eight-article outside test
// found unhandled.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../src/model/records.js';
import { splitSentences } from '../../src/ingest/article/sentences.js';
import { MAX_REQUEST_CHARS, annotate } from '../../src/ingest/nlp/corenlp.js';
import { type Extraction, extractArticle } from '../../src/ingest/extract.js';
import type { GraphLookup } from '../../src/ingest/resolve/resolve.js';
import { corenlpAvailable, corenlpUrl, testNlp } from '../support/corenlp.js';

const noGraph: GraphLookup = async () => [];

async function extract(text: string, publishedAt = '2020-11-09', lookup = noGraph): Promise<Extraction> {
  const doc = await testNlp().annotate(text, { publishedAt });
  return extractArticle({ articleId: 'article:t', articleKey: 't', publishedAt, sentences: splitSentences(text) }, doc, lookup);
}

const by = (e: Extraction, predicate: string) => e.claims.filter((c) => c.predicate === predicate);
/** The subject and object of each claim of a predicate. */
const ends = (e: Extraction, predicate: string) => by(e, predicate).map((c) => [c.subjectId, c.objectId]);
/** Subject, object and number of each claim of a predicate. */
const counted = (e: Extraction, predicate: string) => by(e, predicate).map((c) => [c.subjectId, c.objectId, c.quantity?.value]);
const named = (e: Extraction, name: string) => e.named.find((n) => n.name === name);
/** The first speaker and first quote of each statement claim. */
const statementsOf = (e: Extraction) => by(e, 'STATES').map((c) => [c.attributedTo[0], c.evidence[0].quote]);
/** The claim whose first quote holds `words`. */
const quoting = (e: Extraction, words: string) => e.claims.find((c) => c.evidence[0].quote.includes(words));

function expectIntactEvidence(text: string, claims: ClaimRecord[]): void {
  const word = /[\p{L}\p{N}]/u;
  for (const c of claims) {
    for (const ev of c.evidence) {
      expect(text.slice(ev.start, ev.end), c.id).toBe(ev.quote);
      expect(ev.start === 0 || !word.test(text[ev.start - 1]) || !word.test(text[ev.start]), `${c.id} starts mid-word: ${ev.quote}`).toBe(true);
      expect(ev.end === text.length || !word.test(text[ev.end]) || !word.test(text[ev.end - 1]), `${c.id} ends mid-word: ${ev.quote}`).toBe(true);
    }
  }
}

describe.runIf(corenlpAvailable())('extraction [corenlp]: attributed statements', () => {
  it('keeps a tweeted quotation as a claim by its speaker, dated by SUTime against the publication day', async () => {
    const text = 'Armenian Defence Ministry spokesman Artsrun Hovhannisyan denied the report. "The battle continues in Shushi," Hovhannisyan tweeted on Sunday.';
    const e = await extract(text);
    const tweet = quoting(e, 'battle continues');
    expect(tweet).toBeDefined();
    expect(tweet!.attributedTo).toEqual(['actor:artsrun-hovhannisyan']);
    expect(tweet!.status).toBe('CLAIMED');
    expect(tweet!.statedOn).toMatchObject({ value: '2020-11-08', precision: 'DAY' });
    expectIntactEvidence(text, e.claims);
  });

  it('attributes "In a statement on Twitter, Abiy said …" to Abiy Ahmed, with the channel, not to the article', async () => {
    const text = 'Ethiopian Prime Minister Abiy Ahmed ordered the offensive. In a statement on Twitter, Abiy said the army was in full control of Mekelle.';
    const e = await extract(text);
    const said = quoting(e, 'full control of Mekelle');
    expect(said).toMatchObject({ status: 'CLAIMED', attributedTo: ['actor:abiy-ahmed'] });
    expect(said!.statedVia).toMatch(/Twitter/);
    expect(named(e, 'Abiy Ahmed')?.spellings).toEqual(expect.arrayContaining(['Abiy Ahmed', 'Abiy']));
  });

  it('resolves "his forces" to the speaker\'s side, and titles give LEADS', async () => {
    const text = 'TPLF leader Debretsion Gebremichael said his forces will continue fighting.';
    const e = await extract(text);
    const said = e.claims.filter((c) => c.attributedTo.includes('actor:debretsion-gebremichael'));
    expect(said.length).toBeGreaterThan(0);
    expect(said[0].evidence[0].quote).toContain('his forces will continue fighting');
    expect(by(e, 'LEADS')).toEqual([expect.objectContaining({ subjectId: 'actor:debretsion-gebremichael', objectId: 'actor:tplf', status: 'REPORTED' })]);
  });

  it('gives an interim president the lead of the story\'s country, which a foreign embassy in it does not outnumber', async () => {
    const text =
      'Riot police in Honduras broke up marches by supporters of Manuel Zelaya, who has sought refuge in the Brazilian embassy in Tegucigalpa. ' +
      'Thousands gathered outside the Brazilian embassy. Brazil said he could stay in the Brazilian embassy. ' +
      'Interim President Roberto Micheletti called on Brazil to hand over Mr. Zelaya.';
    const e = await extract(text, '2009-09-22');
    expect(ends(e, 'LEADS')).toEqual([['actor:roberto-micheletti', 'actor:honduras']]);
  });

  it('finds the story\'s country by its first sentences and its bodies ("Guatemala\'s government"), a president in a sentence "In Mexico" leading Mexico', async () => {
    const text =
      'Police look at the site of a massacre at a ranch in La Libertad, northern Guatemala. ' +
      'Guatemala\'s government has declared a state of siege in the Peten region near Mexico\'s border after the massacre of nearly 30 field workers. ' +
      'President Alvaro Colom has said the state of siege was put into effect to track down the killers. ' +
      'The government has blamed Mexico\'s Zetas drug gang for the massacre, one of Guatemala\'s worst mass killings. Mexican drug cartels face a crackdown at home. ' +
      'Of the Mexican drug gangs operating in Guatemala, the Zetas have made the most inroads. ' +
      'In Mexico, the Zetas have been hit hard since President Felipe Calderon took office. The Zetas began as a Mexican military unit.';
    const e = await extract(text, '2011-05-17');
    expect(ends(e, 'LEADS')).toEqual([
      ['actor:alvaro-colom', 'actor:guatemala'],
      ['actor:felipe-calderon', 'actor:mexico'],
    ]);
  });

  it('gives "Venezuela\'s socialist president Hugo Chavez" the lead of Venezuela, but "Ukraine\'s opposition leader" none of Ukraine, and troops that arrive are deployed', async () => {
    const text = "He is an ally of Venezuela's socialist president Hugo Chavez. Ukraine's pro-Western opposition leader, Viktor Yushchenko, spoke. Australian commandos have arrived in East Timor. Islam Karimov arrived in Andijan.";
    const e = await extract(text, '2010-09-30');
    expect(ends(e, 'LEADS')).toEqual([['actor:hugo-chavez', 'actor:venezuela']]);
    expect(ends(e, 'DEPLOYED_TO')).toEqual([['actor:t-australian-commandos', 'place:east-timor']]);
    expect(by(e, 'FLED_TO')).toEqual([]);
  });

  it('gives "The deputy governor of Ghazni, X, said" to X when the parse hangs the name on the place, and knows the Taleban spelling', async () => {
    const text = 'The deputy governor of Ghazni, Mohammad Kazim Allahyer, said Taleban fighters attacked the government headquarters in Giru district.';
    const e = await extract(text, '2007-04-27');
    expect(quoting(e, 'attacked the government headquarters')?.attributedTo).toEqual(['actor:mohammad-kazim-allahyer']);
    expect(by(e, 'ATTACKED')).toEqual([expect.objectContaining({ subjectId: 'actor:taliban', attributedTo: ['actor:mohammad-kazim-allahyer'] })]);
  });

  it('keeps a speaker\'s second verb as a statement of its own ("said … and called on his followers to …", "and asked … to …"), without "on", and no aside "he said" as one', async () => {
    const text =
      'Speaking from inside the Brazilian embassy, Manuel Zelaya said he remains the elected president of the country and called on his followers to show their support. ' +
      'Luiz Inacio Lula da Silva said he hoped that Honduran security forces would not enter the embassy, and asked the interim government to negotiate a resolution to the crisis. ' +
      'He said he spoke by telephone with the ousted leader, who, he said, urged his supporters to pursue peaceful demonstrations. ' +
      'The deputy mayor, Supyan Makhchayev, said it was a pre-meditated attack and he blamed the explosion on Chechen separatists.';
    const e = await extract(text, '2009-09-22');
    const said = statementsOf(e);
    expect(said).toEqual(expect.arrayContaining([
      ['actor:manuel-zelaya', 'he remains the elected president of the country'],
      ['actor:manuel-zelaya', 'his followers to show their support'],
      ['actor:luiz-inacio-lula-da-silva', 'the interim government to negotiate a resolution to the crisis'],
      ['actor:supyan-makhchayev', 'it was a pre-meditated attack'],
      ['actor:supyan-makhchayev', 'the explosion on Chechen separatists'],
    ]));
    expect(said.some(([, quote]) => quote === 'he said')).toBe(false);
    expectIntactEvidence(text, e.claims);
  });

  it('takes unnamed sources by a plural noun ("Two rebel groups announced") or a title alone ("the army chief of staff announced"), with the object the parse left on the verb', async () => {
    const text = 'Two rebel groups announced Friday that they would break the cease-fire. The army chief of staff announced the district would be under a curfew until Saturday morning.';
    const e = await extract(text, '2007-11-29');
    const said = statementsOf(e);
    expect(said).toEqual([
      ['actor:t-rebel-groups', 'they would break the cease-fire'],
      ['actor:t-army-chief', 'the district would be under a curfew until Saturday morning'],
    ]);
  });

  it('gives "The Associated Press quotes a NATO official as saying …" to the official, through the AP, when the parse makes "saying" the marker', async () => {
    const text = "The Associated Press quotes a NATO official as saying the commander of the alliance's Kosovo peacekeeping force mediated an agreement to calm the situation in the border areas.";
    const e = await extract(text, '2011-07-27');
    const said = e.claims.filter((c) => c.predicate === 'STATES');
    expect(said.map((c) => [c.attributedTo, c.statedVia, c.evidence[0].quote.slice(0, 28)])).toEqual([[['actor:t-nato-official'], 'Associated Press', 'the commander of the allianc']]);
  });

  it('gives "…and vowed to track down" the subject of the verb it is joined to, \'"…," said a statement issued by the Interior Ministry\' to the ministry, and \'"…," said the official\' to the one who spoke last', async () => {
    const text =
      'In a statement carried on the state news agency, Egyptian President Hosni Mubarak called the attacks a "wicked terrorist act" and vowed to track down those responsible. ' +
      '"One person was killed and 12 were wounded, of whom 10 have left hospital," said a statement issued by the Interior Ministry. ' +
      'But James Warren with the American Embassy in Vientiane says the attacks are confined in their scope. "The only problems that we have had are along this one stretch of Route 13," said the official.';
    const e = await extract(text, '2006-04-24');
    expect(quoting(e, 'to track down those responsible')?.attributedTo).toEqual(['actor:hosni-mubarak']);
    expect(quoting(e, 'One person was killed')?.attributedTo).toEqual(['actor:interior-ministry']);
    expect(quoting(e, 'The only problems that we have had')?.attributedTo).toEqual(['actor:james-warren']);
  });

  it('gives a quotation to its speaker, not to whom "they" inside it blamed', async () => {
    const text =
      'More than 11,500 Togolese have fled since the elections, according to the United Nations. ' +
      '"Just after the results were announced the red berets went out into the streets and started shooting at the boys," said Marthe, who fled to a refugee camp in Benin. ' +
      '"They only shot at the boys. They ransacked shops and blamed the youths, who were unarmed," she continued in her Reuters interview.';
    const e = await extract(text, '2005-04-30');
    expect(quoting(e, 'They only shot at the boys')?.attributedTo).toEqual(['actor:marthe']);
  });

  it('takes "Mexican police" for people of the country, unnamed, and a bare "Police" after them for the same group; "the Sudanese army" stays the country\'s body', async () => {
    const text = 'Mexican police said the bodies of 10 men were found shot. Police said they are continuing their investigation. The Sudanese army said it had retaken the town.';
    const e = await extract(text, '2011-11-24');
    expect(e.entities.map((x) => x.id)).not.toContain('actor:mexican-police');
    expect(quoting(e, 'the bodies of 10 men')?.attributedTo).toEqual(['actor:t-mexican-police']);
    expect(quoting(e, 'they are continuing')?.attributedTo).toEqual(['actor:t-mexican-police']);
    expect(quoting(e, 'it had retaken')?.attributedTo).toEqual(['actor:sudanese-army']);
  });

  it('gives what "the statement says" to the body named last, and what "a statement" says to the body named in its sentence or the one before', async () => {
    const text =
      'A communique announced that an offensive launched by the Ogaden National Liberation Front is still in progress. The statement says the battlefields are littered with bodies of soldiers. ' +
      'In Washington, the U.S. State Department condemned the blast. A statement called it a "heinous act of terrorism."';
    const e = await extract(text, '2007-11-23');
    expect(quoting(e, 'the battlefields are littered')?.attributedTo).toEqual(['actor:ogaden-national-liberation-front']);
    expect(quoting(e, 'heinous act')?.attributedTo).toEqual(['actor:u-s-state-department']);
  });

  it('gives "Hong Kong Federation of Students leader Alex Chow said" to Chow, who leads the federation (a body, though NER took it for a place), and makes no statement of a sign-off ("For VOA, Jordan Davis reports from Dakar")', async () => {
    const text = 'Hong Kong Federation of Students leader Alex Chow said the protesters had intended to paralyze government headquarters. For VOA, Jordan Davis reports from Dakar.';
    const e = await extract(text, '2014-12-01');
    expect(quoting(e, 'the protesters had intended')?.attributedTo).toEqual(['actor:alex-chow']);
    expect(e.entities.find((x) => x.name === 'Hong Kong Federation of Students')).toMatchObject({ kind: 'ACTOR', subtype: 'organisation' });
    expect(ends(e, 'LEADS')).toEqual([['actor:alex-chow', 'actor:hong-kong-federation-of-students']]);
    expect(e.claims.filter((c) => c.attributedTo.includes('actor:jordan-davis'))).toEqual([]);
  });

  it('reads "downplaying" what others fear as a denial', async () => {
    const text = 'Moroccan authorities have been downplaying a possible connection with the bombings in neighboring Algeria.';
    const e = await extract(text, '2007-04-14');
    expect(quoting(e, 'a possible connection')).toMatchObject({ status: 'DENIED', attributedTo: ['actor:t-moroccan-authorities'] });
  });

  it('gives a statement to the titled person a subject phrase ends with, a named person apposed before the verb\'s comma, and the pronoun of two unjoined subjects; a place right before a title is what the person leads', async () => {
    const text =
      'North Rhine-Westphalia Premier Armin Laschet visited the area and told reporters that officials do not know how many victims there are. ' +
      'The spokesman for the Comoros government, Education Minister Abdourahim Said Bacar, says Comoran troops landed before dawn on the island. ' +
      'Frank Agyekum is Ghana\'s deputy information minister. From the capital, Accra he tells reporter Peter Clottey that the government is committed to finding a lasting solution.';
    const e = await extract(text, '2021-07-15');
    expect(quoting(e, 'officials do not know')?.attributedTo).toEqual(['actor:armin-laschet']);
    expect(quoting(e, 'Comoran troops landed')?.attributedTo).toEqual(['actor:abdourahim-said-bacar']);
    expect(quoting(e, 'the government is committed')?.attributedTo).toEqual(['actor:frank-agyekum']);
    const governor = await extract('Sao Paulo Governor Claudio Lembo said the attacks were a response to the transfer of gang leaders.', '2006-05-15');
    expect(ends(governor, 'LEADS')).toEqual([['actor:claudio-lembo', 'place:sao-paulo']]);
    // (The lexicon knows the smaller countries too: "Comoran".)
    const president = await extract('Troops from Tanzania and Sudan landed on Anjouan. Comoran President Ahmed Abdallah Sambi announced the operation.', '2008-03-25');
    expect(ends(president, 'LEADS')).toEqual([['actor:ahmed-abdallah-sambi', 'actor:comoros']]);
  });

  it('takes bare "Officials say" and then "They say" for the "Omani officials" named before, and "…, but Golding refused …, arguing that" for Golding\'s', async () => {
    const text =
      "Omani officials say at least 32 people have been killed after Cyclone Gonu battered the country's coastal region. " +
      'Officials say the storm damaged main roads and bridges. They say police and rescue teams are searching for about 30 missing people. ' +
      'U.S. officials sent the extradition request for Coke to the Jamaican government nine months ago, but Prime Minister Bruce Golding refused to allow it to be processed, arguing that the evidence in it had been obtained illegally.';
    const e = await extract(text, '2007-06-08');
    expect(quoting(e, 'the storm damaged main roads')?.attributedTo).toEqual(['actor:t-omani-officials']);
    expect(quoting(e, 'police and rescue teams are searching')?.attributedTo).toEqual(['actor:t-omani-officials']);
    expect(quoting(e, 'the evidence in it had been obtained')?.attributedTo).toEqual(['actor:bruce-golding']);
  });

  it('reads "have said rebels calling themselves Ninjas staged an attack" as a statement though the parse made "rebels" the verb\'s object, and "said a prayer" as none', async () => {
    const text = 'Military officials in the Republic of Congo have said rebels calling themselves Ninjas staged a bloody attack on an air base on Friday. The mayor said a prayer for the dead.';
    const e = await extract(text, '2002-06-14');
    const said = e.claims.filter((c) => c.predicate === 'STATES').map((c) => [c.attributedTo, c.evidence[0].quote]);
    expect(said).toEqual([[['actor:t-military-officials'], 'rebels calling themselves Ninjas staged a bloody attack on an air base on Friday']]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads "AFP quotes an unnamed military officer saying …" as the officer\'s statement to the end of the sentence, however the parse hangs it, and "The officer says" as the same officer\'s', async () => {
    const text =
      'Gunfire erupted in Banjul on Tuesday. The French news agency, AFP, quotes an unnamed military officer saying three suspects were killed in the fighting, while another was captured. ' +
      'The officer says the dead include the alleged ringleader.';
    const e = await extract(text, '2014-12-30');
    const said = e.claims.filter((c) => c.predicate === 'STATES').map((c) => [c.attributedTo, c.evidence[0].quote]);
    expect(said).toEqual([
      [['actor:t-unnamed-military-officer'], 'three suspects were killed in the fighting, while another was captured'],
      [['actor:t-unnamed-military-officer'], 'the dead include the alleged ringleader'],
    ]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives "A spokeswoman for pop star Madonna said" to the spokeswoman, and "Spokesman for Mauritania\'s Interior Minister Mohammed Lamine Shah confirmed", a bare title running on to a name, to Shah', async () => {
    const text =
      'A spokeswoman for pop star Madonna said the singer has pledged cash to help the village. ' +
      "Spokesman for Mauritania's Interior Minister Mohammed Lamine Shah confirmed there was an attack near a military post.";
    const e = await extract(text, '2009-04-09');
    expect(quoting(e, 'the singer has pledged cash')?.attributedTo).toEqual(['actor:t-spokeswoman']);
    expect(quoting(e, 'an attack near a military post')?.attributedTo).toEqual(['actor:mohammed-lamine-shah']);
  });

  it('reads "three men who Saudi officials say killed 22 people" as the men\'s killing, claimed by the officials, though the parse makes "say" an auxiliary and the officials its subject', async () => {
    const text = 'A massive manhunt is under way in Saudi Arabia for three men who Saudi officials say killed 22 people after taking dozens of foreigners hostage.';
    const e = await extract(text, '2004-05-30');
    const killed = by(e, 'KILLED');
    expect(killed.map((c) => [c.subjectId, c.objectId, c.quantity?.value, c.status, c.attributedTo])).toEqual([['actor:t-men', 'actor:t-people', 22, 'CLAIMED', ['actor:t-saudi-officials']]]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives a sentence-opening "It said" to the body the sentence before was about, not to a body coreference ties "it" to ("the U.S. embassy … its website")', async () => {
    const text =
      'The events prompted the U.S. embassy in Dushanbe to shut. A statement on its website said armed gunmen had clashed with Tajik police. ' +
      "Tajikistan's interior ministry blamed the attacks on a terrorist group. It said the group was led by the deputy defense minister.";
    const e = await extract(text, '2015-09-04');
    expect(quoting(e, 'armed gunmen had clashed')?.attributedTo).toEqual(['actor:american-embassy']);
    expect(quoting(e, 'the group was led by')?.attributedTo).toEqual(['actor:t-tajikistans-interior-ministry']);
  });

  it('gives "The general says" to the general named before, "The Palestinian militant group Islamic Jihad" to Islamic Jihad, and a "reportedly" claim of responsibility as uncertain', async () => {
    const text =
      'Lieutenant General Lee Sang Hee, with South Korea\'s Joint Chiefs of Staff, calls the incursion a clear violation. The general says North Korea was responsible for the incident. ' +
      'A suicide bomber blew himself up Thursday, wounding at least 16 people. The Palestinian militant group Islamic Jihad has reportedly claimed responsibility for the attack.';
    const e = await extract(text, '2006-01-19');
    expect(quoting(e, 'North Korea was responsible')?.attributedTo).toEqual(['actor:lee-sang-hee']);
    const claimed = e.claims.find((c) => c.evidence.some((ev) => ev.quote.includes('responsibility for the attack')) && c.predicate === 'STATES');
    expect(claimed).toMatchObject({ attributedTo: ['actor:islamic-jihad'], status: 'UNCERTAIN' });
    // The attack's target is unknown: not the people its casualty count names.
    expect(by(e, 'ATTACKED').filter((c) => c.subjectId === 'actor:islamic-jihad')).toEqual([]);
  });

  it('keeps statements the parse breaks: "…, local military officials told VOA." with no subject left to the verb, "said more than 2 million buildings, including …, were damaged", and monks as sources', async () => {
    const text =
      'Islamist insurgents have captured a strategic port in the restive province of Cabo Delgado in northern Mozambique, local military officials told VOA. ' +
      'Ms. Bachelet said more than 2 million buildings, including 500,000 homes, were damaged in the quake and that it is impossible to know at this time what can be rebuilt. ' +
      'Monks told Western news agencies they were treating more than 30 demonstrators for injuries.';
    const e = await extract(text, '2020-08-13');
    const said = e.claims.filter((c) => c.predicate === 'STATES' || c.status !== 'REPORTED').map((c) => [c.attributedTo[0], c.evidence[0].quote.slice(0, 30)]);
    expect(said).toEqual(expect.arrayContaining([
      ['actor:t-local-military-officials', 'Islamist insurgents have captu'],
      ['actor:bachelet', 'more than 2 million buildings,'],
      ['actor:t-monks', 'they were treating more than 3'],
    ]));
    expectIntactEvidence(text, e.claims);
  });

  it('gives "Mongolia\'s justice minister says" to the minister, not to Mongolia', async () => {
    const e = await extract("Mongolia's justice minister says five people were killed Tuesday in a violent protest in the capital Ulaanbaatar.", '2008-07-02');
    expect(e.claims.find((c) => c.status === 'CLAIMED')?.attributedTo).toEqual(['actor:t-mongolias-justice-minister']);
  });

  it('keeps what a speaker called on others to do or called something, and names a speaker NER missed without the title', async () => {
    const text =
      'U.N. Secretary-General Ban Ki-moon called on South Sudan leaders Sunday to find a "political means" to address the conflict. ' +
      'Ethiopian government spokesman Shimelis Kemal called the ONLF claims completely false.';
    const e = await extract(text, '2013-12-22');
    const ban = quoting(e, 'political means');
    expect(ban?.attributedTo).toEqual(['actor:ban-ki-moon']);
    expect(e.named.find((n) => n.ids.includes('actor:ban-ki-moon'))).toMatchObject({ name: 'Ban Ki-moon', type: 'person' });
    const kemal = quoting(e, 'completely false');
    expect(kemal?.attributedTo).toEqual(['actor:shimelis-kemal']);
    expectIntactEvidence(text, e.claims);
  });

  it('gives "He said" to the person who spoke last, not a person named in what they said, and a bare surname to the full name', async () => {
    const text =
      'Chinedu Offor told VOA the incident marks the first such attack since Goodluck Jonathan assumed the presidency. ' +
      'He said the fighting lasted for several hours in the creeks. ' +
      'Offor said the militants had not attacked since then.';
    const e = await extract(text, '2010-06-11');
    const said = (words: string) => quoting(e, words)?.attributedTo;
    expect(said('lasted for several hours')).toEqual(['actor:chinedu-offor']);
    expect(said('had not attacked')).toEqual(['actor:chinedu-offor']);
  });

  it('gives what "media reports" or "police reports" say to the media or the police', async () => {
    const text = 'Israeli media reports say the attack was an attempt by Hezbollah to kidnap Israeli soldiers. Police reports said the rebels attacked the town with 50 trucks.';
    const e = await extract(text, '2005-11-21');
    const said = (words: string) => quoting(e, words)?.attributedTo ?? [];
    expect(said('attempt by Hezbollah')).toEqual([expect.stringMatching(/-media$/)]);
    expect(said('with 50 trucks')).toEqual([expect.stringMatching(/-police$/)]);
  });

  it('keeps a quotation of several sentences whole beside the typed claim found in one of them', async () => {
    const text = 'Army spokesman Philip Aguer told VOA that soldiers backing Riek Machar control Bor. "Definitely the army will re-control these areas. It\'s a matter of days and the army will control Jonglei state and we will work for the full control of the national army over South Sudan."';
    const e = await extract(text, '2013-12-22');
    const whole = e.claims.find((c) => c.predicate === 'STATES' && c.evidence.some((ev) => ev.quote.startsWith('Definitely the army will re-control')));
    expect(whole?.attributedTo).toEqual(['actor:philip-aguer']);
    expect(by(e, 'CONTROLS')).toContainEqual(expect.objectContaining({ objectId: 'place:jonglei', attributedTo: ['actor:philip-aguer'] }));
    expectIntactEvidence(text, e.claims);
  });

  it('keeps a statement whole beside the typed claim found in its subordinate clause', async () => {
    // VOA, 2009-03-02: what the leaders promise is lost if only the killing after it is kept.
    const text = 'Military leaders in Guinea-Bissau said they will respect constitutional order after mutinous soldiers killed President Joao Bernardo Vieira early Monday.';
    const e = await extract(text, '2009-03-02');
    expect(by(e, 'KILLED')).toHaveLength(1);
    const whole = e.claims.find((c) => c.predicate === 'STATES' && c.evidence[0].quote.startsWith('they will respect constitutional order'));
    expect(whole).toMatchObject({ attributedTo: [expect.stringMatching(/military-leaders$/)], status: 'CLAIMED' });
    // A statement the typed claim covers stays one claim.
    const one = await extract('Philippine military officials say at least 500 rebels attacked Army outposts.', '2008-08-18');
    expect(one.claims.map((c) => c.predicate)).toEqual(['ATTACKED']);
    expectIntactEvidence(text, e.claims);
  });

  // Two passages of real wire copy: CoreNLP leaves the first quotation without a speaker and gives
  // the second to the president the speaker mentions.
  it('gives a quotation the speaker the text gives: the speech verb beside it, or who spoke first just before it', async () => {
    const mali = "Twin attacks on the army in central Mali overnight killed six soldiers while some 30 suspected jihadists were also left dead in response, the military said Sunday.\n\nThe attacks occurred near the border with Burkina Faso at army positions that have been targeted in the past, with a deadly Islamist offensive having begun in northern Mali in 2012 before spreading elsewhere.\n\n\"The provisional toll is six dead and 18 wounded\" among the soldiers, the army said in a statement, adding that the attacks prompted a response which left \"around 30 dead on the terrorist side.\"";
    const somalia = "Al-Qaida-linked militants attacked Somalia's presidential palace Friday. The president was unharmed but at least 17 other people were killed.\n\nAl-Shabab quickly claimed responsibility for the attack on the palace, known as Villa Somalia.\n\nWitnesses say the attack began with a car bomb explosion, then gunmen stormed the palace compound. African Union and Somali government soldiers fought off the assailants.\n\nA Somali security official tells VOA that the dead include seven soldiers, at least eight attackers and two others. One of those killed, Mohamud Indha-Asse, was chief of staff in the prime minister's office.\n\nNick Kay is the U.N. secretary-general's special representative to Somalia. He says he heard from President Hassan Sheikh Mohamud soon after the attack.\n\n\"The first I heard of it this morning actually as a phone call from the president just after the attack had happened. He wanted to reassure me that he was unharmed, unhurt and that the attack had been unsuccessful.\"";
    const saying = (e: Extraction, words: string) => e.claims.find((c) => c.evidence.some((ev) => ev.quote.startsWith(words)))?.attributedTo;
    const first = await extract(mali, '2021-01-24');
    expect(saying(first, 'The provisional toll')).toEqual(['actor:t-military']);
    const second = await extract(somalia, '2014-02-21');
    expect(saying(second, 'The first I heard')).toEqual(['actor:nick-kay']);
    expectIntactEvidence(somalia, second.claims);
  });

  it('reads what "…, saying …" reports when the parse makes "saying" the marker of the clause', async () => {
    const text = 'A Taliban spokesman, Qari Yosaf Ahmadi, claimed responsibility for the assault, saying it has inflicted heavy casualties on Afghan security personnel.';
    const e = await extract(text, '2016-03-09');
    expect(quoting(e, 'it has inflicted heavy casualties')).toMatchObject({ attributedTo: ['actor:qari-yosaf-ahmadi'], status: 'CLAIMED' });
    expectIntactEvidence(text, e.claims);
  });

  it('gives what "quotes X as saying" reports to X, and the act in it the status of a claim', async () => {
    const text = 'Bloomberg news quotes a prominent opposition leader, Bekele Nega, as saying police have killed 10 students taking part in the ongoing protests.';
    const e = await extract(text, '2015-12-10');
    expect(by(e, 'KILLED')[0]).toMatchObject({ subjectId: 'actor:t-police', status: 'CLAIMED', attributedTo: ['actor:bekele-nega'] });
    expectIntactEvidence(text, e.claims);
  });

  it('gives what "a military statement" says to the military, not to an entity named "Military statement"', async () => {
    const text = 'A military statement said 30 militants were killed and eight troops wounded in South Waziristan.';
    const e = await extract(text, '2009-11-05');
    expect(new Set(e.claims.flatMap((c) => c.attributedTo))).toEqual(new Set(['actor:t-military']));
  });

  it('gives a speaker\'s claim of its own act the status of a claim ("is claiming to have killed")', async () => {
    const text = 'The Yemeni defense ministry is claiming to have killed 59 Houthi fighters in a series of recent skirmishes.';
    const e = await extract(text, '2009-10-12');
    const killed = by(e, 'KILLED')[0];
    expect(killed).toMatchObject({ status: 'CLAIMED', attributedTo: [killed.subjectId], quantity: expect.objectContaining({ value: 59 }) });
    expectIntactEvidence(text, e.claims);
  });

  it('takes no word or name in quotation marks for a statement', async () => {
    const text = 'In an interview appearing in the British newspaper "Daily Telegraph" on Friday, Miliband said British officials will look "hard" at any requests for help. The rebel group said 626 Ethiopian troops have died. It described its own casualties as "minimal", but gave no details.';
    const e = await extract(text, '2008-11-28');
    expect(e.claims.filter((c) => c.evidence.some((ev) => ['Daily Telegraph', 'hard', 'minimal'].includes(ev.quote)))).toEqual([]);
    expect(quoting(e, 'British officials will look')?.attributedTo).toEqual(['actor:miliband']);
  });

  it('takes no speaker\'s own words for what a speech verb they report says ("officials said they believed …")', async () => {
    const text = 'Local media reports say the pro-Pakistan militant group Hizbul Mujahideen claimed responsibility. Indian officials also said they believed the attackers were from Pakistan -- a charge Islamabad strongly rejected.';
    const e = await extract(text, '2013-03-14');
    expect(e.claims.filter((c) => c.evidence.some((ev) => ev.quote === 'Indian officials also said'))).toEqual([]);
    expect(quoting(e, 'they believed')?.attributedTo).toEqual(['actor:t-indian-officials']);
    expectIntactEvidence(text, e.claims);
  });

  it('gives a quotation\'s "he said" to the named person in apposition to a spokesman, when the parse hangs the name on the body he speaks for', async () => {
    const text =
      'Correspondent Scott Bobb reports from Johannesburg. The spokesman for the Comoros government, Education Minister Abdourahim Said Bacar, says troops landed before dawn. ' +
      '"The troops have moved in early this morning," he said.';
    const e = await extract(text, '2008-03-25');
    const quoted = e.claims.find((c) => c.evidence[0].quote.startsWith('The troops have moved'));
    expect(quoted?.attributedTo).toEqual(['actor:abdourahim-said-bacar']);
  });

  it('knows a person by the surname alone where NER left it untagged ("Frank Agyekum … ,” Agyekum noted"), so the "he said" after it is his', async () => {
    const text =
      'Frank Agyekum is Ghana’s deputy information minister. Opposition leader John Mahama blamed the government. “It’s hard to tell except that it is just the re-ignition of the old tensions between the Kusasis and the Mamprusis. ' +
      'And that seems to have been holding until yesterday when for some unknown reason one Kusasi praying in the Mosque was believed to have been shot by some assailants,” Agyekum noted.\n\n' +
      'He said the government reacted appropriately to quell the unrest.';
    const e = await extract(text, '2008-05-06');
    const said = e.claims.find((c) => c.evidence[0].quote === 'the government reacted appropriately to quell the unrest');
    expect(said?.attributedTo).toEqual(['actor:frank-agyekum']);
    expect(e.claims.find((c) => c.evidence[0].quote.startsWith('It’s hard to tell'))?.attributedTo).toEqual(['actor:frank-agyekum']);
  });

  it('knows a person by the family name first where the given name is hyphenated ("Ban Ki-moon … Ban urged")', async () => {
    // VOA, 2015-12-11.
    const text =
      'U.N. Secretary General Ban Ki-moon said the violence risked "a further destabilization of the situation in Burundi." Ban urged the "leadership of these groups and the national authorities to refrain from any further escalation of violence," according to his spokesman.';
    const e = await extract(text, '2015-12-11');
    expect(e.claims.find((c) => c.evidence[0].quote.startsWith('the "leadership of these groups'))?.attributedTo).toEqual(['actor:ban-ki-moon']);
    expect(e.entities.map((x) => x.id)).not.toContain('actor:ban');
  });

  it('reads "responsibility … was claimed by X" and "claimed on behalf of X" as X\'s statement, and knows "al-Qaeda group in the Maghreb" for AQIM, not al-Qaida', async () => {
    const text =
      'Two bombs exploded in Algiers on Wednesday. In an Internet statement, responsibility for the attacks was claimed by al-Qaeda group in the Maghreb. ' +
      'Responsibility for the shooting has been claimed on behalf of the North Armagh Battalion of the Continuity IRA in a coded message.';
    const e = await extract(text, '2007-04-11');
    const claimed = e.claims.filter((c) => c.evidence[0].quote.startsWith('esponsibility', 1));
    expect(claimed.map((c) => [c.attributedTo, c.status, c.evidence[0].quote])).toEqual([
      [['actor:aqim'], 'CLAIMED', 'responsibility for the attacks'],
      [['actor:north-armagh-battalion'], 'CLAIMED', 'Responsibility for the shooting'],
    ]);
  });

  it('gives "the former president told" to the person introduced as the former president, not to the new president named since', async () => {
    const text =
      'Supporters of the former president of the Maldives, Mohamed Nasheed, clashed with police Wednesday. ' +
      'Meanwhile, President Mohammed Waheed Hassan has denied the allegations that he was behind any coup attempt. ' +
      'The former president told the country in a televised speech on Tuesday that he was stepping down because he had no desire to use force.';
    const e = await extract(text, '2012-02-08');
    const said = e.claims.find((c) => c.evidence[0].quote.startsWith('he was stepping down'));
    expect(said?.attributedTo).toEqual(['actor:mohamed-nasheed']);
  });

  it('reads "put the death toll at 11" and "estimate the toll at more than 50" as statements with their figures, but not "put" anything else', async () => {
    const text = 'The mutiny began early Wednesday in Dhaka. Some officials put the death toll at 11. Other officials estimate the toll at more than 50. Soldiers put the bodies in a truck.';
    const e = await extract(text, '2009-02-26');
    const said = e.claims.filter((c) => c.attributedTo.length).map((c) => c.evidence[0].quote);
    expect(said).toContain('the death toll at 11');
    expect(said).toContain('the toll at more than 50');
    expect(said.filter((q) => q.includes('bodies'))).toEqual([]);
  });

  it('gives "a different rebel faction claims to have taken control of Neka" its speaker and the taking of Neka, and "State television blamed …" its speaker', async () => {
    // VOA, 2003-01-01.
    const text = 'Meanwhile, a different rebel faction claims to have taken control of the western village of Neka, near the Liberian border.';
    const e = await extract(text, '2003-01-01');
    expect(by(e, 'TOOK_CONTROL_OF')).toEqual([expect.objectContaining({ subjectId: 'actor:t-different-rebel-faction', objectId: 'place:neka', status: 'CLAIMED' })]);
    // VOA, 2005-05-07: the state's broadcaster speaks too.
    const state = await extract('State television blamed several ethnic rebel groups for the attacks, including the Karen National Union and the Shan State Army.', '2005-05-07');
    expect(by(state, 'STATES').map((c) => c.attributedTo)).toEqual([['actor:t-state-television']]);
    expectIntactEvidence(text, e.claims);
  });

  it('names an unnamed group without how many there were ("Few people believe …", "many residents"), so a later "hundreds of people" is not the few', async () => {
    // VOA, 2003-05-19.
    const e = await extract('Few people believe the cease-fire will hold. The violence is estimated to have killed hundreds of people. Many residents said the town was calm.', '2003-05-19');
    const names = e.entities.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['People', 'Residents']));
    expect(names.filter((n) => /^(?:few|many)\b/i.test(n))).toEqual([]);
    expect(by(e, 'KILLED').map((c) => c.objectId)).toEqual(['actor:t-people']);
  });

  it('reads "calls it a very serious incident" and "blamed rebels from neighboring Chad" as statements with what was said of the object', async () => {
    // VOA, 2003-01-01 and 2006-06-28.
    const text = 'A French army spokesman calls it a very serious incident. The defense minister blamed rebels from neighboring Chad.';
    const e = await extract(text, '2006-06-28');
    const said = statementsOf(e);
    expect(said).toEqual([
      ['actor:t-french-army-spokesman', 'it a very serious incident'],
      ['actor:t-defense-minister', 'rebels from neighboring Chad'],
    ]);
  });

  it('reads "expressed deep concern about …" and "identified the dead as …" as statements, but not an identification in passing or inside another\'s words', async () => {
    // VOA, 2006-07-14 and 2022-01-17; 2003-06-13 (what another reports); 2011-12-13 (in passing).
    const text =
      "In an earlier interview with VOA, the communications chief for the U.N. stabilization mission in Haiti, David Wimhurst, expressed deep concern about last week's deadly violence. Police in Abu Dhabi identified the dead as two Indian nationals and one Pakistani. Police identified the bodies on Monday. A union leader said Prime Minister Hun Sen expressed regret over the events. The gunman, who authorities have identified as Nordine Amrani, died.";
    const e = await extract(text, '2022-01-17');
    const said = e.claims.filter((c) => c.attributedTo.length).map((c) => [c.attributedTo[0], c.evidence[0].quote]);
    expect(said).toContainEqual(['actor:david-wimhurst', "deep concern about last week's deadly violence"]);
    expect(said).toContainEqual([expect.stringMatching(/police$/), 'the dead as two Indian nationals and one Pakistani']);
    expect(said.filter(([, q]) => /bodies|Nordine/.test(q))).toEqual([]);
    expect(said.filter(([who]) => who === 'actor:hun-sen')).toEqual([]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads "commented that …" and "criticized X for …" as statements', async () => {
    // Wikinews, 2009-12-06 and 2010-02-20; VOA, 2011-07-27.
    const text =
      'In a telephone call, Diakite commented that he was located "in a safe place" within Guinea. A police spokesman commented that it was not immediately clear who was responsible for the attacks. The European Union criticized Kosovo for not coordinating the border post operation with the international community.';
    const e = await extract(text, '2011-07-27');
    const said = statementsOf(e);
    expect(said).toContainEqual(['actor:diakite', 'he was located "in a safe place" within Guinea']);
    expect(said).toContainEqual(['actor:t-police-spokesman', 'it was not immediately clear who was responsible for the attacks']);
    expect(said).toContainEqual(['actor:european-union', 'Kosovo for not coordinating the border post operation with the international community']);
    expectIntactEvidence(text, e.claims);
  });

  it('keeps a statement whole that joins two acts its typed claims tell apart ("more than 200 people have been killed and more than 1,000 wounded")', async () => {
    // VOA, 2019-04-20.
    const text = 'The World Health Organization says more than 200 people have been killed and more than 1,000 wounded since the violence erupted.';
    const e = await extract(text, '2019-04-20');
    expect(by(e, 'KILLED')).toHaveLength(1);
    expect(by(e, 'INJURED')).toHaveLength(1);
    expect(statementsOf(e)).toEqual([['actor:world-health-organization', 'more than 200 people have been killed and more than 1,000 wounded since the violence erupted']]);
  });

  it('reads a denial of what was just said ("Sudan denies this"), of "that secession", and one that goes on ("Khartoum continues to deny allegations of genocide") as statements', async () => {
    // VOA, 2006-04-14, 2011-07-27 and 2007-03-12.
    const text = "Chad accused Sudan of backing the rebels. Sudan denies this. Belgrade also rejects that secession. Khartoum continues to deny allegations of genocide. Police did not confirm it.";
    const e = await extract(text, '2007-03-12');
    const denied = e.claims.filter((c) => c.status === 'DENIED').map((c) => [c.attributedTo[0], c.evidence[0].quote]);
    expect(denied).toEqual([
      ['actor:sudan', 'this'],
      ['place:belgrade', 'that secession'],
      ['place:khartoum', 'allegations of genocide'],
    ]);
    // (A denial not made says nothing, nor does a word that points back without denying or confirming.)
    expect(e.claims.filter((c) => c.evidence[0].quote === 'it')).toEqual([]);
    const said = await extract('Chad accused Sudan of backing the rebels. The minister said this.', '2007-03-12');
    expect(said.claims.filter((c) => c.evidence[0].quote === 'this')).toEqual([]);
  });

  it('reads "voiced hope …" and "told the Associated Press about …" as statements, but not "voiced her opinion"', async () => {
    // VOA, 2008-03-02 (Yerevan) and 2012-01-24 (Medvedev).
    const text =
      'Dmitry Medvedev met the two leaders. He voiced hope they could resume negotiations under OSCE auspices. Witnesses told the Associated Press about people being injured in the nighttime police action. She voiced her opinion in Parliament.';
    const e = await extract(text, '2012-01-24');
    const said = e.claims.filter((c) => c.attributedTo.length).map((c) => [c.attributedTo[0], c.evidence[0].quote]);
    expect(said).toContainEqual(['actor:dmitry-medvedev', 'they could resume negotiations under OSCE auspices']);
    expect(said).toContainEqual(['actor:t-witnesses', expect.stringMatching(/^people being injured/)]);
    expect(said.filter(([, q]) => /opinion/.test(q))).toEqual([]);
  });

  it('takes the phrase right before "told" for the speaker, and stops what was said before it, though the parse made it an apposition', async () => {
    const text = "The dead included at least three Malian soldiers and two militants, a Nampala official told VOA's French to Africa Service.";
    const e = await extract(text, '2015-01-05');
    const said = e.claims.find((c) => c.attributedTo.length);
    expect(said?.attributedTo).toEqual(['actor:t-nampala-official']);
    expect(said?.evidence[0].quote).toBe('The dead included at least three Malian soldiers and two militants');
  });

  it('reads "described X as Y" after an opening phrase as X and Y, not the opening phrase', async () => {
    const text = 'Ethiopian government spokesman Shimelis Kemal, however, called the rebel claims completely false. In a telephone interview with the Voice of America news agency, he described the communiqués as a desperate measure used occasionally by the rebels to portray the region as being in turmoil.';
    const e = await extract(text, '2009-11-17');
    expect(e.claims.map((c) => c.evidence[0].quote)).toContain('the communiqués as a desperate measure used occasionally by the rebels to portray the region as being in turmoil');
    expect(e.claims.filter((c) => c.evidence[0].quote.startsWith('In a telephone interview'))).toEqual([]);
  });

  it('gives what a participle reports to the noun it describes ("with a local official estimating that …"), not to a statement that denounces', async () => {
    const text = 'The attacks occurred at around 3:30 a.m., the army said, with a local official in Mondoro estimating that the fighting continued for around an hour. A spokesman read a statement denouncing the attacks.';
    const e = await extract(text, '2021-01-24');
    expect(quoting(e, 'the fighting continued for around an hour')?.attributedTo).toEqual(['actor:t-local-official']);
    expect(e.claims.flatMap((c) => c.attributedTo)).not.toContain('actor:t-statement');
  });

  it('keeps a speech clause nested in another statement as its own, not as part of the one above', async () => {
    const text = 'Mr. Yushchenko urged his supporters to maintain their vigil in the streets of the capital and other cities, until, he said, "absolute victory is secured." The crowd responded with a cheer.';
    const e = await extract(text, '2004-11-28');
    const urged = e.claims.find((c) => c.evidence[0].quote.startsWith('his supporters to maintain'));
    expect(urged?.evidence[0].quote).not.toContain('absolute victory');
    expect(quoting(e, 'absolute victory is secured')?.attributedTo).toEqual(['actor:yushchenko']);
    const deby = await extract("Chad's President Idriss Deby called on Boko Haram's chief Abubakar Shekau to surrender or be killed, saying his forces know Shekau's location.", '2015-03-05');
    const called = deby.claims.find((c) => c.evidence[0].quote.includes('to surrender or be killed'));
    expect(called?.evidence[0].quote).not.toContain('his forces know');
    expect(quoting(deby, "his forces know Shekau's location")?.attributedTo).toEqual(['actor:idriss-deby']);
  });

  it('sets status from the verb: denied → DENIED, confirmed → CONFIRMED, a hedge → UNCERTAIN, "according to" → CLAIMED', async () => {
    const text =
      "Eritrea's foreign minister, Osman Saleh, denied that Eritrean troops had crossed the border. " +
      'The Defence Ministry confirmed that two soldiers were wounded. ' +
      'Police said the blast may have been caused by a gas leak. ' +
      'Three people died in the fire, according to the Red Cross.';
    const e = await extract(text);
    const status = (words: string) => e.claims.find((c) => c.evidence.some((ev) => ev.quote.includes(words)));
    expect(status('troops had crossed')).toMatchObject({ status: 'DENIED', attributedTo: ['actor:osman-saleh'] });
    expect(status('two soldiers')?.status).toBe('CONFIRMED');
    expect(status('gas leak')?.status).toBe('UNCERTAIN');
    // "the Red Cross" is the lexicon's International Committee of the Red Cross.
    expect(status('Three people')).toMatchObject({ status: 'CLAIMED', attributedTo: ['actor:icrc'] });
    expectIntactEvidence(text, e.claims);
  });

  it('reads deaths from "left … dead" in its three parses: the complement\'s subject, the passive\'s subject, the bare number; "left the country" is none', async () => {
    const text = 'Similar clashes in Abidjan left five people dead. At least eight persons were left dead in clashes in Yerevan. Gunmen attacked the village, leaving six dead. He left the country.';
    const e = await extract(text);
    const killed = by(e, 'KILLED');
    expect(killed.map((c) => [c.subjectId, c.quantity?.value])).toEqual([
      ['place:abidjan', 5],
      ['place:yerevan', 8],
      ['actor:t-gunmen', 6],
    ]);
    for (const c of killed) expect(c.evidence[0].quote).toMatch(/\bdead\b/);
    expectIntactEvidence(text, e.claims);
  });

  it('reads deaths a passive reports ("were reported killed", "were believed killed", "are reported dead"), counting "Eleven" the tagger took for a name', async () => {
    const text = 'Bombs exploded in Minsk on Monday. Eleven people are reported dead. At least forty were reported killed in the city. Two soldiers were believed killed in the attack. He was reported to be in hospital.';
    const e = await extract(text, '2011-04-12');
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value, c.evidence[0].quote])).toEqual([
      ['place:minsk', 11, 'Eleven people are reported dead'],
      ['place:minsk', 40, 'At least forty were reported killed'],
      ['place:minsk', 2, 'Two soldiers were believed killed'],
    ]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives the attack to the organisation its members carried it out for, and the deaths of a joined clause to the attackers; an attack that only dates another act is not its subject\'s', async () => {
    const text =
      'The Ugandan army has fought several battles this week with the rebels following an attack on a refugee camp in northern Uganda. ' +
      'On Monday several hundred members of the Lord’s Resistance Army attacked the Acholi-Pii camp, home to twenty-four thousand Sudanese refugees; at least forty were reported killed.';
    const e = await extract(text, '2002-08-07');
    expect(ends(e, 'ATTACKED')).toEqual([['actor:lords-resistance-army', expect.stringMatching(/acholi-pii-camp$/)]]);
    expect(by(e, 'KILLED')).toEqual([expect.objectContaining({ subjectId: 'actor:lords-resistance-army', quantity: expect.objectContaining({ value: 40 }) })]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads "by unidentified assailants" as the agent, "Another sixteen officers" as sixteen, and "Kashgar, in the … Xinjiang region" as where Kashgar lies', async () => {
    const text = 'Sixteen policemen were killed by unidentified assailants in Kashgar, in the predominantly Muslim Xinjiang region of China. Another sixteen officers were wounded in the attack.';
    const e = await extract(text, '2008-08-04');
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['actor:t-unidentified-assailants', 16]]);
    expect(by(e, 'INJURED').map((c) => [c.objectId, c.quantity?.value])).toEqual([['actor:t-officers', 16]]);
    expect(ends(e, 'LOCATED_IN')).toEqual(expect.arrayContaining([['place:kashgar', 'place:xinjiang']]));
    expectIntactEvidence(text, e.claims);
  });

  it('reads "According to the minister, X, rebels have killed …" with the rebels as the agent, though the parse makes them an apposition of X', async () => {
    const text = 'According to the defence minister of Peru, Flores Araoz, Shining Path rebels have killed thirteen soldiers in two ambushes.';
    const e = await extract(text, '2009-04-13');
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([[expect.stringMatching(/shining-path/), 13]]);
  });

  it('gives an attack named after "wounded seven others in" to those who wounded them', async () => {
    const text = 'In Indian Kashmir, suspected Islamic militants have killed 12 soldiers and wounded seven others in an attack on an army camp.';
    const e = await extract(text, '2003-06-28');
    expect(by(e, 'ATTACKED')).toEqual([expect.objectContaining({ subjectId: 'actor:t-suspected-islamic-militants', objectId: 'place:t-army-camp' })]);
  });

  it('gives an attack told by its noun to the subject of a verb that carries it out, not of one that links, fears, repels or knows of it', async () => {
    // VOA, 2004-03-29, 2003-01-01, 2005-11-06 and 2012-10-03 (Namibia, repulsed).
    const text =
      'Interior Minister Ilkhom Zakirov linked the attacks to the recent train bombings in Madrid. The government fears a rebel attack on San Pedro. Christian Roze said he was unaware of the arson attacks on several cars. The Namibian Government says it repulsed an attack on a military base in Katima Mulilo. NATO responded to the attack on Kabul. Taleban insurgents launched an attack on a police post in Ghazni.';
    const e = await extract(text, '2005-11-06');
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-taleban-insurgents', 'place:t-police-post']]);
  });

  it('reads a claim of responsibility as the claimant\'s own claim of the attack: its target named after it, by the name it is known as, or the attack told before', async () => {
    const text =
      'Al-Shabab quickly claimed responsibility for the attack on the palace, known as Villa Somalia. ' +
      'Boko Haram has claimed responsibility for an attack at an oil facility in Niger state. ' +
      'Gunmen attacked a police station in Bab Ezzouar. In an Internet statement, responsibility for the attacks was claimed by al-Qaeda. ' +
      'No one has claimed responsibility for the attack.';
    const e = await extract(text, '2007-04-11');
    const claimed = by(e, 'ATTACKED').filter((c) => c.origin === 'rule:claimed-responsibility');
    expect(claimed.map((c) => [c.subjectId, c.objectId, c.status, c.attributedTo])).toEqual([
      ['actor:al-shabab', 'place:villa-somalia', 'CLAIMED', ['actor:al-shabab']],
      ['actor:boko-haram', 'place:t-oil-facility', 'CLAIMED', ['actor:boko-haram']],
      ['actor:al-qaida', 'place:t-police-station', 'CLAIMED', ['actor:al-qaida']],
    ]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives "Authorities say a bomb planted by Maoist rebels has killed …" to the rebels when the parse makes "say" the subject clause', async () => {
    const text = 'Authorities in eastern India say a bomb planted by Maoist rebels has killed five paramilitary personnel.';
    const e = await extract(text, '2012-10-18');
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value, c.attributedTo])).toEqual([['actor:t-maoist-rebels', 5, ['actor:t-authorities']]]);
  });

  it('reads deaths from "are dead" where the act happened ("dead from clashes during demonstrations in the Haitian capital, Port-au-Prince"), and shots "into a crowd of hundreds of protesting workers" as an attack on the workers', async () => {
    const text =
      "At least two people are dead from clashes during Monday's anti-government demonstrations in the Haitian capital, Port-au-Prince. " +
      'Cambodian riot police fired shots into a crowd of hundreds of protesting garment workers. The man is dead set against it.';
    const e = await extract(text, '2003-12-23');
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['place:port-au-prince', 2]]);
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-cambodian-riot-police', 'actor:t-protesting-garment-workers']]);
    expectIntactEvidence(text, e.claims);
  });

  it('leaves a day the parse took for a compound out of a group\'s name ("By Thursday officials had arrested fifty-six people")', async () => {
    const e = await extract('By Thursday officials had arrested fifty-six people.', '2003-03-14');
    expect(by(e, 'ARRESTED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['actor:t-officials', 56]]);
  });

  it('reads setting fire to a town\'s jail as an attack on the jail, and burning or looting as attacks', async () => {
    const text = "The protesters set fire to Sucre's jail. Demonstrators torched a police station in Kwekwe.";
    const e = await extract(text, '2007-11-26');
    expect(ends(e, 'ATTACKED')).toEqual([
      ['actor:t-protesters', 'place:t-sucres-jail'],
      ['actor:t-demonstrators', 'place:t-police-station'],
    ]);
  });

  it('takes buildings and prisons for places that can be seized or stormed', async () => {
    const text = 'Witnesses say insurgents seized the government building. Gunmen stormed a prison in Andijan.';
    const e = await extract(text, '2005-05-13');
    expect(ends(e, 'TOOK_CONTROL_OF')).toEqual([['actor:t-insurgents', 'place:t-government-building']]);
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-gunmen', 'place:t-prison']]);
  });

  it('measures a distance by its own figure, not the conversion in brackets after it ("40 kilometers (24 miles) northeast of Skopje")', async () => {
    const text = 'Kumanovo is 40 kilometers (24 miles) northeast of the capital, Skopje.';
    const e = await extract(text);
    expect(by(e, 'DISTANCE_FROM').map((c) => [c.subjectId, c.objectId, c.quantity?.value, c.quantity?.unit])).toEqual([['place:kumanovo', 'place:skopje', 40, 'km']]);
    expectIntactEvidence(text, e.claims);
  });

  it('takes the story\'s country for the place of deaths when no place is named before them ("Nicaraguan officials say at least 60 people have been killed")', async () => {
    const text = 'Nicaraguan officials say at least 60 people have been killed by Hurricane Felix. Nicaraguan rescuers searched the coast.';
    const e = await extract(text);
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['place:nicaragua', 60]]);
    expectIntactEvidence(text, e.claims);
  });

  it('takes a place named further down the casualty\'s clause for where the deaths were and where its event happened ("killed … after grenade attacks in Kigali"), before the country, but not a place that only describes ("Thailand\'s most violent outbreaks")', async () => {
    const text =
      'Rwanda has been calm for years. At least one person has been killed after grenade attacks in Kigali. ' +
      'Protesters gathered in Bangkok on Thursday. Four protesters were killed during one of Thailand\'s most violent outbreaks in months.';
    const e = await extract(text);
    expect(by(e, 'KILLED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['place:kigali', 1], ['place:bangkok', 4]]);
    // (The act's event is there too, for maps and timelines.)
    const killing = e.entities.find((x) => x.id === by(e, 'KILLED')[0].qualifiers.event);
    expect(killing?.locationId).toBe('place:kigali');
    expectIntactEvidence(text, e.claims);
  });

  it('reads attacks told by what was fired or thrown, by shots, by an exchange of fire and by an invasion, with where it went as the target, not what was fired; not "shot dead" or "shot down"', async () => {
    const text =
      'Defense Force units fired mortar bombs at the offices in Katima Mulilo. Rioters were hurling rocks at the police station. ' +
      'Gunmen shot at the bus. Security forces exchanged fire with the rebels. Russian troops invaded Georgia. ' +
      'Police shot dead two protesters. Rebels shot down a helicopter.';
    const e = await extract(text, '2008-08-09');
    expect(ends(e, 'ATTACKED')).toEqual([
      ['actor:defense-force', 'place:t-offices'],
      ['actor:t-rioters', 'place:t-police-station'],
      ['actor:t-gunmen', 'actor:t-bus'],
      ['actor:t-security-forces', 'actor:t-rebels'],
      ['actor:t-russian-troops', 'place:georgia'],
    ]);
    expect(ends(e, 'SHOT_DOWN')).toHaveLength(1);
    expectIntactEvidence(text, e.claims);
  });

  it('makes no thing of a bare singular ("took office") or a post on Telegram, and no agent of a vehicle ("a car bomb", "struck and killed by a truck")', async () => {
    const text =
      'Felipe Calderon took office in December. Two officials were killed by a car bomb in Mogadishu. In Lhasa, one protester was struck and killed by a truck. ' +
      'A post on Telegram said the troops had withdrawn.';
    const e = await extract(text, '2007-01-05');
    expect(by(e, 'TOOK_CONTROL_OF')).toEqual([]);
    expect(ends(e, 'KILLED')).toEqual([['place:mogadishu', 'actor:t-officials'], ['place:lhasa', 'actor:t-protester']]);
    expect(e.entities.filter((x) => /truck|car\b/i.test(x.name))).toEqual([]);
    // (Nor is a post on Telegram a place that speaks.)
    expect(e.claims.filter((c) => c.attributedTo.some((id) => id.startsWith('place:')))).toEqual([]);
  });

  it('gives an arrest with no one named the police the story named ("One man was arrested"), reads "taken into custody" and "have in custody" as arrests, and leaves kidnappings, arrests demanded and a police spokesman alone', async () => {
    const text =
      'Police fired tear gas at protesters in Nairobi. A police spokesman said one man was arrested. 31 civilians have been taken into custody. ' +
      'Officials said they have in custody another 10 militants. The president said the soldiers must be arrested. Six workers were kidnapped.';
    const e = await extract(text);
    expect(counted(e, 'ARRESTED')).toEqual([
      ['actor:t-police', 'actor:t-man', 1],
      ['actor:t-police', 'actor:t-civilians', 31],
      ['actor:t-officials', 'actor:t-militants', 10],
    ]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives a deployment to the side that sends its forces when it is named, else to the force sent; not a delegation sent; "sought refuge in" is a flight there', async () => {
    const text =
      'Australia is sending reinforcements to the Solomon Islands. New Zealand and Malaysia are also sending troops to East Timor. ' +
      'About 1,000 additional police were deployed in Karachi. ECOWAS said it is sending a delegation of foreign ministers to Bissau. ' +
      'Fifteen leaders of the Front sought refuge in Botswana.';
    const e = await extract(text, '2006-05-26');
    expect(counted(e, 'DEPLOYED_TO')).toEqual([
      ['actor:australia', 'place:solomon-islands', undefined],
      ['actor:new-zealand', 'place:east-timor', undefined],
      ['actor:malaysia', 'place:east-timor', undefined],
      ['actor:t-additional-police', 'place:karachi', 1000],
    ]);
    expect(counted(e, 'FLED_TO')).toEqual([['actor:t-leaders', 'place:botswana', 15]]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads "are reported to have killed", "claimed the lives of", an attack launched "at" a post, and a spokeswoman "with" a body', async () => {
    const text =
      'The rebels are reported to have killed the top district administrator. Gang violence in Port-au-Prince claimed the lives of more than 20 people. ' +
      'Kurdish rebels launched a suicide attack Sunday at a military police post in Agri. ' +
      'A spokeswoman with the International Committee of the Red Cross, Anna Nelson, said the roads were closed.';
    const e = await extract(text, '2015-08-02');
    expect(counted(e, 'KILLED')).toEqual([
      ['actor:t-rebels', 'actor:t-top-district-administrator', undefined],
      ['place:port-au-prince', 'actor:t-people', 20],
    ]);
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-kurdish-rebels', 'place:t-military-police-post']]);
    expect(ends(e, 'SPOKESPERSON_FOR')).toEqual([['actor:anna-nelson', 'actor:icrc']]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives a death or wound "in the attack" the agent of the attack the story told before, unless those who died were the attackers', async () => {
    const text = 'Gunmen attacked a police station in Karak on Monday. Two policemen were wounded in the attack. Two attackers died in the assault.';
    const e = await extract(text);
    expect(by(e, 'INJURED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['actor:t-gunmen', 2]]);
    for (const c of by(e, 'KILLED')) expect(c.subjectId).not.toBe('actor:t-gunmen');
    expectIntactEvidence(text, e.claims);
  });

  it('counts "a policeman died" and "killed another peacekeeper" as one person each', async () => {
    const text = 'A policeman died in the blast in Legutiano. Armed men stabbed and killed another peacekeeper in Darfur.';
    const e = await extract(text);
    expect(by(e, 'KILLED').map((c) => c.quantity?.value)).toEqual([1, 1]);
  });

  it('gives "died" the agent of what caused the deaths ("died in Kenya after a suspected terrorist blew himself up"), as it does "were killed"', async () => {
    const text = 'Two people died in Kenya after a suspected terrorist blew himself up.';
    const e = await extract(text);
    const killed = by(e, 'KILLED');
    expect(killed).toHaveLength(1);
    expect(killed[0].subjectId).toMatch(/terrorist/);
    expect(killed[0].quantity?.value).toBe(2);
    expectIntactEvidence(text, e.claims);
  });

  it('gives a casualty with no agent the one agent of the acts told just before it, not when two agents acted or the story has moved on', async () => {
    const one = await extract('Rebels attacked the village of Maigo on Monday. At least 12 people were killed, including passengers of a bus.');
    expect(ends(one, 'KILLED')).toEqual([['actor:t-rebels', 'actor:t-people']]);
    const two = await extract('Police fired on protesters in Bujumbura on Monday, and rebels attacked the town of Cibitoke. Three people were killed.');
    expect(ends(two, 'KILLED')).toEqual([['place:cibitoke', 'actor:t-people']]);
    const later = await extract('Rebels attacked the village of Maigo on Monday. The army sent troops to the town. Officials met in Manila. On Friday, five people were killed in Maigo.');
    expect(ends(later, 'KILLED')).toEqual([['place:maigo', 'actor:t-people']]);
    // The dead were the attackers: they did not kill themselves.
    const bombers = await extract('Two bombers attacked the village of Maigo on Saturday. The bombers both died.');
    expect(by(bombers, 'KILLED').map((c) => c.subjectId)).toEqual(['place:maigo']);
    // A death told by its noun is an earlier act told in passing, not the strikes' agent's.
    const passing = await extract('Israeli warplanes struck the town of Jenin on Monday, after the murder of three seminary students in Hebron.');
    expect(by(passing, 'KILLED').map((c) => c.subjectId)).not.toContain('actor:t-israeli-warplanes');
    // Nor one told as the time of another act.
    const before = await extract('A police officer has been killed in County Armagh by Continuity IRA gunmen a mere 48 hours after two soldiers were killed.');
    expect(by(before, 'KILLED').filter((c) => c.quantity?.value === 2).map((c) => c.subjectId)).not.toContain('actor:continuity-ira');
  });

  it('gives an attack told by its noun and target alone the agent of the act on that target just told ("one gunman killed five police officers, the deadliest attack on officers"), not another agent\'s', async () => {
    const one = await extract('In Dallas, one gunman killed five police officers, the deadliest attack on officers since 2001.', '2016-07-09');
    expect(ends(one, 'ATTACKED')).toEqual([['actor:t-gunman', 'actor:t-police-officers']]);
    const other = await extract('Police shot two protesters and rebels killed a soldier on Monday. The attack on the protesters drew protests.', '2016-07-09');
    expect(by(other, 'ATTACKED').filter((c) => c.subjectId === 'actor:t-rebels')).toEqual([]);
  });

  it('counts a capital for its country when a bare "President" takes the story\'s country (a story from Bangui about French troops is the Central African Republic\'s)', async () => {
    const text =
      'French troops patrolled Bangui on Thursday. The violence began when rebels ousted President Francois Bozize. ' +
      'Residents of Bangui fled to the airport, and aid reached Bangui on Friday.';
    const e = await extract(text);
    expect(ends(e, 'LEADS')).toEqual([['actor:francois-bozize', 'actor:central-african-republic']]);
  });

  it('reads who leads from a title with "of" its country right before the name, no comma between ("President of Romania Klaus Iohannis"), and gives him what he said, though the parse makes the title the subject', async () => {
    const e = await extract('President of Romania Klaus Iohannis said he was shocked.', '2015-10-31');
    expect(ends(e, 'LEADS')).toEqual([['actor:klaus-iohannis', 'actor:romania']]);
    expect(e.claims.find((c) => c.evidence[0].quote === 'he was shocked')?.attributedTo).toEqual(['actor:klaus-iohannis']);
  });

  it('puts "the capital Bangui" in the country whose capital the lexicon knows it is, in a story mostly about Chad, and knows "C.A.R." for the Central African Republic', async () => {
    // VOA, 2006-06-28.
    const text =
      "Chad's army fought rebels in eastern Chad on Monday. Bodies of Central African Army soldiers are being flown back to the capital Bangui after clashes with rebels along the border with Chad. C.A.R. President Francois Bozize took power following his own rebellion.";
    const e = await extract(text, '2006-06-28');
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:bangui', 'place:central-african-republic']);
    expect(ends(e, 'LOCATED_IN').filter(([s]) => s === 'place:bangui')).toHaveLength(1);
    expect(ends(e, 'LEADS')).toEqual([['actor:francois-bozize', 'actor:central-african-republic']]);
  });

  it('gives what "U.S. Ambassador to the United Nations Nikki Haley said" to Haley: a person named right after a body is no part of its name', async () => {
    const e = await extract('U.S. Ambassador to the United Nations Nikki Haley said the council must act now.', '2017-04-05');
    expect(e.claims.find((c) => c.evidence[0].quote === 'the council must act now')?.attributedTo).toEqual(['actor:nikki-haley']);
    expect(e.named.map((n) => n.name)).toEqual(expect.arrayContaining(['United Nations', 'Nikki Haley']));
  });

  it('gives a bare "President X" the one country its sentence is "in the", not the story\'s ("in the United States for meetings with President Joe Biden" in a story from Germany)', async () => {
    const e = await extract('Floods killed 100 people in Germany. German Chancellor Angela Merkel, in the United States for meetings with President Joe Biden, said she was shocked.', '2021-07-15');
    expect(ends(e, 'LEADS')).toContainEqual(['actor:joe-biden', 'actor:united-states']);
    expect(ends(e, 'LEADS')).not.toContainEqual(['actor:joe-biden', 'actor:germany']);
  });

  it('gives no LEADS to a president-elect, who does not lead yet, and one to the president in office', async () => {
    const text = 'U.S. President-elect Barack Obama met President George W. Bush of the United States on Monday.';
    const e = await extract(text);
    const leads = by(e, 'LEADS');
    expect(leads.map((c) => c.subjectId)).not.toContain('actor:barack-obama');
    expect(leads.map((c) => [c.subjectId, c.objectId])).toContainEqual(['actor:george-w-bush', 'actor:united-states']);
  });

  it('takes no phrase of circumstance for what was said ("In the past, Iran has accused …"), and keeps what the accusation says', async () => {
    const text = 'In the past, Iran has accused the Jundallah group of carrying out terrorist activities in the province.';
    const e = await extract(text);
    const said = e.claims.filter((c) => c.status !== 'REPORTED').map((c) => c.evidence[0].quote);
    expect(said.some((q) => /^In the past$/.test(q))).toBe(false);
    expect(said.some((q) => q.includes('carrying out terrorist activities'))).toBe(true);
  });

  it('takes nothing as said by "no group" ("No group has claimed responsibility for such attacks")', async () => {
    const text = 'No clearly identified group has claimed responsibility for such attacks.';
    const e = await extract(text);
    expect(e.claims.filter((c) => c.status !== 'REPORTED')).toEqual([]);
  });

  it('gives "a Taliban spokesman said" to the unnamed spokesman, who speaks for the Taliban, and never makes the Taliban the victim of "a Taliban spokesman has been killed"', async () => {
    const text = 'A Taliban spokesman said the group has captured the entire district. Officials say a former Taliban spokesman has been killed.';
    const e = await extract(text);
    const said = quoting(e, 'captured the entire district');
    expect(said?.attributedTo).toHaveLength(1);
    const spokesman = said!.attributedTo[0];
    expect(spokesman).not.toBe('actor:taliban');
    expect(e.entities.find((x) => x.id === spokesman)?.name).toMatch(/Taliban spokesman$/);
    expect(ends(e, 'SPOKESPERSON_FOR')).toContainEqual([spokesman, 'actor:taliban']);
    const killed = by(e, 'KILLED');
    expect(killed.length).toBeGreaterThan(0);
    for (const c of killed) expect(c.objectId).not.toBe('actor:taliban');
    expectIntactEvidence(text, e.claims);
  });
});

describe.runIf(corenlpAvailable())('extraction [corenlp]: typed claims from dependency patterns', () => {
  it('takes a name ending in a built place\'s noun for a place ("Woodlands Farm", "Kwekwe General Hospital"), and "the administrative capital, X" for the story\'s country\'s', async () => {
    const text =
      'Soldiers in Burkina Faso mutinied in Bobo Dioulasso, and troops were sent from the administrative capital, Ouagadougou. ' +
      "The victims were shot on the officer's property, Woodlands Farm, 15 kilometers from Kwekwe, and taken to Kwekwe General Hospital.";
    const e = await extract(text, '2011-06-04');
    const kinds = new Map(e.entities.map((x) => [x.id, x.kind]));
    expect(kinds.get('place:woodlands-farm')).toBe('PLACE');
    expect(kinds.get('place:kwekwe-general-hospital')).toBe('PLACE');
    expect(counted(e, 'DISTANCE_FROM')).toEqual([['place:woodlands-farm', 'place:kwekwe', 15]]);
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:ouagadougou', 'place:burkina-faso']);
  });

  it('measures a distance from a country\'s border, not from the country ("about 50 kilometers from Sudan\'s border with Uganda")', async () => {
    // VOA, 2002-06-06.
    const text = "The ambush took place in the Imatong Hills, about 50 kilometers from Sudan's border with Uganda.";
    const e = await extract(text, '2002-06-06');
    const [distance] = by(e, 'DISTANCE_FROM');
    expect([distance?.subjectId, distance?.quantity?.value]).toEqual(['place:imatong-hills', 50]);
    expect(distance?.objectId).not.toBe('place:sudan');
    expect(e.entities.find((x) => x.id === distance?.objectId)).toMatchObject({ kind: 'PLACE', subtype: 'border' });
  });

  it('measures what "It\'s located about 530 kilometers northeast of the capital, Bamako" says lies there: the place the sentence before named last', async () => {
    // VOA, 2016-01-05.
    const text = 'Officials in Mali said fighters struck before dawn Monday on Nampala, storming the town. It’s located about 530 kilometers northeast of the capital, Bamako, and near the border with Mauritania.';
    const e = await extract(text, '2016-01-05');
    expect(counted(e, 'DISTANCE_FROM')).toEqual([['place:nampala', 'place:bamako', 530]]);
    expect(by(e, 'DISTANCE_FROM')[0].evidence[0].quote).toBe('It’s located about 530 kilometers northeast of the capital, Bamako');
    expectIntactEvidence(text, e.claims);
  });

  it('takes a name in apposition to "a town" for a place, even one NER called a person ("Nampala, a town in central Mali"), and a capital compounded before its name for its country\'s ("the Libyan capital Tripoli")', async () => {
    const text = 'Fighting continued near the Libyan capital Tripoli on Sunday. Gunmen attacked Nampala, a town in central Mali, on Tuesday.';
    const e = await extract(text, '2016-01-05');
    expect(e.entities.find((x) => x.name === 'Nampala')?.kind).toBe('PLACE');
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-gunmen', 'place:nampala']]);
    expect(ends(e, 'LOCATED_IN')).toEqual(expect.arrayContaining([['place:tripoli', 'place:libya'], ['place:nampala', 'place:mali']]));
    expectIntactEvidence(text, e.claims);
  });

  it('gives "they" who act in a main clause the body or group last the subject of a verb ("the MILF rebels withdrew … So they fired upon the bus"), but not "they" of a clause told in passing ("before they abandoned Khanashin")', async () => {
    // VOA, 2003-04-24 and 2015-06-15 (Helmand).
    const text =
      'Philippine Army spokesman, Lieutenant Colonel Daniel Lucero, explains what happened: "After a brief encounter, the MILF rebels withdrew, and they chanced upon a bus at the vicinity and they tried to flag it down but the driver refused to stop," he said. "So they fired upon the bus." ' +
      'Taliban fighters staged a surprise assault on Khanashin overnight, a provincial government spokesman told Afghan media Saturday. However, a Taliban spokesman claimed the group has captured the entire district after clearing it of “enemies”. In a brief statement sent to VOA, he said the insurgents inflicted heavy casualties on Afghan security forces before they abandoned Khanashin.';
    const e = await extract(text, '2015-06-15');
    expect(ends(e, 'ATTACKED')).toContainEqual(['actor:milf', 'actor:t-bus']);
    expect(by(e, 'LOST_CONTROL_OF').filter((c) => c.subjectId !== 'actor:t-afghan-security-forces')).toEqual([]);
    expectIntactEvidence(text, e.claims);
  });

  it('takes a name NER called a person after "the country\'s commercial capital," at the end of its sentence for that place, where the deaths happened, but not a speaker after "In the capital,"', async () => {
    // VOA, 2011-06-04: CoreNLP tags Bobo Dioulasso PERSON and makes it the object of "suppressed".
    const text =
      "Burkina Faso says seven people, including a young girl, were killed when the military suppressed a mutiny in the country's commercial capital, Bobo Dioulasso. In the capital, John Smith said the streets were calm.";
    const e = await extract(text, '2011-06-04');
    expect(e.entities.find((x) => x.name === 'Bobo Dioulasso')?.kind).toBe('PLACE');
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:bobo-dioulasso', 'place:burkina-faso']);
    expect(counted(e, 'KILLED')).toEqual([['place:bobo-dioulasso', 'actor:t-people', 7]]);
    expect(e.entities.find((x) => x.name === 'John Smith')?.kind).toBe('ACTOR');
    expectIntactEvidence(text, e.claims);
  });

  it('reads a place "in the southeast of" or "on the coast of" another as lying in it, and one "east of" another as not', async () => {
    const text =
      'Savimbi was killed in Moxico province, in the southeast of Angola. Gunmen have killed 11 people in the village of Lusignan on the coast of Guyana. ' +
      'A bomb exploded in Bab Ezzouar, east of Algiers. Algiers, the capital of Algeria, was targeted twice.';
    const e = await extract(text, '2008-01-26');
    expect(ends(e, 'LOCATED_IN')).toEqual(expect.arrayContaining([['place:moxico', 'place:angola'], ['place:lusignan', 'place:guyana']]));
    // (A capital's "of" names what holds it.)
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:algiers', 'place:algeria']);
    expect(ends(e, 'LOCATED_IN')).not.toContainEqual(['place:bab-ezzouar', 'place:algiers']);
    expectIntactEvidence(text, e.claims);
  });

  it('reads a list of places after a dash as lying where the plural noun before it says ("the country\'s three largest cities — Blantyre, Mzuzu")', async () => {
    const text = "Protests broke out in Malawi on Tuesday. Violent protests erupted Wednesday in the country's three largest cities — Blantyre, Mzuzu, and the capital, Lilongwe.";
    const e = await extract(text, '2011-07-21');
    expect(ends(e, 'LOCATED_IN')).toEqual(expect.arrayContaining([['place:blantyre', 'place:malawi'], ['place:mzuzu', 'place:malawi']]));
    expectIntactEvidence(text, e.claims);
  });

  it('tells the Republic of Congo (Brazzaville) from the Congo of Kinshasa', async () => {
    const text = 'Military officials in the Republic of Congo said rebels attacked an air base in the outskirts of the capital, Brazzaville, on Friday.';
    const e = await extract(text, '2002-06-14');
    expect(ends(e, 'LOCATED_IN')).toEqual([['place:brazzaville', 'place:republic-of-congo']]);
    expect(e.entities.map((x) => x.id)).not.toContain('place:congo');
  });

  it('takes an untagged name with its country after a comma for a city ("in central Casablanca, Morocco"), and reads who leads a place from its possessive ("South Ossetia\'s separatist president Eduard Kokoity")', async () => {
    const text =
      'Two bombs went off today in Boulevard Moulay Youssef in central Casablanca, Morocco. ' +
      "Authorities in Georgia's breakaway South Ossetia region say police killed four Georgian agents. South Ossetia's separatist president Eduard Kokoity said the agents had plotted attacks.";
    const e = await extract(text, '2007-04-14');
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:casablanca', 'place:morocco']);
    expect(by(e, 'LEADS').map((c) => [c.subjectId, c.objectId?.replace(/^(?:actor|place):/, '')])).toEqual([['actor:eduard-kokoity', 'south-ossetia']]);
  });

  it('places a built place the story names by its noun in the place after "in" ("a police station in Karak", "a theatre in the Fareek Klaib district")', async () => {
    const text = 'Gunmen attacked a police station in Karak on Sunday. Last year an explosion ripped through a theatre in the Fareek Klaib district of Doha.';
    const e = await extract(text, '2016-12-18');
    const located = by(e, 'LOCATED_IN');
    expect(located.map((c) => [c.subjectId, c.objectId, c.evidence[0].quote])).toEqual(
      expect.arrayContaining([
        ['place:t-police-station', 'place:karak', 'a police station in Karak'],
        ['place:t-theatre', 'place:fareek-klaib', 'a theatre in the Fareek Klaib district'],
      ]),
    );
    expectIntactEvidence(text, e.claims);
  });

  it('places a built place where the act done at it happened, when the parse hangs the place on the verb ("stormed the police station in Karak"), and in the town named after "of" ("the town of Higuey, … northeast of the capital, Santo Domingo")', async () => {
    // VOA, 2016-12-18 and 2005-03-07.
    const text =
      'Gunmen stormed the police station in Karak. The provincial prison is located in the town of Higuey, about 120-kilometers northeast of the capital, Santo Domingo. Police arrested him at his home on Monday.';
    const e = await extract(text, '2005-03-07');
    const located = by(e, 'LOCATED_IN').map((c) => [c.subjectId, c.objectId, c.evidence[0].quote]);
    expect(located).toContainEqual(['place:t-police-station', 'place:karak', 'the police station in Karak']);
    expect(located).toContainEqual(['place:t-provincial-prison', 'place:higuey', 'The provincial prison is located in the town of Higuey']);
    expect(located.filter(([subject]) => subject === 'place:t-provincial-prison' || subject === 'place:t-home')).toHaveLength(1);
    expectIntactEvidence(text, e.claims);
  });

  it('reads houses "stoned by" supporters as attacked, suspects "detained and being questioned by police" as arrested by the police, and "police spokesman X" as speaking for the police', async () => {
    const text =
      'Opposition sources said the houses of MDC officials were being stoned by supporters of the ruling ZANU-PF party. ' +
      'Police spokesman Oliver Mandipaka confirmed the shooting. Officials said five suspects were detained and being questioned by police.';
    const e = await extract(text, '2007-11-01');
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-supporters', 'place:t-houses']]);
    expect(by(e, 'ARRESTED').map((c) => [c.subjectId, c.quantity?.value])).toEqual([['actor:t-police', 5]]);
    expect(ends(e, 'SPOKESPERSON_FOR')).toEqual([['actor:oliver-mandipaka', 'actor:t-police']]);
  });

  it('reads an apology, a shootdown with an adverb in it, and the deaths it caused', async () => {
    const text = 'Azerbaijan has apologized for accidentally shooting down a Russian Mi-24 helicopter over Armenia, which killed two Russian servicemen.';
    const e = await extract(text);
    expect(by(e, 'APOLOGISED_FOR').length).toBe(1);
    expect(by(e, 'APOLOGISED_FOR')[0].subjectId).toBe('actor:azerbaijan');
    const shot = by(e, 'SHOT_DOWN');
    expect(shot.length).toBe(1);
    expect(shot[0].subjectId).toBe('actor:azerbaijan');
    expect(shot[0].objectId).toMatch(/helicopter/);
    expect(by(e, 'KILLED').some((c) => c.quantity?.value === 2 && /servicemen/.test(c.objectId ?? ''))).toBe(true);
    const event = e.entities.find((x) => x.kind === 'EVENT' && x.eventType === 'shootdown');
    expect(event).toBeDefined();
    expectIntactEvidence(text, e.claims);
  });

  it('attaches casualty counts to the act when no event is named, and keeps an act with its own place and day apart', async () => {
    const text =
      'Gunmen killed at least three fighters near Mosul on Monday. Officials gave no further details. ' +
      'The army said 2,317 of its fighters were killed. China has not disclosed details of the death of 20 Indian soldiers.';
    const e = await extract(text, '2020-06-20');
    const counts = by(e, 'KILLED').map((c) => c.quantity?.value);
    expect(counts).toEqual(expect.arrayContaining([2317, 3, 20]));
    const mosul = by(e, 'KILLED').find((c) => c.quantity?.value === 3)!;
    expect(mosul.subjectId).toMatch(/gunmen/);
    expect(mosul.quantity?.approximate).toBe(true);
    const attack = e.entities.find((x) => x.id === mosul.qualifiers.event);
    expect(attack).toMatchObject({ kind: 'EVENT', locationId: 'place:mosul', date: { value: '2020-06-15', precision: 'DAY' }, fatalities: 3 });
  });

  it('takes no distance from "5.7 million barrels", and no evidence cuts a word', async () => {
    const text = 'Saudi Aramco reported production of 5.7 million barrels a day, about 10 km north of Dhahran.';
    const e = await extract(text);
    expect(by(e, 'DISTANCE_FROM').every((c) => c.quantity?.unit === 'km' && c.quantity.value === 10)).toBe(true);
    expectIntactEvidence(text, e.claims);
  });

  it('reads capture, withdrawal and containment', async () => {
    const text = 'Federal troops took control of Humera, a town in western Tigray, on Thursday. The TPLF said its forces had withdrawn from Adigrat.';
    const e = await extract(text, '2020-11-14');
    expect(by(e, 'TOOK_CONTROL_OF').map((c) => c.objectId)).toContain('place:humera');
    expect(by(e, 'LOST_CONTROL_OF').map((c) => c.objectId)).toContain('place:adigrat');
    expect(by(e, 'LOCATED_IN')).toEqual([expect.objectContaining({ subjectId: 'place:humera', objectId: 'place:tigray', status: 'REPORTED' })]);
  });

  it('quotes an act without the place standing in for its agent when that place lies outside the act ("Officials in Afghanistan say …"), so the act is inside what they say', async () => {
    const text = 'Officials in Afghanistan say a former Taliban spokesman has been killed along with three other people.';
    const e = await extract(text);
    const killed = by(e, 'KILLED');
    expect(killed.length).toBeGreaterThan(0);
    for (const c of killed) {
      expect(c.subjectId).toBe('place:afghanistan');
      expect(c.evidence[0].quote).not.toMatch(/Afghanistan/);
      expect(c.status).toBe('CLAIMED');
    }
    expectIntactEvidence(text, e.claims);
  });
});

describe.runIf(corenlpAvailable())('extraction [corenlp]: groups by their organisation, places by their kind, people by their title', () => {
  it('takes the acronym a name gives itself in brackets for that body wherever it appears', async () => {
    const text = "Nigeria's main militant group, the Movement for the Emancipation of the Niger Delta (MEND) has claimed responsibility for an attack at an oil facility in Niger state. According to MEND, its forces retreated into the creeks without any injuries.";
    const e = await extract(text, '2010-06-11');
    const mend = named(e, 'Movement for the Emancipation of the Niger Delta');
    expect(mend?.spellings).toContain('MEND');
    expect(e.named.filter((n) => n.name === 'MEND')).toEqual([]);
    expect(quoting(e, 'its forces retreated')?.attributedTo).toEqual(mend?.ids);
  });

  it('keeps a demonym before an organisation\'s name in it: the Indonesian Red Cross is not the ICRC', async () => {
    const text = "The Indonesian Red Cross says Monday's tsunami that struck the southern coast of Java island killed at least 105 people.";
    const e = await extract(text, '2006-07-17');
    expect(named(e, 'Indonesian Red Cross')?.ids).toEqual(['actor:indonesian-red-cross']);
    expect(e.claims.flatMap((c) => c.attributedTo)).toContain('actor:indonesian-red-cross');
    expect(e.claims.flatMap((c) => c.attributedTo)).not.toContain('actor:icrc');
  });

  it('finds al-Qaida and Boko Haram, which NER misses or takes for a person, and their fighters act for them with their count', async () => {
    const text =
      'Gunmen suspected to be al-Qaida militants attacked a checkpoint near Timbuktu. ' +
      'Suspected Boko Haram militants have attacked a village in northeastern Nigeria, killing at least 68 people. ' +
      'The army said it had killed 59 Boko Haram fighters.';
    const e = await extract(text, '2015-03-05');
    expect(named(e, 'al-Qaida')?.ids).toEqual(['actor:al-qaida']);
    expect(named(e, 'Boko Haram')).toMatchObject({ ids: ['actor:boko-haram'], kind: 'ACTOR' });
    const killed = by(e, 'KILLED');
    expect(killed).toEqual(expect.arrayContaining([expect.objectContaining({ subjectId: 'actor:boko-haram', quantity: expect.objectContaining({ value: 68 }) })]));
    expect(killed).toEqual(expect.arrayContaining([expect.objectContaining({ objectId: 'actor:boko-haram', quantity: expect.objectContaining({ value: 59 }) })]));
    expectIntactEvidence(text, e.claims);
  });

  it('takes a bare "the militants" for the organisation the story named them by, and attacks on unnamed targets and on places an actor holds', async () => {
    const text =
      'Hezbollah militants crossed the border on Monday. Witnesses said the militants attacked a military patrol and a police station. ' +
      'In June Hezbollah attacked Israeli army positions along the border.';
    const e = await extract(text);
    const attacks = by(e, 'ATTACKED');
    expect(attacks.map((c) => c.subjectId)).toContain('actor:hezbollah');
    const targets = attacks.map((c) => e.entities.find((x) => x.id === c.objectId));
    expect(targets.map((t) => t?.name)).toEqual(expect.arrayContaining(['Military patrol', 'Police station', 'Israeli army positions']));
    // The army's positions are a place it holds, not the army.
    expect(targets.find((t) => t?.name === 'Israeli army positions')?.kind).toBe('PLACE');
  });

  it('knows "Borno state" as Borno, one entity, and "the capital of Iraq\'s Kurdistan region" as neither Iraq nor Kurdistan', async () => {
    const text = 'Militants attacked Njaba in Borno state on Tuesday. Borno has seen many raids. A suicide car bomber has attacked the capital of Iraq\'s northern Kurdistan region.';
    const e = await extract(text);
    const borno = e.named.filter((n) => n.ids.includes('place:borno'));
    expect(borno).toHaveLength(1);
    expect(borno[0]).toMatchObject({ name: 'Borno', type: 'region' });
    expect(borno[0].spellings).toEqual(expect.arrayContaining(['Borno state', 'Borno']));
    expect(by(e, 'LOCATED_IN')).toEqual(expect.arrayContaining([expect.objectContaining({ subjectId: 'place:njaba', objectId: 'place:borno' })]));
    expect(by(e, 'ATTACKED').filter((c) => /kurdistan|iraq/.test(c.objectId ?? ''))).toEqual([]);
    expectIntactEvidence(text, e.claims);
  });

  it('places a capital given in apposition in its country, quoting from its noun phrase, not the preposition', async () => {
    const text = "At least two people are dead from clashes during Monday's anti-government demonstrations in the Haitian capital, Port-au-Prince.";
    const e = await extract(text, '2003-12-23');
    const located = by(e, 'LOCATED_IN').find((c) => c.subjectId === 'place:port-au-prince');
    expect(located).toMatchObject({ objectId: 'place:haiti', status: 'REPORTED' });
    expect(located!.evidence[0].quote).toBe('the Haitian capital, Port-au-Prince');
  });

  it('places a district whose name ends in its noun in the place "of" it ("the Hangu District of north-west Pakistan")', async () => {
    const text = 'At least twelve civilians have died in a suicide bombing in the Hangu District of north-west Pakistan, Thursday night.';
    const e = await extract(text, '2010-03-06');
    const located = by(e, 'LOCATED_IN').find((c) => c.objectId === 'place:pakistan');
    expect(located).toMatchObject({ subjectId: named(e, 'Hangu District')?.ids[0] ?? 'place:hangu', status: 'REPORTED' });
    expect(located!.evidence[0].quote).toBe('Hangu District of north-west Pakistan');
  });

  it('takes a name before "tribal region" for a region, so "the region\'s main town of X" lies in it', async () => {
    const text =
      "A suspected U.S. drone missile attack has killed two people in Pakistan's North Waziristan tribal region. " +
      "Officials say the attack targeted a house in a village north of the region's main town of Miran Shah.";
    const e = await extract(text, '2009-11-05');
    const located = by(e, 'LOCATED_IN').find((c) => c.subjectId === 'place:miran-shah');
    expect(located).toMatchObject({ objectId: 'place:north-waziristan', status: 'REPORTED' });
    expect(located!.evidence[0].quote).toBe("the region's main town of Miran Shah");
    expectIntactEvidence(text, e.claims);
  });

  it('places "the country\'s" province in the story\'s country before any is named, and reads a name ending in a capitalised "Province"', async () => {
    const text = "Afghan police say a roadside bomb has exploded in the country's southern province of Helmand, killing four people.";
    const e = await extract(text, '2009-02-08');
    const helmand = by(e, 'LOCATED_IN').find((c) => c.subjectId === 'place:helmand');
    expect(helmand).toMatchObject({ objectId: 'place:afghanistan', status: 'REPORTED' });
    expect(helmand!.evidence[0].quote).toBe("the country's southern province of Helmand");
    expectIntactEvidence(text, e.claims);

    const nwfp = "A suicide bomber killed twelve people in north-west Pakistan. Several insurgents have attacked the country's North West Frontier Province in the last year.";
    const p = await extract(nwfp, '2010-03-06');
    const province = named(p, 'North West Frontier');
    expect(province?.kind).toBe('PLACE');
    expect(province?.spellings).toContain('North West Frontier Province');
    const located = by(p, 'LOCATED_IN').find((c) => c.subjectId === province!.ids[0]);
    expect(located).toMatchObject({ objectId: 'place:pakistan' });
    expect(located!.evidence[0].quote).toBe("the country's North West Frontier Province");
    expectIntactEvidence(nwfp, p.claims);
  });

  it('gives an untitled "President X" the country the story names first when two are named as often', async () => {
    const text =
      "Syrian activists say government troops have killed scores of civilians in Homs, a hub of protests against President Bashar al-Assad's rule. " +
      'Russian Foreign Minister Sergei Lavrov met officials in Damascus on Tuesday. Russia says it opposes foreign intervention in Syria.';
    const e = await extract(text, '2012-02-08');
    const leads = by(e, 'LEADS').find((c) => c.subjectId === named(e, 'Bashar al-Assad')?.ids[0]);
    expect(leads).toMatchObject({ objectId: 'actor:syria', status: 'REPORTED' });
    expect(leads!.evidence[0].quote).toBe('President Bashar al-Assad');
    expectIntactEvidence(text, e.claims);
  });

  it('gives an untitled "President X" the story\'s country, not that of the foreign forces it names most ("French forces", "French helicopters" in Abidjan)', async () => {
    // VOA, 2011-04-09.
    const text =
      "French forces say they have aborted a mission to evacuate diplomats from Ivory Coast's main city, Abidjan, after clashes with forces loyal to incumbent President Laurent Gbagbo. " +
      'The military says French helicopters were fired on during the operation, and that French forces fired back. French troops remain in Abidjan.';
    const e = await extract(text, '2011-04-09');
    expect(ends(e, 'LEADS')).toEqual([['actor:laurent-gbagbo', 'actor:ivory-coast']]);
  });

  it('reads "have died and over 25 wounded" as people wounded, counted by the participle\'s own number', async () => {
    const text = 'At least twelve civilians have died and over 25 wounded in a suicide bombing in the Hangu District of north-west Pakistan, Thursday night.';
    const e = await extract(text, '2010-03-06');
    expect(by(e, 'KILLED')).toContainEqual(expect.objectContaining({ quantity: expect.objectContaining({ value: 12 }) }));
    const injured = by(e, 'INJURED');
    expect(injured).toHaveLength(1);
    expect(injured[0]).toMatchObject({ objectId: by(e, 'KILLED')[0].objectId, quantity: expect.objectContaining({ value: 25, approximate: true }) });
    expectIntactEvidence(text, e.claims);
  });

  it('reads a number written in hyphen-joined words whole, from its first word ("One-hundred-sixty-five", which CoreNLP reads as 6600)', async () => {
    // VOA, 2016-07-30.
    const text = 'One-hundred-sixty-five people were detained by police during the unrest. At least twenty-five people were wounded by gunmen.';
    const e = await extract(text, '2016-07-30');
    expect(counted(e, 'ARRESTED')).toEqual([['actor:t-police', 'actor:t-people', 165]]);
    expect(by(e, 'ARRESTED')[0].evidence[0].quote).toMatch(/^One-hundred-sixty-five people were detained/);
    expect(by(e, 'INJURED')).toEqual([expect.objectContaining({ quantity: expect.objectContaining({ value: 25, approximate: true }) })]);
    expect(by(e, 'INJURED')[0].evidence[0].quote).toMatch(/^At least twenty-five people/);
    expectIntactEvidence(text, e.claims);
  });

  it('gives "killed and up to 20 injured in … Uzbekistan\'s capital, Tashkent" 20 injured, both in Tashkent; a possessive place is no agent ("killed in Sudan\'s West Darfur region"), nor a year a count', async () => {
    // VOA, 2004-03-29; 2008-07-09 (Darfur); 2008-08-21 (Guyana).
    const text =
      "At least two people were killed and up to 20 injured in an explosion that ripped through a marketplace in Uzbekistan's capital, Tashkent. " +
      "Three peacekeepers from Senegal have been killed in Sudan's West Darfur region. Rondell Rawlins is blamed for the 2006 murder of Agriculture Minister Satyadeow Sawh. " +
      'Four people were killed in the Haitian capital, Port-au-Prince. Six people were killed in Pakistan\'s Swat Valley.';
    const e = await extract(text, '2008-08-21');
    expect(counted(e, 'INJURED')).toEqual([['place:tashkent', 'actor:t-people', 20]]);
    expect(counted(e, 'KILLED')).toContainEqual(['place:tashkent', 'actor:t-people', 2]);
    expect(counted(e, 'KILLED')).toContainEqual(['place:west-darfur', 'actor:t-peacekeepers', 3]);
    expect(counted(e, 'KILLED')).toContainEqual(['place:port-au-prince', 'actor:t-people', 4]);
    expect(counted(e, 'KILLED')).toContainEqual(['place:swat-valley', 'actor:t-people', 6]);
    expect(by(e, 'KILLED').filter((c) => c.objectId === 'actor:satyadeow-sawh').map((c) => c.quantity)).toEqual([undefined]);
    expectIntactEvidence(text, e.claims);
  });

  it('finds where people were killed under a clause the parse left unlabelled ("killed … as supporters and opponents clashed … on the streets of Caracas")', async () => {
    // VOA, 2003-01-04: CoreNLP hangs "clashed" on "killed" as a bare dep.
    const text =
      'Two people were killed and more than a dozen people injured Friday as supporters and opponents of Venezuelan President Hugo Chavez clashed once again on the streets of Caracas, where a general strike against the president is in its fifth week.';
    const e = await extract(text, '2003-01-04');
    expect(counted(e, 'KILLED')).toEqual([['place:caracas', 'actor:t-people', 2]]);
    expect(counted(e, 'INJURED')).toEqual([['place:caracas', 'actor:t-people', 12]]);
  });

  it('takes the place and the agent of the act that killed from its own words ("Fresh ethnic clashes in western Kenya\'s Rift Valley Sunday killed …", "violence by pro-Indonesian militias killed …")', async () => {
    // VOA, 2008-01-27 and 2002-05-20; the 1995 bombing is a quotation in VOA, 2006-06-03.
    const text = "Fresh ethnic clashes in western Kenya's Rift Valley Sunday killed at least 20 people. In 1999, violence by pro-Indonesian militias killed one thousand people.";
    const e = await extract(text, '2008-01-27');
    expect(e.entities.find((x) => x.name === 'Rift Valley')?.kind).toBe('PLACE');
    expect(counted(e, 'KILLED')).toEqual([
      ['place:rift-valley', 'actor:t-people', 20],
      ['actor:t-pro-indonesian-militias', 'actor:t-people', 1000],
    ]);
    expectIntactEvidence(text, e.claims);
    // (So with an agent that is no entity: "killed by the tsunami in the Santa Cruz Islands".)
    const tsunami = await extract('At least five elderly villagers and one child are reported to have been killed by the tsunami in the Santa Cruz Islands.', '2013-02-06');
    expect(counted(tsunami, 'KILLED')).toEqual([
      ['place:santa-cruz-islands', 'actor:t-elderly-villagers', 5],
      ['place:santa-cruz-islands', 'actor:t-child', 1],
    ]);
    // (The bombing's own place, the building, not the city it lies in.)
    const cited = await extract('He cited the 1995 bombing of the Murrah Federal Building in Oklahoma City that killed 168 people.', '2006-06-03');
    expect(counted(cited, 'KILLED')).toEqual([['place:murrah-federal-building', 'actor:t-people', 168]]);
  });

  it('reads a participle joined to a passive, with no auxiliary of its own, as passive too ("One man was killed and three injured when … police fired")', async () => {
    // VOA, 2003-01-30 (Phnom Penh).
    const text = 'At least one man was killed and three injured when Cambodian riot police fired shots.';
    const e = await extract(text, '2003-01-30');
    expect(counted(e, 'INJURED')).toEqual([['actor:t-cambodian-riot-police', 'actor:t-people', 3]]);
    expect(by(e, 'INJURED').map((c) => c.evidence[0].quote)).toEqual(['three injured']);
  });

  it('reads "were shot dead", "shot two protesters dead" and "were gunned down" as killings with their count, not as shootings', async () => {
    // VOA, 2021-03-03 (Aungban).
    const text = 'Seven protesters were shot dead in Aungban. Police shot two protesters dead in Yangon.';
    const e = await extract(text, '2021-03-03');
    expect(counted(e, 'KILLED')).toEqual([
      ['place:aungban', 'actor:t-protesters', 7],
      ['actor:t-police', 'actor:t-protesters', 2],
    ]);
    expect(by(e, 'ATTACKED')).toEqual([]);
    expectIntactEvidence(text, e.claims);
    // ("gunned down": a killing too.)
    expect(counted(await extract('Two protesters were gunned down by soldiers.', '2021-03-03'), 'KILLED')).toEqual([['actor:t-soldiers', 'actor:t-protesters', 2]]);
  });

  it('takes people named by their nationality, in the plural or counted, for a group ("The Palestinians … began shooting at the police", "one American"), but not a nationality that qualifies ("Israeli troops")', async () => {
    // VOA, 2003-04-16 (West Bank) and 2005-11-09 (Amman).
    const text = 'The Palestinians refused and began shooting at the police. Israeli troops shot a Palestinian. At least one American was killed in Amman.';
    const e = await extract(text, '2005-11-09');
    expect(ends(e, 'ATTACKED')).toEqual([
      ['actor:t-palestinians', 'actor:t-police'],
      ['actor:t-israeli-troops', 'actor:t-palestinian'],
    ]);
    expect(counted(e, 'KILLED')).toEqual([['place:amman', 'actor:t-american', 1]]);
    expect(e.entities.map((x) => x.id)).not.toContain('actor:t-israeli');
  });

  it('takes no age for a count of the dead ("four girls and one boy, aged between 13 and 16, who were killed")', async () => {
    // VOA, 2004-09-15.
    const e = await extract('Amnesty International says it has evidence of the brutal killings of four girls and one boy, aged between 13 and 16, who were killed by 30 to 40 government soldiers.', '2004-09-15');
    expect(by(e, 'KILLED').filter((c) => c.quantity && [13, 16].includes(c.quantity.value))).toEqual([]);
  });

  it('puts a thing "in Armenia\'s capital, Yerevan" in Yerevan, and gives wounds "in an exchange of gunfire with police" to the police', async () => {
    // VOA, 2016-07-30.
    const text =
      "One policeman was killed Saturday by gunmen barricaded inside a police station in Armenia's capital, Yerevan. Three gunmen inside the station were wounded Friday in an exchange of gunfire with police.";
    const e = await extract(text, '2016-07-30');
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:t-police-station', 'place:yerevan']);
    expect(counted(e, 'INJURED')).toEqual([['actor:t-police', 'actor:t-gunmen', 3]]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads "left at least one person wounded" and "left five people dead and 20 wounded" as wounds with their own numbers, and bases and bridges as things attacked or taken', async () => {
    // VOA, 2007-10-09, 2015-12-11 and 2003-07-19.
    const text =
      'A bomb blast in the northern Spanish city of Bilbao has left at least one person wounded. Clashes in Kenya left five people dead and 20 wounded. ' +
      'Gunmen in Burundi launched coordinated attacks on three military bases. Liberian rebels have taken a strategic bridge over the River Po.';
    const e = await extract(text, '2015-12-11');
    expect(counted(e, 'INJURED')).toEqual([
      ['place:bilbao', 'actor:t-person', 1],
      ['place:kenya', 'actor:t-people', 20],
    ]);
    expect(counted(e, 'KILLED')).toEqual([['place:kenya', 'actor:t-people', 5]]);
    expect(ends(e, 'ATTACKED')).toEqual([['actor:t-gunmen', 'place:t-military-bases']]);
    expect(ends(e, 'TOOK_CONTROL_OF')).toEqual([['actor:t-liberian-rebels', 'place:t-strategic-bridge']]);
    expectIntactEvidence(text, e.claims);
  });

  it('gives the dead of "Japan\'s latest typhoon" to the place Japan, not to Japan as an actor', async () => {
    // VOA, 2004-10-24.
    const e = await extract("The quake struck days after Japan's latest typhoon, which killed nearly 100 people last week.", '2004-10-24');
    expect(counted(e, 'KILLED')).toEqual([['place:japan', 'actor:t-people', 100]]);
  });

  it('counts a bare number that died ("three died"), in the place of what the attack struck', async () => {
    const text = 'Several insurgents have attacked the country\'s North West Frontier Province in the last year, and three died in another suicide attack on a police station in Karak.';
    const e = await extract(text, '2010-03-06');
    const died = by(e, 'KILLED').find((c) => c.quantity?.value === 3);
    expect(died).toMatchObject({ subjectId: named(e, 'Karak')?.ids[0] ?? 'place:karak', quantity: expect.objectContaining({ value: 3, approximate: false }) });
    expect(died!.evidence[0].quote).toBe('three died in another suicide attack on a police station in Karak');
    expectIntactEvidence(text, e.claims);
  });

  it('takes a story\'s bare "the military" and "the army" for one body', async () => {
    const text = 'Twin attacks on an army base killed six soldiers, the military said Sunday. The attacks occurred at around 3:30 a.m., the army said.';
    const e = await extract(text, '2021-01-24');
    const speakers = e.claims.filter((c) => c.predicate === 'STATES' || c.attributedTo.length).flatMap((c) => c.attributedTo);
    expect(new Set(speakers).size).toBe(1);
    expect(speakers.length).toBeGreaterThanOrEqual(2);
  });

  it('measures a distance from the place a noun names in apposition ("west of the Somali capital, Mogadishu")', async () => {
    const text = 'At least eight people were killed Tuesday in a heavy al-Shabab attack on Afgoye, a town 30 kilometers west of the Somali capital, Mogadishu. The ambush took place in Ayacucho, 547 kilometers from Peru\'s capital of Lima.';
    const e = await extract(text, '2016-10-18');
    const distances = by(e, 'DISTANCE_FROM');
    expect(distances).toContainEqual(expect.objectContaining({ subjectId: 'place:afgoye', objectId: 'place:mogadishu', quantity: expect.objectContaining({ value: 30, unit: 'km' }) }));
    expect(distances).toContainEqual(expect.objectContaining({ subjectId: 'place:ayacucho', objectId: 'place:lima', quantity: expect.objectContaining({ value: 547 }) }));
    // "the capital of X" with no owner is X's capital, not X.
    const dohuk = await extract("Dohuk lies 150 kilometers from the capital of Iraq's Kurdistan region.", '2014-11-19');
    expect(by(dohuk, 'DISTANCE_FROM').filter((c) => c.objectId === 'place:kurdistan')).toEqual([]);
    expectIntactEvidence(text, e.claims);
  });

  it('does not place a town in the city its distance is measured from, though the parse hangs the city on the town', async () => {
    const text = 'At least eight people, including six Somali government officials, were killed Tuesday in a heavy al-Shabab attack on Afgoye, a town 30 kilometers west of the Somali capital, Mogadishu.';
    const e = await extract(text, '2016-10-18');
    const located = by(e, 'LOCATED_IN');
    expect(located).toContainEqual(expect.objectContaining({ subjectId: 'place:mogadishu', objectId: 'place:somalia' }));
    expect(located.filter((c) => c.subjectId === 'place:afgoye' && c.objectId === 'place:mogadishu')).toEqual([]);
  });

  it('counts the dead and wounded given only as numbers or "others", and a hedged act in the article\'s voice is uncertain', async () => {
    const text =
      'A car bomb exploded in a crowded square in Baghdad on Saturday, killing 22 and wounding at least 54. ' +
      'The earthquake injured more than 200 others in Niigata. NATO troops may have killed a civilian in Kabul.';
    const e = await extract(text, '2008-12-27');
    const count = (predicate: string, value: number) => by(e, predicate).find((c) => c.quantity?.value === value);
    expect(count('KILLED', 22)?.objectId).toMatch(/-people$/);
    expect(count('INJURED', 54)).toMatchObject({ quantity: { value: 54, approximate: true } });
    expect(count('INJURED', 200)?.objectId).toMatch(/-others$/);
    expect(by(e, 'KILLED').find((c) => c.subjectId === 'actor:nato')).toMatchObject({ status: 'UNCERTAIN' });
    expectIntactEvidence(text, e.claims);
  });

  it('takes the owner of the means as the agent: "Israeli air strikes killed", "a bomb planted by Maoist rebels killed"', async () => {
    const text = 'Israeli air strikes killed nine Palestinian militants in Gaza on Monday. A bomb planted by Maoist rebels killed five policemen in Bihar.';
    const e = await extract(text, '2014-07-07');
    const killed = by(e, 'KILLED');
    expect(killed.find((c) => c.quantity?.value === 9)).toMatchObject({ subjectId: 'actor:israel' });
    const bomb = killed.find((c) => c.quantity?.value === 5);
    expect(bomb?.subjectId).toMatch(/maoist-rebels$/);
    expect(bomb?.evidence[0].quote).toBe('A bomb planted by Maoist rebels killed five policemen');
    expectIntactEvidence(text, e.claims);
  });

  it('takes the owner of the means a speech verb shares with the act ("a U.S. airstrike was reported to have killed")', async () => {
    const text = 'Another suspected U.S. airstrike Friday was reported to have killed a commander of al-Shabab forces in Jannaale town.';
    const e = await extract(text, '2016-04-02');
    expect(by(e, 'KILLED')[0]).toMatchObject({ subjectId: 'actor:united-states' });
    expectIntactEvidence(text, e.claims);
  });

  it('takes the owner of the attack a death happened in for its agent ("were killed in a heavy al-Shabab attack")', async () => {
    const text = 'At least eight people were killed Tuesday in a heavy al-Shabab attack on Afgoye, police said.';
    const e = await extract(text, '2016-10-18');
    expect(by(e, 'KILLED')).toContainEqual(expect.objectContaining({ subjectId: 'actor:al-shabab', quantity: expect.objectContaining({ value: 8 }) }));
    expectIntactEvidence(text, e.claims);
  });

  it('reads the people counted in "scores of civilians" as the victims', async () => {
    const text = 'Syrian activists say government troops have killed scores of civilians in Homs.';
    const e = await extract(text, '2012-02-08');
    expect(by(e, 'KILLED')).toContainEqual(expect.objectContaining({ subjectId: 'actor:t-government-troops', objectId: 'actor:t-civilians', status: 'CLAIMED' }));
    expectIntactEvidence(text, e.claims);
  });

  it('takes the doer of the violent act a death came after or with for its agent ("was killed when authorities shot at a vehicle")', async () => {
    const text = 'Police say another person was killed when authorities shot at a vehicle that was speeding toward the protesters.';
    const e = await extract(text, '2003-12-23');
    expect(by(e, 'KILLED')[0]).toMatchObject({ subjectId: 'actor:t-authorities', status: 'CLAIMED' });
    expectIntactEvidence(text, e.claims);
  });

  it('takes the other side of a battle for the agent of a death in it', async () => {
    const text = "The rebels acknowledged that their supreme leader, Velupillai Prabhakaran, was killed in the group's final battle against government troops.";
    const e = await extract(text, '2009-05-24');
    expect(by(e, 'KILLED')).toContainEqual(expect.objectContaining({ subjectId: 'actor:t-government-troops', objectId: 'actor:velupillai-prabhakaran' }));
    expectIntactEvidence(text, e.claims);
  });

  it('reads the forces a side keeps in a place as a deployment with their number ("has about 20,000 peacekeepers in Darfur")', async () => {
    const text = 'The U.N. has about 20,000 peacekeepers in Darfur, where rebel groups have fought the government for a decade.';
    const e = await extract(text, '2013-10-13');
    expect(by(e, 'DEPLOYED_TO')).toContainEqual(expect.objectContaining({ subjectId: 'actor:united-nations', objectId: 'place:darfur', quantity: expect.objectContaining({ value: 20000 }) }));
    expectIntactEvidence(text, e.claims);
  });

  it('reads the target of an attack hung on the verb that governs it, and "under attack from" the attacker', async () => {
    const text = 'Taliban fighters staged a surprise assault on Gereshk overnight, a spokesman said. Helmand has been persistently under attack from the Taliban.';
    const e = await extract(text, '2016-07-30');
    const attacked = by(e, 'ATTACKED');
    expect(attacked).toContainEqual(expect.objectContaining({ subjectId: 'actor:taliban', objectId: 'place:gereshk' }));
    expect(attacked).toContainEqual(expect.objectContaining({ subjectId: 'actor:taliban', objectId: 'place:helmand' }));
    expectIntactEvidence(text, e.claims);
  });

  it('reads "… were killed and ten others wounded" as ten wounded, and "gunmen shot and killed 20 people" still as the gunmen\'s act', async () => {
    const text =
      'A military statement said 30 militants were killed and eight troops wounded in South Waziristan. ' +
      'Officials said gunmen shot and killed 20 people inside a bar in Mexico City.';
    const e = await extract(text, '2009-10-20');
    const wounded = by(e, 'INJURED').find((c) => c.quantity?.value === 8);
    expect(wounded?.objectId).toMatch(/troops$/);
    expect(wounded?.subjectId).not.toMatch(/troops$/);
    expect(by(e, 'KILLED').filter((c) => /gunmen$/.test(c.objectId ?? ''))).toEqual([]);
    expectIntactEvidence(text, e.claims);
  });

  it('takes "it" or "they" who did what a body reports for that body, never for a person speaking', async () => {
    const text =
      "A rebel group in Ethiopia's Ogaden region said today that it has killed 626 government troops. " +
      'Ethiopian government spokesman Shimelis Kemal said they killed many civilians.';
    const e = await extract(text, '2009-11-17');
    const killed = quoting(e, 'it has killed 626');
    expect(killed).toMatchObject({ predicate: 'KILLED', subjectId: 'actor:t-rebel-group', status: 'CLAIMED', attributedTo: ['actor:t-rebel-group'] });
    expect(by(e, 'KILLED').filter((c) => c.subjectId === 'actor:shimelis-kemal')).toEqual([]);
  });

  it('reads the victims of a participle from the noun it describes ("civilians killed by retreating forces")', async () => {
    const text = 'The rebels said they are administering medical care to those civilians killed by retreating Ethiopian occupation forces.';
    const e = await extract(text, '2009-11-17');
    expect(quoting(e, 'civilians killed by')).toMatchObject({ predicate: 'KILLED', subjectId: 'actor:ethiopian-occupation-forces', objectId: 'actor:t-civilians', status: 'CLAIMED' });
  });

  it('reads the object after two joined verbs as both verbs\' ("gunmen shot and killed 20 people")', async () => {
    const text = 'Mexican officials say gunmen shot and killed 20 people inside a bar in Monterrey, Mexico late Friday.';
    const e = await extract(text, '2010-07-18');
    const killed = by(e, 'KILLED')[0];
    expect(killed).toMatchObject({ subjectId: 'actor:t-gunmen', quantity: { value: 20 } });
    expectIntactEvidence(text, e.claims);
  });

  it('takes "its forces" and "their troops" for the side that speaks of them', async () => {
    const text = 'The Nigerian army said Thursday that its troops are now in full control of Mafa in Borno state. On Tuesday, Chad said its forces had liberated the Borno state town of Dikwa.';
    const e = await extract(text, '2015-02-04');
    expect(by(e, 'TOOK_CONTROL_OF').find((c) => c.objectId === 'place:dikwa')?.subjectId).toBe('actor:chad');
    expect(by(e, 'CONTROLS').find((c) => c.objectId === 'place:mafa')?.subjectId).toBe(named(e, 'Nigerian army')?.ids[0]);
  });

  it('takes the agent of an attack from its means, or for "the attack" from the attack the story just told', async () => {
    const text =
      'Dozens of Taliban fighters launched a surprise attack in Gereshk district of Helmand province on Tuesday. The attack early Wednesday targeted the police headquarters. ' +
      'Israeli air strikes hit a house in Gaza on Monday.';
    const e = await extract(text, '2016-03-09');
    expect(quoting(e, 'targeted the police headquarters')).toMatchObject({ predicate: 'ATTACKED', subjectId: 'actor:taliban' });
    expect(quoting(e, 'hit a house')).toMatchObject({ predicate: 'ATTACKED', subjectId: 'actor:israel' });
    expectIntactEvidence(text, e.claims);
  });

  it('reads each place of "the towns of A, B and C" and the place of "large parts of X"', async () => {
    const text = 'Government forces recaptured the towns of Galadiid, Obolka and Yucub on Friday. The Houthis still control large parts of Saada.';
    const e = await extract(text, '2009-11-17');
    expect(by(e, 'TOOK_CONTROL_OF').map((c) => c.objectId).sort()).toEqual(['place:galadiid', 'place:obolka', 'place:yucub']);
    expect(by(e, 'CONTROLS')).toEqual([expect.objectContaining({ subjectId: 'actor:houthis', objectId: 'place:saada' })]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads an agent from the governing clause only when it is the agent: not the dead, not a speaker, not another clause\'s subject', async () => {
    const text =
      'Suspected militants killed at least 13 soldiers in a suicide attack on an army base in Abyan on Friday. ' +
      'At least twelve civilians have died and over 25 wounded in a suicide bombing in Hangu. ' +
      'The governor of Lower Shabelle, Ibrahim Aden Ali, confirmed the deaths of the officials. ' +
      'Authorities in Srinagar imposed a curfew after a militant attack killed five soldiers.';
    const e = await extract(text, '2012-10-19');
    expect(by(e, 'ATTACKED').find((c) => c.objectId?.endsWith('army-base'))?.subjectId).toMatch(/militants$/);
    expect(by(e, 'ATTACKED').filter((c) => /civilians/.test(c.subjectId))).toEqual([]);
    expect(by(e, 'KILLED').filter((c) => c.subjectId === 'actor:ibrahim-aden-ali' || /authorities/.test(c.subjectId))).toEqual([]);
  });

  it('takes no act from what someone only threatened, urged or called for', async () => {
    const text =
      "Chad's President Idriss Deby called on Abubakar Shekau to surrender or be killed. " +
      'Boko Haram fighters threatened to seize the town of Dikwa in Borno state. Chadian troops seized the town of Mafa on Tuesday.';
    const e = await extract(text, '2015-03-05');
    expect(by(e, 'KILLED')).toEqual([]);
    // The same act, done, is read.
    expect(by(e, 'TOOK_CONTROL_OF').map((c) => c.objectId)).toEqual(['place:mafa']);
  });

  it('reads an accusation in a subordinate clause, and a bare name as the surname of the person it ends', async () => {
    const text =
      'Clashes began eight days ago in the capital, Juba, after President Salva Kiir accused Riek Machar of attempting a coup. ' +
      'President Hassan Sheikh Mohamud visited the palace on Saturday. One of those killed, Mohamud Indha-Asse, was a former minister. ' +
      'Mohamud said the government would eliminate the group.';
    const e = await extract(text, '2014-02-22');
    expect(quoting(e, 'of attempting a coup')).toMatchObject({ predicate: 'STATES', attributedTo: ['actor:salva-kiir'] });
    expect(quoting(e, 'would eliminate the group')?.attributedTo).toEqual(['actor:hassan-sheikh-mohamud']);
    expectIntactEvidence(text, e.claims);
  });

  it('gives "he accused" after a quoted paragraph to the person who spoke before it, and reads "denounced"', async () => {
    const text =
      'Army spokesman Philip Aguer told VOA that soldiers backing former vice president Riek Machar control Bor.\n\n' +
      '"Definitely the army will re-control these areas. It\'s a matter of days and the army will control Jonglei state. We will work for the full control of the national army."\n\n' +
      "He also accused fighters backing Machar of shooting at a U.S. aircraft on Saturday. Prime Minister Yehude Simon denounced the rebels' attacks.";
    const e = await extract(text, '2013-12-22');
    expect(quoting(e, 'of shooting at a U.S. aircraft')?.attributedTo).toEqual(['actor:philip-aguer']);
    expect(quoting(e, "the rebels' attacks")).toMatchObject({ predicate: 'STATES', attributedTo: ['actor:yehude-simon'] });
  });

  it('reads what a speaker says of someone when the parse gives it as an object and a small clause', async () => {
    const text = "Critics say President Aristide is to blame for the country's economic and political troubles.";
    const e = await extract(text, '2003-12-23');
    const said = quoting(e, 'Aristide is to blame');
    expect(said).toMatchObject({ predicate: 'STATES', status: 'CLAIMED' });
    expect(said!.attributedTo).toEqual([expect.stringMatching(/critics$/)]);
  });

  it('gives "…, saying …" and "after blaming …" to the subject of the sentence, and takes a title parsed as the head for the person it titles', async () => {
    const text =
      "Chad's President Idriss Deby called on Boko Haram's chief Abubakar Shekau to surrender or be killed, saying his forces know Shekau's location. " +
      'Israel stepped up air strikes on Hamas 10 days ago, after blaming the group for the kidnap and murder of three Israeli teenagers. ' +
      'Thousands of people crowded the streets of Port-au-Prince on Monday calling for the ouster of the president. ' +
      'Suspected rebels have killed at least 12 people in eastern Congo, adding to hundreds of killings in recent months.';
    const e = await extract(text, '2015-03-05');
    expect(quoting(e, "his forces know Shekau's location")?.attributedTo).toEqual(['actor:idriss-deby']);
    expect(quoting(e, 'the group for the kidnap')?.attributedTo).toEqual(['actor:israel']);
    expect(e.claims.find((c) => c.predicate === 'STATES' && c.evidence[0].quote.includes('Shekau to surrender'))?.attributedTo).toEqual(['actor:idriss-deby']);
    // Participles that report nothing are no statements.
    expect(by(e, 'STATES').filter((c) => /ouster|hundreds of killings/.test(c.evidence[0].quote))).toEqual([]);
  });

  it('reads what was said when the parse hangs the clause on the speech verb\'s object', async () => {
    const text = 'U.S. Defense Department spokesman Peter Cook said the airstrike that killed Dhore was carried out in cooperation with Somali forces.';
    const e = await extract(text, '2016-04-01');
    // (A typed claim inside it stands for the statement: "the airstrike that killed Dhore".)
    expect(e.claims.filter((c) => c.attributedTo.includes('actor:peter-cook')).length).toBeGreaterThan(0);
  });

  it('reads "called on X to do Y" as a statement', async () => {
    const text = 'U.N. Secretary General Ban Ki-moon condemned the attack and called on Somalis to remain resolute in the fight against extremism.';
    const e = await extract(text, '2015-03-05');
    expect(quoting(e, 'Somalis to remain resolute')).toMatchObject({ predicate: 'STATES', attributedTo: ['actor:ban-ki-moon'] });
  });

  it('attributes "the minister said" to the person the story introduced as minister', async () => {
    const text =
      'According to the defence minister of Peru, Flores Araoz, rebels have killed thirteen soldiers in two ambushes. ' +
      'The minister stated that rebels attacked a military patrol with explosives.';
    const e = await extract(text, '2009-04-13');
    const stated = quoting(e, 'attacked a military patrol');
    expect(stated?.attributedTo).toEqual(['actor:flores-araoz']);
  });

  it('keeps the place as the subject of a casualty count with no agent, not the attacker of another sentence', async () => {
    const text = 'At least three Hezbollah militants and one Israeli soldier were killed Monday night in clashes along the Israel - Lebanon border. Israeli warplanes struck Hezbollah targets in southern Lebanon.';
    const e = await extract(text, '2005-11-21');
    const killed = by(e, 'KILLED');
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.filter((c) => /warplanes/.test(c.subjectId))).toEqual([]);
    expect(killed.every((c) => c.qualifiers.event)).toBe(true);
  });

  it('finds where an act happened through the act it happened in ("killed in a bomb blast in the Mondoro area")', async () => {
    const text = 'Twin attacks hit army posts in Boulkessy on Sunday. On Thursday, three other Malian soldiers were killed in a bomb blast in the Mondoro area.';
    const e = await extract(text, '2021-01-24');
    expect(by(e, 'KILLED').find((c) => c.quantity?.value === 3)?.subjectId).toBe('place:mondoro');
  });
});

describe.runIf(corenlpAvailable())('extraction [corenlp]: entities from NER, typed right', () => {
  let e: Extraction;
  const text =
    "Egyptian President Abdel Fattah el-Sissi met members of the Kurdistan Workers' Party and the YBS, the Hindustan Times reported. " +
    'Ships waited in the Red Sea outside the Suez Canal while Islamic State fighters moved near the Galwan Valley. Aramco shares fell.';
  beforeAll(async () => {
    e = await extract(text);
  });

  it('keeps full names and never types an organisation as a person', () => {
    expect(named(e, 'Abdel Fattah el-Sissi')?.type).toBe('person');
    for (const org of ["Kurdistan Workers' Party", 'YBS', 'Hindustan Times', 'Islamic State']) {
      expect(named(e, org)?.kind, org).toBe('ACTOR');
      expect(named(e, org)?.type, org).toBe('organisation');
    }
  });

  it('types seas, canals and valleys as places, one entity each', () => {
    for (const place of ['Red Sea', 'Suez Canal', 'Galwan Valley']) expect(named(e, place)?.kind, place).toBe('PLACE');
    expect(e.named.some((n) => n.name === 'Galwan')).toBe(false);
  });

  it('takes names NER gave to persons for places when the text says so, and a storm for no one', async () => {
    const text =
      'Fighting is reported in many towns in Saada and Amran. Boys from the Kassab camp collect water in Kutum. ' +
      'Typhoon Haiyan made landfall on the islands of Leyte and Samar on Friday.';
    const e = await extract(text, '2013-11-08');
    const kindOf = (name: string) => e.named.find((n) => n.name === name)?.kind;
    expect(kindOf('Amran')).toBe('PLACE');
    expect(kindOf('Kassab camp')).toBe('PLACE');
    expect(kindOf('Samar')).toBe('PLACE');
    expect(e.named.filter((n) => /Haiyan/.test(n.name))).toEqual([]);
  });

  it('keeps the West Bank a place (a bank NER found as a location is a river\'s, the World Bank a body), holding "the West Bank city of Jenin"', async () => {
    const text = 'Gunmen and Israeli security forces fought in the West Bank city of Jenin. The World Bank said aid would continue.';
    const e = await extract(text, '2003-03-04');
    expect(e.named.find((n) => n.name === 'West Bank')?.kind).toBe('PLACE');
    expect(e.named.find((n) => n.name === 'World Bank')?.kind).toBe('ACTOR');
    expect(by(e, 'LOCATED_IN')).toEqual([expect.objectContaining({ subjectId: 'place:jenin', objectId: 'place:west-bank' })]);
  });

  it('names a built place by its name and noun ("the Erez checkpoint", "the Hazratbal mosque"), but not a city\'s ("the Kabul airport")', async () => {
    const text = 'A car was stopped at the Erez checkpoint. Gunmen attacked the Hazratbal mosque in Srinagar. Rebels blocked the Kandahar-Herat highway. Police closed the Kabul airport.';
    const e = await extract(text, '2003-06-28');
    const sites = e.named.filter((n) => n.type === 'site').map((n) => n.name);
    expect(sites).toEqual(['Erez checkpoint', 'Hazratbal mosque', 'Kandahar-Herat highway']);
    expect(e.named.find((n) => n.name === 'Kabul')).toMatchObject({ kind: 'PLACE', type: 'city' });
    expect(e.named.some((n) => n.name === 'Erez' || n.name === 'Kabul airport')).toBe(false);
  });

  it('places towns in what their phrase names: the story\'s capital, "the Oromia towns of", "the Borno state town of", "the region\'s main town"', async () => {
    const text =
      'Fighting spread across South Sudan this week, and aid groups in South Sudan warned of hunger. Diplomats left the capital, Juba, on Sunday. ' +
      'Protests spread to the Oromia towns of Ambo, Nekemte and Jimma. Chadian troops liberated the Borno state town of Dikwa. ' +
      "Troops entered the North Waziristan region on Monday. Fighting reached the region's main town of Miran Shah. " +
      'Guards closed the Zahra Square region of Khadhimia.';
    const e = await extract(text, '2015-03-05');
    const located = by(e, 'LOCATED_IN').map((c) => `${c.subjectId} ${c.objectId}`);
    expect(located).toEqual(
      expect.arrayContaining([
        'place:juba place:south-sudan',
        'place:ambo place:oromia',
        'place:nekemte place:oromia',
        'place:jimma place:oromia',
        'place:dikwa place:borno',
        'place:miran-shah place:north-waziristan',
      ]),
    );
    // A part's own name is not what holds the place it is part of.
    expect(located.filter((l) => l.startsWith('place:khadhimia'))).toEqual([]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads who holds a place from "rebel-held", and who leads one from "the governor of X, Name" (of "Cameroon\'s Far North region": the region), and "Toronto Police Chief Bill Blair"', async () => {
    const text =
      'Fighting continued near the rebel-held town of Misrata on Sunday. Government forces advanced on the rebel-held cities of Misrata and Ras Lanuf. ' +
      'The governor of the Lower Shabelle region, Ibrahim Aden Ali, confirmed the deaths. ' +
      "The governor of Cameroon's Far North region, Midjiyawa Bakari, said two bombers died. Boko Haram's chief Abubakar Shekau spoke. " +
      'Toronto Police Chief Bill Blair said the men were dangerous.';
    const e = await extract(text, '2011-03-06');
    const controls = by(e, 'CONTROLS');
    expect(controls.map((c) => c.objectId).sort()).toEqual(['place:misrata', 'place:ras-lanuf']);
    expect(controls.every((c) => /-rebels$/.test(c.subjectId) && c.status === 'REPORTED')).toBe(true);
    expect(by(e, 'LEADS')).toEqual(expect.arrayContaining([expect.objectContaining({ subjectId: 'actor:ibrahim-aden-ali', objectId: 'place:lower-shabelle' })]));
    // (What a possessive holds, after the title: the region, not Cameroon; before it, the holder itself.)
    expect(ends(e, 'LEADS')).toEqual(expect.arrayContaining([['actor:midjiyawa-bakari', 'place:far-north'], ['actor:abubakar-shekau', 'actor:boko-haram']]));
    // (A capitalised title NER left untagged between a body's name and a person's.)
    expect(ends(e, 'LEADS')).toContainEqual(['actor:bill-blair', 'actor:toronto-police']);
    // (A bare spokesperson's title opening its sentence: the body the sentence before was about.)
    const psaki = await extract('The U.S. State Department is condemning all acts of violence in Egypt. Spokeswoman Jen Psaki also said all sides must be involved. Spokesman John Smith said nothing.', '2013-08-19');
    expect(ends(psaki, 'SPOKESPERSON_FOR')).toEqual([['actor:jen-psaki', 'actor:u-s-state-department']]);
    // (A title held somewhere, the holder's name after where: "the al-Qaida chief in Pakistan, Ayman al-Zawahri".)
    const chief = await extract('The attack followed a message from the al-Qaida chief in Pakistan, Ayman al-Zawahri.', '2013-08-11');
    expect(ends(chief, 'LEADS')).toEqual([['actor:ayman-al-zawahri', 'actor:al-qaida']]);
    expect(ends(e, 'LEADS').filter(([who]) => who === 'actor:midjiyawa-bakari')).toHaveLength(1);
    expectIntactEvidence(text, e.claims);
  });

  it('finds places NER missed where the words around them say they are places', async () => {
    const text =
      'The army said it will take back the town of Bentiu in oil-rich Unity state. Tank shells killed 13 people in the southern village of al-Haraa. ' +
      "A bomb exploded in Baghdad's al-Bayaa neighborhood.";
    const e = await extract(text, '2011-05-11');
    expect(e.named.find((n) => n.name === 'Unity')).toMatchObject({ kind: 'PLACE', type: 'region' });
    expect(e.named.find((n) => n.name === 'al-Haraa')?.kind).toBe('PLACE');
    expect(ends(e, 'LOCATED_IN')).toEqual(
      expect.arrayContaining([
        ['place:bentiu', 'place:unity'],
        ['place:al-bayaa', 'place:baghdad'],
      ]),
    );
    expectIntactEvidence(text, e.claims);
  });

  it('keeps to a place\'s name when NER runs on into lower-case words, and takes a proper noun before "island" or "state" for a place', async () => {
    const text =
      'At least twelve civilians have died and over 25 wounded in a suicide bombing in the Hangu District of north-west Pakistan, Thursday night. ' +
      "The tsunami that struck the southern coast of Java island killed at least 105 people. Soldiers fired on protesters in Aungban in the eastern Shan state.";
    const e = await extract(text, '2010-03-06');
    expect(named(e, 'Hangu')?.spellings).toContain('Hangu District');
    expect(named(e, 'Pakistan')?.kind).toBe('PLACE');
    expect(e.named.filter((n) => /north-west/.test(n.name))).toEqual([]);
    expect(named(e, 'Java')?.kind).toBe('PLACE');
    expect(e.named.find((n) => n.name === 'Shan')?.kind).toBe('PLACE');
    // "died and … wounded in a bombing in Hangu": the place the parse gives the second act is the first's too.
    const died = by(e, 'KILLED').find((c) => c.quantity?.value === 12);
    expect(died?.subjectId).toBe(named(e, 'Hangu')!.ids[0]);
    expectIntactEvidence(text, e.claims);
  });

  it('knows a name NER found once wherever the article repeats it, and the rebels by it ("Shining Path rebels" read as a verb and a noun)', async () => {
    const text =
      'According to the defence minister of Peru, Flores Araoz, Shining Path rebels have killed thirteen soldiers in two ambushes in the southeast region of the country. ' +
      'The minister stated that rebels attacked a military patrol with explosives, killing eleven soldiers and a captain. ' +
      '"These actions are desperate responses by the Shining Path in the face of advances by the armed forces," the prime minister said.';
    const e = await extract(text, '2009-04-13');
    expect(named(e, 'Shining Path')?.type).toBe('organisation');
    expect(quoting(e, 'rebels attacked a military patrol')).toMatchObject({ predicate: 'ATTACKED', subjectId: named(e, 'Shining Path')!.ids[0] });
    expectIntactEvidence(text, e.claims);
  });

  it('knows "Leyte Island" as Leyte, and "Somalia\'s presidential palace" as the palace, not the country', async () => {
    const text = "The storm flattened much of Leyte Island's Tacloban city on Friday. Al-Qaida-linked militants attacked Somalia's presidential palace on Friday.";
    const e = await extract(text, '2013-11-10');
    expect(named(e, 'Leyte')?.spellings).toContain('Leyte Island');
    expect(ends(e, 'LOCATED_IN')).toContainEqual(['place:tacloban', 'place:leyte']);
    const attack = by(e, 'ATTACKED')[0];
    expect(attack.objectId).toMatch(/^place:t-.*palace$/);
    expectIntactEvidence(text, e.claims);
  });

  it('reads who leads what from a title NER left untagged ("Boko Haram\'s chief Abubakar Shekau")', async () => {
    const text = "Chad's President Idriss Deby called on Boko Haram's chief Abubakar Shekau to surrender. The United Nations chief, Ban Ki-moon, condemned the attack.";
    const e = await extract(text, '2015-03-05');
    const leads = ends(e, 'LEADS');
    expect(leads).toContainEqual(['actor:abubakar-shekau', 'actor:boko-haram']);
    expect(leads).toContainEqual(['actor:ban-ki-moon', 'actor:united-nations']);
    expectIntactEvidence(text, e.claims);
  });

  it('reads "X, mayor of <town>" as leading the town and "Army chief X" as leading the army, but no deputy as leading ("Deputy Mayor of Grozny, X")', async () => {
    const text = 'Didier Vaillant, mayor of Villiers-le-Bel, called for calm. Army chief Abdel Fattah el-Sissi spoke in Cairo. Deputy Mayor of Grozny, Supyan Makhchayev, said two died.';
    const e = await extract(text, '2007-11-27');
    expect(ends(e, 'LEADS')).toEqual([
      ['actor:didier-vaillant', 'place:villiers-le-bel'],
      ['actor:abdel-fattah-el-sissi', 'actor:t-army'],
    ]);
    expectIntactEvidence(text, e.claims);
  });

  it('reads who leads a place from "Name, mayor of the neighboring X district"', async () => {
    const text = 'Fighting reached Nampala on Monday, said Oumar Diakite, mayor of the neighboring Diabaly district.';
    const e = await extract(text, '2015-01-05');
    expect(ends(e, 'LEADS')).toContainEqual(['actor:oumar-diakite', named(e, 'Diabaly')!.ids[0]]);
    expectIntactEvidence(text, e.claims);
  });

  it('takes a head of state with no country named for the country the story is about, counting its demonyms', async () => {
    const text = 'Colombian officials say leftist rebels killed six soldiers in Colombia near the border with Venezuela. The Colombian army said the rebels fled. Violence has increased ahead of the election, in which President Alvaro Uribe is expected to win.';
    const e = await extract(text, '2006-04-22');
    expect(by(e, 'LEADS')).toContainEqual(expect.objectContaining({ subjectId: 'actor:alvaro-uribe', objectId: 'actor:colombia' }));
  });

  it('reads whom a spokesman speaks for across the titles and demonyms before the name', async () => {
    const text = 'Andi Mallarangeng, a spokesman for Indonesian President Susilo Bambang Yudhoyono, says military and police have been dispatched to the affected region.';
    const e = await extract(text, '2006-07-17');
    expect(by(e, 'SPOKESPERSON_FOR')).toContainEqual(expect.objectContaining({ subjectId: 'actor:andi-mallarangeng', objectId: 'actor:susilo-bambang-yudhoyono', status: 'REPORTED' }));
    expectIntactEvidence(text, e.claims);
  });

  it('reads who leads what from "headed by"', async () => {
    const text = 'The king appointed a new government, headed by Prime Minister Sher Bahadur Deuba, on Wednesday.';
    const e = await extract(text, '2004-06-03');
    expect(by(e, 'LEADS')).toContainEqual(expect.objectContaining({ subjectId: 'actor:sher-bahadur-deuba', objectId: 'actor:t-new-government', status: 'REPORTED' }));
    expectIntactEvidence(text, e.claims);
  });

  it('gives the same extraction for the same article twice', async () => {
    const again = await extract(text);
    expect(again.claims).toEqual(e.claims);
    expect(again.entities).toEqual(e.entities);
  });

  it('names a country\'s body by the whole country name when NER leaves out its first word ("South Sudan\'s army" is not Sudan\'s)', async () => {
    const text = "South Sudan's army has vowed it will take back two state capitals seized by rebelling soldiers.";
    const e = await extract(text);
    expect(e.named.map((n) => n.name)).toContain('South Sudanese army');
    expect(e.named.some((n) => n.name === 'Sudanese army')).toBe(false);
    const vow = quoting(e, 'take back two state capitals');
    expect(vow?.attributedTo).toEqual(['actor:south-sudanese-army']);
  });

  it('keeps the place after "in" in a mission\'s name ("United Nations Mission in Iraq") and makes no place of the mission', async () => {
    const text = 'Data from the United Nations Mission in Iraq shows more than 13,000 civilians killed this year, the United Nations Mission in Iraq said.';
    const e = await extract(text);
    const mission = named(e, 'United Nations Mission in Iraq');
    expect(mission).toMatchObject({ kind: 'ACTOR', type: 'organisation' });
    expect(named(e, 'United Nations Mission')).toBeUndefined();
    expect(e.claims.filter((c) => c.status !== 'REPORTED').map((c) => c.attributedTo)).toContainEqual(mission!.ids);
    expectIntactEvidence(text, e.claims);
  });

  it('keeps the country after "in" in the name of a body named by what it is for ("National Organization for Human Rights in Syria")', async () => {
    const text = 'The National Organization for Human Rights in Syria says tank shells and gunfire killed 13 people in the village of al-Haraa.';
    const e = await extract(text);
    const body = named(e, 'National Organization for Human Rights in Syria');
    expect(body).toMatchObject({ kind: 'ACTOR', type: 'organisation' });
    expect(named(e, 'Syria')).toBeUndefined();
    expect(by(e, 'KILLED').map((c) => c.attributedTo)).toContainEqual(body!.ids);
  });

  it('finds widely cited bodies NER misses, however many words their name runs to ("Al-Qaida in the Islamic Maghreb", "a Human Rights Watch researcher")', async () => {
    const text =
      'Al-Qaida in the Islamic Maghreb and allied groups seized control of northern Mali in 2012. A Human Rights Watch researcher told VOA that militants had grenade launchers.';
    const e = await extract(text);
    expect(named(e, 'al-Qaida in the Islamic Maghreb')?.spellings).toEqual(['Al-Qaida in the Islamic Maghreb']);
    expect(named(e, 'al-Qaida')).toBeUndefined();
    expect(named(e, 'Human Rights Watch')).toMatchObject({ kind: 'ACTOR', type: 'organisation' });
    expect(by(e, 'TOOK_CONTROL_OF').map((c) => c.subjectId)).toEqual(['actor:aqim']);
  });

  it('takes the publisher\'s own services for the publisher, not entities of the story ("VOA Somali", "VOA\'s Horn of Africa Service")', async () => {
    const text = "A Nampala official told VOA's Horn of Africa Service that three soldiers died. The governor, Ibrahim Aden Ali, confirmed the deaths to VOA Somali.";
    const publishedAt = '2016-10-18';
    const doc = await testNlp().annotate(text, { publishedAt });
    const e = await extractArticle({ articleId: 'article:t', articleKey: 't', publishedAt, publisher: 'Voice of America', sentences: splitSentences(text) }, doc, noGraph);
    const names = e.named.map((n) => n.name);
    expect(names).toContain('Ibrahim Aden Ali');
    expect(names.filter((n) => /Service|VOA/.test(n))).toEqual([]);
    // A one-letter initial is no publisher's name: Wikinews ("W") leaves "George W. Bush" alone.
    const bush = 'President George W. Bush spoke on Monday.';
    const wiki = await extractArticle({ articleId: 'article:w', articleKey: 'w', publishedAt, publisher: 'Wikinews', sentences: splitSentences(bush) }, await testNlp().annotate(bush, { publishedAt }), noGraph);
    expect(wiki.named.map((n) => n.name)).toContain('George W. Bush');
  });

  it('keeps the words after "and" in the name of a body named by its purpose ("Support Group for Islam and Muslims"), but not a title or another name', async () => {
    const text = 'The Support Group for Islam and Muslims claimed the attack. The Committee for Peace and Mr. Smith spoke. The Council for Russia and Georgia met.';
    const e = await extract(text);
    const names = e.named.map((n) => n.name);
    expect(names).toContain('Support Group for Islam and Muslims');
    expect(names).not.toContain('Support Group for Islam');
    expect(names.some((n) => n.includes('Mr.'))).toBe(false);
    expect(names).toContain('Georgia');
  });

  it('names a news agency NER names by its own name alone ("Fars news agency"), keeps a known one itself ("Reuters news agency" is Reuters), and knows "the French news agency" for AFP', async () => {
    const text =
      "Iran's Fars news agency reported that at least twenty people were killed. Diakite told Reuters news agency that the attackers fled. " +
      'But the French news agency reported that authorities found the bodies of 22 people.';
    const e = await extract(text);
    const names = e.named.map((n) => n.name);
    expect(names).toContain('Fars news agency');
    expect(names).toContain('Reuters');
    expect(names.some((n) => /Reuters news agency/i.test(n))).toBe(false);
    expect(quoting(e, 'at least twenty people were killed')?.attributedTo).toEqual(['actor:fars-news-agency']);
    expect(quoting(e, 'authorities found the bodies')?.attributedTo).toEqual(['actor:afp']);
  });

  it('cuts "news agency" from a known agency\'s name when NER took it in ("the Agence France-Presse news agency" is AFP), and knows Interfax', async () => {
    const text = 'An unnamed nurse at the Jos University Teaching Hospital told the Agence France-Presse news agency that six people had been admitted. The Interfax news agency said two died.';
    const e = await extract(text, '2010-01-18');
    expect(e.named.find((n) => n.ids.includes('actor:afp'))?.spellings).toContain('Agence France-Presse');
    expect(quoting(e, 'two died')?.attributedTo).toEqual(['actor:interfax']);
    expect(e.named.some((n) => /news agency/.test(n.name))).toBe(false);
  });

  it('names a person by name without the rank NER took in as an organisation ("Commodore Frank Bainimarama"), and bodies with their country ("Pakistan People\'s Party", "Human Rights Commission of Pakistan"), not a known one ("Pakistan Taliban")', async () => {
    const text =
      'Fiji military chief Commodore Frank Bainimarama declared on national television Tuesday he is now in charge. ' +
      "Both those groups and the ruling Pakistan People's Party are believed to have links to armed groups. " +
      'The Human Rights Commission of Pakistan says 490 people were victims. Pakistan Taliban fighters attacked a checkpoint.';
    const e = await extract(text, '2011-07-09');
    const typeOf = (name: string) => e.named.find((n) => n.name === name)?.type;
    expect(typeOf('Frank Bainimarama')).toBe('person');
    expect(e.named.some((n) => /Commodore/.test(n.name))).toBe(false);
    expect(typeOf("Pakistan People's Party")).toBe('organisation');
    expect(typeOf('Human Rights Commission of Pakistan')).toBe('organisation');
    expect(typeOf('Taliban')).toBe('organisation');
  });

  it('takes a storm\'s name for no one\'s anywhere in the story, also where it comes alone ("Cyclone Mahasen …. Mahasen struck Bangladesh")', async () => {
    const text = 'Cyclone Mahasen weakened on Thursday. Mahasen struck Bangladesh with winds of 100 kilometers an hour.';
    const e = await extract(text);
    expect(e.named.some((n) => n.name === 'Mahasen')).toBe(false);
    expect(by(e, 'ATTACKED')).toEqual([]);
  });

  it('leaves who lives in or holds a place out of its name ("the Muslim-majority Yala province" is Yala)', async () => {
    const text = 'Two soldiers were wounded in the blast Saturday morning in the Muslim-majority Yala province.';
    const e = await extract(text);
    expect(e.named.find((n) => n.type === 'region')).toMatchObject({ name: 'Yala', spellings: ['Yala province'] });
    expect(by(e, 'INJURED').map((c) => c.subjectId)).toEqual(['place:yala']);
    expectIntactEvidence(text, e.claims);
  });

  it('takes a known name given by initials ("CAR") only where it is written in capitals, never from an ordinary word ("Car bombings")', async () => {
    const text = 'Car bombings are common in places like the Iraqi capital, Baghdad. Fighting went on in the CAR, the United Nations said.';
    const e = await extract(text);
    const car = e.named.filter((n) => n.ids.includes('place:central-african-republic'));
    expect(car.map((n) => n.spellings)).toEqual([['CAR']]);
    expect(named(e, 'Baghdad')?.type).toBe('city');
  });
});

describe.runIf(corenlpAvailable())('extraction [corenlp]: resolution against the graph', () => {
  it('resolves Shusha to the graph\'s Shushi and a bare surname to the person in full', async () => {
    const lookup: GraphLookup = async (keys) =>
      keys.flatMap((key) => (key === 'shusha' || key === 'shushi' ? [{ key, id: 'place:shushi', kind: 'PLACE' as const }] : []));
    const e = await extract('Ilham Aliyev said Azerbaijani forces had taken Shusha. Aliyev spoke on television.', '2020-11-08', lookup);
    expect(e.mentions.filter((m) => m.text === 'Shusha').map((m) => m.entityId)).toEqual(['place:shushi']);
    expect(e.newAliases.get('place:shushi')).toContain('Shusha');
    expect(e.mentions.filter((m) => /Aliyev/.test(m.text)).map((m) => m.entityId)).toEqual(['actor:ilham-aliyev', 'actor:ilham-aliyev']);
  });
});

describe.runIf(corenlpAvailable())('extraction [corenlp]: long articles', () => {
  // Two requests, the first of 20,000 characters. Coreference and quotes are left out: nothing here
  // reads them, and over 20,000 characters they took most of the CoreNLP time (over 5 minutes when
  // several suites shared one CoreNLP on 2 cores). The parts and their joining are the same.
  const ANNOTATORS_READ_HERE = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse'];
  it('reads an article longer than one request in parts, every offset still into the whole text', { timeout: 300_000 }, async () => {
    const paragraph = (i: number) => `Gunmen killed ${i + 2} soldiers near Mosul on Monday, police said. The army said it would respond.`;
    const text = Array.from({ length: 230 }, (_, i) => paragraph(i)).join('\n\n');
    expect(text.length).toBeGreaterThan(MAX_REQUEST_CHARS);
    const doc = await annotate(corenlpUrl(), text, { publishedAt: '2020-06-20', annotators: ANNOTATORS_READ_HERE });
    expect(doc.corefs).toEqual([]);
    for (const s of doc.sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(doc.sentences.map((s) => s.index)).toEqual(doc.sentences.map((_, i) => i));
    const e = await extractArticle({ articleId: 'article:t', articleKey: 't', publishedAt: '2020-06-20', sentences: splitSentences(text) }, doc, noGraph);
    expect(by(e, 'KILLED').map((c) => c.quantity?.value)).toContain(231);
    expectIntactEvidence(text, e.claims);
  });
});
