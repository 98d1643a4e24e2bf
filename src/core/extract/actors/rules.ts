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
  'actor.demonym-compound': 'a compass word before a nationality ("West German", "Southeast Asian")',
  'actor.demonym-shape': 'an unknown word shaped like a nationality before a noun or in the plural ("Nipponese baseball", "Virginians")',
  'actor.title-person': 'capitalised words after a title or honorific ("President Ann Fox", "Mr. Becker")',
  'actor.company-suffix': 'a name ending in a company\'s legal form ("… Inc.", "… Corp.", "… GmbH")',
  'actor.org-head': 'a name ending in an organisation\'s head word ("… Bank", "… Corp.", "… Ministry")',
  'actor.place-head': 'a name ending in a place\'s head word ("… River", "… County", "… Airport") or opened by one ("San …", "Fort …")',
  'actor.first-word.person': 'a name opened by a known given name or person',
  'actor.chinese-name': 'a given name of pinyin syllables and a common Chinese surname ("Yuzhen Ma")',
  'actor.first-word.org': 'a name opened by a known place, group or organisation ("Saudi Basic Industries")',
  'actor.name-shape.person': 'two or three plain capitalised words, none an ordinary word, read as a person\'s name',
  'actor.name-shape.org': 'two or three plain capitalised words with an ordinary word among them',
  'actor.acronym': 'one word in capitals ("IBM", "AT&T")',
  'actor.default.org': 'a capitalised name nothing else decided: an organisation by default',
  'actor.appositive': 'an unknown word before an appositive about a person ("Halvorsen, an analyst at …")',
  'actor.appositive.org': 'a name before an appositive about an organisation ("Regatta, a maker of clothes")',
  'actor.city-state': 'a name before its state or country ("Wickliffe, Ohio", "Heidelberg, West Germany")',
  'actor.based-in': 'a name after "based in" or before "-based": where a company sits',
  'actor.employer': 'a name after a role and "at"/"for"/"with" ("an analyst at …"), after "shares of", or before "shares"/"executives"',
  'actor.stock-move': 'a name before a share-price verb and a number ("Baker Hughes rose 1 1/8")',
  'actor.pronoun': 'a name before "said it" (an organisation) or "said he"/"said she" (a person)',
  'actor.destination': 'a name after a verb of motion and "to" ("came to Greenville")',
  'actor.role-before': 'a name after a role written in lower case ("hard-line leader Honecker")',
  'actor.speaker': 'a name of two words or more right after "said"/"says", as a quote is attributed ("says Miles Barth")',
  'actor.administration': 'a one-word name before "administration" or "regime" ("the Bush administration")',
  'actor.initials': 'a name with an initial or a generation ("Clark J. Vitulli", "T. Boone Pickens Jr.")',
  'actor.place-noun': 'a place noun around the name ("the Whiting field", "the city of Hiroshima"), or ", where" after it',
  'actor.party-letter': 'a party letter in a congressional affiliation ("(D., Mass.)", "R-Texas")',
  'actor.city-country': 'a known city and its country as one place ("Tampere, Finland")',
  'actor.province': 'a name followed by a lower-case "province", kept in the span ("Jiangsu province")',
  'actor.surname-recovery': 'a surname alone where the document names the person in full (entity linking)',
} as const;

export type ActorRule = keyof typeof ACTOR_RULES;

/**
 * How much a rule's kind is worth when document-level linking weighs an entity's mentions against each other
 * ("President Bush" outweighs a bare "Bush" guessed as an organisation): 3 settles it (a name list, a title, a
 * company suffix), 2 is good evidence, 1 a guess from the name's shape, 0 the organisation default.
 */
export type Weight = 0 | 1 | 2 | 3;

export const RULE_WEIGHT: Record<ActorRule, Weight> = {
  'actor.gazetteer.person': 3,
  'actor.gazetteer.org': 3,
  'actor.gazetteer.place': 3,
  'actor.gazetteer.group': 3,
  'actor.lexicon.person': 1,
  'actor.lexicon.org': 2,
  'actor.lexicon.place': 2,
  'actor.lexicon.group': 3,
  'actor.demonym-plural': 3,
  'actor.demonym-compound': 3,
  'actor.demonym-shape': 2,
  'actor.title-person': 3,
  'actor.company-suffix': 3,
  'actor.org-head': 2,
  'actor.place-head': 2,
  'actor.first-word.person': 2,
  'actor.chinese-name': 2,
  'actor.first-word.org': 1,
  'actor.name-shape.person': 1,
  'actor.name-shape.org': 1,
  'actor.acronym': 1,
  'actor.default.org': 0,
  'actor.appositive': 2,
  'actor.appositive.org': 2,
  'actor.city-state': 3,
  'actor.based-in': 3,
  'actor.employer': 3,
  'actor.stock-move': 3,
  'actor.pronoun': 2,
  'actor.destination': 2,
  'actor.role-before': 2,
  'actor.speaker': 2,
  'actor.administration': 2,
  'actor.initials': 2,
  'actor.place-noun': 2,
  'actor.party-letter': 3,
  'actor.city-country': 3,
  'actor.province': 3,
  'actor.surname-recovery': 1,
};

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
