/** English number words, shared by the money and date scanners. Keys lower case. */

/** zero … nineteen. */
export const NUMBER_UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const NUMBER_TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
]);

/**
 * The small words that join number words: "a billion", "an hundred", "half a million", "three hundred and five",
 * "one and a half billion".
 */
export const NUMBER_GRAMMAR = {
  /** Count as one before a scale word ("a billion") or "hundred" ("a hundred"). */
  one: new Set(['a', 'an']) as ReadonlySet<string>,
  /** The article after "half" and in "and a half": "half a million". */
  article: 'a',
  half: 'half',
  hundred: 'hundred',
  and: 'and',
} as const;

/**
 * Scale words after a number, with their power of ten. `glued` ones only count written onto the digits: `any` after
 * any number ("45m"), `sign` only after a currency sign ("$5b": "5b" alone is a footnote or a grade).
 */
export const NUMBER_SCALES: ReadonlyMap<string, { exp: number; glued?: 'any' | 'sign' }> = new Map([
  ['hundred', { exp: 2 }],
  ['thousand', { exp: 3 }],
  ['million', { exp: 6 }],
  ['billion', { exp: 9 }],
  ['trillion', { exp: 12 }],
  ['lakh', { exp: 5 }],
  ['lakhs', { exp: 5 }],
  ['lac', { exp: 5 }],
  ['crore', { exp: 7 }],
  ['crores', { exp: 7 }],
  ['mln', { exp: 6 }],
  ['mn', { exp: 6 }],
  ['mio', { exp: 6 }],
  ['bln', { exp: 9 }],
  ['bn', { exp: 9 }],
  ['tn', { exp: 12 }],
  ['trn', { exp: 12 }],
  ['k', { exp: 3, glued: 'any' }],
  ['m', { exp: 6, glued: 'any' }],
  ['b', { exp: 9, glued: 'sign' }],
  ['t', { exp: 12, glued: 'sign' }],
]);

/** Plural scale nouns of vague amounts, joined by `of`: "millions of dollars", "tens of billions of yen". */
export const PLURAL_SCALES = {
  words: new Set(['tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']) as ReadonlySet<string>,
  of: 'of',
} as const;

/**
 * Scale words that make adjectives with a currency word: "multibillion-dollar", "billion-dollar". `vague`: no exact
 * value ("multimillion").
 */
export const ADJECTIVE_SCALES: ReadonlyMap<string, { exp: number; vague?: true }> = new Map([
  ['multibillion', { exp: 9, vague: true }],
  ['multimillion', { exp: 6, vague: true }],
  ['multi-billion', { exp: 9, vague: true }],
  ['multi-million', { exp: 6, vague: true }],
  ['multitrillion', { exp: 12, vague: true }],
  ['billion', { exp: 9 }],
  ['million', { exp: 6 }],
  ['trillion', { exp: 12 }],
]);
