import { FORM_TABLES, NO_DATES, SEQUENCES } from './date-cases';
import { checkForm, checkNoDate, checkSequence } from './date-table';

describe('extractDates — date forms', () => {
  for (const [name, rows, shared] of FORM_TABLES) {
    describe(name, () => {
      for (const row of rows) it(`${row[2]} → ${row[3]} (${row[0]} @${row[1]})`, () => checkForm(row, shared));
    });
  }
});

describe('extractDates — texts with several dates', () => {
  for (const row of SEQUENCES) it(row[0], () => checkSequence(row));
});

describe('extractDates — no date', () => {
  for (const row of NO_DATES) it(row[0], () => checkNoDate(row));
});
