/**
 * English words around amounts of money, read by the MONEY scanner (currencies are records in currencies.ts, number
 * and scale words in numbers.ts). Keys lower case.
 */

/**
 * Words in front of an amount that belong to the MONEY span (OntoNotes marks "more than $10,000", "an estimated
 * $470 million"), with the normal form reported as `approx` (null: part of the span, but the amount is exact).
 */
export const MONEY_QUALIFIERS: ReadonlyArray<[phrase: string, approx: string | null]> = [
  ['more than', 'more than'], ['over', 'more than'], ['above', 'more than'], ['in excess of', 'more than'],
  ['upwards of', 'more than'], ['well over', 'more than'], ['just over', 'more than'], ['well above', 'more than'],
  ['slightly more than', 'more than'], ['just more than', 'more than'], ['well more than', 'more than'],
  ['more than an estimated', 'more than'], ['a little more than', 'more than'], ['little more than', 'more than'],
  ['about', 'about'], ['approximately', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['approx', 'about'], ['approx.', 'about'], ['circa', 'about'],
  ['an estimated total of', 'about'], ['about an estimated', 'about'], ['a reported', null],
  ['up to', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'], ['at most', 'up to'],
  ['no more than', 'up to'], ['not more than', 'up to'], ['a maximum of', 'up to'], ['a high of', 'up to'],
  ['less than', 'less than'], ['under', 'less than'], ['below', 'less than'], ['just under', 'less than'],
  ['well under', 'less than'], ['well below', 'less than'], ['slightly less than', 'less than'],
  ['fewer than', 'less than'], ['just below', 'less than'],
  ['at least', 'at least'], ['no less than', 'at least'], ['not less than', 'at least'], ['a minimum of', 'at least'],
  ['as little as', 'at least'], ['as low as', 'at least'], ['a low of', 'at least'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['nearly an estimated', 'nearly'],
  ['just', null], ['only', null], ['another', null], ['an additional', null], ['additional', null],
  ['a further', null], ['further', null], ['an extra', null], ['extra', null], ['a record', null],
  ['a hefty', null], ['a mere', null], ['mere', null], ['a whopping', null], ['a modest', null],
  ['a paltry', null], ['a staggering', null], ['an affordable', null], ['a total of', null],
  ['a net', null], ['net', null], ['a combined', null], ['a cool', null], ['a massive', null],
  ['an average of', 'about'], ['an average', 'about'], ['average', 'about'],
];

/** Qualifiers that news annotation (OntoNotes) mostly leaves outside the MONEY span; the approx stays. */
export const QUALIFIERS_OUTSIDE_SPAN: ReadonlySet<string> = new Set([
  'up to', 'a total of', 'in excess of', 'well over', 'under', 'a maximum of', 'an average of', 'average',
]);

/**
 * Words that open a range and are part of its span only when a range follows: `pair` ones also join the two ends
 * with a `pairOnly` separator ("between $5 million and $10 million"), `interval` ones do not ("from $115 to $90").
 */
export const RANGE_OPENERS: ReadonlyMap<string, 'pair' | 'interval'> = new Map([
  ['between', 'pair'],
  ['from', 'interval'],
]);

/**
 * Separators between the two ends of a range. `unitAfter`: also when the currency follows only the second number
 * ("5 to 10 million dollars"); `pairOnly`: only after a `pair` opener ("between 5 and 10 million").
 */
export const RANGE_SEPARATORS: ReadonlyMap<string, { unitAfter: boolean; pairOnly?: true }> = new Map([
  ['to', { unitAfter: true }],
  ['-', { unitAfter: true }],
  ['–', { unitAfter: true }],
  ['—', { unitAfter: false }],
  ['through', { unitAfter: false }],
  ['and', { unitAfter: true, pairOnly: true }],
]);

/**
 * Vague quantities before a scale or a plural currency word: "several billion dollars", "a few million pounds",
 * "a few dollars". `beforeUnit`: may stand straight before the currency word ("several dollars"; "some dollars" is not
 * an amount).
 */
export const VAGUE_QUANTIFIERS: ReadonlyArray<[phrase: string, beforeUnit: boolean]> = [
  ['a few', true], ['several', true], ['few', true], ['many', false], ['multi', false], ['some', false],
];

/** Ending that makes a currency word plural ("dollars"), so a vague quantifier may count it. */
export const PLURAL_ENDING = 's';

/**
 * Words before a single unit named as an amount ("a penny", "single dollar"). `indefinite`: the article, after which
 * some units are other things ("a pound of", "a yen for").
 */
export const SINGLE_ARTICLES: ReadonlyMap<string, 'indefinite' | 'emphatic'> = new Map([
  ['a', 'indefinite'],
  ['single', 'emphatic'],
]);

/** What may follow "a dollar"/"a penny" when it is an amount ("a penny a share", "a dollar, or"), not a modifier. */
export const AFTER_SINGLE_AMOUNT: ReadonlySet<string> = new Set([
  'a', 'an', 'per', 'each', 'apiece', 'for', 'to', 'in', 'or', 'and', 'more', 'less', 'on', 'at', 'from', 'with',
  'is', 'was', 'will', 'would', 'the', 'short', 'higher', 'lower', 'cheaper', 'off', 'than', 'into', 'out',
]);

/** After "a dollar" these make it the name of a currency, not an amount: "a dollar zone", "a euro area", "a dollar of". */
export const NOT_AMOUNT_AFTER: ReadonlySet<string> = new Set([
  'zone', 'area', 'bloc', 'sign', 'symbol', 'denominated', 'based', 'value', 'rate', 'of',
]);

/** Context that makes "pounds" a weight (for currencies whose unit is also a weight). */
export const WEIGHT_CONTEXT = {
  /** Up to three words before the number: "weighs 200 pounds". */
  before: new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'lift', 'lifted', 'lifting']) as ReadonlySet<string>,
  /** "200 pounds of fat" is a quantity of something … */
  of: 'of',
  /** … unless of the currency itself ("pounds of sterling"). */
  ofCurrency: new Set(['sterling']) as ReadonlySet<string>,
  /** A metric conversion in brackets after it: "500 pounds (225 kilograms)". */
  metric: new Set(['kilograms', 'kilogram', 'kg', 'kilos', 'tonnes', 'tons', 'metric', 'grams']) as ReadonlySet<string>,
} as const;

/** Words before a year and a currency that make a price basis, not an amount: "in constant 1989 dollars". */
export const YEAR_BASIS_WORDS: ReadonlySet<string> = new Set(['in', 'constant', 'real', 'current']);

/** A number followed by these is a percentage, not an amount: "$5 %" is not money, "5 per cent" neither. */
export const PERCENT_PHRASES: readonly string[] = ['%', 'percent', 'pct', 'per cent'];

/** Joins cents to a whole major amount: "thirteen dollars and forty-five cents", "c $ 100 and fifty". */
export const CENTS_JOINER = 'and';

/** Words that may follow cents written without a sub-unit word ("thirteen dollars forty five and …"). */
export const BARE_CENTS_THEN: ReadonlySet<string> = new Set(['and']);

/**
 * After a bare number these make it something other than cents of the amount before it: a percentage, the next
 * dollar amount, a range, a fraction ("3 dollars 50 %", "… 20 $", "… 5-10", "… 1/2").
 */
export const NOT_CENTS_BEFORE: ReadonlySet<string> = new Set(['%', '$', '-', '–', '/']);
