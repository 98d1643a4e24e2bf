/** "between 2022 and 2024", "between April 1990 and April 1991": one span, like with like (OntoNotes tags it whole). */
import type { Parsed } from '../../../time/grammar';
import { timexShape } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';

export function between(s: DateScan, i: number): Parsed {
  const p = s.point(i + 1);
  if (!p || !p.point || s.w(p.next) !== 'and' || !p.v.start_date) return null;
  const q = s.point(p.next + 1);
  if (!q || !q.point || !q.v.end_date) return null;
  if (timexShape(p.v) !== timexShape(q.v) || q.v.start_date! < p.v.start_date) return null;
  return { next: q.next, v: { ...p.v, end_date: q.v.end_date }, point: true };
}
