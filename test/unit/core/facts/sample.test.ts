/**
 * End to end with the real engine: the shared NATO sample (read from ../shared, never copied) and our own fixtures.
 * These depend on the money, date and actor extractors as well as on the fact rules.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FactsDocument } from '../../../../src/core/export/document';
import { exportOf, FIXTURES, SAMPLE, SAMPLE_MISSING } from '../export/helpers';

const ALLIANCE = path.resolve(__dirname, '../../../fixtures/articles/alliance-aid.news');

/** Facts flattened to readable values. */
function readable(doc: FactsDocument) {
  const m = new Map(doc.mentions.map((x) => [x.id, x]));
  const e = new Map(doc.entities.map((x) => [x.id, x]));
  return doc.facts.map((f) => {
    const money = f.amount ? m.get(f.amount) : undefined;
    const date = f.time ? m.get(f.time) : undefined;
    return {
      actor: f.actor ? e.get(f.actor)!.canonical : null,
      coActors: f.co_actors.map((id) => e.get(id)!.canonical),
      category: f.action.category,
      lemma: f.action.lemma,
      planned: f.action.planned,
      negated: f.action.negated,
      recipient: f.recipient ? e.get(f.recipient)!.canonical : null,
      amount: money?.type === 'MONEY' ? money.amount : null,
      currency: money?.type === 'MONEY' ? money.currency : null,
      approx: money?.type === 'MONEY' ? money.approx : null,
      start: date?.type === 'DATE' ? date.start_date : null,
      end: date?.type === 'DATE' ? date.end_date : null,
      sentence: f.evidence.text,
    };
  });
}

describe('facts on the shared NATO sample', function () {
  before(function () {
    if (!fs.existsSync(SAMPLE)) {
      console.log(`      ${SAMPLE_MISSING}`);
      this.skip();
    }
  });

  it('finds the pledge for 2025, the first-quarter figure and the 2024 deliveries', () => {
    const facts = readable(exportOf(SAMPLE));
    const pledge = facts.find((f) => f.category === 'pledge' && f.amount === 2e10);
    assert.ok(pledge, JSON.stringify(facts, null, 1));
    const { lemma: _lemma, planned: _planned, negated: _negated, coActors: _co, ...core } = pledge;
    assert.deepEqual(
      { ...core, sentence: undefined },
      { actor: 'NATO', category: 'pledge', recipient: 'Ukraine', amount: 2e10, currency: 'EUR', approx: 'more than', start: '2025-01-01', end: '2025-12-31', sentence: undefined },
    );
    const q1 = facts.find((f) => f.start === '2025-01-01' && f.end === '2025-03-31');
    assert.ok(q1, 'no fact for the first quarter of 2025');
    assert.deepEqual([q1.amount, q1.currency, q1.recipient, q1.actor], [2e10, 'EUR', 'Ukraine', 'NATO']);
    const delivered = facts.find((f) => f.category === 'provide' && f.amount === 5e10);
    assert.ok(delivered, 'no delivery of 50 billion');
    assert.deepEqual(
      [delivered.actor, delivered.recipient, delivered.currency, delivered.approx, delivered.start, delivered.end],
      ['NATO', 'Ukraine', 'EUR', 'about', '2024-01-01', '2024-12-31'],
    );
  });

  it('groups Rutte, Trump and the United States into entities', () => {
    const doc = exportOf(SAMPLE);
    const entity = (name: string) => doc.entities.find((e) => e.canonical === name);
    const texts = (name: string) => entity(name)!.mentions.map((id) => doc.mentions.find((m) => m.id === id)!.text);
    assert.equal(entity('Mark Rutte')?.kind, 'person');
    assert.equal(texts('Mark Rutte').length, 3);
    assert.ok(texts('Mark Rutte').includes('Rutte'));
    assert.equal(entity('Donald Trump')?.kind, 'person');
    assert.deepEqual(texts('Donald Trump').sort(), ['Donald Trump', 'Trump', 'Trump', 'Trump']);
    // "U.S." and "(the) United States" in one entity; whether "the" is in the span is the actor extractor's call.
    const us = texts('United States');
    assert.ok(us.includes('U.S.') && us.some((t) => /^(the )?United States$/i.test(t)), JSON.stringify(us));
  });
});

describe('facts on the fixture articles', () => {
  it('city budget: cut, request, spend, pay, fine (passive), grant (passive), money no act governs', () => {
    const facts = readable(exportOf(path.join(FIXTURES, 'city-budget.txt')));
    const find = (category: string, amount: number) => facts.find((f) => f.category === category && f.amount === amount);
    assert.equal(find('cut', 4.2e6)?.actor, 'Riverton City Council');
    assert.equal(find('request', 1.5e6)?.actor, 'Elena Ortiz');
    assert.equal(find('spend', 1.8e7)?.start, '2025-01-01');
    assert.equal(find('pay', 2.3e6)?.actor, 'Harbor Authority');
    const fine = find('fine', 7.5e5);
    assert.deepEqual([fine?.actor, fine?.recipient, fine?.start], ['Environmental Protection Agency', 'Northgate Chemicals', '2025-02-01']);
    const grant = find('provide', 3e5);
    assert.deepEqual([grant?.actor, grant?.recipient], ['Calloway Foundation', 'Riverton Food Bank']);
    // "Repairs … could exceed $9 million": no act moves that money, so it stays a mention.
    assert.equal(facts.find((f) => f.amount === 9e6), undefined);
    assert.ok(!facts.some((f) => f.category === 'say'), 'a statement without amount or recipient is no fact');
  });

  it('relief fund: pledge vs provide, "said it would lend", suspension, "received … from"', () => {
    const facts = readable(exportOf(path.join(FIXTURES, 'relief-fund.txt')));
    const by = (actor: string) => facts.filter((f) => f.actor === actor).map((f) => [f.category, f.amount, f.recipient]);
    assert.deepEqual(by('European Union'), [['pledge', 1.2e8, 'Pakistan']]);
    assert.deepEqual(by('Japan'), [['provide', 4.5e7, 'Pakistan']]);
    assert.deepEqual(by('World Bank'), [['pledge', 5e8, 'Pakistan']]);
    assert.deepEqual(by('Canada'), [['cut', null, 'Pakistan']]);
    assert.deepEqual(by('Asian Development Bank'), [['provide', 8e7, 'Pakistan']]);
  });

  it('alliance aid: control verb date, a clause with its own subject, a relative clause, a past pledge', () => {
    const facts = readable(exportOf(ALLIANCE));
    const row = (amount: number) => {
      const f = facts.find((x) => x.amount === amount);
      return f && [f.actor, f.category, f.lemma, f.planned, f.recipient, f.start, f.end];
    };
    // "agreed on Friday to provide … in the first quarter of 2025": a pledge, dated by the delivery, not the meeting.
    assert.deepEqual(row(2e10), ['NATO', 'pledge', 'provide', true, 'Ukraine', '2025-01-01', '2025-03-31']);
    assert.deepEqual(row(1.5e9), ['Germany', 'pledge', 'contribute', true, null, null, null]);
    // "… and that the European Union had set aside a further 300 million euros": its own subject and verb.
    assert.deepEqual(row(3e8), ['European Union', 'pledge', 'set aside', false, null, null, null]);
    assert.deepEqual(row(2e9), ['Poland', 'pledge', 'pledge', false, null, null, null]);
    // "The United States, which gave about $61 billion last year, has not announced new funding since January."
    assert.deepEqual(row(6.1e10), ['United States', 'provide', 'give', false, null, '2024-01-01', '2024-12-31']);
    assert.ok(!facts.some((f) => f.negated), 'a denial without amount or recipient is no fact');
  });

  it('donor conference: coordinated subjects, intentions, relative clause, conjoined clauses', () => {
    const facts = readable(exportOf(path.join(FIXTURES, 'donor-conference.txt')));
    const rows = (amount: number) => facts.filter((f) => f.amount === amount).map((f) => [f.actor, f.category, f.planned, f.recipient, f.start, f.end]);
    // One pledge by three donors: one fact, the others as co-actors, so the $250 million is counted once.
    assert.deepEqual(rows(2.5e8), [['Norway', 'pledge', false, 'Sudan', '2025-05-13', '2025-05-13']]);
    assert.deepEqual(facts.find((f) => f.amount === 2.5e8)?.coActors, ['Sweden', 'Denmark']);
    assert.deepEqual(rows(4e7), [['Netherlands', 'pledge', true, 'World Food Programme', '2025-07-01', '2025-12-31']]);
    assert.deepEqual(rows(1.2e8), [['United Kingdom', 'provide', false, 'Sudan', '2024-01-01', '2024-12-31']]);
    assert.deepEqual(rows(1.5e7), [['Finland', 'pledge', true, 'UNICEF', '2025-06-01', '2025-06-30']]);
    assert.deepEqual(rows(8e6), [['Ireland', 'provide', false, 'Red Cross', null, null]]);
    assert.deepEqual(rows(5e6), [['Belgium', 'pledge', false, 'World Health Organization', null, null]]);
    assert.deepEqual(rows(2e8), [['African Development Bank', 'pledge', true, 'Sudan', '2026-01-01', '2026-12-31']]);
    assert.ok(!facts.some((f) => f.negated), '"has not paid its share" names no amount and no recipient');
  });

  it('tech fine: fines active and passive, reported speech, passive with a noun, conjoined clauses', () => {
    const facts = readable(exportOf(path.join(FIXTURES, 'tech-fine.txt')));
    const row = (amount: number) => {
      const f = facts.find((x) => x.amount === amount);
      return f && [f.actor, f.category, f.recipient];
    };
    assert.deepEqual(row(1.2e9), ['European Commission', 'fine', 'Vexa Systems']);
    // "paid $40 million to app developers": a common-noun recipient.
    assert.deepEqual(row(4e7), ['Vexa Systems', 'pay', 'app developers']);
    assert.deepEqual(row(7.5e7), ['Vexa Systems', 'pay', 'former employees']);
    assert.deepEqual(row(1.8e7), ['Financial Conduct Authority', 'fine', 'Harlow Bank']);
    const aside = facts.find((x) => x.amount === 5e8);
    assert.deepEqual([aside?.actor, aside?.category, aside?.lemma, aside?.start], ['Vexa Systems', 'pledge', 'set aside', null]);
    // "agreed last year to buy Lumen Labs for $4 billion": a purchase price is no transfer, and no fact.
    assert.equal(facts.find((x) => x.amount === 4e9), undefined);
  });

  it('council budget: approve and earmark, relative clause, refused to give, plans to invest', () => {
    const facts = readable(exportOf(path.join(FIXTURES, 'council-budget.txt')));
    const row = (amount: number) => {
      const f = facts.find((x) => x.amount === amount);
      return f && [f.actor, f.category, f.planned, f.negated, f.start];
    };
    assert.deepEqual(row(8.5e7), ['Eastbridge City Council', 'pledge', false, false, '2025-02-19']);
    assert.deepEqual(row(1.2e7), ['Eastbridge City Council', 'pledge', false, false, '2025-02-19']);
    assert.deepEqual(row(3e7)?.slice(1), ['spend', false, false, '2024-01-01']);
    // The relative clause's "last year" does not date the main clause's cut.
    assert.deepEqual(row(6e6)?.slice(1), ['cut', true, false, null]);
    assert.deepEqual(row(2e7), ['Department for Transport', 'provide', false, true, '2025-01-01']);
    assert.deepEqual(row(4e7), ['Northline Rail', 'invest', true, false, '2027-01-01']);
  });
});
