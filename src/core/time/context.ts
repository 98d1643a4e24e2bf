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

/** A language's tense cues and clause boundaries as words and phrases (lower case). */
export interface TenseCues {
  /** Wording that points a clause forward ("will", "is due", "plans to"). */
  future: readonly string[];
  /** The part of it that also points forward after the date ("will", not "agreed to"). */
  futureAfter: readonly string[];
  /** Auxiliaries and past-tense verbs that mark a clause as past ("had", "was", "told"). */
  pastAuxiliaries: readonly string[];
  /** Future auxiliaries before which a past auxiliary stays future ("will have"). */
  perfectFuture: readonly string[];
  /** The perfect auxiliary between them and a participle ("will have paid"). */
  perfectAuxiliaries: readonly string[];
  /** Words before which a past-tense form is a participle, not a past tense ("would be paid"). */
  participleAuxiliaries: readonly string[];
  /** Words that open a clause after a comma (", which", ", and"). */
  clauseOpeners: readonly string[];
  /** Words that open a clause anywhere ("but", "although"). */
  subordinators: readonly string[];
  /** Complementizers that open a clause before a new subject ("said that it will …"). */
  complementizers: readonly string[];
  /** Words after a complementizer that make it open a clause ("that it …", not "that year"). */
  complementizerSubjects: readonly string[];
}

export interface CompiledTense {
  /** Future cues, global. */
  futureAll: RegExp;
  /** Future cues read after a date, global. */
  futureAfter: RegExp;
  /** Past auxiliaries not after a future one, global. */
  past: RegExp;
  /** Clause boundaries inside a sentence, global. */
  clause: RegExp;
}

/** A literal string inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordStart = (s: string): boolean => /^\w/.test(s);

/** Whole-word, case-insensitive regular expressions for the cues; a cue starting with punctuation ("'ll") matches glued. */
export function compileTense(cues: TenseCues): CompiledTense {
  const source = (cueList: readonly string[]) => {
    const words = cueList.filter(wordStart).map(escapeRegExp);
    const glued = cueList.filter((c) => !wordStart(c)).map((c) => `|${escapeRegExp(c)}\\b`);
    return `\\b(?:${words.join('|')})\\b${glued.join('')}`;
  };
  const perfect = cues.perfectFuture.map(escapeRegExp).join('|');
  const past = cues.pastAuxiliaries.map(escapeRegExp).join('|');
  const alt = (words: readonly string[]) => words.map(escapeRegExp).join('|');
  return {
    futureAll: new RegExp(source(cues.future), 'gi'),
    futureAfter: new RegExp(source(cues.futureAfter), 'gi'),
    // Not after "will " or "will have " (a future perfect), nor after "be " (a participle: "would be paid").
    past: new RegExp(
      `\\b(?<!(?:${perfect}) (?:(?:${alt(cues.perfectAuxiliaries)}) )?)(?<!\\b(?:${alt(cues.participleAuxiliaries)}) )(?:${past})\\b`,
      'gi',
    ),
    // Sentence-internal punctuation, quotation marks, dashes, a clause opener after a comma, a subordinator, a
    // complementizer before a subject.
    clause: new RegExp(
      `[;:\u2014"\u201c\u201d]|''|\\s[-\u2013]{1,2}\\s|,\\s*(?:${alt(cues.clauseOpeners)})\\b|\\b(?:${alt(cues.subordinators)})\\b|` +
        `\\b(?:${alt(cues.complementizers)})\\s+(?=(?:${alt(cues.complementizerSubjects)})\\b)`,
      'gi',
    ),
  };
}

/** How far around a date its clause is looked for (characters), within its sentence: keeps the cost per date bounded. */
const CLAUSE_BEFORE = 240;
const CLAUSE_AFTER = 120;

/** [index, end] of the last match of a global expression in text, or null. */
function lastMatch(re: RegExp, text: string): [number, number] | null {
  let last: [number, number] | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = [m.index, m.index + m[0].length];
    if (m[0] === '') re.lastIndex++;
  }
  return last;
}

/** Index of the first match of a global expression in text, or -1. */
function firstMatch(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Sentence-level cues for one block. */
export class SentenceContext implements ScanContext {
  private readonly blockCache = new Map<RegExp, boolean>();

  constructor(
    private readonly view: BlockView,
    private readonly tense: CompiledTense,
  ) {}

  /**
   * Does the date's clause point forward? The clause runs from the last clause boundary before the date to the first
   * after it, within its sentence. The nearest tense cue before the date decides (a future cue, or a past auxiliary
   * after it: "said it would appeal, adding that it had paid in January" is past); with none before it, the first one
   * after it ("Thursday, the board will vote").
   */
  future(tok: Token): boolean {
    const text = this.view.text;
    const s = this.sentenceAt(tok.start);
    const from = Math.max(s.start, tok.start - CLAUSE_BEFORE);
    const to = Math.min(s.end, tok.end + CLAUSE_AFTER);
    const { futureAll, futureAfter, past, clause } = this.tense;
    const start = from + (lastMatch(clause, text.slice(from, tok.start))?.[1] ?? 0);
    const afterText = text.slice(tok.end, to);
    const stop = firstMatch(clause, afterText);
    const before = text.slice(start, tok.start);
    const lastFuture = lastMatch(futureAll, before)?.[0] ?? -1;
    const lastPast = lastMatch(past, before)?.[0] ?? -1;
    if (lastFuture >= 0 || lastPast >= 0) return lastFuture > lastPast;
    const after = stop >= 0 ? afterText.slice(0, stop) : afterText;
    const nextFuture = firstMatch(futureAfter, after);
    const nextPast = firstMatch(past, after);
    return nextFuture >= 0 && (nextPast < 0 || nextFuture < nextPast);
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
