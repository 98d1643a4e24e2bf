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
  'actor.lexicon.place': ['He met buyers in Toulouse at the port.', 'Toulouse'],
  'actor.lexicon.group': ['The crew hired two Texans.', 'Texans'],
  'actor.demonym-plural': ['Many Democrats worried.', 'Democrats'],
  'actor.title-person': ['The plan was praised by former President Tom Becker.', 'Tom Becker'],
  'actor.org-head': ['He sold shares of Kowloon Motors.', 'Kowloon Motors'],
  'actor.place-head': ['Boats on the Vellmar River waited.', 'the Vellmar River'],
  'actor.first-word.person': ['He met Maria Lopez at the port.', 'Maria Lopez'],
  'actor.first-word.org': ['He sold Texas Pacific Land shares.', 'Texas Pacific Land'],
  'actor.name-shape.person': ['The report by Tarvo Mellink was read.', 'Tarvo Mellink'],
  'actor.name-shape.org': ['He sold shares of Silver Lantern.', 'Silver Lantern'],
  'actor.acronym': ['The XQZ said more would follow.', 'XQZ'],
  'actor.default.org': ['Shares of Brightwave rose.', 'Brightwave'],
  'actor.appositive': ['Okonkwo, a former finance minister, said the plan was sound.', 'Okonkwo'],
  'actor.party-letter': ['Rep. Anna Field (D., Ohio) objected.', 'D.'],
  'actor.city-country': ['The office in Gdansk, Poland closed.', 'Gdansk, Poland'],
  'actor.province': ['A plant in Jiangsu province closed.', 'Jiangsu province'],
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
