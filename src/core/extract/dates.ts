import type { DateMention, ReferenceDate } from '../model';
import type { BlockView } from '../text/block-view';
import { parseYmd } from '../time/calendar';
import { DateScanner, ScanContext } from '../time/scanner';
import { Tok, tokenize } from '../time/tokens';
import { Sentence, splitSentences } from '../text/sentences';
import { firstIndex } from '../util/bisect';

/**
 * Wording that points a clause forward in time. News is about the past, so a bare weekday or month resolves
 * backwards unless the words around it say otherwise.
 */
const FUTURE_RE =
  /\b(?:will|won't|shall|would|going to|set to|scheduled|(?:is|are|be) due|due (?:out|on|in)|slated|poised to|expected to|to be held|planned|planning|plans? (?:to|for|on)|intends? to|upcoming|(?:is|are) to)\b|'ll\b/i;
const FUTURE_G = new RegExp(FUTURE_RE.source, 'gi');
/** Past wording; when it comes after the last future cue ("said it would appeal, adding that it had paid … in March"),
 *  the nearer clause wins. "will have"/"would have" stay future. */
const PAST_G = /\b(?<!(?:will|would|shall) )(?:had|has|have|was|were|did)\b/gi;
/** How far around a date the tense cues are read (characters), within its sentence. */
const TENSE_BEFORE = 80;
const TENSE_AFTER = 15;

/** DATE mentions in one block; offsets relative to the block. */
export function extractDates(view: BlockView, ref: ReferenceDate): DateMention[] {
  const text = view.text;
  const toks = tokenize(text);
  if (toks.length === 0) return [];
  const scanner = new DateScanner(toks, parseYmd(ref.value), new SentenceContext(text, toks));
  const out: DateMention[] = [];
  for (const m of scanner.scan()) {
    const start = toks[m.i0].s;
    const end = toks[m.i1 - 1].e;
    out.push({ type: 'DATE', rule: 'date', start, end, text: text.slice(start, end), ...m.v });
  }
  return out;
}

function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** Sentence-level cues for the scanner, computed lazily (most blocks never ask). */
class SentenceContext implements ScanContext {
  private sentences: Sentence[] | null = null;
  private readonly blockCache = new Map<RegExp, boolean>();

  constructor(
    private readonly text: string,
    private readonly toks: Tok[],
  ) {}

  future(i: number): boolean {
    const s = this.sentenceAt(this.toks[i].s);
    const from = Math.max(s.start, this.toks[i].s - TENSE_BEFORE);
    const to = Math.min(s.end, this.toks[i].e + TENSE_AFTER);
    const before = this.text.slice(from, this.toks[i].s);
    const lastFuture = lastMatch(FUTURE_G, before);
    if (lastFuture >= 0 && lastMatch(PAST_G, before) > lastFuture) return false;
    return lastFuture >= 0 || FUTURE_RE.test(this.text.slice(this.toks[i].s, to));
  }

  blockMentions(word: RegExp): boolean {
    let v = this.blockCache.get(word);
    if (v === undefined) this.blockCache.set(word, (v = word.test(this.text)));
    return v;
  }

  private sentenceAt(pos: number): Sentence {
    const all = (this.sentences ??= splitSentences(this.text));
    // The last sentence starting at or before pos (the first one when none does).
    const i = Math.max(0, firstIndex(all.length, (k) => all[k].start > pos) - 1);
    return all[i] ?? { start: 0, end: this.text.length };
  }
}
