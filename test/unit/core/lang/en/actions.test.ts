/** The action records of the language pack: consistent with themselves, and read as the engine expects. */
import * as assert from 'node:assert/strict';
import { ACTIONS, OTHER_VERBS, type ActionRecord } from '../../../../../src/core/lang/en/actions';
import { actionNoun, lookupPhrasal, lookupVerb } from '../../../../../src/core/facts/lexicon';

const RECORDS: Array<[string, ActionRecord]> = [...Object.entries(ACTIONS), ['other', OTHER_VERBS]];

describe('language pack: action records', () => {
  for (const [category, r] of RECORDS) {
    it(`${category}: every listed lemma, noun lemma, spelling and irregular verb belongs to the record`, () => {
      const lemmas = new Set(r.lemmas);
      const heads = new Set([...r.lemmas, ...(r.phrasal ?? []).map(([verb]) => verb)]);
      for (const l of [...(r.nounLike ?? []), ...(r.ditransitive ?? []), ...(r.receiving ?? [])]) assert.ok(lemmas.has(l), l);
      for (const [noun, l] of Object.entries(r.nouns ?? {})) assert.ok(lemmas.has(l), `${noun} → ${l}`);
      for (const [form, l] of Object.entries(r.spellings ?? {})) assert.ok(lemmas.has(l), `${form} → ${l}`);
      for (const verb of Object.keys(r.irregular ?? {})) assert.ok(heads.has(verb), verb);
    });
  }

  it('lists each lemma in one record only', () => {
    const seen = new Map<string, string>();
    for (const [category, r] of RECORDS) {
      for (const l of r.lemmas) {
        assert.equal(seen.get(l), undefined, `${l} in ${seen.get(l)} and ${category}`);
        seen.set(l, category);
      }
    }
  });

  /** One `it` per case: `read(key)` deep-equals the expected row (undefined: no reading). */
  function lookups<K, R>(what: string, cases: Array<[K, R | undefined]>, read: (key: K) => R | undefined): void {
    for (const [key, expected] of cases) {
      it(`reads ${what} ${JSON.stringify(key)} as ${expected ? JSON.stringify(expected) : 'nothing'}`, () => assert.deepEqual(read(key), expected));
    }
  }

  // word → [lemma, category, form, participle]
  lookups<string, [string, string, string, boolean]>(
    'the verb',
    [
      ['pledged', ['pledge', 'pledge', 'past', true]],
      ['gave', ['give', 'provide', 'past', false]],
      ['given', ['give', 'provide', 'past', true]],
      ['supplies', ['supply', 'provide', 's', false]],
      ['mobilising', ['mobilise', 'provide', 'ing', false]],
      ['cut', ['cut', 'cut', 'base', true]],
      ['cancelled', ['cancel', 'cut', 'past', true]],
      ['budgetted', ['budget', 'spend', 'past', true]],
      ['paid', ['pay', 'pay', 'past', true]],
      ['fined', ['fine', 'fine', 'past', true]],
      ['told', ['tell', 'say', 'past', true]],
      // Borrowing is receiving a loan: the lender gives (a receiving frame in the provide record).
      ['borrowed', ['borrow', 'provide', 'past', true]],
      ['sold', ['sell', 'other', 'past', true]],
      ['found', undefined],
    ],
    (word) => {
      const v = lookupVerb(word);
      return v && [v.lemma, v.category, v.form, v.participle];
    },
  );

  // [word, particle] → [lemma, category, form]
  lookups<[string, string], [string, string, string]>(
    'the phrasal verb',
    [
      [['set', 'aside'], ['set aside', 'pledge', 'base']],
      [['handed', 'over'], ['hand over', 'provide', 'past']],
      [['shelling', 'out'], ['shell out', 'spend', 'ing']],
      [['scaled', 'back'], ['scale back', 'cut', 'past']],
      [['set', 'up'], undefined],
    ],
    ([word, particle]) => {
      const v = lookupPhrasal(word, particle);
      return v && [v.lemma, v.category, v.form];
    },
  );

  // noun → [lemma, category]
  lookups<string, [string, string]>(
    'the noun',
    [
      ['pledges', ['pledge', 'pledge']],
      ['donation', ['donate', 'provide']],
      ['penalties', ['penalize', 'fine']],
      ['constructor', undefined],
    ],
    (noun) => {
      const n = actionNoun(noun);
      return n && [n.lemma, n.category];
    },
  );
});
