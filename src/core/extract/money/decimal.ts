/**
 * Exact arithmetic on decimal strings, so that "$1.17 billion" becomes 1170000000, not 1170000000.0000002.
 */

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
