/** Words of frequency that OntoNotes tags DATE on their own: "annual", "quarterly", "daily", "seasonally adjusted". */
import { NOT_A_DATE, Parsed } from '../../../time/grammar';
import { dateValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { PERIODIC } from '../date-words';

export function periodic(s: DateScan, i: number): Parsed {
  const w = s.w(i);
  const pv = PERIODIC.get(w)!;
  const tok = s.t[i];
  // "People's Daily", "Annual Meeting" in a name: capitalised next to other capitalised words.
  if (tok.cap && (s.t[i + 1]?.cap || (s.t[i - 1]?.cap && /[a-z]/i.test(s.t[i - 1].lower)) || (s.w(i - 1) === 's' && s.w(i - 2) === "'"))) return NOT_A_DATE;
  // "prices are increasing daily.": a manner adverb after a verb, not a period.
  if (w === 'daily' && /^[.,;]?$/.test(s.w(i + 1)) && /(?:ing|es|s|ed)$/.test(s.w(i - 1))) return NOT_A_DATE;
  return { next: i + 1, v: dateValue(pv, 'absolute'), point: false };
}
