import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';

/** Each common-noun actor of a text with the entity it was linked to: [mention text, entity canonical, named?]. */
function links(text: string): Array<[string, string, boolean]> {
  const a = analyze(text);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  return a.mentions.flatMap((m) => {
    if (m.type !== 'ACTOR' || m.named !== false) return [];
    const e = byId.get(m.entity!)!;
    return [[m.text, e.canonical, e.named !== false] as [string, string, boolean]];
  });
}

describe('common-noun actors linked to named ones', () => {
  it('"the company" after a company stands for it', () => {
    assert.deepEqual(links('Orbis Corp. cut 300 jobs. The company said demand fell.'), [['The company', 'Orbis Corp.', true]]);
  });

  it('"the bank" finds the last named actor whose name holds its head word', () => {
    assert.deepEqual(links('Halvard Bank and Orbis Corp. signed. The bank said the deal was fair.'), [['The bank', 'Halvard Bank', true]]);
  });

  it('"the alliance" stands for NATO', () => {
    assert.deepEqual(links('NATO met in Brussels. The alliance agreed to spend more.'), [['The alliance', 'NATO', true]]);
  });

  it('an apposition names the actor: "Orbis Corp., a maker of pumps, …"', () => {
    assert.deepEqual(links('Orbis Corp., a maker of pumps, said sales rose.'), [['a maker', 'Orbis Corp.', true]]);
  });

  it('"the city of X" is X', () => {
    assert.deepEqual(links('The city of Osaka paid the bill.'), [['The city', 'Osaka', true]]);
  });

  it('the members of a named organisation act as it: "NATO allies"', () => {
    assert.deepEqual(links('NATO allies pledged more.'), [['allies', 'NATO', true]]);
  });

  it('links a country to a country, never to a city or a state', () => {
    assert.deepEqual(links('Officials in Ohio met. The country needs roads.'), [
      ['Officials', 'officials', false],
      ['The country', 'country', false],
    ]);
  });

  it('never links a plural or a modified phrase to one named actor', () => {
    assert.deepEqual(links('Orbis Corp. grew. The companies said sales rose.'), [['The companies', 'companies', false]]);
    assert.deepEqual(links('Orbis Corp. grew. The new company said sales rose.'), [['The new company', 'new company', false]]);
  });

  it('keeps the ids of the named entities and numbers the common-noun ones after them', () => {
    const a = analyze('Investors cheered. Orbis Corp. said the city paid.');
    assert.deepEqual(a.entities.map((e) => [e.id, e.canonical, e.named]), [
      ['e1', 'Orbis Corp.', undefined],
      ['e2', 'investors', false],
      ['e3', 'city', false],
    ]);
  });
});
