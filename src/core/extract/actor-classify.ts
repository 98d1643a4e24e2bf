import type { ActorKind } from '../model';
import { lexTags } from '../lang/en/compromise-lexicon';
import {
  CANONICAL_ALIASES, CITIES, COUNTRIES, DEMONYMS, FAC_HEADS, GPE_HEADS, LOC_HEADS, NORP_EXTRA, ORGANIZATIONS, ORG_HEADS,
  REGIONS, US_STATES,
} from '../lang/en/actors-gazetteer';
import { MODERN_CITIES, MODERN_GROUPS, MODERN_ORGS, MODERN_PERSONS, MODERN_SURNAMES } from '../lang/en/actors-modern';

/** What the gazetteers know about a (lower-case) phrase. */
export type KnownKind = 'country' | 'state' | 'city' | 'region' | 'norp' | 'org' | 'person' | 'first' | 'last' | undefined;

const NAMEISH = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization',
  'Demonym', 'ProperNoun', 'SportsTeam',
]);

export function known(lower: string): KnownKind {
  if (COUNTRIES.has(lower)) return 'country';
  if (ORGANIZATIONS.has(lower)) return 'org';
  if (US_STATES.has(lower)) return 'state';
  if (CITIES.has(lower)) return 'city';
  if (REGIONS.has(lower)) return 'region';
  if (isNorp(lower)) return 'norp';
  if (MODERN_ORGS.has(lower)) return 'org';
  if (MODERN_CITIES.has(lower)) return 'city';
  if (MODERN_PERSONS.has(lower)) return 'person';
  if (MODERN_SURNAMES.has(lower)) return 'last';
  const tags = lexTags(lower);
  if (tags.length === 0) return undefined;
  if (tags.includes('Country')) return 'country';
  if (tags.includes('Demonym')) return 'norp';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'org';
  if (tags.includes('City')) return 'city';
  if (tags.includes('Region')) return 'state';
  if (tags.includes('Place')) return 'region';
  if (tags.includes('Person')) return 'person';
  if (tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName')) return 'first';
  if (tags.includes('LastName')) return 'last';
  return undefined;
}

export function isNorp(lower: string): boolean {
  if (DEMONYMS.has(lower) || NORP_EXTRA.has(lower) || MODERN_GROUPS.has(lower)) return true;
  if (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1))) return true; // Americans, Soviets, Democrats
  return false;
}

/** A lower-case word compromise knows only as an ordinary word (not as any kind of name). */
export function isCommonWord(lower: string): boolean {
  let tags = lexTags(lower);
  if (tags.length === 0) {
    // Crude inflection fallback: "Investors", "Officials", "Analysts", "Asked", "Growing".
    const base = lower.endsWith('ies') ? lower.slice(0, -3) + 'y'
      : lower.endsWith('s') ? lower.slice(0, -1)
      : lower.endsWith('ed') ? lower.slice(0, -2)
      : lower.endsWith('ing') ? lower.slice(0, -3)
      : lower.endsWith('ly') ? lower.slice(0, -2) : '';
    if (!base) return false;
    tags = lexTags(base);
    if (tags.length === 0 && (lower.endsWith('ed') || lower.endsWith('ing'))) tags = lexTags(base + 'e');
    if (tags.length === 0) return false;
  }
  for (const t of tags) if (NAMEISH.has(t)) return false;
  return true;
}

export function lastWord(words: string[]): string {
  return words[words.length - 1].toLowerCase();
}

/** Kind of a capitalised run of words (titles already removed). */
export function classify(words: string[]): ActorKind {
  const phrase = words.join(' ').toLowerCase();
  const k = known(phrase);
  if (k === 'country' || k === 'state' || k === 'city' || k === 'region') return 'place';
  if (k === 'norp') return 'group';
  if (k === 'org') return 'organization';
  if (k === 'person' || (k === 'last' && words.length > 1)) return 'person';
  const last = lastWord(words);
  if (ORG_HEADS.has(last)) return 'organization';
  if (LOC_HEADS.has(last) || GPE_HEADS.has(last) || FAC_HEADS.has(last)) return 'place';
  if (words.length === 1) {
    if (/^[\p{Lu}&.]+$/u.test(words[0]) && words[0].length > 1) return 'organization';
    return k === 'first' || k === 'last' ? 'person' : 'organization';
  }
  const first = known(words[0].toLowerCase());
  if (first === 'first' || first === 'person') return 'person';
  if (first === 'country' || first === 'norp' || first === 'city' || first === 'state' || first === 'org') return 'organization';
  // Two or three plain capitalised words with no institutional head read most often as a person's name.
  if (words.length <= 3 && words.every((w) => !/^[\p{Lu}&.]+$/u.test(w) && /^\p{Lu}\p{Ll}/u.test(w))) {
    return known(last) === 'last' || words.every((w) => !isCommonWord(w.toLowerCase())) ? 'person' : 'organization';
  }
  return 'organization';
}

/** Normalised full name: no leading "the", no possessive, aliases resolved ("U.S." → "United States"). */
export function canonicalName(surface: string): string {
  let s = surface.replace(/\s+/g, ' ').trim();
  s = s.replace(/['’]s?$/u, '');
  // "The Hague" keeps its article; "the European Union" does not need it.
  const bare = s.replace(/^the\s+/i, '');
  const k = bare !== s ? known(s.toLowerCase()) : undefined;
  if (k !== 'city' && k !== 'region') s = bare;
  else s = 'The ' + bare;
  const alias = CANONICAL_ALIASES[s.toLowerCase()];
  return alias ?? tidyCase(s);
}

/** Headline and dateline casing is not the name's own: "KYIV" → "Kyiv", "Bank Of Japan" → "Bank of Japan". */
function tidyCase(s: string): string {
  const words = s.split(' ');
  if (s.length > 3 && s === s.toUpperCase() && /\p{Lu}{4}/u.test(s)) {
    const k = known(s.toLowerCase());
    if (k === 'city' || k === 'country' || k === 'state' || k === 'region') {
      return words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
    }
  }
  return words.map((w, i) => (i > 0 && i < words.length - 1 && INNER_SMALL.has(w) ? w.toLowerCase() : w)).join(' ');
}
const INNER_SMALL = new Set(['Of', 'And', 'The', 'For', 'In', 'On', 'At', 'De']);
