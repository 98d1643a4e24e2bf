import * as assert from 'node:assert/strict';
import { extractMoney as extractMoneyIn } from '../../src/core/extract/money';
import { BlockView } from '../../src/core/text/block-view';
const extractMoney = (text: string) => extractMoneyIn(new BlockView(text));
import type { MoneyMention } from '../../src/core/model';

/** The single mention in `text`, checked for offsets. */
function one(text: string): MoneyMention {
  const found = extractMoney(text);
  assert.equal(found.length, 1, `expected one mention in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  const m = found[0];
  assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(m.type, 'MONEY');
  return m;
}

function check(text: string, span: string, amount: number | null, currency: string | null, approx: string | null = null): MoneyMention {
  const m = one(text);
  assert.equal(m.text, span);
  if (amount === null) assert.equal(m.amount, null);
  else assert.ok(m.amount !== null && Math.abs(m.amount - amount) <= 1e-9 * Math.max(1, Math.abs(amount)), `amount ${m.amount} ≠ ${amount}`);
  assert.equal(m.currency, currency);
  assert.equal(m.approx, approx);
  return m;
}

describe('extractMoney', () => {
  describe('symbols and scale words', () => {
    it('reads "$" amounts with scale words', () => {
      check('The agency borrowed $48.2 million last spring.', '$48.2 million', 48_200_000, 'USD');
      check('Revenue hit $1.17 billion.', '$1.17 billion', 1_170_000_000, 'USD');
      check('The bill was $94,000 in all.', '$94,000', 94_000, 'USD');
    });
    it('reads abbreviated scales glued to the digits', () => {
      check('The club paid €1.5bn for the stadium.', '€1.5bn', 1.5e9, 'EUR');
      check('A £45m refit is planned.', '£45m', 4.5e7, 'GBP');
      check('She got a $10k signing bonus.', '$10k', 10_000, 'USD');
    });
    it('reads prefixed dollars', () => {
      check('Debt stood at US$2 trillion.', 'US$2 trillion', 2e12, 'USD');
      check('The miner raised C$300 million.', 'C$300 million', 3e8, 'CAD');
      check('The carrier lost A$3.2 billion.', 'A$3.2 billion', 3.2e9, 'AUD');
      check('Toy exports hit HK$10.05 billion.', 'HK$10.05 billion', 1.005e10, 'HKD');
      check('The port cost NZ$20m to build.', 'NZ$20m', 2e7, 'NZD');
      check('A bond of S$1.5 billion was sold.', 'S$1.5 billion', 1.5e9, 'SGD');
    });
    it('reads tokenised and lower-cased newswire', () => {
      check('the county sold $ 75 million of bonds .', '$ 75 million', 7.5e7, 'USD');
      check('the simulator costs c $ 16.4 million', 'c $ 16.4 million', 1.64e7, 'CAD');
      check('the bank lent u.s $ 100,000,000 to them', 'u.s $ 100,000,000', 1e8, 'USD');
      check('the loan of us $ 150 million was signed', 'us $ 150 million', 1.5e8, 'USD');
      check('revenue exceeds a $ 4 billion .', '$ 4 billion', 4e9, 'USD');
    });
    it('reads ISO codes before or after the number', () => {
      check('The fund holds USD 5 million in cash.', 'USD 5 million', 5e6, 'USD');
      check('Profit was RMB 10 billion.', 'RMB 10 billion', 1e10, 'CNY');
      check('pay 40 rmb for it', '40 rmb', 40, 'CNY');
    });
    it('reads signs written after the number', () => {
      check('The ticket is 100 € at the door.', '100 €', 100, 'EUR');
      check('Lunch was 100元 there.', '100元', 100, 'CNY');
    });
    it('reads stock-price fractions', () => {
      check('The shares closed at $27 3/8 on Friday.', '$27 3/8', 27.375, 'USD');
    });
  });

  describe('currency words', () => {
    it('applies the scale and maps the currency', () => {
      check('The group expects more than 20 billion euros in sales.', 'more than 20 billion euros', 2e10, 'EUR', 'more than');
      check('The dollar ended at 143.80 yen.', '143.80 yen', 143.8, 'JPY');
      check('It bought the mill for 10.6 million Irish punts.', '10.6 million Irish punts', 1.06e7, 'IEP');
      check('A seat costs 125 million Australian dollars.', '125 million Australian dollars', 1.25e8, 'AUD');
      check('Output passed 100 billion yuan.', '100 billion yuan', 1e11, 'CNY');
      check('Investment reached 12 billion yuan RMB.', '12 billion yuan RMB', 1.2e10, 'CNY');
      check('Capital of 60 million New Taiwan dollars was raised.', '60 million New Taiwan dollars', 6e7, 'TWD');
    });
    it('converts sub-units to major units', () => {
      check('The bid was 845 pence a share.', '845 pence', 8.45, 'GBP');
      check('Iraq asked 50 cents more per barrel.', '50 cents', 0.5, 'USD');
      check('The contract rose 1.20 cents.', '1.20 cents', 0.012, 'USD');
    });
    it('maps national currencies, including historical codes', () => {
      check('A fine of 10,000 Swiss francs was paid.', '10,000 Swiss francs', 10_000, 'CHF');
      check('Sales of 20 billion francs are expected.', '20 billion francs', 2e10, null);
      check('The issue was 2 billion Deutsche marks.', '2 billion Deutsche marks', 2e9, 'DEM');
      check('The deal was 420 million Finnish markka.', '420 million Finnish markka', 4.2e8, 'FIM');
      check('Zeta was valued at 6.65 billion pesetas.', '6.65 billion pesetas', 6.65e9, 'ESP');
      check('The cable maker fetched 250 million Dutch guilders.', '250 million Dutch guilders', 2.5e8, 'NLG');
      check('The mill cost 2 million roubles.', '2 million roubles', 2e6, 'RUB');
      check('Kiev set aside 3 million hryvnias.', '3 million hryvnias', 3e6, 'UAH');
      check('Samsung earned 5 trillion won.', '5 trillion won', 5e12, 'KRW');
      check('The bank lent 100 million Mexican pesos.', '100 million Mexican pesos', 1e8, 'MXN');
      check('The fund got 40 million Saudi riyals.', '40 million Saudi riyals', 4e7, 'SAR');
      check('Exports were worth 4 billion rupees.', '4 billion rupees', 4e9, null);
    });
  });

  describe('written amounts', () => {
    it('reads number words', () => {
      check('Eight ministers got five million yen.', 'five million yen', 5e6, 'JPY');
      check('He spent a billion euros.', 'a billion euros', 1e9, 'EUR');
      check('They raised half a million pounds.', 'half a million pounds', 5e5, 'GBP');
      check('The fee is twenty-five dollars.', 'twenty-five dollars', 25, 'USD');
      check('It cost one and a half billion dollars.', 'one and a half billion dollars', 1.5e9, 'USD');
    });
    it('adds cents written after dollars', () => {
      check('It only cost 3 dollars 50 cents.', '3 dollars 50 cents', 3.5, 'USD');
      check('It cost thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 13.45, 'USD');
    });
  });

  describe('adjectives, vague amounts and coins', () => {
    it('marks hyphenated adjectives', () => {
      check('It was a multibillion-dollar merger.', 'multibillion-dollar', null, 'USD');
      check('The board set a 90-cent dividend.', '90-cent', 0.9, 'USD');
      check('Its one-yen bid was withdrawn.', 'one-yen', 1, 'JPY');
      check('the filing is a multibillion - dollar deal .', 'multibillion - dollar', null, 'USD');
    });
    it('marks vague amounts without a value', () => {
      check('Investors lost billions of dollars.', 'billions of dollars', null, 'USD');
      check('It spent hundreds of millions of dollars on it.', 'hundreds of millions of dollars', null, 'USD');
      check('Banks stand to lose several hundred million pounds.', 'several hundred million pounds', null, 'GBP');
    });
    it('marks a single coin named as an amount', () => {
      check('The stamp cost less than a U.S. penny.', 'less than a U.S. penny', 0.01, 'USD', 'less than');
      check('Sugar runs a nickel a pound above it.', 'a nickel', 0.05, 'USD');
    });
  });

  describe('qualifiers', () => {
    const cases: Array<[string, string]> = [
      ['about', 'about'], ['approximately', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'],
      ['more than', 'more than'], ['over', 'more than'], ['at least', 'at least'], ['nearly', 'nearly'],
      ['almost', 'nearly'], ['less than', 'less than'],
    ];
    for (const [word, norm] of cases) {
      it(`"${word}" → ${norm}`, () => {
        check(`The firm paid ${word} $370 million for it.`, `${word} $370 million`, 3.7e8, 'USD', norm);
      });
    }
    it('reports "up to" and "under" but leaves them out of the span, as news annotation does', () => {
      check('It may borrow up to $5 billion.', '$5 billion', 5e9, 'USD', 'up to');
      check('Rooms go for under $500.', '$500', 500, 'USD', 'less than');
    });
  });

  describe('ranges', () => {
    function range(text: string, span: string, min: number, max: number, currency = 'USD'): void {
      const m = check(text, span, min, currency);
      assert.equal(m.min, min);
      assert.equal(m.max, max);
    }
    it('joins two amounts into one span', () => {
      range('Bottles sell for $300 to $400 each.', '$300 to $400', 300, 400);
      range('The price dropped from $115 to $90.', 'from $115 to $90', 90, 115);
      range('They need between $5 million and $10 million.', 'between $5 million and $10 million', 5e6, 1e7);
    });
    it('distributes a trailing scale word over both ends', () => {
      range('Analysts expect $5-10 million.', '$5-10 million', 5e6, 1e7);
      range('It will fetch $1.5 to $2 billion.', '$1.5 to $2 billion', 1.5e9, 2e9);
      range('Losses of 5-10 million euros are likely.', '5-10 million euros', 5e6, 1e7, 'EUR');
    });
    it('does not join a change and a level', () => {
      const found = extractMoney('Crude rose 22 cents to $19.94 a barrel.');
      assert.deepEqual(found.map((m) => m.text), ['22 cents', '$19.94']);
      assert.equal(found[0].min, undefined);
    });
  });

  describe('negatives', () => {
    const none = [
      'Inflation rose 5% and unemployment 4.2 percent.',
      'Prices fell 3 per cent in May.',
      'The plant opened in 1996 and closed in 2004.',
      'Call 555-1234 or (212) 555-0199 for details.',
      'The $ sign is on the key.',
      'The farm has 42 apples and 7,000 sheep.',
      'He weighs 200 pounds and lost 10 pounds of fat.',
      'The Dow passed the 2,000 mark.',
      'The team won 3 games; in 1996 won the cup.',
      'The dollar fell against the yen and the euro.',
      'A dollar-denominated bond; a penny stock.',
      'It was the 20th time in the 1980s.',
    ];
    for (const text of none) {
      it(`finds nothing in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(extractMoney(text), []);
      });
    }
  });

  it('keeps offsets into the block and finds several mentions', () => {
    const text = 'Sales rose 6% to $1.45 billion, from 1.2 billion euros; the stock fell 75 cents.';
    const found = extractMoney(text);
    assert.deepEqual(found.map((m) => m.text), ['$1.45 billion', '1.2 billion euros', '75 cents']);
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('finds every mention in a long block of money and noise (speed is measured by npm run bench)', () => {
    const unit = 'Revenue of $1.5 billion, about 20 million euros, 5% and 1996; ';
    const found = extractMoney(unit.repeat(2000));
    assert.equal(found.length, 4000);
    assert.equal(found[3999].text, 'about 20 million euros');
  });
});
