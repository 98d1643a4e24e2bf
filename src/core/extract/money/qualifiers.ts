/**
 * Qualifiers in front of an amount (pack table MONEY_QUALIFIERS), indexed by first word for the scanner.
 */
import { MONEY_QUALIFIERS, QUALIFIERS_OUTSIDE_SPAN, RANGE_OPENERS } from '../../lang/en/money-words';
import { byFirstWord } from './scan';

export interface Qualifier {
  words: readonly string[];
  /** Normal form reported as `approx`; null: part of the span, but the amount is exact. */
  approx: string | null;
  /** News annotation leaves it out of the span ("up to $5 million" → "$5 million"); the approx stays. */
  outside?: boolean;
  /** Opens a range, and only belongs to the span when one follows ("between … and …", "from … to …"). */
  range?: 'pair' | 'interval';
}

/** Qualifiers indexed by their first word; longest phrases first. */
export const QUALIFIERS: ReadonlyMap<string, readonly Qualifier[]> = byFirstWord<Qualifier>([
  ...MONEY_QUALIFIERS.map(([phrase, approx]) => ({
    words: phrase.split(' '),
    approx,
    outside: QUALIFIERS_OUTSIDE_SPAN.has(phrase) || undefined,
  })),
  ...[...RANGE_OPENERS].map(([word, range]) => ({ words: [word], approx: null, range })),
]);

/** Single words that open a `pair` range, after which "and" joins two amounts ("between 5 and 10 million euros"). */
export const PAIR_OPENERS: ReadonlySet<string> = new Set([...RANGE_OPENERS].filter(([, r]) => r === 'pair').map(([w]) => w));
