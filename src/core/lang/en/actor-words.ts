/**
 * English grammar words and word shapes the actor scanner and entity linking read: function words by the part they
 * play, context words around names, and the endings that tell ordinary words from names. Lower case unless a list
 * says it holds words as written. The names themselves are in actors-gazetteer.ts and actors-modern.ts.
 */

import { words } from './words';
import { CALENDAR_WORDS } from './calendar';

/** Function words by the part they play inside or next to a name. Another language lists its own word per role. */
export const NAME_GRAMMAR = {
  /** Links an institution to its remit ("Bank of Japan") and a title to its office ("Secretary of State"). */
  genitive: 'of',
  /** Names a body's remit ("Committee on Foreign Relations"). */
  topic: 'on',
  /** Names an organisation's purpose ("Center for Strategic Studies"). */
  purpose: 'for',
  /** Joins two heads of one institution ("Securities and Exchange Commission"). */
  coordinator: 'and',
  /** The definite article: inside the span of some names ("the European Union", "The Hague"). */
  article: 'the',
  /** Credits a byline ("Reporting by Jane Doe"): such a line names people, it is no headline. */
  byline: 'by',
  /** Where something is: "based in Boulder", "a stake in Regatta". */
  locative: 'in',
  /** Where someone goes: "came to Greenville". */
  direction: 'to',
} as const;

/** The article as a canonical name writes it ("The Hague"), and as a leading word that canonical names drop. */
export const NAME_ARTICLE = { canonical: 'The ', leading: /^the\s+/i };

/** Function words and calendar words never inside a name. */
export const RUN_BREAKS = new Set(
  ('the a an this that these those and or but if of in on at to for with by from as it its he she we they you his her our ' +
    'their my your there here what when where who why how while after before since although though because however ' +
    'meanwhile also yet then so not i nor unlike like despite during under over about among against without within into ' +
    'through between following including according asked said says say both each every all some many most such other ' +
    'another last next until unless whether once whenever even only just now thus hence therefore otherwise rather ' +
    'again already always never often sometimes soon instead still later earlier please ' +
    'today yesterday tomorrow tonight a.m. p.m. ' +
    // Online timestamps: "Updated 3:45 PM EST, Tue March 4".
    'pm est edt cst cdt mst mdt pst pdt gmt utc bst cet cest jst hkt tue tues wed thu thur thurs fri')
    .split(' ')
    .concat(CALENDAR_WORDS),
);

/** Headline verbs in the present tense; compromise tags many plural nouns ("Markets") as present-tense verbs too. */
export const HEADLINE_VERBS = words(
  'says|say|sees|gets|wins|plans|seeks|urges|warns|vows|faces|hits|cuts|takes|makes|earns|lures|lure|calls|backs|rejects|ends|opens|slams|eyes|agrees|denies',
);

/** Small words that Title Case may leave in lower case; they do not count for or against a headline. */
export const HEADLINE_SMALL_WORDS = words('a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|vs.|vs|via|per|over|into|off|up|out|nor|is|are|be');

/** Prepositions that Title Case names keep capitalised ("Doctors Without Borders", "Reporters Against Hunger"). */
export const NAME_INNER_PREPOSITIONS = words('without|against|beyond|across|within');

/** Plural nouns whose possessive opens a name ("People's Congress", "Children's Fund"). */
export const POSSESSIVE_NAME_NOUNS = words('people|children|women|men|workers|veterans|farmers|citizens');

/**
 * The possessive as name tokens carry it: its own token ("Japan" + "'s") or a bare apostrophe after a plural "s"
 * ("the Democrats'"); `listed` is how the name lists write it ("moody's").
 */
export const POSSESSIVE = { clitics: new Set(["'s", '’s']), bare: "'", listed: "'s" };
/** The possessive at the end of a name as written ("Japan's", "the Democrats'"), stripped from canonical names. */
export const POSSESSIVE_SUFFIX = /['’]s?$/u;

/** The plural ending: "Americans" is the demonym "American" + "s"; a plural-looking word after a name may be a verb. */
export const PLURAL_S = 's';

/** Reporting verbs and auxiliaries after a sentence-opening name ("Rutte said", "Rutte has"). */
export const SUBJECT_VERBS = words(
  'said|says|told|added|reported|announced|acknowledged|reaffirmed|stated|noted|warned|denied|declined|argued|insisted|' +
    'confirmed|agreed|explained|wrote|has|had|is|was|will|would|could|can|may|might|also|who|won|wouldn|hasn|isn|wasn|' +
    'didn|doesn|couldn|hadn',
);

/** Articles that open an appositive describing a person ("Halvorsen, an analyst at …"). */
export const APPOSITIVE_ARTICLES = words('a|an|the');
/** Relative pronouns that open a clause about a person ("Brandvold, who heads the agency"). */
export const PERSON_RELATIVES = words('who|whose');

/** Nouns for people that compromise does not tag as occupations. */
export const PERSON_NOUNS = words(
  'analyst|analysts|economist|strategist|spokesman|spokeswoman|spokesperson|mediator|negotiator|official|lawmaker|senator|' +
    'diplomat|minister|adviser|advisor|researcher|professor|lawyer|activist|author|founder|resident|veteran|partner|' +
    'investor|trader|banker|executive',
);

/** Nouns for organisations that head an appositive about one ("Regatta, a maker of clothes", "Acme, the parent company"). */
export const ORGANIZATION_NOUNS = words(
  'maker|makers|producer|manufacturer|company|companies|firm|concern|unit|subsidiary|parent|affiliate|division|arm|' +
    'underwriter|bank|brokerage|retailer|supplier|distributor|operator|developer|publisher|insurer|lender|carrier|' +
    'airline|agency|chain|exporter|importer|refiner|builder|utility|venture|partnership|conglomerate|group|' +
    'newspaper|magazine|network|broadcaster|studio|institute|organization|organisation|association|union|party|' +
    'coalition|alliance|ministry|department|fund|charity|startup|start-up|outfit|provider|vendor|contractor|' +
    'shipyard|automaker|carmaker|drugmaker|chipmaker|steelmaker|insurer|wholesaler|marketer|packager|bottler|brewer',
);

/** Compass words that make a nationality a regional one ("West German", "Southeast Asian"). */
export const COMPASS_WORDS = words(
  'north|south|east|west|northeast|northwest|southeast|southwest|central|northern|southern|eastern|western|upper|lower',
);

/**
 * Endings of nationality words the lists lack ("Nipponese", "Byelorussian", "Hawaiian"), with an optional plural;
 * seven letters at least, which leaves out given names such as "Elian" and "Dean".
 */
export const DEMONYM_ENDING = /^\p{L}\p{Ll}{3,}(?:ian|ean|ese)s?$/u;

// Context cues for a name's kind, read by extract/actors/context.ts.

/** Participles before "in" + a place: "based in Boulder", "headquartered in Norwalk". */
export const BASED_WORDS = words('based|headquartered|located');
/** Hyphen tails that make the name before them a place: "Boulder-based". */
export const HYPHEN_PLACE_TAILS = words('based|headquartered');
/** Prepositions after a person's role that name the employer: "an analyst at", "a spokesman for", "a trader with". */
export const EMPLOYER_PREPOSITIONS = words('at|for|with');
/** Nouns before "of" / "in" that name a company: "shares of Alliant", "a stake in Regatta". */
export const HOLDING_NOUNS = words('shares|share|stake|stakes|stock|holders|shareholders|stockholders|subsidiary|unit');
/** Lower-case nouns after a name that make it a company: "Waterford shares", "a Merrill trader", "the Knopf unit". */
export const ORG_FOLLOWERS = words(
  'shares|stock|stocks|stockholders|shareholders|executive|executives|employee|employees|spokesman|spokeswoman|' +
    'spokesperson|subsidiary|subsidiaries|unit|units|division|affiliate|broker|brokers|trader|traders|analyst|analysts|' +
    'directors|management',
);
/** Verbs of a share price before a number: "Baker Hughes rose 1 1/8". */
export const STOCK_MOVE_VERBS = words('rose|fell|added|gained|lost|dropped|slipped|climbed|declined|jumped|eased|edged|slid|advanced|tumbled|surged|plunged|soared');
/** Pronouns after "said" that make the subject an organisation: "Hughes said it expects …". */
export const IT_PRONOUNS = words('it|its');
/** Verbs after "said it" that make "it" an actor with plans, not a dummy subject ("said it was late"). */
export const IT_ACTS = words(
  'would|will|expects|expected|plans|planned|intends|intended|has|had|could|may|might|hopes|hoped|agreed|aims|wants|' +
    'wanted|needs|needed|sold|bought|acquired|signed|received|made|paid|cut|raised|filed|reported|earned|lost|posted',
);
/** Pronouns after "said" that make the subject a person: "Eggers said he …". */
export const PERSON_PRONOUNS = words('he|she|his|her');
/** Copulas before an appositive-like description: "Backe is a closely held media firm". */
export const COPULAS = words('is|was');
/** Lower-case nouns after a one-word name that make it a leader: "the Bush administration", "the Noriega regime". */
export const ADMINISTRATION_NOUNS = words('administration|regime|presidency');
/** Lower-case nouns after a name that make it a place: "the Whiting field", "Saitama prefecture", "the Boston area". */
export const PLACE_FOLLOWERS = words(
  'prefecture|prefectural|county|township|village|region|district|area|suburb|suburbs|coast|border|field|fields|' +
    'valley|peninsula|basin|municipality|municipal|metropolitan|province|provincial|oblast|canton|emirate|' +
    'mine|mines|dam|campus',
);
/** Lower-case nouns before "of" + a place's name: "the city of Hiroshima", "the port of Rotterdam". */
export const PLACE_OF_NOUNS = words('city|town|village|port|province|prefecture|state|county|region|island|capital|municipality|suburb');
/** Verbs that attribute a quote to the name right after them: "…," says Miles Barth. */
export const SPEAKER_VERBS = words('said|says|added|adds|explained|explains|noted|notes|recalled|recalls|warned|warns|insisted|insists');
/** The relative adverb after a place and a comma: "Paiporta, where residents …". */
export const PLACE_RELATIVE = 'where';
/** Verbs of motion before "to" + a place: "came to Greenville", "returned to Lagos". */
export const MOTION_VERBS = words('came|come|comes|returned|returns|moved|moves|flew|flies|travelled|traveled|went|goes|relocated|fled|emigrated|headed');
/** Generations after a person's surname ("Jr.", "III"), written as in the text. */
export const GENERATION_SUFFIXES = words('jr.|jr|sr.|sr|ii|iii|iv');

/** Roles a company plays as often as a person ("its partner Brightwave", "activist investor Elliott"). */
export const EITHER_ROLES = words(
  'partner|partners|investor|investors|owner|owners|buyer|buyers|seller|sellers|bidder|lender|backer|holder|' +
    'shareholder|client|customer|supplier|rival|competitor|founder|sponsor|operator|contractor|publisher|producer|maker',
);

/** Roles after a byline's comma that describe the author ("By Ann Lee, Staff Writer"). */
export const BYLINE_ROLES = words('reporter|writer|correspondent|editor|columnist|photographer|contributor');

/** Determiners: a plural-looking word right before one is a verb ("The Budget Office estimates the deficit"). */
export const DETERMINERS = words('the|a|an|that|its|their|his|her|this|these|those|our|some|no');

/** Hyphen tails after a name that make the name its own mention ("New York-based", "Saudi-owned"). */
export const HYPHEN_TAILS = words(
  'based|owned|led|funded|made|backed|controlled|run|born|sponsored|dominated|style|related|registered|listed|bound|area|' +
    'era|built|flagged|brokered|operated',
);

/** Party letters as written in "(D., Mass.)", "(R-Texas)" ("I" is left out: it is the pronoun). */
export const PARTY_LETTERS = new Set(['D.', 'R.', 'D', 'R']);
/** Party letters as written before a state in one hyphenated word ("D-N.Y.", "I-Vt."). */
export const PARTY_LETTERS_BEFORE_STATE = new Set(['D', 'R', 'I']);

/** Roman numerals as written after a name of a product or an event ("Apple II", "World War II"). */
export const SEQUEL_NUMERALS = new Set(['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);

/** Lower-case words after a province's name that OntoNotes keeps in the span ("Jiangsu province"). */
export const PLACE_TAIL_WORDS = words('province');

/** Abbreviations that keep their period at the end of a sentence ("… in the U.S."). */
export const SENTENCE_FINAL_ABBREVIATIONS = words('u.s.');

/** Word endings (lower case). */
export const ENDINGS = {
  /** Of ordinary words, rare in names: a sentence's first word with one is capitalised only by position. */
  common: /(?:[^e]ed|ents|ants|ists|ions|ors|men|ies|ly|ness|ment|ments|tion|tions|sion|sions|ity|ities|ous|ive|ful|less|ance|ence|ings)$/,
  /** Of opening words that do not start a name: adverbs, plurals, verb forms ("Investors", "Growing"). */
  nonNameOpener: /(?:ly|s|ed|ing)$/,
  /** Of ordinary words in a Title Case headline ("Cases", "Investments", "Policy"). */
  headlineOrdinary: /(?:[^su']s|[^e]ed|ing|ly|tion|sion|ment|ness|ity|icy|acy|ncy|ive|ous|ful|less|ance|ence)$/,
  /** Of verbs after a name ("said", "reports"), for words the lexicon lacks; nouns mostly do not end so. */
  verbAfterName: /(?:ed|s)$/,
};

interface Inflection {
  ending: string;
  /** Written instead of the ending to get the base ("ies" → "y"). */
  base: string;
  /** Also tried after the base when the base alone is unknown: a silent "e" ("priced" → "price"). */
  retry?: string;
}

/** Inflections stripped to find an unknown word's base in the lexicon ("investors" → "investor"); first match wins. */
export const INFLECTIONS: readonly Inflection[] = [
  { ending: 'ies', base: 'y' },
  { ending: 's', base: '' },
  { ending: 'ed', base: '', retry: 'e' },
  { ending: 'ing', base: '', retry: 'e' },
  { ending: 'ly', base: '' },
];

/** Small words written in lower case inside a canonical name, as headline Title Case writes them ("Bank Of Japan"). */
export const TITLE_CASE_SMALL_WORDS = new Set(['Of', 'And', 'The', 'For', 'In', 'On', 'At', 'De']);

/** Words left out when an organisation's name is abbreviated ("Bank of Japan" → BJ, besides BOJ). */
export const ACRONYM_SKIP_WORDS = words('of|and|the|for|&|de|on|in');

/**
 * Spelling variants of names transliterated into English, folded for grouping: "Zelenskyy", "Zelenskiy" and
 * "Zelensky" are one person. [pattern, replacement], applied to a lower-case name.
 */
export const NAME_SPELLING_FOLDS: readonly (readonly [RegExp, string])[] = [[/(?:yy|iy|ij|ii)(?=$|[\s'’-])/g, 'y']];
