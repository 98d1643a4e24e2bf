/**
 * "between 2022 and 2024", "between April 1990 and April 1991", "between now and May 21", "between Jan 22 and now": one
 * span (OntoNotes tags it whole), like with like; "now" or "today" stands for the reference day. The timex is the first
 * date written, the interval covers the range.
 */
import type { Parsed, Phrase } from '../../../time/grammar';
import { fmtYmd } from '../../../time/calendar';
import { relative, timexShape } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { NOW_WORDS } from '../date-words';

/** "now" / "today" at k: the reference day as a point. */
function nowAt(s: DateScan, k: number): Phrase | null {
  return NOW_WORDS.has(s.w(k)) ? { next: k + 1, v: relative(s.ref, fmtYmd, 'PRESENT_REF'), point: true } : null;
}

export function between(s: DateScan, i: number): Parsed {
  const pNow = nowAt(s, i + 1);
  const p = pNow ?? s.point(i + 1);
  if (!p || !p.point || s.w(p.next) !== 'and' || !p.v.start_date) return null;
  const qNow = pNow ? null : nowAt(s, p.next + 1);
  const q = qNow ?? s.point(p.next + 1);
  if (!q || !q.point || !q.v.end_date) return null;
  if (!pNow && !qNow && timexShape(p.v) !== timexShape(q.v)) return null;
  if (q.v.end_date < p.v.start_date) return null;
  // The timex is the written end's ("between now and May 21" → the May 21), the interval the whole range.
  const timex = (pNow ? q : p).v.timex;
  return { next: q.next, v: { ...p.v, timex, end_date: q.v.end_date, anchor: pNow || qNow ? 'reference' : p.v.anchor }, point: true };
}
