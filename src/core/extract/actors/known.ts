/**
 * What the name lists know about a lower-case word or phrase: the pack's own gazetteers first, then compromise's
 * lexicon used as one (a hash lookup, never its tagger). Every step of the scanner asks these questions.
 */
import {
  CITIES, COUNTRIES, DEMONYMS, NORP_EXTRA, ORGANIZATIONS, REGIONS, US_STATES, type GazetteerKind,
} from '../../lang/en/actors-gazetteer';
import { GIVEN_NAMES, LEADER_SURNAMES } from '../../lang/en/actors-names';
import { MORE_REGIONS, OLD_COUNTRY_NAMES, PROVINCES, US_CITIES, WORLD_CITIES } from '../../lang/en/actors-places';
import { MODERN_CITIES, MODERN_GROUPS, MODERN_ORGS, MODERN_PERSONS, MODERN_SURNAMES } from '../../lang/en/actors-modern';
import { hasTag, lexTags, LEXICON_KINDS, TAG_GROUPS } from '../../lang/en/compromise-lexicon';
import { COMPASS_WORDS, DEMONYM_ENDING, INFLECTIONS, PLURAL_S } from '../../lang/en/actor-words';

export type KnownKind = GazetteerKind | undefined;

export function known(lower: string): KnownKind {
  return knownInLists(lower) ?? knownInLexicon(lower);
}

/** The pack's own lists, in priority order. */
export function knownInLists(lower: string): KnownKind {
  if (COUNTRIES.has(lower)) return 'country';
  if (ORGANIZATIONS.has(lower)) return 'org';
  if (US_STATES.has(lower)) return 'state';
  if (CITIES.has(lower)) return 'city';
  if (REGIONS.has(lower)) return 'region';
  if (isNorp(lower)) return 'norp';
  if (MODERN_ORGS.has(lower)) return 'org';
  if (MODERN_CITIES.has(lower)) return 'city';
  if (MODERN_PERSONS.has(lower)) return 'person';
  if (MODERN_SURNAMES.has(lower) || LEADER_SURNAMES.has(lower)) return 'last';
  if (OLD_COUNTRY_NAMES.has(lower)) return 'country';
  if (PROVINCES.has(lower)) return 'state';
  if (US_CITIES.has(lower) || WORLD_CITIES.has(lower)) return 'city';
  if (MORE_REGIONS.has(lower)) return 'region';
  return undefined;
}

/** A city of the longer lists (actors-places.ts), not a capital or world city. */
export function isTownOrRegionalCity(lower: string): boolean {
  return (US_CITIES.has(lower) || WORLD_CITIES.has(lower)) && knownInLists(lower) === 'city' && !CITIES.has(lower) && !MODERN_CITIES.has(lower);
}

export function knownInLexicon(lower: string): KnownKind {
  const tags = lexTags(lower);
  if (tags.length === 0) return undefined;
  for (const [tag, kind] of LEXICON_KINDS) if (tags.includes(tag)) return kind;
  return undefined;
}

export function isNorp(lower: string): boolean {
  return isListedNorp(lower) || isDemonymPlural(lower) || isCompoundDemonym(lower);
}

/** "West German", "Southeast Asian", "East Germans": a compass word before a demonym. */
export function isCompoundDemonym(lower: string): boolean {
  const space = lower.indexOf(' ');
  if (space < 0 || !COMPASS_WORDS.has(lower.slice(0, space))) return false;
  const rest = lower.slice(space + 1);
  return !rest.includes(' ') && (isListedNorp(rest) || isDemonymPlural(rest) || (DEMONYM_ENDING.test(rest) && !known(rest)));
}

export function isListedNorp(lower: string): boolean {
  return DEMONYMS.has(lower) || NORP_EXTRA.has(lower) || MODERN_GROUPS.has(lower);
}

/** "Americans", "Soviets", "Democrats": a listed demonym with a plural ending. */
function isDemonymPlural(lower: string): boolean {
  return lower.endsWith(PLURAL_S) && DEMONYMS.has(lower.slice(0, -PLURAL_S.length));
}

/** A place, a group or an organisation; `strict` leaves regions out and takes no others. */
export function isGeoOrGroup(lower: string, strict = false): boolean {
  const k = known(lower);
  if (strict) return k === 'country' || k === 'norp' || k === 'city' || k === 'state' || k === 'org';
  return k === 'country' || k === 'state' || k === 'city' || k === 'region' || k === 'norp' || k === 'org';
}

/** A lower-case word compromise knows only as an ordinary word (not as any kind of name). */
export function isCommonWord(lower: string): boolean {
  let tags = lexTags(lower);
  if (tags.length === 0) {
    // Crude inflection fallback: "Investors", "Officials", "Analysts", "Asked", "Growing".
    const inflection = inflectionOf(lower);
    const base = inflection ? lower.slice(0, -inflection.ending.length) + inflection.base : '';
    if (!inflection || !base) return false;
    tags = lexTags(base);
    if (tags.length === 0 && inflection.retry) tags = lexTags(base + inflection.retry);
    if (tags.length === 0) return false;
  }
  return !hasTag(tags, TAG_GROUPS.name);
}

function inflectionOf(lower: string): (typeof INFLECTIONS)[number] | undefined {
  for (const x of INFLECTIONS) if (lower.endsWith(x.ending)) return x;
  return undefined;
}

/** A given name: known as one, or one of the given names that are also ordinary words ("Frank", "Bill"). */
export function isGivenName(lower: string): boolean {
  const k = known(lower);
  return k === 'first' || (!k && GIVEN_NAMES.has(lower));
}

/** A function word or an inflected form in the lexicon ("Because", "Growing", "Investors"). */
export function isFunctionLike(lower: string): boolean {
  return hasTag(lexTags(lower), TAG_GROUPS.function);
}
