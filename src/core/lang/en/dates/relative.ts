/**
 * last / next / this / coming / past / previous + a unit, weekday, month, holiday or season: "last year", "next
 * Tuesday", "this spring", "the following week", "the past two years", "last fiscal year".
 */
import { NOT_A_DATE, Parsed, Phrase } from '../../../time/grammar';
import { Ymd, addDays, fmtYmd, weekday } from '../../../time/calendar';
import type { DateValue } from '../../../model';
import {
  Grain, countedPeriod, dateValue, durationTimex, monthDayRelative, monthValue, relative, seasonValue, shiftedUnit, unresolvedUnit,
} from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { SEASONS, WEEKDAYS } from '../calendar';
import { NARRATIVE_REL_WORDS, REL_WORDS, THIS_WORDS, UNITS, VERB_LAST_CONTEXT, YEAR_KINDS } from '../date-words';
import { earningsStory, comparedFigure } from './cues';
import { duration, yearAgoQuarter } from './duration';
import { HOLIDAY_INDEX, holidayPhrase } from './holiday';
import { slashMonthDay } from './numeric';
import { dayAt, monthAt, pointGrain } from './read';
import { weekdayPhrase } from './weekday';

/** A relative phrase starting at its relative word (the point table's entry): what it reads is final. */
export function relativeWord(s: DateScan, i: number): Parsed {
  return relativeUnit(s, i, i) ?? NOT_A_DATE;
}

/** The relative word at i; start is where the phrase began (i, or the "the" before it). */
export function relativeUnit(s: DateScan, i: number, start: number): Phrase | null {
  const relWord = s.w(i);
  const rel = REL_WORDS.get(relWord)!;
  // "will last five weeks": the verb.
  if (relWord === 'last' && start === i && VERB_LAST_CONTEXT.has(s.w(i - 1))) return null;
  let j = i + 1;
  const w = s.w(j);
  const asThis = relWord === 'this';
  const noPoint = relWord === 'past' || relWord === 'current';
  // last/next/this + weekday
  if (WEEKDAYS.has(w) && s.t[j].cap) return noPoint ? null : weekdayPhrase(s, j, asThis ? 0 : rel, start);
  // "last May 5", "next 6th of April", "this 5/12": the day of that month before or after the reference date.
  const day = noPoint ? null : s.point(j);
  if (day && day.v.anchor === 'reference' && /^\d{4}-\d{2}-\d{2}$/.test(day.v.timex ?? '') && !WEEKDAYS.has(w)) {
    return { next: day.next, v: monthDayRelative(s.ref, +day.v.timex!.slice(5, 7), +day.v.timex!.slice(8), asThis ? 2 : rel), point: true };
  }
  const mm = monthAt(s, j);
  if (mm) {
    if (dayAt(s, mm[1])) return s.point(j);
    if (noPoint) return null;
    return { next: mm[1], v: monthValue(s.ref, mm[0], asThis ? 2 : rel, s.tense(start)), point: true };
  }
  const md = noPoint ? null : slashMonthDay(s, j);
  if (md) return { next: md.next, v: monthDayRelative(s.ref, md.m, md.d, asThis ? 2 : rel), point: true };
  if (s.t[j]?.cap && HOLIDAY_INDEX.has(w) && (relWord === 'last' || relWord === 'next' || asThis)) {
    const h = holidayPhrase(s, j, asThis ? 2 : rel, start);
    if (h) return h;
  }
  // "last season", "this season", "the next season": a sports or fashion season, not a calendar unit we can place.
  if (w === 'season' && relWord !== 'past' && relWord !== 'present') return { next: j + 1, v: dateValue(null, s.ref ? 'reference' : 'unresolved'), point: true };
  const season = SEASONS.get(w);
  if (season) {
    if (noPoint) return null;
    return { next: j + 1, v: seasonValue(s.ref, season, asThis ? 2 : rel, s.tense(start)), point: true };
  }
  // "the past two years", "next three months", "the coming few years": a duration
  if (rel !== 0 || relWord === 'past') {
    const dur = countedUnits(s, j, rel < 0 || relWord === 'past' ? -1 : 1);
    if (dur) return dur;
  }
  // "last fiscal year", "this crop year"
  if (YEAR_KINDS.has(w) && s.w(j + 1) === 'year') j++;
  // Singular units only ("this time" is TIME; plurals were handled as durations above).
  const grain = pointGrain(s.w(j));
  if (!grain) return null;
  return relativeGrain(s, start, relWord, rel, grain, j);
}

/**
 * "the past two years", "next three months", "the coming months": a duration that also covers the interval next to
 * the reference date (see countedPeriod); a vague count ("the coming months") only starts or ends there.
 */
function countedUnits(s: DateScan, j: number, dir: number): Phrase | null {
  const dur = duration(s, j, true);
  if (!dur || dur.next <= j || dur.point || !s.ref) return dur;
  return { ...dur, v: { ...dur.v, ...coveredBy(s.ref, dur.v.timex, UNITS.get(s.w(dur.next - 1)) === 'Q', dir) } };
}

/** The interval a duration next to the reference date covers (P2Y, P6M, PXM …); quarters are counted as quarters. */
function coveredBy(ref: Ymd, timex: string | null, quarters: boolean, dir: number): Partial<DateValue> {
  const m = timex ? /^P(\d+|X)([DWMY])$/.exec(timex) : null;
  if (!m) return {};
  if (m[1] === 'X') return dir > 0 ? { start_date: fmtYmd(ref), anchor: 'reference' } : { end_date: fmtYmd(ref), anchor: 'reference' };
  const grain = (quarters ? 'Q' : m[2]) as Grain;
  const iv = countedPeriod(ref, quarters ? +m[1] / 3 : +m[1], grain, dir);
  return iv ? { start_date: iv[0], end_date: iv[1], anchor: 'reference' } : {};
}

/** "this year", "last week", "the following day", "the past year", "next week Tuesday". */
function relativeGrain(s: DateScan, start: number, relWord: string, rel: number, grain: Grain, j: number): Phrase {
  // "the past year", "the last decade" are durations up to now (and the interval they cover); "this year" and "last
  // year" are calendar units.
  if (relWord === 'past' || (relWord === 'last' && s.w(start) === 'the')) {
    const timex = durationTimex(1, grain);
    const v = { ...dateValue(timex, 'absolute'), ...(s.ref ? coveredBy(s.ref, timex, grain === 'Q', -1) : {}) };
    return { next: j + 1, v, point: false };
  }
  const k = THIS_WORDS.has(relWord) ? 0 : rel;
  // Earnings news: "from last year's $1.55 billion" compares with the quarter a year before.
  if (relWord === 'last' && grain === 'Y' && start === j - 1 && earningsStory(s) && comparedFigure(s, start)) {
    return { next: j + 1, v: yearAgoQuarter(s, start, false), point: true };
  }
  // "the following week", "the previous day", "the next month" in a past-tense story: counted from the last date
  // the story mentioned, not from the publication date ("the coming week" always counts from the latter). "The
  // following decade" after 1986 is the 1990s.
  const narrative = NARRATIVE_REL_WORDS.has(relWord) && (relWord !== 'next' || (s.tense(start) === 'past' && grain !== 'DE' && grain !== 'CE'));
  if (s.w(start) === 'the' && narrative) {
    const av = s.fromAnchor(start, grain, k, false, true);
    if (av) return { next: j + 1, v: av, point: true };
  }
  // "this week Monday", "next week Tuesday"
  const wdAfter = WEEKDAYS.get(s.w(j + 1));
  if (grain === 'W' && wdAfter !== undefined) {
    return { next: j + 2, v: relative(s.ref, (r) => fmtYmd(addDays(r, 7 * k - weekday(r) + wdAfter)), `XXXX-WXX-${wdAfter + 1}`), point: true };
  }
  return { next: j + 1, v: relative(s.ref, (r) => shiftedUnit(r, grain, k), unresolvedUnit(grain)), point: true };
}
