/**
 * A light tokenizer for the MONEY scanner: numbers, words, dotted abbreviations ("U.S.", "u.s") and single
 * punctuation/symbol characters, each with its offsets and whether it is glued to the previous token.
 * One left-to-right pass with a sticky-free global regex whose alternatives cannot backtrack across tokens.
 */

export const enum Kind {
  Num,
  Word,
  Punct,
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: Kind;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
}

// Order matters: digits first; dotted abbreviations before plain words so "U.S." stays one token.
const TOKEN_RE = /(\d+(?:[.,]\d+)*)|(\p{L}(?:\.\p{L})+\.?)|([\p{L}\p{M}]+)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const kind = m[1] !== undefined ? Kind.Num : m[4] !== undefined ? Kind.Punct : Kind.Word;
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      kind,
      glued: m.index === prevEnd,
    });
    prevEnd = m.index + t.length;
  }
  return out;
}
