/**
 * Facts from an analysis: simple clause heuristics over one sentence at a time.
 *   - every MONEY mention yields a fact; its action is the nearest action word before it in the same clause
 *     ("pledged … 20 billion euros"), else a noun tied to it ("a fine of €5m"), else a verb after it ("€5m was paid");
 *   - the actor is the nearest ACTOR before the verb in the clause that is not the object of a preposition; a passive
 *     verb takes its "by" agent; a relative clause, a pronoun or an earlier clause of the sentence may carry it over;
 *   - the recipient is the actor after "to/for" following the verb or amount (or the first object of give/pay/fine);
 *   - the time is the DATE nearest the amount (up to the recipient), preferring the same clause and real dates; a date
 *     inside "agreed on Friday to provide" yields to the complement's date; another clause's date only from clause 0,
 *     and never into a clause with a subject of its own;
 *   - a clause with its own subject ("… and that the EU had set aside €300m") inherits no verb, actor or date;
 *   - a coordinated subject ("Germany, France and Italy pledged €3bn") gives one fact per actor, sharing the amount id;
 *   - a recognised action without an amount is a fact when it has the role its record needs (an actor; a recipient for
 *     statements), denials only with a recipient: "has not announced new funding" is no fact.
 * Nothing is invented: a part that is not found is null, and the confidence says how much was found.
 * Which words act, and how, is the language pack's (`lang/en/actions.ts`, `lang/en/clauses.ts`).
 */
import type { PlacedBlock } from '../analyze';
import { isParticiple } from '../lang/en/facts/morphology';
import { RESTATEMENT_GAP } from '../lang/en/facts/patterns';
import { RELATIVE_SUBJECTS } from '../lang/en/clauses';
import type { AnalyzedMention } from '../model';
import { BlockView } from '../text/block-view';
import { splitBlocks } from '../text/blocks';
import { pushFacts, spanEnd } from './assemble';
import { FRAMES } from './categories';
import { lastOf, type Actor, type Carry, type DateM, type Money, type Roles, type Verb } from './parts';
import { findRoles, prepositional } from './roles';
import { buildSentenceView, clauseOf, type SentenceView } from './sentence';
import { pickTime } from './time';
import type { Fact } from './types';
import { findVerbs, nounAction } from './verbs';

/**
 * `analysis.mentions` must be sorted by start and never overlap (the Analysis contract). `blocks` are the analysed
 * text's blocks with their views (the analyzer's, so sentences are split once); split afresh when absent.
 */
export function extractFacts(text: string, analysis: { mentions: AnalyzedMention[] }, blocks?: readonly PlacedBlock[]): Fact[] {
  const { mentions } = analysis;
  const facts: Fact[] = [];
  const carry: Carry = { person: null, subject: null };
  let mi = 0;
  for (const block of blocks ?? splitBlocks(text).map((b) => ({ start: b.start, view: new BlockView(b.text) }))) {
    for (const s of block.view.sentences) {
      const sent = { start: s.start + block.start, end: s.end + block.start };
      while (mi < mentions.length && mentions[mi].end <= sent.start) mi++;
      const inside: AnalyzedMention[] = [];
      for (let j = mi; j < mentions.length && mentions[j].start < sent.end; j++) {
        if (mentions[j].end <= sent.end) inside.push(mentions[j]);
      }
      const view = buildSentenceView(text, sent.start, sent.end, inside);
      const placed = view.mentions.map((m) => ({ ...m, clause: clauseOf(view, m.start) }));
      const actors = placed.filter((m): m is Actor => m.type === 'ACTOR');
      factsInSentence(view, placed, actors, carry, facts);
      updateCarry(view, actors, carry);
    }
  }
  return facts;
}

function factsInSentence(view: SentenceView, placed: Array<Money | DateM | Actor>, actors: Actor[], carry: Carry, out: Fact[]): void {
  const money = placed.filter((m): m is Money => m.type === 'MONEY');
  const dates = placed.filter((m): m is DateM => m.type === 'DATE');
  const verbs = findVerbs(view, actors);
  if (!money.length && !verbs.length) return;
  const used = new Set<Verb>();

  for (let k = 0; k < money.length; k++) {
    const m = money[k];
    if (k > 0 && isRestatement(view, money[k - 1], m)) continue;
    const nextMoney = money[k + 1]?.start ?? view.end;
    let penalty = 0;
    const clause = m.clause;
    const before = lastOf(verbs, (v) => v.end <= m.start && v.clause === clause);
    const noun = nounAction(view, m);
    const after = verbs.find((v) => v.start >= m.end && v.start < nextMoney && v.clause === clause);
    let verb: Verb | undefined = before;
    // "a grant of $2m was given to …": the passive verb after the amount says more than the noun.
    if (!before && after?.passive) verb = after;
    else if (noun && (!before || FRAMES[before.category].weak)) verb = noun;
    if (!verb && after) {
      verb = after;
      if (!verb.passive) penalty += 0.1;
    }
    if (!verb && continuesClause(view, clause)) {
      verb = lastOf(verbs, (v) => v.end <= m.start);
      if (verb) penalty += 0.1;
    }
    if (verb) used.add(verb);
    const roles: Roles = verb ? findRoles(view, verb, actors, carry, m, nextMoney) : { actor: null, recipient: null, coActors: [], penalty: 0 };
    const time = pickTime(view, dates, m.start, spanEnd(m.end, roles.recipient), verb);
    pushFacts(out, view, verb, roles, m, time, penalty + roles.penalty);
  }

  for (const v of verbs) {
    const needs = FRAMES[v.category].aloneNeeds;
    if (used.has(v) || needs === 'never' || v.noun || v.infinitive) continue; // "… to settle the claims" is a purpose
    const roles = findRoles(view, v, actors, carry, null, view.end);
    if (needs === 'recipient' ? !roles.recipient : !roles.actor) continue;
    // "has not announced new funding": a denial with neither amount nor recipient says nothing about who got what.
    if (v.negated && !roles.recipient) continue;
    const time = pickTime(view, dates, v.start, spanEnd(v.end, roles.recipient), v);
    pushFacts(out, view, v, roles, null, time, roles.penalty);
  }
}

/** "$5 billion (€4.6 billion)" and "$5 billion, or about €4.6 billion" state one amount twice. */
function isRestatement(view: SentenceView, prev: Money, m: Money): boolean {
  return RESTATEMENT_GAP.test(view.text.slice(prev.end - view.start, m.start - view.start));
}

/** A relative or participle clause continues the previous one: "a package, which includes €5bn for Kyiv". */
function continuesClause(view: SentenceView, clause: number): boolean {
  if (clause === 0) return false;
  const lead = view.clauseLead[clause];
  return RELATIVE_SUBJECTS.has(lead) || isParticiple(lead);
}

function updateCarry(view: SentenceView, actors: Actor[], carry: Carry): void {
  let subject: Actor | null = null;
  for (const a of actors) {
    if (a.kind === 'person') carry.person = a;
    if (!subject && !prepositional(view, a)) subject = a;
  }
  if (subject) carry.subject = subject;
}
