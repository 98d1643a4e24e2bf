/** Word lists for the date grammar: number and unit words, modifiers and the context words its rules read. All keys lower case. */

import { NUMBER_TENS, NUMBER_UNITS } from './numbers';

const list = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Counts before a unit ("three years", "a decade"). No "zero": "zero days" is not a date. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...NUMBER_UNITS].filter(([w]) => w !== 'zero'),
  ...NUMBER_TENS,
  ['hundred', 100], ['a', 1], ['an', 1],
]);

/** Vague amounts that still make a period ("several years", "a few months"). */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'couple', 'numerous', 'recent', 'past', 'coming']);
/** Vague words that may follow a qualifier ("about") but are no count themselves ("recent years" is read elsewhere). */
export const VAGUE_NON_COUNTS = list('recent past coming');

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

/** Singular unit nouns that name a calendar point or period ("the day", "this week", "that year") → grain. */
export const POINT_UNITS = new Map<string, string>([
  ['day', 'D'], ['week', 'W'], ['weekend', 'WE'], ['month', 'M'], ['quarter', 'Q'], ['year', 'Y'], ['decade', 'DE'], ['century', 'CE'],
]);

/** Adjectives and adverbs of frequency/period that OntoNotes tags DATE on their own. */
export const PERIODIC = new Map<string, string>([
  ['annual', 'P1Y'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['monthly', 'P1M'], ['quarterly', 'P3M'], ['weekly', 'P1W'],
  ['daily', 'P1D'], ['semiannual', 'P6M'], ['semiannually', 'P6M'], ['biannual', 'P6M'], ['biennial', 'P2Y'],
  ['annualized', 'P1Y'], ['seasonal', 'P3M'], ['seasonally', 'P3M'],
]);

/** Yesterday, today, tomorrow → days from the reference date. */
export const DEICTIC_DAYS = new Map<string, number>([['yesterday', -1], ['today', 0], ['tomorrow', 1]]);
/** "the day before yesterday", "the day after tomorrow": the words after "the day" → days from the reference date. */
export const DAY_ACROSS = new Map<string, number>([['before yesterday', -2], ['after tomorrow', 2]]);

/* Named holidays (fixed, movable and lunar) live in holidays.ts. */

// ---- context words used by the date grammar

/** Words that make a 4-digit number a quantity, not a year ("1990 people"). */
export const MEASURE_NOUNS = new Set(
  ('people persons workers employees jobs shares tons tonnes barrels feet foot meters metres miles kilometers km acres ' +
    'points units cars vehicles troops soldiers students households homes houses times copies yuan yen dollars euros ' +
    'pounds marks francs won rupees votes seats cases deaths beds rooms cents hectares square sq kg pieces members ' +
    'respondents companies firms patients children women men items machines computers planes aircraft ships hours hrs gmt utc')
    .split(' '),
);

/** Words after which a 4-digit number outside 1900–2099 still reads as a year ("in 1848", "circa 1500"). */
export const YEAR_CONTEXT = list('in since of by from until till year before after around circa c. to and');

/** Words after which "two thousand …" / "twenty …" in words read as a year. */
export const YEAR_PREPOSITIONS = list('in since of by from until till year before after during through to');

/** Hundreds of a year spelled out: "nineteen ninety-six", "eighteen hundred". */
export const CENTURY_WORDS = new Map<string, number>([['nineteen', 1900], ['eighteen', 1800]]);

/** Words after which a capitalised "May"/"March" is the month, not the verb. */
export const MONTH_CONTEXT = new Set(
  'in since until till by from of during through last next this early late mid before after between and to for or on ending ended until the'.split(
    ' ',
  ),
);

/** Month names that are also everyday words; true when the lower-case form is always the word ("may" is the modal). */
export const WORDLIKE_MONTHS = new Map<string, boolean>([['may', true], ['march', false]]);

/** Month abbreviations that are also words or names ("Jan", "Mar"): even after a day they need a period or a number. */
export const WORDLIKE_MONTH_ABBREVIATIONS = list('mar jan jun dec');

/** Words after which a month followed by a capitalised word is still the month ("in August Congress …"). */
export const NAME_SAFE_MONTH_CONTEXT = new Set('in since until till during through early late mid last next this of'.split(' '));

export const REL_WORDS: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['prior', -1],
  ['next', 1], ['coming', 1], ['following', 1], ['upcoming', 1],
  ['this', 0], ['current', 0], ['present', 0],
]);

/** Relative words that, after "the", may count from the story's last date ("the following week"), not from now. */
export const NARRATIVE_REL_WORDS = list('following previous preceding prior next');

/** Relative words that name the running unit ("this week", "the current year"). */
export const THIS_WORDS = list('this current present');

/** Modifiers before a point: "early 2024", "late Tuesday", "mid-March", "earlier this year". */
export const POINT_MODS: ReadonlyMap<string, string> = new Map([
  ['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['earlier', 'START'], ['later', 'END'],
]);

/** Point modifiers that also modify a decade or year after "the" ("the early 1980s"; not "the earlier …"). */
export const DECADE_MODS = list('early late mid');

/** Words before a point that make it approximate: "around Nov. 1". */
export const APPROX_POINT_WORDS = list('around about circa approximately');

/** "the end of …", "the turn of …": the part of the period named after "of". */
export const EDGE_MODS: ReadonlyMap<string, string> = new Map([
  ['end', 'END'], ['beginning', 'START'], ['start', 'START'], ['middle', 'MID'], ['turn', 'START'], ['close', 'END'], ['dawn', 'START'],
]);

/** "the rest of the year", "the remainder of 2025": from the reference day to the end of the period. */
export const REST_WORDS = list('rest remainder balance');

/** Qualifiers before a count; '' keeps the count exact ("only two years"). */
export const APPROX_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'], ['nearly', 'LESS_THAN'],
  ['almost', 'LESS_THAN'], ['some', 'APPROX'], ['only', ''], ['just', ''], ['another', ''], ['barely', 'LESS_THAN'], ['fully', ''],
]);

/** Two-word bounds before a count: "more than", "up to", "at least" → TimeML mod. */
export const BOUND_QUALIFIERS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['more', new Map([['than', 'MORE_THAN']])],
  ['less', new Map([['than', 'LESS_THAN']])],
  ['fewer', new Map([['than', 'LESS_THAN']])],
  ['up', new Map([['to', 'EQUAL_OR_LESS']])],
  ['at', new Map([['least', 'EQUAL_OR_MORE'], ['most', 'EQUAL_OR_LESS']])],
]);

/** Words that may sit between a count and its unit: "four straight years", "15 working days". */
export const UNIT_ADJECTIVES = new Set('consecutive straight full successive more additional working business trading calendar fiscal long whole extra'.split(' '));

/** Words that turn a year-unit noun into a special year: "fiscal year", "model year", "crop year". */
export const YEAR_KINDS = new Set(['fiscal', 'model', 'crop', 'calendar', 'school', 'financial', 'academic', 'tax', 'marketing']);
/** The year kinds that are a company's or government's fiscal year (timex in its own calendar, flag `fiscal`). */
export const FISCAL_YEAR_KINDS = list('fiscal financial');

/** Words before "a year"/"a day" that make it a period rather than a rate ("for a year", "within a day"). */
export const A_PERIOD_CONTEXT = new Set('for within in than by after before about nearly almost over take takes took taking lasted last lasts spent spend half'.split(' '));

/** Words after "a year"/"a day" that make it a period even without context ("a year ago", "a day or two"). */
export const A_PERIOD_AFTER = list('ago earlier later before after or');

/** Words after a count and unit that shift it from a date: "two years ago", "a day later" → direction. */
export const SHIFT_WORDS: ReadonlyMap<string, number> = new Map([['ago', -1], ['earlier', -1], ['before', -1], ['later', 1], ['hence', 1]]);

/** Shift words after which "a quarter" is a period, not a fraction ("a quarter earlier"). */
export const QUARTER_SHIFT_WORDS = list('ago earlier later before');

/** Words before "a year ago" that make it a comparison ("up 5% from a year ago"): the same period a year before. */
export const COMPARISON_WORDS = list('from than over with versus vs');

/** Words that end a figure right before a year-ago phrase ("a loss of $3 million last year"): a comparison of figures. */
export const FIGURE_ENDINGS = list('million billion trillion cents % percent share');
/** Verbs that compare the figure after them with another ("compared with a loss of $3 million last year"). */
export const COMPARED_WORDS = list('compared compares comparing against');

/** "three days from today", "two weeks from now". */
export const NOW_WORDS = list('today now');
/** Words that join a count range: "three or four years", "three to six months", "10-15 years". */
export const RANGE_JOINERS = list('to or -');
/** Words that make "in 15 years" a span of time before them: "its first loss in 15 years", "the last time in a decade". */
export const SPAN_SUPERLATIVES = list('first last only since');

/** Words between a count and "today"/"now" → direction: "from now", "after today", "before today". */
export const FROM_NOW_WORDS: ReadonlyMap<string, number> = new Map([['from', 1], ['after', 1], ['before', -1]]);

/** Words after which a bare plural unit is a duration ("for years", "took months"). */
export const BARE_UNIT_CONTEXT = list('for in over within take takes took taking spent spend after or');
/** Plural units that stand alone after those words. */
export const BARE_UNITS = list('years decades months weeks');
/** Plural units counted from the start of a year: "the first nine months", "the last 12 months". */
export const COUNTED_UNITS = list('months quarters weeks days years');

/** "the full year", "the whole month": the running unit. */
export const WHOLE_WORDS = list('full whole entire');
export const WHOLE_UNITS = list('year day week month');

/** "over the years", "the days leading up to": vague past periods. */
export const VAGUE_PLURAL_UNITS = list('years days decades');
export const VAGUE_PLURAL_BEFORE = list('over through throughout');
export const VAGUE_PLURAL_AFTER = list('before after leading');
/** "at the time", but not "at the time of/when/that …". */
export const TIME_CLAUSE_WORDS = list('of when that');

/** Words after "the" that start a same-period phrase: "the same period last year", "the year-earlier quarter". */
export const SAME_PERIOD_WORDS = list('same year latest current');
/** "the year-earlier quarter", "the year-ago period". */
export const YEAR_AGO_WORDS = list('earlier ago');
/** "the same quarter a year ago/earlier/before". */
export const A_YEAR_AGO_WORDS = list('ago earlier before');
/** "the week beginning February 4", "the week starting on Monday". */
export const WEEK_START_WORDS = list('beginning starting commencing');
/** "the fiscal year ended June 30", "the week ending Tuesday". */
export const ENDED_WORDS = list('ended ending ends');
/** Range separators between two points: "1953 to 1955", "Monday through Friday". */
export const RANGE_WORDS = list('to through until till');

/** Words before "5/12" that make it a month and day ("on 5/12", "this 5/12"); a weekday does too ("Friday 5/12"). */
export const SLASH_DAY_CONTEXT = list('on this next last');
/** Words before "10/25" that make it a month and day unless it reads as a fraction ("from 10/25" but "from 1/4"). */
export const SLASH_DATE_CONTEXT = list('from to until till since through before after');
/** Words after "3/4" that make it a fraction: "3/4 point", "1/2 of", "5/8 inch". */
export const FRACTION_FOLLOWERS = list('point points percent % of inch inches mile miles cup cups share shares');

/** Words before "the 30th" that make it a day of the month ("on the 30th"). */
export const DAY_PREPOSITIONS = list('on by until till since from to before after through');
/** Words that may follow "the 30th" as a day ("the 30th of", "the 30th and …"). */
export const DAY_FOLLOWERS = list('of this last next and or to that when at in');

/** Words after which "last" is the verb ("could last two years"). */
export const VERB_LAST_CONTEXT = new Set("will would could can may might should must to 'll not t did does do".split(' '));

/** Capitalised words that turn a weekday into a named event ("Black Monday"). */
export const EVENT_DAY_ADJECTIVES = new Set('black gray grey terrible blue good ash cyber super bloody giving holy maundy easter'.split(' '));

/** Prepositions after which "spring"/"fall" is the season. */
export const SEASON_PREPOSITIONS = new Set('by in until till since during through before after from'.split(' '));
/** Season words that are nouns anywhere ("autumn", "summer", "winter"); "spring" and "fall" need a preposition. */
export const SEASON_NOUNS = list('autumn summer winter');

/** Words that make "Sunday Times", "Sunday Telegraph" a newspaper. */
export const NEWSPAPER_WORDS = new Set('times telegraph express mirror post herald tribune independent observer star mail people sport world'.split(' '));

/** Quarterly-earnings wording: there "a year earlier" means the same quarter of the previous year. */
export const EARNINGS_WORDS: readonly string[] = ['quarter', 'cents a share'];

/** Demonstratives and quantifiers before a unit: "that day", "each month", "every year", "these days". */
export const DEMONSTRATIVES = list('that each every all these those same any');
/** Quantifiers that make a unit a recurring period: "each year", "every month". */
export const EVERY_WORDS = list('each every any');
/** Units that "all" makes a whole period of: "all year", "all day". */
export const ALL_UNITS = list('year day week month');
/** Demonstratives that point back at a unit the story named: "that day", "those years". */
export const THAT_WORDS = list('that those');

