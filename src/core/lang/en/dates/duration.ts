/**
 * Durations and counted periods: "six months", "the past two years" (via relative.ts), "30 years ago", "a year
 * earlier", "43 years old", "30-year", "more than 20 years", "for years".
 */
import type { DateValue } from '../../../model';
import type { Phrase } from '../../../time/grammar';
import { Grain, dateValue, durationTimex, relative, shiftedUnit, unresolvedUnit } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import {
  APPROX_QUALIFIERS, A_PERIOD_AFTER, A_PERIOD_CONTEXT, BARE_UNITS, BARE_UNIT_CONTEXT, BOUND_QUALIFIERS, COMPARISON_WORDS,
  FROM_NOW_WORDS, NOW_WORDS, NUMBER_WORDS, QUARTER_SHIFT_WORDS, RANGE_JOINERS, SHIFT_WORDS, SPAN_SUPERLATIVES, UNITS,
  UNIT_ADJECTIVES, VAGUE_COUNTS, VAGUE_NON_COUNTS,
} from '../date-words';
import { earningsStory } from './cues';

/** A count: digits, number words ("twenty-five"), "a", "a few", "several"; ranges "three to six". n is null when vague. */
export function count(s: DateScan, i: number): { n: number | null; next: number } | null {
  const tok = s.t[i];
  if (!tok) return null;
  let n: number | null = null;
  let next = i + 1;
  if (tok.digits) {
    if (tok.suffix) return null;
    n = tok.n;
    // "2 1/2"
    if (s.t[i + 1]?.digits && s.w(i + 2) === '/' && s.glued(i + 2) && s.t[i + 3]?.digits) {
      n += s.t[i + 1].n / s.t[i + 3].n;
      next = i + 4;
    }
  } else if (NUMBER_WORDS.has(tok.lower)) {
    n = NUMBER_WORDS.get(tok.lower)!;
    if (tok.lower === 'a' || tok.lower === 'an') {
      if (s.w(i + 1) === 'few' || s.w(i + 1) === 'couple') {
        n = s.w(i + 1) === 'couple' ? 2 : null;
        next = i + 2;
        if (s.w(next) === 'of') next++;
      } else if (s.w(i + 1) === 'half' && (s.w(i + 2) === 'year' || s.w(i + 2) === 'decade' || s.w(i + 2) === 'century')) {
        n = 0.5;
      }
    } else if (s.hyphenAt(i + 1) && NUMBER_WORDS.has(s.w(i + 2)) && n >= 20) {
      n += NUMBER_WORDS.get(s.w(i + 2))!;
      next = i + 3;
    } else if (s.w(i + 1) === 'hundred') {
      n *= 100;
      next = i + 2;
    }
  } else if (tok.lower === 'half' && UNITS.has(s.w(i + 1))) {
    n = 0.5;
  } else if (VAGUE_COUNTS.has(tok.lower) && !VAGUE_NON_COUNTS.has(tok.lower)) {
    next = i + 1;
    if (tok.lower === 'couple') {
      n = 2;
      if (s.w(next) === 'of') next++;
    }
  } else return null;
  // ranges: "three to six months", "45 to 59 days", "three or four years", "10-15 years"
  const sep = s.w(next);
  if (RANGE_JOINERS.has(sep) && n !== null) {
    const t2 = s.t[next + 1];
    if (t2 && ((t2.digits && !t2.suffix) || (NUMBER_WORDS.has(t2.lower) && t2.lower !== 'a' && t2.lower !== 'an'))) {
      const unitAfter = UNITS.get(s.w(next + 2));
      if (unitAfter) next += 2;
    }
  }
  return { n, next };
}

/**
 * A duration or counted period at i; with afterRelative (after "the past", "the coming", "the"), a bare plural unit
 * counts too ("the coming weeks") and qualifiers such as "about" are not read.
 */
export function duration(s: DateScan, i: number, afterRelative = false): Phrase | null {
  let j = i;
  let mod: string | undefined;
  const w = s.w(j);
  // Qualifiers: "more than", "less than", "fewer than", "up to", "at least", "about", "nearly" …
  const bound = BOUND_QUALIFIERS.get(w)?.get(s.w(j + 1));
  const approx = APPROX_QUALIFIERS.get(w);
  if (bound) {
    mod = bound;
    j += 2;
  } else if (approx !== undefined && !afterRelative && (s.t[j + 1]?.digits || NUMBER_WORDS.has(s.w(j + 1)) || VAGUE_COUNTS.has(s.w(j + 1)))) {
    mod = approx || undefined;
    j += 1;
  }
  // bare plural unit after "the coming"/"the past": "the coming weeks", "the past several weeks"
  let cnt = count(s, j);
  if (!cnt && afterRelative && UNITS.has(s.w(j)) && s.w(j).endsWith('s')) cnt = { n: null, next: j };
  if (!cnt) return bareUnit(s, i);
  const k0 = cnt.next;
  // "30-year", "five-year", "six-month", "40-year-old", "one-day"
  if (s.hyphenAt(k0) && UNITS.has(s.w(k0 + 1)) && !s.w(k0 + 1).endsWith('s') && cnt.n !== null && s.w(j) !== 'a' && s.w(j) !== 'an') {
    const g = UNITS.get(s.w(k0 + 1))!;
    let next = k0 + 2;
    if (s.hyphenAt(next) && s.w(next + 1) === 'old') next += 2;
    else if (s.hyphenAt(next) && s.w(next + 1) === 'long') next += 2;
    return { next, v: dateValue(durationTimex(cnt.n, g as Grain), 'absolute', mod), point: false };
  }
  let k = k0;
  while (UNIT_ADJECTIVES.has(s.w(k)) && k < cnt.next + 2) k++;
  const unitW = s.w(k);
  const g = UNITS.get(unitW);
  if (!g || (g === 'SE' && cnt.n === null)) return null;
  return afterUnit(s, i, j, cnt.n, unitW, g as Grain, k + 1, mod);
}

/** What follows "<count> <unit>": "ago", "earlier", "later", "from now", "old", or nothing (a plain duration). */
function afterUnit(s: DateScan, i: number, j: number, n: number | null, unitW: string, grain: Grain, next: number, mod: string | undefined): Phrase | null {
  const after = s.w(next);
  // "$20 million a year", "11,000 barrels a day", "once a week": a rate, not a period.
  if ((s.w(j) === 'a' || s.w(j) === 'an') && !unitW.endsWith('s') && !A_PERIOD_AFTER.has(after) && !mod) {
    if (!A_PERIOD_CONTEXT.has(s.w(i - 1))) return null;
  }
  // "a quarter of the shares", "three quarters of them": fractions, not periods.
  if (grain === 'Q' && (after === 'of' || ((n === 1 || n === null) && !QUARTER_SHIFT_WORDS.has(after)))) return null;
  // "three days from today", "two weeks from now", "two days after today", "a week before today"
  const fromNow = FROM_NOW_WORDS.get(after);
  if (fromNow && NOW_WORDS.has(s.w(next + 1)) && n !== null && Number.isInteger(n) && (grain === 'D' || grain === 'W' || grain === 'M' || grain === 'Y')) {
    return { next: next + 2, v: relative(s.ref, (r) => shiftedUnit(r, grain, fromNow * n), unresolvedUnit(grain)), point: true };
  }
  const sign = SHIFT_WORDS.get(after);
  if (sign !== undefined) return shifted(s, i, n, grain, next, after, sign, mod);
  if (after === 'old' || (after === '-' && s.hyphenAt(next) && s.w(next + 1) === 'old')) {
    next += after === 'old' ? 1 : 2;
    return { next, v: dateValue(durationTimex(n, grain), 'absolute'), point: false };
  }
  if (!mod && s.tense(i) === 'future') {
    // "Islam will one day be …": some day ahead.
    if (s.w(j) === 'one' && unitW === 'day') return { next, v: dateValue('FUTURE_REF', 'absolute'), point: true };
    // "the stock would be redeemed in five years": the point that far ahead (not "in a day", "in three or four years",
    // "its first borrowing in 15 years").
    const single = cntSingle(s, j);
    if (single && n !== null && Number.isInteger(n) && s.w(i - 1) === 'in' && (grain === 'D' || grain === 'W' || grain === 'M' || grain === 'Y') && !superlativeBefore(s, i)) {
      return { next, v: relative(s.ref, (r) => shiftedUnit(r, grain, n), unresolvedUnit(grain)), point: true };
    }
  }
  // "a year" inside money ("$5 a year") stays DATE as OntoNotes does; "a day" likewise.
  return { next, v: dateValue(durationTimex(n, grain), 'absolute', mod), point: false };
}

/** A count of one number at j ("five", "15"), not "a", "a few" or a range ("three or four"). */
function cntSingle(s: DateScan, j: number): boolean {
  const w = s.w(j);
  return w !== 'a' && w !== 'an' && !RANGE_JOINERS.has(s.w(j + 1)) && (!!s.t[j]?.digits || NUMBER_WORDS.has(w));
}

/** A "first", "last" or "-est" word before i in its clause: "its first borrowing in 15 years" is a span of time. */
function superlativeBefore(s: DateScan, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SUPERLATIVE_REACH); k--) {
    const w = s.w(k);
    if (w === ',' || w === ';') return false;
    if (SPAN_SUPERLATIVES.has(w) || (w.length > 4 && w.endsWith('est'))) return true;
  }
  return false;
}
const SUPERLATIVE_REACH = 8;

/** "<count> <unit> ago / earlier / before / later / hence": a point counted back or forward. */
function shifted(s: DateScan, i: number, n: number | null, grain: Grain, next: number, after: string, sign: number, mod: string | undefined): Phrase {
  if (after === 'before' && !/^[.,;)]?$/.test(s.w(next + 1))) {
    return { next, v: dateValue(durationTimex(n, grain), 'absolute', mod), point: false };
  }
  next++;
  // "a year earlier", "two days later", "from a year ago": counted from the date the sentence is about. "ago" counts
  // from now except in comparisons ("up 5% from a year ago"), where it names the same period a year before.
  if (n !== null && Number.isInteger(n) && after !== 'hence' && grain !== 'WE' && (grain as string) !== 'SE') {
    const comparative = after === 'ago' && COMPARISON_WORDS.has(s.w(i - 1)) && grain === 'Y';
    if (after !== 'ago' || comparative) {
      // In earnings news "a year earlier" compares with the period of its own sentence, else the reported quarter.
      const yearAgo = grain === 'Y' && n === 1 && sign < 0 && earningsStory(s);
      const av = s.fromAnchor(i, grain, sign * n, after === 'ago' || yearAgo);
      if (av) {
        if (mod) av.mod = mod;
        return { next, v: av, point: true };
      }
    }
  }
  // "ten years later" counts from an event in the story, not from the publication date.
  if (after === 'later') return { next, v: dateValue(null, 'unresolved', mod), point: true };
  if (n === null || !Number.isInteger(n)) {
    const fuzzy = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    const unitPlace = grain === 'Y' && s.ref && n === null ? String(Math.floor((s.ref.y - 3) / 10)) + 'X' : fuzzy;
    return { next, v: dateValue(n === null && grain === 'Y' && s.ref ? unitPlace : fuzzy, s.ref ? 'reference' : 'unresolved', mod), point: true };
  }
  const pg: Grain = grain === 'WE' ? 'W' : grain === 'DE' ? 'Y' : grain === 'CE' ? 'Y' : grain;
  const mult = grain === 'DE' ? 10 : grain === 'CE' ? 100 : 1;
  // Earnings news: "a year earlier" next to a quarter means the same quarter a year before the latest one.
  if (grain === 'Y' && n === 1 && sign < 0 && earningsStory(s)) return { next, v: yearAgoQuarter(s, i, true, mod), point: true };
  const v = relative(s.ref, (r) => shiftedUnit(r, pg, sign * n * mult), unresolvedUnit(pg), mod);
  // "a year earlier" with no date before it to count from, "up from a year ago": a comparison, no anchor for others.
  const comparison = after !== 'ago' || COMPARISON_WORDS.has(s.w(i - 1));
  return { next, v: comparison ? s.story.comparison(v) : v, point: true };
}

/**
 * In earnings news, a year-ago comparison ("from $4 million a year earlier", "from last year's $1.5 billion") is with
 * the year its sentence names, a year before ("earnings for this year, up from last year's"), else with the quarter the
 * story reports, else with another period its sentence names, else (with `quarterly`) the latest complete quarter — or
 * simply last year.
 */
export function yearAgoQuarter(s: DateScan, i: number, quarterly: boolean, mod?: string): DateValue {
  const topic = s.story.topic(i, ['Q']);
  const own = s.fromAnchor(i, 'Y', -1, true);
  const v =
    (own && /^\d{4}$/.test(own.anchor_date?.timex ?? '') ? own : null) ??
    (topic ? s.story.inYear(topic, +topic.timex.slice(0, 4) - 1) : own) ??
    relative(s.ref, (r) => (quarterly ? shiftedUnit(r, 'Q', -5) : shiftedUnit(r, 'Y', -1)), quarterly ? 'XXXX-QX' : 'XXXX');
  if (mod) v.mod = mod;
  return s.story.comparison(v);
}

/** "years", "decades", "months" standing alone after for/in/over/within ("for years"). */
function bareUnit(s: DateScan, i: number): Phrase | null {
  const w = s.w(i);
  if (!BARE_UNITS.has(w)) return null;
  if (!BARE_UNIT_CONTEXT.has(s.w(i - 1))) return null;
  const nextW = s.w(i + 1);
  if (nextW === 'of' || nextW === 'old') return null;
  const g = UNITS.get(w) as Grain;
  return { next: i + 1, v: dateValue(durationTimex(null, g), 'absolute'), point: false };
}

/** Words that can start a duration at the phrase level (with NUMBER). */
export const DURATION_WORDS: readonly string[] = [
  ...BOUND_QUALIFIERS.keys(), ...APPROX_QUALIFIERS.keys(), ...NUMBER_WORDS.keys(), 'half', ...VAGUE_COUNTS, ...BARE_UNITS,
];
