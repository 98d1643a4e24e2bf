/**
 * The one token type every extractor reads. A block is tokenised in up to three layers (see tokenizers.ts), because
 * the grammars need different units — money reads "1,000.5" as one number, dates read "1,990" as 1 , 990 (a year
 * inside a bigger number is no year), actors keep "U.S." and "O'Brien" whole — but every layer has this shape, is
 * computed once per block (BlockView) and is never mutated by the extractors that share it.
 */

export const enum TokenKind {
  Num,
  Word,
  Punct,
}

export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower case (the date layer also folds a lone curly apostrophe to "'"). */
  lower: string;
  kind: TokenKind;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
  /** Starts with an upper-case letter (date layer: A–Z; actor layer: any script, and "al-"/"el-" + capital). */
  cap: boolean;
  /** Position in its layer. */
  index: number;
  /** Number tokens of the date layer: the value without its suffix ("16th" → 16); NaN elsewhere. */
  n: number;
  /** Number tokens: the digits as written, without an ordinal or plural suffix ("1980s" → "1980"); '' for words. */
  digits: string;
  /** Date layer: 'st' | 'nd' | 'rd' | 'th' | 's' after the digits; '' otherwise. */
  suffix: string;
  /** Actor layer: first token of a sentence, line or quotation. */
  sentenceStart: boolean;
  /** Actor layer: first token after a line break. */
  newLine: boolean;
}
