/** Word lists for the date grammar: number and unit words, modifiers and the context words its rules read. All keys lower case. */

import { NUMBER_TENS, NUMBER_UNITS } from './numbers';

/** Counts before a unit ("three years", "a decade"). No "zero": "zero days" is not a date. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...NUMBER_UNITS].filter(([w]) => w !== 'zero'),
  ...NUMBER_TENS,
  ['hundred', 100], ['a', 1], ['an', 1],
]);

/** Vague amounts that still make a period ("several years", "a few months"). */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'couple', 'numerous', 'recent', 'past', 'coming']);

export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['last', -1],
]);

/** Calendar units (singular) → TIMEX3 duration letter. */
export const UNITS = new Map<string, string>([
  ['day', 'D'], ['days', 'D'], ['week', 'W'], ['weeks', 'W'], ['weekend', 'WE'], ['weekends', 'WE'], ['month', 'M'], ['months', 'M'],
  ['year', 'Y'], ['years', 'Y'], ['decade', 'DE'], ['decades', 'DE'], ['century', 'CE'], ['centuries', 'CE'],
  ['quarter', 'Q'], ['quarters', 'Q'], ['semester', 'SE'], ['semesters', 'SE'],
]);

/** Adjectives and adverbs of frequency/period that OntoNotes tags DATE on their own. */
export const PERIODIC = new Map<string, string>([
  ['annual', 'P1Y'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['monthly', 'P1M'], ['quarterly', 'P3M'], ['weekly', 'P1W'],
  ['daily', 'P1D'], ['semiannual', 'P6M'], ['semiannually', 'P6M'], ['biannual', 'P6M'], ['biennial', 'P2Y'],
  ['annualized', 'P1Y'], ['seasonal', 'P3M'], ['seasonally', 'P3M'],
]);

/* Named holidays (fixed, movable and lunar) live in holidays.ts. */

// ---- context words used by the scanner

/** Words that make a 4-digit number a quantity, not a year ("1990 people"). */
export const MEASURE_NOUNS = new Set(
  ('people persons workers employees jobs shares tons tonnes barrels feet foot meters metres miles kilometers km acres ' +
    'points units cars vehicles troops soldiers students households homes houses times copies yuan yen dollars euros ' +
    'pounds marks francs won rupees votes seats cases deaths beds rooms cents hectares square sq kg pieces members ' +
    'respondents companies firms patients children women men items machines computers planes aircraft ships hours hrs gmt utc')
    .split(' '),
);

/** Words after which a capitalised "May"/"March" is the month, not the verb. */
export const MONTH_CONTEXT = new Set(
  'in since until till by from of during through last next this early late mid before after between and to for or on ending ended until the'.split(
    ' ',
  ),
);

/** Words after which a month followed by a capitalised word is still the month ("in August Congress …"). */
export const NAME_SAFE_MONTH_CONTEXT = new Set('in since until till during through early late mid last next this of'.split(' '));

export const REL_WORDS: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1,
  next: 1, coming: 1, following: 1, upcoming: 1,
  this: 0, current: 0, present: 0,
};

export const POINT_MODS: Record<string, string> = {
  early: 'START', late: 'END', mid: 'MID', earlier: 'START', later: 'END',
};

export const EDGE_MODS: Record<string, string> = { end: 'END', beginning: 'START', start: 'START', middle: 'MID', turn: 'START', close: 'END', dawn: 'START' };

export const APPROX_QUALIFIERS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', nearly: 'LESS_THAN', almost: 'LESS_THAN',
  some: 'APPROX', only: '', just: '', another: '', barely: 'LESS_THAN', fully: '',
};

/** Words that may sit between a count and its unit: "four straight years", "15 working days". */
export const UNIT_ADJECTIVES = new Set('consecutive straight full successive more additional working business trading calendar fiscal long whole extra'.split(' '));

/** Words that turn a year-unit noun into a special year: "fiscal year", "model year", "crop year". */
export const YEAR_KINDS = new Set(['fiscal', 'model', 'crop', 'calendar', 'school', 'financial', 'academic', 'tax', 'marketing']);

/** Words before "a year"/"a day" that make it a period rather than a rate ("for a year", "within a day"). */
export const A_PERIOD_CONTEXT = new Set('for within in than by after before about nearly almost over take takes took taking lasted last lasts spent spend half'.split(' '));

/** Words after which "last" is the verb ("could last two years"). */
export const VERB_LAST_CONTEXT = new Set("will would could can may might should must to 'll not t did does do".split(' '));

/** Capitalised words that turn a weekday into a named event ("Black Monday"). */
export const EVENT_DAY_ADJECTIVES = new Set('black gray grey terrible blue good ash cyber super bloody giving holy maundy easter'.split(' '));

/** Prepositions after which "spring"/"fall" is the season. */
export const SEASON_PREPOSITIONS = new Set('by in until till since during through before after from'.split(' '));

/** Words that make "Sunday Times", "Sunday Telegraph" a newspaper. */
export const NEWSPAPER_WORDS = new Set('times telegraph express mirror post herald tribune independent observer star mail people sport world'.split(' '));

/** Irregular past-tense verbs that often precede a date in news ("said Friday", "met Tuesday"). */
export const PAST_VERBS = new Set(
  'said told met began came went saw took made held rose fell won lost left gave sold bought paid fled found got hit led ran sent set shot spoke struck threw wrote was were had did'.split(' '),
);
