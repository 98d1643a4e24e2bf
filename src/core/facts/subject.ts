/**
 * Who the subject of a verb phrase is, and how it was found (most direct first):
 *   relative — "clients who pay …", "the fund, which received …": the phrase the relative pronoun hangs on (and no
 *              one else when that phrase names no actor: "anyone who receives" has no named subject);
 *   control  — "the U.S.'s intention to send …", "Acme's plan to pay": the owner of the intention;
 *   subject  — the nearest actor before the phrase in its clause that is not a preposition's object, not part of the
 *              amount and not the speaker of a reporting verb ("Smith said the ministry paid" — Smith paid nothing);
 *              a list of subjects comes with it ("Germany, France and Italy pledged");
 *   coreference — "he", "it", "they" right before the phrase: an actor of the sentence that fits, else the previous
 *              sentences' person or subject;
 *   clause   — a clause without a subject of its own ("…, and delivered €4m", "…, promising $50,000") takes the
 *              sentence's first subject.
 */
import { FIRST_PERSON_PRONOUNS, OTHER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, RELATIVE_SUBJECTS, REPORTING_EXTRA } from '../lang/en/clauses';
import { DESCRIPTION_HEADS } from '../lang/en/descriptions';
import { ADDRESS_LINKS, CONTROL_NOUNS } from '../lang/en/frames';
import { INFINITIVE_MARKERS } from '../lang/en/clauses';
import { POSSESSIVE_AFTER } from '../lang/en/facts/morphology';
import { LIST_GAP, LIST_LAST_GAP } from '../lang/en/facts/patterns';
import { FRAMES } from './categories';
import { lookupVerb } from './lexicon';
import { lastOf, type Actor, type Carry, type Found, type Money } from './parts';
import { phraseOpener, prepositional } from './phrases';
import { tokenBefore, type SentenceView } from './sentence';

export interface Subject {
  found: Found | null;
  /** Actors listed with the subject ("Germany, France and Italy"), in text order, without it. */
  coActors: Actor[];
}

const NONE: Subject = { found: null, coActors: [] };

/**
 * The subject of the verb phrase starting at `phraseStart` in `clause`. `exclude` is an actor already read as
 * another party (the recipient); `m` the amount (its own actors are no subject).
 */
export function subjectOf(view: SentenceView, phraseStart: number, clause: number, actors: readonly Actor[], carry: Carry, exclude: Actor | null, m: Money | null): Subject {
  const { tokens } = view;
  const before = tokenBefore(view, phraseStart);
  const prev = tokens[before];

  // "clients who pay", "the fund, which received": the antecedent, or nobody when it is no actor.
  if (prev && !prev.inMention && RELATIVE_SUBJECTS.has(prev.lower) && prev.end <= phraseStart) {
    const k = lastIndex(actors, (a) => a.end <= prev.start);
    const a = actors[k];
    if (a && /^[\s,]*$/.test(view.text.slice(a.end - view.start, prev.start - view.start))) return { found: { actor: a, via: 'relative' }, coActors: [] };
    if (clause > 0 && view.clauseLead[clause] === prev.lower) {
      // ", which …" after a longer phrase: the last actor before the clause.
      const b = lastOf(actors, (x) => x.end <= view.boundaries[clause - 1]);
      return b ? { found: { actor: b, via: 'relative' }, coActors: [] } : NONE;
    }
    return NONE;
  }

  // "the U.S.'s intention to send": the owner of an intention noun right before "to".
  const first = tokens[before + 1];
  if (first && INFINITIVE_MARKERS.has(first.lower) && prev && CONTROL_NOUNS.has(prev.lower)) {
    const owner = lastOf(actors, (a) => a.end <= prev.start && a.end >= prev.start - 4);
    if (owner && POSSESSIVE_AFTER.test(view.text.slice(owner.end - view.start))) return { found: { actor: owner, via: 'control' }, coActors: [] };
  }

  const speakerBefore = lastReportingStart(view, phraseStart);
  const pronounAt = lastPronoun(view, phraseStart, clause);
  let k = lastIndex(
    actors,
    (a, i) => a.end <= phraseStart && a.clause === clause && a !== exclude && !prepositional(view, actors, i) && !inAmount(m, a) && speakerBefore < a.end,
  );
  // "we needed a savior to go into the index, spend $2 million": a subject pronoun nearer the verb is its subject.
  if (k >= 0 && pronounAt >= 0 && tokens[pronounAt].start >= actors[k].end) k = -1;
  if (k >= 0) {
    k = addressHolder(view, actors, k);
    return { found: { actor: actors[k], via: 'subject' }, coActors: coordinatedBefore(view, actors, phraseOpener(view, actors, k), exclude) };
  }

  if (pronounAt >= 0) {
    // "The foundation said it would donate …": a fitting actor earlier in the sentence, else the previous sentences.
    const pronoun = tokens[pronounAt].lower;
    const fits = (a: Actor | null): a is Actor => !!a && fitsPronoun(a, pronoun);
    const i = lastIndex(actors, (a, j) => a.end <= tokens[pronounAt].start && fits(a) && !prepositional(view, actors, j));
    const a = i >= 0 ? actors[i] : PERSON_PRONOUNS.has(pronoun) ? carry.person : fits(carry.subject) ? carry.subject : null;
    return a ? { found: { actor: a, via: 'coreference' }, coActors: [] } : NONE;
  }
  if (clause > 0 && !view.ownSubject[clause]) {
    // "NATO pledged €5bn, and delivered €2bn by March": the sentence's subject carries over.
    const i = actors.findIndex((a, j) => a.end <= phraseStart && a !== exclude && !prepositional(view, actors, j));
    if (i >= 0) return { found: { actor: actors[i], via: 'clause' }, coActors: [] };
  }
  return NONE;
}

/** The subject pronoun nearest before `offset` in the clause ("he", "it", "they"), as a token index, or -1. */
function lastPronoun(view: SentenceView, offset: number, clause: number): number {
  const { tokens } = view;
  const from = clause > 0 ? view.boundaries[clause - 1] : view.start;
  for (let i = tokenBefore(view, offset); i >= 0 && tokens[i].start >= from; i--) {
    const w = tokens[i].lower;
    // A pronoun before a reporting verb is the speaker (", he said,"), not the subject.
    if (!tokens[i].inMention && (PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w))) return tokens[i + 1] && isReporting(tokens[i + 1].lower) ? -1 : i;
  }
  return -1;
}

/**
 * "he"/"she" stand for a person; "they" for a group or a plural phrase; "it" for one thing that is no person; "we"
 * (a quoted speaker's side) for no one the text names.
 */
function fitsPronoun(a: Actor, pronoun: string): boolean {
  if (FIRST_PERSON_PRONOUNS.has(pronoun)) return false;
  if (PERSON_PRONOUNS.has(pronoun)) return a.kind === 'person';
  const plural = a.kind === 'group' || (a.named === false && !!DESCRIPTION_HEADS.get(a.head ?? '')?.plural);
  return a.kind !== 'person' && plural === PLURAL_PRONOUNS.has(pronoun);
}

/** Between a name and its address, or two parts of an address: ", ", " of ", ", also of ". */
const LINKS = [...ADDRESS_LINKS].join('|');
const ADDRESS_GAP = new RegExp(String.raw`^\s*(?:,\s*(?:(?:${LINKS})\s+)*|(?:(?:${LINKS})\s+)+)$`);

/**
 * "Eugene Felten, La Canada, Calif., fined $25,000": a comma chain ending in a place and opened by a name that is no
 * place is that name with its address; the name is the subject.
 */
function addressHolder(view: SentenceView, actors: readonly Actor[], k: number): number {
  if (actors[k].kind !== 'place') return k;
  let j = k;
  // Back over ", " and " of " while the actor after the gap is a place or is followed by one ("of Plantation, Fla.").
  while (j > 0 && ADDRESS_GAP.test(view.text.slice(actors[j - 1].end - view.start, actors[j].start - view.start)) && (actors[j].kind === 'place' || actors[j + 1]?.kind === 'place')) j--;
  // A list of places ("Germany, France, Italy pledged") is a list of subjects, not an address.
  return actors[j].kind === 'place' ? k : j;
}

/** "Germany, France and Italy" before the subject Italy: the actors joined to it by "and" and commas. */
function coordinatedBefore(view: SentenceView, actors: readonly Actor[], idx: number, exclude: Actor | null): Actor[] {
  const out: Actor[] = [];
  const seen = new Set([actors[idx].entity ?? actors[idx].id]);
  for (let i = idx; i > 0 && out.length < 8; i--) {
    const k = phraseOpener(view, actors, i - 1);
    const prev = actors[i - 1];
    const gap = view.text.slice(prev.end - view.start, actors[i].start - view.start);
    const joined = (i === idx ? LIST_LAST_GAP : LIST_GAP).test(gap);
    if (!joined || prev === exclude || prepositional(view, actors, i - 1)) break;
    const key = prev.entity ?? prev.id;
    if (!seen.has(key)) out.unshift(prev);
    seen.add(key);
    i = k + 1;
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

function inAmount(m: Money | null, a: Actor): boolean {
  return !!m && a.start >= m.start && a.end <= m.end;
}

function lastIndex(actors: readonly Actor[], ok: (a: Actor, i: number) => boolean): number {
  for (let i = actors.length - 1; i >= 0; i--) if (ok(actors[i], i)) return i;
  return -1;
}
