/**
 * What is given and what for, as the sentence writes them:
 *   object  — the amount's own noun phrase ("€2bn in military aid", "$4.8bn of coupon interest payments", "a $534m
 *             Navy contract"), else the action noun ("a $5m grant"), else the verb's object when it is no amount and
 *             no party ("pledged substantial military assistance to Ukraine", "supply air-defence systems");
 *   purpose — a purpose preposition of the act with no party after it ("for reconstruction", "spent $2m on
 *             promotion"), or an infinitive after it ("spent $50m to introduce its new line").
 * Short noun phrases read word by word: no verb, preposition or clause word inside, at most `MAX_PHRASE_WORDS`.
 */
import { AMOUNT_IN, AMOUNT_LINKS, CHAIN_VERBS, DETERMINERS, OF_LINKS, PREPOSITIONS } from '../lang/en/clauses';
import { futureCues } from '../lang/en/tense';
import { CONTROL_NOUNS, MAX_PHRASE_WORDS, PHRASE_STOPS, PURPOSE_INFINITIVE, QUANTITY_NOUNS } from '../lang/en/frames';
import { FACT_CATEGORIES, FRAMES } from './categories';
import { lookupVerb, NOUN_LIKE } from './lexicon';
import type { Actor, Money, Verb } from './parts';
import { tokenAfter, type SentenceView } from './sentence';
import type { FactCategory, TextSpan } from './types';

/** "continue to", "plans to", "agreed to": the infinitive after these is a chained act, not a purpose. */
const INTENTIONS = new Set(futureCues('facts'));

const PURPOSE_PREPOSITIONS: ReadonlyMap<FactCategory, ReadonlySet<string>> = new Map(
  FACT_CATEGORIES.map((c) => [c, new Set(FRAMES[c].purposePrepositions)]),
);

/** The noun phrase an amount is part of, after it: "in military aid", "of interest payments", or a compound. */
export interface AmountPhrase {
  /**
   * `kind`: "$2bn in military aid" (what the money is); `partitive`: "$4.8bn of interest payments" (what it is part
   * of); `compound`: the amount modifies the noun ("a $534m Navy contract", "a $500 fine").
   */
  link: 'kind' | 'partitive' | 'compound';
  span: TextSpan;
}

/**
 * "$2bn in military aid", "$4.8bn of interest payments", "a $534m Navy contract"; null when the amount stands alone.
 * A determiner right after the amount starts a rate ("$100 a week"), no phrase of its own.
 */
export function amountPhrase(view: SentenceView, m: Money, verbs: readonly Verb[]): AmountPhrase | null {
  const { tokens } = view;
  const i = tokenAfter(view, m.end);
  const t = tokens[i];
  if (!t || t.inMention || !/^\s+$/.test(view.text.slice(m.end - view.start, t.start - view.start)) || DETERMINERS.has(t.lower)) return null;
  const link = AMOUNT_IN.has(t.lower) ? 'kind' : OF_LINKS.has(t.lower) ? 'partitive' : 'compound';
  const np = phraseAt(view, link === 'compound' ? i : i + 1, verbs);
  return np && { link, span: np };
}

/** The object of the act `v` (amount `m`; `indirect`: a recipient read as the verb's first object), or null. */
export function objectOf(view: SentenceView, v: Verb, m: Money | null, indirect: Actor | null, verbs: readonly Verb[]): TextSpan | null {
  const nounPhrase = (i: number): TextSpan | null => phraseAt(view, i, verbs);
  const own = m && amountPhrase(view, m, verbs);
  if (own) return own.span;
  if (v.noun) return span(view, v.start, v.end);
  if (m && m.start < v.end) return null;
  // The verb's object, after a recipient that comes first ("gave Ukraine air-defence systems").
  const from = indirect && indirect.start >= v.end ? indirect.end : v.end;
  const np = nounPhrase(tokenAfter(view, from));
  return np && (!m || np.end <= m.start) ? np : null;
}

/** The purpose of the act `v`, searched after the amount, the object or the verb, up to `limit`. */
export function purposeOf(view: SentenceView, v: Verb, from: number, limit: number, verbs: readonly Verb[]): TextSpan | null {
  const { tokens } = view;
  const nounPhrase = (i: number): TextSpan | null => phraseAt(view, i, verbs);
  const preps = PURPOSE_PREPOSITIONS.get(v.category)!;
  const clauseEnd = view.boundaries.find((b) => b > from) ?? Infinity;
  for (let i = tokenAfter(view, from); i < tokens.length && tokens[i].start < Math.min(limit, clauseEnd); i++) {
    const t = tokens[i];
    if (t.inMention) continue;
    // Past another verb or a clause word the words are no longer the act's ("… as efforts continue to unfold").
    if (PHRASE_STOPS.has(t.lower) || verbs.some((v) => !v.noun && v.start === t.start) || lookupVerb(t.lower)?.form === 'past') return null;
    const next = tokens[i + 1];
    if (!next || !next.joined) continue;
    const prev = tokens[i - 1];
    const chained = !!prev && (CHAIN_VERBS.has(prev.lower) || INTENTIONS.has(prev.lower) || CONTROL_NOUNS.has(prev.lower));
    if (PURPOSE_INFINITIVE.has(t.lower) && !chained && !next.inMention && !DETERMINERS.has(next.lower) && !next.cap) {
      // "to introduce its new line": the infinitive and its object.
      return clause(view, i + 1, Math.min(limit, clauseEnd));
    }
    if (preps.has(t.lower)) {
      const np = nounPhrase(i + 1);
      if (np) return np;
    }
  }
  return null;
}

/**
 * The noun phrase starting at token `i` (a leading determiner skipped): words joined by spaces, none a preposition,
 * clause word or verb form, at most `MAX_PHRASE_WORDS`; a name may modify it ("Navy contract") but not end it (then
 * it is a party, not a thing), no word read as a verb of the sentence ("€900m set aside"). Null when there is none.
 */
function phraseAt(view: SentenceView, i: number, verbs: readonly Verb[]): TextSpan | null {
  const { tokens, mentions } = view;
  if (tokens[i] && !tokens[i].inMention && DETERMINERS.has(tokens[i].lower)) i++;
  const first = i;
  let last = -1;
  for (let n = 0; i < tokens.length && n < MAX_PHRASE_WORDS; i++, n++) {
    const t = tokens[i];
    if (i > first && !t.joined) break;
    if (t.inMention) {
      if (mentions[t.mention].type !== 'ACTOR') break;
      continue;
    }
    if (!isNominal(t.lower) || verbs.some((v) => !v.noun && v.start === t.start)) break;
    last = i;
  }
  // "a total of $25.6bn": a word that only measures the amount is no object.
  if (last < first || (last === first && QUANTITY_NOUNS.has(tokens[last].lower))) return null;
  return span(view, tokens[first].start, tokens[last].end);
}

/** An infinitive clause from token `i`: its words up to a comma, a clause word or `limit`, no function word last. */
function clause(view: SentenceView, i: number, limit: number): TextSpan | null {
  const { tokens } = view;
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i < MAX_PHRASE_WORDS && tokens[k].end <= limit; k++) {
    if (!tokens[k].joined || PHRASE_STOPS.has(tokens[k].lower)) break;
    last = k;
  }
  while (last > i && (PREPOSITIONS.has(tokens[last].lower) || DETERMINERS.has(tokens[last].lower))) last--;
  return span(view, tokens[i].start, tokens[last].end);
}

/** The last word of a phrase, lower case: its head. */
export function headWord(phrase: TextSpan): string {
  const words = phrase.text.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}

function isNominal(w: string): boolean {
  if (PREPOSITIONS.has(w) || PHRASE_STOPS.has(w) || AMOUNT_LINKS.has(w)) return false;
  const v = lookupVerb(w);
  return !v || ((v.form === 'base' || v.form === 's') && NOUN_LIKE.has(v.lemma));
}

function span(view: SentenceView, start: number, end: number): TextSpan {
  return { start, end, text: view.text.slice(start - view.start, end - view.start) };
}
