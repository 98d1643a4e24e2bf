/**
 * Facts with the real extractors: common-noun actors found in the text (not marked up) fill the roles, linked to the
 * named actor the text says they are, and the head of a phrase stands for it, never a name modifying it.
 */
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/pipeline';

/** [actor, recipient, amount text, actor named?] per fact with an amount. */
function read(text: string): Array<[string | null, string | null, string | null, boolean | null]> {
  const { analysis, facts } = analyzeDocument(text);
  const e = new Map(analysis.entities.map((x) => [x.id, x]));
  const m = new Map(analysis.mentions.map((x) => [x.id, x]));
  return facts
    .filter((f) => f.amount)
    .map((f) => {
      const actor = f.actor ? e.get(f.actor)! : null;
      return [actor?.canonical ?? null, f.recipient ? e.get(f.recipient)!.canonical : null, m.get(f.amount!)!.text, actor ? actor.named !== false : null];
    });
}

describe('facts with common-noun actors (real extractors)', () => {
  it('a common noun gives and receives: "the city paid … to the contractor"', () => {
    assert.deepEqual(read('The city paid $1.2 million to the contractor last year.'), [['city', 'contractor', '$1.2 million', false]]);
  });

  it('the head, not a name modifying it: "the Finnish government" gives, not "Finnish"', () => {
    assert.deepEqual(read('The Finnish government gave $2 million to the agency.'), [['Finnish government', 'agency', '$2 million', false]]);
  });

  it('"the company" stands for the company named before it', () => {
    assert.deepEqual(read('Orbis Corp. cut 300 jobs in March. The company paid $5 million to its workers.'), [['Orbis Corp.', 'workers', '$5 million', true]]);
  });

  it('a part of a company with its owner receives: "Orbis\'s U.S. unit received … from a private equity group"', () => {
    assert.deepEqual(read("Orbis's U.S. unit received $40 million from a private equity group."), [['private equity group', 'U.S. unit', '$40 million', false]]);
  });

  it('an apposition names the giver: "Lumen Ltd., a maker of pumps, paid …"', () => {
    assert.deepEqual(read('Lumen Ltd., a maker of pumps, paid $3 million to the city in May.'), [['Lumen Ltd.', 'city', '$3 million', true]]);
  });

  it('a pronoun in the next sentence: "It also gave …"', () => {
    assert.deepEqual(read('The Hale Foundation opened a clinic in Ohio. It also gave $2 million to the museum.'), [['Hale Foundation', 'museum', '$2 million', true]]);
  });
});
