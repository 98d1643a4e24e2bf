import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { ActorMention } from '../../../../src/core/model';

/** The common-noun actors of a text: [span text, head, kind, canonical]. */
function descriptions(text: string): Array<[string, string, string, string]> {
  return analyze(text)
    .mentions.filter((m): m is ActorMention & { id: string } => m.type === 'ACTOR' && m.named === false)
    .map((m) => [m.text, m.head!, m.kind, m.canonical]);
}

describe('common-noun actors', () => {
  it('reads the head of the phrase with its determiner and modifiers', () => {
    assert.deepEqual(descriptions('The city paid the contractor late.'), [
      ['The city', 'city', 'place', 'city'],
      ['the contractor', 'contractor', 'organization', 'contractor'],
    ]);
    assert.deepEqual(descriptions('Later, junk bond investors will receive more.'), [['junk bond investors', 'investors', 'group', 'junk bond investors']]);
    assert.deepEqual(descriptions('The award went to two young inventors from Ohio.'), [['two young inventors', 'inventors', 'group', 'two young inventors']]);
  });

  it('keeps a name inside the phrase as its own mention: the head stands for the phrase', () => {
    const a = analyze('The Finnish government approved the plan.');
    const actors = a.mentions.filter((m) => m.type === 'ACTOR').map((m) => [m.text, m.type === 'ACTOR' && m.named === false]);
    assert.deepEqual(actors, [
      ['Finnish', false],
      ['government', true],
    ]);
    assert.deepEqual(descriptions('The Finnish government approved the plan.')[0].slice(1), ['government', 'organization', 'Finnish government']);
  });

  it('does not read a head noun that only modifies the next word', () => {
    assert.deepEqual(descriptions('The city budget rose and government bonds fell.'), []);
    assert.deepEqual(descriptions('Union members voted.'), [['Union members', 'members', 'group', 'union members']]);
  });

  it('needs a determiner, an owner or a number before a singular head; plurals stand alone', () => {
    assert.deepEqual(descriptions('He spoke about company policy.'), []);
    assert.deepEqual(descriptions('Investors fled.'), [['Investors', 'investors', 'group', 'investors']]);
  });

  it('reads a part of a company only with its owner', () => {
    assert.deepEqual(descriptions('Sales in the unit rose.'), []);
    assert.deepEqual(descriptions('Its unit in Texas was sold.').map((d) => d[0]), ['Its unit']);
    assert.deepEqual(descriptions("Orbis Corp.'s U.S. unit was sold.").map((d) => d[0]), ['unit']);
  });

  it('leaves amounts alone: "a $5 million fund" is no actor', () => {
    assert.deepEqual(descriptions('They set up a $5 million fund.'), []);
  });
});
