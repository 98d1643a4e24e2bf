import * as assert from 'node:assert/strict';
import { MONEY_RULES, type MoneyRule } from '../../../../../src/core/extract/money';
import { extractMoney } from './helpers';

/** For every rule a text whose single mention carries it, and that mention's span (the compiler keeps this complete). */
const EXAMPLES: Record<MoneyRule, [text: string, span: string]> = {
  'money.symbol': ['Revenue hit $1.17 billion.', '$1.17 billion'],
  'money.symbol.prefixed': ['Toy exports hit HK$10.05 billion.', 'HK$10.05 billion'],
  'money.symbol.after': ['The ticket is 100 € at the door.', '100 €'],
  'money.code': ['The fund holds USD 5 million in cash.', 'USD 5 million'],
  'money.code.after': ['pay 40 rmb for it', '40 rmb'],
  'money.abbreviation': ['A meal costs Rs 500 there.', 'Rs 500'],
  'money.abbreviation.after': ['The ticket was 500 kr at the door.', '500 kr'],
  'money.word': ['The group expects 20 billion euros in sales.', '20 billion euros'],
  'money.word.before': ['Exports rose to dlrs 220 million.', 'dlrs 220 million'],
  'money.adjective': ['It was a multibillion-dollar merger.', 'multibillion-dollar'],
  'money.vague': ['Investors lost billions of dollars.', 'billions of dollars'],
  'money.single': ['The stamp cost less than a U.S. penny.', 'less than a U.S. penny'],
  'money.single.coin': ['Sugar runs a nickel a pound above it.', 'a nickel'],
  'money.range': ['Bottles sell for $300 to $400 each.', '$300 to $400'],
  'money.range.bare-end': ['Analysts expect $5-10 million.', '$5-10 million'],
  'money.range.unit-after': ['Losses of 5-10 million euros are likely.', '5-10 million euros'],
};

describe('money rules', () => {
  for (const [rule, [text, span]] of Object.entries(EXAMPLES)) {
    it(`${rule}: ${JSON.stringify(span)}`, () => {
      const found = extractMoney(text);
      assert.deepEqual(found.map((m) => [m.text, m.rule]), [[span, rule]]);
    });
  }

  it('documents every rule as money.<family>[.<variant>]', () => {
    for (const [rule, doc] of Object.entries(MONEY_RULES)) {
      assert.match(rule, /^money\.[a-z]+(\.[a-z-]+)?$/);
      assert.ok(doc.length > 10, rule);
    }
  });
});
