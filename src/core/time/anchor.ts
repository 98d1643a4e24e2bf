/**
 * Narrative-anchor bookkeeping: the last calendar date mentioned so far in a block. Phrases such as "the day before"
 * or "a year earlier" count from it rather than from the publication date.
 */
import type { DateValue } from '../model';
import type { Token } from '../text/token';
import { isValidDay, parseYmd } from './calendar';
import { Grain, dateValue, shiftedUnit } from './resolve';

/** Timex values that pin a calendar unit and can anchor narrative phrases. */
const ANCHOR_TIMEX = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}))?$/;

/** Coarseness of the grains an anchor can have. A weekend has no rank: it is never too coarse to shift. */
const RANK: Partial<Record<Grain, number>> = { D: 0, W: 1, M: 2, Q: 3, H: 4, Y: 5, DE: 6, CE: 7 };

/** Sentence-final punctuation: with a capital after it, a new sentence starts. */
const SENTENCE_END = new Set(['.', '!', '?']);

function timexGrain(timex: string): Grain | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(timex)) return 'D';
  if (/^\d{4}-W\d{2}$/.test(timex)) return 'W';
  if (/^\d{4}-\d{2}$/.test(timex)) return 'M';
  if (/^\d{4}-Q\d$/.test(timex)) return 'Q';
  if (/^\d{4}-H\d$/.test(timex)) return 'H';
  if (/^\d{4}$/.test(timex)) return 'Y';
  return null;
}

export class NarrativeAnchor {
  private value: DateValue | null = null;
  /** The token after the anchoring phrase. */
  private end = 0;
  /** The anchor is a reporting day ("Friday", "yesterday"), not a date the story is about. */
  private reportingDay = false;
  /** Values counted from an anchor: they do not become anchors themselves ("a year earlier … a year earlier" stays put). */
  private readonly counted = new WeakSet<DateValue>();

  /** After each phrase (tokens start..next): a calendar date not counted from the anchor becomes the anchor. */
  note(v: DateValue, tokens: readonly Token[], start: number, next: number, reportingDays: ReadonlySet<string>): void {
    if (!v.start_date || !v.timex || !ANCHOR_TIMEX.test(v.timex) || this.counted.has(v)) return;
    this.value = v;
    this.end = next;
    this.reportingDay = false;
    for (let k = start; k < next; k++) if (reportingDays.has(tokens[k].lower)) this.reportingDay = true;
  }

  /**
   * The calendar unit `n` units of `unit` away from the last date mentioned before token i ("the day before" after
   * "Nov. 3" → Nov. 2; "a year earlier" after "the third quarter" → the third quarter a year before). Null when there is
   * no such date in the block, when it is coarser than the shift ("two days later" after "1990"), or — with
   * sameSentence — when a sentence boundary lies in between.
   */
  shifted(tokens: readonly Token[], i: number, unit: Grain, n: number, sameSentence: boolean): DateValue | null {
    const a = this.value;
    if (!a || !a.timex || this.end > i) return null;
    // "from a year ago" names the same period a year before: only a month, quarter or half sets that period.
    const g = timexGrain(a.timex);
    if (!g) return null;
    if (sameSentence && g !== 'M' && g !== 'Q' && g !== 'H') return null;
    // A reporting day ("said Friday", "yesterday") is not the period a story's year-on-year figures are about.
    if ((unit === 'Y' || unit === 'DE' || unit === 'CE') && this.reportingDay) return null;
    const base = parseYmd(a.start_date);
    if (!base) return null;
    if (sameSentence) {
      if (i - this.end > 40) return null;
      for (let k = this.end; k < i; k++) if (SENTENCE_END.has(tokens[k].lower) && tokens[k + 1]?.cap) return null;
    }
    let timex: string;
    if (unit === 'Y' || unit === 'DE' || unit === 'CE') {
      // Same period n years away, at the anchor's own grain ("a year earlier" after a quarter is that quarter).
      const years = n * (unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1);
      const y = base.y + years;
      const shifted = { y, m: base.m, d: Math.min(base.d, isValidDay(y, base.m, base.d) ? base.d : 28) };
      timex = shiftedUnit(shifted, g === 'DE' || g === 'CE' ? 'Y' : g, 0);
    } else {
      const rg = RANK[g];
      const ru = RANK[unit];
      if (rg !== undefined && ru !== undefined && rg > ru) return null;
      timex = shiftedUnit(base, unit, n);
    }
    const v = dateValue(timex, a.anchor === 'absolute' ? 'absolute' : a.anchor);
    this.counted.add(v);
    return v;
  }
}
