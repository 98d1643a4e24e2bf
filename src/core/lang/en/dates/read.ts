/**
 * Readers the English date parsers share: a month name, a day of the month, a year in digits or words, the year after
 * a month (", 2025", "of last year"), a calendar unit. Each reads at a token index and returns what it read with the
 * index after it, or nothing; none of them is a parser of its own.
 */
import type { Grain } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { MONTHS, MONTH_ABBREVIATIONS } from '../calendar';
import {
  CENTURY_WORDS, MONTH_CONTEXT, NUMBER_WORDS, ORDINALS, POINT_UNITS, REL_WORDS, WORDLIKE_MONTHS, WORDLIKE_MONTH_ABBREVIATIONS,
} from '../date-words';
import { NUMBER_TENS } from '../numbers';

/** Month name or abbreviation at i (capitalised, or before a number, or anywhere after a day): [month, next]. */
export function monthAt(s: DateScan, i: number, afterDay = false): [number, number] | null {
  const tok = s.t[i];
  // "june the 28th": a day after "the" vouches for a lower-case month too.
  const theDay = s.w(i + 1) === 'the' && !!s.t[i + 2]?.digits && !!s.t[i + 2].suffix && s.t[i + 2].suffix !== 's';
  if (!tok || !(tok.cap || afterDay || s.t[i + 1]?.digits || theDay)) return null;
  const full = MONTHS.get(tok.lower);
  if (full) {
    const alwaysWordInLowerCase = WORDLIKE_MONTHS.get(tok.lower);
    if (alwaysWordInLowerCase !== undefined) {
      // Modal "May" / verb "March": need a date-like neighbour.
      const prev = s.w(i - 1);
      const nextTok = s.t[i + 1];
      const ok = MONTH_CONTEXT.has(prev) || (nextTok && nextTok.digits && !nextTok.glued) || (prev === '-' && s.glued(i));
      if (!ok) return null;
      if (alwaysWordInLowerCase && !tok.cap) return null;
    }
    return [full, i + 1];
  }
  const ab = MONTH_ABBREVIATIONS.get(tok.lower);
  if (ab && afterDay && !WORDLIKE_MONTH_ABBREVIATIONS.has(tok.lower)) return [ab, s.w(i + 1) === '.' && s.glued(i + 1) ? i + 2 : i + 1];
  if (ab) {
    if (s.w(i + 1) === '.' && s.glued(i + 1)) return [ab, i + 2];
    if (s.t[i + 1]?.digits && !s.t[i + 1].glued) return [ab, i + 1];
    // "Dec, 2018"
    if (tok.cap && s.w(i + 1) === ',' && yearAt(s, i + 2)) return [ab, i + 1];
    // "Dec-2018", "Oct/2"
    if ((s.w(i + 1) === '-' || s.w(i + 1) === '/') && s.glued(i + 1) && s.t[i + 2]?.digits && s.glued(i + 2)) return [ab, i + 1];
  }
  return null;
}

/** A day-of-month number token (1..31, optional ordinal suffix); 0 when there is none. */
export function dayAt(s: DateScan, i: number): number {
  const tok = s.t[i];
  if (!tok || !tok.digits || tok.digits.length > 2 || tok.suffix === 's' || tok.digits.includes('.')) return 0;
  return tok.n >= 1 && tok.n <= 31 ? tok.n : 0;
}

/** A 4-digit year token usable in a date (1000..2199); 0 when there is none. */
export function yearAt(s: DateScan, i: number): number {
  const tok = s.t[i];
  if (!tok || tok.digits.length !== 4 || tok.suffix) return 0;
  return tok.n >= 1000 && tok.n <= 2199 ? tok.n : 0;
}

/** A year written in digits or words at k: [year, next]. */
export function yearToken(s: DateScan, k: number): [number, number] | null {
  const y = yearAt(s, k);
  if (y) {
    const after = s.t[k + 1];
    if (after?.lower === '%' || (after && after.glued && (after.lower === '-' || after.lower === '/') && s.t[k + 2]?.digits)) return null;
    return [y, k + 1];
  }
  return spelledYear(s, k);
}

/**
 * ", 2025" / " 2025" / " of 2025" / " of this year" / " last year" after a month (and day): [year | null, next,
 * relative]. The year is null for a relative year without a reference date.
 */
export function yearSuffix(s: DateScan, j: number): [number | null, number, boolean] | null {
  let k = j;
  if (s.w(k) === ',') k++;
  const yt = yearToken(s, k);
  if (yt) return [yt[0], yt[1], false];
  k = j;
  if (s.w(k) === 'of' || s.w(k) === 'in') k++;
  const yt2 = k > j ? yearToken(s, k) : null;
  if (yt2) return [yt2[0], yt2[1], false];
  const rel = REL_WORDS.get(s.w(k));
  if (rel !== undefined && (s.w(k + 1) === 'year' || (s.w(k + 1) === 'fiscal' && s.w(k + 2) === 'year')) && s.w(k) !== 'past') {
    const next = s.w(k + 1) === 'fiscal' ? k + 3 : k + 2;
    return [s.ref ? s.ref.y + rel : null, next, true];
  }
  return null;
}

/** A two-digit number in words: "ninety-six", "ninety six", "fifteen", "twenty". Returns [n, next]. */
function wordsUnder100(s: DateScan, k: number): [number, number] | null {
  const n = NUMBER_WORDS.get(s.w(k));
  if (n === undefined || s.w(k) === 'a' || s.w(k) === 'an' || n >= 100) return null;
  if (n >= 20 && n % 10 === 0) {
    let j = k + 1;
    if (s.hyphenAt(j)) j++;
    const u = NUMBER_WORDS.get(s.w(j));
    if (u !== undefined && u >= 1 && u <= 9 && s.w(j) !== 'a' && s.w(j) !== 'an') return [n + u, j + 1];
    return [n, k + 1];
  }
  return [n, k + 1];
}

/** Years in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand and fifteen", "twenty twenty-four". */
export function spelledYear(s: DateScan, i: number): [number, number] | null {
  const w = s.w(i);
  const century = CENTURY_WORDS.get(w);
  if (century !== undefined) {
    if (s.w(i + 1) === 'hundred') return [century, i + 2];
    const r = wordsUnder100(s, i + 1);
    return r && r[0] >= 10 ? [century + r[0], r[1]] : null;
  }
  if (w === 'two' && s.w(i + 1) === 'thousand') {
    let k = i + 2;
    if (s.w(k) === 'and') k++;
    const r = wordsUnder100(s, k);
    return r ? [2000 + r[0], r[1]] : [2000, i + 2];
  }
  if (w === 'twenty') {
    const r = wordsUnder100(s, i + 1);
    return r && r[0] >= 10 && !s.hyphenAt(i + 1) ? [2000 + r[0], r[1]] : null;
  }
  return null;
}

/** The word after "the" (and "fiscal") at i: [its index, whether "fiscal" came first]. */
export function afterTheFiscal(s: DateScan, i: number): [number, boolean] {
  if (s.w(i + 1) !== 'fiscal') return [i + 1, false];
  // "the fiscal-first quarter"
  return [s.hyphenAt(i + 2) ? i + 3 : i + 2, true];
}

export interface OrdinalAfterThe {
  /** Index of the ordinal. */
  j: number;
  ord: number;
  fiscal: boolean;
  /** The word after the ordinal. */
  what: string;
}

/** An ordinal word ("third", "last" = -1) or number ("3rd") at j; undefined when there is none. */
export function ordinalAt(s: DateScan, j: number): number | undefined {
  const tok = s.t[j];
  if (tok?.digits && tok.suffix && tok.suffix !== 's') return tok.n;
  return ORDINALS.get(s.w(j));
}

/**
 * A day of the month as an ordinal at j: "28th", "first", "twenty-first", "thirty first" (1..31): [day, next]; null
 * when there is none.
 */
export function dayOrdinal(s: DateScan, j: number): [number, number] | null {
  const tok = s.t[j];
  if (tok?.digits && tok.suffix && tok.suffix !== 's') return tok.n >= 1 && tok.n <= 31 ? [tok.n, j + 1] : null;
  const ord = ORDINALS.get(s.w(j));
  if (ord !== undefined) return ord >= 1 ? [ord, j + 1] : null;
  const tens = NUMBER_TENS.get(s.w(j));
  if (tens !== 20 && tens !== 30) return null;
  const k = s.hyphenAt(j + 1) ? j + 2 : j + 1;
  const unit = ORDINALS.get(s.w(k));
  return unit !== undefined && unit >= 1 && unit <= 9 && tens + unit <= 31 ? [tens + unit, k + 1] : null;
}

/** An ordinal after "the" (and "fiscal") at i: "the first quarter", "the 1st quarter", "the fiscal second half". */
export function ordinalAfterThe(s: DateScan, i: number): OrdinalAfterThe | null {
  const [j, fiscal] = afterTheFiscal(s, i);
  const ord = ordinalAt(s, j);
  return ord === undefined ? null : { j, ord, fiscal, what: s.w(j + 1) };
}

/** "the first of May": the ordinal is a day of the month. */
export const isDayOf = (o: OrdinalAfterThe): boolean => o.what === 'of' && o.ord >= 1 && !o.fiscal;

/** Singular unit nouns that name a calendar point or period ("day", "week", "year"). */
export function pointGrain(word: string): Grain | null {
  return (POINT_UNITS.get(word) as Grain | undefined) ?? null;
}
