import * as assert from 'node:assert/strict';
import { extractActors as extractActorsIn } from '../../src/core/extract/actors';
import { BlockView } from '../../src/core/text/block-view';
const extractActors = (text: string) => extractActorsIn(new BlockView(text));

import { linkEntities, nameKey, withRecoveredNames } from '../../src/core/entities';
import { analyze } from '../../src/core/analyze';
import type { Mention } from '../../src/core/model';

const spans = (text: string): string[] => extractActors(text).map((m) => m.text);
const kinds = (text: string): Array<[string, string]> => extractActors(text).map((m) => [m.text, m.kind]);

describe('extractActors on modern online news', () => {
  it('reads Title Case headlines: names kept, ordinary capitalised words dropped', () => {
    assert.deepEqual(spans('NATO Chief Unveils Bigger Package For Ukraine'), ['NATO', 'Ukraine']);
    assert.deepEqual(spans('Central Bank Of Japan Keeps Policy Steady, Yen Slides'), ['Bank Of Japan']);
    assert.deepEqual(spans('Lawmakers Approve Temporary Funding Bill'), []);
  });

  it('reads all-capitals headlines, where only known names survive', () => {
    assert.deepEqual(spans('OPEC+ WILL EXTEND OIL OUTPUT CUTS, SAYS SAUDI MINISTER'), ['OPEC+', 'SAUDI']);
  });

  it('keeps ordinary sentences of the same block untouched by the headline rules', () => {
    assert.deepEqual(spans('Shares Slide As Rates Climb\nInvestors sold shares of Apple and Tesla in New York.'), [
      'Apple',
      'Tesla',
      'New York',
    ]);
  });

  it('finds people and the agency in bylines and credits', () => {
    assert.deepEqual(spans('By Maria Lindqvist and Tom Okafor, Reuters'), ['Maria Lindqvist', 'Tom Okafor', 'Reuters']);
    assert.deepEqual(spans('(Reporting by Lena Hart in Oslo; Editing by Paul Grant)'), ['Lena Hart', 'Oslo', 'Paul Grant']);
  });

  it('reads datelines, including two cities joined by a slash', () => {
    assert.deepEqual(kinds('KYIV (Reuters) — Officials said the grid held.'), [
      ['KYIV', 'place'],
      ['Reuters', 'organization'],
    ]);
    assert.deepEqual(spans('SEOUL/TOKYO, May 2 (Reuters) - Markets were calm.'), ['SEOUL', 'TOKYO', 'Reuters']);
    assert.deepEqual(spans('GENEVA — Negotiators met again on Monday.'), ['GENEVA']);
  });

  it('treats all-capitals WHO and US as acronyms outside shouted lines', () => {
    assert.deepEqual(kinds('A WHO team flew to Chad, and WHO officials praised the US response.'), [
      ['WHO', 'organization'],
      ['Chad', 'place'],
      ['WHO', 'organization'],
      ['US', 'place'],
    ]);
    assert.deepEqual(spans('Who knows what the team will find?'), []);
  });

  it('splits titles, including hyphenated ones and two-word titles before unknown names', () => {
    const ms = extractActors('WHO Director-General Ayo Mensah and Aramex Chief Executive Idris Kaltoum spoke.');
    assert.deepEqual(ms.map((m) => m.text), ['WHO', 'Ayo Mensah', 'Aramex', 'Idris Kaltoum']);
    assert.equal(ms[1].title, 'WHO Director-General');
    assert.equal(ms[3].kind, 'person');
  });

  it('keeps multi-particle names and long Arabic names whole', () => {
    assert.deepEqual(spans('The plan was drafted by Anneke van der Berg and Sheikh Hamad bin Khalid Al Nasser.'), [
      'Anneke van der Berg',
      'Hamad bin Khalid Al Nasser',
    ]);
  });

  it('joins "of the" and capitalised inner prepositions in institution names', () => {
    assert.deepEqual(spans('Officials of the Organization of the Islamic Cooperation met Reporters Without Borders.'), [
      'the Organization of the Islamic Cooperation',
      'Reporters Without Borders',
    ]);
  });

  it('joins "on" in committee names, and never runs a name across a line break', () => {
    assert.deepEqual(spans('Members of the Joint Committee on Energy Security met.'), ['the Joint Committee on Energy Security']);
    assert.deepEqual(spans('By Ann Lee, Staff Writer\nRepublicans in Ohio objected.'), ['Ann Lee', 'Republicans', 'Ohio']);
  });

  it('does not glue two companies joined by "and"', () => {
    assert.deepEqual(spans('Brightwave Corp. and Kestrel Systems rose.'), ['Brightwave Corp.', 'Kestrel Systems']);
  });

  it('splits chamber and party, and party letters from states', () => {
    assert.deepEqual(kinds('Senate Democrats backed Sen. Ann Cole, D-Ore., on the bill.'), [
      ['Senate', 'organization'],
      ['Democrats', 'group'],
      ['Ann Cole', 'person'],
      ['D', 'group'],
      ['Ore.', 'place'],
    ]);
    assert.deepEqual(spans('House Majority Leader Tom Reyes spoke.'), ['House', 'Tom Reyes']);
  });

  it('keeps a paragraph-opening surname before an appositive, as a person', () => {
    assert.deepEqual(kinds('Okonkwo, a former finance minister, said the plan was sound.'), [['Okonkwo', 'person']]);
    assert.deepEqual(kinds('Brandvold, who heads the agency, disagreed.'), [['Brandvold', 'person']]);
    assert.deepEqual(spans('Tariffs, a blunt tool, rose again.'), []);
  });

  it('knows 2020s names and groups', () => {
    assert.deepEqual(kinds('Zelenskyy met Scholz while Houthis fired at ships and OpenAI hired staff.'), [
      ['Zelenskyy', 'person'],
      ['Scholz', 'person'],
      ['Houthis', 'group'],
      ['OpenAI', 'organization'],
    ]);
  });

  it('keeps "the" out of one-word organisations and in with multi-word ones', () => {
    assert.deepEqual(spans('The Kremlin said the White House and the Pentagon disagreed.'), [
      'Kremlin',
      'the White House',
      'Pentagon',
    ]);
  });

  it('skips timestamps and tech jargon, and splits photo credits', () => {
    assert.deepEqual(spans('Updated 9:10 AM EDT, Wed June 4\nPhoto: Reuters/Marta Lind\nAI chips and EV sales rose.'), [
      'Reuters',
      'Marta Lind',
    ]);
    assert.deepEqual(spans('Shares of Pan Am rose.'), ['Pan Am']);
  });

  it('takes a glued plus sign into the name', () => {
    assert.deepEqual(spans('Members of OPEC+ met in Vienna.'), ['OPEC+', 'Vienna']);
  });
});

describe('document-level linking for modern news', () => {
  it('folds transliteration variants into one person', () => {
    assert.equal(nameKey('Zelenskyy'), nameKey('Zelensky'));
    assert.equal(nameKey('Zelenskiy'), nameKey('Zelensky'));
    assert.notEqual(nameKey('Scholz'), nameKey('Schulz'));
    const ms: Mention[] = extractActors('President Volodymyr Zelenskyy spoke. Later Zelensky and Zelenskiy were quoted.');
    const links = linkEntities(ms);
    assert.equal(links.entities.length, 1);
    assert.equal(links.entities[0].mentions.length, 3);
  });

  it('links "the Commission" to the one commission named in full', () => {
    const a = analyze('The European Commission opened a case.\n\nThe Commission said it would decide soon.');
    const e = a.entities.find((x) => x.canonical === 'European Commission');
    assert.ok(e);
    assert.equal(e.mentions.length, 2);
  });

  it('links "Mr. Halden" to the full name and gives datelines their own casing', () => {
    const a = analyze('OSLO — Finance Minister Kari Halden spoke.\n\nMr. Halden later left Oslo.');
    assert.deepEqual(a.entities.map((e) => [e.canonical, e.mentions.length]), [
      ['Oslo', 2],
      ['Kari Halden', 2],
    ]);
  });

  it('recovers a paragraph-opening surname once the document has named the person', () => {
    const text = 'Competition chief Anna Vestergaard opened the case.\n\nVestergaard emphasised the stakes.';
    const second = text.indexOf('Vestergaard emph');
    const paragraph = text.slice(text.indexOf('\n\n') + 2);
    assert.ok(!extractActors(paragraph).some((m) => m.text === 'Vestergaard'), 'the paragraph alone cannot tell');
    const a = analyze(text);
    const rec = a.mentions.find((m) => m.start === second);
    assert.equal(rec?.text, 'Vestergaard');
    assert.equal(a.entities.find((e) => e.canonical === 'Anna Vestergaard')?.mentions.length, 2);
  });

  it('does not recover a surname that is part of another name or already covered', () => {
    const text = 'Trade envoy Paul Cook arrived.\n\nThe Cook Islands signed. Cook Strait was calm.';
    const ms = withRecoveredNames(text, extractActors(text));
    assert.equal(ms.filter((m) => m.text === 'Cook').length, 0);
  });
});
