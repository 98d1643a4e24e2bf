/**
 * "the" + a number: "the 1980s", "the '80s", "the 1989 model year", "the 1988 second quarter", "the 1989 fall", "the
 * 12 months" (i is "the"). The ordinal numbers ("the 30th", "the 20th century") are read before these.
 */
import { PERIOD_GRAINS } from '../../../time/anchor';
import { NOT_A_DATE, Parsed, Phrase } from '../../../time/grammar';
import { dateValue } from '../../../time/resolve';
import type { DateScan } from '../../../time/scan';
import { SEASONS } from '../calendar';
import { FISCAL_YEAR_KINDS, ORDINALS, YEAR_KINDS } from '../date-words';
import { earningsStory } from './cues';
import { duration } from './duration';
import { yearToDate } from './quarter';

/** The point after "the" when it is a plain year ("1989"): the phrase and the word after it. */
function yearAfterThe(s: DateScan, i: number): { inner: Phrase; year: string; after: string } | null {
  const inner = s.point(i + 1);
  const year = inner && inner.point && inner.v.timex && /^\d{4}$/.test(inner.v.timex) ? inner.v.timex : null;
  return inner && year ? { inner, year, after: s.w(inner.next) } : null;
}

/** "the 1989 fall": that season of the year. */
export function theYearSeason(s: DateScan, i: number): Parsed {
  const y = yearAfterThe(s, i);
  const code = y && SEASONS.get(y.after);
  if (!y || !code) return null;
  return { next: y.inner.next + 1, v: dateValue(`${y.year}-${code}`, 'absolute'), point: true };
}

/** "the 1988 second quarter", "the 1990 first half". */
export function theYearQuarter(s: DateScan, i: number): Parsed {
  const y = yearAfterThe(s, i);
  const part = y && s.w(y.inner.next + 1);
  if (!y || !ORDINALS.has(y.after) || (part !== 'quarter' && part !== 'half')) return null;
  const q = ORDINALS.get(y.after)!;
  return { next: y.inner.next + 2, v: dateValue(part === 'quarter' ? `${y.year}-Q${q}` : `${y.year}-H${q}`, 'absolute'), point: true };
}

/**
 * "the 1980s", "the 2024-25 season", "the 1989 model year", "the 1988 period": the point after "the", which decides
 * the rule. A plain year needs a period word after it: in "the 1988 trade act" "the" belongs to the name, and the
 * year is read on its own.
 */
export function theNumberedPoint(s: DateScan, i: number): Parsed {
  const inner = s.point(i + 1);
  if (!inner || !inner.point) return null;
  let next = inner.next;
  let v = inner.v;
  if (inner.v.timex && /^\d{4}$/.test(inner.v.timex)) {
    const a = s.w(next);
    if (YEAR_KINDS.has(a) && s.w(next + 1) === 'year') {
      next += 2;
      if (FISCAL_YEAR_KINDS.has(a)) v = s.fiscal(inner.v.timex, inner.v.anchor);
    } else if (a === 'period') {
      // "the 1988 period": the period the story is about ("third-quarter net …"), in that year.
      next += 1;
      const topic = s.story.topic(i, PERIOD_GRAINS);
      if (topic) v = s.story.inYear(topic, +inner.v.timex);
    } else if (a === 'year' || a === 'season') next += 1;
    if (next === inner.next) return NOT_A_DATE;
  }
  return { next, v, point: true, rule: inner.rule };
}

/** "the 12 months", "the five years" — but ages keep "the" outside ("the 6-year-old"). */
export function theCount(s: DateScan, i: number): Parsed {
  const dur = duration(s, i + 1, true);
  if (!dur) return s.t[i + 1].digits ? NOT_A_DATE : null;
  if (s.w(dur.next - 1) === 'old' || s.hyphenAt(i + 2)) return NOT_A_DATE;
  // Earnings news: "for the nine months" is the year so far.
  const months = /^P(\d+)M$/.exec(dur.v.timex ?? '');
  if (months && +months[1] < 12 && s.w(dur.next - 1) === 'months' && earningsStory(s)) return { next: dur.next, v: yearToDate(s, +months[1], i), point: false };
  return { ...dur, point: false };
}
