/**
 * The pieces a fact is assembled from, shared by the fact modules: the sentence's mentions placed in clauses, the
 * recognised action words, the roles found for one of them, and what carries over from sentence to sentence.
 */
import type { ActorMention, DateMention, MoneyMention } from '../model';
import type { FactCategory } from './types';

/** A mention with the index of the clause it starts in, computed once per sentence (copies: the analysis is not touched). */
export type Placed<M> = M & { id: string; clause: number };
export type Actor = Placed<ActorMention> & { entity?: string };
export type Money = Placed<MoneyMention>;
export type DateM = Placed<DateMention>;

/** A recognised action word (with its auxiliaries) in a sentence. */
export interface Verb {
  /** The main verb (or noun) token. */
  start: number;
  end: number;
  /** Start of the whole phrase ("have pledged", "pledged to provide"). */
  phraseStart: number;
  lemma: string;
  category: FactCategory;
  /** Clause of `start`. */
  clause: number;
  negated: boolean;
  passive: boolean;
  /** "will provide", "plans to pay", "agreed to spend": intended, not done. */
  planned: boolean;
  /** A bare infinitive ("to settle"): never a fact of its own. */
  infinitive: boolean;
  noun: boolean;
}

export interface Roles {
  actor: Actor | null;
  /** Actors listed with `actor` as one subject ("Germany, France and Italy"), in text order, without `actor`. */
  coActors: Actor[];
  recipient: Actor | null;
  /** How indirectly the roles were found (subtracted from the confidence). */
  penalty: number;
}

export interface Carry {
  /** The last person mentioned in earlier sentences (for "he"/"she"). */
  person: Actor | null;
  /** The subject of the previous sentence (for "it"/"they"). */
  subject: Actor | null;
}

export function lastOf<T>(list: readonly T[], ok: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i])) return list[i];
  return undefined;
}
