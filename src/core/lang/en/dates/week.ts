/**
 * Numbered and ordinal weeks: "week 31 of 2019", "calendar week 31", "the week 1", "the first week of 2019" (ISO weeks,
 * Monday to Sunday); "the first week of March", "the week beginning February 4" (seven days from a day: a P1W duration
 * with the days it covers).
 */
import type { DateValue } from '../../../model';
import type { Parsed } from '../../../time/grammar';
import { Ymd, addDays, daysInMonth, fmtYmd, isoWeek, pad2, pad4, parseYmd } from '../../../time/calendar';
import { dateValue, relative } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { WEEK_START_WORDS } from '../date-words';
import { monthAt, ordinalAt, yearSuffix, yearToken } from './read';

/** ISO week w of year y, when the year has one. */
function isoWeekValue(y: number, w: number, anchor: DateValue['anchor']): DateValue | null {
  const last = isoWeek({ y, m: 12, d: 28 }).w;
  return w >= 1 && w <= last ? dateValue(`${pad4(y)}-W${pad2(w)}`, anchor) : null;
}

/** Seven days from `first`: a week that is no ISO week ("the first week of March"). */
function sevenDays(first: Ymd, anchor: DateValue['anchor']): DateValue {
  const v = dateValue('P1W', anchor);
  [v.start_date, v.end_date] = [fmtYmd(first), fmtYmd(addDays(first, 6))];
  return v;
}

/**
 * "week 31", "week 31 of 2019", "week 31, 2019" (i is "week"): that ISO week, of the reference year when none is
 * written. "week 3 of the trial" counts something else: no date.
 */
export function weekNumber(s: DateScan, i: number): Parsed {
  const n = s.t[i + 1];
  if (!n?.digits || n.suffix || n.digits.length > 2) return null;
  let k = i + 2;
  if (s.w(k) === ',' || s.w(k) === 'of') k++;
  const yt = yearToken(s, k);
  if (yt) {
    const v = isoWeekValue(yt[0], n.n, 'absolute');
    return v && { next: yt[1], v, point: true };
  }
  if (s.w(i + 2) === 'of' || !(n.n >= 1 && n.n <= 53)) return null;
  return { next: i + 2, v: relative(s.ref, (r) => isoWeekValue(r.y, n.n, 'reference')?.timex ?? `XXXX-W${pad2(n.n)}`, `XXXX-W${pad2(n.n)}`), point: true };
}

/** "the week 1" (i is "the"). */
export function theWeekNumber(s: DateScan, i: number): Parsed {
  return s.w(i + 1) === 'week' && s.t[i + 2]?.digits ? weekNumber(s, i + 1) : null;
}

/**
 * "the first week of 2019" (ISO week 1), "the last week of 2019", "the first week of March [2019]" (March 1–7), "the
 * last week of March" (its last seven days); i is "the".
 */
export function theOrdinalWeek(s: DateScan, i: number): Parsed {
  const ord = ordinalAt(s, i + 1);
  if (ord === undefined || ord === 0 || ord > 5 || s.w(i + 2) !== 'week' || s.w(i + 3) !== 'of') return null;
  const yt = yearToken(s, i + 4);
  if (yt) {
    const w = ord === -1 ? isoWeek({ y: yt[0], m: 12, d: 28 }).w : ord;
    const v = isoWeekValue(yt[0], w, 'absolute');
    return v && { next: yt[1], v, point: true };
  }
  const mm = monthAt(s, i + 4);
  if (!mm) return null;
  const ys = yearSuffix(s, mm[1]);
  const inner = s.point(i + 4);
  const month = ys && ys[0] !== null ? { y: ys[0], m: mm[0] } : inner?.v.start_date ? parseYmd(inner.v.start_date) : null;
  const next = ys ? ys[1] : mm[1];
  if (!month) return { next, v: dateValue(null, 'unresolved'), point: true };
  const days = daysInMonth(month.y, month.m);
  const first = ord === -1 ? days - 6 : 7 * (ord - 1) + 1;
  if (first + 6 > days) return null;
  return { next, v: sevenDays({ y: month.y, m: month.m, d: first }, ys && ys[0] !== null && !ys[2] ? 'absolute' : 'reference'), point: true };
}

/** "the week beginning February 4", "the week starting on Monday" (i is "the"): seven days from that day. */
export function theWeekFrom(s: DateScan, i: number): Parsed {
  if (s.w(i + 1) !== 'week' || !WEEK_START_WORDS.has(s.w(i + 2))) return null;
  const k = s.w(i + 3) === 'on' ? i + 4 : i + 3;
  const inner = s.point(k);
  const day = inner && inner.v.timex && /^\d{4}-\d{2}-\d{2}$/.test(inner.v.timex) ? parseYmd(inner.v.timex) : null;
  if (!inner || !day) return null;
  return { next: inner.next, v: sevenDays(day, inner.v.anchor), point: true };
}
