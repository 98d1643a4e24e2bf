/**
 * Modern online-news wording (2020s): relative phrases, fiscal/half-year labels, holidays, narrative anchors and
 * datelines. All sentences are written for these tests.
 */
import * as assert from 'node:assert/strict';
import { extractDates as extractDatesIn } from '../../src/core/extract/dates';
import { BlockView } from '../../src/core/text/block-view';
const extractDates = (text: string, ref: Parameters<typeof extractDatesIn>[1]) => extractDatesIn(new BlockView(text), ref);

import { detectReferenceDate } from '../../src/core/refdate';
import { easterSunday, nthWeekday } from '../../src/core/time/holidays';
import { fmtYmd } from '../../src/core/time/calendar';
import type { DateMention, ReferenceDate } from '../../src/core/model';

// 2025-04-09 is a Wednesday in ISO week 15.
const REF: ReferenceDate = { value: '2025-04-09', source: 'argument' };
const NO_REF: ReferenceDate = { value: null, source: 'none' };

function all(text: string, ref: ReferenceDate = REF): DateMention[] {
  const found = extractDates(text, ref);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, 'offsets must match the text');
  return found;
}
/** [span, timex, start, end] of every date found. */
function summary(text: string, ref: ReferenceDate = REF): Array<[string, string | null, string | null, string | null]> {
  return all(text, ref).map((m) => [m.text, m.timex, m.start_date, m.end_date]);
}

describe('modern news — relative and calendar phrases', () => {
  const cases: Array<[string, Array<[string, string | null, string | null, string | null]>]> = [
    ['Prices rose earlier this month, the agency said.', [['earlier this month', '2025-04', '2025-04-01', '2025-04-30']]],
    ['The firm expects to break even later this year.', [['later this year', '2025', '2025-01-01', '2025-12-31']]],
    ['The country aims to cut emissions by 2030.', [['2030', '2030', '2030-01-01', '2030-12-31']]],
    ['The plant should be finished by the end of 2025.', [['the end of 2025', '2025', '2025-01-01', '2025-12-31']]],
    ['He signed for the club for the 2024-25 season.', [['the 2024-25 season', '2024', '2024-01-01', '2025-12-31']]],
    ['Revenue grew in Q1 2025 while H1 2025 sales were flat.', [['Q1 2025', '2025-Q1', '2025-01-01', '2025-03-31'], ['H1 2025', '2025-H1', '2025-01-01', '2025-06-30']]],
    ['The budget for FY2024 passed; fiscal 2025 looks tighter.', [['FY2024', '2024', '2024-01-01', '2024-12-31'], ['fiscal 2025', '2025', '2025-01-01', '2025-12-31']]],
    ['Talks are planned for the week of March 10.', [['the week of March 10', '2025-W11', '2025-03-10', '2025-03-16']]],
    ['Inflation rose between 2022 and 2024 across the bloc.', [['between 2022 and 2024', '2022', '2022-01-01', '2024-12-31']]],
    ['Prices climbed 8% in the last 12 months.', [['the last 12 months', 'P12M', '2024-04-01', '2025-03-31']]],
    ['A decade ago the town had no bank.', [['A decade ago', '2015', '2015-01-01', '2015-12-31']]],
    ['Two people were arrested over the weekend.', [['the weekend', '2025-W14-WE', '2025-04-05', '2025-04-06']]],
    ['Russia has held the region since February 2022.', [['February 2022', '2022-02', '2022-02-01', '2022-02-28']]],
    ['The band formed in the early 1990s.', [['the early 1990s', '199', '1990-01-01', '1999-12-31']]],
    ['Stocks jumped on the day, and the outage lasted 24 hours.', [['the day', '2025-04-09', '2025-04-09', '2025-04-09']]],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(summary(text), want));

  it('H1 without a year is not a date (too often a code: "H1 visas")', () => {
    assert.deepEqual(summary('The firm sponsored H1 visas for engineers.'), []);
  });
  it('"Tuesday night": the day is DATE, the time of day is not (OntoNotes splits them)', () => {
    assert.deepEqual(summary('Protesters gathered on Tuesday night.'), [['Tuesday', '2025-04-08', '2025-04-08', '2025-04-08']]);
    assert.deepEqual(summary("Tuesday's vote was delayed."), [['Tuesday', '2025-04-08', '2025-04-08', '2025-04-08']]);
  });
});

describe('modern news — weekdays and tense', () => {
  it('past wording: the reference weekday is the reference day itself (what annotated news does)', () => {
    assert.equal(all('He said Wednesday that the deal was done.')[0].timex, '2025-04-09');
    assert.equal(all('The bank cut rates on Monday.')[0].timex, '2025-04-07');
  });
  it('future wording goes forward, including "is to"', () => {
    assert.equal(all('The committee will meet on Tuesday.')[0].timex, '2025-04-15');
    assert.equal(all('Trading in the shares is to resume Monday.')[0].timex, '2025-04-14');
  });
  it('the nearest tense wins: past wording after a future cue in the same sentence points back', () => {
    assert.equal(all('The firm said it would appeal, adding that it had already paid the fee in January.')[0].timex, '2025-01');
    assert.equal(all('The firm said it would pay the fee in January.')[0].timex, '2026-01');
    assert.equal(all('The firm will have paid the fee in January.')[0].timex, '2026-01');
  });
  it('lower-case weekday tied to a week', () => {
    assert.deepEqual(summary('We met on tuesday of last week.')[0], ['tuesday of last week', '2025-04-01', '2025-04-01', '2025-04-01']);
  });
});

describe('modern news — numeric formats', () => {
  it('ISO and US slash dates', () => {
    assert.deepEqual(summary('Filed 2025-04-04; signed 04/05/2025.').map((x) => x[1]), ['2025-04-04', '2025-04-05']);
  });
  it('dotted dates are read day first (European)', () => {
    assert.deepEqual(summary('Published 03.04.2025 in Berlin.'), [['03.04.2025', '2025-04-03', '2025-04-03', '2025-04-03']]);
  });
  it('a decimal is not a dotted date', () => {
    assert.deepEqual(summary('The index rose 3.5 points.'), []);
  });
});

describe('modern news — holidays', () => {
  it('computes Easter (Gregorian computus) and US holiday rules', () => {
    assert.equal(fmtYmd(easterSunday(2024)), '2024-03-31');
    assert.equal(fmtYmd(easterSunday(2025)), '2025-04-20');
    assert.equal(fmtYmd(easterSunday(2038)), '2038-04-25');
    assert.equal(fmtYmd(nthWeekday(2025, 11, 3, 4)), '2025-11-27'); // Thanksgiving
    assert.equal(fmtYmd(nthWeekday(2025, 5, 0, -1)), '2025-05-26'); // Memorial Day
  });
  it('past wording → the latest one, future → the next one', () => {
    assert.deepEqual(summary('Stores were packed at Christmas.'), [['Christmas', '2024-12-25', '2024-12-25', '2024-12-25']]);
    assert.deepEqual(summary('Markets will close for Good Friday and Easter Monday.').map((x) => x[1]), ['2025-04-18', '2025-04-21']);
    assert.deepEqual(summary('Shoppers spent more on Black Friday.').map((x) => x[1]), ['2024-11-29']);
    assert.deepEqual(summary('They met on Memorial Day.').map((x) => x[1]), ['2024-05-27']);
  });
  it('a written year wins; last/next pick the occurrence', () => {
    assert.equal(all('Sales slumped at Easter 2026.')[0].timex, '2026-04-05');
    assert.equal(all('He has not been home since last Thanksgiving.')[0].timex, '2024-11-28');
    assert.equal(all("New Year's Day falls on a Thursday.")[0].text, "New Year's Day");
  });
  it('holiday weeks are ISO weeks; lunar holidays are found but not resolved', () => {
    const holyTuesday: ReferenceDate = { value: '2025-04-15', source: 'argument' };
    assert.equal(all('Pilgrims arrived as Holy Week began.', holyTuesday)[0].timex, '2025-W16');
    assert.equal(all('Pilgrims arrived as Holy Week began.')[0].timex, '2024-W13'); // a week ahead: last year's
    const r = all('Ramadan begins next month.');
    assert.deepEqual([r[0].text, r[0].timex, r[0].anchor], ['Ramadan', null, 'unresolved']);
  });
  it('names are not holidays', () => {
    assert.deepEqual(summary('They sailed to Easter Island.'), []);
  });
  it('without a reference date: fixed holidays keep month and day, movable ones stay open', () => {
    assert.equal(all('We close on Christmas.', NO_REF)[0].timex, 'XXXX-12-25');
    assert.equal(all('We close on Easter.', NO_REF)[0].timex, null);
  });
});

describe('modern news — narrative anchors', () => {
  it('"the day before" counts from the last date mentioned', () => {
    const r = summary('He was last seen on March 3, the day before, police said.');
    assert.deepEqual(r[1], ['the day before', '2025-03-02', '2025-03-02', '2025-03-02']);
  });
  it('"the day before <clause>" is not counted from the anchor', () => {
    const r = summary('He was seen on March 3. The day before the vote he left.');
    // Not March 2: the clause names another event, so the phrase is read like a bare "the day before" (from the reference).
    assert.deepEqual(r[1], ['The day before', '2025-04-08', '2025-04-08', '2025-04-08']);
  });
  it('"the following week" after a date', () => {
    assert.deepEqual(summary('The talks opened on 2 June 2024 and collapsed the following week.')[1], ['the following week', '2024-W23', '2024-06-03', '2024-06-09']);
  });
  it('"a year earlier" after a month or quarter names the same period a year before', () => {
    assert.deepEqual(summary('Unemployment fell to 3.9% in February from 4.1% a year earlier.')[1], ['a year earlier', '2024-02', '2024-02-01', '2024-02-29']);
    assert.deepEqual(summary('Profit rose in the third quarter of 2024 from a year ago.')[1], ['a year ago', '2023-Q3', '2023-07-01', '2023-09-30']);
  });
  it('"ago" without a comparison counts from the reference date', () => {
    assert.deepEqual(summary('She moved in March 2020. The firm was founded 30 years ago.')[1], ['30 years ago', '1995', '1995-01-01', '1995-12-31']);
  });
  it('a reporting day does not anchor year-on-year phrases', () => {
    assert.equal(summary('Sales rose 5%, the company said Tuesday, compared with a year earlier.')[1][1], '2024');
  });
  it('anchored results do not chain', () => {
    const r = summary('In March 2024 sales fell from a year earlier, and a year earlier still.');
    assert.deepEqual(r.map((x) => x[1]), ['2024-03', '2023-03', '2023-03']);
  });
});

describe('modern news — years in words', () => {
  it('reads spelled-out years', () => {
    assert.deepEqual(summary('The bombing in nineteen ninety-six shocked the city.').map((x) => x[1]), ['1996']);
    assert.deepEqual(summary('They came back in two thousand and fifteen.').map((x) => x[1]), ['2015']);
    assert.deepEqual(summary('It happened in January nineteen ninety-seven.').map((x) => x[1]), ['1997-01']);
  });
  it('numbers in words are not years elsewhere', () => {
    assert.deepEqual(summary('About two thousand people marched.'), []);
  });
});

describe('modern news — datelines and headers', () => {
  const cases: Array<[string, string | null]> = [
    ['Updated April 4, 2025 10:32 am ET\nThe Senate passed the bill.', '2025-04-04'],
    ['April 4, 2025 at 10:32 a.m. EDT\nThe Senate passed the bill.', '2025-04-04'],
    ['Published 04.04.2025\nThe Senate passed the bill.', '2025-04-04'],
    ['By Jane Doe | Published: 2025-04-04T09:30:00Z\nBody text.', '2025-04-04'],
    ['Fri 4 Apr 2025 10.32 BST\nBody text.', '2025-04-04'],
    ['WASHINGTON (Reuters) — The Senate passed the bill on Tuesday.', null],
    ['LONDON, April 4 (Reuters) - Shares fell.', null],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text.split('\n')[0]), () => assert.equal(detectReferenceDate(text).value, want));
});
