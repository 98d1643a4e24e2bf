/**
 * Titles before a person's name, kept out of the span and recorded as the mention's title ("former President"), and
 * the appositives after a name that say it is a person.
 */
import { FAC_HEADS, GPE_HEADS, HONORIFICS, LOC_HEADS, NAME_PARTICLES, ORG_HEADS, TITLE_MODIFIERS, TITLES, WEAK_TITLES } from '../../lang/en/actors-gazetteer';
import { hasTag, lexTags, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { APPOSITIVE_ARTICLES, ORGANIZATION_NOUNS, PERSON_NOUNS, PERSON_RELATIVES, RUN_BREAKS } from '../../lang/en/actor-words';
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

/**
 * What an appositive or relative clause starting at tokens[k] says the name before it is: "Halvorsen, an analyst
 * at …" a person, "Regatta, a maker of …" an organisation; undefined when it says nothing.
 */
export function appositiveKind(tokens: ScanToken[], k: number): 'person' | 'organization' | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (PERSON_RELATIVES.has(t.lower)) return 'person';
  const article = APPOSITIVE_ARTICLES.has(t.lower);
  // "Reeves, Britain's finance minister": a name in the possessive, then the head noun.
  const possessive = !article && t.cap && isPossessive(tokens[k + 1] ?? t);
  if (!article && !possessive) return headKind(t.lower);
  // The head noun ends the phrase, before a preposition or a comma: "a former minister", "the leading underwriter in
  // that market", "a very important humanitarian organization", "Japan's No. 1 computer maker".
  const from = article ? k + 1 : k + 2;
  let kind: 'person' | 'organization' | undefined;
  for (let q = from; q < tokens.length && q <= from + 4; q++) {
    const w = tokens[q];
    if (!isWord(w) || RUN_BREAKS.has(w.lower)) break;
    kind = headKind(w.lower) ?? kind;
  }
  return kind ?? (possessive ? 'person' : undefined);
}

function headKind(lower: string): 'person' | 'organization' | undefined {
  if (ORGANIZATION_NOUNS.has(lower)) return 'organization';
  return isTitleWord(lower) || PERSON_NOUNS.has(lower) ? 'person' : undefined;
}
