/**
 * Facts from an analysis, one sentence at a time: a fact is an act that moves money, read from the words that say it.
 *   - an amount makes a fact only when an action word governs it (`govern.ts`): the verb whose object it is, a passive
 *     or relative clause about it, an action noun tied to it, or the act of the amount it is coordinated with; money
 *     that no act governs, and money governed by a sale, price or change ("sold … for $5m"), stays a mention;
 *   - the parties are read through the act's argument frame (`roles.ts`, `subject.ts`): subject, passive agent,
 *     objects, recipient and giver prepositions, a relative clause's antecedent, the owner of an intention, an earlier
 *     clause's subject, a pronoun or the previous sentence; each records how it was read (`Fact.via`);
 *   - the object and purpose are the phrases the sentence gives them (`objects.ts`); the time is the DATE nearest the
 *     amount (`time.ts`); the confidence follows from what was found and how (`confidence.ts`);
 *   - a recognised act without an amount is a fact when it has an actor and names a thing given ("substantial support
 *     for Ukraine", "continued to supply military support"); denials only with a recipient: "has not announced new
 *     funding" is no fact; statements are none ("told reporters").
 * Nothing is invented: a part that is not found is null, and `missing` names the actor or amount a fact lacks.
 * Which words act, and how, is the language pack's (`lang/en/actions.ts`, `frames.ts`, `clauses.ts`).
 */
import type { PlacedBlock } from '../analyze';
import { TRANSFER_OBJECTS } from '../lang/en/frames';
import { RESTATEMENT_GAP } from '../lang/en/facts/patterns';
import type { AnalyzedMention } from '../model';
import { BlockView } from '../text/block-view';
import { splitBlocks } from '../text/blocks';
import { makeFact, spanEnd } from './assemble';
import { FRAMES } from './categories';
import { governorOf, type PreviousAmount } from './govern';
import { headWord, objectOf, purposeOf } from './objects';
import type { Actor, Carry, DateM, Money, Roles } from './parts';
import { headFrom, prepositional } from './phrases';
import { findRoles } from './roles';
import { buildSentenceView, clauseOf, type SentenceView } from './sentence';
import { pickTime } from './time';
import type { Fact } from './types';
import { findVerbs } from './verbs';

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
  const used = new Set<number>();

  let prev: PreviousAmount | null = null;
  for (let k = 0; k < money.length; k++) {
    const m = money[k];
    if (k > 0 && isRestatement(view, money[k - 1], m)) continue;
    const governor = governorOf(view, m, verbs, prev);
    prev = { money: m, governor };
    if (!governor) continue;
    const { verb, how } = governor;
    used.add(verb.start);
    if (FRAMES[verb.category].amounts !== 'fact') continue;
    const limit = money[k + 1]?.start ?? view.end;
    const roles = findRoles(view, verb, how, actors, carry, m, limit);
    const time = pickTime(view, dates, m.start, spanEnd(m.end, roles.recipient), verb);
    const object = objectOf(view, verb, m, indirectObject(roles), verbs);
    const purpose = purposeOf(view, verb, Math.max(m.end, object?.end ?? 0, verb.end), limit, verbs);
    out.push(makeFact(view, { verb, roles, money: m, how, time, object, purpose }));
  }

  for (const v of verbs) {
    const needs = FRAMES[v.category].aloneNeeds;
    if (used.has(v.start) || needs === 'never' || v.noun || v.infinitive) continue; // "… to settle the claims" is a purpose
    const roles = findRoles(view, v, null, actors, carry, null, view.end);
    if (needs === 'recipient' ? !roles.recipient : !roles.actor) continue;
    // "has not announced new funding": a denial with neither amount nor recipient says nothing about who got what.
    if (v.negated && !roles.recipient) continue;
    const object = objectOf(view, v, null, indirectObject(roles), verbs);
    // "Kenyans announced protests", "gave holders the right": without an amount, an act is a fact only when it names
    // a thing given ("military support", "sales-loss aid").
    if (!object || !TRANSFER_OBJECTS.has(headWord(object))) continue;
    const time = pickTime(view, dates, v.start, spanEnd(v.end, roles.recipient), v);
    const purpose = purposeOf(view, v, Math.max(v.end, object?.end ?? 0, roles.recipient?.end ?? 0), view.end, verbs);
    out.push(makeFact(view, { verb: v, roles, money: null, how: null, time, object, purpose }));
  }
}

/** The recipient when it was read as the verb's first object ("gave Ukraine air-defence systems"). */
function indirectObject(roles: Roles): Actor | null {
  return roles.recipientVia === 'object' ? roles.recipient : null;
}

/** "$5 billion (€4.6 billion)" and "$5 billion, or about €4.6 billion" state one amount twice. */
function isRestatement(view: SentenceView, prev: Money, m: Money): boolean {
  return RESTATEMENT_GAP.test(view.text.slice(prev.end - view.start, m.start - view.start));
}

/** What the next sentences' pronouns may stand for: the last person, and this sentence's first subject. */
function updateCarry(view: SentenceView, actors: Actor[], carry: Carry): void {
  let subject: Actor | null = null;
  actors.forEach((a, k) => {
    if (a.kind === 'person') carry.person = a;
    if (!subject && !prepositional(view, actors, k)) subject = actors[headFrom(view, actors, k)];
  });
  if (subject) carry.subject = subject;
}
