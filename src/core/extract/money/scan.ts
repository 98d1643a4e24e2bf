/**
 * What every part of the MONEY scanner shares: the block being scanned (read-only tokens of the view's money layer)
 * and the shapes the parts hand each other — a quantity, a currency unit after it, and a money core.
 */
import { TokenKind, type Token } from '../../text/token';
import type { MoneyRule } from './rules';

export { TokenKind };
export type { Token };

export interface Scan {
  readonly text: string;
  readonly toks: readonly Token[];
  /** Text written entirely in lower case (tokenised corpora): "c $ 1.34", "us $ 150 million". */
  readonly caseless: boolean;
}

/** Hyphens that join a range ("5-10") or an adjective ("90-cent"); the long dash only separates ranges. */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '–']);

export interface Quantity {
  /** null for vague amounts ("several billion"). */
  value: number | null;
  /** Token index just past the quantity. */
  end: number;
  /** Power of ten applied by scale words ("million" → 6). */
  exp: number;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** Integer written without decimals or scale, e.g. "13" / "thirteen" (for "13 dollars 45 cents"). */
  plainInt: boolean;
}

/** A currency written after an amount. */
export interface Unit {
  iso: string | null;
  /** Divisor to major units (cents → 100). */
  minor: number;
  end: number;
  rule: MoneyRule;
  /** The unit is a major unit written as a word ("dollars"), so "… and 45 cents" may follow. */
  word: boolean;
}

/** One amount of money (or a range) in token indices, before qualifiers. */
export interface Core {
  start: number;
  end: number;
  amount: number | null;
  currency: string | null;
  rule: MoneyRule;
  min?: number;
  max?: number;
  /** Came from a symbol or code before the number, so a bare number may follow as a range end. */
  prefixed: boolean;
  exp: number;
  /** "multibillion-dollar", "90-cent": modifies a noun, so no qualifier goes with it. */
  adjective?: boolean;
  /** Sub-unit divisor of the written unit (cents → 100), to tell "22 cents to $19.94" from a range. */
  minor?: number;
}

/** The lower-case words `words` stand at token i. */
export function wordsAt(s: Scan, i: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const t = s.toks[i + j];
    if (!t || t.lower !== words[j]) return false;
  }
  return true;
}

/** Phrases indexed by their first word, longest first, so a lookup tries "more than an estimated" before "more than". */
export function byFirstWord<T extends { words: readonly string[] }>(items: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.words[0]) ?? [];
    list.push(item);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(item.words[0], list);
  }
  return map;
}

/** The longest phrase of an index that stands at token i. */
export function phraseAt<T extends { words: readonly string[] }>(s: Scan, i: number, index: ReadonlyMap<string, readonly T[]>): T | null {
  const t = s.toks[i];
  const list = t ? index.get(t.lower) : undefined;
  if (list) for (const item of list) if (wordsAt(s, i, item.words)) return item;
  return null;
}
