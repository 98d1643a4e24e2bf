/** Block-level cues the English date parsers test (once per block, cached by the scan context). */
import { escapeRegExp } from '../../../time/context';
import type { DateScan } from '../../../time/scan';
import { COMPARED_WORDS, COMPARISON_WORDS, EARNINGS_WORDS, FIGURE_ENDINGS } from '../date-words';

/** Quarterly-earnings wording: there "a year earlier" means the same quarter of the previous year. */
export const EARNINGS_CUE = new RegExp(EARNINGS_WORDS.map(escapeRegExp).join('|'), 'i');

/** The story reads like quarterly earnings: this block, or one before it, has the wording. */
export function earningsStory(s: DateScan): boolean {
  return s.story.earnings || s.ctx.blockMentions(EARNINGS_CUE);
}

/** How far back (tokens) a comparison word makes a figure before a year-ago phrase compared ("from $3 million last year"). */
const COMPARED_FIGURE_REACH = 8;

/**
 * A year-ago figure compared at token i: "from last year", "than a year ago", "compared with a loss of $3 million last
 * year" (not "gave $61 billion last year").
 */
export function comparedFigure(s: DateScan, i: number): boolean {
  const prev = s.w(i - 1);
  if (COMPARISON_WORDS.has(prev)) return true;
  if (!FIGURE_ENDINGS.has(prev) && !s.t[i - 1]?.digits) return false;
  for (let k = i - 2; k >= Math.max(0, i - COMPARED_FIGURE_REACH); k--) if (COMPARISON_WORDS.has(s.w(k)) || COMPARED_WORDS.has(s.w(k))) return true;
  return false;
}
