/**
 * A fact: one statement "who — did what — how much — to/for whom — when", read from one sentence.
 * Parts refer to the analysis (entity and mention ids), so a fact never carries a value the engine did not find.
 */
import type { ACTIONS } from '../lang/en/actions';

/**
 * What kind of act the verb describes: one category per action record of the language pack (`lang/en/actions.ts`),
 * plus `other`. Promises are kept apart from deliveries (CAMEO 0331 "pledge aid" vs 071 "provide aid"): "will provide"
 * and "pledged to send" are pledges, "provided" and "delivered" are deliveries.
 */
export type FactCategory = keyof typeof ACTIONS | 'other';

export interface FactAction {
  /** The words as written ("have pledged", "pledged to provide"); null when the sentence has no recognised verb. */
  text: string | null;
  /** Dictionary form of the main verb ("provide"); null with `text`. */
  lemma: string | null;
  category: FactCategory;
  /** "did not pay", "never delivered": the statement denies the act. */
  negated: boolean;
  /**
   * Future or intention wording: the act named by `lemma` has not happened yet ("will spend", "plans to pay", "agreed to
   * provide", "is expected to give"). A pledge made ("Poland pledged …", "a pledge of …") is `category: 'pledge'` with
   * `planned: false`; that the money is not yet delivered is what the category says.
   */
  planned: boolean;
  /** Offsets of `text` in the document; null with `text`. */
  start: number | null;
  end: number | null;
}

/**
 * Where in the sentence a party was read, from the most direct to the least:
 *   subject — the clause's subject (through "agreed to", "is expected to" …); agent — the passive's "by" (or "from")
 *   phrase; object — the verb's first object ("paid the workers $5m", "funded the clinic"); preposition — a "to",
 *   "for", "from", "in" phrase of the act; possessor — "Japan's pledge"; relative — the phrase a "who/which/that"
 *   clause hangs on; control — the owner of an intention ("the U.S.'s intention to send"); clause — the subject of an
 *   earlier clause of the sentence ("… and spent $100,000"); coreference — a pronoun or the previous sentence.
 */
export type SlotSource = 'subject' | 'agent' | 'object' | 'preposition' | 'possessor' | 'relative' | 'control' | 'clause' | 'coreference';

/** A stretch of the document: offsets and the text as written. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** The parts a complete fact has: who acts and how much. A fact without one of them is marked by naming it. */
export type FactPart = 'actor' | 'amount';

export interface Fact {
  action: FactAction;
  /** Entity id of who acts (for a transfer: who gives), or null. */
  actor: string | null;
  /** The actor mention the actor was read from (may sit in an earlier sentence when a pronoun carried it over). */
  actorMention: string | null;
  /** Entity ids of the actors listed with `actor` as one subject ("Germany, France and Italy pledged …"), in text order. */
  coActors: string[];
  /** Entity id of whom it is for / to / against (for a transfer: who receives), or null. */
  recipient: string | null;
  recipientMention: string | null;
  /** MONEY mention id, or null. */
  amount: string | null;
  /** DATE mention id, or null. */
  time: string | null;
  /** What is given, as written: "military aid" in "€2bn in military aid", "air-defence systems". */
  object: TextSpan | null;
  /** What it is for, as written: "reconstruction" in "for reconstruction", "introduce its new line". */
  purpose: TextSpan | null;
  /** How the actor and the recipient were read (null when not found): the confidence follows from it. */
  via: { actor: SlotSource | null; recipient: SlotSource | null };
  /** Parts a complete fact has that this one lacks (empty when complete). */
  missing: FactPart[];
  /** The sentence the fact was read from. */
  evidence: { start: number; end: number; text: string };
  /** 0..1: how much of the fact was found, and how directly (see `confidence.ts`). */
  confidence: number;
}
