/**
 * Named holidays: fixed-date ones, movable ones computed per year (Easter by the Gregorian computus, US holidays by
 * their "n-th weekday of a month" rules), and lunar-calendar ones that are recognised but left unresolved (their dates
 * need tables we do not ship). Names are token sequences as the date tokenizer produces them ("mother's" → mother ' s).
 */
import type { Ymd } from './calendar';
import { addDays, daysInMonth, weekday } from './calendar';

export interface Holiday {
  /** Lower-case tokens, e.g. ['new', 'year', "'", 's', 'day']. */
  words: string[];
  /** The holiday's day in year y; null for lunar holidays we do not resolve. */
  day: ((y: number) => Ymd) | null;
  /** Roughly which month it falls in. */
  month: number;
  /** The name is a week ("Easter week", "Holy Week"): the ISO week containing `day`. */
  week?: boolean;
}

/** Easter Sunday (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th weekday wd (0 = Monday) of month m; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

const fixed = (m: number, d: number) => (y: number): Ymd => ({ y, m, d });
const easterPlus = (k: number) => (y: number): Ymd => addDays(easterSunday(y), k);
const nth = (m: number, wd: number, n: number) => (y: number): Ymd => nthWeekday(y, m, wd, n);

/** Spelling variants: "Mother's Day" / "Mothers Day" / "Mothers' Day". */
function variants(name: string): string[][] {
  const base = name.toLowerCase().split(' ');
  const out: string[][] = [[]];
  for (const w of base) {
    const poss = /^(\w+)'s$/.exec(w) ?? /^(\w+s)'$/.exec(w);
    const forms = poss ? (w.endsWith("'s") ? [[poss[1], "'", 's'], [poss[1] + 's']] : [[poss[1], "'"], [poss[1]]]) : [[w]];
    const next: string[][] = [];
    for (const o of out) for (const f of forms) next.push([...o, ...f]);
    out.splice(0, out.length, ...next);
  }
  return out;
}

const TABLE: Array<[string, ((y: number) => Ymd) | null, number]> = [
  ["New Year's Day", fixed(1, 1), 1], ["New Year's Eve", fixed(12, 31), 12], ['Christmas Day', fixed(12, 25), 12],
  ['Christmas Eve', fixed(12, 24), 12], ['Christmas', fixed(12, 25), 12], ['Xmas', fixed(12, 25), 12], ['Boxing Day', fixed(12, 26), 12],
  ['Halloween', fixed(10, 31), 10], ["Valentine's Day", fixed(2, 14), 2], ["St. Patrick's Day", fixed(3, 17), 3],
  ["Saint Patrick's Day", fixed(3, 17), 3], ['Independence Day', fixed(7, 4), 7], ['Juneteenth', fixed(6, 19), 6],
  ['Veterans Day', fixed(11, 11), 11], ["Veterans' Day", fixed(11, 11), 11], ['Remembrance Day', fixed(11, 11), 11],
  ['Armistice Day', fixed(11, 11), 11], ['Bastille Day', fixed(7, 14), 7], ['Canada Day', fixed(7, 1), 7], ['May Day', fixed(5, 1), 5],
  ['Easter Sunday', easterPlus(0), 4], ['Easter Monday', easterPlus(1), 4], ['Good Friday', easterPlus(-2), 4],
  ['Maundy Thursday', easterPlus(-3), 4], ['Holy Saturday', easterPlus(-1), 4], ['Palm Sunday', easterPlus(-7), 4],
  ['Easter week', easterPlus(0), 4], ['Holy Week', easterPlus(0), 4], ['Ash Wednesday', easterPlus(-46), 2], ['Pentecost', easterPlus(49), 5], ['Whit Monday', easterPlus(50), 5], ['Easter', easterPlus(0), 4],
  ['Thanksgiving Day', nth(11, 3, 4), 11], ['Thanksgiving', nth(11, 3, 4), 11], ['Black Friday', (y) => addDays(nthWeekday(y, 11, 3, 4), 1), 11],
  ['Cyber Monday', (y) => addDays(nthWeekday(y, 11, 3, 4), 4), 12], ['Memorial Day', nth(5, 0, -1), 5], ['Labor Day', nth(9, 0, 1), 9],
  ['Martin Luther King Day', nth(1, 0, 3), 1], ['Martin Luther King Jr. Day', nth(1, 0, 3), 1], ['MLK Day', nth(1, 0, 3), 1],
  ["Presidents' Day", nth(2, 0, 3), 2], ["President's Day", nth(2, 0, 3), 2], ['Columbus Day', nth(10, 0, 2), 10],
  ["Indigenous Peoples' Day", nth(10, 0, 2), 10], ["Mother's Day", nth(5, 6, 2), 5], ["Father's Day", nth(6, 6, 3), 6],
  // Lunar and lunisolar calendars: recognised, not resolved.
  ['Ramadan', null, 0], ['Eid al-Fitr', null, 0], ['Eid al-Adha', null, 0], ['Eid', null, 0], ['Diwali', null, 0], ['Hanukkah', null, 0],
  ['Passover', null, 0], ['Yom Kippur', null, 0], ['Rosh Hashanah', null, 0], ['Lunar New Year', null, 0], ['Chinese New Year', null, 0],
];

/** First word → holidays starting with it, longest first. */
export const HOLIDAY_INDEX = new Map<string, Holiday[]>();
for (const [name, day, month] of TABLE) {
  const week = / week$/i.test(name);
  for (const words of variants(name.replace(/-/g, ' - ').replace(/\. /g, ' . ').replace(/\s+/g, ' '))) {
    const list = HOLIDAY_INDEX.get(words[0]) ?? [];
    list.push({ words, day, month, week });
    list.sort((a, b) => b.words.length - a.words.length);
    HOLIDAY_INDEX.set(words[0], list);
  }
}
