/**
 * Function words the facts engine reads to find verb phrases, noun phrases and clauses: auxiliaries, determiners,
 * prepositions, pronouns and the words that open or continue a clause. All lower case (curly apostrophes straightened).
 */
import { words } from './words';

// ---- verb phrases

export const MODALS: readonly string[] = ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'cannot'];
const DO_FORMS = ['do', 'does', 'did'];
const FINITE_BE = ['is', 'are', 'was', 'were', 'am'];
const FINITE_HAVE = ['has', 'have', 'had'];

export const BE_FORMS = new Set([...FINITE_BE, 'be', 'been', 'being', "'s"]);
export const HAVE_FORMS = new Set([...FINITE_HAVE, 'having']);

/** Words before a noun-like verb form that make it a verb ("will pledge", "did not pay", "they pledge"). */
export const VERB_LICENSORS = new Set([
  ...MODALS, ...DO_FORMS, 'to', "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", 'not', 'never', 'also', 'jointly',
  'collectively', 'reportedly', 'then', 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'which', 'that', 'now', 'still', 'already',
  'formally', 'officially',
]);

/** A finite verb phrase starts at these: "…, has not announced", "and the EU had set aside". */
export const FINITE_MARKERS = new Set([...FINITE_HAVE, ...FINITE_BE, ...MODALS, ...DO_FORMS, 'not', 'never', 'also', 'then']);

/** Negating words; "-n't" forms are matched by their ending (`NEGATIVE_CLITIC`). */
export const NEGATIONS = words('not | never | cannot | refused | refuses | declined | declines | failed | fails | no');
export const NEGATIVE_CLITIC = "n't";

/** The infinitive marker: "pledged to provide". */
export const INFINITIVE_MARKERS = words('to');

/** Words after which an -ing form is a verb: "by providing", "while sending", "will begin receiving". */
export const ING_LICENSORS = words(`
  by | after | before | while | without | also | begin | begins | began | begun | start | starts | started | continue |
  continues | continued | keep | keeps | kept | stop | stops | stopped | resume | resumes | resumed`);

/** Verbs outside the action records that chain to an action: "has continued to supply", "is able to pay". */
export const CHAIN_VERBS = words(`
  continue | continued | continues | began | begun | begin | begins | start | started | starts | resumed | resume | resumes |
  try | tried | tries | need | needs | needed | able | about`);

/** Adverbs are skipped inside a verb phrase ("jointly provided"): words ending in `ADVERB_ENDING`, these excepted. */
export const ADVERB_ENDING = 'ly';
export const ADVERB_EXCEPTIONS = words('only | early | daily | family | italy | july | supply | apply | rely | reply | ally | fly');

/**
 * Reporting words besides the `say` record's forms: "announce" is a pledge there, believing and thinking no act at all;
 * "say" is the one bare form common enough to list ("officials say"): other bare forms are mostly nouns or
 * infinitives ("the report urges", "failed to report").
 */
export const REPORTING_EXTRA = words('say | announces | announced | believes | believed | thinks | thought');

/** Prepositions before a date inside a verb phrase: "agreed on Friday to provide", "pledged early this year to send". */
export const DATE_PREPOSITIONS = words('on | in | at | by | during | earlier | late | early');

// ---- noun phrases

/** Words that may stand between a preposition or verb and the actor it governs ("to the", "from its fellow"). */
export const DETERMINERS = words(`
  the | a | an | its | their | his | her | our | this | that | these | those | both | all | other | several | some | many | each |
  fellow | neighbouring | neighboring | embattled | war-torn | new | former`);

/** After these a verb form is a noun or an adjective: "the pledged sum", "their promise". */
export const NOMINAL_BEFORE = words('the | a | an | its | their | his | her | our | this | these | those | any | every | no');

/** The possessive ending: "NATO's pledge" (a noun follows). */
export const POSSESSIVE_ENDING = "'s";

/** Ties a head noun to what follows: "a pledge of $5m" (so "pledge" is a noun), "the government of Chad". */
export const OF_LINKS = words('of');

/** Words between an action noun and its amount: "a pledge of $5m", "grants worth $2m", "loans totaling $1bn". */
export const AMOUNT_LINKS = words('of | worth | totaling | totalling');
/** Between an amount and the action noun after it: "$3m in fines". */
export const AMOUNT_IN = words('in');

/** A preposition before an actor makes it no subject: "in the United States", "from NATO". */
export const PREPOSITIONS = words(`
  in | at | from | to | for | by | with | against | amid | near | into | over | across | under | since | during | on | between |
  among | toward | towards | via | through | about | of | including | like | than | after | before | without | within | outside |
  inside | upon | around | behind | beyond | throughout`);

/** Pronouns that stand for a person ("he", "she") and for anything else ("it", "they", "we"). */
export const PERSON_PRONOUNS = words('he | she');
export const OTHER_PRONOUNS = words('it | they | we');
/** Pronouns that stand for a group or plural ("they", "we"): never for one company or one person. */
export const PLURAL_PRONOUNS = words('they | we');
/** First-person pronouns: in a quotation they stand for the speaker's side, which the text rarely names: unresolved. */
export const FIRST_PERSON_PRONOUNS = words('we | i');

// ---- clauses

/**
 * Words that start a clause after a comma (", which", ", while", ", and"); a comma before an -ing word starts one too
 * (", underscoring") unless the word is in `NOT_CLAUSE_ING`. ", including" and ", totaling" only continue a noun phrase.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'and', 'or', 'so', 'yet', 'when',
  'where', 'after', 'before', 'if', 'unless', 'according',
];
export const PARTICIPLE_ENDING = 'ing';
export const NOT_CLAUSE_ING = words(`
  including | excluding | totaling | totalling | amounting | during | nothing | something | anything | everything | morning |
  evening | spring | bring | thing | string | king | ceiling | funding | building | spending | meeting | rising`);

/** Relative pronouns that open a clause a comma can close again: "The US, which gave $61bn last year, has …". */
export const RELATIVE_OPENERS = words('which | who | whose | whom');
/**
 * Relative pronouns that are their clause's subject: a verb phrase starts after them, and the clause's actor is the
 * one before it ("NATO, which pledged …", "the fund that gave …").
 */
export const RELATIVE_SUBJECTS = words('which | who | that');

/**
 * "… would contribute $1.5bn and that the EU had set aside €300m": a conjunction, an optional complementizer and
 * determiner, then a new subject and a finite verb start a clause of its own.
 */
export const CLAUSE_CONJUNCTIONS = words('and | but');
export const COMPLEMENTIZERS = words('that');
export const SUBJECT_DETERMINERS = words('the | its');

/** "Germany, France and Italy": the words that join a list of subjects, and the article allowed before each. */
export const COORDINATORS: readonly string[] = ['and', '&'];
export const LIST_ARTICLES: readonly string[] = ['the'];

/**
 * "$5 billion (about €4.6 billion)", "$5 billion, or about €4.6 billion": one amount stated twice. The words allowed
 * right after the bracket; the conjunctions that restate and the hedges allowed after them.
 */
export const RESTATEMENT = {
  bracketed: ['about', 'around', 'roughly', 'some', 'or', 'approximately'],
  conjunctions: ['or'],
  hedges: ['about', 'around', 'roughly', 'some'],
} as const;
