/**
 * Action words of a sentence: verbs of the pack's action records with the auxiliaries around them (tense, voice,
 * negation, "pledged to provide" chains), and the action nouns tied to an amount ("a pledge of $5m").
 */
import {
  AMOUNT_IN,
  AMOUNT_LINKS,
  BE_FORMS,
  CHAIN_VERBS,
  DATE_PREPOSITIONS,
  HAVE_FORMS,
  INFINITIVE_MARKERS,
  ING_LICENSORS,
  NOMINAL_BEFORE,
  OF_LINKS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  RELATIVE_SUBJECTS,
  VERB_LICENSORS,
} from '../lang/en/clauses';
import { isAdverb, isNegation, isPossessive, looksPlural } from '../lang/en/facts/morphology';
import { CONTROL_NOUNS } from '../lang/en/frames';
import { futureCues } from '../lang/en/tense';
import { firstIndex } from '../util/bisect';
import { FRAMES } from './categories';
import { actionNoun, lookupPhrasal, lookupVerb, NOUN_LIKE, RECEIVING } from './lexicon';
import type { Actor, Money, Verb } from './parts';
import { clauseOf, tokenAfter, tokenBefore, type SentenceView } from './sentence';

/**
 * Future or intention wording before a verb: "will provide", "plans to send", "agreed to pay", "is expected to give".
 * They set `planned`, and give a category its `plannedAs` (a planned delivery is a pledge).
 */
const FUTURE_MARKERS = new Set(futureCues('facts'));

const HYPHEN = '-';

/** Action verbs of a sentence, with the auxiliaries around them read for tense, voice and negation. */
export function findVerbs(view: SentenceView, actors: Actor[]): Verb[] {
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
    if (view.text[t.start - view.start - 1] === HYPHEN) continue; // "U.S.-supplied arms": a compound adjective
    // The word before, adverbs skipped: decides between verb and noun readings.
    let p = i - 1;
    while (p >= 0 && isAdverb(tokens[p].lower) && tokens[p + 1].joined) p--;
    const prev = p >= 0 && tokens[p + 1].joined ? tokens[p] : undefined;
    const prevWord = prev?.lower ?? '';
    const next = tokens[i + 1];
    if (NOMINAL_BEFORE.has(prevWord) || isPossessive(prevWord)) continue; // "the pledged sum", "NATO's pledge"
    if (entry.form === 'base' || entry.form === 's') {
      if (NOUN_LIKE.has(entry.lemma)) {
        // Right after a subject: "NATO pledges …", "Allies pledge …". A bare form after a singular name is a
        // compound noun instead ("City budget talks", "EU pledge").
        // Only the nearest actor before can be separated from the word by spaces alone.
        const a = actors[firstIndex(actors.length, (k) => actors[k].end > t.start) - 1];
        const afterActor =
          !!a &&
          /^\s*$/.test(view.text.slice(a.end - view.start, t.start - view.start)) &&
          (entry.form === 's' || entry.participle || a.kind === 'group' || looksPlural(a.text));
        const licensed = VERB_LICENSORS.has(prevWord) || afterActor || (i === 0 && headline);
        if (!licensed || (next && OF_LINKS.has(next.lower))) continue;
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
      } else if (INFINITIVE_MARKERS.has(w)) {
        sawTo = true;
      } else if (isNegation(w)) {
        negated = true;
      } else if (FUTURE_MARKERS.has(w)) {
        future = true;
      } else if (first) {
        // "pledged to provide", "asked to send": the first verb may say what kind of act it is, or be one of its own.
        const control = FRAMES[first.category].control;
        if (control === 'separate') break;
        if (control === 'names' || control === 'promises') category = first.category;
        chained = control === 'promises';
        removeVerbAt(verbs, tokens[q].start);
      } else if (sawTo && CONTROL_NOUNS.has(w)) {
        // "Canada's decision to send …": an intention, so the act is planned; the noun's owner acts (subject.ts).
        future = true;
        break;
      } else if (PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w) || RELATIVE_SUBJECTS.has(w)) {
        break;
      } else if (!(HAVE_FORMS.has(w) || VERB_LICENSORS.has(w) || CHAIN_VERBS.has(w) || isAdverb(w))) {
        break;
      }
      phraseStart = tokens[q].start;
    }
    // CAMEO keeps intent apart from delivery: "will provide" is a pledge. Paying and spending keep their category.
    // A receipt to come ("will receive", "will raise") is no promise of the receiver's: it stays what it is, planned.
    if (future && !RECEIVING.has(entry.lemma)) category = FRAMES[category].plannedAs ?? category;
    // "with €900m set aside for 2026": a participle right after an amount is a shortened passive.
    if (!passive && entry.participle && afterMoney(view, i)) passive = true;
    const infinitive = phraseStart < t.start && INFINITIVE_MARKERS.has(tokens[tokenAfter(view, phraseStart)].lower);
    const bareParticiple = entry.participle && entry.form === 'past' && phraseStart === t.start;
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
      bareParticiple,
      noun: false,
    });
    if (phrasal) i++;
  }
  return verbs;
}

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
  if (r > 0 && tokens[r].joined && !tokens[r - 1].inMention && DATE_PREPOSITIONS.has(tokens[r - 1].lower)) r--;
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
export function nounAction(view: SentenceView, m: Money): Verb | undefined {
  const { tokens } = view;
  const b = tokenBefore(view, m.start);
  const link = tokens[b];
  let nounTok = -1;
  if (link && AMOUNT_LINKS.has(link.lower) && b > 0 && link.joined) {
    if (actionNoun(tokens[b - 1].lower) && !tokens[b - 1].inMention) nounTok = b - 1;
  }
  if (nounTok < 0) {
    const a = tokenAfter(view, m.end);
    const t1 = tokens[a];
    if (t1 && !t1.inMention && actionNoun(t1.lower) && /^[\s-]*$/.test(view.text.slice(m.end - view.start, t1.start - view.start))) nounTok = a;
    else if (t1 && AMOUNT_IN.has(t1.lower) && tokens[a + 1] && actionNoun(tokens[a + 1].lower)) nounTok = a + 1;
  }
  if (nounTok < 0) return undefined;
  const t = tokens[nounTok];
  const { lemma, category } = actionNoun(t.lower)!;
  return {
    start: t.start,
    end: t.end,
    phraseStart: t.start,
    lemma,
    category,
    clause: clauseOf(view, t.start),
    negated: false,
    passive: false,
    planned: false,
    infinitive: false,
    bareParticiple: false,
    noun: true,
  };
}
