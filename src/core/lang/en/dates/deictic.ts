/** Days named from the moment of writing: "yesterday", "today", "tomorrow", "today, Monday", "the day before yesterday", "modern-day". */
import type { Parsed } from '../../../time/grammar';
import { dateValue, relative, shiftedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { WEEKDAYS } from '../calendar';
import { DAY_ACROSS, DEICTIC_DAYS } from '../date-words';

/**
 * "yesterday", "today", "tomorrow". Time-of-day words make it TIME ("yesterday morning"), which is not DATE: only the
 * day word is kept. Xinhua style "today, Monday" / "today (Monday)" is one span.
 */
export function deictic(s: DateScan, i: number): Parsed {
  const k = DEICTIC_DAYS.get(s.w(i))!;
  let next = i + 1;
  if (s.w(next) === ',' && WEEKDAYS.has(s.w(next + 1)) && s.t[next + 1].cap) next += 2;
  else if (s.w(next) === '(' && WEEKDAYS.has(s.w(next + 1)) && s.w(next + 2) === ')') next += 3;
  return { next, v: relative(s.ref, (r) => shiftedUnit(r, 'D', k), k === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX'), point: true };
}

/** "the day before yesterday", "the day after tomorrow" (i is "the"): two days from the moment of writing. */
export function theDayAcross(s: DateScan, i: number): Parsed {
  const k = DAY_ACROSS.get(`${s.w(i + 2)} ${s.w(i + 3)}`);
  if (k === undefined) return null;
  return { next: i + 4, v: relative(s.ref, (r) => shiftedUnit(r, 'D', k), 'XXXX-XX-XX'), point: true };
}

/** "modern-day": the present. */
export function modernDay(s: DateScan, i: number): Parsed {
  if (!s.hyphenAt(i + 1) || s.w(i + 2) !== 'day') return null;
  return { next: i + 3, v: dateValue('PRESENT_REF', 'absolute'), point: false };
}
