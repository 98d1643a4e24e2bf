/**
 * Who acts and who receives, for one action word, read through its argument frame (`lang/en/actions.ts`):
 *   - active verbs: the subject acts (`subject.ts`), or receives for receiving verbs ("received", "borrowed", "won",
 *     "raised … from"), whose giver is the "from" phrase; the first object receives for ditransitive verbs ("paid the
 *     workers $5m"), for "provide X with $N", and for "fund X"; else the actor after a recipient preposition;
 *   - passives: the "by" (or "from") phrase acts; the subject receives for ditransitive verbs ("Kyiv was given $1bn",
 *     "Meta was fined €1bn");
 *   - nouns: the owner ("Japan's pledge"), a "from"/"by" phrase ("a $1m gift from Acme"), or the subject of a support
 *     verb ("made a $5m donation"); the recipient after a recipient preposition.
 * A party is the head of its phrase ("the Finnish government", "the country's … government"), never a modifier.
 */
import { AGENT_PREPOSITIONS, GIVER_PREPOSITIONS } from '../lang/en/actions';
import { DETERMINERS, OF_LINKS, PREPOSITIONS } from '../lang/en/clauses';
import { AMOUNT_GIVEN_AFTER, PHRASE_STOPS, SUPPORT_VERBS } from '../lang/en/frames';
import { isHonorific, isVerbShaped, POSSESSIVE_AFTER } from '../lang/en/facts/morphology';
import { firstIndex } from '../util/bisect';
import { FACT_CATEGORIES, FRAMES } from './categories';
import { DITRANSITIVE, lookupVerb, OBJECT_RECIPIENT, OBJECT_REQUIRED, RECEIVING, WITH_OBJECT } from './lexicon';
import { lastOf, type Actor, type Carry, type Found, type Governor, type Money, type Roles, type Verb } from './parts';
import { headFrom } from './phrases';
import { clauseOf, tokenAfter, tokenBefore, type SentenceView } from './sentence';
import { subjectOf } from './subject';
import type { FactCategory, SlotSource } from './types';

const RECIPIENT_PREPOSITIONS: ReadonlyMap<FactCategory, ReadonlySet<string>> = new Map(
  FACT_CATEGORIES.map((c) => [c, new Set(FRAMES[c].recipientPrepositions)]),
);
const AGENT = new Set(AGENT_PREPOSITIONS);
const GIVER = new Set(GIVER_PREPOSITIONS);
const AGENT_OR_GIVER = new Set([...AGENT_PREPOSITIONS, ...GIVER_PREPOSITIONS]);

/** `limit`: where the act's phrases end (the next amount, or the sentence end). `gov` null: an act without an amount. */
export function findRoles(view: SentenceView, v: Verb, how: Governor['how'] | null, actors: Actor[], carry: Carry, m: Money | null, limit: number): Roles {
  if (v.noun) return nounRoles(view, v, actors, carry, m, limit);
  const clause = clauseOf(view, v.phraseStart);
  const receiving = RECEIVING.has(v.lemma);
  let recipient = v.passive || how === 'passive' ? null : objectRecipient(view, v, actors, clause, m, limit);
  // "Eugene Felten, of Ohio, fined $25,000": a verb that needs its object has none, so it is a shortened passive.
  const passive = v.passive || how === 'passive' || (!recipient && !!m && m.start >= v.end && OBJECT_REQUIRED.has(v.lemma));
  if (!recipient && !receiving) recipient = found(prepRecipient(view, v, actors, clause, m, limit), 'preposition');

  if (passive) {
    // "$5m was received by Kyiv from the EU": by → who receives, from → who gives; else by/from → who gives.
    const agent = found(prepActor(view, actors, receiving ? AGENT : AGENT_OR_GIVER, v.end, limit, clause), 'agent');
    const giver = receiving ? found(prepActor(view, actors, GIVER, v.end, limit, clause), 'agent') : agent;
    if (receiving) recipient = agent;
    // "Kyiv was given $1bn", "Meta was fined €1bn": the passive's subject receives (not when the amount is the subject).
    if (!recipient && how !== 'passive' && (DITRANSITIVE.has(v.lemma) || WITH_OBJECT.has(v.lemma))) {
      recipient = subjectOf(view, v.phraseStart, clause, actors, carry, giver?.actor ?? null, m).found;
    }
    return roles(giver, [], recipient);
  }
  const subject = subjectOf(view, v.phraseStart, clause, actors, carry, recipient?.actor ?? null, m);
  if (receiving) {
    // "Ukraine received $5bn from the EU": the subject receives, the "from" phrase gives.
    const giver = found(prepActor(view, actors, GIVER, v.end, limit, clause), 'preposition');
    return roles(giver, [], subject.found);
  }
  return roles(subject.found, subject.coActors, recipient);
}

function roles(actor: Found | null, coActors: Actor[], recipient: Found | null): Roles {
  const same = !!actor && !!recipient && (recipient.actor === actor.actor || (!!recipient.actor.entity && recipient.actor.entity === actor.actor.entity));
  const r = same ? null : recipient;
  return { actor: actor?.actor ?? null, actorVia: actor?.via ?? null, coActors, recipient: r?.actor ?? null, recipientVia: r?.via ?? null };
}

function found(actor: Actor | null, via: SlotSource): Found | null {
  return actor ? { actor, via } : null;
}

/**
 * The verb's first object as its recipient: "paid Mr. Dinkins $95,142", "gives two inventors … a $350,000 award",
 * "provided Kyiv with €1bn", "funded the clinic", "promised Peru more help".
 */
function objectRecipient(view: SentenceView, v: Verb, actors: Actor[], clause: number, m: Money | null, limit: number): Found | null {
  const k = actors.findIndex((a) => a.start >= v.end && a.start < limit && a.clause === clause && onlyDeterminers(view, v.end, a.start));
  if (k < 0) return null;
  const head = actors[headFrom(view, actors, k)];
  const beforeAmount = !m || head.end <= m.start;
  if (DITRANSITIVE.has(v.lemma) && beforeAmount) return { actor: head, via: 'object' };
  if (WITH_OBJECT.has(v.lemma) && m && beforeAmount && withBetween(view, head.end, m.start)) return { actor: head, via: 'object' };
  if (OBJECT_RECIPIENT.has(v.lemma)) return { actor: head, via: 'object' };
  return null;
}

/** "… with $N": only "with" (and a determiner) between the object and the amount. */
function withBetween(view: SentenceView, from: number, to: number): boolean {
  const words = view.text.slice(from - view.start, to - view.start).trim().toLowerCase().split(/\s+/);
  return words.length >= 1 && AMOUNT_GIVEN_AFTER.has(words[0]) && !OF_LINKS.has(words[0]) && words.slice(1).every((w) => DETERMINERS.has(w));
}

/** The actor after a recipient preposition: after the amount first ("paid $5m to X"), else between verb and amount. */
function prepRecipient(view: SentenceView, v: Verb, actors: Actor[], clause: number, m: Money | null, limit: number): Actor | null {
  const preps = RECIPIENT_PREPOSITIONS.get(v.category)!;
  const amountAfter = !!m && m.start > v.end;
  const from = amountAfter ? m.end : v.end;
  const fromClause = amountAfter ? m.clause : clause;
  // A statement's addressee sits right after the verb ("said to reporters"), not anywhere in the sentence.
  const within = FRAMES[v.category].recipientWithin;
  const until = within === undefined ? limit : Math.min(limit, v.end + within);
  return prepActor(view, actors, preps, from, until, fromClause) ?? (amountAfter ? prepActor(view, actors, preps, v.end, m.start, clause) : null);
}

/** Roles of an action noun tied to the amount. */
function nounRoles(view: SentenceView, v: Verb, actors: Actor[], carry: Carry, m: Money | null, limit: number): Roles {
  const clause = clauseOf(view, v.start);
  const phraseStart = Math.min(v.start, m?.start ?? v.start);
  const phraseEnd = Math.max(v.end, m?.end ?? v.end);
  const recipient = found(prepActor(view, actors, RECIPIENT_PREPOSITIONS.get(v.category)!, phraseEnd, limit, clause), 'preposition');
  // "a $1 million gift from Acme", "a loan of $52m from the bank": the giver is named.
  const from = found(prepActor(view, actors, AGENT_OR_GIVER, phraseEnd, limit, clause), 'preposition');
  if (from) return roles(from, [], recipient);
  // "Germany's pledge of …", "its $450 million financing": the owner acts.
  const owner = lastOf(actors, (a) => a.end <= phraseStart && a.end > phraseStart - 40 && POSSESSIVE_AFTER.test(view.text.slice(a.end - view.start)));
  if (owner && onlyModifiers(view, owner.end, phraseStart)) return roles({ actor: owner, via: 'possessor' }, [], recipient);
  // "Acme made a $5 million donation": the subject of a support verb right before the noun phrase.
  const support = supportVerbBefore(view, phraseStart);
  if (support >= 0) {
    const subject = subjectOf(view, view.tokens[support].start, clause, actors, carry, recipient?.actor ?? null, m);
    return roles(subject.found, subject.coActors, recipient);
  }
  return roles(null, [], recipient);
}

/** A support verb ("made", "extended", "announced") before `offset`, across a determiner and modifiers only, or -1. */
function supportVerbBefore(view: SentenceView, offset: number): number {
  const { tokens } = view;
  for (let i = tokenBefore(view, offset), n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i];
    if (t.inMention) return -1;
    if (SUPPORT_VERBS.has(t.lower)) return i;
    if (!t.joined || PREPOSITIONS.has(t.lower)) return -1;
  }
  return -1;
}

/** Only an owner's "'s" and up to two modifiers between two offsets ("'s junk "), none of them a verb form. */
function onlyModifiers(view: SentenceView, from: number, to: number): boolean {
  const gap = view.text.slice(from - view.start, to - view.start);
  if (!/^['’]s?(?:\s+[a-z][a-z-]*){0,2}\s*$/.test(gap)) return false;
  // "Xijiang's transportation utilized a loan": a verb between owner and noun ends the owner's phrase.
  return gap.split(/\s+/).slice(1).every((w) => !w || (!lookupVerb(w) && !isVerbShaped(w)));
}

/**
 * Only determiners ("the", "its"), titles ("Mr."), "the government of", or after a determiner up to three modifiers
 * ("the financially strapped", "its two largest") stand between two offsets.
 */
function onlyDeterminers(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 48) return false;
  const gap = view.text.slice(from - view.start, to - view.start);
  const words = gap.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let determiner = false;
  let modifiers = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (DETERMINERS.has(w) || isHonorific(w)) {
      determiner = determiner || DETERMINERS.has(w);
      continue;
    }
    // "the people of", "the government of": a head noun followed by "of".
    if (i + 1 < words.length && OF_LINKS.has(words[i + 1]) && /^[a-z-]+$/.test(w) && i + 2 >= words.length - 1) {
      if (i + 2 === words.length || DETERMINERS.has(words[i + 2])) return true;
    }
    if (determiner && ++modifiers <= 3 && /^[a-z-]+$/.test(w) && !PREPOSITIONS.has(w) && !PHRASE_STOPS.has(w) && !lookupVerb(w)) continue;
    return false;
  }
  return /^[\sA-Za-z.'’-]*$/.test(gap);
}

/**
 * The first actor phrase after one of `preps` that follows `from` (before `limit`, in the clause), as its head:
 * "to the country's short-lived democratic Kerensky government" → the government. A possessor alone is no party:
 * "for Trump's role".
 */
export function prepActor(view: SentenceView, actors: Actor[], preps: ReadonlySet<string>, from: number, limit: number, clause: number): Actor | null {
  const { tokens } = view;
  // Tokens after `from` are never in an earlier clause, so the clause ends at its closing boundary.
  const clauseEnd = view.boundaries[clause] ?? Infinity;
  for (let i = tokenAfter(view, from); i < tokens.length && tokens[i].start < limit; i++) {
    if (tokens[i].start >= clauseEnd) break;
    if (tokens[i].inMention || !preps.has(tokens[i].lower)) continue;
    const after = tokens[i].end;
    const k = firstIndex(actors.length, (x) => actors[x].start >= after);
    if (k >= actors.length || actors[k].start >= limit || !onlyDeterminers(view, after, actors[k].start)) continue;
    const head = actors[headFrom(view, actors, k)];
    if (!POSSESSIVE_AFTER.test(view.text.slice(head.end - view.start))) return head;
  }
  return null;
}

