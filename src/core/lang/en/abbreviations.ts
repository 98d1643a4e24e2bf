import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from './calendar';

/**
 * Lower-case words whose period is an abbreviation mark in news text: titles, company suffixes, months, weekdays and
 * US state abbreviations. Shared by the actor tokenizer and the sentence splitter; each adds its own extras.
 */
export const NEWS_ABBREVIATIONS: readonly string[] = [
  ...('mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm cmdr st jr sr rev hon messrs mme ' +
    'inc corp co ltd bros dept univ assn vs etc no nos ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo').split(' '),
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
];

/** What the sentence splitter also reads as abbreviations (the period ends no sentence by itself). */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NEWS_ABBREVIATIONS,
  ...'pres llc plc est fig a.m p.m u.s u.k u.n e.u d.c n.y l.a'.split(' '),
]);

/** Words after which a following capitalised word still continues the sentence ("Mr. Smith"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm cmdr st rev hon pres messrs mme'.split(' '),
);

/** Words the actor tokenizer keeps their period on ("Sens.", "Cos."), besides NEWS_ABBREVIATIONS. */
export const NAME_DOT_WORDS: ReadonlySet<string> = new Set([...NEWS_ABBREVIATIONS, ...'sens reps gens mlle cos'.split(' ')]);

/** Capitalised words that start a new sentence after an abbreviation ("… in the U.S. The next day …"); case-sensitive. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  ('The A An In On At But And He She It They We I This That These Those There Its His Her Their Mr Mrs Ms However ' +
    'Meanwhile Still Yet Also As After Before When While').split(' '),
);

/** A short line ending in one of these words is not a headline: it continues on the next line. */
export const LINE_CONTINUES_AFTER: ReadonlySet<string> = new Set('the a an of and to by for in on at with former'.split(' '));
