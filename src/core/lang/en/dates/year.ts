/**
 * Years: "2024", "1989-90", "1986-1990", "1996 to 2000", "2019 Q3", "2019/aug/01", "pre-1990", and years in words
 * ("nineteen ninety-six"). The table tries them in this file's order; a 4-digit number that measures something
 * ("1990 people") is handed to the durations.
 */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { fmt, isValidDay, pad4 } from '../../../time/calendar';
import { dateValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { MEASURE_NOUNS, YEAR_CONTEXT, YEAR_PREPOSITIONS } from '../date-words';
import { dayAt, monthAt, spelledYear, yearAt } from './read';

/** A span of years glued into one token group: "1989-90", "1986-1990", "2003/2007". "2025-13" is a code, no date. */
export function yearSpan(s: DateScan, i: number): Parsed {
  const y = yearAt(s, i);
  const nextTok = s.t[i + 1];
  if (!y || !nextTok || (nextTok.lower !== '-' && nextTok.lower !== '/') || !nextTok.glued || !s.t[i + 2]?.glued) return null;
  const n2 = s.t[i + 2];
  if (n2.digits.length === 2 && !n2.suffix && (n2.n === (y + 1) % 100 || n2.n > y % 100)) {
    const end = Math.floor(y / 100) * 100 + n2.n;
    const v = dateValue(pad4(y), 'absolute');
    v.end_date = `${pad4(end)}-12-31`;
    return { next: i + 3, v, point: true };
  }
  const y2 = yearAt(s, i + 2);
  if (y2 > y) {
    const v = dateValue(pad4(y), 'absolute');
    v.end_date = `${pad4(y2)}-12-31`;
    return { next: i + 3, v, point: true };
  }
  if (nextTok.lower === '-' && n2.digits) return NOT_A_DATE;
  return null;
}

/** A bare 4-digit number reads as a year unless it measures something. */
function plausibleYear(s: DateScan, i: number, y: number): boolean {
  const next = s.t[i + 1];
  if (next && (next.lower === '%' || (next.lower === '.' && next.glued && s.t[i + 2]?.digits))) return false;
  if (next && MEASURE_NOUNS.has(next.lower)) return false;
  if (next && next.lower === ',' && next.glued && s.t[i + 2]?.digits.length === 3 && s.t[i + 2].glued) return false;
  if (y >= 1900 && y <= 2099) return true;
  return YEAR_CONTEXT.has(s.w(i - 1));
}

/** A 4-digit number that is no plausible year ("1990 people", "1,990", "1500 in total") is at most a count. */
export function measuredNumber(s: DateScan, i: number): Parsed {
  const y = yearAt(s, i);
  if (!y || plausibleYear(s, i, y)) return null;
  return s.durationAt(i) ?? NOT_A_DATE;
}

/** "1996 to 2000", "1996 through 2000" (plausible years; after measuredNumber). */
export function yearToYear(s: DateScan, i: number): Parsed {
  const y = yearAt(s, i);
  if (!y || (s.w(i + 1) !== 'to' && s.w(i + 1) !== 'through') || !(yearAt(s, i + 2) > y)) return null;
  const v = dateValue(pad4(y), 'absolute');
  v.end_date = `${pad4(yearAt(s, i + 2))}-12-31`;
  return { next: i + 3, v, point: true };
}

/** "2019 Q3", "2019-Q1", "2019 H2". */
export function yearQuarter(s: DateScan, i: number): Parsed {
  const y = yearAt(s, i);
  const k = s.hyphenAt(i + 1) ? i + 2 : i + 1;
  const code = s.w(k);
  const n = s.t[k + 1];
  if (!y || (code !== 'q' && code !== 'h') || (k > i + 1) !== s.glued(k) || !n?.glued || n.suffix || n.digits.length !== 1) return null;
  if (!(n.n >= 1 && n.n <= (code === 'q' ? 4 : 2))) return null;
  return { next: k + 2, v: dateValue(`${pad4(y)}-${code.toUpperCase()}${n.n}`, 'absolute'), point: true };
}

/** "2019/aug/01", "2019-aug-1". */
export function yearMonthDay(s: DateScan, i: number): Parsed {
  const y = yearAt(s, i);
  if (!y || (s.w(i + 1) !== '/' && s.w(i + 1) !== '-') || !s.glued(i + 1) || !s.glued(i + 2)) return null;
  const mm = monthAt(s, i + 2, true);
  if (mm && s.w(mm[1]) === s.w(i + 1) && s.glued(mm[1]) && dayAt(s, mm[1] + 1) && isValidDay(y, mm[0], dayAt(s, mm[1] + 1))) {
    return { next: mm[1] + 2, v: dateValue(fmt(y, mm[0], dayAt(s, mm[1] + 1)), 'absolute'), point: true };
  }
  return null;
}

/** A year on its own (after the forms above): "2024". */
export function year(s: DateScan, i: number): Parsed {
  const y = yearAt(s, i);
  return y ? { next: i + 1, v: dateValue(pad4(y), 'absolute'), point: true } : null;
}

/** "pre-1990": before that year. */
export function preYear(s: DateScan, i: number): Parsed {
  if (!s.hyphenAt(i + 1) || s.t[i + 2]?.digits.length !== 4) return null;
  return { next: i + 3, v: dateValue(pad4(s.t[i + 2].n), 'absolute', 'BEFORE'), point: true };
}

/** Years in words: "nineteen ninety-six"; "two thousand (and) X" / "twenty X" only where a year is expected ("in …"). */
export function yearInWords(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  if ((w === 'two' || w === 'twenty') && !YEAR_PREPOSITIONS.has(s.w(i - 1))) return null;
  const sy = spelledYear(s, i);
  if (sy && (w !== 'two' || sy[1] > i + 2 || /^[.,;:)]?$/.test(s.w(sy[1])))) return { next: sy[1], v: dateValue(pad4(sy[0]), 'absolute'), point: true };
  return null;
}
