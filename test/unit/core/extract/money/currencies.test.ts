import * as assert from 'node:assert/strict';
import { CURRENCIES, type CurrencyRecord } from '../../../../../src/core/lang/en/currencies';
import { CURRENCY_WORDS, ISSUERS, SIGN_PREFIXES, currencyTables } from '../../../../../src/core/extract/money/lexicon';

describe('currency records', () => {
  it('give an ISO code, or null with a note', () => {
    for (const r of CURRENCIES) {
      if (r.iso === null) assert.ok(r.note, `${r.name}: a null code needs a note`);
      else assert.match(r.iso, /^[A-Z]{3}$/, r.name);
    }
  });

  it('are one per currency', () => {
    const codes = CURRENCIES.map((r) => r.iso).filter((c) => c !== null);
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(new Set(CURRENCIES.map((r) => r.name)).size, CURRENCIES.length);
  });

  it('select by issuer only within names some record spells (a misspelt family would never match)', () => {
    const spelt = new Set([...CURRENCY_WORDS.values()].map((w) => w.family));
    for (const family of ISSUERS.keys()) assert.ok(spelt.has(family), `no record has words for the family "${family}"`);
  });

  it('give the scanner its tables', () => {
    assert.equal(CURRENCY_WORDS.get('dollars')?.iso, 'USD');
    assert.equal(CURRENCY_WORDS.get('cents')?.divisor, 100);
    assert.equal(CURRENCY_WORDS.get('francs')?.iso, null);
    assert.equal(ISSUERS.get('dollar')?.get('hong kong'), 'HKD');
    assert.equal(ISSUERS.get('franc')?.get('swiss'), 'CHF');
    assert.deepEqual(SIGN_PREFIXES.get('$')?.get('hk'), { iso: 'HKD', spacing: 'spaced' });
  });

  it('derive a new form from one edit to a record', () => {
    const records: CurrencyRecord[] = CURRENCIES.map((r) =>
      r.iso === 'CHF' ? { ...r, units: [...(r.units ?? []), { family: 'franc', issuers: ['helvetic'] }] } : r,
    );
    assert.equal(currencyTables(records).issuers.get('franc')?.get('helvetic'), 'CHF');
  });

  const conflicts: Array<[string, CurrencyRecord, RegExp]> = [
    ['a word', { iso: 'XTS', name: 'test', units: [{ words: ['dollars'] }] }, /word "dollars"/],
    ['a sign', { iso: 'XTS', name: 'test', symbols: ['€'] }, /sign "€"/],
    ['a code', { iso: 'USD', name: 'test', code: 'upper' }, /code "USD"/],
    ['an issuer', { iso: 'XTS', name: 'test', units: [{ family: 'dollar', issuers: ['canadian'] }] }, /issuer of "dollar" "canadian"/],
    ['a prefix', { iso: 'XTS', name: 'test', prefixes: { HK$: 'spaced' } }, /prefix "hk"/],
    ['an abbreviation', { iso: 'XTS', name: 'test', abbreviations: { before: ['DM'] } }, /abbreviation "DM"/],
  ];
  for (const [what, record, message] of conflicts) {
    it(`fail loudly when two records claim ${what}`, () => {
      assert.throws(() => currencyTables([...CURRENCIES, record]), message);
    });
  }

  it('fail loudly on forms that are not the unit\'s words, and on issuers of a currency without a code', () => {
    assert.throws(() => currencyTables([{ iso: 'XTS', name: 'test', units: [{ words: ['zed'], single: ['zeds'] }] }]), /"zeds"/);
    assert.throws(() => currencyTables([{ iso: null, name: 'test', note: 'n', units: [{ family: 'zed', issuers: ['x'] }] }]), /ISO code/);
  });
});
