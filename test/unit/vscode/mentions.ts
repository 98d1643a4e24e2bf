/** Hand-made mentions and facts for the editor's formatting tests (values written for these tests). */
import type { AnalyzedMention, DateMention, Entity, Fact, MoneyMention, ActorMention } from '../../../src/core';

type Extra = { id?: string; entity?: string };

export const money = (o: Partial<MoneyMention> & Extra): AnalyzedMention => ({
  type: 'MONEY', id: 'm1', start: 0, end: 1, text: '$1', rule: 'money', amount: null, currency: null, approx: null, ...o,
});

export const date = (o: Partial<DateMention> & Extra): AnalyzedMention => ({
  type: 'DATE', id: 'm1', start: 0, end: 1, text: 'd', rule: 'date', timex: null, start_date: null, end_date: null, anchor: 'absolute', ...o,
});

export const actor = (o: Partial<ActorMention> & Extra): AnalyzedMention => ({
  type: 'ACTOR', id: 'm1', start: 0, end: 1, text: 'A', rule: 'actor', kind: 'organization', canonical: 'A', ...o,
});

export const entity = (o: Partial<Entity> & { id: string; canonical: string }): Entity => ({
  kind: 'person', aliases: [o.canonical], titles: [], mentions: [], ...o,
});

/** A fact with the given parts (mention and entity ids) and action. */
export function fact(
  parts: Partial<Pick<Fact, 'actor' | 'actorMention' | 'coActors' | 'recipient' | 'recipientMention' | 'amount' | 'time' | 'confidence'>>,
  action: Partial<Fact['action']> = {},
): Fact {
  return {
    action: { text: null, lemma: null, category: 'other', negated: false, planned: false, start: null, end: null, ...action },
    actor: null,
    actorMention: null,
    coActors: [],
    recipient: null,
    recipientMention: null,
    amount: null,
    time: null,
    object: null,
    purpose: null,
    via: { actor: null, recipient: null },
    missing: [],
    evidence: { start: 0, end: 0, text: '' },
    confidence: 0.5,
    ...parts,
  };
}
