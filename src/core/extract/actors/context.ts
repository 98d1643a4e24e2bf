/**
 * What the words around a name say about its kind, where the name itself says little: "Wickliffe, Ohio" is a town,
 * "the Bush administration" a person's, "an analyst at Merrill Lynch" a firm, "Regatta, a maker of clothes" a
 * company. A cue replaces the name's own decision only when the cue weighs more (RULE_WEIGHT): a name list or a
 * title is never overridden. Looks at a few tokens either side of the name: constant work per name.
 */
import {
  ADMINISTRATION_NOUNS, APPOSITIVE_ARTICLES, BASED_WORDS, COPULAS, DEMONYM_ENDING, DETERMINERS, EITHER_ROLES, EMPLOYER_PREPOSITIONS,
  ENDINGS, GENERATION_SUFFIXES, HOLDING_NOUNS, HYPHEN_PLACE_TAILS, IT_ACTS, IT_PRONOUNS, MOTION_VERBS, NAME_GRAMMAR, ORG_FOLLOWERS, PERSON_NOUNS,
  PERSON_PRONOUNS, PLACE_FOLLOWERS, PLACE_RELATIVE, PLACE_OF_NOUNS, PLURAL_S, POSSESSIVE, RUN_BREAKS, SPEAKER_VERBS, STOCK_MOVE_VERBS, SUBJECT_VERBS,
} from '../../lang/en/actor-words';
import { hasTag, lexTags, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { CITIES, HONORIFICS, NAME_PARTICLES, ORG_HEADS, TITLES } from '../../lang/en/actors-gazetteer';
import { ALL_CAPS } from './classify';
import { isGivenName, known } from './known';
import { RULE_WEIGHT, type ActorRule, type Decision } from './rules';
import { isPossessive } from './runs';
import type { Segment } from './segments';
import { appositiveKind, isTitleWord } from './titles';
import { isWord, type BlockScan, type ScanToken } from './token';

/** The decision for `seg` once its context is read: `own` unless a weightier cue says otherwise. */
export function inContext(scan: BlockScan, seg: Segment, own: Decision): Decision {
  const cue = cueFor(scan.tokens, seg);
  return cue && RULE_WEIGHT[cue.rule] > RULE_WEIGHT[own.rule] ? cue : own;
}

/** The tokens around a name. */
interface Around {
  tokens: ScanToken[];
  words: ScanToken[];
  names: string[];
  /** The words before and after: before2 before [name] next after. */
  before2?: ScanToken;
  before?: ScanToken;
  next?: ScanToken;
  after?: ScanToken;
  /** A short name of capitalised words, no institution's head: only such can be a town or a person. */
  plain: boolean;
}

function cueFor(tokens: ScanToken[], seg: Segment): Decision | undefined {
  const words = seg.words;
  const first = words[0].index;
  const last = words[words.length - 1].index;
  const names = words.map((w) => w.lower);
  const plain =
    words.length <= 4 && words.every((w) => w.cap || NAME_PARTICLES.has(w.lower)) && !ORG_HEADS.has(names[names.length - 1]);
  const at: Around = {
    tokens, words, names, plain,
    before2: tokens[first - 2], before: tokens[first - 1], next: tokens[last + 1], after: tokens[last + 2],
  };
  return placeCue(at) ?? organizationCue(at) ?? personCue(at) ?? groupCue(at) ?? appositiveCue(at);
}

function placeCue({ tokens, words, names, plain, before2, before, next, after }: Around): Decision | undefined {
  // "Wickliffe, Ohio", "Louisville, Ky.", "Heidelberg, West Germany": a town and the state or country it is in.
  if (plain && next?.text === ',' && after && inState(tokens, after.index) && !isPlaceName(names.join(' '))) {
    return decide('place', 'actor.city-state');
  }
  // "based in Boulder", "Boulder-based": where a company sits.
  if (before?.lower === NAME_GRAMMAR.locative && BASED_WORDS.has(before2?.lower ?? '')) return decide('place', 'actor.based-in');
  const lastWord = words[words.length - 1];
  if (next?.text === '-' && next.start === lastWord.end && HYPHEN_PLACE_TAILS.has(after?.lower ?? '')) return decide('place', 'actor.based-in');
  // "the city of Hiroshima", "the port of Rotterdam"; "the Whiting field", "Saitama prefecture", "the Boston area".
  if (before?.lower === NAME_GRAMMAR.genitive && PLACE_OF_NOUNS.has(before2?.lower ?? '')) return decide('place', 'actor.place-noun');
  if (next && !next.cap && PLACE_FOLLOWERS.has(next.lower)) return decide('place', 'actor.place-noun');
  // "Paiporta, where residents …": a place the sentence goes on to describe.
  if (plain && next?.text === ',' && after?.lower === PLACE_RELATIVE) return decide('place', 'actor.place-noun');
  // "came to Greenville", "returned to Lagos": where someone goes.
  if (before?.lower === NAME_GRAMMAR.direction && MOTION_VERBS.has(before2?.lower ?? '')) return decide('place', 'actor.destination');
  return undefined;
}

function organizationCue({ tokens, before, next, after }: Around): Decision | undefined {
  // "shares of Alliant", "an analyst at Merrill Lynch", "a spokesman for Campbell Soup".
  if (before && !before.cap && isEmployer(tokens, before.index)) return decide('organization', 'actor.employer');
  // "Waterford shares", "a Merrill trader", "the Alfred A. Knopf unit".
  if (next && !next.cap && isWord(next) && ORG_FOLLOWERS.has(next.lower)) return decide('organization', 'actor.employer');
  // "Shearson's Andy Rosen", "Smith Barney's Mr. Porter": a firm's own people.
  if (next && isPossessive(next) && after?.cap && (HONORIFICS.has(after.lower) || TITLES.has(after.lower) || isGivenName(after.lower))) {
    return decide('organization', 'actor.employer');
  }
  // "Baker Hughes rose 1 1/8": a share price moves.
  if (next && STOCK_MOVE_VERBS.has(next.lower) && after && /^\p{N}/u.test(after.text)) return decide('organization', 'actor.stock-move');
  // "Hughes said it expects …", "… said it would": a name that is "it" and acts ("Smith said it was late" need not).
  if (next && SUBJECT_VERBS.has(next.lower) && after && IT_PRONOUNS.has(after.lower) && IT_ACTS.has(tokens[after.index + 1]?.lower ?? '')) {
    return decide('organization', 'actor.pronoun');
  }
  return undefined;
}

function personCue({ words, names, plain, before, next, after }: Around): Decision | undefined {
  // "the Bush administration", "the Noriega regime": a leader's government.
  if (words.length === 1 && next && ADMINISTRATION_NOUNS.has(next.lower) && !known(names[0])) return decide('person', 'actor.administration');
  // "Clark J. Vitulli", "T. Boone Pickens Jr.": initials and generations are people's.
  if (plain && words.length > 1 && isPersonShaped(words)) return decide('person', 'actor.initials');
  // "hard-line leader Honecker", "economist Dean Baim": a role written in lower case before the name.
  const role = before && !before.cap && isWord(before) && !EITHER_ROLES.has(before.lower) && (isTitleWord(before.lower) || PERSON_NOUNS.has(before.lower));
  if (plain && role && !ALL_CAPS.test(words[0].text)) {
    return decide('person', 'actor.role-before');
  }
  // "… says Miles Barth of the International Center", "said Jay Goldinger, with …": the quoted speaker.
  if (plain && words.length > 1 && before && SPEAKER_VERBS.has(before.lower) && (!next || !isWord(next) || next.lower === NAME_GRAMMAR.genitive)) {
    return decide('person', 'actor.speaker');
  }
  // "Eggers said he …": a name that is "he" or "she".
  if (plain && next && SUBJECT_VERBS.has(next.lower) && after && PERSON_PRONOUNS.has(after.lower)) return decide('person', 'actor.pronoun');
  return undefined;
}

function groupCue({ tokens, words, names }: Around): Decision | undefined {
  // "Nipponese baseball", "Virginians": shaped like a nationality, used as one.
  const word = words[0];
  if (words.length === 1 && DEMONYM_ENDING.test(word.text) && (names[0].endsWith(PLURAL_S) || isModifier(tokens, word))) {
    return decide('group', 'actor.demonym-shape');
  }
  return undefined;
}

function appositiveCue({ tokens, words, plain, next, after }: Around): Decision | undefined {
  if (!plain || !next || (words.length === 1 && ALL_CAPS.test(words[0].text))) return undefined;
  // "Regatta, a maker of …", "Halvorsen, an analyst at …"; "Backe is a closely held media firm".
  let k = -1;
  if (next.text === ',') k = next.index + 1;
  else if (COPULAS.has(next.lower) && after && APPOSITIVE_ARTICLES.has(after.lower)) k = after.index;
  const kind = k > 0 ? appositiveKind(tokens, k) : undefined;
  return kind && decide(kind, kind === 'person' ? 'actor.appositive' : 'actor.appositive.org');
}

/** "Ohio", "West Germany": the name is itself a state or country ("Indiana, Illinois and Iowa" lists no towns). */
function isPlaceName(lower: string): boolean {
  const kind = known(lower);
  return kind === 'state' || kind === 'country';
}

function decide(kind: Decision['kind'], rule: ActorRule): Decision {
  return { kind, rule };
}

/** tokens[k…] is a US state or a country, not one also named after its main city ("New York"), and no possessive follows. */
function inState(tokens: ScanToken[], k: number): boolean {
  for (const n of [2, 1]) {
    const words = tokens.slice(k, k + n);
    if (words.length < n || words.some((w) => !w.cap)) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    const kind = known(phrase);
    if ((kind !== 'state' && kind !== 'country') || CITIES.has(phrase)) continue;
    // "Glauber, U.S. Treasury undersecretary": a place that opens a longer name is not the town's state; "…, N.J. In
    // Syracuse …" and "…, N.C. Mr. Russell …" end a sentence.
    const state = words[n - 1];
    const follow = tokens[k + n];
    if (!follow) return true;
    // "Dallara, U.S. assistant Treasury secretary": a country is a town's only when the phrase ends with it.
    if (kind === 'country' && isWord(follow)) return false;
    const abbreviation = kind === 'state' && state.text.endsWith('.');
    const opensName = follow.cap && !abbreviation && !(state.text.endsWith('.') && RUN_BREAKS.has(follow.lower));
    return !opensName && !isPossessive(follow) && !(follow.text === POSSESSIVE.bare && follow.start === state.end);
  }
  return false;
}

/** tokens[k] is "at"/"for"/"with" after a person's role, or "of"/"in" after a holding ("shares of", "a stake in"). */
function isEmployer(tokens: ScanToken[], k: number): boolean {
  const prep = tokens[k].lower;
  const role = tokens[k - 1];
  if (!role || (role.cap && !role.sentenceStart)) return false;
  if (HOLDING_NOUNS.has(role.lower) && (prep === NAME_GRAMMAR.genitive || prep === NAME_GRAMMAR.locative)) return true;
  return EMPLOYER_PREPOSITIONS.has(prep) && (PERSON_NOUNS.has(role.lower) || isTitleWord(role.lower));
}

/** An initial before the last word ("J.", "W.D.") or a generation after it ("Jr."). */
function isPersonShaped(words: ScanToken[]): boolean {
  const lastWord = words[words.length - 1];
  if (GENERATION_SUFFIXES.has(lastWord.lower)) return true;
  return words.slice(0, -1).some((w) => /^(?:\p{Lu}\.){1,3}$/u.test(w.text) && !known(w.lower)) && /^\p{Lu}\p{Ll}/u.test(lastWord.text);
}

/** "the American Express card": a name used as a modifier of a following noun keeps "the" outside the name. */
export function isModifier(tokens: ScanToken[], last: ScanToken): boolean {
  const next = tokens[last.index + 1];
  if (!next || !isWord(next) || next.cap) return false;
  // "The Budget Office estimates the deficit": a plural-looking word before a determiner is the verb.
  const after = tokens[next.index + 1];
  if (next.lower.endsWith(PLURAL_S) && after && (DETERMINERS.has(after.lower) || /^\p{N}/u.test(after.text))) return false;
  const tags = lexTags(next.lower);
  // Unknown to the small lexicon: verbs after a name mostly end in -s/-ed ("said", "reports"); nouns mostly do not.
  if (tags.length === 0) return !ENDINGS.verbAfterName.test(next.lower);
  return hasTag(tags, TAG_GROUPS.noun) && !hasTag(tags, TAG_GROUPS.verb);
}
