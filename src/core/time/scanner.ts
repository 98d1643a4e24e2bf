/**
 * Hand-written DATE scanner over a token stream. At each token it tries a small grammar of date phrases and keeps
 * the longest match (leftmost-longest, no backtracking beyond a few tokens), so the cost is linear in the text.
 *
 * Span conventions follow OntoNotes DATE: determiners and modifiers belong to the span ("the past two years",
 * "late Tuesday", "a year earlier"), prepositions do not ("on Tuesday" → "Tuesday"); durations and periodic words
 * ("six months", "five-year", "quarterly") are DATE; times of day are not.
 */
import type { DateValue } from '../model';
import type { Ymd } from './calendar';
import { addDays, fmt, fmtYmd, isValidDay, pad2, pad4, parseYmd, weekTimex, weekday } from './calendar';
import { HOLIDAY_INDEX, Holiday } from './holidays';
import { MONTHS, MONTH_ABBREVIATIONS, SEASONS, WEEKDAYS } from '../lang/en/calendar';
import {
  A_PERIOD_CONTEXT, APPROX_QUALIFIERS, EDGE_MODS, EVENT_DAY_ADJECTIVES, MEASURE_NOUNS, MONTH_CONTEXT, NAME_SAFE_MONTH_CONTEXT, NEWSPAPER_WORDS, NUMBER_WORDS, ORDINALS, PAST_VERBS, PERIODIC, POINT_MODS, REL_WORDS, SEASON_PREPOSITIONS, UNIT_ADJECTIVES, UNITS, VAGUE_COUNTS, VERB_LAST_CONTEXT, YEAR_KINDS,
} from '../lang/en/date-words';
import {
  Grain, Tense, countedPeriod, dateValue, monthDayValue, monthValue, quarterValue, relative, seasonValue, shiftedUnit,
  unresolvedUnit, weekdayValue,
} from './resolve';
import type { Tok } from './tokens';

export interface DateMatch {
  /** First token and one past the last token of the span. */
  i0: number;
  i1: number;
  v: DateValue;
}

/** Internal parse result: `next` is the token after the phrase; `point` says whether modifiers can attach to it. */
interface P {
  next: number;
  v: DateValue;
  /** A calendar point or period (not a duration) — may take early/late/the end of … */
  point: boolean;
}

/** What the scanner may ask about the sentence around a token. */
export interface ScanContext {
  /** Does the wording around token i point to the future? */
  future(i: number): boolean;
  /** Does the block (paragraph) match `word`? Earnings stories name the quarter once and then say "a year ago". */
  blockMentions(word: RegExp): boolean;
}

/** Quarterly-earnings wording: there "a year earlier" means the same quarter of the previous year. */
const QUARTER_WORD = /quarter|cents a share/i;

export class DateScanner {
  /** The last calendar date mentioned so far in the block: narrative phrases ("the day before", "a year earlier") count from it. */
  private anchor: DateValue | null = null;
  private anchorEnd = 0;
  /** The anchor is a reporting day ("Friday", "yesterday"), not a date the story is about. */
  private anchorDeictic = false;
  private readonly anaphoric = new WeakSet<DateValue>();

  constructor(
    private readonly t: Tok[],
    private readonly ref: Ymd | null,
    private readonly ctx: ScanContext,
  ) {}

  scan(): DateMatch[] {
    const out: DateMatch[] = [];
    const t = this.t;
    for (let i = 0; i < t.length; ) {
      const c = t[i].w.charCodeAt(0);
      // Only letters, digits and an apostrophe ('80s, '82) can start a date.
      const maybe = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || t[i].w === "'";
      const p = maybe ? this.phrase(i) : null;
      if (p && p.next > i) {
        out.push({ i0: i, i1: p.next, v: p.v });
        // Dates counted from the anchor do not become anchors themselves ("a year earlier … a year earlier" stays put).
        if (p.v.start_date && p.v.timex && ANCHOR_TIMEX.test(p.v.timex) && !this.anaphoric.has(p.v)) {
          this.anchor = p.v;
          this.anchorEnd = p.next;
          this.anchorDeictic = false;
          for (let k = i; k < p.next; k++) if (WEEKDAYS.has(t[k].w) || t[k].w === 'yesterday' || t[k].w === 'today' || t[k].w === 'tomorrow') this.anchorDeictic = true;
        }
        i = p.next;
      } else i++;
    }
    return out;
  }

  // ---------------------------------------------------------------- token helpers

  private w(i: number): string {
    return i < this.t.length && i >= 0 ? this.t[i].w : '';
  }
  private glued(i: number): boolean {
    return i < this.t.length && this.t[i].glued;
  }
  /** Token i is "-" glued on both sides. */
  private hyphenAt(i: number): boolean {
    return this.w(i) === '-' && this.glued(i) && this.glued(i + 1);
  }
  /**
   * Tense for resolving token i. A past-tense verb right before the date ("said Monday", "announced on Friday") wins
   * over future wording elsewhere in the clause ("said Monday that it will …").
   */
  private tense(i: number): Tense {
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && ['on', 'late', 'early', 'last', 'this', 'the', 'in', 'since'].includes(this.w(k))) k--;
    const prev = this.w(k);
    if (PAST_VERBS.has(prev) || (prev.length > 4 && prev.endsWith('ed') && !prev.endsWith('eed'))) return 'past';
    return this.ctx.future(i) ? 'future' : 'past';
  }
  /** Extends over a glued possessive "'s" or "'" after the phrase ("last year's", "the past two days'"). */
  private possessive(next: number): number {
    if (this.w(next) === "'" && this.glued(next)) {
      if (this.w(next + 1) === 's' && this.glued(next + 1)) return next + 2;
      if (this.t[next - 1]?.w.endsWith('s')) return next + 1;
    }
    return next;
  }

  // ---------------------------------------------------------------- narrative anchor

  /**
   * The calendar unit `n` units of `unit` away from the last date mentioned before token i ("the day before" after
   * "Nov. 3" → Nov. 2; "a year earlier" after "the third quarter" → the third quarter a year before). Null when there is
   * no such date in the block, when it is coarser than the shift ("two days later" after "1990"), or — with
   * sameSentence — when a sentence boundary lies in between.
   */
  private fromAnchor(i: number, unit: Grain, n: number, sameSentence: boolean): DateValue | null {
    const a = this.anchor;
    if (!a || !a.timex || this.anchorEnd > i) return null;
    // "from a year ago" names the same period a year before: only a month, quarter or half sets that period.
    const g = timexGrain(a.timex);
    if (!g) return null;
    if (sameSentence && g !== 'M' && g !== 'Q' && g !== 'H') return null;
    // A reporting day ("said Friday", "yesterday") is not the period a story's year-on-year figures are about.
    if ((unit === 'Y' || unit === 'DE' || unit === 'CE') && this.anchorDeictic) return null;
    const base = parseYmd(a.start_date);
    if (!base) return null;
    if (sameSentence) {
      if (i - this.anchorEnd > 40) return null;
      for (let k = this.anchorEnd; k < i; k++) if (/^[.!?]$/.test(this.w(k)) && this.t[k + 1]?.cap) return null;
    }
    const rank: Record<string, number> = { D: 0, W: 1, M: 2, Q: 3, H: 4, Y: 5, DE: 6, CE: 7 };
    let timex: string;
    if (unit === 'Y' || unit === 'DE' || unit === 'CE') {
      // Same period n years away, at the anchor's own grain ("a year earlier" after a quarter is that quarter).
      const years = n * (unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1);
      const y = base.y + years;
      const shifted = { y, m: base.m, d: Math.min(base.d, isValidDay(y, base.m, base.d) ? base.d : 28) };
      timex = shiftedUnit(shifted, g === 'DE' || g === 'CE' ? 'Y' : g, 0);
    } else {
      if (rank[g] > rank[unit]) return null;
      timex = shiftedUnit(base, unit, n);
    }
    const v = dateValue(timex, a.anchor === 'absolute' ? 'absolute' : a.anchor);
    this.anaphoric.add(v);
    return v;
  }

  // ---------------------------------------------------------------- holidays and spelled-out years

  /** A named holiday starting at token i (capitalised), and the token after it. */
  private holidayAt(i: number): [Holiday, number] | null {
    const tok = this.t[i];
    if (!tok || !tok.cap) return null;
    const list = HOLIDAY_INDEX.get(tok.w);
    if (!list) return null;
    for (const h of list) {
      let k = 1;
      while (k < h.words.length && this.w(i + k) === h.words[k]) k++;
      if (k < h.words.length) continue;
      const next = i + k;
      // "Easter Island", "Christmas Carol": a one-word holiday followed by a capitalised word is part of a name.
      if (k === 1 && this.t[next]?.cap && !this.yearAt(next) && !WEEKDAYS.has(this.w(next))) return null;
      return [h, next];
    }
    return null;
  }

  /** Holiday value: with a written year, by rel (-1 last, +1 next, 2 this), or by tense for a bare name. */
  private holidayPhrase(i: number, rel: number, start: number): P | null {
    const hit = this.holidayAt(i);
    if (!hit) return null;
    const [h, after] = hit;
    let next = after;
    let y: number | null = null;
    const yt = this.yearTok(this.w(next) === ',' ? next + 1 : next);
    if (yt && rel === 0) [y, next] = yt;
    const dayOf = h.day;
    if (!dayOf) return { next, v: dateValue(null, 'unresolved'), point: true };
    const val = (d: Ymd) => (h.week ? weekTimex(d) : fmtYmd(d));
    if (y !== null) return { next, v: dateValue(val(dayOf(y)), 'absolute'), point: true };
    const r = this.ref;
    if (!r) {
      const d = dayOf(2001);
      // Fixed-date holidays keep month and day; movable ones have no yearless value.
      const fixedDay = !h.week && fmtYmd(dayOf(2002)) === fmtYmd({ y: 2002, m: d.m, d: d.d });
      return { next, v: dateValue(fixedDay ? `XXXX-${pad2(d.m)}-${pad2(d.d)}` : null, 'unresolved'), point: true };
    }
    const refStr = fmtYmd(r);
    // A holiday week counts from its Monday.
    const at = (yr: number) => fmtYmd(h.week ? addDays(dayOf(yr), -weekday(dayOf(yr))) : dayOf(yr));
    let yy: number;
    if (rel === 2) yy = r.y;
    else if (rel < 0) yy = at(r.y) < refStr ? r.y : r.y - 1;
    else if (rel > 0) yy = at(r.y) > refStr ? r.y : r.y + 1;
    else {
      // A holiday is one day: past wording → the latest one on or before the reference date, future → the next one.
      const future = this.tense(start) === 'future';
      const cur = at(r.y);
      yy = future ? (cur >= refStr ? r.y : r.y + 1) : cur <= refStr ? r.y : r.y - 1;
    }
    return { next, v: dateValue(val(dayOf(yy)), 'reference'), point: true };
  }

  /** A two-digit number in words: "ninety-six", "ninety six", "fifteen", "twenty". Returns [n, next]. */
  private wordsUnder100(k: number): [number, number] | null {
    const n = NUMBER_WORDS.get(this.w(k));
    if (n === undefined || this.w(k) === 'a' || this.w(k) === 'an' || n >= 100) return null;
    if (n >= 20 && n % 10 === 0) {
      let j = k + 1;
      if (this.hyphenAt(j)) j++;
      const u = NUMBER_WORDS.get(this.w(j));
      if (u !== undefined && u >= 1 && u <= 9 && this.w(j) !== 'a' && this.w(j) !== 'an') return [n + u, j + 1];
      return [n, k + 1];
    }
    return [n, k + 1];
  }

  /** Years in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand and fifteen", "twenty twenty-four". */
  private spelledYear(i: number): [number, number] | null {
    const w = this.w(i);
    if (w === 'nineteen' || w === 'eighteen') {
      const c = w === 'nineteen' ? 1900 : 1800;
      if (this.w(i + 1) === 'hundred') return [c, i + 2];
      const r = this.wordsUnder100(i + 1);
      return r && r[0] >= 10 ? [c + r[0], r[1]] : null;
    }
    if (w === 'two' && this.w(i + 1) === 'thousand') {
      let k = i + 2;
      if (this.w(k) === 'and') k++;
      const r = this.wordsUnder100(k);
      return r ? [2000 + r[0], r[1]] : [2000, i + 2];
    }
    if (w === 'twenty') {
      const r = this.wordsUnder100(i + 1);
      return r && r[0] >= 10 && !this.hyphenAt(i + 1) ? [2000 + r[0], r[1]] : null;
    }
    return null;
  }

  /** A year written in digits or words at k: [year, next]. */
  private yearTok(k: number): [number, number] | null {
    const y = this.yearAt(k);
    if (y) {
      const after = this.t[k + 1];
      if (after?.w === '%' || (after && after.glued && (after.w === '-' || after.w === '/') && this.t[k + 2]?.digits)) return null;
      return [y, k + 1];
    }
    return this.spelledYear(k);
  }

  /** "between 2022 and 2024", "between April 1990 and April 1991": one span, like with like. */
  private between(i: number): P | null {
    const p = this.point(i + 1);
    if (!p || !p.point || this.w(p.next) !== 'and' || !p.v.start_date) return null;
    const q = this.point(p.next + 1);
    if (!q || !q.point || !q.v.end_date) return null;
    const kind = (v: DateValue) => (v.timex ?? '').replace(/\d/g, '9');
    if (kind(p.v) !== kind(q.v) || q.v.start_date! < p.v.start_date) return null;
    return { next: q.next, v: { ...p.v, end_date: q.v.end_date }, point: true };
  }

  // ---------------------------------------------------------------- top level

  /** The longest date phrase starting at token i, with range, possessive and "ended …" extensions. */
  private phrase(i: number): P | null {
    let p = (this.w(i) === 'between' ? this.between(i) : null) ?? this.modified(i) ?? this.point(i) ?? this.duration(i);
    if (!p) return null;
    p = this.range(i, p);
    p = this.endedClause(p);
    // "the last year or so"
    if (this.w(p.next) === 'or' && this.w(p.next + 1) === 'so') p = { ...p, next: p.next + 2 };
    // "the next year or two", "a day or two"
    else if (this.w(p.next) === 'or' && UNITS.has(this.w(p.next - 1)) && (NUMBER_WORDS.has(this.w(p.next + 1)) || this.t[p.next + 1]?.digits) && this.w(p.next + 1) !== 'a') {
      p = { ...p, next: p.next + 2 + (UNITS.has(this.w(p.next + 2)) ? 1 : 0) };
    }
    // OntoNotes keeps "'s" inside multi-word dates ("last year's") but not after one word ("Friday's").
    const next = p.next - i > 1 ? this.possessive(p.next) : p.next;
    // "next year's first quarter", "1990's second half": the quarter or half of that year.
    const ord = ORDINALS.get(this.w(next));
    const part = this.w(next + 1);
    if (next > p.next && ord && ord >= 1 && (part === 'quarter' || part === 'half') && p.v.timex && /^\d{4}$/.test(p.v.timex) && ord <= (part === 'quarter' ? 4 : 2)) {
      return { next: next + 2, v: dateValue(`${p.v.timex}-${part === 'quarter' ? 'Q' : 'H'}${ord}`, p.v.anchor), point: true };
    }
    return { ...p, next };
  }

  /** early/late/mid-X, "the end of X", "earlier this year", "around Nov. 1". */
  private modified(i: number): P | null {
    const w = this.w(i);
    let j = i;
    let mod: string | undefined;
    if (POINT_MODS[w] !== undefined) {
      mod = POINT_MODS[w];
      j = i + 1;
      if (w === 'mid' && this.hyphenAt(j)) j++;
      // "late-in-the-day" and similar hyphenations are not worth modelling.
    } else if (w === 'around' || w === 'about' || w === 'circa' || w === 'approximately') {
      mod = 'APPROX';
      j = i + 1;
    } else {
      let k = i;
      if (w === 'the') k++;
      const edge = EDGE_MODS[this.w(k)];
      if (edge && this.w(k + 1) === 'of') {
        mod = edge;
        j = k + 2;
      } else if (w === 'the' && ['first', 'second', 'last', 'final'].includes(this.w(i + 1)) && (this.w(i + 2) === 'half' || this.w(i + 2) === 'quarter')) {
        return null; // handled by point() (halves and quarters)
      }
    }
    if (j === i) return null;
    const inner = this.point(j);
    if (!inner || !inner.point) {
      // "mid-1990s" etc. go through point(); "late in the day" is not a date phrase.
      return null;
    }
    const v = { ...inner.v, mod: mod === 'APPROX' || !inner.v.mod ? mod : inner.v.mod };
    if (!v.mod) delete v.mod;
    return { next: inner.next, v, point: true };
  }

  // ---------------------------------------------------------------- points and periods

  private point(i: number): P | null {
    const w = this.w(i);
    const tok = this.t[i];
    if (!tok) return null;
    if (tok.digits) return this.numeric(i);
    if (w === "'") return this.shortYear(i);
    if (w === 'the') return this.theX(i);
    if (w === 'fiscal' || w === 'fy') return this.fiscal(i);
    if (REL_WORDS[w] !== undefined) return this.relativeUnit(i, i);
    if (w === 'that' || w === 'each' || w === 'every' || w === 'all' || w === 'these' || w === 'those' || w === 'same' || w === 'any') return this.demonstrative(i);
    if (w === 'yesterday' || w === 'today' || w === 'tomorrow') return this.deictic(i);
    if (w === 'recent' || w === 'recently') return this.recent(i);
    if (w === 'year') {
      // "year end", "year's end"
      let k = i + 1;
      if (this.w(k) === "'" && this.w(k + 1) === 's') k += 2;
      if (this.w(k) === 'end') return { next: k + 1, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX', 'END'), point: true };
      return this.yearCompound(i);
    }
    // Lower-case weekdays only where the phrase says which week ("tuesday of last week").
    if (WEEKDAYS.has(w) && (tok.cap || (this.w(i + 1) === 'of' && (REL_WORDS[this.w(i + 2)] !== undefined || REL_WORDS[this.w(i + 3)] !== undefined)))) {
      const prev = this.t[i - 1];
      if (prev && prev.cap && EVENT_DAY_ADJECTIVES.has(prev.w)) return null;
      const nextTok = this.t[i + 1];
      // "Sunday Times", "Sunday Telegraph": a newspaper.
      if (nextTok && nextTok.cap && NEWSPAPER_WORDS.has(nextTok.w)) return null;
      return this.weekdayPhrase(i, 0, i);
    }
    if (this.monthAt(i)) return this.monthPhrase(i);
    // Bare seasons: "autumn", "summer", "winter" are nouns; "spring"/"fall" only after a preposition ("by spring").
    const season = SEASONS.get(w);
    if (season && !tok.cap && (w === 'autumn' || w === 'summer' || w === 'winter' || SEASON_PREPOSITIONS.has(this.w(i - 1)))) {
      return { next: i + 1, v: seasonValue(this.ref, season, 0, this.tense(i)), point: true };
    }
    if (tok.cap && HOLIDAY_INDEX.has(w)) {
      const h = this.holidayPhrase(i, 0, i);
      if (h) return h;
    }
    // Years in words: "nineteen ninety-six"; "two thousand (and) X" / "twenty X" only where a year is expected.
    if (w === 'nineteen' || w === 'eighteen' || ((w === 'two' || w === 'twenty') && YEAR_PREPOSITIONS.has(this.w(i - 1)))) {
      const sy = this.spelledYear(i);
      if (sy && (w !== 'two' || sy[1] > i + 2 || /^[.,;:)]?$/.test(this.w(sy[1])))) return { next: sy[1], v: dateValue(pad4(sy[0]), 'absolute'), point: true };
    }
    if (w === 'new' && this.w(i + 1) === 'year' && tok.cap && this.t[i + 1].cap) {
      let next = i + 2;
      if (this.w(next) === "'" && this.w(next + 1) === 's' && this.w(next + 2) === 'day') next += 3;
      else if (this.w(next) === 'day') next++;
      return { next, v: this.yearless(1, 1, i), point: true };
    }
    // "second of August", "the first of May" (the latter via theX)
    const ord = ORDINALS.get(w);
    if (ord !== undefined && ord >= 1 && this.w(i + 1) === 'of') {
      const p = this.dayOfMonthPhrase(ord, i + 2, i);
      if (p) return p;
    }
    // "third-quarter", "first-half", "third quarter" (without "the")
    if (ord !== undefined && ord >= 1 && ord <= 4) {
      let k = i + 1;
      if (this.hyphenAt(k)) k++;
      const what = this.w(k);
      if ((what === 'quarter' || (what === 'half' && ord <= 2)) && (k === i + 2 || !this.t[k].glued)) {
        const v = what === 'quarter' ? quarterValue(this.ref, ord, this.tense(i)) : relative(this.ref, (r) => `${pad4(r.y)}-H${ord}`, `XXXX-H${ord}`);
        return { next: k + 1, v, point: true };
      }
    }
    // "Q1 2025", "Q3", "H1 2025" (halves need the year: "H1" alone is too often a code)
    if ((w === 'q' || w === 'h') && tok.cap && this.t[i + 1]?.glued && this.t[i + 1].n >= 1 && this.t[i + 1].n <= (w === 'q' ? 4 : 2) && !this.t[i + 1].suffix && this.t[i + 1].digits.length === 1) {
      const q = this.t[i + 1].n;
      const part = w === 'q' ? 'Q' : 'H';
      const y = this.yearAt(i + 2) || (this.w(i + 2) === "'" && this.t[i + 3]?.digits.length === 2 && !this.t[i + 3].suffix ? 2000 + this.t[i + 3].n : 0);
      if (y) return { next: this.yearAt(i + 2) ? i + 3 : i + 4, v: dateValue(`${pad4(y)}-${part}${q}`, 'absolute'), point: true };
      if (w === 'h') return null;
      return { next: i + 2, v: quarterValue(this.ref, q, this.tense(i)), point: true };
    }
    const pv = PERIODIC.get(w);
    // "People's Daily", "Annual Meeting" in a name: capitalised next to other capitalised words.
    if (pv && tok.cap && (this.t[i + 1]?.cap || (this.t[i - 1]?.cap && /[a-z]/i.test(this.t[i - 1].w)) || (this.w(i - 1) === 's' && this.w(i - 2) === "'"))) return null;
    // "prices are increasing daily.": a manner adverb after a verb, not a period.
    if (pv && w === 'daily' && /^[.,;]?$/.test(this.w(i + 1)) && /(?:ing|es|s|ed)$/.test(this.w(i - 1))) return null;
    if (pv) return { next: i + 1, v: dateValue(pv, 'absolute'), point: false };
    if (w === 'pre' && this.hyphenAt(i + 1) && this.t[i + 2]?.digits.length === 4) {
      const y = this.t[i + 2].n;
      return { next: i + 3, v: dateValue(pad4(y), 'absolute', 'BEFORE'), point: true };
    }
    if (w === 'modern' && this.hyphenAt(i + 1) && this.w(i + 2) === 'day') return { next: i + 3, v: dateValue('PRESENT_REF', 'absolute'), point: false };
    return null;
  }

  /** Month name or abbreviation at i; returns [month, next token] or null. */
  private monthAt(i: number, afterDay = false): [number, number] | null {
    const tok = this.t[i];
    if (!tok || !(tok.cap || afterDay || this.t[i + 1]?.digits)) return null;
    const full = MONTHS.get(tok.w);
    if (full) {
      if (tok.w === 'may' || tok.w === 'march') {
        // Modal "May" / verb "March": need a date-like neighbour.
        const prev = this.w(i - 1);
        const nextTok = this.t[i + 1];
        const ok = MONTH_CONTEXT.has(prev) || (nextTok && nextTok.digits && !nextTok.glued) || (prev === '-' && this.glued(i));
        if (!ok) return null;
        if (tok.w === 'may' && !tok.cap) return null;
      }
      return [full, i + 1];
    }
    const ab = MONTH_ABBREVIATIONS.get(tok.w);
    if (ab && afterDay && tok.w !== 'mar' && tok.w !== 'jan' && tok.w !== 'jun' && tok.w !== 'dec') return [ab, this.w(i + 1) === '.' && this.glued(i + 1) ? i + 2 : i + 1];
    if (ab) {
      if (this.w(i + 1) === '.' && this.glued(i + 1)) return [ab, i + 2];
      if (this.t[i + 1]?.digits && !this.t[i + 1].glued) return [ab, i + 1];
      // "Dec-2018", "Oct/2"
      if ((this.w(i + 1) === '-' || this.w(i + 1) === '/') && this.glued(i + 1) && this.t[i + 2]?.digits && this.glued(i + 2)) return [ab, i + 1];
    }
    return null;
  }

  /** A day-of-month number token (1..31, optional ordinal suffix). */
  private dayAt(i: number): number {
    const tok = this.t[i];
    if (!tok || !tok.digits || tok.digits.length > 2 || tok.suffix === 's' || tok.digits.includes('.')) return 0;
    return tok.n >= 1 && tok.n <= 31 ? tok.n : 0;
  }

  /** A 4-digit year token usable in a date (1000..2199). */
  private yearAt(i: number): number {
    const tok = this.t[i];
    if (!tok || tok.digits.length !== 4 || tok.suffix) return 0;
    return tok.n >= 1000 && tok.n <= 2199 ? tok.n : 0;
  }

  /** ", 2025" / " 2025" / " of 2025" / " of this year" / " last year" after a month (day). Returns [year|null, next]. */
  private yearSuffix(j: number): [number | null, number, boolean] | null {
    let k = j;
    if (this.w(k) === ',') k++;
    const yt = this.yearTok(k);
    if (yt) return [yt[0], yt[1], false];
    k = j;
    if (this.w(k) === 'of' || this.w(k) === 'in') k++;
    const yt2 = k > j ? this.yearTok(k) : null;
    if (yt2) return [yt2[0], yt2[1], false];
    const rel = REL_WORDS[this.w(k)];
    if (rel !== undefined && (this.w(k + 1) === 'year' || (this.w(k + 1) === 'fiscal' && this.w(k + 2) === 'year')) && this.w(k) !== 'past') {
      const next = this.w(k + 1) === 'fiscal' ? k + 3 : k + 2;
      return [this.ref ? this.ref.y + rel : null, next, true];
    }
    return null;
  }

  private monthPhrase(i: number): P | null {
    const mm = this.monthAt(i);
    if (!mm) return null;
    const [m, j] = mm;
    const tense = this.tense(i);
    // "Dec-2018", "Dec/2018", "Oct/2", "September-2020-23"
    if ((this.w(j) === '-' || this.w(j) === '/') && this.glued(j) && this.glued(j + 1)) {
      const y = this.yearAt(j + 1);
      if (y && this.w(j + 2) === this.w(j) && this.glued(j + 2) && this.dayAt(j + 3) && this.glued(j + 3) && isValidDay(y, m, this.dayAt(j + 3))) {
        return { next: j + 4, v: dateValue(fmt(y, m, this.dayAt(j + 3)), 'absolute'), point: true };
      }
      if (y) return { next: j + 2, v: dateValue(`${pad4(y)}-${pad2(m)}`, 'absolute'), point: true };
      const d = this.dayAt(j + 1);
      if (d && this.w(j) === '/' && !this.t[j + 2]?.glued) return { next: j + 2, v: this.yearlessValue(m, d, this.tense(i)), point: true };
    }
    const d = this.dayAt(j);
    if (d && !(this.w(j + 1) === '%') && !(this.w(j + 1) === ':' && this.t[j + 2]?.digits && this.glued(j + 2))) {
      let next = j + 1;
      let d2 = 0;
      // "June 3-4", "August 5th to 9th"
      if ((this.w(next) === '-' || this.w(next) === 'to' || this.w(next) === 'through') && this.dayAt(next + 1) > d) {
        d2 = this.dayAt(next + 1);
        next += 2;
      }
      const ys = this.yearSuffix(next);
      if (ys) {
        const [y, after, rel] = ys;
        if (y === null) return { next: after, v: dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved'), point: true };
        if (!isValidDay(y, m, d)) return null;
        const v = dateValue(fmt(y, m, d), rel ? 'reference' : 'absolute');
        if (d2 && isValidDay(y, m, d2)) v.end_date = fmt(y, m, d2);
        return { next: after, v, point: true };
      }
      const v = this.yearlessValue(m, d, tense);
      if (d2 && v.start_date) v.end_date = v.start_date.slice(0, 8) + pad2(d2);
      return { next, v, point: true };
    }
    const ys = this.yearSuffix(j);
    if (ys) {
      const [y, after, rel] = ys;
      if (y === null) return { next: after, v: dateValue(`XXXX-${pad2(m)}`, 'unresolved'), point: true };
      return { next: after, v: dateValue(`${pad4(y)}-${pad2(m)}`, rel ? 'reference' : 'absolute'), point: true };
    }
    // "January to October [this year]"
    if ((this.w(j) === 'to' || this.w(j) === 'through' || this.w(j) === '-') && this.monthAt(j + 1)) {
      const [m2, j2] = this.monthAt(j + 1)!;
      const ys2 = this.yearSuffix(j2);
      if (m2 > m && !this.dayAt(j2)) {
        const y = ys2 ? ys2[0] : null;
        const next = ys2 ? ys2[1] : j2;
        if (y === null) return { next, v: this.monthValueAt(m, i, 0), point: true };
        const v = dateValue(`${pad4(y)}-${pad2(m)}`, 'absolute');
        const end = dateValue(`${pad4(y)}-${pad2(m2)}`, 'absolute');
        v.end_date = end.end_date;
        return { next, v, point: true };
      }
    }
    // Bare month: not the first name of a person or company ("August Strindberg", "May Department Stores").
    const nextTok = this.t[j];
    if (nextTok && nextTok.cap && !nextTok.glued && !NAME_SAFE_MONTH_CONTEXT.has(this.w(i - 1)) && !WEEKDAYS.has(nextTok.w) && !MONTHS.has(nextTok.w)) return null;
    return { next: j, v: this.monthValueAt(m, i, 0), point: true };
  }

  private monthValueAt(m: number, i: number, rel: number, mod?: string): DateValue {
    return monthValue(this.ref, m, rel, this.tense(i), mod);
  }

  private yearlessValue(m: number, d: number, tense: Tense): DateValue {
    return monthDayValue(this.ref, m, d, tense);
  }
  private yearless(m: number, d: number, i: number): DateValue {
    return monthDayValue(this.ref, m, d, this.tense(i));
  }

  /** Numbers: years, decades, day-month, numeric dates, and durations starting with a digit. */
  private numeric(i: number): P | null {
    const tok = this.t[i];
    // Part of a bigger number ("1,990", "3.1990") or an amount ("$2000").
    const prev = this.t[i - 1];
    if (prev && tok.glued && (prev.w === ',' || prev.w === '.' || prev.w === '$' || prev.w === '#') && this.t[i - 2]?.digits) return this.duration(i);
    if (prev && tok.glued && (prev.w === '$' || prev.w === '£' || prev.w === '€')) return null;
    const iso = this.numericDate(i) ?? this.dottedDate(i);
    if (iso) return iso;
    // "4 April 2025", "02nd Jan 2019", "15th of June"
    const d = this.dayAt(i);
    if (d) {
      let j = i + 1;
      if (this.w(j) === 'of') j++;
      const mm = this.monthAt(j, true);
      if (mm && (tok.suffix || j === i + 1)) {
        const [m, k] = mm;
        const ys = this.yearSuffix(k);
        if (ys) {
          const [y, after, rel] = ys;
          if (y === null) return { next: after, v: dateValue(`XXXX-${pad2(m)}-${pad2(d)}`, 'unresolved'), point: true };
          if (!isValidDay(y, m, d)) return null;
          return { next: after, v: dateValue(fmt(y, m, d), rel ? 'reference' : 'absolute'), point: true };
        }
        return { next: k, v: this.yearless(m, d, i), point: true };
      }
    }
    // Decades: "1980s", "1980's", "90's"; centuries "1800s".
    if ((tok.suffix === 's' && (tok.digits.length === 4 || tok.digits.length === 2)) || ((tok.digits.length === 4 || tok.digits.length === 2) && this.w(i + 1) === "'" && this.glued(i + 1) && this.w(i + 2) === 's' && this.glued(i + 2))) {
      const next = tok.suffix === 's' ? i + 1 : i + 3;
      if (tok.n % 10 !== 0 || (tok.digits.length === 4 && (tok.n < 1000 || tok.n > 2090))) return null;
      const full = tok.digits.length === 2 ? 1900 + tok.n : tok.n;
      if (full % 100 === 0 && tok.digits.length === 4) return { next, v: dateValue(String(full / 100), 'absolute'), point: true };
      return { next, v: dateValue(String(full / 10), 'absolute'), point: true };
    }
    const y = this.yearAt(i);
    if (y && !tok.suffix) {
      const nextTok = this.t[i + 1];
      // "1989-90", "1986-1990", "2003/2007", "1996 to 2000"
      if (nextTok && (nextTok.w === '-' || nextTok.w === '/') && nextTok.glued && this.t[i + 2]?.glued) {
        const n2 = this.t[i + 2];
        if (n2.digits.length === 2 && !n2.suffix && (n2.n === (y + 1) % 100 || n2.n > y % 100)) {
          const end = Math.floor(y / 100) * 100 + n2.n;
          const v = dateValue(pad4(y), 'absolute');
          v.end_date = `${pad4(end)}-12-31`;
          return { next: i + 3, v, point: true };
        }
        const y2 = this.yearAt(i + 2);
        if (y2 > y) {
          const v = dateValue(pad4(y), 'absolute');
          v.end_date = `${pad4(y2)}-12-31`;
          return { next: i + 3, v, point: true };
        }
        if (nextTok.w === '-' && this.t[i + 2]?.digits) return null; // "2025-13" or a code
      }
      if (!this.plausibleYear(i, y)) return this.duration(i);
      // "1996 to 2000"
      if ((this.w(i + 1) === 'to' || this.w(i + 1) === 'through') && this.yearAt(i + 2) > y) {
        const v = dateValue(pad4(y), 'absolute');
        v.end_date = `${pad4(this.yearAt(i + 2))}-12-31`;
        return { next: i + 3, v, point: true };
      }
      // "2019 Q3"
      if (this.w(i + 1) === 'q' && this.t[i + 2]?.glued && this.t[i + 2].n >= 1 && this.t[i + 2].n <= 4 && !this.t[i + 2].suffix) {
        return { next: i + 3, v: dateValue(`${pad4(y)}-Q${this.t[i + 2].n}`, 'absolute'), point: true };
      }
      // "2019/aug/01", "2019-aug-1"
      if ((this.w(i + 1) === '/' || this.w(i + 1) === '-') && this.glued(i + 1) && this.glued(i + 2)) {
        const mm = this.monthAt(i + 2, true);
        if (mm && this.w(mm[1]) === this.w(i + 1) && this.glued(mm[1]) && this.dayAt(mm[1] + 1) && isValidDay(y, mm[0], this.dayAt(mm[1] + 1))) {
          return { next: mm[1] + 2, v: dateValue(fmt(y, mm[0], this.dayAt(mm[1] + 1)), 'absolute'), point: true };
        }
      }
      return { next: i + 1, v: dateValue(pad4(y), 'absolute'), point: true };
    }
    // 20th century
    const ord = tok.suffix && tok.suffix !== 's' ? tok.n : 0;
    if (ord && this.w(i + 1) === 'century') return { next: i + 2, v: dateValue(pad2(ord - 1), 'absolute'), point: true };
    return this.duration(i);
  }

  /** A bare 4-digit number reads as a year unless it measures something. */
  private plausibleYear(i: number, y: number): boolean {
    const next = this.t[i + 1];
    if (next && (next.w === '%' || (next.w === '.' && next.glued && this.t[i + 2]?.digits))) return false;
    if (next && MEASURE_NOUNS.has(next.w)) return false;
    if (next && next.w === ',' && next.glued && this.t[i + 2]?.digits.length === 3 && this.t[i + 2].glued) return false;
    if (y >= 1900 && y <= 2099) return true;
    const prev = this.w(i - 1);
    return ['in', 'since', 'of', 'by', 'from', 'until', 'till', 'year', 'before', 'after', 'around', 'circa', 'c.', 'to', 'and'].includes(prev);
  }

  /** 2025-04-04, 04/04/2025, 2019/08/01, 5/12/2019. */
  private numericDate(i: number): P | null {
    const a = this.t[i];
    const s1 = this.t[i + 1];
    const b = this.t[i + 2];
    const s2 = this.t[i + 3];
    const c = this.t[i + 4];
    if (!s1 || !b || !s1.glued || !b.glued || !b.digits || b.suffix) return null;
    const sep = s1.w;
    if (sep !== '-' && sep !== '/' && sep !== '.') return null;
    if (!s2 || s2.w !== sep || !s2.glued || !c || !c.glued || !c.digits || c.suffix) return null;
    if (this.t[i + 5] && this.t[i + 5].glued && /^[\d/-]/.test(this.t[i + 5].w)) return null;
    let y: number;
    let m: number;
    let d: number;
    if (a.digits.length === 4) {
      y = a.n;
      m = b.n;
      d = c.n;
    } else if (c.digits.length === 4 || (c.digits.length === 2 && sep === '/')) {
      y = c.digits.length === 2 ? (c.n < 50 ? 2000 + c.n : 1900 + c.n) : c.n;
      m = a.n;
      d = b.n;
      if (m > 12 && d <= 12) [m, d] = [d, m]; // day-first
    } else return null;
    if (!isValidDay(y, m, d)) return null;
    return { next: i + 5, v: dateValue(fmt(y, m, d), 'absolute'), point: true };
  }

  /**
   * "04.04.2025": the tokenizer reads "04.04" as one decimal. Dotted dates are European, so day first (US writers use
   * slashes, read month first by numericDate).
   */
  private dottedDate(i: number): P | null {
    const dm = /^(\d{1,2})\.(\d{1,2})$/.exec(this.t[i].digits);
    if (!dm || this.t[i].suffix || this.w(i + 1) !== '.' || !this.glued(i + 1) || !this.glued(i + 2)) return null;
    const yt = this.t[i + 2];
    if (!yt || yt.digits.length !== 4 || yt.suffix || (this.t[i + 3]?.glued && /^[\d.]/.test(this.t[i + 3].w))) return null;
    const d = +dm[1];
    const m = +dm[2];
    if (!isValidDay(yt.n, m, d)) return null;
    return { next: i + 3, v: dateValue(fmt(yt.n, m, d), 'absolute'), point: true };
  }

  /** '82, '80s */
  private shortYear(i: number): P | null {
    const n = this.t[i + 1];
    if (!n || !n.glued || n.digits.length !== 2) return null;
    const prev = this.t[i - 1];
    if (prev && this.t[i].glued && /[a-z\d]/i.test(prev.w)) return null;
    const full = n.n < 30 ? 2000 + n.n : 1900 + n.n;
    if (n.suffix === 's') return n.n % 10 === 0 ? { next: i + 2, v: dateValue(String(full / 10), 'absolute'), point: true } : null;
    if (n.suffix) return null;
    return { next: i + 2, v: dateValue(pad4(full), 'absolute'), point: true };
  }

  /** "fiscal 1990", "fiscal year 1990", "fiscal 1989-90", "fiscal year" (bare). */
  private fiscal(i: number): P | null {
    let j = i + 1;
    if (this.w(j) === 'year') j++;
    const y = this.yearAt(j);
    if (y) {
      const inner = this.numeric(j);
      if (inner && inner.point) return { next: inner.next, v: inner.v, point: true };
      return { next: j + 1, v: dateValue(pad4(y), 'absolute'), point: true };
    }
    if (this.t[j]?.digits.length === 2 && this.w(i) === 'fy') {
      const yy = this.t[j].n;
      return { next: j + 1, v: dateValue(pad4(yy < 50 ? 2000 + yy : 1900 + yy), 'absolute'), point: true };
    }
    if (j === i + 2) return { next: j, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
    return null;
  }

  /** "year-end", "year-earlier", "year-ago", "year-long", "year-to-date". */
  private yearCompound(i: number): P | null {
    if (!this.hyphenAt(i + 1)) return null;
    const w2 = this.w(i + 2);
    if (w2 === 'end') return { next: i + 3, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX', 'END'), point: true };
    if (w2 === 'earlier' || w2 === 'ago') {
      const quarterly = this.ctx.blockMentions(QUARTER_WORD);
      return { next: i + 3, v: relative(this.ref, (r) => (quarterly ? shiftedUnit(r, 'Q', -5) : shiftedUnit(r, 'Y', -1)), 'XXXX'), point: true };
    }
    if (w2 === 'long') return { next: i + 3, v: dateValue('P1Y', 'absolute'), point: false };
    if (w2 === 'to' && this.hyphenAt(i + 3) && this.w(i + 4) === 'date') return { next: i + 5, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
    return null;
  }

  private deictic(i: number): P | null {
    const w = this.w(i);
    const k = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    let next = i + 1;
    // Time-of-day words make it TIME ("yesterday morning"), which is not DATE: keep just the day word.
    // Xinhua style "today, Monday" / "today (Monday)" is one span.
    if (this.w(next) === ',' && WEEKDAYS.has(this.w(next + 1)) && this.t[next + 1].cap) next += 2;
    else if (this.w(next) === '(' && WEEKDAYS.has(this.w(next + 1)) && this.w(next + 2) === ')') next += 3;
    return { next, v: relative(this.ref, (r) => shiftedUnit(r, 'D', k), k === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX'), point: true };
  }

  private recent(i: number): P | null {
    const w = this.w(i);
    if (w === 'recently') return null; // OntoNotes rarely tags the adverb
    const u = UNITS.get(this.w(i + 1));
    if (u && this.w(i + 1).endsWith('s')) return { next: i + 2, v: dateValue('PAST_REF', 'absolute'), point: false };
    return null;
  }

  /** Weekday with optional date: "Friday", "Friday, Oct. 13", "Wednesday, November 1, 1989". rel from last/next. */
  private weekdayPhrase(i: number, rel: number, start: number, mod?: string): P | null {
    const wd = WEEKDAYS.get(this.w(i));
    if (wd === undefined) return null;
    let j = i + 1;
    const k = this.w(j) === ',' ? j + 1 : j;
    if (this.monthAt(k) && this.dayAt(this.monthAt(k)![1])) {
      const p = this.monthPhrase(k);
      if (p) return { next: p.next, v: mod ? { ...p.v, mod } : p.v, point: true };
    }
    // "Tuesday of last week", "Monday of the following week", "Friday this week": the weekday inside that week.
    let k2 = j;
    if (this.w(k2) === 'of') k2++;
    if (this.w(k2) === 'the') k2++;
    const weekRel = REL_WORDS[this.w(k2)];
    if (weekRel !== undefined && this.w(k2 + 1) === 'week' && (k2 > j || this.w(k2) === 'this' || this.w(k2) === 'next' || this.w(k2) === 'last')) {
      const shift = this.w(k2) === 'this' || this.w(k2) === 'current' ? 0 : weekRel;
      return { next: k2 + 2, v: relative(this.ref, (r) => fmtYmd(addDays(r, 7 * shift - weekday(r) + wd)), `XXXX-WXX-${wd + 1}`, mod), point: true };
    }
    return { next: i + 1, v: weekdayValue(this.ref, wd, rel, this.tense(start), mod), point: true };
  }

  /** this/last/next/coming/past/previous + unit, month, weekday or season; also "the past two years" via theX. */
  private relativeUnit(i: number, start: number): P | null {
    const relWord = this.w(i);
    const rel = REL_WORDS[relWord];
    // "will last five weeks": the verb.
    if (relWord === 'last' && start === i && VERB_LAST_CONTEXT.has(this.w(i - 1))) return null;
    let j = i + 1;
    const w = this.w(j);
    // last/next/this + weekday
    if (WEEKDAYS.has(w) && this.t[j].cap) return relWord === 'past' || relWord === 'current' ? null : this.weekdayPhrase(j, relWord === 'this' ? 0 : rel, start);
    const mm = this.monthAt(j);
    if (mm) {
      const [m, k] = mm;
      const d = this.dayAt(k);
      if (d) {
        const p = this.monthPhrase(j);
        return p;
      }
      if (relWord === 'past' || relWord === 'current') return null;
      return { next: k, v: this.monthValueAt(m, start, relWord === 'this' ? 2 : rel), point: true };
    }
    if (this.t[j]?.cap && HOLIDAY_INDEX.has(w) && (relWord === 'last' || relWord === 'next' || relWord === 'this')) {
      const h = this.holidayPhrase(j, relWord === 'this' ? 2 : rel, start);
      if (h) return h;
    }
    // "last season", "this season", "the next season": a sports or fashion season, not a calendar unit we can place.
    if (w === 'season' && relWord !== 'past' && relWord !== 'present') return { next: j + 1, v: dateValue(null, this.ref ? 'reference' : 'unresolved'), point: true };
    const season = SEASONS.get(w);
    if (season) {
      if (relWord === 'past' || relWord === 'current') return null;
      return { next: j + 1, v: seasonValue(this.ref, season, relWord === 'this' ? 2 : rel, this.tense(start)), point: true };
    }
    // "the past two years", "next three months", "the coming few years": a duration
    if (rel !== 0 || relWord === 'past') {
      const dur = this.duration(j, true);
      if (dur && dur.next > j) {
        const m = /^P(\d+)[DWMY]$/.exec(dur.v.timex ?? '');
        const g = UNITS.get(this.w(dur.next - 1)) as Grain | undefined;
        if (m && g && this.ref && !dur.point) {
          const iv = countedPeriod(this.ref, g === 'Q' ? +m[1] / 3 : +m[1], g, rel < 0 || relWord === 'past' ? -1 : 1);
          if (iv) return { ...dur, v: { ...dur.v, start_date: iv[0], end_date: iv[1], anchor: 'reference' } };
        }
        return dur;
      }
    }
    // "last fiscal year", "this crop year"
    if (YEAR_KINDS.has(w) && this.w(j + 1) === 'year') j++;
    // Singular units only ("this time" is TIME; plurals were handled as durations above).
    const grain = pointGrain(this.w(j));
    if (!grain) return null;
    // "the past year", "the last decade" are periods up to now; "this year"/"last year" are calendar units.
    if (relWord === 'past' || (relWord === 'last' && this.w(start) === 'the')) {
      return { next: j + 1, v: dateValue(durationTimex(1, grain), 'absolute'), point: false };
    }
    const k = relWord === 'this' || relWord === 'current' || relWord === 'present' ? 0 : rel;
    // "the following week", "the previous day", "the next month" in a past-tense story: counted from the last date
    // the story mentioned, not from the publication date.
    if (this.w(start) === 'the' && k !== 0 && (relWord !== 'next' || this.tense(start) === 'past')) {
      const av = this.fromAnchor(start, grain, k, false);
      if (av) return { next: j + 1, v: av, point: true };
    }
    // "this week Monday", "next week Tuesday"
    const wdAfter = WEEKDAYS.get(this.w(j + 1));
    if (grain === 'W' && wdAfter !== undefined) {
      return { next: j + 2, v: relative(this.ref, (r) => fmtYmd(addDays(r, 7 * k - weekday(r) + wdAfter)), `XXXX-WXX-${wdAfter + 1}`), point: true };
    }
    const v = relative(this.ref, (r) => shiftedUnit(r, grain, k), unresolvedUnit(grain));
    return { next: j + 1, v, point: true };
  }

  /** "that day", "each month", "every year", "all year", "these days", "the same period last year". */
  private demonstrative(i: number): P | null {
    const w = this.w(i);
    const unit = this.w(i + 1);
    if (w === 'these' && unit === 'days') return { next: i + 2, v: dateValue('PRESENT_REF', 'absolute'), point: false };
    if (w === 'same') return null;
    const grain = pointGrain(unit);
    if (!grain || unit.endsWith('s')) return null;
    if (w === 'each' || w === 'every' || w === 'any') return { next: i + 2, v: dateValue(durationTimex(1, grain), 'absolute'), point: false };
    if (w === 'all') return unit === 'year' || unit === 'day' || unit === 'week' || unit === 'month' ? { next: i + 2, v: dateValue(durationTimex(1, grain), 'absolute'), point: false } : null;
    if (w === 'that' || w === 'those') return { next: i + 2, v: dateValue(unresolvedUnit(grain), 'unresolved'), point: true };
    return null;
  }

  /** Phrases that begin with "the". */
  private theX(i: number): P | null {
    const w1 = this.w(i + 1);
    const tense = this.tense(i);
    // the 1980s, the '80s, the 90's, the 20th century, the 1989 model year, the 30th
    const t1 = this.t[i + 1];
    if (!t1) return null;
    if (t1.digits || w1 === "'") {
      if (t1.digits && t1.suffix && t1.suffix !== 's') {
        const n = t1.n;
        if (this.w(i + 2) === 'century') return { next: i + 3, v: dateValue(pad2(n - 1), 'absolute'), point: true };
        // "the 6th of next December", "the 30th"
        if (n >= 1 && n <= 31) {
          if (this.w(i + 2) === 'of') {
            const p = this.dayOfMonthPhrase(n, i + 3, i);
            if (p) return p;
          }
          // A bare "the 30th" is a day only after a preposition and at a phrase end ("on the 30th.").
          const after = this.t[i + 2];
          if (!['on', 'by', 'until', 'till', 'since', 'from', 'to', 'before', 'after', 'through'].includes(this.w(i - 1))) return null;
          if (after && /^[a-z]/i.test(after.w) && !['of', 'this', 'last', 'next', 'and', 'or', 'to', 'that', 'when', 'at', 'in'].includes(after.w)) return null;
          return { next: i + 2, v: this.dayOfMonth(n, i), point: true };
        }
        return null;
      }
      const inner = this.numeric(i + 1) ?? (w1 === "'" ? this.shortYear(i + 1) : null);
      if (inner && inner.point) {
        // "the 1989 model year", "the 1988 period", "the 1988 second quarter", "the 1989 fall"
        const y = inner.v.timex && /^\d{4}$/.test(inner.v.timex) ? inner.v.timex : null;
        let next = inner.next;
        let v = inner.v;
        if (y) {
          const a = this.w(next);
          if (YEAR_KINDS.has(a) && this.w(next + 1) === 'year') next += 2;
          else if (a === 'period' || a === 'year' || a === 'season') next += 1;
          else if (SEASONS.has(a)) {
            v = dateValue(`${y}-${SEASONS.get(a)}`, 'absolute');
            next += 1;
          } else if (ORDINALS.has(a) && (this.w(next + 1) === 'quarter' || this.w(next + 1) === 'half')) {
            const q = ORDINALS.get(a)!;
            v = dateValue(this.w(next + 1) === 'quarter' ? `${y}-Q${q}` : `${y}-H${q}`, 'absolute');
            next += 2;
          }
          // "the 1988 trade act": the year alone is the date, "the" belongs to the name.
          if (next === inner.next) return null;
        }
        return { next, v, point: true };
      }
      // "the 12 months", "the five years" — but ages keep "the" outside ("the 6-year-old")
      const dur = this.duration(i + 1, true);
      if (!dur || this.w(dur.next - 1) === 'old' || this.hyphenAt(i + 2)) return null;
      return { ...dur, point: false };
    }
    // the first/second/third/fourth quarter|half [of X]; the first nine months of the year
    const ord = ORDINALS.get(w1);
    if (ord !== undefined || w1 === 'fiscal' || w1 === 'latest' || w1 === 'current' || w1 === 'same' || w1 === 'year') {
      const p = this.theOrdinal(i);
      if (p) return p;
    }
    if (YEAR_KINDS.has(w1) && this.w(i + 2) === 'year') {
      return { next: i + 3, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', 0), 'XXXX'), point: true };
    }
    if (REL_WORDS[w1] !== undefined) {
      const p = this.relativeUnit(i + 1, i);
      if (p) return p;
    }
    // the early 1980s, the late 1970s, the mid-1990s
    if (POINT_MODS[w1] && w1 !== 'earlier' && w1 !== 'later') {
      let k = i + 2;
      if (w1 === 'mid' && this.hyphenAt(k)) k++;
      const inner = this.point(k);
      if (inner && inner.point && inner.v.timex && /^\d{2,4}$/.test(inner.v.timex)) return { next: inner.next, v: { ...inner.v, mod: POINT_MODS[w1] }, point: true };
    }
    const season = SEASONS.get(w1);
    if (season && !(this.t[i + 1].cap && this.t[i + 2]?.cap)) {
      const ys = this.yearSuffix(i + 2);
      if (ys && ys[0] !== null) return { next: ys[1], v: dateValue(`${pad4(ys[0])}-${season}`, ys[2] ? 'reference' : 'absolute'), point: true };
      return { next: i + 2, v: seasonValue(this.ref, season, 0, tense), point: true };
    }
    if ((w1 === 'full' || w1 === 'whole' || w1 === 'entire') && (this.w(i + 2) === 'year' || this.w(i + 2) === 'day' || this.w(i + 2) === 'week' || this.w(i + 2) === 'month')) {
      const g = pointGrain(this.w(i + 2))!;
      let next = i + 3;
      let k = 0;
      if (this.w(next) === 'of' && this.yearAt(next + 1) && g === 'Y') return { next: next + 2, v: dateValue(pad4(this.yearAt(next + 1)), 'absolute'), point: true };
      const ys = this.yearSuffix(next);
      if (ys && ys[2] && g === 'Y') {
        next = ys[1];
        k = (ys[0] ?? 0) - (this.ref?.y ?? 0);
      }
      return { next, v: relative(this.ref, (r) => shiftedUnit(r, g, k), unresolvedUnit(g)), point: true };
    }
    // "at the time", "over the years", "the days leading up to"
    if (w1 === 'time' && this.w(i - 1) === 'at' && !['of', 'when', 'that'].includes(this.w(i + 2))) {
      return { next: i + 2, v: dateValue('PAST_REF', 'absolute'), point: false };
    }
    if ((w1 === 'years' || w1 === 'days' || w1 === 'decades') && (['over', 'through', 'throughout'].includes(this.w(i - 1)) || ['before', 'after', 'leading'].includes(this.w(i + 2)))) {
      return { next: i + 2, v: dateValue('PAST_REF', 'absolute'), point: false };
    }
    // "the week of March 10": the ISO week containing that day.
    if ((w1 === 'week' || w1 === 'weekend') && this.w(i + 2) === 'of') {
      const inner = this.point(i + 3);
      const day = inner && inner.point && inner.v.timex && /^\d{4}-\d{2}-\d{2}$/.test(inner.v.timex) ? parseYmd(inner.v.timex) : null;
      if (inner && day) {
        const wk = weekTimex(day) + (w1 === 'weekend' ? '-WE' : '');
        return { next: inner.next, v: dateValue(wk, inner.v.anchor), point: true };
      }
    }
    if (w1 === 'weekend') return { next: i + 2, v: relative(this.ref, (r) => this.weekendOf(r, tense), 'XXXX-WXX-WE'), point: true };
    if (w1 === 'holidays') return { next: i + 2, v: dateValue(null, 'unresolved'), point: true };
    if (w1 === 'other' && this.w(i + 2) === 'day') return { next: i + 3, v: dateValue('PAST_REF', 'absolute'), point: true };
    if (w1 === 'future' || w1 === 'past') return null; // "the future": FUTURE_REF in TimeML, not DATE in OntoNotes
    // the month of October
    if (w1 === 'month' && this.w(i + 2) === 'of' && this.monthAt(i + 3)) {
      const p = this.monthPhrase(i + 3);
      if (p) return { ...p, next: p.next };
    }
    // the day / the year / the week / the month / the quarter (+ before / after)
    const grain = pointGrain(w1);
    if (grain && !w1.endsWith('s') && !t1.cap) {
      let next = i + 2;
      let k = 0;
      const after = this.w(next);
      if (after === 'before' || after === 'earlier') {
        k = -1;
        next++;
      } else if (after === 'after' || after === 'later') {
        k = 1;
        next++;
      } else if (after === '-' || after === 'ahead') {
        return null; // "the day-to-day", "the year-ahead"
      }
      // "the day before" counts from the story's last date; "the day before the vote" from an event we cannot place.
      if (k !== 0 && /^[.,;:)'"]?$/.test(this.w(next))) {
        const av = this.fromAnchor(i, grain, k, false);
        if (av) return { next, v: av, point: true };
      }
      if (grain === 'Q' && k === 0) {
        // "the quarter a year ago/earlier"
        if (this.w(next) === 'a' && this.w(next + 1) === 'year' && ['ago', 'earlier'].includes(this.w(next + 2))) {
          return { next: next + 3, v: relative(this.ref, (r) => shiftedUnit(r, 'Q', -5), 'XXXX-QX'), point: true };
        }
        return { next, v: relative(this.ref, (r) => shiftedUnit(r, 'Q', -1), 'XXXX-QX'), point: true };
      }
      return { next, v: relative(this.ref, (r) => shiftedUnit(r, grain, k), unresolvedUnit(grain)), point: true };
    }
    return null;
  }

  /** "<day> of [next|last] <Month> [year]" from position k (after "of"). */
  private dayOfMonthPhrase(day: number, k: number, i: number): P | null {
    let rel = 0;
    if (REL_WORDS[this.w(k)] !== undefined) {
      rel = REL_WORDS[this.w(k)];
      k++;
    }
    const mm = this.monthAt(k, true);
    if (!mm) return null;
    const ys = this.yearSuffix(mm[1]);
    if (ys && ys[0] !== null && isValidDay(ys[0], mm[0], day)) return { next: ys[1], v: dateValue(fmt(ys[0], mm[0], day), ys[2] ? 'reference' : 'absolute'), point: true };
    const mv = rel ? this.monthValueAt(mm[0], i, rel) : this.yearless(mm[0], day, i);
    if (!rel) return { next: ys ? ys[1] : mm[1], v: mv, point: true };
    const v = mv.timex && /^\d{4}-\d{2}$/.test(mv.timex) && isValidDay(+mv.timex.slice(0, 4), mm[0], day) ? dateValue(`${mv.timex}-${pad2(day)}`, 'reference') : dateValue(`XXXX-${pad2(mm[0])}-${pad2(day)}`, 'unresolved');
    return { next: ys ? ys[1] : mm[1], v, point: true };
  }

  /** "the 30th": that day of the reference month, or of the month before when it lies ahead (past wording). */
  private dayOfMonth(d: number, i: number): DateValue {
    const r = this.ref;
    if (!r) return dateValue(`XXXX-XX-${pad2(d)}`, 'unresolved');
    let y = r.y;
    let m = r.m;
    const future = this.tense(i) === 'future';
    if (!future && d > r.d) m--;
    else if (future && d < r.d) m++;
    if (m < 1) [y, m] = [y - 1, 12];
    if (m > 12) [y, m] = [y + 1, 1];
    return isValidDay(y, m, d) ? dateValue(fmt(y, m, d), 'reference') : dateValue(`XXXX-XX-${pad2(d)}`, 'unresolved');
  }

  private weekendOf(r: Ymd, tense: Tense): string {
    const wd = (new Date(Date.UTC(r.y, r.m - 1, r.d)).getUTCDay() + 6) % 7;
    // Saturday/Sunday articles mean the current weekend; otherwise past → the one before, future → the coming one.
    const k = wd >= 5 ? 0 : tense === 'future' ? 0 : -1;
    return shiftedUnit(r, 'WE', k);
  }

  /** "the first quarter of 2025", "the fiscal first quarter", "the first half", "the first nine months of the year", "the same period last year". */
  private theOrdinal(i: number): P | null {
    let j = i + 1;
    let fiscal = false;
    if (this.w(j) === 'fiscal') {
      fiscal = true;
      j++;
    }
    const w = this.w(j);
    if (w === 'same' || w === 'year' || w === 'latest' || w === 'current') {
      // the same period/day/week/month/quarter/time [last year | a year ago | a year earlier]
      // the year-earlier period/quarter, the year-ago quarter
      let k = j + 1;
      let shiftYears = 0;
      if (w === 'year') {
        if (!this.hyphenAt(k) || !['earlier', 'ago'].includes(this.w(k + 1))) return null;
        k += 2;
        shiftYears = -1;
      }
      const noun = this.w(k);
      if ((w === 'latest' || w === 'current') && YEAR_KINDS.has(noun) && this.w(k + 1) === 'year') {
        // "the latest fiscal year" is the last completed one; "the current fiscal year" the running one.
        return { next: k + 2, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', w === 'latest' ? -1 : 0), 'XXXX'), point: true };
      }
      // "the year-earlier third quarter"
      const qOrd = ORDINALS.get(noun);
      if (w === 'year' && qOrd && qOrd >= 1 && qOrd <= 4 && this.w(k + 1) === 'quarter') {
        return { next: k + 2, v: relative(this.ref, (r) => `${pad4(r.y - 1)}-Q${qOrd}`, `XXXX-Q${qOrd}`), point: true };
      }
      const nounGrain: Grain | null = noun === 'period' ? 'Q' : pointGrain(noun);
      if (!nounGrain || noun.endsWith('s')) return null;
      if (w === 'same' && noun === 'time') return null; // "at the same time": not a date in practice
      let next = k + 1;
      const ys = this.yearSuffix(next);
      if (ys && ys[2]) {
        next = ys[1];
        shiftYears = (ys[0] ?? 0) - (this.ref?.y ?? 0);
      } else if ((this.w(next) === 'a' || this.w(next) === 'one') && this.w(next + 1) === 'year' && ['ago', 'earlier', 'before'].includes(this.w(next + 2))) {
        next += 3;
        shiftYears = -1;
      }
      if (w === 'latest' || w === 'current') {
        const k0 = w === 'latest' && (nounGrain === 'Q' || nounGrain === 'M') ? -1 : 0;
        return { next, v: relative(this.ref, (r) => shiftedUnit(r, nounGrain, k0), unresolvedUnit(nounGrain)), point: true };
      }
      if (nounGrain === 'Q') return { next, v: relative(this.ref, (r) => shiftedUnit(r, 'Q', -1 + 4 * shiftYears), 'XXXX-QX'), point: true };
      if (nounGrain === 'Y') return { next, v: relative(this.ref, (r) => shiftedUnit(r, 'Y', shiftYears), 'XXXX'), point: true };
      return { next, v: dateValue(null, this.ref ? 'reference' : 'unresolved'), point: true };
    }
    const ord = ORDINALS.get(w);
    if (ord === undefined) return null;
    const what = this.w(j + 1);
    if (what === 'of' && ord >= 1 && !fiscal) return this.dayOfMonthPhrase(ord, j + 2, i);
    if (what === 'quarter' || what === 'half') {
      const part = what === 'quarter' ? 'Q' : 'H';
      if (ord === -1) {
        // "the last half of 1989" = H2; "the last quarter" alone is the previous quarter, handled by relativeUnit.
        if (!(this.w(j + 2) === 'of')) return null;
        return this.theOrdinalPart(j, part, part === 'Q' ? 4 : 2, i);
      }
      if (ord < 1 || (part === 'Q' && ord > 4) || (part === 'H' && ord > 2)) return null;
      return this.theOrdinalPart(j, part, ord, i);
    }
    return this.theOrdinalCount(i, j, ord, fiscal);
  }

  /** "[the] first quarter [of 2025 | of this year | of the year]", "the second half". */
  private theOrdinalPart(j: number, part: 'Q' | 'H', ord: number, i: number): P | null {
    {
      let next = j + 2;
      // "of 2025", "of this year", "of last year", ", 2025"? (no) → absolute/relative year
      let k = next;
      if (this.w(k) === 'of') k++;
      const y = this.yearAt(k);
      if (y && k > next) return { next: k + 1, v: dateValue(`${pad4(y)}-${part}${ord}`, 'absolute'), point: true };
      const ys = k > next ? this.yearSuffix(next) : null;
      if (ys && ys[2]) {
        const yy = ys[0];
        return { next: ys[1], v: yy === null ? dateValue(`XXXX-${part}${ord}`, 'unresolved') : dateValue(`${pad4(yy)}-${part}${ord}`, 'reference'), point: true };
      }
      if (this.w(k) === 'the' && this.w(k + 1) === 'year' && k > next) {
        next = k + 2;
        return { next, v: relative(this.ref, (r) => `${pad4(r.y)}-${part}${ord}`, `XXXX-${part}${ord}`), point: true };
      }
      if (part === 'Q') return { next, v: quarterValue(this.ref, ord, this.tense(i)), point: true };
      return { next, v: relative(this.ref, (r) => `${pad4(this.tense(i) === 'past' && ord === 2 && r.m <= 6 ? r.y - 1 : r.y)}-H${ord}`, `XXXX-H${ord}`), point: true };
    }
  }

  /** "the first nine months of the year", "the first 11 months of this year", "the first three months". */
  private theOrdinalCount(i: number, j: number, ord: number, fiscal: boolean): P | null {
    if (fiscal) return null;
    // the first nine months [of X], the first three-quarters of this year, the first 11 months of this year
    const cnt = this.count(j + 1);
    if (cnt && cnt.n !== null) {
      const unitW = this.w(cnt.next);
      if (unitW === 'months' || unitW === 'quarters' || unitW === 'weeks' || unitW === 'days' || unitW === 'years') {
        let next = cnt.next + 1;
        let k = next;
        if (this.w(k) === 'of') k++;
        let year: number | null | undefined;
        if (k > next && this.yearAt(k)) {
          year = this.yearAt(k);
          next = k + 1;
        } else if (k > next && this.w(k) === 'the' && this.w(k + 1) === 'year') {
          year = this.ref ? this.ref.y : null;
          next = k + 2;
        } else if (k > next) {
          const ys = this.yearSuffix(next);
          if (ys && ys[2]) {
            year = ys[0];
            next = ys[1];
          }
        }
        if (unitW === 'months' && ord === 1 && cnt.n <= 12 && year !== undefined) {
          if (year === null) return { next, v: dateValue(null, 'unresolved'), point: true };
          const v = dateValue(pad4(year), year === this.ref?.y ? 'reference' : 'absolute');
          const endM = cnt.n;
          v.timex = `P${cnt.n}M`;
          v.start_date = `${pad4(year)}-01-01`;
          v.end_date = fmt(year, endM, [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][endM - 1]);
          return { next, v, point: true };
        }
        const v = dateValue(durationTimex(cnt.n, UNITS.get(unitW) as Grain), 'absolute');
        // "the last 12 months": the period up to the reference date.
        if (ord === -1 && this.ref && next === cnt.next + 1) {
          const iv = countedPeriod(this.ref, cnt.n, UNITS.get(unitW) as Grain, -1);
          if (iv) [v.start_date, v.end_date, v.anchor] = [iv[0], iv[1], 'reference'];
        }
        return { next, v, point: false };
      }
    }
    // "the first three-quarters of this year"
    if (ord === 1 && this.w(j + 1) === 'day') return { next: j + 2, v: dateValue(null, 'unresolved'), point: true };
    return null;
  }

  // ---------------------------------------------------------------- durations

  /** A count: digits, number words ("twenty-five"), "a", "a few", "several"; ranges "three to six". */
  private count(i: number): { n: number | null; next: number } | null {
    const tok = this.t[i];
    if (!tok) return null;
    let n: number | null = null;
    let next = i + 1;
    if (tok.digits) {
      if (tok.suffix) return null;
      n = tok.n;
      // "2 1/2"
      if (this.t[i + 1]?.digits && this.w(i + 2) === '/' && this.glued(i + 2) && this.t[i + 3]?.digits) {
        n += this.t[i + 1].n / this.t[i + 3].n;
        next = i + 4;
      }
    } else if (NUMBER_WORDS.has(tok.w)) {
      n = NUMBER_WORDS.get(tok.w)!;
      if (tok.w === 'a' || tok.w === 'an') {
        if (this.w(i + 1) === 'few' || this.w(i + 1) === 'couple') {
          n = this.w(i + 1) === 'couple' ? 2 : null;
          next = i + 2;
          if (this.w(next) === 'of') next++;
        } else if (this.w(i + 1) === 'half' && (this.w(i + 2) === 'year' || this.w(i + 2) === 'decade' || this.w(i + 2) === 'century')) {
          n = 0.5;
        }
      } else if (this.hyphenAt(i + 1) && NUMBER_WORDS.has(this.w(i + 2)) && n >= 20) {
        n += NUMBER_WORDS.get(this.w(i + 2))!;
        next = i + 3;
      } else if (this.w(i + 1) === 'hundred') {
        n *= 100;
        next = i + 2;
      }
    } else if (tok.w === 'half' && UNITS.has(this.w(i + 1))) {
      n = 0.5;
    } else if (VAGUE_COUNTS.has(tok.w) && tok.w !== 'recent' && tok.w !== 'past' && tok.w !== 'coming') {
      next = i + 1;
      if (tok.w === 'couple') {
        n = 2;
        if (this.w(next) === 'of') next++;
      }
    } else return null;
    // ranges: "three to six months", "45 to 59 days", "three or four years", "10-15 years"
    const sep = this.w(next);
    if ((sep === 'to' || sep === 'or' || sep === '-') && n !== null) {
      const t2 = this.t[next + 1];
      if (t2 && ((t2.digits && !t2.suffix) || (NUMBER_WORDS.has(t2.w) && t2.w !== 'a' && t2.w !== 'an'))) {
        const unitAfter = UNITS.get(this.w(next + 2));
        if (unitAfter) next += 2;
      }
    }
    return { n, next };
  }

  /**
   * Durations and counted periods: "six months", "the past two years" (from relativeUnit), "30 years ago",
   * "a year earlier", "43 years old", "30-year", "more than 20 years", "the coming weeks".
   */
  private duration(i: number, afterRelative = false): P | null {
    let j = i;
    let mod: string | undefined;
    const w = this.w(j);
    // Qualifiers: "more than", "less than", "fewer than", "up to", "at least", "about", "nearly" …
    if ((w === 'more' || w === 'less' || w === 'fewer') && this.w(j + 1) === 'than') {
      mod = w === 'more' ? 'MORE_THAN' : 'LESS_THAN';
      j += 2;
    } else if ((w === 'up' && this.w(j + 1) === 'to') || (w === 'at' && (this.w(j + 1) === 'least' || this.w(j + 1) === 'most'))) {
      mod = w === 'up' || this.w(j + 1) === 'most' ? 'EQUAL_OR_LESS' : 'EQUAL_OR_MORE';
      j += 2;
    } else if (APPROX_QUALIFIERS[w] !== undefined && !afterRelative && (this.t[j + 1]?.digits || NUMBER_WORDS.has(this.w(j + 1)) || VAGUE_COUNTS.has(this.w(j + 1)))) {
      mod = APPROX_QUALIFIERS[w] || undefined;
      j += 1;
    }
    // bare plural unit after "the coming"/"the past": "the coming weeks", "the past several weeks"
    let cnt = this.count(j);
    if (!cnt && afterRelative && UNITS.has(this.w(j)) && this.w(j).endsWith('s')) cnt = { n: null, next: j };
    if (!cnt) return this.bareUnit(i);
    let k = cnt.next;
    // "30-year", "five-year", "six-month", "40-year-old", "one-day"
    if (this.hyphenAt(k) && UNITS.has(this.w(k + 1)) && !this.w(k + 1).endsWith('s') && cnt.n !== null && this.w(j) !== 'a' && this.w(j) !== 'an') {
      const g = UNITS.get(this.w(k + 1))!;
      let next = k + 2;
      if (this.hyphenAt(next) && this.w(next + 1) === 'old') next += 2;
      else if (this.hyphenAt(next) && this.w(next + 1) === 'long') next += 2;
      return { next, v: dateValue(durationTimex(cnt.n, g as Grain), 'absolute', mod), point: false };
    }
    while (UNIT_ADJECTIVES.has(this.w(k)) && k < cnt.next + 2) k++;
    const unitW = this.w(k);
    const g = UNITS.get(unitW);
    if (!g || g === 'SE' && cnt.n === null) return null;
    let next = k + 1;
    const after = this.w(next);
    const grain = g as Grain;
    // "$20 million a year", "11,000 barrels a day", "once a week": a rate, not a period.
    if ((this.w(j) === 'a' || this.w(j) === 'an') && !unitW.endsWith('s') && !['ago', 'earlier', 'later', 'before', 'after', 'or'].includes(after) && !mod) {
      if (!A_PERIOD_CONTEXT.has(this.w(i - 1))) return null;
    }
    // "a quarter of the shares", "three quarters of them": fractions, not periods.
    if (grain === 'Q' && (after === 'of' || ((cnt.n === 1 || cnt.n === null) && !['ago', 'earlier', 'later', 'before'].includes(after)))) return null;
    if (after === 'ago' || after === 'earlier' || after === 'before' || after === 'later' || after === 'hence') {
      if (after === 'before' && !/^[.,;)]?$/.test(this.w(next + 1))) {
        return { next, v: dateValue(durationTimex(cnt.n, grain), 'absolute', mod), point: false };
      }
      const sign = after === 'later' || after === 'hence' ? 1 : -1;
      const n = cnt.n;
      next++;
      // "a year earlier", "two days later", "from a year ago": counted from the date the sentence is about. "ago" counts
      // from now except in comparisons ("up 5% from a year ago"), where it names the same period a year before.
      if (n !== null && Number.isInteger(n) && after !== 'hence' && grain !== 'WE' && g !== 'SE') {
        const comparative = after === 'ago' && ['from', 'than', 'over', 'with', 'versus', 'vs'].includes(this.w(i - 1)) && grain === 'Y';
        if (after !== 'ago' || comparative) {
          const av = this.fromAnchor(i, grain, sign * n, after === 'ago');
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
        const unitPlace = grain === 'Y' && this.ref && n === null ? String(Math.floor((this.ref.y - 3) / 10)) + 'X' : fuzzy;
        return { next, v: dateValue(n === null && grain === 'Y' && this.ref ? unitPlace : fuzzy, this.ref ? 'reference' : 'unresolved', mod), point: true };
      }
      const pg: Grain = grain === 'WE' ? 'W' : grain === 'DE' ? 'Y' : grain === 'CE' ? 'Y' : grain;
      const mult = grain === 'DE' ? 10 : grain === 'CE' ? 100 : 1;
      // Earnings news: "a year earlier" next to a quarter means the same quarter a year before the latest one.
      if (grain === 'Y' && n === 1 && sign < 0 && this.ctx.blockMentions(QUARTER_WORD)) {
        const v = relative(this.ref, (r) => shiftedUnit(r, 'Q', -5), 'XXXX-QX', mod);
        return { next, v, point: true };
      }
      const v = relative(this.ref, (r) => shiftedUnit(r, pg, sign * n * mult), unresolvedUnit(pg), mod);
      return { next, v, point: true };
    }
    // "three days from today", "two weeks from now"
    if (after === 'from' && (this.w(next + 1) === 'today' || this.w(next + 1) === 'now') && cnt.n !== null && Number.isInteger(cnt.n) && (grain === 'D' || grain === 'W' || grain === 'M' || grain === 'Y')) {
      const n = cnt.n;
      return { next: next + 2, v: relative(this.ref, (r) => shiftedUnit(r, grain, n), unresolvedUnit(grain)), point: true };
    }
    if (after === 'old' || (after === '-' && this.hyphenAt(next) && this.w(next + 1) === 'old')) {
      next += after === 'old' ? 1 : 2;
      return { next, v: dateValue(durationTimex(cnt.n, grain), 'absolute'), point: false };
    }
    // "a year" inside money ("$5 a year") stays DATE as OntoNotes does; "a day" likewise.
    return { next, v: dateValue(durationTimex(cnt.n, grain), 'absolute', mod), point: false };
  }

  /** "years", "decades", "months" standing alone after for/in/over/within ("for years"). */
  private bareUnit(i: number): P | null {
    const w = this.w(i);
    if (!(w === 'years' || w === 'decades' || w === 'months' || w === 'weeks')) return null;
    const prev = this.w(i - 1);
    if (!['for', 'in', 'over', 'within', 'take', 'takes', 'took', 'taking', 'spent', 'spend', 'after', 'or'].includes(prev)) return null;
    const nextW = this.w(i + 1);
    if (nextW === 'of' || nextW === 'old') return null;
    const g = UNITS.get(w) as Grain;
    return { next: i + 1, v: dateValue(durationTimex(null, g), 'absolute'), point: false };
  }

  // ---------------------------------------------------------------- extensions

  /** Ranges between two complete phrases: "1953 to 1955", "Oct. 13 to Oct. 20", "Monday through Friday". */
  private range(i: number, p: P): P {
    const sep = this.w(p.next);
    if (!p.point || !(sep === 'to' || sep === 'through' || sep === 'until' || sep === 'till' || (sep === '-' && this.glued(p.next) === false))) return p;
    const q = this.point(p.next + 1);
    if (!q || !q.point || !q.v.start_date || !p.v.start_date) return p;
    // Only join like with like (month days, years, weekdays): "1996 to 2000", "May 1 to May 15".
    const kind = (v: DateValue) => (v.timex ?? '').replace(/\d/g, '9');
    if (kind(p.v) !== kind(q.v) || q.v.start_date < p.v.start_date) return p;
    return { next: q.next, v: { ...p.v, end_date: q.v.end_date }, point: true };
  }

  /** "the fiscal year ended June 30", "the week ended Tuesday", "the year ending March 1987". */
  private endedClause(p: P): P {
    const w = this.w(p.next);
    if (w !== 'ended' && w !== 'ending' && w !== 'ends') return p;
    const prevUnit = this.w(p.next - 1);
    if (!pointGrain(prevUnit) && prevUnit !== 'half' && prevUnit !== 'period') return p;
    const k = p.next + 1;
    const q = REL_WORDS[this.w(k)] !== undefined ? this.relativeUnit(k, k) : this.point(k);
    if (!q || !q.point) return p;
    // The period is named by the day it ended on; that day is the most useful value (and what TimeML annotates).
    return { next: q.next, v: { ...q.v, mod: 'END' }, point: true };
  }
}

/** Singular unit nouns that name a calendar point/period. */
function pointGrain(unit: string): Grain | null {
  switch (unit) {
    case 'day':
      return 'D';
    case 'week':
      return 'W';
    case 'weekend':
      return 'WE';
    case 'month':
      return 'M';
    case 'quarter':
      return 'Q';
    case 'year':
      return 'Y';
    case 'decade':
      return 'DE';
    case 'century':
      return 'CE';
    case 'period':
      return null;
    default:
      return null;
  }
}

/** P2Y, P6M, P3W, P10D, PXY for vague counts; decades and centuries in years. */
export function durationTimex(n: number | null, grain: Grain | string): string {
  const unit = grain === 'DE' || grain === 'CE' ? 'Y' : grain === 'WE' ? 'WE' : grain === 'Q' ? 'M' : grain === 'SE' ? 'M' : grain === 'H' ? 'M' : grain;
  if (n === null) return `PX${unit}`;
  const mult = grain === 'DE' ? 10 : grain === 'CE' ? 100 : grain === 'Q' ? 3 : grain === 'SE' ? 6 : grain === 'H' ? 6 : 1;
  const v = n * mult;
  return `P${Number.isInteger(v) ? v : v.toFixed(1)}${unit}`;
}

/** Timex values that pin a calendar unit and can anchor narrative phrases. */
const ANCHOR_TIMEX = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}))?$/;

function timexGrain(timex: string): Grain | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(timex)) return 'D';
  if (/^\d{4}-W\d{2}$/.test(timex)) return 'W';
  if (/^\d{4}-\d{2}$/.test(timex)) return 'M';
  if (/^\d{4}-Q\d$/.test(timex)) return 'Q';
  if (/^\d{4}-H\d$/.test(timex)) return 'H';
  if (/^\d{4}$/.test(timex)) return 'Y';
  return null;
}

/** Words after which "two thousand …" / "twenty …" in words read as a year. */
const YEAR_PREPOSITIONS = new Set('in since of by from until till year before after during through to'.split(' '));
