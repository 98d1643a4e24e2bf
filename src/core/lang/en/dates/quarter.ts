/**
 * Quarters and halves: "third-quarter", "first half", "Q1 2025", "Q3", "H1 2025", "the first quarter of 2025", "the
 * fiscal second quarter", "the last half of 1989"; and ordinal counts "the first nine months of the year".
 */
import { NOT_A_DATE, Parsed, Phrase } from '../../../time/grammar';
import { daysInMonth, fmt, pad4 } from '../../../time/calendar';
import type { DateValue } from '../../../model';
import { Anchor, Grain, countedPeriod, dateValue, durationTimex, quarterValue, relative } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { COUNTED_UNITS, UNITS } from '../date-words';
import { count } from './duration';
import { fiscalPart } from './fiscal';
import { isDayOf, ordinalAfterThe, ordinalAt, yearAt, yearSuffix, yearToken } from './read';

type Part = 'Q' | 'H';

/** "third-quarter", "first half", "3rd quarter of 2019", "third quarter 2019" without "the" (i is the ordinal). */
export function ordinalQuarter(s: DateScan, i: number): Parsed {
  const ord = ordinalAt(s, i);
  if (ord === undefined || ord < 1 || ord > 4) return null;
  let k = i + 1;
  if (s.hyphenAt(k)) k++;
  const what = s.w(k);
  if (!(what === 'quarter' || (what === 'half' && ord <= 2)) || !(k === i + 2 || !s.t[k].glued)) return null;
  return partOfYear(s, k + 1, what === 'quarter' ? 'Q' : 'H', ord, i, false);
}

/**
 * "Q1 2025", "Q3 '25", "q3 2019", "Q3 of fiscal 2019", "Q3"; "H1 2025" (halves need the year: "H1" alone is too often a
 * code, and so is a lower-case "q3"). i is "Q" or "H".
 */
export function quarterCode(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  const num = s.t[i + 1];
  if (!num?.glued || !(num.n >= 1 && num.n <= (w === 'q' ? 4 : 2)) || num.suffix || num.digits.length !== 1) return null;
  const part = w === 'q' ? 'Q' : 'H';
  const ya = yearAfterPart(s, i + 2, true);
  if (ya) return { next: ya.next, v: partValue(s, ya.year, part, num.n, 'absolute', ya.fiscal), point: true };
  if (w === 'h' || !s.t[i].cap) return NOT_A_DATE;
  return { next: i + 2, v: quarterValue(s.ref, num.n, s.tense(i)), point: true };
}

/** A quarter's or half's value; fiscal ones stay in the company's calendar. */
function partValue(s: DateScan, y: number | null, part: Part, n: number, anchor: Anchor, fiscal: boolean): DateValue {
  const timex = `${y === null ? 'XXXX' : pad4(y)}-${part}${n}`;
  return fiscal ? s.fiscal(timex, anchor) : dateValue(timex, anchor);
}

/**
 * The year written after a quarter or half at k: "2019", "of 2019", "of fiscal 2019", "fiscal year 2019", "FY19"; with
 * `short`, also "'25" (after a quarter code). Null when there is none.
 */
function yearAfterPart(s: DateScan, k: number, short = false): { year: number; next: number; fiscal: boolean } | null {
  if (s.w(k) === 'of') k++;
  let fiscal = false;
  if (s.w(k) === 'fiscal') {
    fiscal = true;
    k += s.w(k + 1) === 'year' ? 2 : 1;
  } else if (s.w(k) === 'fy') {
    const two = s.t[k + 1];
    if (two?.digits.length === 2 && !two.suffix) return { year: two.n < 50 ? 2000 + two.n : 1900 + two.n, next: k + 2, fiscal: true };
    fiscal = true;
    k++;
  }
  const yt = yearToken(s, k);
  if (yt) return { year: yt[0], next: yt[1], fiscal };
  if (short && !fiscal && s.w(k) === "'" && s.t[k + 1]?.digits.length === 2 && !s.t[k + 1].suffix) return { year: 2000 + s.t[k + 1].n, next: k + 2, fiscal };
  return null;
}

/**
 * "the first quarter of 2025", "the 1st quarter of 2013", "the second half", "the last half of 1989" (= H2; "the last
 * quarter" alone is the previous quarter, read by relative.ts).
 */
export function theOrdinalPart(s: DateScan, i: number): Parsed {
  const o = ordinalAfterThe(s, i);
  if (!o || isDayOf(o) || (o.what !== 'quarter' && o.what !== 'half')) return null;
  const part: Part = o.what === 'quarter' ? 'Q' : 'H';
  if (o.ord === -1) return s.w(o.j + 2) === 'of' ? partOfYear(s, o.j + 2, part, part === 'Q' ? 4 : 2, i, o.fiscal) : null;
  if (o.ord < 1 || (part === 'Q' && o.ord > 4) || (part === 'H' && o.ord > 2)) return null;
  return partOfYear(s, o.j + 2, part, o.ord, i, o.fiscal);
}

/**
 * A quarter or half and the year after it ("of 2025", "2025", "of fiscal 2025", "of this year", "of the year"), or by
 * tense when none is written; next is the token after "quarter"/"half", i where the phrase starts.
 */
function partOfYear(s: DateScan, next: number, part: Part, ord: number, i: number, fiscal: boolean): Phrase {
  const longer = s.w(next) === 'of' ? partOfDecade(s, next + 1, part, ord) : null;
  if (longer) return longer;
  const written = yearAfterPart(s, next);
  if (written) return { next: written.next, v: partValue(s, written.year, part, ord, 'absolute', fiscal || written.fiscal), point: true };
  const ys = s.w(next) === 'of' ? yearSuffix(s, next) : null;
  if (ys && ys[2]) return { next: ys[1], v: partValue(s, ys[0], part, ord, ys[0] === null ? 'unresolved' : 'reference', fiscal), point: true };
  if (s.w(next) === 'of' && s.w(next + 1) === 'the' && s.w(next + 2) === 'year') {
    return { next: next + 3, v: partValue(s, s.ref ? s.ref.y : null, part, ord, s.ref ? 'reference' : 'unresolved', fiscal), point: true };
  }
  if (fiscal) return { next, v: fiscalPart(s, part, ord), point: true };
  if (part === 'Q') return { next, v: quarterValue(s.ref, ord, s.tense(i)), point: true };
  // A second half named in the first half of a year, in past wording, is last year's.
  return { next, v: relative(s.ref, (r) => `${pad4(s.tense(i) === 'past' && ord === 2 && r.m <= 6 ? r.y - 1 : r.y)}-H${ord}`, `XXXX-H${ord}`), point: true };
}

/**
 * "the last half of the '80s", "the first half of the 20th century" (k is after "of"): the decade or century, mod START
 * or END, its interval the half named.
 */
function partOfDecade(s: DateScan, k: number, part: Part, ord: number): Phrase | null {
  const last = part === 'Q' ? 4 : 2;
  if (ord !== 1 && ord !== last) return null;
  const inner = s.point(k);
  const timex = inner?.v.timex;
  if (!inner || !timex || !/^\d{2,3}$/.test(timex) || !inner.v.start_date) return null;
  const v: DateValue = { ...inner.v, mod: ord === 1 ? 'START' : 'END' };
  if (part === 'H') {
    const first = +inner.v.start_date.slice(0, 4);
    const half = timex.length === 3 ? 5 : 50;
    const y = ord === 1 ? first : first + half;
    [v.start_date, v.end_date] = [`${pad4(y)}-01-01`, `${pad4(y + half - 1)}-12-31`];
  }
  return { next: inner.next, v, point: true, rule: inner.rule };
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
