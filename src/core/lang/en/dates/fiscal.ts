/** Fiscal years: "fiscal 1990", "fiscal year 1990", "fiscal 1989-90", "FY2024", "FY24", "fiscal year", "the fiscal year". */
import type { Parsed } from '../../../time/grammar';
import { pad4 } from '../../../time/calendar';
import { dateValue, relative, shiftedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { YEAR_KINDS } from '../date-words';
import { yearAt } from './read';

/** "fiscal 1990", "fiscal year 1989-90", "FY24", or the running fiscal year ("fiscal year"); i is "fiscal" or "fy". */
export function fiscal(s: DateScan, i: number): Parsed {
  let j = i + 1;
  if (s.w(j) === 'year') j++;
  const y = yearAt(s, j);
  if (y) {
    const inner = s.point(j);
    if (inner && inner.point) return { next: inner.next, v: inner.v, point: true };
    return { next: j + 1, v: dateValue(pad4(y), 'absolute'), point: true };
  }
  if (s.t[j]?.digits.length === 2 && s.w(i) === 'fy') {
    const yy = s.t[j].n;
    return { next: j + 1, v: dateValue(pad4(yy < 50 ? 2000 + yy : 1900 + yy), 'absolute'), point: true };
  }
  if (j === i + 2) return { next: j, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
  return null;
}

/** "the fiscal year", "the model year", "the school year": the running one (i is "the"). */
export function theKindOfYear(s: DateScan, i: number): Parsed {
  if (!YEAR_KINDS.has(s.w(i + 1)) || s.w(i + 2) !== 'year') return null;
  return { next: i + 3, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
}
