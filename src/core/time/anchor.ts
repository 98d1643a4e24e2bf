/**
 * Narrative anchors: the dates a story has mentioned so far, which later phrases count from ("the day before", "a
 * year earlier", "that month", "the following week") instead of the publication date. A block's scan starts from
 * what the blocks before it left (a StoryContext, plain data the analyzer passes on and keys its cache with) and
 * hands on what it adds, so "that year" in the fifth paragraph finds the year the second one named.
 */
import type { DateValue } from '../model';
import type { Token } from '../text/token';
import { isValidDay, parseYmd } from './calendar';
import { Grain, dateValue, fiscalValue, shiftedUnit } from './resolve';

/** A date of the story that later phrases may count from. */
export interface StoryDate {
  timex: string;
  /** The first day it covers; null for a fiscal period of an unknown fiscal calendar. */
  start_date: string | null;
  grain: Grain;
  /** As written (tokens joined as in the text). */
  text: string;
  /** A reporting day ("said Friday", "yesterday"): not the period a story's year-on-year figures are about. */
  reporting: boolean;
  fiscal: boolean;
  /**
   * Counted from another date ("a year earlier", "two years ago", "the following week"): "that year" may name it, but
   * shifts do not count from it ("a year earlier … a year earlier still" both count from the same date).
   */
  counted: boolean;
}

/** What the blocks before a block leave it: the story's latest dates and what the article said about its calendar. */
export interface StoryContext {
  /** Latest dates, most recent first, at most one per grain. */
  readonly dates: readonly StoryDate[];
  /** The first date of each grain the story named (not counted from another): its topic ("third-quarter net rose"). */
  readonly topics: readonly StoryDate[];
  /** Month (1..12) the company's fiscal year ends with, once the article has said so ("the year ended Sept. 30"). */
  readonly fiscalYearEnd: number | null;
  /** The article so far reads like quarterly earnings (see EARNINGS_CUE). */
  readonly earnings: boolean;
}

/** What "the period" (the same period, the year-earlier period, the 1988 period) may name: a quarter, half or month. */
export const PERIOD_GRAINS: readonly Grain[] = ['Q', 'H', 'M'];

export const EMPTY_STORY: StoryContext = { dates: [], topics: [], fiscalYearEnd: null, earnings: false };

/** Coarseness of the grains an anchor can have. A weekend has no rank: it is never an anchor. */
const RANK: Partial<Record<Grain, number>> = { D: 0, W: 1, M: 2, Q: 3, H: 4, Y: 5, DE: 6, CE: 7 };

/** Sentence-final punctuation: with a capital after it, a new sentence starts. */
const SENTENCE_END = new Set(['.', '!', '?']);

/** How far back (tokens) a comparison ("from a year ago") looks for the period it compares with. */
const COMPARISON_REACH = 40;

/** The grain of a calendar timex, or null (durations, *_REF, underspecified values). */
function timexGrain(timex: string): Grain | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(timex)) return 'D';
  if (/^\d{4}-W\d{2}$/.test(timex)) return 'W';
  if (/^\d{4}-\d{2}$/.test(timex)) return 'M';
  if (/^\d{4}-Q[1-4]$/.test(timex)) return 'Q';
  if (/^\d{4}-H[12]$/.test(timex)) return 'H';
  if (/^\d{4}$/.test(timex)) return 'Y';
  if (/^\d{3}$/.test(timex)) return 'DE';
  return null;
}

/** The tokens a..b-1 as written: a space where the text has one. */
function tokensText(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += (k > a && !tokens[k].glued ? ' ' : '') + tokens[k].text;
  return out;
}

interface Seen {
  date: StoryDate;
  /** The token after the phrase in this block. */
  end: number;
}

/** A value counted from a story date: anchor "narrative", and which date it was counted from. */
function fromStory(timex: string | null, a: StoryDate, mod?: string): DateValue {
  const v = dateValue(timex, 'narrative', mod);
  v.anchor_date = { text: a.text, timex: a.timex };
  return v;
}

export class NarrativeAnchor {
  /** This block's dates so far, in text order. */
  private readonly seen: Seen[] = [];
  /** Values counted from an anchor: they do not become anchors themselves ("a year earlier … a year earlier" stays put). */
  private readonly counted = new WeakSet<DateValue>();
  fiscalYearEnd: number | null;

  constructor(private readonly prior: StoryContext = EMPTY_STORY) {
    this.fiscalYearEnd = prior.fiscalYearEnd;
  }

  /** An earlier block read like quarterly earnings. */
  get earnings(): boolean {
    return this.prior.earnings;
  }

  /**
   * After each phrase (tokens start..next): a calendar date becomes an anchor. A year's first months ("the first nine
   * months") anchor as that year.
   */
  note(v: DateValue, tokens: readonly Token[], start: number, next: number, reportingDays: ReadonlySet<string>): void {
    if (!v.timex) return;
    let timex = v.timex;
    let grain = timexGrain(timex);
    if (!grain && /^P\d+M$/.test(timex) && v.start_date?.endsWith('-01-01') && v.start_date.slice(0, 4) === v.end_date?.slice(0, 4)) {
      timex = v.start_date.slice(0, 4);
      grain = 'Y';
    }
    if (!grain || grain === 'DE' || (!v.start_date && !v.fiscal)) return;
    let reporting = false;
    for (let k = start; k < next; k++) if (reportingDays.has(tokens[k].lower)) reporting = true;
    const counted = this.counted.has(v) || v.anchor === 'narrative';
    const text = tokensText(tokens, start, next);
    this.seen.push({ date: { timex, start_date: v.start_date, grain, text, reporting, fiscal: !!v.fiscal, counted }, end: next });
  }

  /** A value counted from the reference date for a comparison ("a year ago"): no shift counts from it. */
  comparison(v: DateValue): DateValue {
    this.counted.add(v);
    return v;
  }

  /** What this block hands on to the next one. */
  story(earnings: boolean): StoryContext {
    const dates: StoryDate[] = [];
    const grains = new Set<Grain>();
    const add = (d: StoryDate) => {
      if (grains.has(d.grain)) return;
      grains.add(d.grain);
      dates.push(d);
    };
    for (let k = this.seen.length - 1; k >= 0; k--) add(this.seen[k].date);
    for (const d of this.prior.dates) add(d);
    const topics = [...this.prior.topics];
    for (const { date } of this.seen) if (!date.counted && !date.reporting && !topics.some((t) => t.grain === date.grain)) topics.push(date);
    return { dates, topics, fiscalYearEnd: this.fiscalYearEnd, earnings: earnings || this.prior.earnings };
  }

  /** The first date of one of these grains the story named before token i (see StoryContext.topics). */
  topic(i: number, grains: readonly Grain[]): StoryDate | null {
    for (const t of this.prior.topics) if (grains.includes(t.grain)) return t;
    for (const { date, end } of this.seen) if (end <= i && !date.counted && !date.reporting && grains.includes(date.grain)) return date;
    return null;
  }

  /** The story's dates before token i, most recent first: this block's, then the earlier blocks'. */
  private *before(i: number): Generator<[StoryDate, number | null]> {
    for (let k = this.seen.length - 1; k >= 0; k--) if (this.seen[k].end <= i) yield [this.seen[k].date, this.seen[k].end];
    for (const d of this.prior.dates) yield [d, null];
  }

  /** The value counted from an anchor is not an anchor itself; a fiscal one gets the days of the calendar known. */
  private counts(v: DateValue, fiscal = false): DateValue {
    if (fiscal) {
      const f = fiscalValue(v.timex, 'narrative', this.fiscalYearEnd, v.mod);
      [v.start_date, v.end_date, v.fiscal] = [f.start_date, f.end_date, true];
    }
    this.counted.add(v);
    return v;
  }

  /**
   * The calendar unit `n` units of `unit` away from the last date mentioned before token i ("the day before" after
   * "Nov. 3" → Nov. 2; "a year earlier" after "the third quarter" → the third quarter a year before). Null when there is
   * no such date, when it is coarser than the shift ("two days later" after "1990"), or — for a comparison ("from a
   * year ago") — when it is not in this sentence or is a reporting day ("said Friday"). With `asUnit`, a decade or
   * century shift names that unit ("the following decade").
   */
  shifted(tokens: readonly Token[], i: number, unit: Grain, n: number, comparison: boolean, asUnit = false): DateValue | null {
    let found: [StoryDate, number | null] | undefined;
    for (const d of this.before(i)) {
      if (d[0].counted) continue;
      found = d;
      break;
    }
    if (!found) return null;
    const [a, end] = found;
    const g = a.grain;
    if (comparison) {
      // The period its own sentence names ("for the quarter ended Sept. 30 … up from $100 million a year earlier").
      if (end === null || a.reporting || i - end > COMPARISON_REACH) return null;
      for (let k = end; k < i; k++) if (SENTENCE_END.has(tokens[k].lower) && tokens[k + 1]?.cap) return null;
    }
    const years = unit === 'Y' || unit === 'DE' || unit === 'CE';
    // A reporting day ("said Friday", "yesterday") is not the period a story's year-on-year figures are about.
    if (years && a.reporting) return null;
    // "the following decade" after 1986: the decade after the one containing it.
    if (asUnit && (unit === 'DE' || unit === 'CE')) {
      const m = /^(\d{4})/.exec(a.timex);
      if (!m) return null;
      return this.counts(fromStory(String(Math.floor(+m[1] / (unit === 'DE' ? 10 : 100)) + n), a));
    }
    if (years) {
      // Same period n years away, at the anchor's own grain ("a year earlier" after a quarter is that quarter).
      const shift = n * (unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1);
      const m = /^(\d{4})(.*)$/.exec(a.timex);
      if (!m) return null;
      const y = +m[1] + shift;
      // February 29 a year away is February 28.
      const rest = /^-02-29$/.test(m[2]) && !isValidDay(y, 2, 29) ? '-02-28' : m[2];
      return this.counts(fromStory(`${String(y).padStart(4, '0')}${rest}`, a), a.fiscal);
    }
    const rg = RANK[g];
    const ru = RANK[unit];
    if (!a.start_date || (rg !== undefined && ru !== undefined && rg > ru)) return null;
    return this.counts(fromStory(shiftedUnit(parseYmd(a.start_date)!, unit, n), a));
  }

  /**
   * "that year", "the same month", "that day": the `unit` containing the latest story date before token i that is at
   * least that fine (a day names its month and year; a year names no month). Reporting days do not name a year.
   */
  containing(i: number, unit: Grain): DateValue | null {
    const ru = RANK[unit];
    if (ru === undefined) return null;
    for (const [a] of this.before(i)) {
      const ra = RANK[a.grain];
      if (ra === undefined || ra > ru || (a.reporting && unit !== 'D')) continue;
      // A week straddles months: it names no month or quarter.
      if (a.grain === 'W' && unit !== 'W' && unit !== 'Y') continue;
      if (a.grain === unit) return this.counts(fromStory(a.timex, a), a.fiscal);
      if (!a.start_date) return null;
      return this.counts(fromStory(shiftedUnit(parseYmd(a.start_date)!, unit, 0), a));
    }
    return null;
  }

  /** "the 1988 period" after "the third quarter": the anchor's period in another year (or the anchor itself). */
  inYear(a: StoryDate, year: number): DateValue {
    return this.counts(fromStory(`${String(year).padStart(4, '0')}${a.timex.slice(4)}`, a), a.fiscal);
  }
}

