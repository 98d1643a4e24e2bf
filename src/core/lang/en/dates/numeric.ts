/**
 * Dates written in numbers: "2025-04-04", "04/04/2025", "5/12/2019", "03.04.2025", and the day-first forms "4 April
 * 2025", "02nd Jan 2019", "15th of June". Also the guard every number passes first: a number inside a bigger one or
 * after a currency sign starts no date.
 */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { fmt, isValidDay, pad2 } from '../../../time/calendar';
import { dateValue, monthDayValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { dayAt, monthAt, yearSuffix } from './read';

/** Part of a bigger number ("1,990", "3.1990", "#2000") reads only as a count; after "$", "£", "€" it is money. */
export function numberPart(s: DateScan, i: number): Parsed {
  const tok = s.t[i];
  const prev = s.t[i - 1];
  if (!prev || !tok.glued) return null;
  if ((prev.lower === ',' || prev.lower === '.' || prev.lower === '$' || prev.lower === '#') && s.t[i - 2]?.digits) return s.durationAt(i) ?? NOT_A_DATE;
  if (prev.lower === '$' || prev.lower === '£' || prev.lower === '€') return NOT_A_DATE;
  return null;
}

/** 2025-04-04, 04/04/2025, 2019/08/01, 5/12/2019 (month first unless the first number cannot be a month). */
export function numericDate(s: DateScan, i: number): Parsed {
  const a = s.t[i];
  const s1 = s.t[i + 1];
  const b = s.t[i + 2];
  const s2 = s.t[i + 3];
  const c = s.t[i + 4];
  if (!s1 || !b || !s1.glued || !b.glued || !b.digits || b.suffix) return null;
  const sep = s1.lower;
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  if (!s2 || s2.lower !== sep || !s2.glued || !c || !c.glued || !c.digits || c.suffix) return null;
  if (s.t[i + 5] && s.t[i + 5].glued && /^[\d/-]/.test(s.t[i + 5].lower)) return null;
  let y: number;
  let m: number;
  let d: number;
  if (a.digits.length === 4) {
    y = a.n;
    m = b.n;
    d = c.n;
  } else if (c.digits.length === 4 || (c.digits.length === 2 && sep === '/')) {
    y = c.digits.length === 2 ? (c.n < 50 ? 2000 + c.n : 1900 + c.n) : c.n;
    m = a.n;
    d = b.n;
    if (m > 12 && d <= 12) [m, d] = [d, m]; // day-first
  } else return null;
  if (!isValidDay(y, m, d)) return null;
  return { next: i + 5, v: dateValue(fmt(y, m, d), 'absolute'), point: true };
}

/**
 * "04.04.2025": the tokenizer reads "04.04" as one decimal. Dotted dates are European, so day first (US writers use
 * slashes, read month first by numericDate).
 */
export function dottedDate(s: DateScan, i: number): Parsed {
  const dm = /^(\d{1,2})\.(\d{1,2})$/.exec(s.t[i].digits);
  if (!dm || s.t[i].suffix || s.w(i + 1) !== '.' || !s.glued(i + 1) || !s.glued(i + 2)) return null;
  const yt = s.t[i + 2];
  if (!yt || yt.digits.length !== 4 || yt.suffix || (s.t[i + 3]?.glued && /^[\d.]/.test(s.t[i + 3].lower))) return null;
  const d = +dm[1];
  const m = +dm[2];
  if (!isValidDay(yt.n, m, d)) return null;
  return { next: i + 3, v: dateValue(fmt(yt.n, m, d), 'absolute'), point: true };
}

/** A day then a month: "4 April", "02nd Jan", "15th of June" (the "of" only after an ordinal) → day, month, next. */
function dayThenMonth(s: DateScan, i: number): { d: number; m: number; next: number } | null {
  const d = dayAt(s, i);
  if (!d) return null;
  let j = i + 1;
  if (s.w(j) === 'of') j++;
  const mm = monthAt(s, j, true);
  if (!mm || !(s.t[i].suffix || j === i + 1)) return null;
  return { d, m: mm[0], next: mm[1] };
}

/** "4 April 2025", "15th of June, 2019", "4 April this year". An impossible day ("31 April 2025") is no date. */
export function dayMonthYear(s: DateScan, i: number): Parsed {
  const dm = dayThenMonth(s, i);
  const ys = dm && yearSuffix(s, dm.next);
  if (!dm || !ys) return null;
  const [y, after, rel] = ys;
  if (y === null) return { next: after, v: dateValue(`XXXX-${pad2(dm.m)}-${pad2(dm.d)}`, 'unresolved'), point: true };
  if (!isValidDay(y, dm.m, dm.d)) return NOT_A_DATE;
  return { next: after, v: dateValue(fmt(y, dm.m, dm.d), rel ? 'reference' : 'absolute'), point: true };
}

/** "4 April", "15th of June" without a year: the year by tense (see monthDayValue). */
export function dayMonth(s: DateScan, i: number): Parsed {
  const dm = dayThenMonth(s, i);
  if (!dm || yearSuffix(s, dm.next)) return null;
  return { next: dm.next, v: monthDayValue(s.ref, dm.m, dm.d, s.tense(i)), point: true };
}
