/**
 * The English date grammar: every parser, the tokens that trigger it and the rule it records, in the order they are
 * tried — the one place listing them. At each token the engine tries the wrappers, then the points, then the
 * durations; within a table the parsers a token triggers are tried top to bottom and the first phrase wins (a parser
 * may also say "mine, and no date", which ends that table). Then the refiners extend the phrase. Order matters: it is
 * the order of the if-ladders this table replaced, so reordering lines changes what is found.
 *
 * Entries without a rule are wrappers (the inner phrase's rule is kept: "late Tuesday" is date.weekday) or guards.
 */
import { compileTense } from '../../../time/context';
import { DateGrammar, NUMBER, TriggerTable } from '../../../time/grammar';
import { MONTHS, MONTH_ABBREVIATIONS, SEASONS, WEEKDAYS } from '../calendar';
import {
  APPROX_POINT_WORDS, CENTURY_WORDS, DECADE_MODS, DEICTIC_DAYS, DEMONSTRATIVES, EDGE_MODS, NUMBER_WORDS, ORDINALS, PERIODIC, POINT_MODS,
  POINT_UNITS, REL_WORDS, REST_WORDS, SAME_PERIOD_WORDS, VAGUE_PLURAL_UNITS, WHOLE_WORDS, YEAR_KINDS,
} from '../date-words';
import { CLAUSE_OPENERS, COMPLEMENTIZERS } from '../clauses';
import {
  CLAUSE_SUBORDINATORS, COMPLEMENTIZER_SUBJECTS, DATE_TENSE_SKIP, PARTICIPLE_AUXILIARIES, PAST_AUXILIARIES,
  PAST_VERBS, PERFECT_AUXILIARIES, PERFECT_FUTURE_AUXILIARIES, futureCues, isPastVerb,
} from '../tense';
import { between } from './between';
import { centuryOfYears, decade, ordinalCentury, shortDecade, shortYear, theOrdinalCentury } from './decade';
import { deictic, modernDay, theDayAcross } from './deictic';
import { demonstrative } from './demonstrative';
import { DURATION_WORDS, duration } from './duration';
import { fiscal, theKindOfYear } from './fiscal';
import { HOLIDAY_INDEX, holiday, newYear } from './holiday';
import { modified, theModifiedDecade } from './modifier';
import {
  month, monthDay, monthDayNumeric, monthDayYear, monthDayYearNumeric, monthToMonth, monthYear, monthYearDayNumeric, monthYearNumeric,
} from './month';
import { dayMonth, dayMonthYear, dayMonthYearNumeric, dottedDate, monthDaySlash, numberPart, numericDate } from './numeric';
import { ordinalOfMonth, theNth, theOrdinalOfMonth } from './ordinal-day';
import { periodic } from './periodic';
import { ordinalQuarter, quarterCode, theOrdinalCount, theOrdinalPart } from './quarter';
import { endedPeriod } from './ended';
import { orSo, possessive, range } from './refiners';
import { relativeUnit, relativeWord } from './relative';
import { theSamePeriod } from './same-period';
import { season, theSeason } from './season';
import { theCount, theNumberedPoint, theYearQuarter, theYearSeason } from './the-number';
import { theHolidays, theMonthOf, theOpenTime, theUnit, theWeekOf, theWeekend, theWholeUnit, theYearNamed } from './the-unit';
import { atTheTime, recent, theOtherDay, theYearsGoneBy } from './vague';
import { measuredNumber, preYear, year, yearInWords, yearMonthDay, yearQuarter, yearSpan, yearToYear } from './year';
import { theOrdinalWeek, theWeekFrom, theWeekNumber, weekNumber } from './week';
import { weekday } from './weekday';
import { yearCompound } from './year-compound';

const MONTH_WORDS = [...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()];
const ORDINAL_WORDS = [...ORDINALS.keys()];
/** Number words that can count units after "the" ("the nine months"); "a" and "an" do not. */
const COUNT_WORDS = [...NUMBER_WORDS.keys()].filter((w) => w !== 'a' && w !== 'an');

/** Phrases around a point, tried first. */
export const WRAPPERS = new TriggerTable([
  { rule: 'date.between', on: ['between'], parse: between },
  { on: [...POINT_MODS.keys(), ...APPROX_POINT_WORDS, ...EDGE_MODS.keys(), ...REST_WORDS, 'the'], parse: modified },
]);

/** "the" + …: chosen by the token after "the"; each parser gets the index of "the". */
export const THE_PHRASES = new TriggerTable([
  { rule: 'date.century', on: [NUMBER], parse: theOrdinalCentury },
  { rule: 'date.ordinal-day', on: [NUMBER], parse: theOrdinalOfMonth },
  { rule: 'date.quarter', on: [NUMBER], parse: theOrdinalPart },
  { rule: 'date.ordinal-day', on: [NUMBER], parse: theNth },
  { rule: 'date.season', on: [NUMBER, "'"], parse: theYearSeason },
  { rule: 'date.quarter', on: [NUMBER, "'"], parse: theYearQuarter },
  { on: [NUMBER, "'"], parse: theNumberedPoint },
  { rule: 'date.duration', on: [NUMBER, "'", ...COUNT_WORDS], parse: theCount },
  { rule: 'date.same-period', on: [...SAME_PERIOD_WORDS, 'fiscal'], parse: theSamePeriod },
  { rule: 'date.ordinal-day', on: [...ORDINAL_WORDS, 'twenty', 'thirty'], parse: theOrdinalOfMonth },
  { rule: 'date.quarter', on: [...ORDINAL_WORDS, 'fiscal'], parse: theOrdinalPart },
  { rule: 'date.week', on: [...ORDINAL_WORDS, NUMBER], parse: theOrdinalWeek },
  { rule: 'date.ordinal-count', on: [...ORDINAL_WORDS, 'fiscal'], parse: theOrdinalCount },
  { rule: 'date.fiscal', on: [...YEAR_KINDS], parse: theKindOfYear },
  { rule: 'date.relative-unit', on: [...REL_WORDS.keys()], parse: (s, i) => relativeUnit(s, i + 1, i) },
  { on: [...DECADE_MODS], parse: theModifiedDecade },
  { rule: 'date.season', on: [...SEASONS.keys()], parse: theSeason },
  { rule: 'date.whole-unit', on: [...WHOLE_WORDS], parse: theWholeUnit },
  { rule: 'date.vague', on: ['time'], parse: atTheTime },
  { rule: 'date.vague', on: [...VAGUE_PLURAL_UNITS], parse: theYearsGoneBy },
  { rule: 'date.week', on: ['week'], parse: theWeekNumber },
  { rule: 'date.week', on: ['week'], parse: theWeekFrom },
  { rule: 'date.week-of', on: ['week', 'weekend'], parse: theWeekOf },
  { rule: 'date.weekend', on: ['weekend'], parse: theWeekend },
  { rule: 'date.holiday', on: ['holidays'], parse: theHolidays },
  { rule: 'date.vague', on: ['other'], parse: theOtherDay },
  { on: ['future', 'past'], parse: theOpenTime },
  { on: ['month'], parse: theMonthOf },
  { rule: 'date.deictic', on: ['day'], parse: theDayAcross },
  { rule: 'date.year', on: ['year'], parse: theYearNamed },
  { rule: 'date.the-unit', on: [...POINT_UNITS.keys()], parse: theUnit },
]);

/** Calendar points and periods. */
export const POINTS = new TriggerTable([
  // numbers
  { on: [NUMBER], parse: numberPart },
  { rule: 'date.numeric', on: [NUMBER], parse: numericDate },
  { rule: 'date.numeric.dotted', on: [NUMBER], parse: dottedDate },
  { rule: 'date.numeric', on: [NUMBER], parse: monthDaySlash },
  { rule: 'date.day-month-year', on: [NUMBER], parse: dayMonthYearNumeric },
  { rule: 'date.day-month-year', on: [NUMBER], parse: dayMonthYear },
  { rule: 'date.day-month', on: [NUMBER], parse: dayMonth },
  { rule: 'date.century', on: [NUMBER], parse: centuryOfYears },
  { rule: 'date.decade', on: [NUMBER], parse: decade },
  { rule: 'date.year-range', on: [NUMBER], parse: yearSpan },
  { on: [NUMBER], parse: measuredNumber },
  { rule: 'date.year-range', on: [NUMBER], parse: yearToYear },
  { rule: 'date.quarter', on: [NUMBER], parse: yearQuarter },
  { rule: 'date.quarter', on: [NUMBER], parse: ordinalQuarter },
  { rule: 'date.numeric', on: [NUMBER], parse: yearMonthDay },
  { rule: 'date.year', on: [NUMBER], parse: year },
  { rule: 'date.century', on: [NUMBER], parse: ordinalCentury },
  { rule: 'date.duration', on: [NUMBER], parse: duration },
  { rule: 'date.decade', on: ["'"], parse: shortDecade },
  { rule: 'date.year', on: ["'"], parse: shortYear },
  // words
  { on: ['the'], parse: (s, i) => s.run(THE_PHRASES, i, i + 1) },
  { rule: 'date.fiscal', on: ['fiscal', 'fy'], parse: fiscal },
  { rule: 'date.relative-unit', on: [...REL_WORDS.keys()], parse: relativeWord },
  { rule: 'date.demonstrative', on: [...DEMONSTRATIVES], parse: demonstrative },
  { rule: 'date.deictic', on: [...DEICTIC_DAYS.keys()], parse: deictic },
  { rule: 'date.vague', on: ['recent'], parse: recent },
  { rule: 'date.year-compound', on: ['year'], parse: yearCompound },
  { rule: 'date.week', on: ['week'], parse: weekNumber },
  { rule: 'date.weekday', on: [...WEEKDAYS.keys()], parse: weekday },
  { rule: 'date.month-day-year', on: [...MONTH_WORDS], parse: monthYearDayNumeric },
  { rule: 'date.month-day-year', on: [...MONTH_WORDS], parse: monthDayYearNumeric },
  { rule: 'date.month-year', on: [...MONTH_WORDS], parse: monthYearNumeric },
  { rule: 'date.month-day', on: [...MONTH_WORDS], parse: monthDayNumeric },
  { rule: 'date.month-day-year', on: [...MONTH_WORDS], parse: monthDayYear },
  { rule: 'date.month-day', on: [...MONTH_WORDS], parse: monthDay },
  { rule: 'date.month-year', on: [...MONTH_WORDS], parse: monthYear },
  { rule: 'date.month-range', on: [...MONTH_WORDS], parse: monthToMonth },
  { rule: 'date.month', on: [...MONTH_WORDS], parse: month },
  { rule: 'date.season', on: [...SEASONS.keys()], parse: season },
  { rule: 'date.holiday', on: [...HOLIDAY_INDEX.keys()], parse: holiday },
  { rule: 'date.year-in-words', on: [...CENTURY_WORDS.keys(), 'two', 'twenty'], parse: yearInWords },
  { rule: 'date.holiday.new-year', on: ['new'], parse: newYear },
  { rule: 'date.ordinal-day', on: [...ORDINAL_WORDS], parse: ordinalOfMonth },
  { rule: 'date.quarter', on: [...ORDINAL_WORDS], parse: ordinalQuarter },
  { rule: 'date.quarter', on: ['q', 'h'], parse: quarterCode },
  { rule: 'date.periodic', on: [...PERIODIC.keys()], parse: periodic },
  { rule: 'date.year.before', on: ['pre'], parse: preYear },
  { rule: 'date.deictic', on: ['modern'], parse: modernDay },
]);

/** Durations and counts, where no point starts. */
export const DURATIONS = new TriggerTable([{ rule: 'date.duration', on: [NUMBER, ...DURATION_WORDS], parse: duration }]);

export const ENGLISH_DATES: DateGrammar = {
  wrappers: WRAPPERS,
  points: POINTS,
  durations: DURATIONS,
  refiners: [range, endedPeriod, orSo, possessive],
  tense: compileTense({
    future: futureCues('dates'),
    futureAfter: futureCues('dates-after'),
    pastAuxiliaries: [...PAST_AUXILIARIES, ...PAST_VERBS],
    perfectFuture: PERFECT_FUTURE_AUXILIARIES,
    perfectAuxiliaries: PERFECT_AUXILIARIES,
    participleAuxiliaries: [...PARTICIPLE_AUXILIARIES],
    clauseOpeners: CLAUSE_OPENERS,
    subordinators: CLAUSE_SUBORDINATORS,
    complementizers: [...COMPLEMENTIZERS],
    complementizerSubjects: COMPLEMENTIZER_SUBJECTS,
  }),
  tenseSkip: DATE_TENSE_SKIP,
  isPastVerb,
  reportingDays: new Set([...WEEKDAYS.keys(), ...DEICTIC_DAYS.keys()]),
};

/** Every table of the grammar (for tests and tools). */
export const DATE_TABLES: readonly TriggerTable[] = [WRAPPERS, POINTS, THE_PHRASES, DURATIONS];

