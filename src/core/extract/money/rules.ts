/**
 * Every rule a MONEY mention can carry (`rule` on the mention): which core of the scanner matched, as
 * `money.<family>[.<variant>]`. Qualifiers ("about", "more than") do not change the rule; they are in `approx`.
 */
export type MoneyRule =
  | 'money.symbol'
  | 'money.symbol.prefixed'
  | 'money.symbol.after'
  | 'money.code'
  | 'money.code.after'
  | 'money.abbreviation'
  | 'money.abbreviation.after'
  | 'money.word'
  | 'money.word.before'
  | 'money.adjective'
  | 'money.vague'
  | 'money.single'
  | 'money.single.coin'
  | 'money.range'
  | 'money.range.bare-end'
  | 'money.range.unit-after';

/** What each rule means, with examples (the hover's answer to "why is this marked?"). */
export const MONEY_RULES: Readonly<Record<MoneyRule, string>> = {
  'money.symbol': 'a currency sign before the amount: "$5 million", "€1.5bn", "$27 3/8"',
  'money.symbol.prefixed': 'letters and a sign before the amount: "US$2 trillion", "HK$10 billion", "c $ 16.4 million"',
  'money.symbol.after': 'a currency sign after the amount: "100 €", "100元"',
  'money.code': 'an ISO code before the amount: "USD 5 million", "RMB10bn"',
  'money.code.after': 'an ISO code after the amount: "40 rmb", "5 million USD"',
  'money.abbreviation': 'a currency abbreviation before the amount: "Rs 500", "DM 5 million"',
  'money.abbreviation.after': 'a currency abbreviation after the amount: "500 kr", "20 zł"',
  'money.word': 'an amount and a currency word: "20 billion euros", "five million dollars", "845 pence", "3 dollars 50 cents"',
  'money.word.before': 'a currency word before a scaled amount, the wire-service order: "dlrs 220 million", "stg 5 mln"',
  'money.adjective': 'an amount made an adjective with a currency word: "multibillion-dollar", "90-cent"',
  'money.vague': 'a vague amount of a currency: "billions of dollars", "several hundred million pounds"',
  'money.single': 'one unit named as an amount: "a penny", "a dollar a day", "a U.S. penny"',
  'money.single.coin': 'a coin named as an amount: "a nickel", "a dime"',
  'money.range': 'two amounts joined as a range: "$300 to $400", "between $5 million and $10 million"',
  'money.range.bare-end': 'an amount and a bare number as a range: "$5-10 million", "$5 to 10 million"',
  'money.range.unit-after': 'two numbers and one currency after them: "5-10 million euros", "5 to 10 billion yuan"',
};
