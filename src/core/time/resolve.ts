/**
 * Turns what the scanner recognised into a DateValue, resolving relative expressions against the reference date.
 * Without a reference date nothing is guessed: relative values keep an underspecified timex (XXXX-06, PAST_REF …)
 * and a null interval.
 */
import type { DateValue } from '../model';
import { Ymd, addDays, fmt, fmtYmd, pad2, pad4, timexInterval, weekTimex, weekday, daysInMonth, isValidDay } from './calendar';

/** Direction the sentence points in: news is about the past unless future wording says otherwise. */
export type Tense = 'past' | 'future';
export type Anchor = DateValue['anchor'];

export function dateValue(timex: string | null, anchor: Anchor, mod?: string): DateValue {
  const iv = timexInterval(timex);
  const v: DateValue = { timex, start_date: iv ? iv[0] : null, end_date: iv ? iv[1] : null, anchor };
  if (mod) v.mod = mod;
  return v;
}

/**
 * The days of a fiscal period (timex YYYY, YYYY-Qn or YYYY-Hn) when the fiscal year ends with month `yearEnd`: FY YYYY
 * is the one ending in calendar year YYYY (the US convention), its quarters and halves counted from its first month.
 * Null when the fiscal calendar is unknown or the timex is no such period.
 */
export function fiscalInterval(timex: string | null, yearEnd: number | null): [string, string] | null {
  const m = timex ? /^(\d{4})(?:-([QH])([1-4]))?$/.exec(timex) : null;
  if (!m || !yearEnd) return null;
  const months = m[2] === 'Q' ? 3 : m[2] === 'H' ? 6 : 12;
  const part = m[2] ? +m[3] - 1 : 0;
  if (m[2] === 'H' && part > 1) return null;
  // Month index (y*12 + m-1) of the fiscal year's first month.
  const first = (+m[1] - 1) * 12 + yearEnd + part * months;
  const last = first + months - 1;
  const ly = Math.floor(last / 12);
  const lm = (last % 12) + 1;
  return [fmt(Math.floor(first / 12), (first % 12) + 1, 1), fmt(ly, lm, daysInMonth(ly, lm))];
}

/** The fiscal year running at `ref`: the one ending in the reference year unless that ended already. */
export function runningFiscalYear(ref: Ymd, yearEnd: number | null): number {
  return yearEnd && ref.m > yearEnd ? ref.y + 1 : ref.y;
}

/** A fiscal period's value: its timex, flagged fiscal, with days only when the fiscal calendar is known. */
export function fiscalValue(timex: string | null, anchor: Anchor, yearEnd: number | null, mod?: string): DateValue {
  const iv = fiscalInterval(timex, yearEnd);
  const v: DateValue = { timex, start_date: iv ? iv[0] : null, end_date: iv ? iv[1] : null, anchor, fiscal: true };
  if (mod) v.mod = mod;
  return v;
}

/** A value relative to the reference date: resolved when there is one, otherwise the given placeholder. */
export function relative(ref: Ymd | null, resolve: (ref: Ymd) => string, placeholder: string | null, mod?: string): DateValue {
  if (!ref) return dateValue(placeholder, 'unresolved', mod);
  return dateValue(resolve(ref), 'reference', mod);
}

export type Grain = 'D' | 'W' | 'M' | 'Q' | 'Y' | 'WE' | 'DE' | 'CE' | 'H';

/** The calendar unit containing the reference date shifted by k units: (Y, -1) = last year, (W, 0) = this week. */
export function shiftedUnit(ref: Ymd, grain: Grain, k: number): string {
  switch (grain) {
    case 'D':
      return fmtYmd(addDays(ref, k));
    case 'W':
      return weekTimex(addDays(ref, 7 * k));
    case 'WE': {
      // "last weekend" = the weekend before the reference week; "this weekend" = the one of the reference week.
      const sat = addDays(ref, 5 - weekday(ref) + 7 * k);
      return weekTimex(sat) + '-WE';
    }
    case 'M': {
      const idx = ref.y * 12 + (ref.m - 1) + k;
      return `${pad4(Math.floor(idx / 12))}-${pad2((idx % 12) + 1)}`;
    }
    case 'Q': {
      const idx = ref.y * 4 + Math.floor((ref.m - 1) / 3) + k;
      return `${pad4(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
    }
    case 'H': {
      const idx = ref.y * 2 + (ref.m > 6 ? 1 : 0) + k;
      return `${pad4(Math.floor(idx / 2))}-H${(idx % 2) + 1}`;
    }
    case 'Y':
      return pad4(ref.y + k);
    case 'DE':
      return String(Math.floor(ref.y / 10) + k);
    case 'CE':
      return String(Math.floor(ref.y / 100) + k);
  }
}

/** Placeholder timex for a relative unit with no reference date. */
export function unresolvedUnit(grain: Grain): string {
  switch (grain) {
    case 'D':
      return 'XXXX-XX-XX';
    case 'W':
      return 'XXXX-WXX';
    case 'WE':
      return 'XXXX-WXX-WE';
    case 'M':
      return 'XXXX-XX';
    case 'Q':
      return 'XXXX-QX';
    case 'H':
      return 'XXXX-HX';
    case 'Y':
      return 'XXXX';
    case 'DE':
      return 'XXX';
    case 'CE':
      return 'XX';
  }
}

/**
 * A weekday. rel: -1 "last", +1 "next", 0 "this"/bare. Bare weekdays follow the tense: past → the most recent such
 * day before the reference date, future → the next one after it. A bare weekday equal to the reference weekday is the
 * reference day itself (news written the same day: "said on Friday" in a Friday article).
 */
export function weekdayValue(ref: Ymd | null, wd: number, rel: number, tense: Tense, mod?: string): DateValue {
  if (!ref) return dateValue(`XXXX-WXX-${wd + 1}`, 'unresolved', mod);
  const today = weekday(ref);
  let delta: number;
  if (rel < 0) delta = -((today - wd + 7) % 7 || 7);
  else if (rel > 0) delta = (wd - today + 7) % 7 || 7;
  else if (wd === today) delta = 0;
  else if (tense === 'future') delta = (wd - today + 7) % 7;
  else delta = -((today - wd + 7) % 7);
  return dateValue(fmtYmd(addDays(ref, delta)), 'reference', mod);
}

/**
 * The year of a month named without one. News mostly reports the recent past but also announces the near future, and
 * annotated news (TimeML) overwhelmingly keeps the reference year when the month is close to it. So: past wording →
 * the reference year unless the month lies more than 3 months after the reference (then the year before); future
 * wording → the reference year unless the month lies more than 2 months before it (then the year after).
 */
export function yearForMonth(ref: Ymd, m: number, tense: Tense): number {
  if (tense === 'future') return m < ref.m - 2 ? ref.y + 1 : ref.y;
  return m > ref.m + 3 ? ref.y - 1 : ref.y;
}

/** A month without a year. rel: -1 "last June", +1 "next June", 2 "this June", 0 bare (tense decides). */
export function monthValue(ref: Ymd | null, m: number, rel: number, tense: Tense, mod?: string): DateValue {
  if (!ref) return dateValue(`XXXX-${pad2(m)}`, 'unresolved', mod);
  let y: number;
  if (rel === 2) y = ref.y;
  else if (rel < 0) y = m < ref.m ? ref.y : ref.y - 1;
  else if (rel > 0) y = m > ref.m ? ref.y : ref.y + 1;
  else y = yearForMonth(ref, m, tense);
  return dateValue(`${pad4(y)}-${pad2(m)}`, 'reference', mod);
}

/** Month and day without a year: the same year rule as for bare months. */
export function monthDayValue(ref: Ymd | null, m: number, d: number, tense: Tense, mod?: string): DateValue {
  if (!ref) return dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved', mod);
  let y = yearForMonth(ref, m, tense);
  // February 29 outside a leap year: the latest one before (past wording) or the next one after (future).
  if (m === 2 && d === 29) while (!isValidDay(y, m, d)) y += tense === 'future' ? 1 : -1;
  if (!isValidDay(y, m, d)) return dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved', mod);
  return dateValue(fmt(y, m, d), 'reference', mod);
}

/** A month and day after "this" (rel 2: of the reference year), "next" (+1: the first after it), "last" (-1: the latest before it). */
export function monthDayRelative(ref: Ymd | null, m: number, d: number, rel: number): DateValue {
  if (!ref) return dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved');
  const refStr = fmtYmd(ref);
  let y = ref.y;
  if (rel === 1 && fmt(y, m, d) <= refStr) y++;
  if (rel === -1 && fmt(y, m, d) >= refStr) y--;
  return isValidDay(y, m, d) ? dateValue(fmt(y, m, d), 'reference') : dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved');
}

/**
 * A season word. rel: -1 "last" (the latest season of that name that has ended), +1 "next" (the next one not yet
 * begun), 2 "this" (the one of the reference year; winter = the one spanning the turn of the reference year's end,
 * or the running one in January/February), 0 bare: past wording → the running or latest one, future → the running
 * or next one.
 */
export function seasonValue(ref: Ymd | null, code: string, rel: number, tense: Tense, mod?: string): DateValue {
  if (!ref) return dateValue(`XXXX-${code}`, 'unresolved', mod);
  const startMonth = ({ SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>)[code] ?? 3;
  const refIdx = ref.y * 12 + ref.m - 1;
  // Start index (in months) of this season in year y; winter y runs Dec y .. Feb y+1.
  const startIdx = (y: number) => y * 12 + startMonth - 1;
  // The occurrence running at, or else the latest one started before, the reference month.
  let y = ref.y;
  while (startIdx(y) > refIdx) y--;
  const running = refIdx <= startIdx(y) + 2;
  let out: number;
  if (rel === 2) out = code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y;
  else if (rel < 0) out = running ? y - 1 : y;
  else if (rel > 0) out = y + 1;
  else if (tense === 'future') out = running ? y : y + 1;
  else out = y;
  return dateValue(`${pad4(out)}-${code}`, 'reference', mod);
}

/** A quarter without a year ("the third quarter"): past → not after the reference quarter, future → not long before it. */
export function quarterValue(ref: Ymd | null, q: number, tense: Tense, mod?: string): DateValue {
  if (!ref) return dateValue(`XXXX-Q${q}`, 'unresolved', mod);
  const refQ = Math.floor((ref.m - 1) / 3) + 1;
  const y = tense === 'future' ? (q < refQ - 1 ? ref.y + 1 : ref.y) : q <= refQ ? ref.y : ref.y - 1;
  return dateValue(`${pad4(y)}-Q${q}`, 'reference', mod);
}

/**
 * The interval a duration next to the reference date covers: "the next three days", "the past two years", "previous
 * three quarters" — n units right after (dir +1) or right before (dir -1) the reference date. The convention:
 * - days and weeks: whole days from the day after (before) the reference day (Recognizers-Text);
 * - months and quarters: complete calendar units after (before) the reference month or quarter (Recognizers-Text);
 * - years, decades and centuries: from the reference day to the same day n years away, both included — a TimeML
 *   DURATION with the document time as its end (or start) point: "the past year" on 1998-03-05 is 1997-03-05 ..
 *   1998-03-05, not last year, and "the last decade" is 1988-03-05 .. 1998-03-05, not the 1990s.
 * Returns the inclusive interval.
 */
export function countedPeriod(ref: Ymd, n: number, grain: Grain, dir: number): [string, string] | null {
  if (!Number.isInteger(n) || n < 1 || n > 1000) return null;
  if (grain === 'D' || grain === 'W') {
    const days = grain === 'W' ? 7 * n : n;
    return dir > 0 ? [fmtYmd(addDays(ref, 1)), fmtYmd(addDays(ref, days))] : [fmtYmd(addDays(ref, -days)), fmtYmd(addDays(ref, -1))];
  }
  const years = grain === 'Y' ? n : grain === 'DE' ? 10 * n : grain === 'CE' ? 100 * n : 0;
  if (years) {
    const y = ref.y + dir * years;
    const other = fmt(y, ref.m, isValidDay(y, ref.m, ref.d) ? ref.d : 28);
    return dir > 0 ? [fmtYmd(ref), other] : [other, fmtYmd(ref)];
  }
  const monthsPer = grain === 'M' ? 1 : grain === 'Q' ? 3 : 0;
  if (!monthsPer) return null;
  // Index of the first month of the unit containing the reference date.
  const unitStart = grain === 'M' ? ref.y * 12 + ref.m - 1 : ref.y * 12 + Math.floor((ref.m - 1) / 3) * 3;
  const first = dir > 0 ? unitStart + monthsPer : unitStart - n * monthsPer;
  const last = first + n * monthsPer - 1;
  const ly = Math.floor(last / 12);
  const lm = (last % 12) + 1;
  return [fmt(Math.floor(first / 12), (first % 12) + 1, 1), fmt(ly, lm, daysInMonth(ly, lm))];
}

/** P2Y, P6M, P3W, P10D, PXY for vague counts; decades and centuries in years, quarters and halves in months. */
export function durationTimex(n: number | null, grain: Grain | string): string {
  const unit = grain === 'DE' || grain === 'CE' ? 'Y' : grain === 'WE' ? 'WE' : grain === 'Q' ? 'M' : grain === 'SE' ? 'M' : grain === 'H' ? 'M' : grain;
  if (n === null) return `PX${unit}`;
  const mult = grain === 'DE' ? 10 : grain === 'CE' ? 100 : grain === 'Q' ? 3 : grain === 'SE' ? 6 : grain === 'H' ? 6 : 1;
  const v = n * mult;
  return `P${Number.isInteger(v) ? v : v.toFixed(1)}${unit}`;
}

/** The shape of a value's timex ("1996" → "9999"): ranges only join like with like ("1996 to 2000", "May 1 to May 15"). */
export function timexShape(v: DateValue): string {
  return (v.timex ?? '').replace(/\d/g, '9');
}
