/**
 * The one data model that flows text → mentions → entities → facts through the engine, the CLI and the editor.
 * Offsets are JavaScript (UTF-16) string indices into the analysed text, `end` exclusive.
 */

export type MentionType = 'MONEY' | 'DATE' | 'ACTOR';
export type ActorKind = 'person' | 'organization' | 'place' | 'group';

/** Where the date that relative expressions ("last year", "on Tuesday") are resolved against came from. */
export type AnchorSource = 'argument' | 'dateline' | 'header' | 'setting' | 'none';

export interface ReferenceDate {
  /** YYYY-MM-DD, or null when nothing anchors the article (relative dates then stay unresolved). */
  value: string | null;
  source: AnchorSource;
  /** For dateline/header anchors: where in the text the anchoring date was read. */
  start?: number;
  end?: number;
}

interface Span {
  start: number;
  end: number;
  text: string;
  /**
   * The rule that produced the mention, `type.family[.variant]` ("date.month-day-year", "money.scale-word",
   * "actor.gazetteer.org"): the answer to "why is this marked?", shown in the hover and written by `annotate`.
   */
  rule: string;
}

export interface MoneyValue {
  /** Major units with the scale word applied: "20 billion euros" → 20000000000. For ranges, the lower bound. */
  amount: number | null;
  /** ISO 4217 code, or null when the text does not say which currency. */
  currency: string | null;
  /** Qualifier as written in normal form: "more than", "about", "up to", "less than", "at least" …; null when exact. */
  approx: string | null;
  min?: number;
  max?: number;
}

export interface DateValue {
  /** TIMEX3-style value: 2025, 2025-Q1, 2025-06, 2025-04-04, 2025-W14, PAST_REF, P2Y … (null when not normalisable). */
  timex: string | null;
  /** Inclusive calendar interval, YYYY-MM-DD, null when not resolvable. */
  start_date: string | null;
  end_date: string | null;
  /** TimeML-style modifier: BEFORE, AFTER, START, MID, END, APPROX, ON_OR_AFTER … */
  mod?: string;
  /**
   * What the value was resolved against: the text alone (absolute), the article's reference date, an earlier date of
   * the article (narrative: "a year earlier", "that month", "the following week" — see `anchor_date`), or nothing.
   */
  anchor: 'absolute' | 'reference' | 'narrative' | 'unresolved';
  /** For anchor "narrative": the earlier date of the article the value was counted from, as written and its timex. */
  anchor_date?: { text: string; timex: string };
  /**
   * A fiscal period ("fiscal 1988", "the fiscal second quarter", "its fourth quarter ended June 30"): the timex names it
   * in the company's own calendar (FY1988 → "1988", its Q2 → "1988-Q2"); start/end are the calendar days only when the
   * article gives that calendar ("the fiscal year ends Sept. 30", "the quarter ended June 30"), otherwise null.
   */
  fiscal?: boolean;
}

export interface ActorValue {
  kind: ActorKind;
  /** Canonical name of the document-level actor this mention refers to ("Rutte" → "Mark Rutte"). */
  canonical: string;
  /** A title written before a person's name, kept but not part of the span ("NATO Secretary-General"). */
  title?: string;
  /**
   * `false` for an actor written as a common noun phrase ("the city", "investors", "the Finnish government"); absent
   * for names. Its `canonical` is the phrase without its determiner ("Finnish government") until linking gives it the
   * named actor it stands for ("the company" → "Acme Corp.").
   */
  named?: false;
  /** The head noun of a common-noun actor, lower case as written ("government" in "the Finnish government"). */
  head?: string;
}

export type MoneyMention = Span & { type: 'MONEY' } & MoneyValue;
export type DateMention = Span & { type: 'DATE' } & DateValue;
export type ActorMention = Span & { type: 'ACTOR' } & ActorValue;
export type Mention = MoneyMention | DateMention | ActorMention;

/** A mention as an extractor produces it, before the analyzer numbers it and links it to an entity. */
export type RawMention = Mention;

/** A mention inside a finished analysis: numbered, and for actors linked to their entity. */
export type AnalyzedMention = Mention & { id: string; entity?: string };

export interface Entity {
  id: string;
  canonical: string;
  kind: ActorKind;
  /** Every distinct surface form seen in the document, canonical first. */
  aliases: string[];
  /** Titles seen before the person's name, e.g. "NATO Secretary-General". */
  titles: string[];
  /** Ids of the mentions that refer to this entity, in text order. */
  mentions: string[];
  /** `false` when no mention names the actor: only common nouns refer to it ("the agency", "investors"). */
  named?: false;
}

export interface Analysis {
  /** Length of the analysed text in UTF-16 units. */
  chars: number;
  referenceDate: ReferenceDate;
  /** Sorted by `start`, never overlapping; `id` is `m${index + 1}`. Consumers may rely on both. */
  mentions: AnalyzedMention[];
  entities: Entity[];
  stats: AnalysisStats;
}

export interface AnalysisStats {
  blocks: number;
  /** Blocks whose money and actor results came from the cache (block text unchanged since the last call). */
  reusedBlocks: number;
  /** Blocks whose date results came from the cache (block text and reference date unchanged); set by the Analyzer. */
  reusedDateBlocks?: number;
  ms: number;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD. Overrides the dateline; its source is reported as `referenceSource` (default 'argument'). */
  referenceDate?: string | null;
  referenceSource?: AnchorSource;
}
