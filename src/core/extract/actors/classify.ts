/** The kind of a capitalised run of words (titles already removed), and the rule that decided it. */
import type { ActorKind } from '../../model';
import { FAC_HEADS, GPE_HEADS, LEGAL_SUFFIXES, LOC_HEADS, ORG_HEADS, PLACE_PREFIXES } from '../../lang/en/actors-gazetteer';
import { isCommonWord, isCompoundDemonym, isGivenName, isListedNorp, knownInLexicon, knownInLists, known, type KnownKind } from './known';
import { LIST_RULES, type Decision } from './rules';
import { CHINESE_SURNAMES, PINYIN_NAME } from '../../lang/en/actors-names';

/** Kinds the name lists settle for a whole name; given and family names alone do not (one-word names aside). */
const LIST_KIND: Record<NonNullable<KnownKind>, ActorKind | undefined> = {
  country: 'place',
  state: 'place',
  city: 'place',
  region: 'place',
  norp: 'group',
  org: 'organization',
  person: 'person',
  first: undefined,
  last: undefined,
};

/** One word in capitals (with "&" or "."): "IBM", "AT&T", "U.S." */
export const ALL_CAPS = /^[\p{Lu}&.]+$/u;

export function classify(words: string[]): Decision {
  const phrase = words.join(' ').toLowerCase();
  const listed = knownInLists(phrase);
  const k = listed ?? knownInLexicon(phrase);
  const listKind = k && LIST_KIND[k];
  if (listKind) return listDecision(listKind, phrase, listed !== undefined);
  if (k === 'last' && words.length > 1) return listDecision('person', phrase, listed !== undefined);
  const last = lastWord(words);
  if (words.length > 1 && LEGAL_SUFFIXES.has(last)) return { kind: 'organization', rule: 'actor.company-suffix' };
  if (ORG_HEADS.has(last)) return { kind: 'organization', rule: 'actor.org-head' };
  if (LOC_HEADS.has(last) || GPE_HEADS.has(last) || FAC_HEADS.has(last)) return { kind: 'place', rule: 'actor.place-head' };
  // "San Simeon", "Fort Worth"; not "Los Angeles Herald Examiner", a name after a known place's.
  if (words.length > 1 && PLACE_PREFIXES.has(words[0].toLowerCase()) && (words.length === 2 || !known(words.slice(0, 2).join(' ').toLowerCase()))) {
    return { kind: 'place', rule: 'actor.place-head' };
  }
  if (words.length === 1) {
    if (ALL_CAPS.test(words[0]) && words[0].length > 1) return { kind: 'organization', rule: 'actor.acronym' };
    if (k === 'first' || k === 'last') return listDecision('person', phrase, listed !== undefined);
    return { kind: 'organization', rule: 'actor.default.org' };
  }
  const first = known(words[0].toLowerCase());
  if (first === 'person' || isGivenName(words[0].toLowerCase())) {
    return { kind: 'person', rule: 'actor.first-word.person' };
  }
  if (isChineseName(words)) return { kind: 'person', rule: 'actor.chinese-name' };
  if (first === 'country' || first === 'norp' || first === 'city' || first === 'state' || first === 'org') {
    return { kind: 'organization', rule: 'actor.first-word.org' };
  }
  // Two or three plain capitalised words with no institutional head read most often as a person's name.
  if (words.length <= 3 && words.every((w) => !ALL_CAPS.test(w) && /^\p{Lu}\p{Ll}/u.test(w))) {
    return known(last) === 'last' || words.every((w) => !isCommonWord(w.toLowerCase()))
      ? { kind: 'person', rule: 'actor.name-shape.person' }
      : { kind: 'organization', rule: 'actor.name-shape.org' };
  }
  return { kind: 'organization', rule: 'actor.default.org' };
}

/** A kind the name lists gave `phrase`: from the pack's own lists or from compromise's lexicon. */
export function listDecision(kind: ActorKind, phrase: string, ownLists: boolean): Decision {
  if (!ownLists) return { kind, rule: LIST_RULES.lexicon[kind] };
  if (kind === 'group' && isCompoundDemonym(phrase)) return { kind, rule: 'actor.demonym-compound' };
  if (kind === 'group' && !isListedNorp(phrase)) return { kind, rule: 'actor.demonym-plural' };
  return { kind, rule: LIST_RULES.gazetteer[kind] };
}

/** "Yuzhen Ma", "Jiyun Tian": a given name of pinyin syllables, then a common Chinese surname. */
function isChineseName(words: string[]): boolean {
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  return PINYIN_NAME.test(words[0].toLowerCase()) && CHINESE_SURNAMES.has(words[1].toLowerCase());
}

export function lastWord(words: string[]): string {
  return words[words.length - 1].toLowerCase();
}
