/** Seasons: "summer", "by spring", "the winter", "the summer of 1987" ("last spring" is read by relative.ts). */
import type { Parsed } from '../../../time/grammar';
import { pad4 } from '../../../time/calendar';
import { dateValue, seasonValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { SEASONS } from '../calendar';
import { SEASON_NOUNS, SEASON_PREPOSITIONS } from '../date-words';
import { yearSuffix } from './read';

/** A bare season in lower case: "autumn", "summer", "winter" anywhere; "spring", "fall" after a preposition ("by spring"). */
export function season(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  const code = SEASONS.get(w);
  if (!code || s.t[i].cap || !(SEASON_NOUNS.has(w) || SEASON_PREPOSITIONS.has(s.w(i - 1)))) return null;
  return { next: i + 1, v: seasonValue(s.ref, code, 0, s.tense(i)), point: true };
}

/** "the summer", "the summer of 1987", "the fall of last year" (i is "the"); not a name ("The Winter Palace"). */
export function theSeason(s: DateScan, i: number): Parsed {
  const code = SEASONS.get(s.w(i + 1));
  if (!code || (s.t[i + 1].cap && s.t[i + 2]?.cap)) return null;
  const ys = yearSuffix(s, i + 2);
  if (ys && ys[0] !== null) return { next: ys[1], v: dateValue(`${pad4(ys[0])}-${code}`, ys[2] ? 'reference' : 'absolute'), point: true };
  return { next: i + 2, v: seasonValue(s.ref, code, 0, s.tense(i)), point: true };
}
