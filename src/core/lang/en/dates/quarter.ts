/**
 * Quarters and halves: "third-quarter", "first half", "Q1 2025", "Q3", "H1 2025", "the first quarter of 2025", "the
 * fiscal second quarter", "the last half of 1989"; and ordinal counts "the first nine months of the year".
 */
import { NOT_A_DATE, Parsed, Phrase } from '../../../time/grammar';
import { daysInMonth, fmt, pad4 } from '../../../time/calendar';
import type { DateValue } from '../../../model';
import { Anchor, Grain, countedPeriod, dateValue, durationTimex, quarterValue, relative } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { COUNTED_UNITS, ORDINALS, UNITS } from '../date-words';
import { count } from './duration';
import { fiscalPart } from './fiscal';
import { isDayOf, ordinalAfterThe, yearAt, yearSuffix } from './read';

type Part = 'Q' | 'H';

/** "third-quarter", "first-half", "third quarter" without "the" (i is the ordinal). */
export function ordinalQuarter(s: DateScan, i: number): Parsed {
  const ord = ORDINALS.get(s.w(i))!;
  if (ord < 1 || ord > 4) return null;
  let k = i + 1;
  if (s.hyphenAt(k)) k++;
  const what = s.w(k);
  if (!(what === 'quarter' || (what === 'half' && ord <= 2)) || !(k === i + 2 || !s.t[k].glued)) return null;
  const v = what === 'quarter' ? quarterValue(s.ref, ord, s.tense(i)) : relative(s.ref, (r) => `${pad4(r.y)}-H${ord}`, `XXXX-H${ord}`);
  return { next: k + 1, v, point: true };
}

/** "Q1 2025", "Q3 '25", "Q3"; "H1 2025" (halves need the year: "H1" alone is too often a code). i is "Q" or "H". */
export function quarterCode(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  const num = s.t[i + 1];
  if (!s.t[i].cap || !num?.glued || !(num.n >= 1 && num.n <= (w === 'q' ? 4 : 2)) || num.suffix || num.digits.length !== 1) return null;
  const part = w === 'q' ? 'Q' : 'H';
  const y = yearAt(s, i + 2) || (s.w(i + 2) === "'" && s.t[i + 3]?.digits.length === 2 && !s.t[i + 3].suffix ? 2000 + s.t[i + 3].n : 0);
  if (y) return { next: yearAt(s, i + 2) ? i + 3 : i + 4, v: dateValue(`${pad4(y)}-${part}${num.n}`, 'absolute'), point: true };
  if (w === 'h') return NOT_A_DATE;
  return { next: i + 2, v: quarterValue(s.ref, num.n, s.tense(i)), point: true };
}

/**
 * "the first quarter of 2025", "the second half", "the last half of 1989" (= H2; "the last quarter" alone is the
 * previous quarter, read by relative.ts).
 */
export function theOrdinalPart(s: DateScan, i: number): Parsed {
  const o = ordinalAfterThe(s, i);
  if (!o || isDayOf(o) || (o.what !== 'quarter' && o.what !== 'half')) return null;
  const part: Part = o.what === 'quarter' ? 'Q' : 'H';
  if (o.ord === -1) return s.w(o.j + 2) === 'of' ? partOfYear(s, o.j, part, part === 'Q' ? 4 : 2, i, o.fiscal) : null;
  if (o.ord < 1 || (part === 'Q' && o.ord > 4) || (part === 'H' && o.ord > 2)) return null;
  return partOfYear(s, o.j, part, o.ord, i, o.fiscal);
}

/**
 * "[the] first quarter [of 2025 | of this year | of the year]", "the second half", "the fiscal third quarter": j is the
 * ordinal, i "the".
 */
function partOfYear(s: DateScan, j: number, part: Part, ord: number, i: number, fiscal: boolean): Phrase {
  const next = j + 2;
  let k = next;
  if (s.w(k) === 'of') k++;
  const value = (y: number | null, anchor: Anchor) => {
    const timex = `${y === null ? 'XXXX' : pad4(y)}-${part}${ord}`;
    return fiscal ? s.fiscal(timex, anchor) : dateValue(timex, anchor);
  };
  const y = yearAt(s, k);
  if (y && k > next) return { next: k + 1, v: value(y, 'absolute'), point: true };
  const ys = k > next ? yearSuffix(s, next) : null;
  if (ys && ys[2]) return { next: ys[1], v: value(ys[0], ys[0] === null ? 'unresolved' : 'reference'), point: true };
  if (s.w(k) === 'the' && s.w(k + 1) === 'year' && k > next) {
    return { next: k + 2, v: value(s.ref ? s.ref.y : null, s.ref ? 'reference' : 'unresolved'), point: true };
  }
  if (fiscal) return { next, v: fiscalPart(s, part, ord), point: true };
  if (part === 'Q') return { next, v: quarterValue(s.ref, ord, s.tense(i)), point: true };
  // A second half named in the first half of a year, in past wording, is last year's.
  return { next, v: relative(s.ref, (r) => `${pad4(s.tense(i) === 'past' && ord === 2 && r.m <= 6 ? r.y - 1 : r.y)}-H${ord}`, `XXXX-H${ord}`), point: true };
}

/** The first n months of a year: a duration (P9M) with the days it covers. */
function firstMonths(year: number, n: number, anchor: Anchor): DateValue {
  const v = dateValue(`P${n}M`, anchor);
  [v.start_date, v.end_date] = [fmt(year, 1, 1), fmt(year, n, daysInMonth(year, n))];
  return v;
}

/**
 * "the first nine months", "the latest nine months" with no year: the year's first months of the latest year in
 * which they have ended (the running year's in future wording). i is where the phrase starts.
 */
export function yearToDate(s: DateScan, n: number, i: number): DateValue {
  if (!s.ref) return dateValue(`P${n}M`, 'unresolved');
  const past = s.tense(i) === 'past';
  return firstMonths(past && s.ref.m <= n ? s.ref.y - 1 : s.ref.y, n, 'reference');
}

/** "the first nine months of the year", "the first 11 months of 2024", "the last 12 months", "the first day". */
export function theOrdinalCount(s: DateScan, i: number): Parsed {
  const o = ordinalAfterThe(s, i);
  if (!o || o.fiscal || isDayOf(o) || o.what === 'quarter' || o.what === 'half') return null;
  const { j, ord } = o;
  const cnt = count(s, j + 1);
  const unitW = cnt ? s.w(cnt.next) : '';
  if (cnt && cnt.n !== null && COUNTED_UNITS.has(unitW)) {
    let next = cnt.next + 1;
    let k = next;
    if (s.w(k) === 'of') k++;
    let year: number | null | undefined;
    if (k > next && yearAt(s, k)) {
      year = yearAt(s, k);
      next = k + 1;
    } else if (k > next && s.w(k) === 'the' && s.w(k + 1) === 'year') {
      year = s.ref ? s.ref.y : null;
      next = k + 2;
    } else if (k > next) {
      const ys = yearSuffix(s, next);
      if (ys && ys[2]) {
        year = ys[0];
        next = ys[1];
      }
    }
    if (unitW === 'months' && ord === 1 && cnt.n <= 12) {
      if (year === undefined) return { next, v: yearToDate(s, cnt.n, i), point: true };
      if (year === null) return { next, v: dateValue(null, 'unresolved'), point: true };
      return { next, v: firstMonths(year, cnt.n, year === s.ref?.y ? 'reference' : 'absolute'), point: true };
    }
    const v = dateValue(durationTimex(cnt.n, UNITS.get(unitW) as Grain), 'absolute');
    // "the last 12 months": the period up to the reference date.
    if (ord === -1 && s.ref && next === cnt.next + 1) {
      const iv = countedPeriod(s.ref, cnt.n, UNITS.get(unitW) as Grain, -1);
      if (iv) [v.start_date, v.end_date, v.anchor] = [iv[0], iv[1], 'reference'];
    }
    return { next, v, point: false };
  }
  // "the first day": a day we cannot place.
  if (ord === 1 && o.what === 'day') return { next: j + 2, v: dateValue(null, 'unresolved'), point: true };
  return null;
}
