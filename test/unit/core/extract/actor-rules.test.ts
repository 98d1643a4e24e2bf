import * as assert from 'node:assert/strict';
import { ACTOR_RULES, type ActorRule } from '../../../../src/core/extract/actors';
import { analyze } from '../../../../src/core/analyze';
import { DESCRIPTION_RULES } from '../../../../src/core/extract/descriptions';

/** One case per rule, [text, mention text]: the compiler keeps the table complete as rules are added. */
const RULE_CASES: Record<ActorRule, [text: string, surface: string]> = {
  'actor.gazetteer.person': ['Later Elon Musk spoke.', 'Elon Musk'],
  'actor.gazetteer.org': ['The talks were praised by NATO officials.', 'NATO'],
  'actor.gazetteer.place': ['Delegates gathered in The Hague on a cold morning.', 'The Hague'],
  'actor.gazetteer.group': ['The plan worried Portuguese ministers.', 'Portuguese'],
  'actor.lexicon.person': ['He met Carl at the port.', 'Carl'],
  'actor.lexicon.org': ['He met buyers from Walmart at the port.', 'Walmart'],
  'actor.lexicon.place': ['He met buyers in Montpellier at the port.', 'Montpellier'],
  'actor.lexicon.group': ['The crew hired two Namibians.', 'Namibians'],
  'actor.demonym-plural': ['Many Democrats worried.', 'Democrats'],
  'actor.title-person': ['The plan was praised by former President Tom Becker.', 'Tom Becker'],
  'actor.org-head': ['A deal with Kowloon Motors was signed.', 'Kowloon Motors'],
  'actor.place-head': ['Boats on the Vellmar River waited.', 'the Vellmar River'],
  'actor.first-word.person': ['He met Maria Lopez at the port.', 'Maria Lopez'],
  'actor.first-word.org': ['A deal with Texas Pacific Land was signed.', 'Texas Pacific Land'],
  'actor.name-shape.person': ['The report by Tarvo Mellink was read.', 'Tarvo Mellink'],
  'actor.name-shape.org': ['A deal with Silver Lantern was signed.', 'Silver Lantern'],
  'actor.acronym': ['The XQZ said more would follow.', 'XQZ'],
  'actor.default.org': ['A deal with Brightwave was signed.', 'Brightwave'],
  'actor.appositive': ['Okonkwo, a former finance minister, said the plan was sound.', 'Okonkwo'],
  'actor.party-letter': ['Rep. Anna Field (D., Ohio) objected.', 'D.'],
  'actor.city-country': ['The office in Gdansk, Poland closed.', 'Gdansk, Poland'],
  'actor.province': ['A plant in Jiangsu province closed.', 'Jiangsu province'],
  'actor.company-suffix': ['He sold shares of Harwick Tolland Inc. last week.', 'Harwick Tolland Inc.'],
  'actor.appositive.org': ['Brenmoor, a maker of garden tools, said sales rose.', 'Brenmoor'],
  'actor.city-state': ['The plant in Quellport, Ohio, closed.', 'Quellport'],
  'actor.based-in': ['Talvex, which is based in Ostermoor, makes valves.', 'Ostermoor'],
  'actor.employer': ['"It was calm," said an analyst at Brightwave.', 'Brightwave'],
  'actor.stock-move': ['Among industrials, Dorvane Kell rose 1 1/8 to 22.', 'Dorvane Kell'],
  'actor.pronoun': ['Ferrolux said it would cut prices.', 'Ferrolux'],
  'actor.administration': ['The Varnell administration objected.', 'Varnell'],
  'actor.initials': ['The fund is run by Telvin J. Ostrowe, a veteran.', 'Telvin J. Ostrowe'],
  'actor.place-noun': ['Output at the Quillan field rose.', 'Quillan'],
  'actor.demonym-compound': ['West German exporters were busy.', 'West German'],
  'actor.demonym-shape': ['He studied Vestranian folk music.', 'Vestranian'],
  'actor.chinese-name': ['The report was filed by Jiyun Tian yesterday.', 'Jiyun Tian'],
  'actor.destination': ['She came to Quellport in 1985.', 'Quellport'],
  'actor.role-before': ['Protesters demanded the dismissal of hard-line leader Ostrava.', 'Ostrava'],
  'actor.speaker': ['"Prices are high," says Dorvane Kell of the Ostrum Institute.', 'Dorvane Kell'],
  'actor.surname-recovery': ['Competition chief Anna Vestergaard opened the case.\n\nVestergaard emphasised the stakes.', 'Vestergaard'],
};

describe('actor rules', () => {
  for (const [rule, [text, surface]] of Object.entries(RULE_CASES)) {
    it(`${rule}: ${JSON.stringify(surface)} in ${JSON.stringify(text)}`, () => {
      const rules = analyze(text).mentions.filter((m) => m.text === surface).map((m) => m.rule);
      assert.ok(rules.includes(rule), `${surface}: ${rules.join(', ')}`);
    });
  }

  it('gives every actor mention a listed rule', () => {
    const text = Object.values(RULE_CASES).map(([t]) => t).join('\n\n');
    // Common-noun actors ("the port", named: false) carry the description extractor's rules.
    for (const m of analyze(text).mentions) if (m.type === 'ACTOR') assert.ok(m.rule in (m.named === false ? DESCRIPTION_RULES : ACTOR_RULES), m.rule);
  });

  it('keeps the rule the extractor found when entity linking changes the kind', () => {
    const a = analyze('Prime Minister Ingrid Solberg arrived. Solberg said the deal was fair.');
    const bare = a.mentions.find((m) => m.text === 'Solberg');
    assert.equal(bare?.type === 'ACTOR' && bare.kind, 'person', 'linked to the person');
    assert.equal(bare?.rule, 'actor.default.org', 'as the extractor classified the word alone');
  });
});
