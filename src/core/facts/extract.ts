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
 *   - a recognised action without an amount is a fact when it has an actor (statements only with a recipient, denials
 *     too: "has not announced new funding" is no fact).
 * Nothing is invented: a part that is not found is null, and the confidence says how much was found.
 */
import { splitBlocks } from '../text/blocks';
import { BlockView } from '../text/block-view';
import type { PlacedBlock } from '../analyze';
import type { ActorMention, AnalyzedMention, DateMention, MoneyMention } from '../model';
import {
  ACTION_NOUNS,
  AUXILIARIES,
  BE_FORMS,
  DITRANSITIVE,
  FUTURE_MARKERS,
  HAVE_FORMS,
  NOUN_AMBIGUOUS,
  RECEIVING,
  isNegation,
  lookupPhrasal,
  lookupVerb,
} from './lexicon';
import { buildSentenceView, clauseOf, tokenAfter, tokenBefore, type SentenceView } from './sentence';
import type { Fact, FactAction, FactCategory } from './types';
import { firstIndex } from '../util/bisect';

/** A mention with the index of the clause it starts in, computed once per sentence (copies: the analysis is not touched). */
type Placed<M> = M & { id: string; clause: number };
type Actor = Placed<ActorMention> & { entity?: string };
type Money = Placed<MoneyMention>;
type DateM = Placed<DateMention>;

/** A recognised action word (with its auxiliaries) in a sentence. */
interface Verb {
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

const PREPOSITIONS = new Set([
  'in', 'at', 'from', 'to', 'for', 'by', 'with', 'against', 'amid', 'near', 'into', 'over', 'across', 'under', 'since',
  'during', 'on', 'between', 'among', 'toward', 'towards', 'via', 'through', 'about', 'of', 'including', 'like', 'than',
  'after', 'before', 'without', 'within', 'outside', 'inside', 'upon', 'around', 'behind', 'beyond', 'throughout',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'both', 'all', 'other', 'several', 'some', 'many', 'each', 'fellow', 'neighbouring', 'neighboring', 'embattled', 'war-torn', 'new', 'former']);
/** After these a verb form is a noun or an adjective: "the pledged sum", "their promise". */
const NOMINAL_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'any', 'every', 'no']);
const ADVERB_EXCEPTIONS = new Set(['only', 'early', 'daily', 'family', 'italy', 'july', 'supply', 'apply', 'rely', 'reply', 'ally', 'fly']);
/** Words after which an -ing form is a verb: "by providing", "while sending". */
const ING_LICENSORS = new Set(['by', 'after', 'before', 'while', 'without', 'also']);
/** Non-lexicon verbs that chain to an action: "has continued to supply", "agreed to pay". */
const CHAIN_VERBS = new Set(['continue', 'continued', 'continues', 'began', 'begun', 'begin', 'begins', 'start', 'started', 'starts', 'resumed', 'resume', 'resumes', 'try', 'tried', 'tries', 'need', 'needs', 'needed', 'able', 'about']);
const RECIPIENT_PREPS = new Set(['to', 'for', 'toward', 'towards']);
const PRONOUNS_PERSON = new Set(['he', 'she']);
const PRONOUNS_OTHER = new Set(['it', 'they', 'we']);

interface Carry {
  /** The last person mentioned in earlier sentences (for "he"/"she"). */
  person: Actor | null;
  /** The subject of the previous sentence (for "it"/"they"). */
  subject: Actor | null;
}

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
    else if (noun && (!before || before.category === 'say' || before.category === 'other')) verb = noun;
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
    if (used.has(v) || v.category === 'other' || v.noun || v.infinitive) continue; // "… to settle the claims" is a purpose
    const roles = findRoles(view, v, actors, carry, null, view.end);
    if (v.category === 'say' ? !roles.recipient : !roles.actor) continue;
    // "has not announced new funding": a denial with neither amount nor recipient says nothing about who got what.
    if (v.negated && !roles.recipient) continue;
    const time = pickTime(view, dates, v.start, spanEnd(v.end, roles.recipient), v);
    pushFacts(out, view, v, roles, null, time, roles.penalty);
  }
}

function spanEnd(end: number, recipient: Actor | null): number {
  return recipient && recipient.end > end ? recipient.end : end;
}

/**
 * One fact per actor of a coordinated subject ("Germany, France and Italy pledged €3bn"): each took part in the act,
 * and the facts share the amount mention, so a reader who sums amounts must count each amount id once.
 */
function pushFacts(out: Fact[], view: SentenceView, verb: Verb | undefined, roles: Roles, m: Money | null, time: DateM | null, penalty: number): void {
  if (!roles.coActors.length) {
    out.push(makeFact(view, verb, roles, m, time, penalty));
    return;
  }
  for (const a of [...roles.coActors, roles.actor]) out.push(makeFact(view, verb, { ...roles, actor: a }, m, time, penalty + 0.05));
}

/** "$5 billion (€4.6 billion)" and "$5 billion, or about €4.6 billion" state one amount twice. */
function isRestatement(view: SentenceView, prev: Money, m: Money): boolean {
  const gap = view.text.slice(prev.end - view.start, m.start - view.start);
  return /^\s*(?:\(\s*(?:about|around|roughly|some|or|approximately)?\s*|,?\s*or\s+(?:about|around|roughly|some)?\s*)$/i.test(gap);
}

function lastOf<T>(list: T[], ok: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i])) return list[i];
  return undefined;
}

/** A relative or participle clause continues the previous one: "a package, which includes €5bn for Kyiv". */
function continuesClause(view: SentenceView, clause: number): boolean {
  if (clause === 0) return false;
  const lead = view.clauseLead[clause];
  return lead === 'which' || lead === 'that' || lead === 'who' || lead.endsWith('ing');
}

function isAdverb(word: string): boolean {
  return word.length > 3 && word.endsWith('ly') && !ADVERB_EXCEPTIONS.has(word);
}

/** Action verbs of a sentence, with the auxiliaries around them read for tense, voice and negation. */
function findVerbs(view: SentenceView, actors: Actor[]): Verb[] {
  const { tokens } = view;
  const capsShare = tokens.filter((t) => t.cap).length / Math.max(1, tokens.length);
  const headline = tokens.length >= 3 && capsShare > 0.6;
  const verbs: Verb[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inMention) continue;
    const particle = tokens[i + 1] && tokens[i + 1].joined && !tokens[i + 1].inMention ? tokens[i + 1].lower : undefined;
    const phrasal = lookupPhrasal(t.lower, particle);
    const entry = phrasal ?? lookupVerb(t.lower);
    if (!entry) continue;
    const verbEnd = phrasal ? tokens[i + 1].end : t.end;
    if (t.cap && i > 0 && !headline) continue; // "Grant Thornton", "Block Inc."
    // The word before, adverbs skipped: decides between verb and noun readings.
    let p = i - 1;
    while (p >= 0 && isAdverb(tokens[p].lower) && tokens[p + 1].joined) p--;
    const prev = p >= 0 && tokens[p + 1].joined ? tokens[p] : undefined;
    const prevWord = prev?.lower ?? '';
    const next = tokens[i + 1];
    if (NOMINAL_BEFORE.has(prevWord) || prevWord.endsWith("'s")) continue; // "the pledged sum", "NATO's pledge"
    if (entry.form === 'base' || entry.form === 's') {
      if (NOUN_AMBIGUOUS.has(entry.lemma)) {
        // Right after a subject: "NATO pledges …", "Allies pledge …". A bare form after a singular name is a
        // compound noun instead ("City budget talks", "EU pledge").
        // Only the nearest actor before can be separated from the word by spaces alone.
        const a = actors[firstIndex(actors.length, (k) => actors[k].end > t.start) - 1];
        const afterActor =
          !!a &&
          /^\s*$/.test(view.text.slice(a.end - view.start, t.start - view.start)) &&
          (entry.form === 's' || entry.participle || a.kind === 'group' || /s$/.test(a.text));
        const licensed = AUXILIARIES.has(prevWord) || afterActor || (i === 0 && headline);
        if (!licensed || next?.lower === 'of') continue;
      }
    } else if (entry.form === 'ing') {
      const afterComma = i > 0 && !t.joined;
      if (!BE_FORMS.has(prevWord) && !ING_LICENSORS.has(prevWord) && !afterComma && i > 0) continue;
    }
    // Walk back over auxiliaries: "have pledged", "will not provide", "pledged to provide", "was given".
    let phraseStart = t.start;
    let negated = false;
    let future = false;
    let passive = false;
    let category = entry.category;
    let sawTo = false;
    let chained = false;
    let q = i - 1;
    for (let steps = 0; q >= 0 && steps < 5 && tokens[q + 1].joined; steps++, q--) {
      const w = tokens[q].lower;
      const first = sawTo && !tokens[q].cap ? lookupVerb(w) : undefined;
      if (tokens[q].inMention) {
        // "agreed on Friday to provide", "pledged last week to send": the date belongs to the intention word before it.
        const r = dateBeforeTo(view, q, sawTo);
        if (r < 0) break;
        phraseStart = tokens[r].start;
        q = r;
        continue;
      }
      if (BE_FORMS.has(w)) {
        if (!sawTo && (entry.participle || entry.form === 'past') && steps <= 1 + Number(negated)) passive = true;
      } else if (w === 'to') {
        sawTo = true;
      } else if (isNegation(w)) {
        negated = true;
      } else if (FUTURE_MARKERS.has(w)) {
        future = true;
        if (w === 'agreed' || w === 'agree' || w === 'agrees') chained = true;
      } else if (first) {
        // "pledged to provide", "asked to send": the first verb says what kind of act it is.
        if (first.category === 'pledge' || first.category === 'request' || first.category === 'cut') category = first.category;
        else if (first.category === 'other' || first.category === 'say') break;
        chained = first.category === 'pledge';
        removeVerbAt(verbs, tokens[q].start);
      } else if (PRONOUNS_PERSON.has(w) || PRONOUNS_OTHER.has(w) || w === 'who' || w === 'which' || w === 'that') {
        break;
      } else if (!(HAVE_FORMS.has(w) || AUXILIARIES.has(w) || CHAIN_VERBS.has(w) || isAdverb(w))) {
        break;
      }
      phraseStart = tokens[q].start;
    }
    // CAMEO keeps intent apart from delivery: "will provide" is a pledge. Paying and spending keep their category.
    if (future && category === 'provide') category = 'pledge';
    // "with €900m set aside for 2026": a participle right after an amount is a shortened passive.
    if (!passive && entry.participle && afterMoney(view, i)) passive = true;
    const infinitive = phraseStart < t.start && tokens[tokenAfter(view, phraseStart)].lower === 'to';
    verbs.push({
      start: t.start,
      end: verbEnd,
      phraseStart,
      lemma: entry.lemma,
      category,
      clause: clauseOf(view, t.start),
      negated,
      passive,
      planned: future || chained,
      infinitive,
      noun: false,
    });
    if (phrasal) i++;
  }
  return verbs;
}

const DATE_PREPS = new Set(['on', 'in', 'at', 'by', 'during', 'earlier', 'late', 'early']);

/**
 * Walking back from "to" over a DATE mention at token `q`: the index of the first token of "[prep] DATE" when an
 * intention or chain word governs it ("agreed on Friday to …"), else -1.
 */
function dateBeforeTo(view: SentenceView, q: number, sawTo: boolean): number {
  const { tokens } = view;
  const mi = tokens[q].mention;
  if (!sawTo || mi < 0 || view.mentions[mi].type !== 'DATE') return -1;
  let r = q;
  while (r > 0 && tokens[r - 1].mention === mi) r--;
  if (r > 0 && tokens[r].joined && !tokens[r - 1].inMention && DATE_PREPS.has(tokens[r - 1].lower)) r--;
  const gov = tokens[r - 1];
  if (!gov || !tokens[r].joined || gov.inMention || gov.cap) return -1;
  return FUTURE_MARKERS.has(gov.lower) || CHAIN_VERBS.has(gov.lower) || lookupVerb(gov.lower) ? r : -1;
}

/** The token follows a MONEY mention with only spaces between. */
function afterMoney(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1];
  return !!prev && view.tokens[i].joined && prev.mention >= 0 && view.mentions[prev.mention].type === 'MONEY';
}

function removeVerbAt(verbs: Verb[], start: number): void {
  const i = verbs.findIndex((v) => v.start === start);
  if (i >= 0) verbs.splice(i, 1);
}

/** "a pledge of $5m", "Germany's contribution of €2bn", "a €2 billion fine", "$3m in fines". */
function nounAction(view: SentenceView, m: Money): Verb | undefined {
  const { tokens } = view;
  const b = tokenBefore(view, m.start);
  const link = tokens[b]?.lower;
  let nounTok = -1;
  if ((link === 'of' || link === 'worth' || link === 'totaling' || link === 'totalling') && b > 0 && tokens[b].joined) {
    if (ACTION_NOUNS[tokens[b - 1].lower] && !tokens[b - 1].inMention) nounTok = b - 1;
  }
  if (nounTok < 0) {
    const a = tokenAfter(view, m.end);
    const t1 = tokens[a];
    if (t1 && !t1.inMention && ACTION_NOUNS[t1.lower] && /^[\s-]*$/.test(view.text.slice(m.end - view.start, t1.start - view.start))) nounTok = a;
    else if (t1?.lower === 'in' && tokens[a + 1] && ACTION_NOUNS[tokens[a + 1].lower]) nounTok = a + 1;
  }
  if (nounTok < 0) return undefined;
  const t = tokens[nounTok];
  const { lemma, category } = ACTION_NOUNS[t.lower];
  return { start: t.start, end: t.end, phraseStart: t.start, lemma, category, clause: clauseOf(view, t.start), negated: false, passive: false, planned: false, infinitive: false, noun: true };
}

interface Roles {
  actor: Actor | null;
  /** Actors listed with `actor` as one subject ("Germany, France and Italy"), in text order, without `actor`. */
  coActors: Actor[];
  recipient: Actor | null;
  /** How indirectly the roles were found (subtracted from the confidence). */
  penalty: number;
}

function findRoles(view: SentenceView, v: Verb, actors: Actor[], carry: Carry, m: Money | null, limit: number): Roles {
  const clause = clauseOf(view, v.phraseStart);
  const inClause = (a: Actor): boolean => a.clause === clause;
  let penalty = 0;
  let recipient: Actor | null = null;
  let actor: Actor | null = null;

  // Recipient: first object of give/pay/fine, else the actor after to/for following the verb (after the amount first).
  const objectActor = actors.find((a) => a.start >= v.end && a.start < limit && inClause(a) && onlyDeterminers(view, v.end, a.start));
  if (!v.noun && DITRANSITIVE.has(v.lemma) && objectActor && !v.passive) recipient = objectActor;
  if (!recipient) {
    const preps = v.category === 'fine' ? ['on', 'against', ...RECIPIENT_PREPS] : v.category === 'cut' || v.category === 'request' ? ['from', ...RECIPIENT_PREPS] : [...RECIPIENT_PREPS];
    const from = m && m.start > v.end ? m.end : v.end;
    const fromClause = m && m.start > v.end ? m.clause : clause;
    // A statement's addressee sits right after the verb ("said to reporters"), not anywhere in the sentence.
    const until = v.category === 'say' ? Math.min(limit, v.end + 12) : limit;
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
    const poss = actors.find((a) => a.end <= v.start && a.end > v.start - 40 && /^['’]s\b/.test(view.text.slice(a.end - view.start)));
    actor = poss ?? subject;
    if (!poss && actor) penalty += 0.05;
    return { actor, coActors: [], recipient: recipient !== actor ? recipient : null, penalty: penalty + 0.05 };
  }
  if (v.passive) {
    actor = prepActor(view, actors, ['by'], v.end, limit, clause);
    if (!recipient && DITRANSITIVE.has(v.lemma) && subject) recipient = subject; // "Ukraine was given $1bn"
    return { actor, coActors: [], recipient: recipient !== actor ? recipient : null, penalty };
  }
  actor = subject;
  const coActors = subject ? coordinatedBefore(view, actors, subjectIdx, recipient) : [];
  if (!actor) {
    const lead = view.clauseLead[clause];
    const pronoun = pronounBefore(view, v.phraseStart);
    if (clause > 0 && (lead === 'which' || lead === 'who' || lead === 'that')) {
      actor = lastOf(actors, (a) => a.end <= view.boundaries[clause - 1]) ?? null;
      penalty += 0.05;
    } else if (pronoun) {
      // "The foundation said it would donate …": a speaker earlier in the sentence, else the previous sentences.
      const person = PRONOUNS_PERSON.has(pronoun);
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
    const giver = prepActor(view, actors, ['from'], v.end, limit, clause);
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
    const joined = i === idx ? /^\s*,?\s*(?:and|&)\s+(?:the\s+)?$/i.test(gap) : /^\s*,\s*(?:the\s+)?$/.test(gap);
    if (!joined || prev === recipient || prepositional(view, prev)) break;
    const key = prev.entity ?? prev.id;
    if (!seen.has(key)) out.unshift(prev);
    seen.add(key);
  }
  return out;
}

/**
 * Reporting words besides the lexicon's `say` verbs: "announce" is a pledge there, believing and thinking no act at all;
 * "say" is the one bare form common enough to list ("officials say"): other bare forms are mostly nouns or infinitives
 * ("the report urges", "failed to report").
 */
const REPORTING_EXTRA = new Set(['say', 'announces', 'announced', 'believes', 'believed', 'thinks', 'thought']);

/** A finite form of a reporting verb: "said", "stressed", "explains". */
function isReporting(word: string): boolean {
  if (REPORTING_EXTRA.has(word)) return true;
  const v = lookupVerb(word);
  return v?.category === 'say' && (v.form === 's' || v.form === 'past');
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
function prepositional(view: SentenceView, a: Actor): boolean {
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
    if (words[i + 1] === 'of' && /^[a-z-]+$/.test(w) && i + 2 >= words.length - 1) {
      if (i + 2 === words.length || DETERMINERS.has(words[i + 2])) return true;
    }
    return false;
  }
  return /^[\sA-Za-z'’-]*$/.test(gap);
}

/** The first actor after one of `preps` that follows `from` (before `limit`, in the clause). */
function prepActor(view: SentenceView, actors: Actor[], preps: string[], from: number, limit: number, clause: number): Actor | null {
  const { tokens } = view;
  // Tokens after `from` are never in an earlier clause, so the clause ends at its closing boundary.
  const clauseEnd = view.boundaries[clause] ?? Infinity;
  for (let i = tokenAfter(view, from); i < tokens.length && tokens[i].start < limit; i++) {
    if (tokens[i].start >= clauseEnd) break;
    if (tokens[i].inMention || !preps.includes(tokens[i].lower)) continue;
    const after = tokens[i].end;
    const k = firstIndex(actors.length, (x) => actors[x].start >= after);
    const a = k < actors.length && actors[k].start < limit ? actors[k] : undefined;
    // "for Trump's role" names a possessor, not a recipient.
    if (a && onlyDeterminers(view, after, a.start) && !/^['’]s\b/.test(view.text.slice(a.end - view.start))) return a;
  }
  return null;
}

/** "he", "she", "it", "they" right before the verb phrase. */
function pronounBefore(view: SentenceView, offset: number): string | null {
  const i = tokenBefore(view, offset);
  if (i < 0) return null;
  const w = view.tokens[i].lower;
  return PRONOUNS_PERSON.has(w) || PRONOUNS_OTHER.has(w) ? w : null;
}

/**
 * The sentence's DATE for a fact whose core (amount, or verb, up to the recipient) spans from..to: same clause first,
 * then resolvable points and periods, then the nearest to that core. A date inside the verb phrase ("agreed on Friday
 * to provide …") dates the agreement, so a date of the complement ("… in the first quarter of 2025") wins over it.
 */
function pickTime(view: SentenceView, dates: DateM[], from: number, to: number, verb: Verb | undefined): DateM | null {
  let best: DateM | null = null;
  let bestScore = -Infinity;
  const clause = clauseOf(view, from);
  for (const d of dates) {
    // Another clause's date only from the main clause ("On Monday, …", a dateline), never into a clause with its own
    // subject, and never out of a relative or subordinate clause ("which gave $61bn last year").
    const dClause = d.clause;
    if (dClause !== clause && (dClause !== 0 || view.ownSubject[clause])) continue;
    const distance = d.end <= from ? from - d.end : Math.max(0, d.start - to);
    const duration = typeof d.timex === 'string' && d.timex.startsWith('P');
    const ofControlVerb = !!verb && d.start >= verb.phraseStart && d.end <= verb.start;
    const score =
      (dClause === clause ? 10000 : 0) + (d.start_date ? 5000 : 0) + (duration ? -8000 : 0) + (ofControlVerb ? -3000 : 0) - distance;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
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
  if (verb) c += verb.category === 'other' ? 0.1 : 0.2;
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

function updateCarry(view: SentenceView, actors: Actor[], carry: Carry): void {
  let subject: Actor | null = null;
  for (const a of actors) {
    if (a.kind === 'person') carry.person = a;
    if (!subject && !prepositional(view, a)) subject = a;
  }
  if (subject) carry.subject = subject;
}
