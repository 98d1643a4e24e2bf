/**
 * English word shapes the facts engine reads: regular verb forms, adverbs, negation and possessive endings. Each reads
 * the word tables of `../clauses.ts`; per-language rules, so they live in the language pack.
 */
import type { VerbForms } from '../actions';
import { HONORIFICS } from '../actors-gazetteer';
import {
  ADVERB_ENDING,
  ADVERB_EXCEPTIONS,
  FINITE_MARKERS,
  NEGATIONS,
  NEGATIVE_CLITIC,
  PARTICIPLE_ENDING,
  POSSESSIVE_ENDING,
} from '../clauses';

/** Regular forms of a verb: "provide" → provides, provided, provided, providing; "supply" → supplies, supplied. */
export function inflect(lemma: string): VerbForms {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [s, past, past, ing];
}

/** "jointly", "reportedly"; not "only", "July" or "supply". */
export function isAdverb(word: string): boolean {
  return word.length > 3 && word.endsWith(ADVERB_ENDING) && !ADVERB_EXCEPTIONS.has(word);
}

/** "not", "never", "refused", and every "-n't" form. */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith(NEGATIVE_CLITIC);
}

/** A word that shows a finite verb phrase starts here: "…, has not announced", "and the EU had set aside", "…, doesn't send". */
export function isFiniteMarker(word: string): boolean {
  return FINITE_MARKERS.has(word) || word.endsWith(NEGATIVE_CLITIC);
}

/** "NATO's": the word is a possessor, so the word after it is a noun. */
export function isPossessive(word: string): boolean {
  return word.endsWith(POSSESSIVE_ENDING);
}

/** The text right after a name starts with the possessive ending ("Japan's pledge", curly apostrophe too). */
export const POSSESSIVE_AFTER = /^['’]s\b/;

/** A name that ends like a plural ("Allies", "the Netherlands"): a bare verb form may follow it ("Allies pledge"). */
export function looksPlural(name: string): boolean {
  return name.endsWith('s');
}

/** An -ing word: as a clause's first word it makes a participle clause (", underscoring its support"). */
export function isParticiple(word: string): boolean {
  return word.endsWith(PARTICIPLE_ENDING);
}

/** "-ed" and "-ing" words: verb forms (or adjectives made from them) that end a noun phrase's modifiers. */
export function isVerbShaped(word: string): boolean {
  return word.length > 4 && (word.endsWith('ed') || word.endsWith(PARTICIPLE_ENDING));
}

/** "Mr.", "Sen.", "Dr" before a name (outside its mention span), with or without the period. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word) || HONORIFICS.has(`${word}.`);
}
