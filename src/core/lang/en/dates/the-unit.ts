/**
 * "the" + a calendar unit (i is "the"): "the day", "the day before", "the quarter", "the full year", "the week of March
 * 10", "the weekend", "the month of October", "the holidays".
 */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { pad4, parseYmd, weekTimex, weekday } from '../../../time/calendar';
import { dateValue, relative, shiftedUnit, unresolvedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { WHOLE_UNITS, YEAR_AGO_WORDS } from '../date-words';
import { yearAgoQuarter } from './duration';
import { monthAt, pointGrain, yearAt, yearSuffix, yearToken } from './read';

/** "the full year", "the whole month", "the entire year of 2024", "the full year last year". */
export function theWholeUnit(s: DateScan, i: number): Parsed {
  if (!WHOLE_UNITS.has(s.w(i + 2))) return null;
  const g = pointGrain(s.w(i + 2))!;
  let next = i + 3;
  let k = 0;
  if (s.w(next) === 'of' && yearAt(s, next + 1) && g === 'Y') return { next: next + 2, v: dateValue(pad4(yearAt(s, next + 1)), 'absolute'), point: true };
  const ys = yearSuffix(s, next);
  if (ys && ys[2] && g === 'Y') {
    next = ys[1];
    k = (ys[0] ?? 0) - (s.ref?.y ?? 0);
  }
  return { next, v: relative(s.ref, (r) => shiftedUnit(r, g, k), unresolvedUnit(g)), point: true };
}

/** "the year 2020", "the year two thousand and twenty": that year (i is "the"). */
export function theYearNamed(s: DateScan, i: number): Parsed {
  if (s.w(i + 1) !== 'year') return null;
  const yt = yearToken(s, i + 2);
  return yt ? { next: yt[1], v: dateValue(pad4(yt[0]), 'absolute'), point: true } : null;
}

/** "the week of March 10", "the weekend of June 7": the ISO week (or its weekend) containing that day. */
export function theWeekOf(s: DateScan, i: number): Parsed {
  if (s.w(i + 2) !== 'of') return null;
  const inner = s.point(i + 3);
  const day = inner && inner.point && inner.v.timex && /^\d{4}-\d{2}-\d{2}$/.test(inner.v.timex) ? parseYmd(inner.v.timex) : null;
  if (!inner || !day) return null;
  return { next: inner.next, v: dateValue(weekTimex(day) + (s.w(i + 1) === 'weekend' ? '-WE' : ''), inner.v.anchor), point: true };
}

/** "the weekend": on a Saturday or Sunday the current one; otherwise past wording → the one before, future → the next. */
export function theWeekend(s: DateScan, i: number): Parsed {
  const k = (r: { y: number; m: number; d: number }) => (weekday(r) >= 5 ? 0 : s.tense(i) === 'future' ? 0 : -1);
  return { next: i + 2, v: relative(s.ref, (r) => shiftedUnit(r, 'WE', k(r)), 'XXXX-WXX-WE'), point: true };
}

/** "the holidays": a season we cannot place. */
export function theHolidays(_s: DateScan, i: number): Parsed {
  return { next: i + 2, v: dateValue(null, 'unresolved'), point: true };
}

/** "the future", "the past": FUTURE_REF / PAST_REF in TimeML, not DATE in OntoNotes. */
export function theOpenTime(): Parsed {
  return NOT_A_DATE;
}

/** "the month of October": the month phrase decides. */
export function theMonthOf(s: DateScan, i: number): Parsed {
  if (s.w(i + 2) !== 'of' || !monthAt(s, i + 3)) return null;
  const p = s.point(i + 3);
  return p ? { ...p, next: p.next } : null;
}

/** "the day", "the year", "the quarter", "the day before", "the week after", "the quarter a year ago". */
export function theUnit(s: DateScan, i: number): Parsed {
  const w1 = s.w(i + 1);
  const grain = pointGrain(w1);
  if (!grain || w1.endsWith('s') || s.t[i + 1].cap) return NOT_A_DATE;
  let next = i + 2;
  let k = 0;
  const after = s.w(next);
  if (after === 'before' || after === 'earlier') {
    k = -1;
    next++;
  } else if (after === 'after' || after === 'later') {
    k = 1;
    next++;
  } else if (after === '-' || after === 'ahead') {
    return NOT_A_DATE; // "the day-to-day", "the year-ahead"
  }
  // "the day before" counts from the story's last date; "the day before the vote" from an event we cannot place.
  if (k !== 0 && /^[.,;:?!)'"]?$/.test(s.w(next))) {
    const av = s.fromAnchor(i, grain, k, false);
    if (av) return { next, v: av, point: true };
  } else if (k !== 0) return { next, v: dateValue(unresolvedUnit(grain), 'unresolved'), point: true };
  if (grain === 'Q' && k === 0) {
    // "the quarter a year ago/earlier": the quarter the story reports, a year before.
    if (s.w(next) === 'a' && s.w(next + 1) === 'year' && YEAR_AGO_WORDS.has(s.w(next + 2))) return { next: next + 3, v: yearAgoQuarter(s, i, true), point: true };
    // "the quarter" in news is the latest reported one.
    return { next, v: relative(s.ref, (r) => shiftedUnit(r, 'Q', -1), 'XXXX-QX'), point: true };
  }
  return { next, v: relative(s.ref, (r) => shiftedUnit(r, grain, k), unresolvedUnit(grain)), point: true };
}
