/**
 * The pieces a fact is assembled from, shared by the fact modules: the sentence's mentions placed in clauses, the
 * recognised action words, the roles found for one of them, and what carries over from sentence to sentence.
 */
import type { ActorMention, DateMention, MoneyMention } from '../model';
import type { FactCategory, SlotSource } from './types';

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
  /** A past participle with no auxiliary before it ("$150m loaned from the bank", "aid earmarked by members"). */
  bareParticiple: boolean;
  noun: boolean;
}

/** How an amount is tied to its act. */
export type Governance =
  /** The verb's object: "paid $5m", "gave Kyiv $1bn", "provided Kyiv with $1bn", "pledged aid …, with €2bn in …". */
  | 'object'
  /** The subject of a passive after it: "$5m was paid", "$150m loaned from", "the debt, which was lent to". */
  | 'passive'
  /** The object of a relative clause after it: "a $20,000 fee that investors will have to pay". */
  | 'relative'
  /** A noun naming the act: "a pledge of $5m", "€2bn in aid", "a $1m gift from". */
  | 'noun'
  /** Joined to an amount before it: "$325,000 in 1989 and $340,000 in 1990". */
  | 'coordinated';

export interface Governor {
  verb: Verb;
  how: Governance;
}

export interface Roles {
  actor: Actor | null;
  /** Actors listed with `actor` as one subject ("Germany, France and Italy"), in text order, without `actor`. */
  coActors: Actor[];
  recipient: Actor | null;
  actorVia: SlotSource | null;
  recipientVia: SlotSource | null;
}

/** A party and where it was read. */
export interface Found {
  actor: Actor;
  via: SlotSource;
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
