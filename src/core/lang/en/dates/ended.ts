/**
 * Periods named by the day they ended: "the year ended Sept. 30", "the fiscal first quarter ended Sept. 30", "its
 * fourth quarter ended June 30", "the nine months ended June 30", "the week ended Tuesday". The value is the period
 * (the days it covers, its timex as the text names it), not the closing day; a year or a numbered quarter that does
 * not end with the calendar's is the company's fiscal one, and the story learns its fiscal calendar from it.
 */
import type { DateValue } from '../../../model';
import type { Refiner } from '../../../time/grammar';
import { Ymd, addDays, daysInMonth, fmtYmd, parseYmd, pad4 } from '../../../time/calendar';
import { dateValue } from '../../../time/resolve';
import { ENDED_WORDS } from '../date-words';

/** Months in the period a unit word names; weeks are counted in days. */
const PERIOD_MONTHS: Readonly<Record<string, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

/** The first day of the period of `months` months (or `days` days) that ends with `end`. */
function periodStart(end: Ymd, months: number, days: number): Ymd {
  if (days) return addDays(end, 1 - days);
  // A period ending with its month starts with a month; one ending mid-month starts the day after that date.
  if (end.d === daysInMonth(end.y, end.m)) {
    const idx = end.y * 12 + end.m - months;
    return { y: Math.floor(idx / 12), m: (idx % 12) + 1, d: 1 };
  }
  const idx = end.y * 12 + end.m - 1 - months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return addDays({ y, m, d: Math.min(end.d, daysInMonth(y, m)) }, 1);
}

/** How many months or days the phrase before "ended" names, and the quarter or half number it gives, if any. */
function periodOf(unit: string, v: DateValue): { months: number; days: number; part?: ['Q' | 'H', number] } | null {
  const counted = v.timex ? /^P(\d+)([MWD])$/.exec(v.timex) : null;
  if (counted && (unit === 'months' || unit === 'weeks' || unit === 'days')) {
    const n = +counted[1];
    return counted[2] === 'M' ? { months: n, days: 0 } : { months: 0, days: counted[2] === 'W' ? 7 * n : n };
  }
  if (unit === 'week') return { months: 0, days: 7 };
  const months = PERIOD_MONTHS[unit];
  if (!months) return null;
  const part = v.timex ? /-([QH])([1-4])$/.exec(v.timex) : null;
  return { months, days: 0, part: part ? [part[1] as 'Q' | 'H', +part[2]] : undefined };
}

export const endedPeriod: Refiner = (s, _start, p) => {
  if (!ENDED_WORDS.has(s.w(p.next))) return p;
  const unit = s.w(p.next - 1);
  const q = s.point(p.next + 1);
  if (!q || !q.point) return p;
  const period = periodOf(unit, p.v);
  const end = parseYmd(q.v.end_date);
  // A period whose length the words do not give ("the period ended June 30"): the closing day.
  if (!period || !end) return { next: q.next, v: { ...q.v, mod: 'END' }, point: true, rule: p.rule };
  const { months, days, part } = period;
  const start = periodStart(end, months, days);
  const v = dateValue(null, q.v.anchor);
  [v.start_date, v.end_date] = [fmtYmd(start), fmtYmd(end)];
  const y = pad4(end.y);
  // Months in the quarter or half before the calendar's own one ends: 0 when the period ends with it.
  const offset = months === 3 || months === 6 ? end.m % months : 0;
  if (months === 12) {
    // The year ended Sept. 30, 1989 is fiscal 1989; the article has now given its fiscal calendar.
    v.timex = y;
    if (end.m !== 12) {
      v.fiscal = true;
      s.story.fiscalYearEnd = end.m;
    }
  } else if (part) {
    // A numbered quarter ending with another calendar quarter is fiscal ("its fourth quarter ended June 30"), named by
    // its fiscal year: the calendar year that year ends in (the first quarter ended Sept. 30, 1989 of a year ending
    // in June is 1990-Q1).
    const [code, n] = part;
    v.timex = `${y}-${code}${n}`;
    if (p.v.fiscal || offset !== 0 || Math.ceil(end.m / months) !== n) {
      const yearEnd = end.y * 12 + end.m - 1 + months * (12 / months - n);
      v.timex = `${pad4(Math.floor(yearEnd / 12))}-${code}${n}`;
      v.fiscal = true;
      s.story.fiscalYearEnd = (yearEnd % 12) + 1;
    }
  } else if (months === 3 || months === 6) {
    // "the quarter ended Sept. 30": the calendar quarter when it ends with one, else a three-month period.
    v.timex = offset === 0 ? `${y}-${months === 3 ? 'Q' : 'H'}${end.m / months}` : `P${months}M`;
  } else {
    v.timex = days ? `P${days}D` : `P${months}M`;
  }
  return { next: q.next, v, point: true, rule: p.rule };
};
