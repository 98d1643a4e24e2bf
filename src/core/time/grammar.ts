/**
 * What a date grammar is made of, chrono-style: parsers, each chosen by the token that can start its phrase and tried
 * in the order a table lists them, and refiners that extend the phrase a parser found ("1996" + " to 2000"). The
 * engine (scan.ts) knows no language; a language pack supplies a DateGrammar (the English one: lang/en/dates/registry.ts).
 */
import type { DateValue } from '../model';
import { TokenKind, type Token } from '../text/token';
import type { CompiledTense } from './context';
import type { DateScan } from './scan';

/** A date phrase found at some token: `next` is the token after it. */
export interface Phrase {
  next: number;
  v: DateValue;
  /** A calendar point or period, not a duration: it may take early/late/the end of … and join a range. */
  point: boolean;
  /** The rule of the table entry that produced the phrase's core (set by the table; wrappers and refiners keep it). */
  rule?: string;
}

/** A parser's "this is mine, and it is not a date": the table tries no later parser for the token. */
export const NOT_A_DATE: unique symbol = Symbol('NOT_A_DATE');

/** A phrase; null when the parser does not apply (the next parser in the table is tried); or NOT_A_DATE. */
export type Parsed = Phrase | null | typeof NOT_A_DATE;

/** Trigger key of every number token (its lower-case form is no word to look up). */
export const NUMBER = '#number';

export interface DateParser {
  /**
   * `date.<family>[.<variant>]`, recorded on the mentions this parser produces. Wrappers that only qualify an inner
   * phrase ("late Tuesday") and guards that only reject or hand over to another table have none.
   */
  readonly rule?: string;
  /** Trigger keys: the lower-case words that can start the phrase, or NUMBER. */
  readonly on: readonly string[];
  readonly parse: (s: DateScan, i: number) => Parsed;
}

/** Extends or reinterprets a phrase found at `start` ("1996" → "1996 to 2000"); returns it unchanged when it does not apply. */
export type Refiner = (s: DateScan, start: number, p: Phrase) => Phrase;

/** Parsers by trigger key, each list in table order. */
export class TriggerTable {
  private readonly byKey = new Map<string, DateParser[]>();

  constructor(readonly parsers: readonly DateParser[]) {
    for (const p of parsers) {
      for (const key of p.on) {
        const list = this.byKey.get(key);
        if (list) list.push(p);
        else this.byKey.set(key, [p]);
      }
    }
  }

  /** The parsers a token can trigger, in table order. */
  at(tok: Token): readonly DateParser[] | undefined {
    return this.byKey.get(tok.kind === TokenKind.Num ? NUMBER : tok.lower);
  }
}

export interface DateGrammar {
  /** Tried first at each token: phrases around a point ("between X and Y", "late X", "the end of X"). */
  readonly wrappers: TriggerTable;
  /** Calendar points and periods. */
  readonly points: TriggerTable;
  /** Durations and counts, where no point starts. */
  readonly durations: TriggerTable;
  /** Applied in order to every phrase found. */
  readonly refiners: readonly Refiner[];
  /** Tense cues around a date (future wording resolves bare weekdays and months forward). */
  readonly tense: CompiledTense;
  /** Words the tense lookup skips going back from a date to the verb before it ("said on Friday"). */
  readonly tenseSkip: ReadonlySet<string>;
  /** A past-tense verb right before the date wins over future wording further away (`before`: the word before it). */
  readonly isPastVerb: (word: string, before: string) => boolean;
  /** Reporting days ("Friday", "yesterday"): a story's year-on-year phrases are not counted from them. */
  readonly reportingDays: ReadonlySet<string>;
}
