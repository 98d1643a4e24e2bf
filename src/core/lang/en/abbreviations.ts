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
