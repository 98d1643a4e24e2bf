import type { DateMention, ReferenceDate } from '../model';
import type { BlockView } from '../text/block-view';
import { ENGLISH_DATES } from '../lang/en/dates/registry';
import { parseYmd } from '../time/calendar';
import { SentenceContext } from '../time/context';
import { DateScan } from '../time/scan';

/** DATE mentions in one block; offsets relative to the block. Each carries the rule of the parser that found it. */
export function extractDates(view: BlockView, ref: ReferenceDate): DateMention[] {
  const text = view.text;
  const toks = view.dateTokens;
  if (toks.length === 0) return [];
  const scan = new DateScan(toks, parseYmd(ref.value), new SentenceContext(view, ENGLISH_DATES.tense), ENGLISH_DATES);
  const out: DateMention[] = [];
  for (const m of scan.scan()) {
    const start = toks[m.i0].start;
    const end = toks[m.i1 - 1].end;
    out.push({ type: 'DATE', rule: m.rule, start, end, text: text.slice(start, end), ...m.v });
  }
  return out;
}
