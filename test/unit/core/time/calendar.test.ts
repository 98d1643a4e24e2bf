import * as assert from 'node:assert/strict';
import { fmtYmd, isoWeek, timexInterval, weekday } from '../../../../src/core/time/calendar';
import { easterSunday, nthWeekday } from '../../../../src/core/time/holidays';

describe('calendar helpers', () => {
  const intervals: Array<[string, [string, string] | null]> = [
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2025-W01', ['2024-12-30', '2025-01-05']],
    ['2024-WI', ['2024-12-01', '2025-02-28']],
    ['2025-H2', ['2025-07-01', '2025-12-31']],
    ['19', ['1900-01-01', '1999-12-31']],
    ['P2Y', null],
    ['XXXX-06', null],
  ];
  for (const [timex, want] of intervals) it(`maps TIMEX3 ${timex} to ${JSON.stringify(want)}`, () => assert.deepEqual(timexInterval(timex), want));

  it('computes ISO weeks and weekdays', () => {
    assert.deepEqual(isoWeek({ y: 2025, m: 4, d: 4 }), { y: 2025, w: 14 });
    assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { y: 2020, w: 53 });
    assert.equal(weekday({ y: 2025, m: 4, d: 4 }), 4); // Friday
  });
});

describe('holiday arithmetic', () => {
  const days: Array<[string, string, string]> = [
    ['Easter 2024 (Gregorian computus)', fmtYmd(easterSunday(2024)), '2024-03-31'],
    ['Easter 2025', fmtYmd(easterSunday(2025)), '2025-04-20'],
    ['Easter 2038', fmtYmd(easterSunday(2038)), '2038-04-25'],
    ['Thanksgiving 2025 (4th Thursday of November)', fmtYmd(nthWeekday(2025, 11, 3, 4)), '2025-11-27'],
    ['Memorial Day 2025 (last Monday of May)', fmtYmd(nthWeekday(2025, 5, 0, -1)), '2025-05-26'],
  ];
  for (const [name, got, want] of days) it(name, () => assert.equal(got, want));
});
