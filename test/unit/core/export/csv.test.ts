import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, factsToCsv, factsToCsvRows } from '../../../../src/core/export/csv';
import { exportArticles, exportOf, fromMarkup, MARKED } from './helpers';

const articles = exportArticles();

describe('facts CSV', () => {
  it('round-trips through csv-parse with the same values (quotes, commas, line breaks, emoji, BOM)', () => {
    const docs = [fromMarkup(MARKED), ...articles.map(exportOf)];
    const csv = factsToCsv(docs);
    assert.ok(csv.startsWith('\ufeff'), 'BOM for spreadsheets');
    assert.ok(csv.includes('\r\n'));
    const records = parse(csv, { bom: true, columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;
    const expected = docs.flatMap(factsToCsvRows);
    assert.equal(records.length, expected.length);
    assert.deepEqual(records, expected);
    assert.deepEqual(Object.keys(records[0]), [...CSV_COLUMNS]);
    const italy = records.find((r) => r.actor === 'Italy')!;
    assert.deepEqual([italy.amount, italy.currency, italy.recipient, italy.category, italy.date_start], ['5000000', 'EUR', 'Chad', 'provide', '2025-04-04']);
  });

  it('can leave out the BOM and the header', () => {
    const csv = factsToCsv([fromMarkup(MARKED)], { bom: false, header: false });
    assert.ok(!csv.startsWith('\ufeff') && !csv.startsWith('fact_id'));
  });
});
