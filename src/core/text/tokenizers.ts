/**
 * The three token layers of a block (see token.ts for why there are three). Each is one left-to-right pass with a
 * global or sticky regular expression whose alternatives cannot backtrack across tokens, so tokenising is linear.
 */
import { NAME_DOT_WORDS } from '../lang/en/abbreviations';
import { Token, TokenKind } from './token';

function token(start: number, text: string, lower: string, kind: TokenKind, glued: boolean, cap: boolean, index: number): Token {
  return { start, end: start + text.length, text, lower, kind, glued, cap, index, n: NaN, digits: '', suffix: '', sentenceStart: false, newLine: false };
}

// ---------------------------------------------------------------- date layer

/** Numbers with an attached ordinal or plural suffix ("16th", "1980s"), ASCII words, and single other characters. */
const DATE_RE = /(\d+(?:\.\d+)?)(st|nd|rd|th|s)?(?![A-Za-z\d])|[A-Za-z]+|[A-Za-z\d]+|\S/g;

export function dateTokens(text: string): Token[] {
  const out: Token[] = [];
  DATE_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const raw = m[0];
    const s = m.index;
    const digits = m[1] ?? '';
    const c = raw.charCodeAt(0);
    const kind = digits ? TokenKind.Num : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? TokenKind.Word : TokenKind.Punct;
    const t = token(s, raw, raw === '’' || raw === '‘' ? "'" : raw.toLowerCase(), kind, s === prevEnd, c >= 65 && c <= 90, out.length);
    if (digits) {
      t.n = Number(digits);
      t.digits = digits;
      t.suffix = m[2] ?? '';
    }
    out.push(t);
    prevEnd = s + raw.length;
  }
  return out;
}

// ---------------------------------------------------------------- money layer

/** Digits first (with , and . groups); dotted abbreviations before plain words so "U.S." stays one token. */
const MONEY_RE = /(\d+(?:[.,]\d+)*)|(\p{L}(?:\.\p{L})+\.?)|([\p{L}\p{M}]+)|(\S)/gu;

export function moneyTokens(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(text); m !== null; m = MONEY_RE.exec(text)) {
    const raw = m[0];
    const kind = m[1] !== undefined ? TokenKind.Num : m[4] !== undefined ? TokenKind.Punct : TokenKind.Word;
    const c = raw.charCodeAt(0);
    const t = token(m.index, raw, raw.toLowerCase(), kind, m.index === prevEnd, c >= 65 && c <= 90, out.length);
    if (kind === TokenKind.Num) t.digits = raw;
    out.push(t);
    prevEnd = m.index + raw.length;
  }
  return out;
}

// ---------------------------------------------------------------- actor layer

/** A word: letters/digits joined by . & - or an apostrophe before a capital (O'Brien); then a possessive, or any other char. */
const NAME_RE = /[\p{L}\p{N}]+(?:(?:[.&\-]|['’](?=\p{Lu}))[\p{L}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|\S/uy;
const UPPER = /^\p{Lu}/u;
const ARABIC_PREFIX = /^(?:al|el)-\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const NUMBER = /^\p{N}+$/u;

/**
 * Word tokens for names: abbreviation periods stay on the word ("U.S.", "Corp.", "Mr.", initials "F."), a possessive
 * "'s" is its own token, and each token knows whether it starts a sentence, line or quotation.
 */
export function nameTokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let sentenceStart = true;
  let newLine = false;
  let prevEnd = -1;
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
    NAME_RE.lastIndex = i;
    const m = NAME_RE.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let end = i + m[0].length;
    const isWord = WORD_START.test(m[0]);
    if (isWord && text[end] === '.' && takesPeriod(m[0])) end++;
    const raw = text.slice(i, end);
    const kind = !isWord ? TokenKind.Punct : NUMBER.test(raw) ? TokenKind.Num : TokenKind.Word;
    const t = token(i, raw, raw.toLowerCase(), kind, i === prevEnd, isWord && (UPPER.test(raw) || ARABIC_PREFIX.test(raw)), out.length);
    t.sentenceStart = sentenceStart;
    t.newLine = newLine;
    out.push(t);
    newLine = false;
    if (!isWord) {
      // Terminal punctuation and opening quotes start a new sentence; other punctuation does not.
      if (raw === '.' || raw === '!' || raw === '?' || raw === '“' || raw === ':' || raw === ';' || raw === '--') sentenceStart = true;
      // A spaced dash opens the story after a dateline ("KYIV (Reuters) — Negotiators said …").
      else if ((raw === '—' || raw === '–' || raw === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') sentenceStart = true;
      else if (raw === '"') sentenceStart = sentenceStart || isOpeningQuote(text, i);
      else sentenceStart = false;
    } else sentenceStart = false;
    prevEnd = end;
    i = end;
  }
  return out;
}

function takesPeriod(w: string): boolean {
  if (w.length === 1) return /\p{Lu}/u.test(w); // initials: "John F. Kennedy"
  if (/(?:^|-)(?:\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S", "U.N", "a.m", "Sino-U.S"
  // "D-Ore.", "R-Tenn.": a party letter and an abbreviated state.
  if (/^[DRI]-\p{L}+$/u.test(w)) return NAME_DOT_WORDS.has(w.slice(2).toLowerCase());
  return NAME_DOT_WORDS.has(w.toLowerCase());
}

/** A straight quote opens a quotation when it follows a space or line start and precedes a word. */
function isOpeningQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + 1] ?? ' ';
  return /\s/.test(before) && /\S/.test(after) && /\p{Lu}/u.test(after);
}
