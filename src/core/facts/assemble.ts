/** A fact from the parts found for it: the action as written, the role ids, object and purpose, and a confidence. */
import { confidenceOf } from './confidence';
import type { DateM, Governance, Money, Roles, Verb } from './parts';
import type { SentenceView } from './sentence';
import type { Fact, FactAction, FactPart, TextSpan } from './types';

export interface FactParts {
  verb: Verb;
  roles: Roles;
  money: Money | null;
  /** How the amount is tied to the act (null with no amount). */
  how: Governance | null;
  time: DateM | null;
  object: TextSpan | null;
  purpose: TextSpan | null;
}

/**
 * One fact per act: a list of subjects ("Germany, France and Italy pledged €3bn") is one fact whose `actor` is the
 * first of them and whose `coActors` are the others, so the amount is counted once.
 */
export function makeFact(view: SentenceView, p: FactParts): Fact {
  const { verb, roles, money, time } = p;
  const action: FactAction = {
    text: view.text.slice(verb.phraseStart - view.start, verb.end - view.start),
    lemma: verb.lemma,
    category: verb.category,
    negated: verb.negated,
    planned: verb.planned,
    start: verb.phraseStart,
    end: verb.end,
  };
  const [actor, ...coActors] = roles.actor ? [...roles.coActors, roles.actor] : [];
  const missing: FactPart[] = [];
  if (!actor) missing.push('actor');
  if (!money) missing.push('amount');
  return {
    action,
    actor: actor?.entity ?? null,
    actorMention: actor?.id ?? null,
    coActors: coActors.map((a) => a.entity).filter((e): e is string => !!e),
    recipient: roles.recipient?.entity ?? null,
    recipientMention: roles.recipient?.id ?? null,
    amount: money?.id ?? null,
    time: time?.id ?? null,
    object: p.object,
    purpose: p.purpose,
    via: { actor: roles.actorVia, recipient: roles.recipientVia },
    missing,
    evidence: { start: view.start, end: view.end, text: view.text },
    confidence: confidenceOf({ amount: money ? p.how : null, noun: verb.noun, actor: roles.actorVia, recipient: roles.recipientVia, time: !!time }),
  };
}

/** The end of a fact's core: the amount or verb, stretched to a recipient after it. */
export function spanEnd(end: number, recipient: { end: number } | null): number {
  return recipient && recipient.end > end ? recipient.end : end;
}
