/**
 * A flat token stream for the date scanner: words, numbers (with an attached ordinal or plural suffix: "16th",
 * "1980s") and single punctuation characters. One linear regex pass; the scanner then looks at a bounded window.
 */

export interface Tok {
  s: number;
  e: number;
  raw: string;
  /** Lower case, curly apostrophes folded to "'". */
  w: string;
  /** Numeric value of a digit token (suffix stripped), NaN otherwise. */
  n: number;
  /** Digits only (no suffix), for year/decade tests; '' for non-numbers. */
  digits: string;
  /** Suffix after the digits: 'st' | 'nd' | 'rd' | 'th' | 's' | ''. */
  suffix: string;
  /** True when no whitespace separates this token from the previous one. */
  glued: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
}

const TOKEN_RE = /(\d+(?:\.\d+)?)(st|nd|rd|th|s)?(?![A-Za-z\d])|[A-Za-z]+|[A-Za-z\d]+|\S/g;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const s = m.index;
    const digits = m[1] ?? '';
    const c = raw.charCodeAt(0);
    out.push({
      s,
      e: s + raw.length,
      raw,
      w: raw === '’' || raw === '‘' ? "'" : raw.toLowerCase(),
      n: digits ? Number(digits) : NaN,
      digits,
      suffix: m[2] ?? '',
      glued: s === prevEnd,
      cap: c >= 65 && c <= 90,
    });
    prevEnd = s + raw.length;
  }
  return out;
}
