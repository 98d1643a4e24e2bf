/**
 * Scale words for the MONEY extractor (number words are in lexicon/numbers.ts), and exact arithmetic on decimal strings so that
 * "$1.17 billion" becomes 1170000000, not 1170000000.0000002.
 */

/** Scale words after a number, with their power of ten. `glued` ones only count written onto the digits ("45m"). */
export const SCALES: ReadonlyMap<string, { exp: number; glued?: boolean }> = new Map([
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
  ['k', { exp: 3, glued: true }],
  ['m', { exp: 6, glued: true }],
  ['b', { exp: 9, glued: true }],
  ['t', { exp: 12, glued: true }],
]);

/** Plural scale nouns of vague amounts: "millions of dollars", "tens of billions of yen". */
export const VAGUE_SCALES: ReadonlySet<string> = new Set(['tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
/** Vague quantity words before a scale: "several billion dollars", "a few million pounds". */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'multi', 'some']);
/** "multibillion-dollar", "multimillion-pound". */
export const MULTI_SCALES: ReadonlySet<string> = new Set([
  'multibillion', 'multimillion', 'multi-billion', 'multi-million', 'multitrillion', 'billion', 'million', 'trillion',
]);

/**
 * Value of a digit string as written in English news: "1,234.5" → 1234.5. A single comma followed by other than
 * three digits is read as a decimal comma ("1,5"). Returns the canonical decimal string, or null if malformed.
 */
export function digitsToDecimal(raw: string): string | null {
  const commas = raw.split(',').length - 1;
  const dots = raw.split('.').length - 1;
  if (commas === 0 && dots <= 1) return raw;
  if (dots === 0 && commas === 1 && !/,\d{3}$/.test(raw)) return raw.replace(',', '.');
  if (dots <= 1 && /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return raw.replace(/,/g, '');
  // European style "1.234.567,89".
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) return raw.replace(/\./g, '').replace(',', '.');
  return null;
}

/** Exact decimal × 10^exp, e.g. ("1.17", 9) → 1170000000. */
export function scaleDecimal(decimal: string, exp: number): number {
  return exp === 0 ? Number(decimal) : Number(`${decimal}e${exp}`);
}

/** Removes floating noise from products like 0.5 × 1e6 or 1.2 / 100. */
export function clean(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}
