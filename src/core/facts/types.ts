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

export interface Fact {
  action: FactAction;
  /** Entity id of who acts, or null. */
  actor: string | null;
  /** The actor mention the actor was read from (may sit in an earlier sentence when a pronoun carried it over). */
  actorMention: string | null;
  /** Entity id of whom it is for / to / against, or null. */
  recipient: string | null;
  recipientMention: string | null;
  /** MONEY mention id, or null. */
  amount: string | null;
  /** DATE mention id, or null. */
  time: string | null;
  /** The sentence the fact was read from. */
  evidence: { start: number; end: number; text: string };
  /** 0..1, from which parts were found and how directly. */
  confidence: number;
}
