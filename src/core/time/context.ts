/**
 * What the date parsers may ask about the text around a phrase: does the wording point to the future, does the block
 * mention some cue. Read from the block's view (its text and sentences), lazily: most blocks never ask.
 */
import type { BlockView } from '../text/block-view';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/token';
import { firstIndex } from '../util/bisect';

export interface ScanContext {
  /** Does the wording around the token point to the future? */
  future(tok: Token): boolean;
  /** Does the block match `cue`? Earnings stories name the quarter once and then say "a year ago". */
  blockMentions(cue: RegExp): boolean;
}

/** A language's tense cues as words and phrases (lower case). */
export interface TenseCues {
  /** Wording that points a clause forward ("will", "is due", "plans to"). */
  future: readonly string[];
  /** Auxiliaries that mark a clause as past ("had", "was"). */
  pastAuxiliaries: readonly string[];
  /** Future auxiliaries before which a past auxiliary stays future ("will have"). */
  perfectFuture: readonly string[];
}

export interface CompiledTense {
  future: RegExp;
  /** The same, global: for the last future cue before a date. */
  futureAll: RegExp;
  /** Past auxiliaries not after a future one, global. */
  past: RegExp;
}

/** A literal string inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordStart = (s: string): boolean => /^\w/.test(s);

/** Whole-word, case-insensitive regular expressions for the cues; a cue starting with punctuation ("'ll") matches glued. */
export function compileTense(cues: TenseCues): CompiledTense {
  const words = cues.future.filter(wordStart).map(escapeRegExp);
  const glued = cues.future.filter((c) => !wordStart(c)).map((c) => `|${escapeRegExp(c)}\\b`);
  const source = `\\b(?:${words.join('|')})\\b${glued.join('')}`;
  const perfect = cues.perfectFuture.map(escapeRegExp).join('|');
  const past = cues.pastAuxiliaries.map(escapeRegExp).join('|');
  return {
    future: new RegExp(source, 'i'),
    futureAll: new RegExp(source, 'gi'),
    past: new RegExp(`\\b(?<!(?:${perfect}) )(?:${past})\\b`, 'gi'),
  };
}

/** How far around a date the tense cues are read (characters), within its sentence. */
const TENSE_BEFORE = 80;
const TENSE_AFTER = 15;

function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** Sentence-level cues for one block. */
export class SentenceContext implements ScanContext {
  private readonly blockCache = new Map<RegExp, boolean>();

  constructor(
    private readonly view: BlockView,
    private readonly tense: CompiledTense,
  ) {}

  /** Future wording within the date's sentence, up to 80 characters before it and 15 after; the nearer of a future and a later past cue wins. */
  future(tok: Token): boolean {
    const text = this.view.text;
    const s = this.sentenceAt(tok.start);
    const from = Math.max(s.start, tok.start - TENSE_BEFORE);
    const to = Math.min(s.end, tok.end + TENSE_AFTER);
    const before = text.slice(from, tok.start);
    const lastFuture = lastMatch(this.tense.futureAll, before);
    if (lastFuture >= 0 && lastMatch(this.tense.past, before) > lastFuture) return false;
    return lastFuture >= 0 || this.tense.future.test(text.slice(tok.start, to));
  }

  blockMentions(cue: RegExp): boolean {
    let v = this.blockCache.get(cue);
    if (v === undefined) this.blockCache.set(cue, (v = cue.test(this.view.text)));
    return v;
  }

  private sentenceAt(pos: number): Sentence {
    const all = this.view.sentences;
    // The last sentence starting at or before pos (the first one when none does).
    const i = Math.max(0, firstIndex(all.length, (k) => all[k].start > pos) - 1);
    return all[i] ?? { start: 0, end: this.view.text.length };
  }
}
