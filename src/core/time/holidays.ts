/**
 * Holiday date arithmetic: fixed days, Easter by the Gregorian computus, "n-th weekday of a month" rules. The names and
 * their rules are a language pack's (lang/en/holidays.ts); here they become an index by first word for the parsers.
 */
import type { Ymd } from './calendar';
import { addDays, daysInMonth, weekday } from './calendar';

/** How a holiday's day is found in a year; null: not resolved (lunar calendars). */
export type HolidayRule =
  | { fixed: [month: number, day: number] }
  /** Days after Easter Sunday. */
  | { easter: number }
  /** The n-th weekday (0 = Monday) of a month, n = -1 for the last one; plus days after it. */
  | { nth: [month: number, weekday: number, n: number]; plus?: number }
  | null;

export interface Holiday {
  /** Lower-case tokens as the date tokenizer reads the name, e.g. ['new', 'year', "'", 's', 'day']. */
  words: string[];
  /** The holiday's day in year y; null for lunar holidays we do not resolve. */
  day: ((y: number) => Ymd) | null;
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

/** The day a rule gives in year y. */
export function holidayDay(rule: HolidayRule): ((y: number) => Ymd) | null {
  if (!rule) return null;
  if ('fixed' in rule) {
    const [m, d] = rule.fixed;
    return (y) => ({ y, m, d });
  }
  if ('easter' in rule) {
    const k = rule.easter;
    return (y) => addDays(easterSunday(y), k);
  }
  const [m, wd, n] = rule.nth;
  const plus = rule.plus;
  return plus ? (y) => addDays(nthWeekday(y, m, wd, n), plus) : (y) => nthWeekday(y, m, wd, n);
}

/** First token → the holidays whose name starts with it, longest name first (then in the order given). */
export function holidayIndex(
  records: Iterable<{ name: string; rule: HolidayRule; week?: boolean }>,
  spellings: (name: string) => string[][],
): ReadonlyMap<string, readonly Holiday[]> {
  const index = new Map<string, Holiday[]>();
  for (const { name, rule, week } of records) {
    const day = holidayDay(rule);
    for (const words of spellings(name)) {
      const list = index.get(words[0]) ?? [];
      list.push({ words, day, week: week ?? false });
      index.set(words[0], list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}
