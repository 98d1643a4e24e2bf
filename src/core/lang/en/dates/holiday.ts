/** Named holidays: "Christmas", "Easter 2026", "last Thanksgiving", "Holy Week", "Ramadan"; and "New Year". */
import type { DateValue } from '../../../model';
import type { Parsed, Phrase } from '../../../time/grammar';
import { Ymd, addDays, fmtYmd, pad2, weekTimex, weekday } from '../../../time/calendar';
import { Holiday, holidayIndex } from '../../../time/holidays';
import { dateValue, monthDayValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { WEEKDAYS } from '../calendar';
import { HOLIDAYS, holidaySpellings } from '../holidays';
import { yearAt, yearSuffix } from './read';

/** First word → holidays starting with it, longest first. */
export const HOLIDAY_INDEX = holidayIndex(HOLIDAYS, holidaySpellings);

/** A named holiday starting at token i (capitalised, or a name of several words: "independence day"), and the token after it. */
function holidayAt(s: DateScan, i: number): [Holiday, number] | null {
  const tok = s.t[i];
  if (!tok) return null;
  const list = HOLIDAY_INDEX.get(tok.lower);
  if (!list) return null;
  for (const h of list) {
    let k = 1;
    while (k < h.words.length && s.w(i + k) === h.words[k]) k++;
    if (k < h.words.length || (!tok.cap && k < 2)) continue;
    const next = i + k;
    // "Easter Island", "Christmas Carol": a one-word holiday followed by a capitalised word is part of a name.
    if (k === 1 && s.t[next]?.cap && !yearAt(s, next) && !WEEKDAYS.has(s.w(next))) return null;
    return [h, next];
  }
  return null;
}

/** A holiday at i (the point table's entry): with a written year, else by tense. */
export function holiday(s: DateScan, i: number): Parsed {
  return holidayPhrase(s, i, 0, i);
}

/** Holiday value: with a written year, by rel (-1 last, +1 next, 2 this), or by tense for a bare name. */
export function holidayPhrase(s: DateScan, i: number, rel: number, start: number): Phrase | null {
  const hit = holidayAt(s, i);
  if (!hit) return null;
  const [h, after] = hit;
  let next = after;
  let y: number | null = null;
  let yearAnchor: DateValue['anchor'] = 'absolute';
  // "Easter 2026", "Christmas, 2019", "independence day of this year", "Thanksgiving last year"
  const ys = rel === 0 ? yearSuffix(s, next) : null;
  if (ys) {
    [y, next] = [ys[0], ys[1]];
    if (ys[2]) yearAnchor = y === null ? 'unresolved' : 'reference';
  }
  const dayOf = h.day;
  if (!dayOf) return { next, v: dateValue(null, 'unresolved'), point: true };
  const val = (d: Ymd) => (h.week ? weekTimex(d) : fmtYmd(d));
  if (y !== null) return { next, v: dateValue(val(dayOf(y)), yearAnchor), point: true };
  const r = s.ref;
  if (!r) {
    const d = dayOf(2001);
    // Fixed-date holidays keep month and day; movable ones have no yearless value.
    const fixedDay = !h.week && fmtYmd(dayOf(2002)) === fmtYmd({ y: 2002, m: d.m, d: d.d });
    return { next, v: dateValue(fixedDay ? `XXXX-${pad2(d.m)}-${pad2(d.d)}` : null, 'unresolved'), point: true };
  }
  const refStr = fmtYmd(r);
  // A holiday week counts from its Monday.
  const at = (yr: number) => fmtYmd(h.week ? addDays(dayOf(yr), -weekday(dayOf(yr))) : dayOf(yr));
  let yy: number;
  if (rel === 2) yy = r.y;
  else if (rel < 0) yy = at(r.y) < refStr ? r.y : r.y - 1;
  else if (rel > 0) yy = at(r.y) > refStr ? r.y : r.y + 1;
  else {
    // A holiday is one day: past wording → the latest one on or before the reference date, future → the next one.
    const future = s.tense(start) === 'future';
    const cur = at(r.y);
    yy = future ? (cur >= refStr ? r.y : r.y + 1) : cur <= refStr ? r.y : r.y - 1;
  }
  return { next, v: dateValue(val(dayOf(yy)), 'reference'), point: true };
}

/** "New Year", "New Year Day", "New Year's Day" (capitalised): January 1 of the year the tense points to. */
export function newYear(s: DateScan, i: number): Parsed {
  if (s.w(i + 1) !== 'year' || !s.t[i].cap || !s.t[i + 1].cap) return null;
  let next = i + 2;
  if (s.w(next) === "'" && s.w(next + 1) === 's' && s.w(next + 2) === 'day') next += 3;
  else if (s.w(next) === 'day') next++;
  return { next, v: monthDayValue(s.ref, 1, 1, s.tense(i)), point: true };
}
