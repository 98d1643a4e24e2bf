/**
 * Phrases that start with a month name: "Dec-2018", "Oct/2", "April 4, 2025", "June 3-4", "September 1976", "January
 * to October", "March". The table tries them in this file's order; once a month is read at the token, the last one
 * decides (a bare month, or no date: "May Department Stores").
 */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { fmt, isValidDay, pad2, pad4 } from '../../../time/calendar';
import { dateValue, monthDayValue, monthValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { MONTHS, WEEKDAYS } from '../calendar';
import { NAME_SAFE_MONTH_CONTEXT } from '../date-words';
import { separatedYear } from './numeric';
import { dayAt, monthAt, yearAt, yearSuffix } from './read';

/** The month at i followed by a glued "-" or "/" and a glued token: [month, index of the separator]. */
function monthSlash(s: DateScan, i: number): [number, number] | null {
  const mm = monthAt(s, i);
  if (!mm) return null;
  const j = mm[1];
  return (s.w(j) === '-' || s.w(j) === '/') && s.glued(j) && s.glued(j + 1) ? [mm[0], j] : null;
}

/** "September-2020-23": month, year and day glued by the same separator. */
export function monthYearDayNumeric(s: DateScan, i: number): Parsed {
  const ms = monthSlash(s, i);
  if (!ms) return null;
  const [m, j] = ms;
  const y = yearAt(s, j + 1);
  const d = dayAt(s, j + 3);
  if (!y || s.w(j + 2) !== s.w(j) || !s.glued(j + 2) || !d || !s.glued(j + 3) || !isValidDay(y, m, d)) return null;
  return { next: j + 4, v: dateValue(fmt(y, m, d), 'absolute'), point: true };
}

/** "Aug-05-2016", "Aug/05/16": month, day and year glued by the same separator. */
export function monthDayYearNumeric(s: DateScan, i: number): Parsed {
  const ms = monthSlash(s, i);
  if (!ms) return null;
  const [m, j] = ms;
  const d = dayAt(s, j + 1);
  const y = s.w(j + 2) === s.w(j) && s.glued(j + 2) ? separatedYear(s, j + 3) : 0;
  const after = s.t[j + 4];
  if (!d || !y || (after?.glued && /^[\d/-]/.test(after.lower)) || !isValidDay(y, m, d)) return null;
  return { next: j + 4, v: dateValue(fmt(y, m, d), 'absolute'), point: true };
}

/** "Dec-2018", "Dec/2018". */
export function monthYearNumeric(s: DateScan, i: number): Parsed {
  const ms = monthSlash(s, i);
  const y = ms && yearAt(s, ms[1] + 1);
  if (!ms || !y) return null;
  return { next: ms[1] + 2, v: dateValue(`${pad4(y)}-${pad2(ms[0])}`, 'absolute'), point: true };
}

/** "Oct/2" (not "Oct/2/…"). */
export function monthDayNumeric(s: DateScan, i: number): Parsed {
  const ms = monthSlash(s, i);
  if (!ms || yearAt(s, ms[1] + 1)) return null;
  const [m, j] = ms;
  const d = dayAt(s, j + 1);
  if (!d || s.w(j) !== '/' || s.t[j + 2]?.glued) return null;
  return { next: j + 2, v: monthDayValue(s.ref, m, d, s.tense(i)), point: true };
}

/** The month at i and a day after it ("April 4", "June 3-4", "August 5th to 9th"), unless a percentage or a time. */
function monthThenDay(s: DateScan, i: number): { m: number; d: number; d2: number; next: number } | null {
  const mm = monthAt(s, i);
  if (!mm) return null;
  const [m, j0] = mm;
  // "June the 28th"
  const j = s.w(j0) === 'the' && s.t[j0 + 1]?.suffix ? j0 + 1 : j0;
  const d = dayAt(s, j);
  if (!d || s.w(j + 1) === '%' || (s.w(j + 1) === ':' && s.t[j + 2]?.digits && s.glued(j + 2))) return null;
  let next = j + 1;
  let d2 = 0;
  if ((s.w(next) === '-' || s.w(next) === 'to' || s.w(next) === 'through') && dayAt(s, next + 1) > d) {
    d2 = dayAt(s, next + 1);
    next += 2;
  }
  return { m, d, d2, next };
}

/** "April 4, 2025", "June 3-4, 2024", "May 5 of this year". An impossible day is no date. */
export function monthDayYear(s: DateScan, i: number): Parsed {
  const md = monthThenDay(s, i);
  const ys = md && yearSuffix(s, md.next);
  if (!md || !ys) return null;
  const { m, d, d2 } = md;
  const [y, after, rel] = ys;
  if (y === null) return { next: after, v: dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved'), point: true };
  if (!isValidDay(y, m, d)) return NOT_A_DATE;
  const v = dateValue(fmt(y, m, d), rel ? 'reference' : 'absolute');
  if (d2 && isValidDay(y, m, d2)) v.end_date = fmt(y, m, d2);
  return { next: after, v, point: true };
}

/** "April 4", "June 3-4" without a year: the year by tense (see monthDayValue). */
export function monthDay(s: DateScan, i: number): Parsed {
  const md = monthThenDay(s, i);
  if (!md || yearSuffix(s, md.next)) return null;
  const v = monthDayValue(s.ref, md.m, md.d, s.tense(i));
  if (md.d2 && v.start_date) v.end_date = v.start_date.slice(0, 8) + pad2(md.d2);
  return { next: md.next, v, point: true };
}

/** "September 1976", "March of last year". */
export function monthYear(s: DateScan, i: number): Parsed {
  const mm = monthAt(s, i);
  const ys = mm && yearSuffix(s, mm[1]);
  if (!mm || !ys) return null;
  const [y, after, rel] = ys;
  if (y === null) return { next: after, v: dateValue(`XXXX-${pad2(mm[0])}`, 'unresolved'), point: true };
  return { next: after, v: dateValue(`${pad4(y)}-${pad2(mm[0])}`, rel ? 'reference' : 'absolute'), point: true };
}

/** "January to October [this year]": the months between, within one year. */
export function monthToMonth(s: DateScan, i: number): Parsed {
  const mm = monthAt(s, i);
  if (!mm) return null;
  const [m, j] = mm;
  const mm2 = (s.w(j) === 'to' || s.w(j) === 'through' || s.w(j) === '-') && monthAt(s, j + 1);
  if (!mm2) return null;
  const [m2, j2] = mm2;
  if (!(m2 > m) || dayAt(s, j2)) return null;
  const ys2 = yearSuffix(s, j2);
  const y = ys2 ? ys2[0] : null;
  const next = ys2 ? ys2[1] : j2;
  if (y === null) return { next, v: monthValue(s.ref, m, 0, s.tense(i)), point: true };
  const v = dateValue(`${pad4(y)}-${pad2(m)}`, 'absolute');
  v.end_date = dateValue(`${pad4(y)}-${pad2(m2)}`, 'absolute').end_date;
  return { next, v, point: true };
}

/** A bare month: by tense. Not the first name of a person or company ("August Strindberg", "May Department Stores"). */
export function month(s: DateScan, i: number): Parsed {
  const mm = monthAt(s, i);
  if (!mm) return null;
  const [m, j] = mm;
  const nextTok = s.t[j];
  if (nextTok && nextTok.cap && !nextTok.glued && !NAME_SAFE_MONTH_CONTEXT.has(s.w(i - 1)) && !WEEKDAYS.has(nextTok.lower) && !MONTHS.has(nextTok.lower)) return NOT_A_DATE;
  return { next: j, v: monthValue(s.ref, m, 0, s.tense(i)), point: true };
}
