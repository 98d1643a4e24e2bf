/**
 * Modifiers around a point, which keep the point's rule: "early 2024", "late Tuesday", "mid-March", "earlier this
 * year", "around Nov. 1", "the end of 1997", "end of month", "the turn of the century", "the early 1980s", "the rest of
 * the year".
 */
import type { Parsed, Phrase } from '../../../time/grammar';
import { fmtYmd } from '../../../time/calendar';
import { relative, shiftedUnit, unresolvedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { APPROX_POINT_WORDS, EDGE_MODS, POINT_MODS, REST_WORDS } from '../date-words';
import { pointGrain } from './read';

/** early/late/mid-X, "earlier this year", "around Nov. 1", "the end of X" (a wrapper: tried before the points). */
export function modified(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  let j = i;
  let mod = POINT_MODS.get(w);
  if (mod !== undefined) {
    j = i + 1;
    // "mid-2023"; "late-in-the-day" and similar hyphenations are not worth modelling.
    if (w === 'mid' && s.hyphenAt(j)) j++;
  } else if (APPROX_POINT_WORDS.has(w)) {
    mod = 'APPROX';
    j = i + 1;
  } else {
    const k = w === 'the' ? i + 1 : i;
    const edge = EDGE_MODS.get(s.w(k));
    if (edge && s.w(k + 1) === 'of') {
      mod = edge;
      j = k + 2;
    }
  }
  const k = w === 'the' ? i + 1 : i;
  const rest = j === i && REST_WORDS.has(s.w(k)) && s.w(k + 1) === 'of';
  if (rest) j = k + 2;
  if (j === i) return null;
  // "mid-1990s" and the like are points of their own; "late in the day" is no date phrase. "end of month": the running one.
  const inner = s.point(j) ?? runningUnit(s, j);
  if (!inner || !inner.point) return null;
  // "the rest of the year": from the reference day to the end of it.
  if (rest) {
    const from = s.ref ? fmtYmd(s.ref) : null;
    if (!from || !inner.v.start_date || !inner.v.end_date || from < inner.v.start_date || from > inner.v.end_date) return null;
    return { next: inner.next, v: { ...inner.v, start_date: from, anchor: 'reference' }, point: true, rule: inner.rule };
  }
  const v = { ...inner.v, mod: mod === 'APPROX' || !inner.v.mod ? mod : inner.v.mod };
  if (!v.mod) delete v.mod;
  return { next: inner.next, v, point: true, rule: inner.rule };
}

/** A bare unit after "end of", "rest of" ("end of month", "rest of year"): the running one. */
function runningUnit(s: DateScan, j: number): Phrase | null {
  const grain = pointGrain(s.w(j));
  if (!grain || grain === 'D' || grain === 'WE') return null;
  return { next: j + 1, v: relative(s.ref, (r) => shiftedUnit(r, grain, 0), unresolvedUnit(grain)), point: true, rule: 'date.the-unit' };
}

/** "the early 1980s", "the late 1970s", "the mid-1990s": the part of a decade or year (i is "the"). */
export function theModifiedDecade(s: DateScan, i: number): Parsed {
  const w1 = s.w(i + 1);
  let k = i + 2;
  if (w1 === 'mid' && s.hyphenAt(k)) k++;
  const inner = s.point(k);
  if (!inner || !inner.point || !inner.v.timex || !/^\d{2,4}$/.test(inner.v.timex)) return null;
  return { next: inner.next, v: { ...inner.v, mod: POINT_MODS.get(w1) }, point: true, rule: inner.rule };
}
