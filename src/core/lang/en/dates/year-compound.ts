/** "year end", "year's end", "year-end" (the closing day), "year-earlier", "year-ago", "year-long", "year-to-date" (i is "year"). */
import type { DateValue } from '../../../model';
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { dateValue, relative, shiftedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { YEAR_AGO_WORDS } from '../date-words';
import { earningsStory } from './cues';

export function yearCompound(s: DateScan, i: number): Parsed {
  // "year end", "year's end"
  let k = i + 1;
  if (s.w(k) === "'" && s.w(k + 1) === 's') k += 2;
  if (s.w(k) === 'end') return { next: k + 1, v: yearEnd(s), point: true };
  if (!s.hyphenAt(i + 1)) return NOT_A_DATE;
  const w2 = s.w(i + 2);
  if (w2 === 'end') return { next: i + 3, v: yearEnd(s), point: true };
  if (YEAR_AGO_WORDS.has(w2)) {
    // In earnings news the year-ago figures are the same quarter a year before the latest one.
    const quarterly = earningsStory(s);
    const v = relative(s.ref, (r) => (quarterly ? shiftedUnit(r, 'Q', -5) : shiftedUnit(r, 'Y', -1)), 'XXXX');
    return { next: i + 3, v: s.story.comparison(v), point: true };
  }
  if (w2 === 'long') return { next: i + 3, v: dateValue('P1Y', 'absolute'), point: false };
  if (w2 === 'to' && s.hyphenAt(i + 3) && s.w(i + 4) === 'date') return { next: i + 5, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
  return NOT_A_DATE;
}

/** "year-end" is the closing day of the running year: timex the year, mod END, and that one day. */
function yearEnd(s: DateScan): DateValue {
  const v = relative(s.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX', 'END');
  if (v.timex && v.start_date) v.start_date = `${v.timex}-12-31`;
  return v;
}
