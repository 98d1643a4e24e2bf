/** The date forms the engine reads, as tables (see date-table.ts for the row shapes). */
import { FRI, FormRow, NoDateRow, SequenceRow, WED } from './date-table';

/** Absolute dates: anchor "absolute" on every row. */
export const ABSOLUTE: FormRow[] = [
  ['The treaty was signed on 4 April 2025 in Rome.', FRI, '4 April 2025', '2025-04-04', '2025-04-04', '2025-04-04', 'date.day-month-year'],
  ['The treaty was signed on April 4, 2025, in Rome.', FRI, 'April 4, 2025', '2025-04-04', '2025-04-04', '2025-04-04', 'date.month-day-year'],
  ['The treaty was signed on April 4, 2025.', null, 'April 4, 2025', '2025-04-04', '2025-04-04', '2025-04-04', 'date.month-day-year'],
  ['Shares peaked in 2024 before the slump.', FRI, '2024', '2024', '2024-01-01', '2024-12-31', 'date.year'],
  ['The country aims to cut emissions by 2030.', WED, '2030', '2030', '2030-01-01', '2030-12-31', 'date.year'],
  ['Growth slowed in the first quarter of 2025.', FRI, 'the first quarter of 2025', '2025-Q1', '2025-01-01', '2025-03-31', 'date.quarter'],
  ['Output recovered in mid-2023.', FRI, 'mid-2023', '2023', '2023-01-01', '2023-12-31', 'date.year', { mod: 'MID' }],
  ['It expires at the end of 1997.', FRI, 'the end of 1997', '1997', '1997-01-01', '1997-12-31', 'date.year', { mod: 'END' }],
  ['The plant should be finished by the end of 2025.', WED, 'the end of 2025', '2025', '2025-01-01', '2025-12-31', 'date.year', { mod: 'END' }],
  ['The rules apply to pre-1990 buildings.', FRI, 'pre-1990', '1990', '1990-01-01', '1990-12-31', 'date.year.before', { mod: 'BEFORE' }],
  // A fiscal year stays in the company's calendar: no days unless the article gives that calendar.
  ['The agency expects a deficit in fiscal 1990.', FRI, 'fiscal 1990', '1990', null, null, 'date.fiscal', { fiscal: true }],
  ['Inflation was high in the 1980s.', FRI, 'the 1980s', '198', '1980-01-01', '1989-12-31', 'date.decade'],
  ['The band formed in the early 1990s.', WED, 'the early 1990s', '199', '1990-01-01', '1999-12-31', 'date.decade', { mod: 'START' }],
  // A half of a decade or century: that decade, its interval the half.
  ["Sales were flat in the last half of the '80s.", WED, "the last half of the '80s", '198', '1985-01-01', '1989-12-31', 'date.decade', { mod: 'END' }],
  ['The 1989-90 season was a disaster.', FRI, 'The 1989-90 season', '1989', '1989-01-01', '1990-12-31', 'date.year-range'],
  ['He signed for the club for the 2024-25 season.', WED, 'the 2024-25 season', '2024', '2024-01-01', '2025-12-31', 'date.year-range'],
  ['The festival ran August 5th to 9th, 1995, in the capital.', FRI, 'August 5th to 9th, 1995', '1995-08-05', '1995-08-05', '1995-08-09', 'date.month-day-year'],
  ['The filing is dated 2025-04-04 in the register.', FRI, '2025-04-04', '2025-04-04', '2025-04-04', '2025-04-04', 'date.numeric'],
  ['The filing is dated 04/04/2025 in the register.', FRI, '04/04/2025', '2025-04-04', '2025-04-04', '2025-04-04', 'date.numeric'],
  // Dotted dates are read day first (European).
  ['Published 03.04.2025 in Berlin.', WED, '03.04.2025', '2025-04-03', '2025-04-03', '2025-04-03', 'date.numeric.dotted'],
  ['Results are due in Q1 2026, analysts said.', FRI, 'Q1 2026', '2026-Q1', '2026-01-01', '2026-03-31', 'date.quarter'],
  // A quarter or half with its year, in every order.
  ['Revenue in the 1st quarter of 2013 was flat.', FRI, 'the 1st quarter of 2013', '2013-Q1', '2013-01-01', '2013-03-31', 'date.quarter'],
  ['Results for q3 2019 were flat.', FRI, 'q3 2019', '2019-Q3', '2019-07-01', '2019-09-30', 'date.quarter'],
  ['Results for 2019 H2 were flat.', FRI, '2019 H2', '2019-H2', '2019-07-01', '2019-12-31', 'date.quarter'],
  ['Results for 2019-Q1 were flat.', FRI, '2019-Q1', '2019-Q1', '2019-01-01', '2019-03-31', 'date.quarter'],
  ['Results for 2019 Q3 were flat.', FRI, '2019 Q3', '2019-Q3', '2019-07-01', '2019-09-30', 'date.quarter'],
  ['Sales fell in the third quarter 2018.', FRI, 'the third quarter 2018', '2018-Q3', '2018-07-01', '2018-09-30', 'date.quarter'],
  ['Sales fell in third-quarter 2018.', FRI, 'third-quarter 2018', '2018-Q3', '2018-07-01', '2018-09-30', 'date.quarter'],
  ["Sales rose in 2019's third quarter.", FRI, "2019's third quarter", '2019-Q3', '2019-07-01', '2019-09-30', 'date.year'],
  ['In Dec, 2018 it snowed.', FRI, 'Dec, 2018', '2018-12', '2018-12-01', '2018-12-31', 'date.month-year'],
  ['Plans run to the year two thousand and twenty.', '2019-04-04', 'the year two thousand and twenty', '2020', '2020-01-01', '2020-12-31', 'date.year'],
  // Day, month name and year glued by separators, in either order.
  ['The filing is dated 05-Aug-2016 in the register.', FRI, '05-Aug-2016', '2016-08-05', '2016-08-05', '2016-08-05', 'date.day-month-year'],
  ['The filing is dated 23/Sep/2020 in the register.', FRI, '23/Sep/2020', '2020-09-23', '2020-09-23', '2020-09-23', 'date.day-month-year'],
  ['The filing is dated Aug-05-2016 in the register.', FRI, 'Aug-05-2016', '2016-08-05', '2016-08-05', '2016-08-05', 'date.month-day-year'],
  // ISO weeks (Monday to Sunday); a week of a month is its seven days.
  ['Output peaked in week 31 of 2019.', FRI, 'week 31 of 2019', '2019-W31', '2019-07-29', '2019-08-04', 'date.week'],
  ['Output peaked in the first week of 2019.', FRI, 'the first week of 2019', '2019-W01', '2018-12-31', '2019-01-06', 'date.week'],
  ['Output peaked in the last week of 2020.', FRI, 'the last week of 2020', '2020-W53', '2020-12-28', '2021-01-03', 'date.week'],
  ['Output peaked in the last week of March 2024.', FRI, 'the last week of March 2024', 'P1W', '2024-03-25', '2024-03-31', 'date.week'],
  // Holidays with their year, in lower case when the name has several words.
  ['We met on independence day of this year.', '2019-08-23', 'independence day of this year', '2019-07-04', '2019-07-04', '2019-07-04', 'date.holiday', { anchor: 'reference' }],
  ['Sales slumped at Christmas, 2019.', FRI, 'Christmas, 2019', '2019-12-25', '2019-12-25', '2019-12-25', 'date.holiday'],
  ['The law was passed in the summer of 1987.', FRI, 'the summer of 1987', '1987-SU', '1987-06-01', '1987-08-31', 'date.season'],
  ['That happened in the 20th century.', FRI, 'the 20th century', '19', '1900-01-01', '1999-12-31', 'date.century'],
  ['Prices rose sharply in September 1976.', FRI, 'September 1976', '1976-09', '1976-09-01', '1976-09-30', 'date.month-year'],
  ['Russia has held the region since February 2022.', WED, 'February 2022', '2022-02', '2022-02-01', '2022-02-28', 'date.month-year'],
  ['Inflation rose between 2022 and 2024 across the bloc.', WED, 'between 2022 and 2024', '2022', '2022-01-01', '2024-12-31', 'date.between'],
  ['Sales slumped at Easter 2026.', WED, 'Easter 2026', '2026-04-05', '2026-04-05', '2026-04-05', 'date.holiday'],
  // Years in words, as in broadcast transcripts.
  ['The bombing in nineteen ninety-six shocked the city.', WED, 'nineteen ninety-six', '1996', '1996-01-01', '1996-12-31', 'date.year-in-words'],
  ['They came back in two thousand and fifteen.', WED, 'two thousand and fifteen', '2015', '2015-01-01', '2015-12-31', 'date.year-in-words'],
  ['It happened in January nineteen ninety-seven.', WED, 'January nineteen ninety-seven', '1997-01', '1997-01-01', '1997-01-31', 'date.month-year'],
  // A relative "this year" after a month range keeps the range's own anchor.
  ['Sales were flat from January to October this year.', FRI, 'January to October this year', '2025-01', '2025-01-01', '2025-10-31', 'date.month-range'],
];

/** Dates relative to the reference date: anchor "reference" on every row. */
export const RELATIVE: FormRow[] = [
  ['Exports fell last year.', FRI, 'last year', '2024', '2024-01-01', '2024-12-31', 'date.relative-unit'],
  ['Exports will rise this year.', FRI, 'this year', '2025', '2025-01-01', '2025-12-31', 'date.relative-unit'],
  ["Last year's harvest was poor.", FRI, "Last year's", '2024', '2024-01-01', '2024-12-31', 'date.relative-unit'],
  ['Prices rose earlier this year.', FRI, 'earlier this year', '2025', '2025-01-01', '2025-12-31', 'date.relative-unit', { mod: 'START' }],
  ['Prices rose earlier this month, the agency said.', WED, 'earlier this month', '2025-04', '2025-04-01', '2025-04-30', 'date.relative-unit', { mod: 'START' }],
  ['The firm expects to break even later this year.', WED, 'later this year', '2025', '2025-01-01', '2025-12-31', 'date.relative-unit', { mod: 'END' }],
  ['The minister resigned yesterday.', FRI, 'yesterday', '2025-04-03', '2025-04-03', '2025-04-03', 'date.deictic'],
  ['The minister resigns today.', FRI, 'today', '2025-04-04', '2025-04-04', '2025-04-04', 'date.deictic'],
  ['Xinhua News Agency, Beijing, today, Monday the talks opened.', FRI, 'today, Monday', '2025-04-04', '2025-04-04', '2025-04-04', 'date.deictic'],
  ['Talks collapsed the day before yesterday.', FRI, 'the day before yesterday', '2025-04-02', '2025-04-02', '2025-04-02', 'date.deictic'],
  ['The vote is the day after tomorrow.', FRI, 'the day after tomorrow', '2025-04-06', '2025-04-06', '2025-04-06', 'date.deictic'],
  ['Talks resumed this week.', FRI, 'this week', '2025-W14', '2025-03-31', '2025-04-06', 'date.relative-unit'],
  ['Talks stalled last week.', FRI, 'last week', '2025-W13', '2025-03-24', '2025-03-30', 'date.relative-unit'],
  ['Prices jumped last month.', FRI, 'last month', '2025-03', '2025-03-01', '2025-03-31', 'date.relative-unit'],
  ['The plant closed two years ago.', FRI, 'two years ago', '2023', '2023-01-01', '2023-12-31', 'date.duration'],
  ['A decade ago the town had no bank.', WED, 'A decade ago', '2015', '2015-01-01', '2015-12-31', 'date.duration'],
  ['Profit doubled from a year earlier.', FRI, 'a year earlier', '2024', '2024-01-01', '2024-12-31', 'date.duration'],
  ['The rules take effect three days from today.', FRI, 'three days from today', '2025-04-07', '2025-04-07', '2025-04-07', 'date.duration'],
  ['Sales rose in the same period last year.', FRI, 'the same period last year', '2024-Q1', '2024-01-01', '2024-03-31', 'date.same-period'],
  // The first nine months of the latest year in which they have ended.
  ['In the first nine months, sales rose.', FRI, 'the first nine months', 'P9M', '2024-01-01', '2024-09-30', 'date.ordinal-count'],
  ['Exports grew in the first nine months of the year.', FRI, 'the first nine months of the year', 'P9M', '2025-01-01', '2025-09-30', 'date.ordinal-count'],
  ['Prices climbed 8% in the last 12 months.', WED, 'the last 12 months', 'P12M', '2024-04-01', '2025-03-31', 'date.ordinal-count'],
  ['Hiring slowed in the past 30 days.', FRI, 'the past 30 days', 'P30D', '2025-03-05', '2025-04-03', 'date.relative-unit'],
  ['Output will grow in the coming six months.', FRI, 'the coming six months', 'P6M', '2025-05-01', '2025-10-31', 'date.relative-unit'],
  // Years counted back from the reference date are a duration with the interval it covers, up to that day (TimeML:
  // the document time is its end point); "the last decade" is the ten years to the reference day, not the 2010s.
  ['Prices doubled over the past two years.', FRI, 'the past two years', 'P2Y', '2023-04-04', '2025-04-04', 'date.relative-unit'],
  ['Prices rose over the past year.', '1998-03-05', 'the past year', 'P1Y', '1997-03-05', '1998-03-05', 'date.relative-unit'],
  ['Wages stagnated over the last decade.', '1998-03-05', 'the last decade', 'P10Y', '1988-03-05', '1998-03-05', 'date.relative-unit'],
  // Quarters and months are whole calendar units.
  ['Sales fell in the past quarter.', FRI, 'the past quarter', 'P3M', '2025-01-01', '2025-03-31', 'date.relative-unit'],
  // A vague count starts (or ends) at the reference date and goes on.
  ['Prices will rise in the coming months.', FRI, 'the coming months', 'PXM', '2025-04-04', null, 'date.relative-unit'],
  ['Prices fell over the past several weeks.', FRI, 'the past several weeks', 'PXW', null, '2025-04-04', 'date.relative-unit'],
  // In future wording "in five years" is the point that far ahead.
  ['The notes will be redeemed in five years.', '1989-11-02', 'five years', '1994', '1994-01-01', '1994-12-31', 'date.duration'],
  ['The leaders met over the weekend.', FRI, 'the weekend', '2025-W13-WE', '2025-03-29', '2025-03-30', 'date.weekend'],
  ['Two people were arrested over the weekend.', WED, 'the weekend', '2025-W14-WE', '2025-04-05', '2025-04-06', 'date.weekend'],
  ['Talks are planned for the week of March 10.', WED, 'the week of March 10', '2025-W11', '2025-03-10', '2025-03-16', 'date.week-of'],
  ['Stocks jumped on the day, and the outage lasted 24 hours.', WED, 'the day', '2025-04-09', '2025-04-09', '2025-04-09', 'date.the-unit'],
  ['Profit fell for the full year.', FRI, 'the full year', '2025', '2025-01-01', '2025-12-31', 'date.whole-unit'],
  // "year-end" is the year's closing day, not the whole year.
  ['The plan runs to year-end.', FRI, 'year-end', '2025', '2025-12-31', '2025-12-31', 'date.year-compound', { mod: 'END' }],
  ['Debt will be cut by year end.', FRI, 'year end', '2025', '2025-12-31', '2025-12-31', 'date.year-compound', { mod: 'END' }],
  ['Elections were held on the first of March.', FRI, 'the first of March', '2025-03-01', '2025-03-01', '2025-03-01', 'date.ordinal-day'],
  ['The agency reported on February 16th that prices fell.', FRI, 'February 16th', '2025-02-16', '2025-02-16', '2025-02-16', 'date.month-day'],
  ['The fair opens on 4 April.', FRI, '4 April', '2025-04-04', '2025-04-04', '2025-04-04', 'date.day-month'],
  ['Shops reopen after New Year.', FRI, 'New Year', '2025-01-01', '2025-01-01', '2025-01-01', 'date.holiday.new-year'],
  // Days counted from today; a month and day after this / next / last.
  ['The rules take effect two days after today.', FRI, 'two days after today', '2025-04-06', '2025-04-06', '2025-04-06', 'date.duration'],
  ['The task is due next 6th of April.', '2019-05-20', 'next 6th of April', '2020-04-06', '2020-04-06', '2020-04-06', 'date.relative-unit'],
  ['The task is due next 5/12.', '2019-05-20', 'next 5/12', '2020-05-12', '2020-05-12', '2020-05-12', 'date.relative-unit'],
  ['We met last May 5.', '2019-11-07', 'last May 5', '2019-05-05', '2019-05-05', '2019-05-05', 'date.relative-unit'],
  ['The task was done on 5/12.', '2019-05-20', '5/12', '2019-05-12', '2019-05-12', '2019-05-12', 'date.numeric'],
  // A day no fraction has needs no date word; February 29 in a year without one is the latest one before.
  ['The leap-day sale ended 2/29.', '2019-03-22', '2/29', '2016-02-29', '2016-02-29', '2016-02-29', 'date.numeric'],
  // Spelled ordinals; a weekday with its day of the month picks the month in which they agree.
  ['Units must arrive before the thirty-first day of the month.', '2019-08-12', 'the thirty-first day of the month', '2019-08-31', '2019-08-31', '2019-08-31', 'date.ordinal-day'],
  ['The rent is due on the first of next month.', '2019-11-07', 'the first of next month', '2019-12-01', '2019-12-01', '2019-12-01', 'date.ordinal-day'],
  ["Let's meet on Wednesday the thirty first.", '2019-07-19', 'Wednesday the thirty first', '2019-07-31', '2019-07-31', '2019-07-31', 'date.weekday'],
  // "between now and …": the timex is the date written, the interval the range.
  ['I will do the work between now and November 15th.', '2019-04-23', 'between now and November 15th', '2019-11-15', '2019-04-23', '2019-11-15', 'date.between'],
  ['I have done the work between Jan 22 and now.', '2019-04-25', 'between Jan 22 and now', '2019-01-22', '2019-01-22', '2019-04-25', 'date.between'],
  // "end of month" and "the rest of the year": the running unit, its end or what is left of it.
  ['They will hold a party at end of month.', '2018-11-27', 'end of month', '2018-11', '2018-11-01', '2018-11-30', 'date.the-unit', { mod: 'END' }],
  ['Prices will stay high through the rest of this year.', FRI, 'the rest of this year', '2025', '2025-04-04', '2025-12-31', 'date.relative-unit'],
];

/** Weekdays, months and holidays resolve by tense: past wording → the latest one, future wording → the next one. */
export const BY_TENSE: FormRow[] = [
  ['The ministers met on Tuesday.', FRI, 'Tuesday', '2025-04-01', '2025-04-01', '2025-04-01', 'date.weekday'],
  ['Rebels attacked the town on Saturday.', FRI, 'Saturday', '2025-03-29', '2025-03-29', '2025-03-29', 'date.weekday'],
  ['The bank cut rates on Monday.', WED, 'Monday', '2025-04-07', '2025-04-07', '2025-04-07', 'date.weekday'],
  ['The ministers will meet on Tuesday.', FRI, 'Tuesday', '2025-04-08', '2025-04-08', '2025-04-08', 'date.weekday'],
  ['The committee will meet on Tuesday.', WED, 'Tuesday', '2025-04-15', '2025-04-15', '2025-04-15', 'date.weekday'],
  ['The vote is scheduled for Thursday.', FRI, 'Thursday', '2025-04-10', '2025-04-10', '2025-04-10', 'date.weekday'],
  ['Trading in the shares is to resume Monday.', WED, 'Monday', '2025-04-14', '2025-04-14', '2025-04-14', 'date.weekday'],
  ['The report is due out next Monday.', FRI, 'next Monday', '2025-04-07', '2025-04-07', '2025-04-07', 'date.relative-unit'],
  // The weekday of the reference date itself is that day ("said Friday" in a Friday article).
  ['The company said Friday that sales fell.', FRI, 'Friday', '2025-04-04', '2025-04-04', '2025-04-04', 'date.weekday'],
  ['He said Wednesday that the deal was done.', WED, 'Wednesday', '2025-04-09', '2025-04-09', '2025-04-09', 'date.weekday'],
  // A past-tense verb right before the weekday beats future wording later in the sentence.
  ['The bank said Monday that it will raise rates.', FRI, 'Monday', '2025-03-31', '2025-03-31', '2025-03-31', 'date.weekday'],
  // The weekday inside a named week, also in lower case.
  ['The deal was signed on Tuesday of last week.', FRI, 'Tuesday of last week', '2025-03-25', '2025-03-25', '2025-03-25', 'date.weekday'],
  ['We met on tuesday of last week.', WED, 'tuesday of last week', '2025-04-01', '2025-04-01', '2025-04-01', 'date.weekday'],
  // "Tuesday night": the day is DATE, the time of day is not (OntoNotes splits them); one-word dates keep "'s" out.
  ['Protesters gathered on Tuesday night.', WED, 'Tuesday', '2025-04-08', '2025-04-08', '2025-04-08', 'date.weekday'],
  ["Tuesday's vote was delayed.", WED, 'Tuesday', '2025-04-08', '2025-04-08', '2025-04-08', 'date.weekday'],
  ["Friday's vote was close.", FRI, 'Friday', '2025-04-04', '2025-04-04', '2025-04-04', 'date.weekday'],
  // Prepositions stay out, modifiers come in.
  ['He spoke on Tuesday.', FRI, 'Tuesday', '2025-04-01', '2025-04-01', '2025-04-01', 'date.weekday'],
  ['He spoke late Tuesday.', FRI, 'late Tuesday', '2025-04-01', '2025-04-01', '2025-04-01', 'date.weekday', { mod: 'END' }],
  // A bare month: past → not far ahead of the reference, future → the next one.
  ['Inflation peaked in October.', FRI, 'October', '2024-10', '2024-10-01', '2024-10-31', 'date.month'],
  ['Inflation eased in March.', FRI, 'March', '2025-03', '2025-03-01', '2025-03-31', 'date.month'],
  ['The summit will take place in January.', FRI, 'January', '2026-01', '2026-01-01', '2026-01-31', 'date.month'],
  // The nearest tense wins: past wording after a future cue in the same sentence points back.
  ['The firm said it would appeal, adding that it had already paid the fee in January.', WED, 'January', '2025-01', '2025-01-01', '2025-01-31', 'date.month'],
  ['The firm said it would pay the fee in January.', WED, 'January', '2026-01', '2026-01-01', '2026-01-31', 'date.month'],
  ['The firm will have paid the fee in January.', WED, 'January', '2026-01', '2026-01-01', '2026-01-31', 'date.month'],
  // Tense per clause: the cues of the date's own clause (its sentence cut at "but", ", which", "that it …"); the
  // nearest before the date decides, else the first after it.
  ['The notes, to be auctioned Thursday, will pay 4%.', FRI, 'Thursday', '2025-04-10', '2025-04-10', '2025-04-10', 'date.weekday'],
  ['The two sides agreed to meet on Tuesday.', FRI, 'Tuesday', '2025-04-08', '2025-04-08', '2025-04-08', 'date.weekday'],
  ['Roth on Thursday agreed to plead guilty.', FRI, 'Thursday', '2025-04-03', '2025-04-03', '2025-04-03', 'date.weekday'],
  ['Thursday, the board will vote on the plan.', FRI, 'Thursday', '2025-04-10', '2025-04-10', '2025-04-10', 'date.weekday'],
  ['The offer expires Friday.', WED, 'Friday', '2025-04-11', '2025-04-11', '2025-04-11', 'date.weekday'],
  ['Shares fell on Monday, but the bank will cut rates.', WED, 'Monday', '2025-04-07', '2025-04-07', '2025-04-07', 'date.weekday'],
  // A quotation is a clause of its own; a participle after "be" is no past tense.
  ['"We will win," the minister told reporters Wednesday.', '2025-04-12', 'Wednesday', '2025-04-09', '2025-04-09', '2025-04-09', 'date.weekday'],
  ['The dividend would be paid on a date in January.', '2025-10-20', 'January', '2026-01', '2026-01-01', '2026-01-31', 'date.month'],
  ['The bank announced an agreement to acquire the lender in January.', FRI, 'January', '2026-01', '2026-01-01', '2026-01-31', 'date.month'],
  // A bare quarter: past wording → the latest one not after the reference quarter; future → the coming one.
  ['Sales rose in the fourth quarter.', '2019-08-15', 'the fourth quarter', '2018-Q4', '2018-10-01', '2018-12-31', 'date.quarter'],
  ['Sales will rise in the fourth quarter.', '2019-08-15', 'the fourth quarter', '2019-Q4', '2019-10-01', '2019-12-31', 'date.quarter'],
  ['Stores were packed at Christmas.', WED, 'Christmas', '2024-12-25', '2024-12-25', '2024-12-25', 'date.holiday'],
  ['Shoppers spent more on Black Friday.', WED, 'Black Friday', '2024-11-29', '2024-11-29', '2024-11-29', 'date.holiday'],
  ['They met on Memorial Day.', WED, 'Memorial Day', '2024-05-27', '2024-05-27', '2024-05-27', 'date.holiday'],
  ['He has not been home since last Thanksgiving.', WED, 'last Thanksgiving', '2024-11-28', '2024-11-28', '2024-11-28', 'date.relative-unit'],
  // Holiday weeks are ISO weeks; a week still ahead is last year's.
  ['Pilgrims arrived as Holy Week began.', '2025-04-15', 'Holy Week', '2025-W16', '2025-04-14', '2025-04-20', 'date.holiday'],
  ['Pilgrims arrived as Holy Week began.', WED, 'Holy Week', '2024-W13', '2024-03-25', '2024-03-31', 'date.holiday'],
];

/** Durations and periodic words (DATE in OntoNotes): no interval; anchor "absolute". */
export const DURATIONS: FormRow[] = [
  ['The project took six months.', FRI, 'six months', 'P6M', null, null, 'date.duration'],
  ['It issued five-year bonds.', FRI, 'five-year', 'P5Y', null, null, 'date.duration'],
  ['The plant will run for 30 days.', FRI, '30 days', 'P30D', null, null, 'date.duration'],
  ['A 40-year-old man was arrested.', FRI, '40-year-old', 'P40Y', null, null, 'date.duration'],
  ['The annual report came out.', FRI, 'annual', 'P1Y', null, null, 'date.periodic'],
  ['It pays a quarterly dividend.', FRI, 'quarterly', 'P3M', null, null, 'date.periodic'],
  ['Exports grew in recent years.', FRI, 'recent years', 'PAST_REF', null, null, 'date.vague'],
  ['The city will one day host the games.', FRI, 'one day', 'FUTURE_REF', null, null, 'date.duration'],
  ['Sales doubled in five years.', FRI, 'five years', 'P5Y', null, null, 'date.duration'],
];

/** Unresolved values, anchor "unresolved": without a reference date nothing relative is guessed; "that day" stays open. */
export const UNRESOLVED: FormRow[] = [
  ['Exports fell last year.', null, 'last year', 'XXXX', null, null, 'date.relative-unit'],
  ['The ministers met on Tuesday.', null, 'Tuesday', 'XXXX-WXX-2', null, null, 'date.weekday'],
  ['Inflation peaked in June.', null, 'June', 'XXXX-06', null, null, 'date.month'],
  ['The minister resigned today.', null, 'today', 'PRESENT_REF', null, null, 'date.deictic'],
  // Fixed holidays keep month and day; movable ones stay open.
  ['We close on Christmas.', null, 'Christmas', 'XXXX-12-25', null, null, 'date.holiday'],
  ['We close on Easter.', null, 'Easter', null, null, null, 'date.holiday'],
  ['Nobody slept that day.', FRI, 'that day', 'XXXX-XX-XX', null, null, 'date.demonstrative'],
  // A fiscal quarter without the article's fiscal calendar: the company's label, no days.
  ['Sales rose in the fiscal first quarter.', FRI, 'the fiscal first quarter', '2025-Q1', null, null, 'date.quarter', { anchor: 'reference', fiscal: true }],
];

/** Dates counted from an earlier date of the story (anchor "narrative", with the date they count from). */
const STORY_SEQUENCES: SequenceRow[] = [
  // "the following …" counts from the story's last date, "the coming …" from the article's; "the following decade"
  // after 1986 is the 1990s.
  ['Prices peaked in 1986 and fell in the following decade.', FRI, [
    ['1986', '1986', '1986-01-01', '1986-12-31', 'date.year'],
    ['the following decade', '199', '1990-01-01', '1999-12-31', 'date.relative-unit', { anchor: 'narrative' }],
  ]],
  ['Prices peaked on 2 June 2024; the coming week looks calmer.', FRI, [
    ['2 June 2024', '2024-06-02', '2024-06-02', '2024-06-02', 'date.day-month-year'],
    ['the coming week', '2025-W15', '2025-04-07', '2025-04-13', 'date.relative-unit', { anchor: 'reference' }],
  ]],
  // "that month", "the same week": the unit containing the story's latest date.
  ['The plant opened in March 2019, and that month sales doubled.', FRI, [
    ['March 2019', '2019-03', '2019-03-01', '2019-03-31', 'date.month-year'],
    ['that month', '2019-03', '2019-03-01', '2019-03-31', 'date.demonstrative', { anchor: 'narrative', anchor_date: { text: 'March 2019', timex: '2019-03' } }],
  ]],
  ['Talks began on 2 June 2024; the same week a deal was signed.', FRI, [
    ['2 June 2024', '2024-06-02', '2024-06-02', '2024-06-02', 'date.day-month-year'],
    ['the same week', '2024-W22', '2024-05-27', '2024-06-02', 'date.same-period', { anchor: 'narrative', anchor_date: { text: '2 June 2024', timex: '2024-06-02' } }],
  ]],
  // A reporting day names no year: "that year" looks past it.
  ['The mine closed in 2016, the company said Tuesday; that year output halved.', FRI, [
    ['2016', '2016', '2016-01-01', '2016-12-31', 'date.year'],
    ['Tuesday', '2025-04-01', '2025-04-01', '2025-04-01', 'date.weekday'],
    ['that year', '2016', '2016-01-01', '2016-12-31', 'date.demonstrative', { anchor: 'narrative' }],
  ]],
  // Earnings: year-on-year comparisons are with the quarter the story reports.
  ['Third-quarter profit rose to $5 million. In the year-earlier period it was $4 million; in the 2023 period, $3 million. The same period of 2022 was weak.', '2024-10-20', [
    ['Third-quarter', '2024-Q3', '2024-07-01', '2024-09-30', 'date.quarter'],
    ['the year-earlier period', '2023-Q3', '2023-07-01', '2023-09-30', 'date.same-period', { anchor: 'narrative' }],
    ['the 2023 period', '2023-Q3', '2023-07-01', '2023-09-30', 'date.year', { anchor: 'narrative' }],
    ['The same period of 2022', '2022-Q3', '2022-07-01', '2022-09-30', 'date.same-period', { anchor: 'narrative' }],
  ]],
  ['Third-quarter net was $5 million, or 10 cents a share, compared with a loss of $3 million last year.', '2024-10-20', [
    ['Third-quarter', '2024-Q3', '2024-07-01', '2024-09-30', 'date.quarter'],
    ['last year', '2023-Q3', '2023-07-01', '2023-09-30', 'date.relative-unit', { anchor: 'narrative' }],
  ]],
  // "a year earlier" compares with the period its own sentence names: the nine months so far, a quarter that ended.
  ['Third-quarter net rose. For the nine months, net was $9 million, or 20 cents a share, compared with $7 million a year earlier.', '2024-10-20', [
    ['Third-quarter', '2024-Q3', '2024-07-01', '2024-09-30', 'date.quarter'],
    ['the nine months', 'P9M', '2024-01-01', '2024-09-30', 'date.duration'],
    ['a year earlier', '2023', '2023-01-01', '2023-12-31', 'date.duration', { anchor: 'narrative', anchor_date: { text: 'the nine months', timex: '2024' } }],
  ]],
  ['For the quarter ended Sept. 30, net was $5 million, or 8 cents a share, up from $4 million a year earlier.', '2024-10-20', [
    ['the quarter ended Sept. 30', '2024-09-30', '2024-07-01', '2024-09-30', 'date.the-unit'],
    ['a year earlier', '2023-09-30', '2023-09-30', '2023-09-30', 'date.duration', { anchor: 'narrative' }],
  ]],
  // … but a figure that is not compared keeps "last year" whole.
  ['Quarterly results are due; the group gave $61 billion last year.', '2024-10-20', [
    ['Quarterly', 'P3M', null, null, 'date.periodic'],
    ['last year', '2023', '2023-01-01', '2023-12-31', 'date.relative-unit'],
  ]],
  // Periods named by the day they ended: the days they cover, the timex the date written (or the quarter numbered, fiscal
  // when out of step with the calendar); the article's fiscal calendar then dates its other fiscal periods.
  ['For the year ended Sept. 30, 2024, profit rose; fiscal 2025 looks tighter.', FRI, [
    ['the year ended Sept. 30, 2024', '2024-09-30', '2023-10-01', '2024-09-30', 'date.the-unit'],
    ['fiscal 2025', '2025', '2024-10-01', '2025-09-30', 'date.fiscal', { fiscal: true }],
  ]],
  ['Its first quarter ended Sept. 30, 2024, and the fiscal second quarter looks better.', FRI, [
    ['first quarter ended Sept. 30, 2024', '2025-Q1', '2024-07-01', '2024-09-30', 'date.quarter', { fiscal: true }],
    ['the fiscal second quarter', '2025-Q2', '2024-10-01', '2024-12-31', 'date.quarter', { fiscal: true }],
  ]],
  ['Sales fell in the nine months ended June 30, 2024, and in the quarter ended March 31, 2024.', FRI, [
    ['the nine months ended June 30, 2024', '2024-06-30', '2023-10-01', '2024-06-30', 'date.duration'],
    ['the quarter ended March 31, 2024', '2024-03-31', '2024-01-01', '2024-03-31', 'date.the-unit'],
  ]],
];

/** Texts with several dates: every one, in order. */
export const SEQUENCES: SequenceRow[] = [
  // OntoNotes tags "between X and Y" as one DATE.
  ['Between 1996 and 2000 exports doubled; on March 3, 2001 they fell.', FRI, [
    ['Between 1996 and 2000', '1996', '1996-01-01', '2000-12-31', 'date.between'],
    ['March 3, 2001', '2001-03-03', '2001-03-03', '2001-03-03', 'date.month-day-year'],
  ]],
  ['Revenue grew in Q1 2025 while H1 2025 sales were flat.', WED, [
    ['Q1 2025', '2025-Q1', '2025-01-01', '2025-03-31', 'date.quarter'],
    ['H1 2025', '2025-H1', '2025-01-01', '2025-06-30', 'date.quarter'],
  ]],
  ["Sales rose in fiscal 2019's third quarter and in Q4 of fiscal 2019.", WED, [
    ["fiscal 2019's third quarter", '2019-Q3', null, null, 'date.fiscal', { fiscal: true }],
    ['Q4 of fiscal 2019', '2019-Q4', null, null, 'date.quarter', { fiscal: true }],
  ]],
  ['The budget for FY2024 passed; fiscal 2025 looks tighter.', WED, [
    ['FY2024', '2024', null, null, 'date.fiscal', { fiscal: true }],
    ['fiscal 2025', '2025', null, null, 'date.fiscal', { fiscal: true }],
  ]],
  // The future wording of a clause reaches dates far from it in that clause.
  ['Two new flights would leave the capital for the coast on Mondays from March 30, with a third one departing weekly from August 6.', '1998-02-13', [
    ['March 30', '1998-03-30', '1998-03-30', '1998-03-30', 'date.month-day'],
    ['weekly', 'P1W', null, null, 'date.periodic'],
    ['August 6', '1998-08-06', '1998-08-06', '1998-08-06', 'date.month-day'],
  ]],
  // The rows, as written there.
  ['Results for q3 2019 and 2019 H2 and 2019-Q1', FRI, [
    ['q3 2019', '2019-Q3', '2019-07-01', '2019-09-30', 'date.quarter'],
    ['2019 H2', '2019-H2', '2019-07-01', '2019-12-31', 'date.quarter'],
    ['2019-Q1', '2019-Q1', '2019-01-01', '2019-03-31', 'date.quarter'],
  ]],
  ['Costs rose over the past year and the last decade.', '1998-03-05', [
    ['the past year', 'P1Y', '1997-03-05', '1998-03-05', 'date.relative-unit'],
    ['the last decade', 'P10Y', '1988-03-05', '1998-03-05', 'date.relative-unit'],
  ]],
  // Ranges: a yearless end before its start is in the next year.
  ['I will be away from 10/25 to 01/25.', '2018-10-24', [
    ['10/25 to 01/25', '2018-10-25', '2018-10-25', '2019-01-25', 'date.numeric'],
  ]],
  ['What about from June 26th of 2020 to June the 28th 2020?', '2019-11-07', [
    ['June 26th of 2020 to June the 28th 2020', '2020-06-26', '2020-06-26', '2020-06-28', 'date.month-day-year'],
  ]],
  ['Show sales in the week 1 and the week beginning February 4.', '2019-03-02', [
    ['the week 1', '2019-W01', '2018-12-31', '2019-01-06', 'date.week'],
    ['the week beginning February 4', 'P1W', '2019-02-04', '2019-02-10', 'date.week'],
  ]],
  ['Filed 2025-04-04; signed 04/05/2025.', WED, [
    ['2025-04-04', '2025-04-04', '2025-04-04', '2025-04-04', 'date.numeric'],
    ['04/05/2025', '2025-04-05', '2025-04-05', '2025-04-05', 'date.numeric'],
  ]],
  ['Markets will close for Good Friday and Easter Monday.', WED, [
    ['Good Friday', '2025-04-18', '2025-04-18', '2025-04-18', 'date.holiday'],
    ['Easter Monday', '2025-04-21', '2025-04-21', '2025-04-21', 'date.holiday'],
  ]],
  ["New Year's Day falls on a Thursday.", WED, [
    ["New Year's Day", '2025-01-01', '2025-01-01', '2025-01-01', 'date.holiday'],
    ['Thursday', '2025-04-03', '2025-04-03', '2025-04-03', 'date.weekday'],
  ]],
  // Lunar holidays are found but not resolved.
  ['Ramadan begins next month.', WED, [
    ['Ramadan', null, null, null, 'date.holiday', { anchor: 'unresolved' }],
    ['next month', '2025-05', '2025-05-01', '2025-05-31', 'date.relative-unit'],
  ]],
  // In quarterly-earnings wording "a year earlier" is the same quarter of the previous year.
  ['Third-quarter profit rose to $5 million, or 10 cents a share, from $4 million a year earlier.', '2025-10-20', [
    ['Third-quarter', '2025-Q3', '2025-07-01', '2025-09-30', 'date.quarter'],
    ['a year earlier', '2024-Q3', '2024-07-01', '2024-09-30', 'date.duration'],
  ]],
  // Narrative anchors: "the day before" counts from the last date mentioned …
  ['He was last seen on March 3, the day before, police said.', WED, [
    ['March 3', '2025-03-03', '2025-03-03', '2025-03-03', 'date.month-day'],
    ['the day before', '2025-03-02', '2025-03-02', '2025-03-02', 'date.the-unit'],
  ]],
  // … but "the day before <clause>" counts from another event, which we cannot place: no day, rather than a wrong one.
  ['He was seen on March 3. The day before the vote he left.', WED, [
    ['March 3', '2025-03-03', '2025-03-03', '2025-03-03', 'date.month-day'],
    ['The day before', 'XXXX-XX-XX', null, null, 'date.the-unit', { anchor: 'unresolved' }],
  ]],
  ['The talks opened on 2 June 2024 and collapsed the following week.', WED, [
    ['2 June 2024', '2024-06-02', '2024-06-02', '2024-06-02', 'date.day-month-year'],
    ['the following week', '2024-W23', '2024-06-03', '2024-06-09', 'date.relative-unit'],
  ]],
  // "a year earlier" after a month or quarter names the same period a year before.
  ['Unemployment fell to 3.9% in February from 4.1% a year earlier.', WED, [
    ['February', '2025-02', '2025-02-01', '2025-02-28', 'date.month'],
    ['a year earlier', '2024-02', '2024-02-01', '2024-02-29', 'date.duration'],
  ]],
  ['Profit rose in the third quarter of 2024 from a year ago.', WED, [
    ['the third quarter of 2024', '2024-Q3', '2024-07-01', '2024-09-30', 'date.quarter'],
    ['a year ago', '2023-Q3', '2023-07-01', '2023-09-30', 'date.duration'],
  ]],
  // "ago" without a comparison counts from the reference date.
  ['She moved in March 2020. The firm was founded 30 years ago.', WED, [
    ['March 2020', '2020-03', '2020-03-01', '2020-03-31', 'date.month-year'],
    ['30 years ago', '1995', '1995-01-01', '1995-12-31', 'date.duration'],
  ]],
  // A reporting day does not anchor year-on-year phrases.
  ['Sales rose 5%, the company said Tuesday, compared with a year earlier.', WED, [
    ['Tuesday', '2025-04-08', '2025-04-08', '2025-04-08', 'date.weekday'],
    ['a year earlier', '2024', '2024-01-01', '2024-12-31', 'date.duration'],
  ]],
  // Anchored results do not chain.
  ['In March 2024 sales fell from a year earlier, and a year earlier still.', WED, [
    ['March 2024', '2024-03', '2024-03-01', '2024-03-31', 'date.month-year'],
    ['a year earlier', '2023-03', '2023-03-01', '2023-03-31', 'date.duration'],
    ['a year earlier', '2023-03', '2023-03-01', '2023-03-31', 'date.duration'],
  ]],
  ...STORY_SEQUENCES,
];

/** No date: times of day, quantities, names, the modal "may", rates, fractions, codes. */
export const NO_DATES: NoDateRow[] = [
  ['The blast happened last night at 10 a.m. and again this morning.', FRI],
  ['Prices are now higher and currently rising.', FRI],
  ['The firm has 1990 employees.', FRI],
  ['Officials say it may rain.', FRI],
  ['The novel by August Strindberg was staged.', FRI],
  ['Stocks crashed on Black Monday.', FRI],
  ['Output rose to 11,000 barrels a day.', FRI],
  ['A quarter of the shares were sold.', FRI],
  // "H1" alone is too often a code ("H1 visas").
  ['The firm sponsored H1 visas for engineers.', WED],
  ['The index rose 3.5 points.', WED],
  ['They sailed to Easter Island.', WED],
  ['About two thousand people marched.', WED],
  // Fractions of prices and rates are no month and day; "week 3 of the trial" counts something else.
  ['Bonds rose 1/4 to 3/4 point and from 1/4 to 3/8.', WED],
  ['In week 3 of the trial he spoke.', WED],
];

/** Every table of one-date rows with the fields all its rows share. */
export const FORM_TABLES: Array<[name: string, rows: FormRow[], shared: { anchor?: 'absolute' | 'reference' | 'unresolved' }]> = [
  ['absolute dates', ABSOLUTE, { anchor: 'absolute' }],
  ['dates relative to the reference date', RELATIVE, { anchor: 'reference' }],
  ['weekdays, months and holidays by tense', BY_TENSE, { anchor: 'reference' }],
  ['durations and periodic words', DURATIONS, { anchor: 'absolute' }],
  ['unresolved values', UNRESOLVED, { anchor: 'unresolved' }],
];
