/** "that day", "that year" (the story's latest date decides), "each month", "every year", "all year", "these days". */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { dateValue, durationTimex, unresolvedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { ALL_UNITS, EVERY_WORDS, THAT_WORDS } from '../date-words';
import { pointGrain } from './read';

export function demonstrative(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  const unit = s.w(i + 1);
  if (w === 'these' && unit === 'days') return { next: i + 2, v: dateValue('PRESENT_REF', 'absolute'), point: false };
  const grain = pointGrain(unit);
  if (w === 'same' || !grain || unit.endsWith('s')) return NOT_A_DATE;
  if (EVERY_WORDS.has(w) || (w === 'all' && ALL_UNITS.has(unit))) return { next: i + 2, v: dateValue(durationTimex(1, grain), 'absolute'), point: false };
  // "that year" names the year of the story's latest date; with none before it, a year we cannot place.
  if (THAT_WORDS.has(w)) return { next: i + 2, v: s.story.containing(i, grain) ?? dateValue(unresolvedUnit(grain), 'unresolved'), point: true };
  return NOT_A_DATE;
}
