/** A fact from the parts found for it: the action as written, the role ids, and a confidence from what was found. */
import { FRAMES } from './categories';
import type { Actor, DateM, Money, Roles, Verb } from './parts';
import type { SentenceView } from './sentence';
import type { Fact, FactAction } from './types';

/**
 * One fact per actor of a coordinated subject ("Germany, France and Italy pledged €3bn"): each took part in the act,
 * and the facts share the amount mention, so a reader who sums amounts must count each amount id once.
 */
export function pushFacts(out: Fact[], view: SentenceView, verb: Verb | undefined, roles: Roles, m: Money | null, time: DateM | null, penalty: number): void {
  if (!roles.coActors.length) {
    out.push(makeFact(view, verb, roles, m, time, penalty));
    return;
  }
  for (const a of [...roles.coActors, roles.actor]) out.push(makeFact(view, verb, { ...roles, actor: a }, m, time, penalty + 0.05));
}

/** The end of a fact's core: the amount or verb, stretched to a recipient after it. */
export function spanEnd(end: number, recipient: Actor | null): number {
  return recipient && recipient.end > end ? recipient.end : end;
}

function makeFact(view: SentenceView, verb: Verb | undefined, roles: Roles, m: Money | null, time: DateM | null, penalty: number): Fact {
  const action: FactAction = verb
    ? {
        text: view.text.slice(verb.phraseStart - view.start, verb.end - view.start),
        lemma: verb.lemma,
        category: verb.category,
        negated: verb.negated,
        planned: verb.planned,
        start: verb.phraseStart,
        end: verb.end,
      }
    : { text: null, lemma: null, category: 'other', negated: false, planned: false, start: null, end: null };
  let c = 0.1;
  if (m) c += 0.3;
  if (verb) c += FRAMES[verb.category].confidence;
  if (roles.actor) c += 0.2;
  if (roles.recipient) c += 0.1;
  if (time) c += 0.1;
  c = Math.max(0.05, Math.min(1, c - penalty));
  return {
    action,
    actor: roles.actor?.entity ?? null,
    actorMention: roles.actor?.id ?? null,
    recipient: roles.recipient?.entity ?? null,
    recipientMention: roles.recipient?.id ?? null,
    amount: m?.id ?? null,
    time: time?.id ?? null,
    evidence: { start: view.start, end: view.end, text: view.text },
    confidence: Math.round(c * 100) / 100,
  };
}
