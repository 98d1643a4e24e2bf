/**
 * Word tokens for the actor scanner. One linear pass with a sticky regex; no backtracking-prone patterns.
 * Keeps abbreviation periods on the word ("U.S.", "Corp.", "Mr.", initials "F.") and splits possessive "'s" off.
 */
import { NEWS_ABBREVIATIONS } from '../lang/en/abbreviations';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or "al-"/"el-" + capital). */
  cap: boolean;
  /** True for word tokens (letters/digits), false for punctuation. */
  word: boolean;
  /** First token of a sentence, line or quotation. */
  sentenceStart: boolean;
  /** Position in the token list (set by the scanner). */
  index: number;
  /** First token after a line break. */
  newLine?: boolean;
  /** On a Title Case or all-capitals headline line (set by the headline pass). */
  headline?: boolean;
}

// A word: letters/digits joined by . & - or an apostrophe before a capital (O'Brien); then a possessive, or any other char.
const TOKEN_RE = /[\p{L}\p{N}]+(?:(?:[.&\-]|['’](?=\p{Lu}))[\p{L}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|\S/uy;

/** Lower-case words that keep their period: name-related abbreviations common in news. */
const DOT_WORDS = new Set([...NEWS_ABBREVIATIONS, ...'sens reps gens mlle cos'.split(' ')]);

const UPPER = /^\p{Lu}/u;
const ARABIC_PREFIX = /^(?:al|el)-\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let sentenceStart = true;
  let newLine = false;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 10) {
      sentenceStart = true;
      newLine = true;
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let end = i + m[0].length;
    const isWord = /^[\p{L}\p{N}]/u.test(m[0]);
    if (isWord && text[end] === '.' && takesPeriod(m[0])) end++;
    const t = text.slice(i, end);
    out.push({
      start: i,
      end,
      text: t,
      lower: t.toLowerCase(),
      cap: isWord && (UPPER.test(t) || ARABIC_PREFIX.test(t)),
      word: isWord,
      sentenceStart,
      index: out.length,
      newLine,
    });
    newLine = false;
    if (!isWord) {
      // Terminal punctuation and opening quotes start a new sentence; other punctuation does not.
      if (t === '.' || t === '!' || t === '?' || t === '“' || t === ':' || t === ';' || t === '--') sentenceStart = true;
      // A spaced dash opens the story after a dateline ("KYIV (Reuters) — Negotiators said …").
      else if ((t === '—' || t === '–' || t === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') sentenceStart = true;
      else if (t === '"') sentenceStart = sentenceStart || isOpeningQuote(text, i);
      else sentenceStart = false;
    } else sentenceStart = false;
    i = end;
  }
  return out;
}

function takesPeriod(w: string): boolean {
  if (w.length === 1) return /\p{Lu}/u.test(w); // initials: "John F. Kennedy"
  if (/(?:^|-)(?:\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S", "U.N", "a.m", "Sino-U.S"
  // "D-Ore.", "R-Tenn.": a party letter and an abbreviated state.
  if (/^[DRI]-\p{L}+$/u.test(w)) return DOT_WORDS.has(w.slice(2).toLowerCase());
  return DOT_WORDS.has(w.toLowerCase());
}

/** A straight quote opens a quotation when it follows a space or line start and precedes a word. */
function isOpeningQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + 1] ?? ' ';
  return /\s/.test(before) && /\S/.test(after) && /\p{Lu}/u.test(after);
}
