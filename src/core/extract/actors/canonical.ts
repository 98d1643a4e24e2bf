/** The canonical name of an actor mention, as entity linking groups it and the sidebar shows it. */
import { CANONICAL_ALIASES } from '../../lang/en/actors-gazetteer';
import { NAME_ARTICLE, POSSESSIVE_SUFFIX, TITLE_CASE_SMALL_WORDS } from '../../lang/en/actor-words';
import { known } from './known';

/** Normalised full name: no leading "the", no possessive, aliases resolved ("U.S." → "United States"). */
export function canonicalName(surface: string): string {
  let s = surface.replace(/\s+/g, ' ').trim();
  s = s.replace(POSSESSIVE_SUFFIX, '');
  // "The Hague" keeps its article; "the European Union" does not need it.
  const bare = s.replace(NAME_ARTICLE.leading, '');
  const k = bare !== s ? known(s.toLowerCase()) : undefined;
  if (k !== 'city' && k !== 'region') s = bare;
  else s = NAME_ARTICLE.canonical + bare;
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
  return words.map((w, i) => (i > 0 && i < words.length - 1 && TITLE_CASE_SMALL_WORDS.has(w) ? w.toLowerCase() : w)).join(' ');
}
