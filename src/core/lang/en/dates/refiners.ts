/**
 * Refiners: what may extend a phrase once a parser found it, applied in this order. Each keeps the rule of the phrase
 * it extends (the parser that found the core).
 */
import type { Refiner } from '../../../time/grammar';
import { pad4, parseYmd } from '../../../time/calendar';
import { dateValue, timexShape } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { NUMBER_WORDS, RANGE_WORDS, UNITS } from '../date-words';
import { ordinalAt } from './read';

/** Ranges between two complete points, like with like: "1953 to 1955", "Oct. 13 to Oct. 20", "Monday through Friday". */
export const range: Refiner = (s, _start, p) => {
  const sep = s.w(p.next);
  if (!p.point || !(RANGE_WORDS.has(sep) || (sep === '-' && s.glued(p.next) === false))) return p;
  const q = s.point(p.next + 1);
  if (!q || !q.point || !q.v.start_date || !p.v.start_date || !q.v.end_date) return p;
  if (timexShape(p.v) !== timexShape(q.v)) return p;
  let end = q.v.end_date;
  // "from Oct. 25 to Jan. 25": a yearless end before the start is in the next year.
  if (q.v.start_date < p.v.start_date && q.v.anchor === 'reference' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(q.v.timex ?? '')) {
    end = `${pad4(+end.slice(0, 4) + 1)}${end.slice(4)}`;
    if (end < p.v.start_date || !parseYmd(end)) return p;
  } else if (q.v.start_date < p.v.start_date) return p;
  return { next: q.next, v: { ...p.v, end_date: end }, point: true, rule: p.rule };
};

/** "the last year or so"; "the next year or two", "a day or two", "a week or two weeks". */
export const orSo: Refiner = (s, _start, p) => {
  if (s.w(p.next) !== 'or') return p;
  if (s.w(p.next + 1) === 'so') return { ...p, next: p.next + 2 };
  const n = s.w(p.next + 1);
  if (UNITS.has(s.w(p.next - 1)) && (NUMBER_WORDS.has(n) || s.t[p.next + 1]?.digits) && n !== 'a') {
    return { ...p, next: p.next + 2 + (UNITS.has(s.w(p.next + 2)) ? 1 : 0) };
  }
  return p;
};

/** A glued "'s" or "'" after the phrase ("last year's", "the past two days'"): the token after it, or next. */
function afterPossessive(s: DateScan, next: number): number {
  if (s.w(next) === "'" && s.glued(next)) {
    if (s.w(next + 1) === 's' && s.glued(next + 1)) return next + 2;
    if (s.t[next - 1]?.lower.endsWith('s')) return next + 1;
  }
  return next;
}

/**
 * OntoNotes keeps "'s" inside multi-word dates ("last year's") but not after one word ("Friday's"); "next year's first
 * quarter", "2019's third quarter", "fiscal 2019's second half" are the quarter or half of that year.
 */
export const possessive: Refiner = (s, start, p) => {
  const after = afterPossessive(s, p.next);
  const ord = ordinalAt(s, after);
  const part = s.w(after + 1);
  if (after > p.next && ord && ord >= 1 && (part === 'quarter' || part === 'half') && p.v.timex && /^\d{4}$/.test(p.v.timex) && ord <= (part === 'quarter' ? 4 : 2)) {
    const timex = `${p.v.timex}-${part === 'quarter' ? 'Q' : 'H'}${ord}`;
    return { next: after + 2, v: p.v.fiscal ? s.fiscal(timex, p.v.anchor) : dateValue(timex, p.v.anchor), point: true, rule: p.rule };
  }
  const next = p.next - start > 1 ? after : p.next;
  return next === p.next ? p : { ...p, next };
};
