/**
 * Actor noun phrases inside a sentence: an actor mention is often one piece of a longer phrase whose head is another
 * mention ("the Finnish [government]", "the country's short-lived [government]", "Hooker's U.S. [unit]"). The head is
 * the party; the phrase's first word decides whether it is the object of a preposition.
 */
import { DETERMINERS, PREPOSITIONS } from '../lang/en/clauses';
import { isHonorific } from '../lang/en/facts/morphology';
import type { Actor } from './parts';
import { tokenBefore, type SentenceView } from './sentence';

/** Between a possessor and the head it owns: "'s" and lower-case modifiers ("'s short-lived democratic "). */
const OWNED_GAP = /^['’]s?(?:\s+[a-z][a-z-]*)*\s+$/;

/** The actor after `actors[k]` that heads the phrase `actors[k]` opens, or `actors[k]` itself. */
export function headFrom(view: SentenceView, actors: readonly Actor[], k: number): number {
  while (k + 1 < actors.length && joined(view, actors[k], actors[k + 1])) k++;
  return k;
}

/** The actor that opens the phrase `actors[k]` heads ("the country" for "…'s short-lived government"). */
export function phraseOpener(view: SentenceView, actors: readonly Actor[], k: number): number {
  while (k > 0 && joined(view, actors[k - 1], actors[k])) k--;
  return k;
}

/** `b` heads a phrase `a` is part of: a named modifier right before a common noun, or a possessor and what it owns. */
function joined(view: SentenceView, a: Actor, b: Actor): boolean {
  const gap = view.text.slice(a.end - view.start, b.start - view.start);
  if (b.named === false && /^\s+$/.test(gap)) return true;
  return b.named === false || /^['’]s/.test(gap) ? OWNED_GAP.test(gap) : false;
}

/** The actor is the object of a preposition ("in the United States", "from the Finnish government"), so not a subject. */
export function prepositional(view: SentenceView, actors: readonly Actor[], k: number): boolean {
  const a = actors[phraseOpener(view, actors, k)];
  let i = tokenBefore(view, a.start);
  while (i >= 0 && (DETERMINERS.has(view.tokens[i].lower) || isHonorific(view.tokens[i].lower)) && !view.tokens[i].inMention) i--;
  if (i < 0) return false;
  return PREPOSITIONS.has(view.tokens[i].lower) && /^[\sA-Za-z.'’-]*$/.test(view.text.slice(view.tokens[i].end - view.start, a.start - view.start));
}
