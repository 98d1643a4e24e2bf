/**
 * Segments: a run split into the names it holds, with titles, sentence-initial ordinary words and non-actors left
 * out ("Senate Democrats" → Senate + Democrats, "Chancellor Olaf Brandt" → title + person).
 */
import {
  COMMON_OPENERS, FAC_HEADS, GPE_HEADS, LOC_HEADS, NEVER_ACTOR, NON_ACTOR_HEADS, ORG_HEADS, TITLES,
} from '../../lang/en/actors-gazetteer';
import {
  BYLINE_ROLES, ENDINGS, NAME_GRAMMAR, PARTY_LETTERS, PLURAL_S, SEQUEL_NUMERALS, SUBJECT_VERBS,
} from '../../lang/en/actor-words';
import { hasTag, lexTags, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { lastWord } from './classify';
import { isCommonWord, isFunctionLike, isGeoOrGroup, isNorp, known } from './known';
import type { Decision } from './rules';
import { isKnownAcronym, isPossessive, type Run } from './runs';
import { appositiveKind, findTitleSplit, stripTrailingTitles, titleText } from './titles';
import type { BlockScan, ScanToken } from './token';

export interface Segment {
  words: ScanToken[];
  /** Set when the scanner itself decided the kind (a title before a person, a party letter, a city and its country). */
  decided?: Decision;
  title?: string;
  /** Index of the token before the segment (for "the" handling), -1 at the start. */
  prev: number;
}

/** Party letters in "(D., Mass.)" / "(R-Texas)" / ", D-N.Y.,". */
export function isPartyLetter(tokens: ScanToken[], i: number): boolean {
  const t = tokens[i];
  if (!PARTY_LETTERS.has(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.text === '-' && prev && (prev.text === ',' || prev.text === '(') && known(tokens[i + 2]?.lower ?? '') === 'state') return true;
  return !!prev && prev.text === '(' && !!next && (next.text === ',' || next.text === '-' || next.text === ')');
}

/** Splits a run into title-free segments; the kind of each is decided later unless the split decides it. */
export function splitRun(scan: BlockScan, run: Run, runStart: number, out: Segment[]): void {
  const tokens = scan.tokens;
  let words = run;
  let prev = runStart - 1;
  // Sentence-initial ordinary words ("Investors", "Growing") are capitalised only by position.
  while (words.length && words[0].sentenceStart && isOrdinaryOpener(scan, words)) {
    words = words.slice(1);
    prev++;
    while (words.length && !words[0].cap) {
      words = words.slice(1);
      prev++;
    }
  }
  if (!words.length) return;

  // "TOKYO/SHANGHAI" datelines: places joined by a slash are separate places.
  const slash = words.findIndex((w) => w.text === '/');
  // "Reuters/Jane Doe" photo credits: an agency and a photographer.
  const credit = slash > 0 && known(words.slice(0, slash).map((w) => w.lower).join(' ')) === 'org' && known(words[slash + 1]?.lower ?? '') === 'first';
  if (slash > 0 && (credit || (isPlace(words.slice(0, slash)) && isPlace(words.slice(slash + 1))))) {
    pushSegment(scan, words.slice(0, slash), prev, out);
    splitRun(scan, words.slice(slash + 1), words[slash].index, out);
    return;
  }

  // "Senate Republicans", "House Democrats": an institution and a party's members.
  const lastW = words[words.length - 1];
  if (words.length > 1 && isNorp(lastW.lower) && known(words.slice(0, -1).map((w) => w.lower).join(' ')) === 'org') {
    pushSegment(scan, words.slice(0, -1), prev, out);
    out.push({ words: [lastW], prev: lastW.index - 1 });
    return;
  }

  // "Ukraine Aid" (headline case): a place or nationality followed by one ordinary word is just the place.
  if (words.length === 2 && isGeoOrGroup(words[0].lower, true) && known(words[0].lower) !== 'org') {
    const w = words[1].lower;
    const plain = isCommonWord(w) && !w.endsWith(PLURAL_S) && !known(w) && !known(words[0].lower + ' ' + w);
    if (plain && !ORG_HEADS.has(w) && !LOC_HEADS.has(w) && !GPE_HEADS.has(w) && !FAC_HEADS.has(w)) {
      pushSegment(scan, words.slice(0, 1), prev, out);
      return;
    }
  }

  // "Republican Ann Fox", "Greek Cypriot": a nationality or party word before a given name or another one stands alone.
  for (let k = 0; k + 1 < words.length; k++) {
    if (!isNorp(words[k].lower) || !words[k + 1].cap) continue;
    const nextKnown = known(words[k + 1].lower);
    if (nextKnown !== 'first' && nextKnown !== 'norp') continue;
    if (known(words[k].lower + ' ' + words[k + 1].lower)) continue;
    splitRun(scan, words.slice(0, k + 1), prev + 1, out);
    splitRun(scan, words.slice(k + 1), words[k + 1].index, out);
    return;
  }

  // "Secretary of State Baker": the run starts inside a title.
  const afterOfTitle = prev >= 1 && tokens[prev].lower === NAME_GRAMMAR.genitive && TITLES.has(tokens[prev - 1].lower);
  const split = findTitleSplit(words, afterOfTitle);
  if (split) {
    const [s, e] = split;
    const prefix = words.slice(0, s);
    const person = words.slice(e + 1);
    const titleStart = prefix.length ? prefix[0] : words[s];
    const title = titleText(scan, prev, titleStart, words[e]);
    if (prefix.length) pushSegment(scan, stripTrailingTitles(prefix), prev, out);
    out.push({ words: person, decided: { kind: 'person', rule: 'actor.title-person' }, title, prev: prev + e + 1 });
    return;
  }
  pushSegment(scan, stripTrailingTitles(words), prev, out);
}

function isPlace(words: ScanToken[]): boolean {
  if (!words.length || words.some((w) => w.text === '/')) return false;
  const k = known(words.map((w) => w.lower).join(' '));
  return k === 'city' || k === 'country' || k === 'state' || k === 'region';
}

function pushSegment(scan: BlockScan, words: ScanToken[], prev: number, out: Segment[]): void {
  // Trailing connectors can be left behind once titles are stripped.
  while (words.length && !words[words.length - 1].cap && !isPossessive(words[words.length - 1])) words = words.slice(0, -1);
  if (!words.length) return;
  if (words.length === 1) {
    const w = words[0];
    if ((NEVER_ACTOR.has(w.lower) && !isKnownAcronym(w)) || TITLES.has(w.lower)) return;
    if (/^\p{Lu}\.?$/u.test(w.text)) return; // a stray initial
  }
  if (words.every((w) => TITLES.has(w.lower) || !w.cap)) return;
  // "By Ann Lee, Staff Writer": the role after a byline's comma describes the author.
  const tail = words[words.length - 1].lower;
  if (BYLINE_ROLES.has(tail) && scan.tokens[prev]?.text === ',' && words.every((w) => !known(w.lower))) return;
  const phrase = words.map((w) => w.lower).join(' ');
  if (NEVER_ACTOR.has(phrase) && !(words.length === 1 && isKnownAcronym(words[0]))) return;
  const last = words[words.length - 1].lower;
  // Laws, events, indexes and products named like institutions ("the Clean Air Act", "World War II", "Apple II").
  if (words.length > 1 && (NON_ACTOR_HEADS.has(last) || SEQUEL_NUMERALS.has(words[words.length - 1].text))) return;
  out.push({ words, prev });
}

/** True when the run's first word is capitalised only because it opens the sentence. */
function isOrdinaryOpener(scan: BlockScan, words: ScanToken[]): boolean {
  const w = words[0];
  if (TITLES.has(w.lower) && words.length > 1) return false;
  if (known(w.lower)) return false;
  const common =
    isCommonWord(w.lower) || NEVER_ACTOR.has(w.lower) || COMMON_OPENERS.has(w.lower) || scan.lowerSeen.has(w.lower) ||
    ENDINGS.common.test(w.lower);
  if (!common) {
    if (words.length > 1) return false;
    // A lone word nobody knows as a name, capitalised only here at a sentence start and never inside a sentence of
    // this block, is more often an ordinary word ("Crime was awful") than a name, unless a reporting verb follows.
    if (scan.capSeen.has(w.lower) || /^\p{Lu}+$/u.test(w.text)) return false;
    const next = scan.tokens[w.index + 1];
    if (next && (isPossessive(next) || SUBJECT_VERBS.has(next.lower))) return false;
    // "Halvorsen, an analyst at …", "Reeves, Britain's finance minister, …": a surname before an appositive.
    if (next?.text === ',' && appositiveKind(scan.tokens, next.index + 1)) return false;
    if (next && !next.cap && hasTag(lexTags(next.lower), TAG_GROUPS.finiteVerb)) return false;
    return true;
  }
  if (words.length === 1) return true;
  // "Composer Ann Fox": an ordinary noun before a given name.
  if (known(words[1].lower) === 'first') return true;
  // "National Semiconductor", "Federal Express": an adjective or singular noun can open a company name.
  if (!ENDINGS.nonNameOpener.test(w.lower) && !isFunctionLike(w.lower)) return false;
  // "New York", "General Motors", "Federal Reserve": a common word can open a known or institution name.
  const phrase = words.map((t) => t.lower).join(' ');
  if (known(phrase)) return false;
  const last = lastWord(words.map((t) => t.text));
  if (ORG_HEADS.has(last) || LOC_HEADS.has(last) || GPE_HEADS.has(last)) return false;
  return true;
}
