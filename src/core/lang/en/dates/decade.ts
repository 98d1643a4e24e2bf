/** Decades and centuries: "1980s", "1980's", "90's", "'80s", "1800s", "20th century"; and two-digit years "'82". */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { pad2, pad4 } from '../../../time/calendar';
import { dateValue } from '../../../time/resolve';
import type { Token } from '../../../text/token';
import type { DateScan } from '../../../time/scan';
import { ordinalNumberAfterThe } from './ordinal-day';

/**
 * A plural year at i ("1980s", "1980's", "90's"): its first year and the token after it; NOT_A_DATE when the shape is
 * there but names no decade ("1985s"); null for a year's possessive ("2019's").
 */
function pluralYear(s: DateScan, i: number): [number, number] | typeof NOT_A_DATE | null {
  const tok = s.t[i];
  const len = tok.digits.length;
  if (len !== 4 && len !== 2) return null;
  const apostropheS = s.w(i + 1) === "'" && s.glued(i + 1) && s.w(i + 2) === 's' && s.glued(i + 2);
  if (tok.suffix !== 's' && !apostropheS) return null;
  // "2019's third quarter": a year's possessive.
  if (tok.suffix !== 's' && len === 4 && tok.n % 10 !== 0) return null;
  if (tok.n % 10 !== 0 || (len === 4 && (tok.n < 1000 || tok.n > 2090))) return NOT_A_DATE;
  return [len === 2 ? 1900 + tok.n : tok.n, tok.suffix === 's' ? i + 1 : i + 3];
}

/** "1800s", "1900s": a century (TIMEX3 "18", "19"). */
export function centuryOfYears(s: DateScan, i: number): Parsed {
  const py = pluralYear(s, i);
  if (py === null || py === NOT_A_DATE) return py;
  const [full, next] = py;
  if (full % 100 !== 0 || s.t[i].digits.length !== 4) return null;
  return { next, v: dateValue(String(full / 100), 'absolute'), point: true };
}

/** "1980s", "1980's", "90's": a decade (TIMEX3 "198"). */
export function decade(s: DateScan, i: number): Parsed {
  const py = pluralYear(s, i);
  if (py === null || py === NOT_A_DATE) return py;
  const [full, next] = py;
  if (full % 100 === 0 && s.t[i].digits.length === 4) return null;
  return { next, v: dateValue(String(full / 10), 'absolute'), point: true };
}

/** "20th century" (an ordinal number before "century"). */
export function ordinalCentury(s: DateScan, i: number): Parsed {
  const tok = s.t[i];
  const ord = tok.suffix && tok.suffix !== 's' ? tok.n : 0;
  if (!ord || s.w(i + 1) !== 'century') return null;
  return { next: i + 2, v: dateValue(pad2(ord - 1), 'absolute'), point: true };
}

/** "the 20th century" (i is "the"). */
export function theOrdinalCentury(s: DateScan, i: number): Parsed {
  const n = ordinalNumberAfterThe(s, i);
  if (n === null || s.w(i + 2) !== 'century') return null;
  return { next: i + 3, v: dateValue(pad2(n - 1), 'absolute'), point: true };
}

/** The two digits after an apostrophe at i ("'82", "'80s"), unless the apostrophe ends a word ("rock'80"). */
function shortYearDigits(s: DateScan, i: number): Token | null {
  const n = s.t[i + 1];
  if (!n || !n.glued || n.digits.length !== 2) return null;
  const prev = s.t[i - 1];
  if (prev && s.t[i].glued && /[a-z\d]/i.test(prev.lower)) return null;
  return n;
}

const fullYear = (n: number): number => (n < 30 ? 2000 + n : 1900 + n);

/** "'80s", "'20s": a decade. */
export function shortDecade(s: DateScan, i: number): Parsed {
  const n = shortYearDigits(s, i);
  if (!n || n.suffix !== 's') return null;
  return n.n % 10 === 0 ? { next: i + 2, v: dateValue(String(fullYear(n.n) / 10), 'absolute'), point: true } : NOT_A_DATE;
}

/** "'82", "'05": a year, 1930–2029. */
export function shortYear(s: DateScan, i: number): Parsed {
  const n = shortYearDigits(s, i);
  if (!n || n.suffix) return null;
  return { next: i + 2, v: dateValue(pad4(fullYear(n.n)), 'absolute'), point: true };
}
