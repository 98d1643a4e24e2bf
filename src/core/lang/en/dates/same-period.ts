/**
 * Periods named against another one (i is "the"): "the same period last year", "the same quarter a year ago", "the
 * year-earlier quarter", "the year-ago third quarter", "the latest quarter", "the current fiscal year".
 */
import { PERIOD_GRAINS } from '../../../time/anchor';
import type { Parsed } from '../../../time/grammar';
import { pad4 } from '../../../time/calendar';
import { Grain, dateValue, relative, shiftedUnit, unresolvedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { A_YEAR_AGO_WORDS, FISCAL_YEAR_KINDS, ORDINALS, SAME_PERIOD_WORDS, YEAR_AGO_WORDS, YEAR_KINDS } from '../date-words';
import { runningYear } from './fiscal';
import { count } from './duration';
import { yearToDate } from './quarter';
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
  // "the latest nine months": the year so far.
  const cnt = latest ? count(s, k) : null;
  if (cnt && cnt.n !== null && cnt.n < 12 && s.w(cnt.next) === 'months') return { next: cnt.next + 1, v: yearToDate(s, cnt.n, i), point: false };
  if ((latest || w === 'current') && YEAR_KINDS.has(noun) && s.w(k + 1) === 'year') {
    // "the latest fiscal year" is the last completed one; "the current fiscal year" the running one.
    if (FISCAL_YEAR_KINDS.has(noun)) return { next: k + 2, v: runningYear(s, latest ? -1 : 0), point: true };
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
  let named: number | null = null;
  const ys = yearSuffix(s, next);
  if (ys && ys[2]) {
    next = ys[1];
    shiftYears = (ys[0] ?? 0) - (s.ref?.y ?? 0);
  } else if (ys && !ys[2] && ys[0] !== null && s.w(next) === 'of') {
    // "the same period of 1988"
    next = ys[1];
    named = ys[0];
  } else if ((s.w(next) === 'a' || s.w(next) === 'one') && s.w(next + 1) === 'year' && A_YEAR_AGO_WORDS.has(s.w(next + 2))) {
    next += 3;
    shiftYears = -1;
  }
  if (w === 'current') return { next, v: relative(s.ref, (r) => shiftedUnit(r, nounGrain, 0), unresolvedUnit(nounGrain)), point: true };
  // "the same month" names the month of the story's latest date; a year-on-year comparison is with the period the
  // story is about (the first it named of that grain: "third-quarter net rose …; in the year-earlier period …").
  const grains = noun === 'period' ? PERIOD_GRAINS : [nounGrain];
  if (w === 'same' && named === null && !shiftYears) {
    const v = s.story.containing(i, nounGrain);
    if (v) return { next, v, point: true };
  }
  const a = named !== null || shiftYears ? s.story.topic(i, grains) : null;
  if (a) {
    const y = +a.timex.slice(0, 4);
    return { next, v: s.story.inYear(a, named ?? y + shiftYears), point: true };
  }
  if (latest) {
    // The latest quarter or month is the last complete one.
    const k0 = nounGrain === 'Q' || nounGrain === 'M' ? -1 : 0;
    return { next, v: relative(s.ref, (r) => shiftedUnit(r, nounGrain, k0), unresolvedUnit(nounGrain)), point: true };
  }
  // "The same period" in news is the latest reported quarter, shifted by the years named.
  if (nounGrain === 'Q') return { next, v: relative(s.ref, (r) => shiftedUnit(r, 'Q', -1 + 4 * shiftYears), 'XXXX-QX'), point: true };
  if (nounGrain === 'Y') return { next, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', shiftYears), 'XXXX'), point: true };
  return { next, v: dateValue(null, s.ref ? 'reference' : 'unresolved'), point: true };
}
