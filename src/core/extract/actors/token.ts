/** The actor scanner's token type and per-block evidence (see scan.ts for how they are built). */
import { TokenKind, type Token } from '../../text/token';

/** The scanner's own copy of a name token. */
export interface ScanToken extends Token {
  /** On a Title Case or all-capitals headline line (set by the headline pass). */
  headline: boolean;
}

export interface BlockScan {
  text: string;
  /** The block's name tokens, hyphenated names split; `index` is the position in this list. */
  tokens: ScanToken[];
  /** Words seen in lower case in the block. */
  lowerSeen: Set<string>;
  /** Words seen capitalised inside a sentence of the block. */
  capSeen: Set<string>;
}

/** A word or number token (not punctuation). */
export function isWord(t: Token): boolean {
  return t.kind !== TokenKind.Punct;
}
