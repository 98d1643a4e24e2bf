/**
 * Named holidays in English news: fixed-date ones, movable ones (Easter-based, "n-th weekday of a month") and
 * lunar-calendar ones that are recognised but not resolved (their dates need tables we do not ship). The date
 * arithmetic lives in time/holidays.ts; this file is the names and their rules.
 */
import type { HolidayRule } from '../../time/holidays';

export interface HolidayRecord {
  name: string;
  rule: HolidayRule;
  /** The name is a week ("Easter week", "Holy Week"): the ISO week containing the day. */
  week?: boolean;
}

const fixed = (m: number, d: number): HolidayRule => ({ fixed: [m, d] });
/** Days after Easter Sunday. */
const easter = (k: number): HolidayRule => ({ easter: k });
/** The n-th weekday (0 = Monday) of a month; n = -1 for the last one; plus: days after it. */
const nth = (m: number, wd: number, n: number, plus?: number): HolidayRule => (plus ? { nth: [m, wd, n], plus } : { nth: [m, wd, n] });
const THANKSGIVING: [number, number, number] = [11, 3, 4];

const h = (name: string, rule: HolidayRule, week?: boolean): HolidayRecord => (week ? { name, rule, week } : { name, rule });

/** In this order: the index keeps the longest name first for each first word, earlier names first among equals. */
export const HOLIDAYS: readonly HolidayRecord[] = [
  h("New Year's Day", fixed(1, 1)), h("New Year's Eve", fixed(12, 31)), h('Christmas Day', fixed(12, 25)),
  h('Christmas Eve', fixed(12, 24)), h('Christmas', fixed(12, 25)), h('Xmas', fixed(12, 25)), h('Boxing Day', fixed(12, 26)),
  h('Halloween', fixed(10, 31)), h("Valentine's Day", fixed(2, 14)), h("St. Patrick's Day", fixed(3, 17)),
  h("Saint Patrick's Day", fixed(3, 17)), h('Independence Day', fixed(7, 4)), h('Juneteenth', fixed(6, 19)),
  h('Veterans Day', fixed(11, 11)), h("Veterans' Day", fixed(11, 11)), h('Remembrance Day', fixed(11, 11)),
  h('Armistice Day', fixed(11, 11)), h('Bastille Day', fixed(7, 14)), h('Canada Day', fixed(7, 1)), h('May Day', fixed(5, 1)),
  h('Easter Sunday', easter(0)), h('Easter Monday', easter(1)), h('Good Friday', easter(-2)),
  h('Maundy Thursday', easter(-3)), h('Holy Saturday', easter(-1)), h('Palm Sunday', easter(-7)),
  h('Easter week', easter(0), true), h('Holy Week', easter(0), true), h('Ash Wednesday', easter(-46)), h('Pentecost', easter(49)),
  h('Whit Monday', easter(50)), h('Easter', easter(0)),
  h('Thanksgiving Day', nth(...THANKSGIVING)), h('Thanksgiving', nth(...THANKSGIVING)), h('Black Friday', nth(...THANKSGIVING, 1)),
  h('Cyber Monday', nth(...THANKSGIVING, 4)), h('Memorial Day', nth(5, 0, -1)), h('Labor Day', nth(9, 0, 1)),
  h('Martin Luther King Day', nth(1, 0, 3)), h('Martin Luther King Jr. Day', nth(1, 0, 3)), h('MLK Day', nth(1, 0, 3)),
  h("Presidents' Day", nth(2, 0, 3)), h("President's Day", nth(2, 0, 3)), h('Columbus Day', nth(10, 0, 2)),
  h("Indigenous Peoples' Day", nth(10, 0, 2)), h("Mother's Day", nth(5, 6, 2)), h("Father's Day", nth(6, 6, 3)),
  // Lunar and lunisolar calendars: recognised, not resolved.
  h('Ramadan', null), h('Eid al-Fitr', null), h('Eid al-Adha', null), h('Eid', null), h('Diwali', null), h('Hanukkah', null),
  h('Passover', null), h('Yom Kippur', null), h('Rosh Hashanah', null), h('Lunar New Year', null), h('Chinese New Year', null),
];

/**
 * A name as the date tokenizer reads it, in every spelling news uses: lower case, "-" and "." as tokens, and a
 * possessive with or without its apostrophe ("Mother's Day" / "Mothers Day"; "Presidents' Day" / "Presidents Day").
 */
export function holidaySpellings(name: string): string[][] {
  const base = name.replace(/-/g, ' - ').replace(/\. /g, ' . ').replace(/\s+/g, ' ').toLowerCase().split(' ');
  let out: string[][] = [[]];
  for (const w of base) {
    const poss = /^(\w+)'s$/.exec(w) ?? /^(\w+s)'$/.exec(w);
    const forms = poss ? (w.endsWith("'s") ? [[poss[1], "'", 's'], [poss[1] + 's']] : [[poss[1], "'"], [poss[1]]]) : [[w]];
    const next: string[][] = [];
    for (const o of out) for (const f of forms) next.push([...o, ...f]);
    out = next;
  }
  return out;
}
