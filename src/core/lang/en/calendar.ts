/** English calendar names: months, weekdays and seasons with their abbreviations. Keys lower case. */

/** Month names and abbreviations → 1..12. Abbreviations need a following "." or digit (checked by the scanner). */
export const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);
export const MONTH_ABBREVIATIONS = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** 0 = Monday … 6 = Sunday (ISO order). */
export const WEEKDAYS = new Map<string, number>([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4], ['saturday', 5], ['sunday', 6],
]);
export const WEEKDAY_ABBREVIATIONS = new Map<string, number>([
  ['mon', 0], ['tue', 1], ['tues', 1], ['wed', 2], ['thu', 3], ['thur', 3], ['thurs', 3], ['fri', 4], ['sat', 5], ['sun', 6],
]);

/** Month and weekday names with their abbreviations written with the period ("jan.", "tues."), lower case. */
export const CALENDAR_WORDS: readonly string[] = [
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...[...MONTH_ABBREVIATIONS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()].map((w) => `${w}.`),
];

/** TIMEX3 season codes (meteorological seasons). */
export const SEASONS = new Map<string, string>([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);
