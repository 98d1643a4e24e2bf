/**
 * A day of the month by its ordinal: "the first of March", "second of August", "the 6th of next December", "the
 * twenty-sixth day of the month", "Wednesday the 31st", "on the 30th".
 */
import { NOT_A_DATE, Parsed, Phrase } from '../../../time/grammar';
import { fmt, isValidDay, pad2, weekday } from '../../../time/calendar';
import { DateValue } from '../../../model';
import { dateValue, monthDayValue, monthValue, relative, shiftedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { DAY_FOLLOWERS, DAY_PREPOSITIONS, ORDINALS, REL_WORDS } from '../date-words';
import { dayOrdinal, monthAt, yearSuffix } from './read';

/** "<day> of [next|last] <Month> [year]" from position k (after "of"); i is where the phrase began. */
export function dayOfMonthPhrase(s: DateScan, day: number, k: number, i: number): Phrase | null {
  let rel = 0;
  const relWord = REL_WORDS.get(s.w(k));
  if (relWord !== undefined) {
    rel = relWord;
    k++;
  }
  const mm = monthAt(s, k, true);
  if (!mm) return null;
  const ys = yearSuffix(s, mm[1]);
  if (ys && ys[0] !== null && isValidDay(ys[0], mm[0], day)) return { next: ys[1], v: dateValue(fmt(ys[0], mm[0], day), ys[2] ? 'reference' : 'absolute'), point: true };
  const mv = rel ? monthValue(s.ref, mm[0], rel, s.tense(i)) : monthDayValue(s.ref, mm[0], day, s.tense(i));
  if (!rel) return { next: ys ? ys[1] : mm[1], v: mv, point: true };
  const v = mv.timex && /^\d{4}-\d{2}$/.test(mv.timex) && isValidDay(+mv.timex.slice(0, 4), mm[0], day) ? dateValue(`${mv.timex}-${pad2(day)}`, 'reference') : dateValue(`XXXX-${pad2(mm[0])}-${pad2(day)}`, 'unresolved');
  return { next: ys ? ys[1] : mm[1], v, point: true };
}

/** "second of August", "first of May 2024" (no "the"). */
export function ordinalOfMonth(s: DateScan, i: number): Parsed {
  const ord = ORDINALS.get(s.w(i))!;
  return ord >= 1 && s.w(i + 1) === 'of' ? dayOfMonthPhrase(s, ord, i + 2, i) : null;
}

/**
 * "the first of May", "the 6th of next December", "the thirty-first of May", "the twenty-sixth day of the month", "the
 * first of next month" (i is "the").
 */
export function theOrdinalOfMonth(s: DateScan, i: number): Parsed {
  const od = dayOrdinal(s, i + 1);
  if (!od) return null;
  const [day, j] = od;
  const k = s.w(j) === 'day' ? j + 1 : j;
  if (s.w(k) !== 'of') return null;
  return dayOfMonthPhrase(s, day, k + 1, i) ?? dayOfTheMonth(s, day, k + 1);
}

/** "… of the month", "… of this month", "… of next month" (k is after "of"): that day of the month named. */
function dayOfTheMonth(s: DateScan, day: number, k: number): Phrase | null {
  const shift = s.w(k) === 'the' ? 0 : REL_WORDS.get(s.w(k));
  if (shift === undefined || s.w(k + 1) !== 'month') return null;
  const v = relative(s.ref, (r) => shiftedUnit(r, 'M', shift), 'XXXX-XX');
  const valid = v.timex && /^\d{4}-\d{2}$/.test(v.timex) && isValidDay(+v.timex.slice(0, 4), +v.timex.slice(5), day);
  return { next: k + 2, v: valid ? dateValue(`${v.timex}-${pad2(day)}`, 'reference') : dateValue(`XXXX-XX-${pad2(day)}`, 'unresolved'), point: true };
}

/**
 * "Wednesday the 31st", "Friday the thirteenth" (k is "the", wd the weekday, 0 = Monday): that day of the reference
 * month or of a month next to it on which it falls on that weekday, else as "on the 31st".
 */
export function weekdayTheDay(s: DateScan, k: number, wd: number, i: number): Phrase | null {
  const od = s.w(k) === 'the' ? dayOrdinal(s, k + 1) : null;
  if (!od) return null;
  const [d, next] = od;
  const r = s.ref;
  if (r) {
    for (const shift of [0, -1, 1]) {
      const idx = r.y * 12 + r.m - 1 + shift;
      const [y, m] = [Math.floor(idx / 12), (idx % 12) + 1];
      if (isValidDay(y, m, d) && weekday({ y, m, d }) === wd) return { next, v: dateValue(fmt(y, m, d), 'reference'), point: true };
    }
  }
  return { next, v: dayOfMonth(s, d, i), point: true };
}

/** The ordinal number after "the" at i ("the 30th", not "the 1980s"): its value, or null. */
export function ordinalNumberAfterThe(s: DateScan, i: number): number | null {
  const t1 = s.t[i + 1];
  return t1.digits && t1.suffix && t1.suffix !== 's' ? t1.n : null;
}

/**
 * "on the 30th": a day of the reference month, only after a preposition and at a phrase end. Any other ordinal number
 * after "the" is no date ("the 30th anniversary", "the 100th day"); "the 20th century" was read before this.
 */
export function theNth(s: DateScan, i: number): Parsed {
  const n = ordinalNumberAfterThe(s, i);
  if (n === null) return null;
  if (!(n >= 1 && n <= 31) || !DAY_PREPOSITIONS.has(s.w(i - 1))) return NOT_A_DATE;
  const after = s.t[i + 2];
  if (after && /^[a-z]/i.test(after.lower) && !DAY_FOLLOWERS.has(after.lower)) return NOT_A_DATE;
  return { next: i + 2, v: dayOfMonth(s, n, i), point: true };
}

/** "the 30th": that day of the reference month, or of the month before when it lies ahead (past wording). */
function dayOfMonth(s: DateScan, d: number, i: number): DateValue {
  const r = s.ref;
  if (!r) return dateValue(`XXXX-XX-${pad2(d)}`, 'unresolved');
  let y = r.y;
  let m = r.m;
  const future = s.tense(i) === 'future';
  if (!future && d > r.d) m--;
  else if (future && d < r.d) m++;
  if (m < 1) [y, m] = [y - 1, 12];
  if (m > 12) [y, m] = [y + 1, 1];
  return isValidDay(y, m, d) ? dateValue(fmt(y, m, d), 'reference') : dateValue(`XXXX-XX-${pad2(d)}`, 'unresolved');
}
