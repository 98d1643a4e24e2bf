import * as assert from 'node:assert/strict';
import { extractDates as extractDatesIn } from '../../src/core/extract/dates';
import { BlockView } from '../../src/core/text/block-view';
const extractDates = (text: string, ref: Parameters<typeof extractDatesIn>[1]) => extractDatesIn(new BlockView(text), ref);

import { timexInterval, isoWeek, weekday } from '../../src/core/time/calendar';
import type { DateMention, ReferenceDate } from '../../src/core/model';

// 2025-04-04 is a Friday in ISO week 14.
const REF: ReferenceDate = { value: '2025-04-04', source: 'argument' };
const NO_REF: ReferenceDate = { value: null, source: 'none' };

function dates(text: string, ref: ReferenceDate = REF): DateMention[] {
  return extractDates(text, ref);
}

/** The single DATE found in `text`; fails when there is not exactly one. */
function one(text: string, ref: ReferenceDate = REF): DateMention {
  const found = dates(text, ref);
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((d) => d.text))}`);
  const m = found[0];
  assert.equal(text.slice(m.start, m.end), m.text, 'offsets must match the text');
  return m;
}

/** span text, timex, start, end */
type Expect = [string, string | null, string | null, string | null];

function check(text: string, [span, timex, start, end]: Expect, ref: ReferenceDate = REF): DateMention {
  const m = one(text, ref);
  assert.deepEqual([m.text, m.timex, m.start_date, m.end_date], [span, timex, start, end], text);
  return m;
}

describe('extractDates — absolute dates', () => {
  const cases: Array<[string, Expect]> = [
    ['The treaty was signed on 4 April 2025 in Rome.', ['4 April 2025', '2025-04-04', '2025-04-04', '2025-04-04']],
    ['The treaty was signed on April 4, 2025, in Rome.', ['April 4, 2025', '2025-04-04', '2025-04-04', '2025-04-04']],
    ['Shares peaked in 2024 before the slump.', ['2024', '2024', '2024-01-01', '2024-12-31']],
    ['Growth slowed in the first quarter of 2025.', ['the first quarter of 2025', '2025-Q1', '2025-01-01', '2025-03-31']],
    ['Output recovered in mid-2023.', ['mid-2023', '2023', '2023-01-01', '2023-12-31']],
    ['The agency expects a deficit in fiscal 1990.', ['fiscal 1990', '1990', '1990-01-01', '1990-12-31']],
    ['Inflation was high in the 1980s.', ['the 1980s', '198', '1980-01-01', '1989-12-31']],
    ['The 1989-90 season was a disaster.', ['The 1989-90 season', '1989', '1989-01-01', '1990-12-31']],
    ['The festival ran August 5th to 9th, 1995, in the capital.', ['August 5th to 9th, 1995', '1995-08-05', '1995-08-05', '1995-08-09']],
    ['The filing is dated 2025-04-04 in the register.', ['2025-04-04', '2025-04-04', '2025-04-04', '2025-04-04']],
    ['The filing is dated 04/04/2025 in the register.', ['04/04/2025', '2025-04-04', '2025-04-04', '2025-04-04']],
    ['Results are due in Q1 2026, analysts said.', ['Q1 2026', '2026-Q1', '2026-01-01', '2026-03-31']],
    ['The law was passed in the summer of 1987.', ['the summer of 1987', '1987-SU', '1987-06-01', '1987-08-31']],
    ['That happened in the 20th century.', ['the 20th century', '19', '1900-01-01', '1999-12-31']],
    ['Prices rose sharply in September 1976.', ['September 1976', '1976-09', '1976-09-01', '1976-09-30']],
  ];
  for (const [text, want] of cases) {
    it(`${want[0]} → ${want[1]}`, () => {
      const m = check(text, want);
      assert.equal(m.anchor, 'absolute');
    });
  }

  it('keeps the modifier of mid-2023 as MID', () => {
    assert.equal(one('Output recovered in mid-2023.').mod, 'MID');
  });
});

describe('extractDates — dates relative to the reference date (2025-04-04)', () => {
  const cases: Array<[string, Expect]> = [
    ['Exports fell last year.', ['last year', '2024', '2024-01-01', '2024-12-31']],
    ['Exports will rise this year.', ['this year', '2025', '2025-01-01', '2025-12-31']],
    ['The minister resigned yesterday.', ['yesterday', '2025-04-03', '2025-04-03', '2025-04-03']],
    ['The minister resigns today.', ['today', '2025-04-04', '2025-04-04', '2025-04-04']],
    ['Talks resumed this week.', ['this week', '2025-W14', '2025-03-31', '2025-04-06']],
    ['Talks stalled last week.', ['last week', '2025-W13', '2025-03-24', '2025-03-30']],
    ['The plant closed two years ago.', ['two years ago', '2023', '2023-01-01', '2023-12-31']],
    ['Sales rose in the same period last year.', ['the same period last year', '2024-Q1', '2024-01-01', '2024-03-31']],
    ['Profit doubled from a year earlier.', ['a year earlier', '2024', '2024-01-01', '2024-12-31']],
    ['Exports grew in the first nine months of the year.', ['the first nine months of the year', 'P9M', '2025-01-01', '2025-09-30']],
    ['The leaders met over the weekend.', ['the weekend', '2025-W13-WE', '2025-03-29', '2025-03-30']],
    ['Xinhua News Agency, Beijing, today, Monday the talks opened.', ['today, Monday', '2025-04-04', '2025-04-04', '2025-04-04']],
    ['The agency reported on February 16th that prices fell.', ['February 16th', '2025-02-16', '2025-02-16', '2025-02-16']],
    ['Prices jumped last month.', ['last month', '2025-03', '2025-03-01', '2025-03-31']],
    ['Hiring slowed in the past 30 days.', ['the past 30 days', 'P30D', '2025-03-05', '2025-04-03']],
    ['Output will grow in the coming six months.', ['the coming six months', 'P6M', '2025-05-01', '2025-10-31']],
  ];
  for (const [text, want] of cases) {
    it(`${want[0]} → ${want[1]}`, () => {
      const m = check(text, want);
      assert.equal(m.anchor, 'reference');
    });
  }

  it('a bare weekday in a past-tense sentence is the latest such day before the reference date', () => {
    check('The ministers met on Tuesday.', ['Tuesday', '2025-04-01', '2025-04-01', '2025-04-01']);
    check('Rebels attacked the town on Saturday.', ['Saturday', '2025-03-29', '2025-03-29', '2025-03-29']);
  });

  it('a bare weekday with future wording points forward', () => {
    check('The ministers will meet on Tuesday.', ['Tuesday', '2025-04-08', '2025-04-08', '2025-04-08']);
    check('The vote is scheduled for Thursday.', ['Thursday', '2025-04-10', '2025-04-10', '2025-04-10']);
    check('The report is due out next Monday.', ['next Monday', '2025-04-07', '2025-04-07', '2025-04-07']);
  });

  it('resolves a weekday inside a named week and counted days from today', () => {
    check('The deal was signed on Tuesday of last week.', ['Tuesday of last week', '2025-03-25', '2025-03-25', '2025-03-25']);
    check('The rules take effect three days from today.', ['three days from today', '2025-04-07', '2025-04-07', '2025-04-07']);
    check('Elections were held on the first of March.', ['the first of March', '2025-03-01', '2025-03-01', '2025-03-01']);
  });

  it('in quarterly-earnings wording "a year earlier" is the same quarter of the previous year', () => {
    const text = 'Third-quarter profit rose to $5 million, or 10 cents a share, from $4 million a year earlier.';
    const m = dates(text, { value: '2025-10-20', source: 'argument' }).find((d) => d.text === 'a year earlier');
    assert.ok(m);
    assert.deepEqual([m.timex, m.start_date, m.end_date], ['2024-Q3', '2024-07-01', '2024-09-30']);
  });

  it('the weekday of the reference date itself is that day ("said Friday" in a Friday article)', () => {
    check('The company said Friday that sales fell.', ['Friday', '2025-04-04', '2025-04-04', '2025-04-04']);
  });

  it('a past-tense verb right before the weekday beats future wording later in the sentence', () => {
    check('The bank said Monday that it will raise rates.', ['Monday', '2025-03-31', '2025-03-31', '2025-03-31']);
  });

  it('a bare month resolves by tense: past → not far ahead of the reference, future → the next one', () => {
    check('Inflation peaked in October.', ['October', '2024-10', '2024-10-01', '2024-10-31']);
    check('Inflation eased in March.', ['March', '2025-03', '2025-03-01', '2025-03-31']);
    check('The summit will take place in January.', ['January', '2026-01', '2026-01-01', '2026-01-31']);
  });
});

describe('extractDates — durations and periodic words (DATE in OntoNotes)', () => {
  const cases: Array<[string, string, string]> = [
    ['The project took six months.', 'six months', 'P6M'],
    ['It issued five-year bonds.', 'five-year', 'P5Y'],
    ['The annual report came out.', 'annual', 'P1Y'],
    ['It pays a quarterly dividend.', 'quarterly', 'P3M'],
    ['The plant will run for 30 days.', '30 days', 'P30D'],
    ['A 40-year-old man was arrested.', '40-year-old', 'P40Y'],
  ];
  for (const [text, span, timex] of cases) {
    it(`${span} → ${timex}`, () => {
      const m = one(text);
      assert.equal(m.text, span);
      assert.equal(m.timex, timex);
      assert.equal(m.start_date, null);
    });
  }

  it('"the past two years" is a duration that also carries the two complete years before the reference', () => {
    check('Prices doubled over the past two years.', ['the past two years', 'P2Y', '2023-01-01', '2024-12-31']);
  });

  it('"recent years" is PAST_REF', () => {
    check('Exports grew in recent years.', ['recent years', 'PAST_REF', null, null]);
  });
});

describe('extractDates — span conventions', () => {
  it('keeps the preposition out: "on Tuesday" → "Tuesday"', () => {
    assert.equal(one('He spoke on Tuesday.').text, 'Tuesday');
  });

  it('keeps determiners and modifiers in: "late Tuesday", "the end of 1997", "earlier this year"', () => {
    assert.equal(one('He spoke late Tuesday.').text, 'late Tuesday');
    assert.equal(one('It expires at the end of 1997.').text, 'the end of 1997');
    const m = one('Prices rose earlier this year.');
    assert.deepEqual([m.text, m.timex, m.mod], ['earlier this year', '2025', 'START']);
  });

  it('leaves times of day alone', () => {
    assert.deepEqual(dates('The blast happened last night at 10 a.m. and again this morning.'), []);
    assert.deepEqual(dates('Prices are now higher and currently rising.'), []);
  });

  it('does not read quantities, names or the modal "may" as dates', () => {
    assert.deepEqual(dates('The firm has 1990 employees.'), []);
    assert.deepEqual(dates('Officials say it may rain.'), []);
    assert.deepEqual(dates('The novel by August Strindberg was staged.'), []);
    assert.deepEqual(dates('Stocks crashed on Black Monday.'), []);
    assert.deepEqual(dates('Output rose to 11,000 barrels a day.'), []);
    assert.deepEqual(dates('A quarter of the shares were sold.'), []);
  });

  it('keeps "\'s" after a multi-word date but not after one word', () => {
    assert.equal(one("Last year's harvest was poor.").text, "Last year's");
    assert.equal(one("Friday's vote was close.").text, 'Friday');
  });

  it('finds several dates with correct offsets', () => {
    const text = 'Between 1996 and 2000 exports doubled; on March 3, 2001 they fell.';
    const found = dates(text);
    // OntoNotes tags "between X and Y" as one DATE.
    assert.deepEqual(found.map((d) => d.text), ['Between 1996 and 2000', 'March 3, 2001']);
    assert.deepEqual([found[0].start_date, found[0].end_date], ['1996-01-01', '2000-12-31']);
    for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  });
});

describe('extractDates — without a reference date nothing relative is guessed', () => {
  it('keeps relative dates unresolved', () => {
    const y = one('Exports fell last year.', NO_REF);
    assert.deepEqual([y.timex, y.start_date, y.end_date, y.anchor], ['XXXX', null, null, 'unresolved']);
    const d = one('The ministers met on Tuesday.', NO_REF);
    assert.deepEqual([d.timex, d.start_date, d.anchor], ['XXXX-WXX-2', null, 'unresolved']);
    const mo = one('Inflation peaked in June.', NO_REF);
    assert.deepEqual([mo.timex, mo.start_date, mo.anchor], ['XXXX-06', null, 'unresolved']);
    const t = one('The minister resigned today.', NO_REF);
    assert.deepEqual([t.timex, t.start_date, t.anchor], ['PRESENT_REF', null, 'unresolved']);
  });

  it('still resolves absolute dates', () => {
    check('The treaty was signed on April 4, 2025.', ['April 4, 2025', '2025-04-04', '2025-04-04', '2025-04-04'], NO_REF);
  });
});

describe('calendar helpers', () => {
  it('maps TIMEX3 values to inclusive intervals', () => {
    assert.deepEqual(timexInterval('2024-02'), ['2024-02-01', '2024-02-29']);
    assert.deepEqual(timexInterval('2025-W01'), ['2024-12-30', '2025-01-05']);
    assert.deepEqual(timexInterval('2024-WI'), ['2024-12-01', '2025-02-28']);
    assert.deepEqual(timexInterval('2025-H2'), ['2025-07-01', '2025-12-31']);
    assert.deepEqual(timexInterval('19'), ['1900-01-01', '1999-12-31']);
    assert.equal(timexInterval('P2Y'), null);
    assert.equal(timexInterval('XXXX-06'), null);
  });

  it('computes ISO weeks and weekdays', () => {
    assert.deepEqual(isoWeek({ y: 2025, m: 4, d: 4 }), { y: 2025, w: 14 });
    assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { y: 2020, w: 53 });
    assert.equal(weekday({ y: 2025, m: 4, d: 4 }), 4); // Friday
  });
});
