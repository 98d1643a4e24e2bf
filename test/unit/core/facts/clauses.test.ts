/**
 * Clause-level fact rules on marked-up sentences (no extractor involved): control verbs and their dates, clauses with a
 * subject of their own, relative clauses, coordinated subjects, phrasal verbs, what `planned` and `negated` mean.
 */
import * as assert from 'node:assert/strict';
import { checkTable, facts } from './markup';

const FRI = '{D:2025-04-04:2025-04-04:2025-04-04}';
const Q1 = '{D:2025-Q1:2025-01-01:2025-03-31}';
const Y2024 = '{D:2024:2024-01-01:2024-12-31}';
const JAN = '{D:2025-01:2025-01-01:2025-01-31}';

describe('extractFacts: clauses, control verbs and time', () => {
  it('"agreed on Friday to provide … in Q1" is a planned pledge dated by the complement', () => {
    const [f] = facts(`[Allies]{A:group} agreed on [Friday]${FRI} to provide [€20 billion]{M:2e10:EUR} to [Ukraine]{A:place} in [the first quarter of 2025]${Q1}.`);
    assert.deepEqual(
      [f.actor, f.action, f.lemma, f.category, f.planned, f.recipient, f.time],
      ['Allies', 'agreed on Friday to provide', 'provide', 'pledge', true, 'Ukraine', 'the first quarter of 2025'],
    );
  });

  it('keeps the control verb\'s date when the complement has none', () => {
    const [f] = facts(`[Allies]{A:group} agreed on [Friday]${FRI} to provide [€20 billion]{M:2e10:EUR} to [Ukraine]{A:place}.`);
    assert.equal(f.time, 'Friday');
  });

  // [sentence, [actor, category, planned]]
  const INTENTIONS: Array<[string, [string, string, boolean]]> = [
    ['[Peru]{A:place} decided to send [$4 million]{M:4e6:USD} to [Chile]{A:place}.', ['Peru', 'pledge', true]],
    ['[Oslo]{A:place} is expected to give [$2 million]{M:2e6:USD} to [Chile]{A:place}.', ['Oslo', 'pledge', true]],
    ['[Quito]{A:place} vowed to deliver [$1 million]{M:1e6:USD} to [Chile]{A:place}.', ['Quito', 'pledge', true]],
    ['[Lima]{A:place} continued to supply [$3 million]{M:3e6:USD} to [Chile]{A:place}.', ['Lima', 'provide', false]],
  ];
  it('reads intention wording as planned and a delivery verb under it as a pledge', () => {
    checkTable(INTENTIONS, (f) => [f.actor!, f.category, f.planned]);
  });

  it('a pledge made is not planned; a pledge announced for later is', () => {
    const out = facts('[Poland]{A:place} pledged [2 billion zlotys]{M:2e9:PLN}. [Spain]{A:place} will pledge [€3 million]{M:3e6:EUR}. A pledge of [$9 million]{M:9e6:USD} came from [Chad]{A:place}.');
    assert.deepEqual(
      out.map((f) => [f.category, f.planned]),
      [
        ['pledge', false],
        ['pledge', true],
        ['pledge', false],
      ],
    );
  });

  it('a clause with its own subject does not inherit the previous verb, actor or date', () => {
    const out = facts(
      '[Rutte]{A:person:Mark Rutte} said that [Germany]{A:place} would contribute [$1.5 billion]{M:1.5e9:USD} on [Friday]' +
        FRI +
        ' and that [the European Union]{A:organization:European Union} had found [€300 million]{M:3e8:EUR} for ammunition.',
    );
    // "found" is no listed verb: the second amount is no fact rather than borrow "would contribute".
    assert.equal(out.length, 1);
    assert.deepEqual([out[0].actor, out[0].category, out[0].time], ['Germany', 'pledge', 'Friday']);
  });

  it('reads "set aside" as one verb (earmarking is a pledge), also as a shortened passive after an amount', () => {
    const out = facts(
      '[Germany]{A:place} would contribute [$1.5 billion]{M:1.5e9:USD} and [the EU]{A:organization:European Union} had set aside [€300 million]{M:3e8:EUR} for ammunition.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.action, f.lemma, f.category, f.planned]),
      [
        ['Germany', 'would contribute', 'contribute', 'pledge', true],
        ['European Union', 'had set aside', 'set aside', 'pledge', false],
      ],
    );
    const reduced = facts(`[Allies]{A:group} pledged air defence to [Latvia]{A:place}, with [€900 million]{M:9e8:EUR} set aside for [2026]{D:2026:2026-01-01:2026-12-31}.`);
    assert.equal(reduced.length, 1, 'the shortened passive is no second fact');
  });

  it('splits a list of subjects from two conjoined clauses', () => {
    const out = facts(
      '[Ireland]{A:place} gave [€8 million]{M:8e6:EUR} to [Chad]{A:place} and [Belgium]{A:place} promised [€5 million]{M:5e6:EUR} to [Niger]{A:place}.',
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.category, f.amount, f.recipient]),
      [
        ['Ireland', 'provide', '€8 million', 'Chad'],
        ['Belgium', 'pledge', '€5 million', 'Niger'],
      ],
    );
  });

  it('reads a coordinated subject as one fact: the first actor, the others as co-actors, the amount once', () => {
    const out = facts('[Germany]{A:place}, [France]{A:place} and [Italy]{A:place} pledged [€3 billion]{M:3e9:EUR} to [Ukraine]{A:place}.');
    assert.deepEqual(
      out.map((f) => [f.actor, f.coActors, f.category, f.amount, f.recipient]),
      [['Germany', ['France', 'Italy'], 'pledge', '€3 billion', 'Ukraine']],
    );
    // A place before the subject is not part of it.
    const inParis = facts('In [Paris]{A:place}, [Italy]{A:place} pledged [€3 billion]{M:3e9:EUR}.');
    assert.equal(inParis.length, 1);
    assert.equal(inParis[0].actor, 'Italy');
  });

  it('ends a ", which …" clause at the comma before the main verb', () => {
    const out = facts(
      `[The United States]{A:place:United States}, which gave [about $61 billion]{M:6.1e10:USD:about} last [year]${Y2024}, ` +
        `has not sent aid to [Kyiv]{A:place} since [January]${JAN}.`,
    );
    assert.deepEqual(
      out.map((f) => [f.actor, f.category, f.negated, f.planned, f.amount, f.recipient, f.time]),
      [
        ['United States', 'provide', false, false, 'about $61 billion', null, 'year'],
        ['United States', 'provide', true, false, null, 'Kyiv', 'January'],
      ],
    );
  });

  it('ends a relative clause before any finite verb, contracted negations included', () => {
    for (const aux of ["doesn't", "don't", "can't", "aren't", "weren't", "couldn't", 'cannot']) {
      const out = facts(`[The United States]{A:place:United States}, which gave [$61bn]{M:6.1e10:USD} in [2024]${Y2024}, ${aux} send [$5bn]{M:5e9:USD}.`);
      const five = out.find((f) => f.amount === '$5bn');
      assert.deepEqual([five?.actor, five?.negated, five?.time], ['United States', true, null], aux);
    }
  });

  it('drops a denial with neither amount nor recipient, and never dates it from a relative clause', () => {
    const out = facts(
      `[The United States]{A:place:United States}, which gave [$61 billion]{M:6.1e10:USD} in [2024]${Y2024}, has not announced new funding since [January]${JAN}.`,
    );
    assert.equal(out.length, 1);
    assert.equal(out[0].time, '2024');
    const [cut] = facts(`[The council]{A:organization:Lakeside Council}, which spent [$3 million]{M:3e6:USD} in [2024]${Y2024}, will cut [$1 million]{M:1e6:USD}.`).slice(1);
    assert.deepEqual([cut.actor, cut.category, cut.planned, cut.time], ['Lakeside Council', 'cut', true, null]);
  });
});
