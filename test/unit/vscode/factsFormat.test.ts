import * as assert from 'node:assert/strict';
import type { AnalyzedMention, Entity, Fact } from '../../../src/core';
import { factDetails, factIcon, factLabel, factParts, FALLBACK_FACT_ICON, type FactParts } from '../../../src/vscode/factsFormat';
import { actor, date, entity, fact, money } from './mentions';

/** factParts of `f` against the given mentions and entities. */
function partsOf(f: Fact, mentions: AnalyzedMention[], entities: Entity[] = []): FactParts {
  return factParts(f, new Map(mentions.map((m) => [m.id, m])), new Map(entities.map((e) => [e.id, e])));
}

describe('factsFormat: how a fact reads in the Facts view', () => {
  const LABELS: Array<[FactParts, string]> = [
    [{ actor: 'NATO', action: 'provide', amount: '50 bn EUR', recipient: 'Ukraine', time: '2024' }, 'NATO → provide → 50 bn EUR → Ukraine · 2024'],
    [{ actor: null, action: 'pay', amount: '5 m USD', recipient: null, time: null }, '? → pay → 5 m USD'],
    [{ actor: 'Norway', action: 'pledge', amount: null, recipient: null, time: '2025-Q1' }, 'Norway → pledge · 2025-Q1'],
    [{ actor: 'Canada', action: 'not pay (planned)', amount: null, recipient: 'Moldova', time: null }, 'Canada → not pay (planned) → Moldova'],
  ];
  for (const [parts, label] of LABELS) it(`factLabel: ${label}`, () => assert.equal(factLabel(parts), label));

  const AMOUNTS: Array<[AnalyzedMention, string]> = [
    [money({ amount: 5e10, currency: 'EUR' }), '50 bn EUR'],
    [money({ amount: 3.7e8, currency: 'USD' }), '370 m USD'],
    [money({ amount: 2e12, currency: 'JPY' }), '2 tn JPY'],
    [money({ amount: 1e9, min: 1e9, max: 2e9, currency: 'USD' }), '1–2 bn USD'],
    [money({ amount: 5e8, min: 5e8, max: 1.5e9, currency: 'USD' }), '500 m–1.5 bn USD'],
    [money({ amount: 2e10, currency: 'EUR', approx: 'more than' }), '> 20 bn EUR'],
    [money({ amount: 1e6, currency: 'GBP', approx: 'up to' }), '≤ 1 m GBP'],
    [money({ amount: 1500 }), '1,500'],
    [money({ text: 'a large sum' }), 'a large sum'],
  ];
  for (const [m, amount] of AMOUNTS) it(`the amount reads compactly: ${amount}`, () => assert.equal(partsOf(fact({ amount: m.id }), [m]).amount, amount));

  it('names come from entities, else from the actor mention; time from the date mention', () => {
    const e = entity({ id: 'e1', canonical: 'The European Commission', kind: 'organization' });
    const ms = [
      actor({ id: 'm1', text: 'the Commission', canonical: 'The European Commission', entity: 'e1' }),
      actor({ id: 'm2', text: 'Moldova', canonical: 'Moldova', kind: 'place' }),
      date({ id: 'm3', text: 'in 2023', timex: '2023' }),
      date({ id: 'm4', text: 'recently', timex: 'PAST_REF' }),
      money({ id: 'm5', text: '$5' }),
    ];
    const p = partsOf(fact({ actor: 'e1', actorMention: 'm1', recipientMention: 'm2', time: 'm3' }, { lemma: 'pay', category: 'pay' }), ms, [e]);
    assert.deepEqual(p, { actor: 'The European Commission', action: 'pay', amount: null, recipient: 'Moldova', time: '2023' });
    assert.equal(partsOf(fact({ time: 'm4' }), ms).time, 'recently', 'a timex that is no value: the text as written');
    assert.equal(partsOf(fact({ actorMention: 'm5' }), ms).actor, null, 'only an actor mention names an actor');
  });

  const ACTIONS: Array<[Partial<Fact['action']>, string]> = [
    [{ lemma: 'provide', category: 'provide' }, 'provide'],
    [{ lemma: null, category: 'pledge' }, 'pledge'],
    [{ lemma: 'pay', category: 'pay', negated: true }, 'not pay'],
    [{ lemma: 'spend', category: 'spend', planned: true }, 'spend (planned)'],
    [{ lemma: 'pay', category: 'pay', negated: true, planned: true }, 'not pay (planned)'],
  ];
  for (const [action, words] of ACTIONS) it(`the action reads "${words}"`, () => assert.equal(partsOf(fact({}, action), []).action, words));

  const ICONS: Array<[string, string]> = [
    ['pledge', 'megaphone'],
    ['provide', 'gift'],
    ['fine', 'law'],
    ['other', 'circle-small'],
    ['invest', FALLBACK_FACT_ICON], // a category the pack may add before the view knows it
    ['', FALLBACK_FACT_ICON],
    ['toString', FALLBACK_FACT_ICON], // not a key of the map, whatever its prototype has
  ];
  for (const [category, icon] of ICONS) it(`factIcon("${category}") is ${icon}`, () => assert.equal(factIcon(category), icon));
});

describe('factsFormat: what a fact tells besides its label', () => {
  it('a list of givers reads as the first one "+N"', () => {
    const ents = [entity({ id: 'e1', canonical: 'Norway' }), entity({ id: 'e2', canonical: 'Sweden' }), entity({ id: 'e3', canonical: 'Denmark' })];
    assert.equal(partsOf(fact({ actor: 'e1', coActors: ['e2', 'e3'] }), [], ents).actor, 'Norway +2');
  });

  it('factDetails: object, purpose, missing parts and where the parties were read', () => {
    const f: Fact = {
      ...fact({ actor: 'e1' }),
      object: { start: 0, end: 12, text: 'military aid' },
      purpose: { start: 20, end: 34, text: 'reconstruction' },
      via: { actor: 'coreference', recipient: null },
      missing: ['amount'],
    };
    assert.equal(factDetails(f), 'What: military aid · For: reconstruction · Incomplete: no amount · actor from the pronoun or earlier sentence');
    assert.equal(factDetails(fact({})), '');
  });
});
