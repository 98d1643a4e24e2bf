/**
 * Who acts and who receives, for one action word: the subject before the verb (not the object of a preposition, not
 * the speaker of a reporting verb), a passive verb's agent, the first object of a ditransitive verb or the actor after
 * a recipient preposition; a relative clause, a pronoun or an earlier clause may carry the actor over.
 */
import { AGENT_PREPOSITIONS, GIVER_PREPOSITIONS } from '../lang/en/actions';
import {
  DETERMINERS,
  OF_LINKS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_SUBJECTS,
  REPORTING_EXTRA,
} from '../lang/en/clauses';
import { POSSESSIVE_AFTER } from '../lang/en/facts/morphology';
import { LIST_GAP, LIST_LAST_GAP } from '../lang/en/facts/patterns';
import { firstIndex } from '../util/bisect';
import { FACT_CATEGORIES, FRAMES } from './categories';
import { DITRANSITIVE, lookupVerb, RECEIVING } from './lexicon';
import { lastOf, type Actor, type Carry, type Money, type Roles, type Verb } from './parts';
import { clauseOf, tokenAfter, tokenBefore, type SentenceView } from './sentence';
import type { FactCategory } from './types';

const RECIPIENT_PREPOSITIONS: ReadonlyMap<FactCategory, ReadonlySet<string>> = new Map(
  FACT_CATEGORIES.map((c) => [c, new Set(FRAMES[c].recipientPrepositions)]),
);
const AGENT = new Set(AGENT_PREPOSITIONS);
const GIVER = new Set(GIVER_PREPOSITIONS);

export function findRoles(view: SentenceView, v: Verb, actors: Actor[], carry: Carry, m: Money | null, limit: number): Roles {
  const clause = clauseOf(view, v.phraseStart);
  const inClause = (a: Actor): boolean => a.clause === clause;
  let penalty = 0;
  let recipient: Actor | null = null;
  let actor: Actor | null = null;

  // Recipient: first object of give/pay/fine, else the actor after to/for following the verb (after the amount first).
  const objectActor = actors.find((a) => a.start >= v.end && a.start < limit && inClause(a) && onlyDeterminers(view, v.end, a.start));
  if (!v.noun && DITRANSITIVE.has(v.lemma) && objectActor && !v.passive) recipient = objectActor;
  if (!recipient) {
    const preps = RECIPIENT_PREPOSITIONS.get(v.category)!;
    const from = m && m.start > v.end ? m.end : v.end;
    const fromClause = m && m.start > v.end ? m.clause : clause;
    // A statement's addressee sits right after the verb ("said to reporters"), not anywhere in the sentence.
    const within = FRAMES[v.category].recipientWithin;
    const until = within === undefined ? limit : Math.min(limit, v.end + within);
    recipient =
      prepActor(view, actors, preps, from, until, fromClause) ?? (from !== v.end ? prepActor(view, actors, preps, v.end, m!.start, clause) : null);
  }

  // An actor before a reporting verb is its speaker: in "Smith said the government paid …" Smith did not pay.
  const lastSay = lastReportingStart(view, v.phraseStart);
  const reporting = (a: Actor): boolean => lastSay >= a.end;
  const subjectIdx = lastIndexBefore(
    actors,
    v.phraseStart,
    (a) => inClause(a) && a !== recipient && !prepositional(view, a) && !isAmountPart(m, a) && !reporting(a),
  );
  const subject = subjectIdx >= 0 ? actors[subjectIdx] : null;
  if (v.noun) {
    // "Germany's pledge of …": the possessor acts.
    const poss = actors.find((a) => a.end <= v.start && a.end > v.start - 40 && POSSESSIVE_AFTER.test(view.text.slice(a.end - view.start)));
    actor = poss ?? subject;
    if (!poss && actor) penalty += 0.05;
    return { actor, coActors: [], recipient: recipient !== actor ? recipient : null, penalty: penalty + 0.05 };
  }
  if (v.passive) {
    actor = prepActor(view, actors, AGENT, v.end, limit, clause);
    if (!recipient && DITRANSITIVE.has(v.lemma) && subject) recipient = subject; // "Ukraine was given $1bn"
    return { actor, coActors: [], recipient: recipient !== actor ? recipient : null, penalty };
  }
  actor = subject;
  const coActors = subject ? coordinatedBefore(view, actors, subjectIdx, recipient) : [];
  if (!actor) {
    const lead = view.clauseLead[clause];
    const pronoun = pronounBefore(view, v.phraseStart);
    if (clause > 0 && RELATIVE_SUBJECTS.has(lead)) {
      actor = lastOf(actors, (a) => a.end <= view.boundaries[clause - 1]) ?? null;
      penalty += 0.05;
    } else if (pronoun) {
      // "The foundation said it would donate …": a speaker earlier in the sentence, else the previous sentences.
      const person = PERSON_PRONOUNS.has(pronoun);
      const fits = (a: Actor | null): a is Actor => !!a && (person ? a.kind === 'person' : a.kind !== 'person');
      actor = lastOf(actors, (a) => a.end <= v.phraseStart && fits(a) && !prepositional(view, a)) ?? null;
      if (!actor) actor = person ? carry.person : fits(carry.subject) ? carry.subject : null;
      penalty += 0.1;
    } else if (clause > 0) {
      // "NATO pledged €5bn, and delivered €2bn by March": the sentence's subject carries over.
      actor = actors.find((a) => a.end <= v.phraseStart && !prepositional(view, a) && a !== recipient) ?? null;
      penalty += 0.1;
    }
  }
  if (actor && RECEIVING.has(v.lemma)) {
    // "Ukraine received $5bn from the EU": the subject is the recipient, the "from" actor gives.
    const giver = prepActor(view, actors, GIVER, v.end, limit, clause);
    return { actor: giver, coActors: [], recipient: actor, penalty };
  }
  if (recipient && actor && (recipient === actor || (recipient.entity && recipient.entity === actor.entity))) recipient = null;
  return { actor, coActors, recipient, penalty };
}

/** "Germany, France and Italy" before the subject Italy: the actors joined to it by "and" and commas. */
function coordinatedBefore(view: SentenceView, actors: Actor[], idx: number, recipient: Actor | null): Actor[] {
  const out: Actor[] = [];
  const seen = new Set([actors[idx].entity ?? actors[idx].id]);
  for (let i = idx; i > 0 && out.length < 8; i--) {
    const prev = actors[i - 1];
    const gap = view.text.slice(prev.end - view.start, actors[i].start - view.start);
    const joined = (i === idx ? LIST_LAST_GAP : LIST_GAP).test(gap);
    if (!joined || prev === recipient || prepositional(view, prev)) break;
    const key = prev.entity ?? prev.id;
    if (!seen.has(key)) out.unshift(prev);
    seen.add(key);
  }
  return out;
}

/** A finite form of a reporting verb: "said", "stressed", "explains", or one of `REPORTING_EXTRA`. */
function isReporting(word: string): boolean {
  if (REPORTING_EXTRA.has(word)) return true;
  const v = lookupVerb(word);
  return !!v && !!FRAMES[v.category].reporting && (v.form === 's' || v.form === 'past');
}

/** Start of the last reporting word ending at or before `to`, or -1: an actor ending before it is a speaker. */
function lastReportingStart(view: SentenceView, to: number): number {
  for (let i = tokenBefore(view, to); i >= 0; i--) {
    if (!view.tokens[i].inMention && isReporting(view.tokens[i].lower)) return view.tokens[i].start;
  }
  return -1;
}

function isAmountPart(m: Money | null, a: Actor): boolean {
  return !!m && a.start >= m.start && a.end <= m.end;
}

function lastIndexBefore(actors: Actor[], offset: number, ok: (a: Actor) => boolean): number {
  for (let i = actors.length - 1; i >= 0; i--) if (actors[i].end <= offset && ok(actors[i])) return i;
  return -1;
}

/** The actor is the object of a preposition ("in the United States", "from NATO"), so not a subject. */
export function prepositional(view: SentenceView, a: Actor): boolean {
  let i = tokenBefore(view, a.start);
  while (i >= 0 && DETERMINERS.has(view.tokens[i].lower)) i--;
  return i >= 0 && PREPOSITIONS.has(view.tokens[i].lower) && gapIsWordsOnly(view, view.tokens[i].end, a.start);
}

function gapIsWordsOnly(view: SentenceView, from: number, to: number): boolean {
  return /^[\sA-Za-z'’-]*$/.test(view.text.slice(from - view.start, to - view.start));
}

/** Only determiners ("the", "its") or "the government of" stand between two offsets. */
function onlyDeterminers(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 48) return false;
  const gap = view.text.slice(from - view.start, to - view.start);
  const words = gap.trim().toLowerCase().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (DETERMINERS.has(w)) continue;
    // "the people of", "the government of": a head noun followed by "of".
    if (i + 1 < words.length && OF_LINKS.has(words[i + 1]) && /^[a-z-]+$/.test(w) && i + 2 >= words.length - 1) {
      if (i + 2 === words.length || DETERMINERS.has(words[i + 2])) return true;
    }
    return false;
  }
  return /^[\sA-Za-z'’-]*$/.test(gap);
}

/** The first actor after one of `preps` that follows `from` (before `limit`, in the clause). */
function prepActor(view: SentenceView, actors: Actor[], preps: ReadonlySet<string>, from: number, limit: number, clause: number): Actor | null {
  const { tokens } = view;
  // Tokens after `from` are never in an earlier clause, so the clause ends at its closing boundary.
  const clauseEnd = view.boundaries[clause] ?? Infinity;
  for (let i = tokenAfter(view, from); i < tokens.length && tokens[i].start < limit; i++) {
    if (tokens[i].start >= clauseEnd) break;
    if (tokens[i].inMention || !preps.has(tokens[i].lower)) continue;
    const after = tokens[i].end;
    const k = firstIndex(actors.length, (x) => actors[x].start >= after);
    const a = k < actors.length && actors[k].start < limit ? actors[k] : undefined;
    // "for Trump's role" names a possessor, not a recipient.
    if (a && onlyDeterminers(view, after, a.start) && !POSSESSIVE_AFTER.test(view.text.slice(a.end - view.start))) return a;
  }
  return null;
}

/** "he", "she", "it", "they" right before the verb phrase. */
function pronounBefore(view: SentenceView, offset: number): string | null {
  const i = tokenBefore(view, offset);
  if (i < 0) return null;
  const w = view.tokens[i].lower;
  return PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w) ? w : null;
}
