import type { ActorKind } from '../../model';

/**
 * Every rule an actor mention can carry (`ActorMention.rule`): what decided that the words are an actor and of
 * which kind. The extractor sets it; document-level linking may later give the mention its entity's kind or
 * canonical name ("Rutte" → the person Mark Rutte), but the rule keeps saying what the extractor found.
 */
export const ACTOR_RULES = {
  'actor.gazetteer.person': "a person or a given or family name in the pack's own name lists",
  'actor.gazetteer.org': "an organisation in the pack's own name lists",
  'actor.gazetteer.place': "a country, state, city or region in the pack's own name lists",
  'actor.gazetteer.group': "a nationality, religion or political group in the pack's own name lists",
  'actor.lexicon.person': "a person or a given or family name in compromise's lexicon",
  'actor.lexicon.org': "an organisation or sports team in compromise's lexicon",
  'actor.lexicon.place': "a country, region, city or place in compromise's lexicon",
  'actor.lexicon.group': "a demonym in compromise's lexicon",
  'actor.demonym-plural': 'a listed nationality or party word with a plural "s" ("Democrats", "Soviets")',
  'actor.title-person': 'capitalised words after a title or honorific ("President Ann Fox", "Mr. Becker")',
  'actor.org-head': 'a name ending in an organisation\'s head word ("… Bank", "… Corp.", "… Ministry")',
  'actor.place-head': 'a name ending in a place\'s head word ("… River", "… County", "… Airport")',
  'actor.first-word.person': 'a name opened by a known given name or person',
  'actor.first-word.org': 'a name opened by a known place, group or organisation ("Saudi Basic Industries")',
  'actor.name-shape.person': 'two or three plain capitalised words, none an ordinary word, read as a person\'s name',
  'actor.name-shape.org': 'two or three plain capitalised words with an ordinary word among them',
  'actor.acronym': 'one word in capitals ("IBM", "AT&T")',
  'actor.default.org': 'a capitalised name nothing else decided: an organisation by default',
  'actor.appositive': 'an unknown word before an appositive about a person ("Halvorsen, an analyst at …")',
  'actor.party-letter': 'a party letter in a congressional affiliation ("(D., Mass.)", "R-Texas")',
  'actor.city-country': 'a known city and its country as one place ("Tampere, Finland")',
  'actor.province': 'a name followed by a lower-case "province", kept in the span ("Jiangsu province")',
  'actor.surname-recovery': 'a surname alone where the document names the person in full (entity linking)',
} as const;

export type ActorRule = keyof typeof ACTOR_RULES;

/** A kind and the rule that decided it. */
export interface Decision {
  kind: ActorKind;
  rule: ActorRule;
}

/** Rules of the name lists: the pack's own lists, or compromise's lexicon used as one. */
export const LIST_RULES: Record<'gazetteer' | 'lexicon', Record<ActorKind, ActorRule>> = {
  gazetteer: {
    person: 'actor.gazetteer.person',
    organization: 'actor.gazetteer.org',
    place: 'actor.gazetteer.place',
    group: 'actor.gazetteer.group',
  },
  lexicon: {
    person: 'actor.lexicon.person',
    organization: 'actor.lexicon.org',
    place: 'actor.lexicon.place',
    group: 'actor.lexicon.group',
  },
};
