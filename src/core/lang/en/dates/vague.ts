/** Vague references to the past that OntoNotes tags DATE: "recent years", "at the time", "over the years", "the other day". */
import type { Parsed } from '../../../time/grammar';
import { dateValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { TIME_CLAUSE_WORDS, UNITS, VAGUE_PLURAL_AFTER, VAGUE_PLURAL_BEFORE, VAGUE_PLURAL_UNITS } from '../date-words';

const pastRef = (next: number, point: boolean) => ({ next, v: dateValue('PAST_REF', 'absolute'), point });

/** "recent years", "recent months" (i is "recent"; the adverb "recently" OntoNotes rarely tags, so it is no trigger). */
export function recent(s: DateScan, i: number): Parsed {
  const unit = s.w(i + 1);
  return UNITS.has(unit) && unit.endsWith('s') ? pastRef(i + 2, false) : null;
}

/** "at the time" (not "at the time of …", "at the time when …"); i is "the". */
export function atTheTime(s: DateScan, i: number): Parsed {
  return s.w(i - 1) === 'at' && !TIME_CLAUSE_WORDS.has(s.w(i + 2)) ? pastRef(i + 2, false) : null;
}

/** "over the years", "throughout the decades", "the days leading up to", "the years before"; i is "the". */
export function theYearsGoneBy(s: DateScan, i: number): Parsed {
  if (!VAGUE_PLURAL_UNITS.has(s.w(i + 1))) return null;
  return VAGUE_PLURAL_BEFORE.has(s.w(i - 1)) || VAGUE_PLURAL_AFTER.has(s.w(i + 2)) ? pastRef(i + 2, false) : null;
}

/** "the other day"; i is "the". */
export function theOtherDay(s: DateScan, i: number): Parsed {
  return s.w(i + 2) === 'day' ? pastRef(i + 3, true) : null;
}
