/**
 * Proleptic Gregorian calendar arithmetic on plain numbers (no Date objects in hot paths) and the TIMEX3 value → inclusive
 * interval mapping the normalisation gold uses: ISO weeks Monday–Sunday, meteorological seasons, YYY = decade, YY = century.
 */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
export const pad4 = (n: number): string => String(n).padStart(4, '0');
export const fmt = (y: number, m: number, d: number): string => `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
export const fmtYmd = (x: Ymd): string => fmt(x.y, x.m, x.d);

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Days since 1970-01-01 (may be negative). */
export function toDays(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, k: number): Ymd {
  return fromDays(toDays(x.y, x.m, x.d) + k);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(x: Ymd): number {
  return (((toDays(x.y, x.m, x.d) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Exactly `YYYY-MM-DD` naming a real calendar day (what every front end accepts as a reference date). */
export function isIsoDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && parseYmd(s) !== null;
}

export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const x = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(x.y, x.m, x.d) ? x : null;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(x: Ymd): { y: number; w: number } {
  const thursday = addDays(x, 3 - weekday(x));
  const jan1 = toDays(thursday.y, 1, 1);
  return { y: thursday.y, w: Math.floor((toDays(thursday.y, thursday.m, thursday.d) - jan1) / 7) + 1 };
}

/** Monday of ISO week w of ISO year y. */
export function isoWeekMonday(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, -weekday(jan4) + (w - 1) * 7);
}

export function weekTimex(x: Ymd): string {
  const { y, w } = isoWeek(x);
  return `${pad4(y)}-W${pad2(w)}`;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/** Inclusive [start, end] of a calendar TIMEX3 value, or null (durations, *_REF, underspecified XXXX values). */
export function timexInterval(timex: string | null): [string, string] | null {
  if (!timex) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(timex))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{3})$/.exec(timex))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  if ((m = /^(\d{2})$/.exec(timex))) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(timex))) {
    const y = +m[1];
    const mo = +m[2];
    if (mo < 1 || mo > 12) return null;
    return [fmt(y, mo, 1), fmt(y, mo, daysInMonth(y, mo))];
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex))) {
    if (!isValidDay(+m[1], +m[2], +m[3])) return null;
    return [timex, timex];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(timex))) {
    const y = +m[1];
    const q = +m[2];
    return [fmt(y, q * 3 - 2, 1), fmt(y, q * 3, daysInMonth(y, q * 3))];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(timex))) return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-06-30`] : [`${m[1]}-07-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(timex))) {
    const mon = isoWeekMonday(+m[1], +m[2]);
    return m[3] ? [fmtYmd(addDays(mon, 5)), fmtYmd(addDays(mon, 6))] : [fmtYmd(mon), fmtYmd(addDays(mon, 6))];
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex))) {
    const y = +m[1];
    const [a, b] = SEASON_MONTHS[m[2]];
    const yEnd = b < a ? y + 1 : y;
    return [fmt(y, a, 1), fmt(yEnd, b, daysInMonth(yEnd, b))];
  }
  return null;
}
