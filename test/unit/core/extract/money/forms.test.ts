import * as assert from 'node:assert/strict';
import type { MoneyMention } from '../../../../../src/core/model';
import { MONEY_RULES } from '../../../../../src/core/extract/money';
import { extractMoney } from './helpers';

/** One money form: the text, the single mention's span, amount, currency, approx and, for ranges, min and max. */
type Row = [text: string, span: string, amount: number | null, currency: string | null, approx?: string | null, min?: number, max?: number];

const FORMS: Record<string, Row[]> = {
  'symbols and scale words': [
    ['The agency borrowed $48.2 million last spring.', '$48.2 million', 48_200_000, 'USD'],
    ['Revenue hit $1.17 billion.', '$1.17 billion', 1_170_000_000, 'USD'],
    ['The bill was $94,000 in all.', '$94,000', 94_000, 'USD'],
    ['The club paid €1.5bn for the stadium.', '€1.5bn', 1.5e9, 'EUR'],
    ['A £45m refit is planned.', '£45m', 4.5e7, 'GBP'],
    ['She got a $10k signing bonus.', '$10k', 10_000, 'USD'],
    ['The shares closed at $27 3/8 on Friday.', '$27 3/8', 27.375, 'USD'],
    ['The deal is worth $2.5-billion.', '$2.5-billion', 2.5e9, 'USD'],
    ['Rent is ₹15,000 a month.', '₹15,000', 15_000, 'INR'],
    ['The ransom was ₿2.5 in the end.', '₿2.5', 2.5, 'XBT'],
  ],
  'prefixed dollars': [
    ['Debt stood at US$2 trillion.', 'US$2 trillion', 2e12, 'USD'],
    ['The miner raised C$300 million.', 'C$300 million', 3e8, 'CAD'],
    ['The carrier lost A$3.2 billion.', 'A$3.2 billion', 3.2e9, 'AUD'],
    ['Toy exports hit HK$10.05 billion.', 'HK$10.05 billion', 1.005e10, 'HKD'],
    ['The port cost NZ$20m to build.', 'NZ$20m', 2e7, 'NZD'],
    ['A bond of S$1.5 billion was sold.', 'S$1.5 billion', 1.5e9, 'SGD'],
    ['Tickets cost E£200 at the gate.', 'E£200', 200, 'EGP'],
    ['Fares rose to HK $5 this week.', 'HK $5', 5, 'HKD'],
    ['It cost us $5 more than planned.', '$5', 5, 'USD'],
  ],
  'tokenised and lower-cased newswire': [
    ['the county sold $ 75 million of bonds .', '$ 75 million', 7.5e7, 'USD'],
    ['the simulator costs c $ 16.4 million', 'c $ 16.4 million', 1.64e7, 'CAD'],
    ['the bank lent u.s $ 100,000,000 to them', 'u.s $ 100,000,000', 1e8, 'USD'],
    ['the loan of us $ 150 million was signed', 'us $ 150 million', 1.5e8, 'USD'],
    ['revenue exceeds a $ 4 billion .', '$ 4 billion', 4e9, 'USD'],
    ['the note pays c $ 100 and fifty .', 'c $ 100 and fifty', 100.5, 'CAD'],
  ],
  'codes and abbreviations': [
    ['The fund holds USD 5 million in cash.', 'USD 5 million', 5e6, 'USD'],
    ['Profit was RMB 10 billion.', 'RMB 10 billion', 1e10, 'CNY'],
    ['pay 40 rmb for it', '40 rmb', 40, 'CNY'],
    ['The stake cost 5 million USD in the end.', '5 million USD', 5e6, 'USD'],
    ['The bid was DM 5 million.', 'DM 5 million', 5e6, 'DEM'],
    ['A meal costs Rs 500 there.', 'Rs 500', 500, null],
    ['A meal costs Rs. 500 there.', 'Rs. 500', 500, null],
    ['The ticket was 500 kr at the door.', '500 kr', 500, null],
  ],
  'signs after the number': [
    ['The ticket is 100 € at the door.', '100 €', 100, 'EUR'],
    ['Lunch was 100元 there.', '100元', 100, 'CNY'],
  ],
  'currency words': [
    ['The group expects more than 20 billion euros in sales.', 'more than 20 billion euros', 2e10, 'EUR', 'more than'],
    ['The dollar ended at 143.80 yen.', '143.80 yen', 143.8, 'JPY'],
    ['It bought the mill for 10.6 million Irish punts.', '10.6 million Irish punts', 1.06e7, 'IEP'],
    ['A seat costs 125 million Australian dollars.', '125 million Australian dollars', 1.25e8, 'AUD'],
    ['Output passed 100 billion yuan.', '100 billion yuan', 1e11, 'CNY'],
    ['Investment reached 12 billion yuan RMB.', '12 billion yuan RMB', 1.2e10, 'CNY'],
    ['Capital of 60 million New Taiwan dollars was raised.', '60 million New Taiwan dollars', 6e7, 'TWD'],
    ['The fine was 2 million pounds sterling.', '2 million pounds sterling', 2e6, 'GBP'],
    ['The hotel was sold for 20 million Canadian dollars.', '20 million Canadian dollars', 2e7, 'CAD'],
  ],
  'wire-service order, the unit first': [
    ['Exports rose to dlrs 220 million in March.', 'dlrs 220 million', 2.2e8, 'USD'],
    ['The bank added stg 5 million to the market.', 'stg 5 million', 5e6, 'GBP'],
  ],
  'sub-units': [
    ['The bid was 845 pence a share.', '845 pence', 8.45, 'GBP'],
    ['Iraq asked 50 cents more per barrel.', '50 cents', 0.5, 'USD'],
    ['The contract rose 1.20 cents.', '1.20 cents', 0.012, 'USD'],
    ['A stamp costs 45p now.', '45p', 0.45, 'GBP'],
  ],
  'national currencies, including historical codes': [
    ['A fine of 10,000 Swiss francs was paid.', '10,000 Swiss francs', 10_000, 'CHF'],
    ['Sales of 20 billion francs are expected.', '20 billion francs', 2e10, null],
    ['The issue was 2 billion Deutsche marks.', '2 billion Deutsche marks', 2e9, 'DEM'],
    ['The deal was 420 million Finnish markka.', '420 million Finnish markka', 4.2e8, 'FIM'],
    ['Zeta was valued at 6.65 billion pesetas.', '6.65 billion pesetas', 6.65e9, 'ESP'],
    ['The cable maker fetched 250 million Dutch guilders.', '250 million Dutch guilders', 2.5e8, 'NLG'],
    ['The mill cost 2 million roubles.', '2 million roubles', 2e6, 'RUB'],
    ['Kiev set aside 3 million hryvnias.', '3 million hryvnias', 3e6, 'UAH'],
    ['Samsung earned 5 trillion won.', '5 trillion won', 5e12, 'KRW'],
    ['The bank lent 100 million Mexican pesos.', '100 million Mexican pesos', 1e8, 'MXN'],
    ['The fund got 40 million Saudi riyals.', '40 million Saudi riyals', 4e7, 'SAR'],
    ['Exports were worth 4 billion rupees.', '4 billion rupees', 4e9, null],
    ['The prize was 1,000,000 won in cash.', '1,000,000 won', 1e6, 'KRW'],
  ],
  'written amounts': [
    ['Eight ministers got five million yen.', 'five million yen', 5e6, 'JPY'],
    ['He spent a billion euros.', 'a billion euros', 1e9, 'EUR'],
    ['They raised half a million pounds.', 'half a million pounds', 5e5, 'GBP'],
    ['The fee is twenty-five dollars.', 'twenty-five dollars', 25, 'USD'],
    ['It cost one and a half billion dollars.', 'one and a half billion dollars', 1.5e9, 'USD'],
    ['The fee was three hundred and five dollars.', 'three hundred and five dollars', 305, 'USD'],
    ['It only cost 3 dollars 50 cents.', '3 dollars 50 cents', 3.5, 'USD'],
    ['It cost thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
  ],
  'hyphenated adjectives': [
    ['It was a multibillion-dollar merger.', 'multibillion-dollar', null, 'USD'],
    ['The board set a 90-cent dividend.', '90-cent', 0.9, 'USD'],
    ['Its one-yen bid was withdrawn.', 'one-yen', 1, 'JPY'],
    ['the filing is a multibillion - dollar deal .', 'multibillion - dollar', null, 'USD'],
  ],
  'vague amounts': [
    ['Investors lost billions of dollars.', 'billions of dollars', null, 'USD'],
    ['It spent hundreds of millions of dollars on it.', 'hundreds of millions of dollars', null, 'USD'],
    ['Banks stand to lose several hundred million pounds.', 'several hundred million pounds', null, 'GBP'],
    ['He owed them a few dollars.', 'a few dollars', null, 'USD'],
  ],
  'single units and coins': [
    ['The stamp cost less than a U.S. penny.', 'less than a U.S. penny', 0.01, 'USD', 'less than'],
    ['Sugar runs a nickel a pound above it.', 'a nickel', 0.05, 'USD'],
    ['They live on a dollar a day.', 'a dollar', 1, 'USD'],
  ],
  'qualifiers': [
    ...([
      ['about', 'about'], ['approximately', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'],
      ['more than', 'more than'], ['over', 'more than'], ['at least', 'at least'], ['nearly', 'nearly'],
      ['almost', 'nearly'], ['less than', 'less than'],
    ] as const).map(([word, norm]): Row => [`The firm paid ${word} $370 million for it.`, `${word} $370 million`, 3.7e8, 'USD', norm]),
    // "up to" and "under" are reported but left out of the span, as news annotation does
    ['It may borrow up to $5 billion.', '$5 billion', 5e9, 'USD', 'up to'],
    ['Rooms go for under $500.', '$500', 500, 'USD', 'less than'],
  ],
  'ranges': [
    ['Bottles sell for $300 to $400 each.', '$300 to $400', 300, 'USD', null, 300, 400],
    ['The price dropped from $115 to $90.', 'from $115 to $90', 90, 'USD', null, 90, 115],
    ['They need between $5 million and $10 million.', 'between $5 million and $10 million', 5e6, 'USD', null, 5e6, 1e7],
    // a trailing scale word applies to both ends
    ['Analysts expect $5-10 million.', '$5-10 million', 5e6, 'USD', null, 5e6, 1e7],
    ['It will fetch $1.5 to $2 billion.', '$1.5 to $2 billion', 1.5e9, 'USD', null, 1.5e9, 2e9],
    ['Losses of 5-10 million euros are likely.', '5-10 million euros', 5e6, 'EUR', null, 5e6, 1e7],
    ['Sales of between 5 and 10 million euros are likely.', 'between 5 and 10 million euros', 5e6, 'EUR', null, 5e6, 1e7],
  ],
};

/** Texts in which nothing is money. */
const NONE: string[] = [
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
  'Wages are shown in constant 1989 dollars.',
  'She bought a pound of sugar.',
  'He has a yen for travel.',
  'It has run since stg 1985, and sales rose dlrs 8% this year.',
  'They met in 1996 and won 300 games.',
];

/** The single mention in `text`, checked for offsets. */
function one(text: string): MoneyMention {
  const found = extractMoney(text);
  assert.equal(found.length, 1, `expected one mention in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  const m = found[0];
  assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(m.type, 'MONEY');
  assert.ok(m.rule in MONEY_RULES, `unknown rule ${m.rule}`);
  return m;
}

describe('extractMoney forms', () => {
  for (const [group, rows] of Object.entries(FORMS)) {
    describe(group, () => {
      for (const [text, span, amount, currency, approx = null, min, max] of rows) {
        it(`${JSON.stringify(span)} in ${JSON.stringify(text)}`, () => {
          const m = one(text);
          assert.equal(m.text, span);
          if (amount === null) assert.equal(m.amount, null);
          else assert.ok(m.amount !== null && Math.abs(m.amount - amount) <= 1e-9 * Math.max(1, Math.abs(amount)), `amount ${m.amount} ≠ ${amount}`);
          assert.equal(m.currency, currency);
          assert.equal(m.approx, approx);
          assert.equal(m.min, min);
          assert.equal(m.max, max);
        });
      }
    });
  }

  describe('negatives', () => {
    for (const text of NONE) {
      it(`finds nothing in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(extractMoney(text), []);
      });
    }
  });

  it('does not join a change and a level', () => {
    const found = extractMoney('Crude rose 22 cents to $19.94 a barrel.');
    assert.deepEqual(found.map((m) => m.text), ['22 cents', '$19.94']);
    assert.equal(found[0].min, undefined);
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
