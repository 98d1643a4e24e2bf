/**
 * Which act an amount belongs to: a fact is emitted only when an action word governs the amount, so money that no
 * predicate governs ("revenue of $150m", "shares fell $2", "a $6,500 tree") stays a mention. In order:
 *   1. an amount joined to the one before it by "and", "or", "plus" shares its act ("$325,000 in 1989 and $340,000 in
 *      1990"), and shares having none;
 *   2. a passive, participle or relative clause right after the amount's noun phrase: "$1.7bn was contributed by …",
 *      "$150m loaned from the bank", "the $188m debt, which was lent to …", "a $20,000 fee that investors pay" —
 *      except a participle after ", with": "pledged aid to Latvia, with €900m set aside for 2026" is the pledge's;
 *   3. the verb before it in the clause whose object the amount is: "paid $5m", "gave Kyiv $1bn", "provided Kyiv with
 *      $1bn", "pledged aid to Kyiv, with €2bn in …" — but not through a price, change or level preposition ("bought
 *      for $5m", "cut by $2", "rose to $1bn") nor through a noun that is no quantity ("revenue of $150m");
 *   4. an action noun tied to it: "a pledge of $5m", "€2bn in aid", "a $1m gift".
 * A verb's amount is then read with its own noun phrase (`throughPhrase`): "$750m of debentures" is a securities issue,
 * "approved a $20,000 fee" ties a promise to a price (neither is a fact), "proposed $1.2m in fines" is a planned fine.
 * The governor may be a verb whose record says its amounts are no transfer (`amounts: 'block'`: "sold … for $5m"):
 * it still claims the amount, and the caller makes no fact of it.
 */
import { AGENT_PREPOSITIONS } from '../lang/en/actions';
import { AMOUNT_IN, AMOUNT_LINKS, BE_FORMS, DETERMINERS, FINITE_MARKERS, INFINITIVE_MARKERS, OF_LINKS, PREPOSITIONS, RELATIVE_SUBJECTS } from '../lang/en/clauses';
import { hasTag, lexTags, TAG_GROUPS } from '../lang/en/compromise-lexicon';
import { isVerbShaped } from '../lang/en/facts/morphology';
import {
  AMOUNT_COORDINATORS,
  AMOUNT_GIVEN_AFTER,
  MAX_AMOUNT_TO_VERB_WORDS,
  MAX_OBJECT_WORDS,
  PHRASE_STOPS,
  QUANTITY_NOUNS,
  SECURITIES,
  SUBJECT_PRONOUNS,
  TRANSFER_OBJECTS,
  VALUE_BEFORE_AMOUNT,
} from '../lang/en/frames';
import { QUALIFIERS_OUTSIDE_SPAN } from '../lang/en/money-words';
import { FRAMES } from './categories';
import { actionNoun, DITRANSITIVE, lookupVerb, NOUN_LIKE, WITH_OBJECT } from './lexicon';
import { amountPhrase, headWord } from './objects';
import { lastOf, type Governor, type Money, type Verb } from './parts';
import { tokenAfter, tokenBefore, type SentenceView, type Token } from './sentence';
import { nounAction } from './verbs';

const AGENT = new Set(AGENT_PREPOSITIONS);

/** The amount before `m` in the sentence and what governed it, for coordination. */
export interface PreviousAmount {
  money: Money;
  governor: Governor | null;
}

export function governorOf(view: SentenceView, m: Money, verbs: readonly Verb[], prev: PreviousAmount | null): Governor | null {
  if (prev && coordinated(view, prev.money, m)) return prev.governor && { verb: prev.governor.verb, how: 'coordinated' };
  const g = verbGovernor(view, m, verbs);
  return g && !g.verb.noun ? throughPhrase(view, g, m, verbs) : g;
}

function verbGovernor(view: SentenceView, m: Money, verbs: readonly Verb[]): Governor | null {
  const after = verbAfter(view, m, verbs);
  const before = verbBefore(view, m, verbs);
  // "pledged air defence to Latvia, with €900m set aside for 2026": the participle only says how the amount stands.
  const bare = after && after.verb.phraseStart === after.verb.start;
  if (after && !(before && bare && lastWordIs(view, m.start, AMOUNT_GIVEN_AFTER))) return after;
  if (before) return { verb: before, how: 'object' };
  const noun = nounAction(view, m);
  return noun ? { verb: noun, how: 'noun' } : null;
}

/**
 * What the amount's own noun phrase says about the act: "$750m of debentures" is a securities issue (no fact);
 * "approved a $20,000 fee", "withdrew a $475m junk offering" tie the amount to a thing no record of promises,
 * requests or cuts moves (no fact); "proposed $1.2m in fines" is the noun's act, planned.
 */
function throughPhrase(view: SentenceView, g: Governor, m: Money, verbs: readonly Verb[]): Governor | null {
  const own = amountPhrase(view, m, verbs);
  if (!own) return g;
  const words = own.span.text.toLowerCase().split(/\s+/);
  const head = headWord(own.span);
  if (own.link === 'partitive' && securitiesAfter(view, m)) return null;
  const frame = FRAMES[g.verb.category];
  if (own.link === 'compound' && frame.modifiedAmount === 'transfer' && !words.some((w) => TRANSFER_OBJECTS.has(w))) return null;
  const noun = own.link === 'partitive' ? undefined : actionNoun(head);
  if (noun && frame.defersToNoun && g.verb.category !== noun.category && FRAMES[noun.category].amounts === 'fact') {
    const planned = FRAMES[noun.category].plannedAs;
    return { how: g.how, verb: { ...g.verb, category: planned ?? noun.category, planned: g.verb.planned || !planned } };
  }
  return g;
}

/** "$750m of non-callable 30-year debentures": a securities word among the few words after the amount's "of". */
function securitiesAfter(view: SentenceView, m: Money): boolean {
  const { tokens } = view;
  const start = tokenAfter(view, m.end);
  for (let i = start + 1; i < tokens.length && i <= start + MAX_AMOUNT_TO_VERB_WORDS; i++) {
    if (tokens[i].inMention || isClauseWord(tokens[i].lower) || PREPOSITIONS.has(tokens[i].lower)) return false;
    if (SECURITIES.has(tokens[i].lower)) return true;
  }
  return false;
}

/** The verb before `m` in its clause whose object region reaches the amount, or undefined. */
function verbBefore(view: SentenceView, m: Money, verbs: readonly Verb[]): Verb | undefined {
  const v = lastOf(verbs, (x) => x.end <= m.start && x.clause === m.clause);
  if (!v || FRAMES[v.category].amounts === 'none') return undefined;
  // A passive takes an amount after it only as its second object: "was given $5m", "was provided with €1bn".
  if (v.passive && !DITRANSITIVE.has(v.lemma) && !(WITH_OBJECT.has(v.lemma) && lastWordIs(view, m.start, AMOUNT_GIVEN_AFTER))) return undefined;
  return objectRegion(view, v.end, amountStart(view, m)) ? v : undefined;
}

/** Where the amount's phrase starts: before a qualifier written outside the MONEY span ("pays up to $30,000"). */
function amountStart(view: SentenceView, m: Money): number {
  const before = view.text.slice(Math.max(0, m.start - view.start - 24), m.start - view.start).toLowerCase();
  for (const q of QUALIFIERS_OUTSIDE_SPAN) {
    const at = before.length - q.length - 1;
    if (before.endsWith(`${q} `) && (at === 0 || /\s/.test(before[at - 1]))) return m.start - q.length - 1;
  }
  return m.start;
}

/**
 * Between a verb and an amount: the verb's objects and modifiers only ("gave two inventors of the microchip a …",
 * "pledged aid to Kyiv, with …"), no other verb, clause mark or amount, and no price or change preposition right
 * before the amount.
 */
function objectRegion(view: SentenceView, from: number, to: number): boolean {
  const gap = view.text.slice(from - view.start, to - view.start);
  if (/[;:()"“”]|\s[—–-]\s|—/.test(gap)) return false;
  const comma = gap.lastIndexOf(',');
  if (comma >= 0 && !onlyGivenAfter(gap.slice(comma + 1))) return false;
  const { tokens } = view;
  let words = 0;
  let lastMention = -1;
  const first = tokenAfter(view, from);
  // "Funded by a $1 million gift from …": the amount is in the passive's agent phrase, not the verb's object.
  if (tokens[first] && tokens[first].end <= to && AGENT.has(tokens[first].lower)) return false;
  for (let i = first; i < tokens.length && tokens[i].end <= to; i++) {
    const t = tokens[i];
    if (t.inMention) {
      if (view.mentions[t.mention].type === 'MONEY') return false;
      if (t.mention !== lastMention) words++;
      lastMention = t.mention;
      continue;
    }
    if (++words > MAX_OBJECT_WORDS || isClauseWord(t.lower)) return false;
    // "sent Anheuser shares plunging $4.375": a participle after a noun opens a clause of its own ("the remaining
    // $5m", "aid totaling $5bn" do not).
    if (isVerbShaped(t.lower) && !AMOUNT_LINKS.has(t.lower) && i > first && !DETERMINERS.has(tokens[i - 1].lower)) return false;
  }
  const b = tokenBefore(view, to);
  const last = tokens[b];
  if (!last || last.inMention || !/^\s*$/.test(view.text.slice(last.end - view.start, to - view.start))) return true;
  if (VALUE_BEFORE_AMOUNT.has(last.lower)) return false;
  if (!PREPOSITIONS.has(last.lower)) return true;
  if (!AMOUNT_GIVEN_AFTER.has(last.lower)) return false;
  // "a total of $5m", "1/10th of one cent" measure the amount; "revenue of $150m" names something else.
  if (!OF_LINKS.has(last.lower)) return true;
  if (/\d\S*\s*$/.test(view.text.slice(Math.max(0, last.start - view.start - 12), last.start - view.start))) return true;
  return b > 0 && tokens[b - 1].end <= last.start && QUANTITY_NOUNS.has(tokens[b - 1].lower) && onlySpaces(view, tokens[b - 1].end, last.start);
}

/** ", with €2bn": after the last comma before an amount only "with" (the amount of what the clause gave). */
function onlyGivenAfter(tail: string): boolean {
  const words = tail.trim().toLowerCase().split(/\s+/);
  return words.length === 1 && AMOUNT_GIVEN_AFTER.has(words[0]) && !OF_LINKS.has(words[0]);
}

/** A word that starts another verb phrase or clause: an auxiliary, a relative word, a verb form that is no noun. */
function isClauseWord(w: string): boolean {
  if (FINITE_MARKERS.has(w) || RELATIVE_SUBJECTS.has(w)) return true;
  const v = lookupVerb(w);
  if (!v) return false;
  return v.form === 'past' || v.form === 'ing' || !NOUN_LIKE.has(v.lemma);
}

/**
 * A verb right after the amount's noun phrase that takes the amount: a passive or bare participle ("$5m was paid",
 * "$205m in projects earmarked by members", "the $188m debt, which was lent to …"), or an active verb whose object
 * the amount is, its subject between them ("a $20,000 fee that investors will have to pay", "every $15,000 you send").
 */
function verbAfter(view: SentenceView, m: Money, verbs: readonly Verb[]): Governor | null {
  const v = verbs.find((x) => x.start >= m.end && !x.noun);
  if (!v || FRAMES[v.category].amounts === 'none') return null;
  const gap = amountGap(view, m.end, v.phraseStart);
  if (!gap) return null;
  if (v.passive || v.bareParticiple) return gap.subject ? null : { verb: v, how: 'passive' };
  if (!gap.subject || v.infinitive || ownAmount(view, v)) return null;
  return { verb: v, how: 'relative' };
}

interface AmountGap {
  /** A subject stands right before the verb ("that investors …", "you"): an object relative clause. */
  subject: boolean;
}

/**
 * The words between an amount and a verb after it, when they only finish the amount's noun phrase ("in road projects",
 * "of exploration funds", "debt, which", "fee that") and, for an object relative, name the clause's subject. A bracketed
 * restatement ("1 billion yuan ($270 million) was spent") is skipped.
 */
function amountGap(view: SentenceView, from: number, to: number): AmountGap | null {
  const { tokens, mentions } = view;
  let text = view.text.slice(from - view.start, to - view.start);
  const bracket = /^\s*\(([^()]*)\)/.exec(text);
  if (bracket && onlyMoney(view, from + bracket.index, from + bracket[0].length)) text = text.slice(bracket[0].length);
  // Only a comma before a relative pronoun may stand in the gap ("the debt, which was lent").
  if (/[;:()"“”—–]/.test(text)) return null;
  let words = 0;
  let relative = false;
  let subject = false;
  for (let i = tokenAfter(view, from); i < tokens.length && tokens[i].end <= to; i++) {
    const t = tokens[i];
    if (t.inMention) {
      const type = mentions[t.mention].type;
      if (type === 'MONEY' && bracket && t.start < from + bracket[0].length) continue;
      if (type !== 'ACTOR') return null;
      subject = true;
      continue;
    }
    const w = t.lower;
    if (subject) {
      if (!AMOUNT_COORDINATORS.has(w) && !DETERMINERS.has(w)) return null; // "investors and the companies"
      continue;
    }
    if (SUBJECT_PRONOUNS.has(w)) {
      subject = true;
      continue;
    }
    if (RELATIVE_SUBJECTS.has(w)) {
      if (relative) return null;
      relative = true;
      continue;
    }
    if (relative) {
      // After "that": the subject's determiner and modifiers ("that the city …").
      if (DETERMINERS.has(w)) continue;
      return null;
    }
    if (commaBefore(view, t) || ++words > MAX_AMOUNT_TO_VERB_WORDS) return null;
    if (OF_LINKS.has(w) || AMOUNT_IN.has(w) || DETERMINERS.has(w)) continue;
    if (PREPOSITIONS.has(w) || PHRASE_STOPS.has(w) || BE_FORMS.has(w) || isClauseWord(w)) return null;
  }
  return { subject };
}

/** The span holds one MONEY mention and nothing else. */
function onlyMoney(view: SentenceView, from: number, to: number): boolean {
  const inside = view.mentions.filter((x) => x.start >= from && x.end <= to);
  return inside.length === 1 && inside[0].type === 'MONEY';
}

/** A comma stands right before the token (spaces skipped). */
function commaBefore(view: SentenceView, t: Token): boolean {
  if (t.joined) return false;
  let c = t.start - view.start - 1;
  while (c > 0 && /\s/.test(view.text[c])) c--;
  return view.text[c] === ',';
}

/** The verb governs an amount of its own after it ("… that the city paid $5m for"). */
function ownAmount(view: SentenceView, v: Verb): boolean {
  const next = view.mentions.find((x) => x.type === 'MONEY' && x.start >= v.end);
  return !!next && objectRegion(view, v.end, next.start);
}

/** "$325,000 in 1989 and $340,000 in 1990": a coordinator, no verb, between two amounts. */
function coordinated(view: SentenceView, a: Money, b: Money): boolean {
  const { tokens } = view;
  if (/[;:()]/.test(view.text.slice(a.end - view.start, b.start - view.start))) return false;
  let joined = false;
  let words = 0;
  for (let i = tokenAfter(view, a.end); i < tokens.length && tokens[i].end <= b.start; i++) {
    const t = tokens[i];
    if (t.inMention) continue;
    if (++words > MAX_OBJECT_WORDS || isClauseWord(t.lower)) return false;
    // "… and ordered to disgorge $12,000", "… and redeem $20 billion": after the conjunction a verb of its own.
    if (joined && (INFINITIVE_MARKERS.has(t.lower) || isVerbShaped(t.lower) || hasTag(lexTags(t.lower), TAG_GROUPS.verb))) return false;
    if (AMOUNT_COORDINATORS.has(t.lower) || (i + 2 < tokens.length && AMOUNT_COORDINATORS.has(`${t.lower} ${tokens[i + 1].lower} ${tokens[i + 2].lower}`))) joined = true;
  }
  return joined;
}

function onlySpaces(view: SentenceView, from: number, to: number): boolean {
  return /^\s*$/.test(view.text.slice(from - view.start, to - view.start));
}

/** The word right before `offset` is one of `set`. */
function lastWordIs(view: SentenceView, offset: number, set: ReadonlySet<string>): boolean {
  const t = view.tokens[tokenBefore(view, offset)];
  return !!t && !t.inMention && set.has(t.lower);
}
