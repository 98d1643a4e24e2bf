import * as assert from 'node:assert/strict';
import { extractActors } from '../../../../src/core/extract/actors';
import { BlockView } from '../../../../src/core/text/block-view';
import type { ActorKind, ActorMention } from '../../../../src/core/model';

const extract = (text: string): ActorMention[] => extractActors(new BlockView(text));

/**
 * An expected mention: its text; or [text, kind]; or [text, kind, title]. Only what an entry names is compared, and
 * a row lists every mention of its text, in order.
 */
type Want = string | [string, ActorKind] | [string, ActorKind, string];
type Case = [text: string, mentions: Want[]];

function shape(m: ActorMention, like: Want | undefined): Want {
  if (typeof like === 'string') return m.text;
  if (like?.length === 2) return [m.text, m.kind];
  return m.title ? [m.text, m.kind, m.title] : [m.text, m.kind];
}

const CASES: Record<string, Case[]> = {
  'finds people, organisations, places and groups with their kinds': [
    [
      'Chancellor Olaf Brandt met officials of the World Bank in Lisbon, where Portuguese ministers waited.',
      [['Olaf Brandt', 'person'], ['the World Bank', 'organization'], ['Lisbon', 'place'], ['Portuguese', 'group']],
    ],
  ],
  'keeps titles out of a person span but records them': [
    [
      'The talks were praised by NATO Secretary-General Jane Holloway and by former President Tom Becker.',
      ['NATO', ['Jane Holloway', 'person', 'NATO Secretary-General'], ['Tom Becker', 'person', 'former President']],
    ],
    ['Later, Mr. Kowalczyk declined to comment.', ['Kowalczyk']],
    [
      'WHO Director-General Ayo Mensah and Aramex Chief Executive Idris Kaltoum spoke.',
      ['WHO', ['Ayo Mensah', 'person', 'WHO Director-General'], 'Aramex', ['Idris Kaltoum', 'person']],
    ],
    ['House Majority Leader Tom Reyes spoke.', ['House', 'Tom Reyes']],
  ],
  'includes "the" in multi-word organisation names but not before countries or one-word names': [
    ['Officials from the European Union and the United Kingdom talked to the Treasury.', ['the European Union', 'the United Kingdom', 'Treasury']],
    ['Exports to the Netherlands rose.', ['Netherlands']],
    ['Delegates gathered in The Hague on a cold morning.', ['The Hague']],
    ['The Kremlin said the White House and the Pentagon disagreed.', ['Kremlin', 'the White House', 'Pentagon']],
  ],
  'finds U.S., also as an adjective, and keeps it inside an organisation name': [
    ['U.S. officials said the U.S. Treasury would act.', ['U.S.', 'the U.S. Treasury']],
    ['Aid from the U.S. has slowed.', [['U.S.', 'place']]],
  ],
  'tags nationalities and political groups as groups': [
    ['Some Japanese exporters and many Democrats worried, but the Soviets did not.', [['Japanese', 'group'], ['Democrats', 'group'], ['Soviets', 'group']]],
    ['Russian troops advanced.', ['Russian']],
  ],
  'joins "of", "of the", "on", "and", "&" and capitalised inner prepositions inside institution names': [
    ['Shares of Procter & Gamble rose after the Bank of Canada spoke.', ['Procter & Gamble', 'the Bank of Canada']],
    ['He called the Securities and Exchange Commission.', ['the Securities and Exchange Commission']],
    ['Trade between Brazil and Chile grew.', ['Brazil', 'Chile']],
    [
      'Officials of the Organization of the Islamic Cooperation met Reporters Without Borders.',
      ['the Organization of the Islamic Cooperation', 'Reporters Without Borders'],
    ],
    ['Members of the Joint Committee on Energy Security met.', ['the Joint Committee on Energy Security']],
    ['Brightwave Corp. and Kestrel Systems rose.', ['Brightwave Corp.', 'Kestrel Systems']],
  ],
  'keeps a city and its country together, splits adjectival hyphen forms': [
    ['The office in Gdansk, Poland closed.', ['Gdansk, Poland']],
    ['A Chinese-funded port opened.', ['Chinese']],
  ],
  'does not report sentence-initial common words, months, weekdays or lone titles': [
    ['Investors were nervous. However, prices rose on Monday in March.', []],
    ['Currently the President is abroad.', []],
    ['Analysts expect growth. Sources said little.', []],
  ],
  'marks party letters in congressional affiliations as groups, and splits chamber and party': [
    ['Rep. Anna Field (D., Ohio) objected.', [['Anna Field', 'person'], ['D.', 'group'], ['Ohio', 'place']]],
    [
      'Senate Democrats backed Sen. Ann Cole, D-Ore., on the bill.',
      [['Senate', 'organization'], ['Democrats', 'group'], ['Ann Cole', 'person'], ['D', 'group'], ['Ore.', 'place']],
    ],
  ],
  'returns offsets relative to the text, in order, without overlaps': [
    ['Berlin and Paris disagreed.\nLater the Kremlin replied to Warsaw.', ['Berlin', 'Paris', 'Kremlin', 'Warsaw']],
  ],
  'reads Title Case headlines: names kept, ordinary capitalised words dropped': [
    ['NATO Chief Unveils Bigger Package For Ukraine', ['NATO', 'Ukraine']],
    ['Central Bank Of Japan Keeps Policy Steady, Yen Slides', ['Bank Of Japan']],
    ['Lawmakers Approve Temporary Funding Bill', []],
  ],
  'reads all-capitals headlines, where only known names survive': [['OPEC+ WILL EXTEND OIL OUTPUT CUTS, SAYS SAUDI MINISTER', ['OPEC+', 'SAUDI']]],
  'keeps ordinary sentences of the same block untouched by the headline rules': [
    ['Shares Slide As Rates Climb\nInvestors sold shares of Apple and Tesla in New York.', ['Apple', 'Tesla', 'New York']],
  ],
  'finds people and the agency in bylines and credits, never running a name across a line break': [
    ['By Maria Lindqvist and Tom Okafor, Reuters', ['Maria Lindqvist', 'Tom Okafor', 'Reuters']],
    ['(Reporting by Lena Hart in Oslo; Editing by Paul Grant)', ['Lena Hart', 'Oslo', 'Paul Grant']],
    ['By Ann Lee, Staff Writer\nRepublicans in Ohio objected.', ['Ann Lee', 'Republicans', 'Ohio']],
  ],
  'reads datelines, including two cities joined by a slash': [
    ['KYIV (Reuters) — Officials said the grid held.', [['KYIV', 'place'], ['Reuters', 'organization']]],
    ['SEOUL/TOKYO, May 2 (Reuters) - Markets were calm.', ['SEOUL', 'TOKYO', 'Reuters']],
    ['GENEVA — Negotiators met again on Monday.', ['GENEVA']],
  ],
  'treats all-capitals WHO and US as acronyms outside shouted lines': [
    [
      'A WHO team flew to Chad, and WHO officials praised the US response.',
      [['WHO', 'organization'], ['Chad', 'place'], ['WHO', 'organization'], ['US', 'place']],
    ],
    ['Who knows what the team will find?', []],
  ],
  'keeps multi-particle names and long Arabic names whole': [
    ['The plan was drafted by Anneke van der Berg and Sheikh Hamad bin Khalid Al Nasser.', ['Anneke van der Berg', 'Hamad bin Khalid Al Nasser']],
  ],
  'keeps a paragraph-opening surname before an appositive, as a person': [
    ['Okonkwo, a former finance minister, said the plan was sound.', [['Okonkwo', 'person']]],
    ['Brandvold, who heads the agency, disagreed.', [['Brandvold', 'person']]],
    ['Tariffs, a blunt tool, rose again.', []],
  ],
  'knows 2020s names and groups': [
    [
      'Zelenskyy met Scholz while Houthis fired at ships and OpenAI hired staff.',
      [['Zelenskyy', 'person'], ['Scholz', 'person'], ['Houthis', 'group'], ['OpenAI', 'organization']],
    ],
  ],
  'reads towns from the state or country after them, and from "based in" / "-based"': [
    ['The plant in Quellport, Ohio, closed, and Marrowby, Calif., hired.', [['Quellport', 'place'], 'Ohio', ['Marrowby', 'place'], 'Calif.']],
    ['Valves from Talvex, which is based in Ostermoor, go to Ostermoor-based builders.', ['Talvex', ['Ostermoor', 'place'], ['Ostermoor', 'place']]],
    // a country that opens a longer name is no town's country; a possessive after it neither
    [
      'The panel includes Derrin Oakes, U.S. Treasury undersecretary.',
      [['Derrin Oakes', 'person'], ['U.S. Treasury', 'organization']],
    ],
    ['Brightwave Corp., Japan\'s largest maker, rose.', [['Brightwave Corp.', 'organization'], 'Japan']],

    // a state abbreviation can end the sentence; a town can be named with a particle or after a state
    ['Mills in Quellport, N.J. In Marrowby, N.C. Mr. Lund met Karin Voss.', [['Quellport', 'place'], 'N.J.', ['Marrowby', 'place'], 'N.C.', 'Lund', 'Karin Voss']],
    ['A firm in Villa del Oro, Calif., and one in Port Ostrum, N.Y., merged.', [['Villa del Oro', 'place'], 'Calif.', ['Port Ostrum', 'place'], 'N.Y.']],
    ['She came to Quellport in 1985 and moved to Marrowby later.', [['Quellport', 'place'], ['Marrowby', 'place']]],
    ['The minister visited Vellora, where residents threw mud.', [['Vellora', 'place']]],
    ['"Sell," says Orrin Vale, U.S. trade representative.', [['Orrin Vale', 'person'], ['U.S.', 'place']]],
    ['Workers at the Quellan mines and the Marrow dam struck.', [['Quellan', 'place'], ['Marrow', 'place']]],
  ],
  'reads a firm from the role, holding or share price around it': [
    ['"It was calm," said an analyst at Dorvane Kell.', [['Dorvane Kell', 'organization']]],
    ['He bought shares of Halcyra, and Merrow Tansy executives agreed.', [['Halcyra', 'organization'], ['Merrow Tansy', 'organization']]],
    ['Dorvane Kell rose 1 1/8 to 22.', [['Dorvane Kell', 'organization']]],
    ['Ferrolux said it would cut prices. Ostrava said he would resign.', [['Ferrolux', 'organization'], ['Ostrava', 'person']]],
    // "it" as a dummy subject says nothing about the name
    ['Telvo Marrin said it was a fair deal.', [['Telvo Marrin', 'person']]],
    ['"Buy," shouted Pellworth\'s Andy Rosen.', [['Pellworth', 'organization'], ['Andy Rosen', 'person']]],
  ],
  'reads people from initials, a generation, a leader\'s government and an appositive': [
    ['Telvin J. Ostrowe and Marlo Quaid Jr. spoke.', [['Telvin J. Ostrowe', 'person'], ['Marlo Quaid Jr.', 'person']]],
    ['The Varnell administration objected.', [['Varnell', 'person']]],
    ['East German leader Ostrava spoke, and economist Dean Vollmer agreed.', [['East German', 'group'], ['Ostrava', 'person'], ['Dean Vollmer', 'person']]],
    // a role a company plays as often says nothing
    ['The deal with its partner Brightwave closed.', [['Brightwave', 'organization']]],
    ['Bush, Moi and Mubarak met; Thatcher stayed home.', [['Bush', 'person'], ['Moi', 'person'], ['Mubarak', 'person'], ['Thatcher', 'person']]],
    ['Brenmoor, a maker of garden tools, hired Kessa Lund, its chief economist.', [['Brenmoor', 'organization'], ['Kessa Lund', 'person']]],
    ['Halvex is a closely held media firm.', [['Halvex', 'organization']]],
    ['"It was awful," said Frost Halloran, wine director at a shop.', [['Frost Halloran', 'person']]],
    // an institution named with "of" keeps its kind and its "the" before an appositive
    ['He met the Chamber of Commerce, the big lobby.', [['the Chamber of Commerce', 'organization']]],
  ],
  'knows given names that are ordinary words, and Chinese names': [
    ['Bill Ostrander and Frank Pelley met Yuzhen Ma and Jiyun Tian.', [
      ['Bill Ostrander', 'person'], ['Frank Pelley', 'person'], ['Yuzhen Ma', 'person'], ['Jiyun Tian', 'person'],
    ]],
  ],
  'knows towns, provinces, regions and old country names, and nationalities with a compass word': [
    ['Investors in Guangxi, Zhejiang and Saitama met buyers from Louisville and Holland.', [
      ['Guangxi', 'place'], ['Zhejiang', 'place'], ['Saitama', 'place'], ['Louisville', 'place'], ['Holland', 'place'],
    ]],
    ['Rain in the Midwest helped West German and Southeast Asian buyers.', [['Midwest', 'place'], ['West German', 'group'], ['Southeast Asian', 'group']]],
    ['The ranks of the East Vellorian group thinned.', [['East Vellorian', 'group']]],
    ['Output at the Quillan field rose; the city of Narvost grew.', [['Quillan', 'place'], ['Narvost', 'place']]],
    ['Many Finns and Virginians liked Vestranian music.', [['Finns', 'group'], ['Virginians', 'group'], ['Vestranian', 'group']]],
    [
      'Fans left Ostrum Coliseum for the Quellport Superdome, Fort Marrow and San Talvo.',
      [['Ostrum Coliseum', 'place'], ['the Quellport Superdome', 'place'], ['Fort Marrow', 'place'], ['San Talvo', 'place']],
    ],
  ],
  'reads company names ending in a legal form or a sector word': [
    ['The sale of Vance Newspapers fell through.', [['Vance Newspapers', 'organization']]],
    ['Shares of Orrin Tallis fell.', [['Orrin Tallis', 'organization']]],
    ['Orrin Tallis Inc. bought Marsh Creek Soup and Delk Advertising.', [
      ['Orrin Tallis Inc.', 'organization'], ['Marsh Creek Soup', 'organization'], ['Delk Advertising', 'organization'],
    ]],
  ],
  'skips timestamps and tech jargon, splits photo credits, and takes a glued plus sign into the name': [
    ['Updated 9:10 AM EDT, Wed June 4\nPhoto: Reuters/Marta Lind\nAI chips and EV sales rose.', ['Reuters', 'Marta Lind']],
    ['Shares of Pan Am rose.', ['Pan Am']],
    ['Members of OPEC+ met in Vienna.', ['OPEC+', 'Vienna']],
  ],
};

describe('extractActors', () => {
  for (const [topic, cases] of Object.entries(CASES)) {
    describe(topic, () => {
      for (const [text, want] of cases) {
        it(JSON.stringify(text), () => {
          const ms = extract(text);
          assert.deepEqual(ms.map((m, i) => shape(m, want[i])), want);
          for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
          for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end, 'in order, without overlaps');
        });
      }
    });
  }

  /** [text, mention text, canonical name]. */
  const CANONICAL: Array<[string, string, string]> = [
    ['Aid from the U.S. has slowed.', 'U.S.', 'United States'],
    ['Delegates gathered in The Hague on a cold morning.', 'The Hague', 'The Hague'],
    ['KYIV (Reuters) — Officials said the grid held.', 'KYIV', 'Kyiv'],
    ['Central Bank Of Japan Keeps Policy Steady, Yen Slides', 'Bank Of Japan', 'Bank of Japan'],
    ['Officials from the European Union and the United Kingdom talked to the Treasury.', 'the European Union', 'European Union'],
  ];
  describe('gives each mention its canonical name', () => {
    for (const [text, surface, canonical] of CANONICAL) {
      it(`${surface} → ${canonical}`, () => assert.equal(extract(text).find((m) => m.text === surface)?.canonical, canonical));
    }
  });

  it('leaves the shared name tokens of the view untouched, and gives the same answer twice', () => {
    // Hyphen splits, a Title Case headline line, a shouted word and a sentence start after an abbreviation.
    const text = 'Markets Slide As Rates Climb\nA Chinese-funded port and LATE trading in the U.S. More than Ann Lee said.';
    const view = new BlockView(text);
    const before = JSON.stringify(view.nameTokens);
    const first = extractActors(view);
    assert.equal(JSON.stringify(view.nameTokens), before);
    assert.deepEqual(extractActors(view), first);
    assert.deepEqual(extract(text), first);
  });
});
