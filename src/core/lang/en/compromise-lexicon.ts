import nlp from 'compromise';
import type { GazetteerKind } from './actors-gazetteer';

/**
 * compromise's word → tag lexicon used as a gazetteer (a hash lookup, far cheaper than running its tagger).
 * Keys are lower-case, multi-word entries use single spaces ("new york").
 */
let lexicon: Record<string, string | string[]> | undefined;

function load(): Record<string, string | string[]> {
  if (!lexicon) {
    const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
    lexicon = world.model.one.lexicon;
  }
  return lexicon;
}

const EMPTY: readonly string[] = [];

/** Tags compromise gives this (lower-cased) word or phrase; empty when unknown. */
export function lexTags(lower: string): readonly string[] {
  const t = load()[lower];
  if (t === undefined) return EMPTY;
  return Array.isArray(t) ? t : [t];
}

const tags = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** compromise's tags, grouped by the questions the actor scanner asks about a word. */
export const TAG_GROUPS = {
  /** Any kind of name: a word with one of these is not an ordinary word. */
  name: tags('FirstName MaleName FemaleName LastName Person Place City Country Region Organization Demonym ProperNoun SportsTeam'),
  /** Verb forms: a title-case headline word known only as one of these is no name ("Minister Says Talks Will Go On"). */
  verbOnly: tags('PastTense Modal Copula'),
  /** Function words and inflected forms, which do not open a company's name ("Growing", "Because"). */
  function: tags(
    'Determiner Preposition Conjunction Pronoun Adverb PastTense PresentTense Infinitive Gerund Modal Copula Participle Plural QuestionWord Expression',
  ),
  /** Occupations ("Cartoonist", "Composer"), which act as weak titles. */
  occupation: tags('Actor'),
  plural: tags('Plural'),
  /** Finite verbs: a lone sentence-opening word before one is its subject ("Halvorsen warned"). */
  finiteVerb: tags('PastTense PresentTense'),
  /** Nouns: a name right before one modifies it ("the American Express card"). */
  noun: tags('Singular Noun Uncountable Plural'),
  /** Verb forms: a name right before one is its subject ("the Budget Office estimates"). */
  verb: tags('PastTense PresentTense Infinitive Modal Copula'),
} as const;

/** True when one of `wordTags` is in `group`. */
export function hasTag(wordTags: readonly string[], group: ReadonlySet<string>): boolean {
  for (const t of wordTags) if (group.has(t)) return true;
  return false;
}

/** What a lexicon tag says a name is; the first row whose tag a word has wins. */
export const LEXICON_KINDS: ReadonlyArray<readonly [tag: string, kind: GazetteerKind]> = [
  ['Country', 'country'],
  ['Demonym', 'norp'],
  ['Organization', 'org'],
  ['SportsTeam', 'org'],
  ['City', 'city'],
  ['Region', 'state'],
  ['Place', 'region'],
  ['Person', 'person'],
  ['FirstName', 'first'],
  ['MaleName', 'first'],
  ['FemaleName', 'first'],
  ['LastName', 'last'],
];
