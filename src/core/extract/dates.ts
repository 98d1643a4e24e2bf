import type { DateMention, ReferenceDate } from '../model';
import type { BlockView } from '../text/block-view';
import { ENGLISH_DATES } from '../lang/en/dates/registry';
import { EARNINGS_CUE } from '../lang/en/dates/cues';
import { EMPTY_STORY, type StoryContext } from '../time/anchor';
import { parseYmd } from '../time/calendar';
import { SentenceContext } from '../time/context';
import { DateScan } from '../time/scan';

export { EMPTY_STORY, type StoryContext } from '../time/anchor';

export interface BlockDates {
  mentions: DateMention[];
  /** What the block hands on to the next one: the story's latest dates, its fiscal calendar. */
  story: StoryContext;
}

/**
 * DATE mentions in one block, offsets relative to the block, each with the rule of the parser that found it. `prior`
 * is what the blocks before it left ("that year" counts from a year the story named earlier).
 */
export function extractBlockDates(view: BlockView, ref: ReferenceDate, prior: StoryContext = EMPTY_STORY): BlockDates {
  const text = view.text;
  const toks = view.dateTokens;
  const ctx = new SentenceContext(view, ENGLISH_DATES.tense);
  const mentions: DateMention[] = [];
  if (toks.length === 0) return { mentions, story: prior };
  const scan = new DateScan(toks, parseYmd(ref.value), ctx, ENGLISH_DATES, prior);
  for (const m of scan.scan()) {
    const start = toks[m.i0].start;
    const end = toks[m.i1 - 1].end;
    mentions.push({ type: 'DATE', rule: m.rule, start, end, text: text.slice(start, end), ...m.v });
  }
  return { mentions, story: scan.story.story(ctx.blockMentions(EARNINGS_CUE)) };
}

/** DATE mentions in one block read on its own (no earlier blocks). */
export function extractDates(view: BlockView, ref: ReferenceDate): DateMention[] {
  return extractBlockDates(view, ref).mentions;
}
