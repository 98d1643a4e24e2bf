/** Weekdays: "Friday", "Friday, Oct. 13", "Tuesday of last week", "tuesday of the following week". */
import { NOT_A_DATE, Parsed, Phrase } from '../../../time/grammar';
import { addDays, fmtYmd, weekday as weekdayOf } from '../../../time/calendar';
import { relative, weekdayValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { WEEKDAYS } from '../calendar';
import { EVENT_DAY_ADJECTIVES, NEWSPAPER_WORDS, REL_WORDS } from '../date-words';
import { slashMonthDay } from './numeric';
import { weekdayTheDay } from './ordinal-day';
import { dayAt, dayOrdinal, monthAt } from './read';

/** A weekday named at i. Lower case only where the phrase says which week ("tuesday of last week"). */
export function weekday(s: DateScan, i: number): Parsed {
  const tok = s.t[i];
  const ofWeek = s.w(i + 1) === 'of' && (REL_WORDS.has(s.w(i + 2)) || REL_WORDS.has(s.w(i + 3)));
  if (!tok.cap && !ofWeek && !(s.w(i + 1) === 'the' && dayOrdinal(s, i + 2))) return null;
  const prev = s.t[i - 1];
  // "Black Monday", "Good Friday" (the holidays are read before this).
  if (prev && prev.cap && EVENT_DAY_ADJECTIVES.has(prev.lower)) return NOT_A_DATE;
  const nextTok = s.t[i + 1];
  // "Sunday Times", "Sunday Telegraph": a newspaper.
  if (nextTok && nextTok.cap && NEWSPAPER_WORDS.has(nextTok.lower)) return NOT_A_DATE;
  return weekdayPhrase(s, i, 0, i);
}

/**
 * The weekday at i with what may follow it: a date ("Friday, Oct. 13", which then decides), or the week it lies in
 * ("Tuesday of last week", "Friday this week"). rel: -1 "last", +1 "next", 0 bare; start: where the phrase began.
 */
export function weekdayPhrase(s: DateScan, i: number, rel: number, start: number): Phrase | null {
  const wd = WEEKDAYS.get(s.w(i));
  if (wd === undefined) return null;
  const j = i + 1;
  const k = s.w(j) === ',' ? j + 1 : j;
  const mm = monthAt(s, k);
  if ((mm && dayAt(s, mm[1])) || slashMonthDay(s, k)) {
    const p = s.point(k);
    if (p) return { next: p.next, v: p.v, point: true, rule: p.rule };
  }
  // "Wednesday the 31st": the day of the month decides.
  const theDay = weekdayTheDay(s, j, wd, start);
  if (theDay) return theDay;
  // "Tuesday of last week", "Monday of the following week", "Friday this week": the weekday inside that week.
  let k2 = j;
  if (s.w(k2) === 'of') k2++;
  if (s.w(k2) === 'the') k2++;
  const weekRel = REL_WORDS.get(s.w(k2));
  const relWord = s.w(k2);
  if (weekRel !== undefined && s.w(k2 + 1) === 'week' && (k2 > j || relWord === 'this' || relWord === 'next' || relWord === 'last')) {
    const shift = relWord === 'this' || relWord === 'current' ? 0 : weekRel;
    return { next: k2 + 2, v: relative(s.ref, (r) => fmtYmd(addDays(r, 7 * shift - weekdayOf(r) + wd)), `XXXX-WXX-${wd + 1}`), point: true };
  }
  return { next: i + 1, v: weekdayValue(s.ref, wd, rel, s.tense(start)), point: true };
}
