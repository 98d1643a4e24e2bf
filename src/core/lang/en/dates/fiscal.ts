/**
 * Fiscal years: "fiscal 1990", "fiscal year 1990", "fiscal 1989-90", "FY2024", "FY24", "fiscal year", "the fiscal
 * year", "fiscal first quarter". They stay in the company's calendar: timex "1990" with the fiscal flag, and days only
 * when the article has given that calendar (see DateScan.fiscal).
 */
import type { DateValue } from '../../../model';
import type { Parsed } from '../../../time/grammar';
import { pad4 } from '../../../time/calendar';
import { relative, runningFiscalYear, shiftedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { FISCAL_YEAR_KINDS, ORDINALS, YEAR_KINDS } from '../date-words';
import { yearAt } from './read';

/** "fiscal 1990", "fiscal year 1989-90", "FY24", "fiscal first quarter", or the running fiscal year ("fiscal year"). */
export function fiscal(s: DateScan, i: number): Parsed {
  let j = i + 1;
  if (s.w(j) === 'year') j++;
  const y = yearAt(s, j);
  if (y) {
    // "fiscal 1989-90" is the year ending in 1990.
    const inner = s.point(j);
    const end = inner?.point && inner.v.end_date ? +inner.v.end_date.slice(0, 4) : y;
    return { next: inner?.point ? inner.next : j + 1, v: s.fiscal(pad4(end), 'absolute'), point: true };
  }
  if (s.t[j]?.digits.length === 2 && s.w(i) === 'fy' && !s.t[j].suffix) {
    const yy = s.t[j].n;
    return { next: j + 1, v: s.fiscal(pad4(yy < 50 ? 2000 + yy : 1900 + yy), 'absolute'), point: true };
  }
  if (j === i + 2) return { next: j, v: runningYear(s), point: true };
  // "fiscal first quarter", "fiscal second half"
  const ord = ORDINALS.get(s.w(j));
  const part = s.w(j + 1);
  if (ord && ord >= 1 && ((part === 'quarter' && ord <= 4) || (part === 'half' && ord <= 2))) {
    return { next: j + 2, v: fiscalPart(s, part === 'quarter' ? 'Q' : 'H', ord), point: true };
  }
  return null;
}

/** The running fiscal year (by the article's fiscal calendar when it gave one). */
export function runningYear(s: DateScan, shift = 0): DateValue {
  return s.ref ? s.fiscal(pad4(runningFiscalYear(s.ref, s.story.fiscalYearEnd) + shift), 'reference') : s.fiscal('XXXX', 'unresolved');
}

/** A fiscal quarter or half named without its year: of the running fiscal year. */
export function fiscalPart(s: DateScan, part: 'Q' | 'H', n: number): DateValue {
  if (!s.ref) return s.fiscal(`XXXX-${part}${n}`, 'unresolved');
  return s.fiscal(`${pad4(runningFiscalYear(s.ref, s.story.fiscalYearEnd))}-${part}${n}`, 'reference');
}

/** "the fiscal year", "the model year", "the school year": the running one (i is "the"). */
export function theKindOfYear(s: DateScan, i: number): Parsed {
  const kind = s.w(i + 1);
  if (!YEAR_KINDS.has(kind) || s.w(i + 2) !== 'year') return null;
  if (FISCAL_YEAR_KINDS.has(kind)) return { next: i + 3, v: runningYear(s), point: true };
  return { next: i + 3, v: relative(s.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
}
