/**
 * Titles before a person's name, kept out of the span and recorded as the mention's title ("former President"), and
 * the appositives after a name that say it is a person.
 */
import { FAC_HEADS, GPE_HEADS, HONORIFICS, LOC_HEADS, NAME_PARTICLES, ORG_HEADS, TITLE_MODIFIERS, TITLES, WEAK_TITLES } from '../../lang/en/actors-gazetteer';
import { hasTag, lexTags, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { APPOSITIVE_ARTICLES, PERSON_NOUNS, PERSON_RELATIVES } from '../../lang/en/actor-words';
import { known, type KnownKind } from './known';
import { isPossessive } from './runs';
import { isWord, type BlockScan, type ScanToken } from './token';

/** [first, last] index of the title words before a person's name inside the run, if any. */
export function findTitleSplit(words: ScanToken[], afterOfTitle: boolean): [number, number] | undefined {
  for (let e = words.length - 2; e >= 0; e--) {
    if (!isTitleWord(words[e].lower)) continue;
    let s = e;
    while (s > 0 && isTitleWord(words[s - 1].lower)) s--;
    const rest = words.slice(e + 1);
    if (!looksLikePerson(rest, words.slice(s, e + 1), afterOfTitle && s === 0)) continue;
    return [s, e];
  }
  return undefined;
}

/** Titles from the list, and occupations compromise knows ("Cartoonist", "Composer"), which act as weak titles. */
export function isTitleWord(lower: string): boolean {
  if (TITLES.has(lower)) return true;
  const tags = lexTags(lower);
  return hasTag(tags, TAG_GROUPS.occupation) && !hasTag(tags, TAG_GROUPS.plural);
}

function looksLikePerson(rest: ScanToken[], title: ScanToken[], afterOfTitle: boolean): boolean {
  if (rest.some((t) => !t.cap && !NAME_PARTICLES.has(t.lower))) return false;
  // Particles do not count towards a name's length ("Mohammed bin Abdulrahman Al Thani").
  const named = rest.filter((t) => !NAME_PARTICLES.has(t.lower)).length;
  if (named > 4 || rest.length > 6 || !rest[rest.length - 1].cap) return false;
  const firstName = known(rest[0].lower) === 'first';
  if (title[title.length - 1] && HONORIFICS.has(title[title.length - 1].lower)) return true;
  if (firstName && rest.length > 1) return true;
  const names = rest.map((t) => t.text);
  const phrase = names.join(' ').toLowerCase();
  // "Chief Executive Amin Nasser": two title words together are as strong as one unambiguous title.
  const strong =
    afterOfTitle || title.some((t) => HONORIFICS.has(t.lower)) || title.some((t) => TITLES.has(t.lower) && !WEAK_TITLES.has(t.lower)) ||
    (title.length >= 2 && title.every((t) => TITLES.has(t.lower)));
  // "Judge Hampton", "Mayor Washington": a single word after a strong title is a surname even if it names a town.
  const townOk = (kk: KnownKind): boolean => strong && rest.length === 1 && (kk === 'city' || kk === 'state' || kk === 'region');
  const k = known(phrase);
  if (k && k !== 'person' && k !== 'first' && k !== 'last' && !townOk(k)) return false;
  const last = phrase.split(' ').pop() as string;
  if (ORG_HEADS.has(last) || LOC_HEADS.has(last) || GPE_HEADS.has(last) || FAC_HEADS.has(last)) return false;
  const firstKnown = known(rest[0].lower);
  if (firstKnown && firstKnown !== 'first' && firstKnown !== 'last' && firstKnown !== 'person' && !townOk(firstKnown)) return false;
  if (strong) return true;
  return firstKnown === 'first' || firstKnown === 'person';
}

export function stripTrailingTitles(words: ScanToken[]): ScanToken[] {
  let end = words.length;
  while (end > 1 && TITLES.has(words[end - 1].lower) && !WEAK_TITLES.has(words[end - 1].lower)) end--;
  return end === words.length ? words : words.slice(0, end);
}

/** The title as written, with lower-case modifiers before it ("former President"). */
export function titleText(scan: BlockScan, prev: number, from: ScanToken, to: ScanToken): string {
  const tokens = scan.tokens;
  let start = from.start;
  let k = from.index - 1;
  while (k >= 0 && k <= prev + 1 && isWord(tokens[k]) && !tokens[k].cap && TITLE_MODIFIERS.has(tokens[k].lower)) {
    start = tokens[k].start;
    k--;
  }
  return scan.text.slice(start, to.end);
}

/** An appositive or relative clause describing a person starts at tokens[k] ("Halvorsen, an analyst at …"). */
export function appositiveAfter(tokens: ScanToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PERSON_RELATIVES.has(t.lower)) return true;
  if (APPOSITIVE_ARTICLES.has(t.lower)) {
    // "a former minister", "an analyst", "the chief economist": a title or occupation within a few words.
    for (let q = k + 1; q < tokens.length && q <= k + 4; q++) if (isTitleWord(tokens[q].lower) || PERSON_NOUNS.has(tokens[q].lower)) return true;
    return false;
  }
  // "Reeves, Britain's finance minister": a name in the possessive, then the title.
  if (t.cap && isPossessive(tokens[k + 1] ?? t)) return true;
  return isTitleWord(t.lower) || PERSON_NOUNS.has(t.lower);
}
