/**
 * Dates written in numbers: "2025-04-04", "04/04/2025", "5/12/2019", "03.04.2025", and the day-first forms "4 April
 * 2025", "02nd Jan 2019", "15th of June". Also the guard every number passes first: a number inside a bigger one or
 * after a currency sign starts no date.
 */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { fmt, isValidDay, pad2 } from '../../../time/calendar';
import { dateValue, monthDayValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { WEEKDAYS } from '../calendar';
import { FRACTION_FOLLOWERS, SLASH_DATE_CONTEXT, SLASH_DAY_CONTEXT } from '../date-words';
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

/** A year after a date separator: four digits, or two (2000 + n below 50, else 1900 + n). */
export function separatedYear(s: DateScan, k: number): number {
  const t = s.t[k];
  if (!t || !t.glued || t.suffix || !t.digits || t.digits.includes('.')) return 0;
  if (t.digits.length === 4) return t.n;
  return t.digits.length === 2 ? (t.n < 50 ? 2000 + t.n : 1900 + t.n) : 0;
}

/** "05-Aug-2016", "23/Sep/2020", "5-August-16": day, month name and year glued by one separator. */
export function dayMonthYearNumeric(s: DateScan, i: number): Parsed {
  const d = dayAt(s, i);
  const sep = s.w(i + 1);
  if (!d || (sep !== '-' && sep !== '/') || !s.glued(i + 1) || !s.glued(i + 2)) return null;
  const mm = monthAt(s, i + 2, true);
  if (!mm || s.w(mm[1]) !== sep || !s.glued(mm[1])) return null;
  const y = separatedYear(s, mm[1] + 1);
  const after = s.t[mm[1] + 2];
  if (!y || (after?.glued && /^[\d/-]/.test(after.lower))) return null;
  return isValidDay(y, mm[0], d) ? { next: mm[1] + 2, v: dateValue(fmt(y, mm[0], d), 'absolute'), point: true } : NOT_A_DATE;
}

/** "5/12" (month/day, no year) at i; a fraction ("3/4 point", "8 5/8%") or a longer numeric date is none. */
export function slashMonthDay(s: DateScan, i: number): { m: number; d: number; next: number } | null {
  const [a, sep, b, after] = [s.t[i], s.t[i + 1], s.t[i + 2], s.t[i + 3]];
  const small = (t: typeof a) => !!t && !!t.digits && !t.suffix && t.digits.length <= 2 && !t.digits.includes('.');
  if (!small(a) || sep?.lower !== '/' || !sep.glued || !b?.glued || !small(b) || s.t[i - 1]?.digits) return null;
  if (!(a.n >= 1 && a.n <= 12 && b.n >= 1 && b.n <= 31)) return null;
  const decimal = after?.lower === '.' && after.glued && s.t[i + 4]?.digits && s.glued(i + 4);
  if (after && ((after.glued && /^[\d/%]/.test(after.lower)) || decimal || FRACTION_FOLLOWERS.has(after.lower))) return null;
  return { m: a.n, d: b.n, next: i + 3 };
}

/**
 * "on 5/12", "Friday 5/12", "from 10/25 to 01/25", "2/29": a month and day in numbers after a date word, or with a
 * day no fraction has. After words that also take amounts ("from", "to", "until") a fraction of eighths or quarters
 * ("from 1/4 to 3/4") stays a fraction.
 */
export function monthDaySlash(s: DateScan, i: number): Parsed {
  const prev = s.w(i - 1);
  const dayWord = SLASH_DAY_CONTEXT.has(prev) || WEEKDAYS.has(prev);
  const md = slashMonthDay(s, i);
  if (!md) return null;
  // Without a date word before it, only a day no fraction would use ("2/29", not "3/16" or "1/3").
  if (!dayWord && !SLASH_DATE_CONTEXT.has(prev) && !(md.d > 12 && !FRACTION_DENOMINATORS.has(md.d))) return null;
  if (!dayWord && md.m < md.d && FRACTION_DENOMINATORS.has(md.d)) return null;
  return { next: md.next, v: monthDayValue(s.ref, md.m, md.d, s.tense(i)), point: true };
}

/** Denominators of the fractions prices and rates are quoted in. */
const FRACTION_DENOMINATORS = new Set([2, 4, 8, 16, 32]);

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
