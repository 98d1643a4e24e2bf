/**
 * Periods named against another one (i is "the"): "the same period last year", "the same quarter a year ago", "the
 * year-earlier quarter", "the year-ago third quarter", "the latest quarter", "the current fiscal year".
 */
import type { Parsed } from '../../../time/grammar';
import { pad4 } from '../../../time/calendar';
import { Grain, dateValue, relative, shiftedUnit, unresolvedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { A_YEAR_AGO_WORDS, ORDINALS, SAME_PERIOD_WORDS, YEAR_AGO_WORDS, YEAR_KINDS } from '../date-words';
import { afterTheFiscal, pointGrain, yearSuffix } from './read';

export function theSamePeriod(s: DateScan, i: number): Parsed {
  const [j] = afterTheFiscal(s, i);
  const w = s.w(j);
  if (!SAME_PERIOD_WORDS.has(w)) return null;
  let k = j + 1;
  let shiftYears = 0;
  if (w === 'year') {
    if (!s.hyphenAt(k) || !YEAR_AGO_WORDS.has(s.w(k + 1))) return null;
    k += 2;
    shiftYears = -1;
  }
  const latest = w === 'latest';
  const noun = s.w(k);
  if ((latest || w === 'current') && YEAR_KINDS.has(noun) && s.w(k + 1) === 'year') {
    // "the latest fiscal year" is the last completed one; "the current fiscal year" the running one.
    return { next: k + 2, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', latest ? -1 : 0), 'XXXX'), point: true };
  }
  // "the year-earlier third quarter"
  const qOrd = ORDINALS.get(noun);
  if (w === 'year' && qOrd && qOrd >= 1 && qOrd <= 4 && s.w(k + 1) === 'quarter') {
    return { next: k + 2, v: relative(s.ref, (r) => `${pad4(r.y - 1)}-Q${qOrd}`, `XXXX-Q${qOrd}`), point: true };
  }
  const nounGrain: Grain | null = noun === 'period' ? 'Q' : pointGrain(noun);
  if (!nounGrain || noun.endsWith('s')) return null;
  if (w === 'same' && noun === 'time') return null; // "at the same time": not a date in practice
  let next = k + 1;
  const ys = yearSuffix(s, next);
  if (ys && ys[2]) {
    next = ys[1];
    shiftYears = (ys[0] ?? 0) - (s.ref?.y ?? 0);
  } else if ((s.w(next) === 'a' || s.w(next) === 'one') && s.w(next + 1) === 'year' && A_YEAR_AGO_WORDS.has(s.w(next + 2))) {
    next += 3;
    shiftYears = -1;
  }
  if (latest || w === 'current') {
    // The latest quarter or month is the last complete one; the current one is running.
    const k0 = latest && (nounGrain === 'Q' || nounGrain === 'M') ? -1 : 0;
    return { next, v: relative(s.ref, (r) => shiftedUnit(r, nounGrain, k0), unresolvedUnit(nounGrain)), point: true };
  }
  // "The same period" in news is the latest reported quarter, shifted by the years named.
  if (nounGrain === 'Q') return { next, v: relative(s.ref, (r) => shiftedUnit(r, 'Q', -1 + 4 * shiftYears), 'XXXX-QX'), point: true };
  if (nounGrain === 'Y') return { next, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', shiftYears), 'XXXX'), point: true };
  return { next, v: dateValue(null, s.ref ? 'reference' : 'unresolved'), point: true };
}
