/**
 * Periods named by the day they ended: "the year ended Sept. 30", "the fiscal first quarter ended Sept. 30", "its
 * fourth quarter ended June 30", "the nine months ended June 30", "the week ended Tuesday". The interval is the period
 * (the days it covers), not the closing day; the timex is the date written (as for ranges), or the quarter or half the
 * text numbers — a fiscal one when it does not end with the calendar's. A year that does not end with December, or a
 * fiscal quarter, gives the story its fiscal calendar.
 */
import type { DateValue } from '../../../model';
import type { Refiner } from '../../../time/grammar';
import { Ymd, addDays, daysInMonth, fmtYmd, parseYmd, pad4 } from '../../../time/calendar';
import { dateValue } from '../../../time/resolve';
import { ENDED_WORDS } from '../date-words';
import { ordinalAt } from './read';

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
function periodOf(unit: string, v: DateValue, numbered: boolean): { months: number; days: number; part?: ['Q' | 'H', number] } | null {
  const counted = v.timex ? /^P(\d+)([MWD])$/.exec(v.timex) : null;
  if (counted && (unit === 'months' || unit === 'weeks' || unit === 'days')) {
    const n = +counted[1];
    return counted[2] === 'M' ? { months: n, days: 0 } : { months: 0, days: counted[2] === 'W' ? 7 * n : n };
  }
  if (unit === 'week') return { months: 0, days: 7 };
  const months = PERIOD_MONTHS[unit];
  if (!months) return null;
  const part = numbered && v.timex ? /-([QH])([1-4])$/.exec(v.timex) : null;
  return { months, days: 0, part: part ? [part[1] as 'Q' | 'H', +part[2]] : undefined };
}

export const endedPeriod: Refiner = (s, from, p) => {
  if (!ENDED_WORDS.has(s.w(p.next))) return p;
  const unit = s.w(p.next - 1);
  const q = s.point(p.next + 1);
  if (!q || !q.point) return p;
  // Only a quarter or half the text numbers ("its fourth quarter", "Q2") keeps its number; "the quarter" has none.
  let numbered = false;
  for (let k = from; k < p.next; k++) if (ordinalAt(s, k) !== undefined || s.w(k) === 'q' || s.w(k) === 'h') numbered = true;
  const period = periodOf(unit, p.v, numbered);
  const end = parseYmd(q.v.end_date);
  // A period whose length the words do not give ("the period ended June 30"): the closing day.
  if (!period || !end) return { next: q.next, v: { ...q.v, mod: 'END' }, point: true, rule: p.rule };
  const { months, days, part } = period;
  const start = periodStart(end, months, days);
  const v = dateValue(null, q.v.anchor);
  [v.start_date, v.end_date] = [fmtYmd(start), fmtYmd(end)];
  // The year ended Sept. 30 tells the article's fiscal calendar.
  if (months === 12 && end.m !== 12) s.story.fiscalYearEnd = end.m;
  // Months in the quarter or half before the calendar's own one ends: 0 when the period ends with it.
  const offset = months === 3 || months === 6 ? end.m % months : 0;
  if (part && (p.v.fiscal || offset !== 0 || Math.ceil(end.m / months) !== part[1])) {
    // A numbered quarter ending with another calendar quarter is fiscal ("its fourth quarter ended June 30"), named by
    // its fiscal year: the calendar year that year ends in (the first quarter ended Sept. 30, 1989 of a year ending
    // in June is 1990-Q1).
    const [code, n] = part;
    const yearEnd = end.y * 12 + end.m - 1 + months * (12 / months - n);
    v.timex = `${pad4(Math.floor(yearEnd / 12))}-${code}${n}`;
    v.fiscal = true;
    s.story.fiscalYearEnd = (yearEnd % 12) + 1;
  } else if (part) {
    v.timex = `${pad4(end.y)}-${part[0]}${part[1]}`;
  } else {
    // Otherwise the timex is the date written, as for ranges ("the year ended Sept. 30" → 1989-09-30), and the
    // interval the period.
    v.timex = q.v.timex;
  }
  return { next: q.next, v, point: true, rule: p.rule };
};
